"""The one Markdown renderer: an answer's Markdown as sanitised HTML, for Anki and the web app.

Formulas are lifted out before the Markdown is rendered (so `_` and `*`
inside them are not read as emphasis, and `|` not as a table cell) and put
back, escaped, as `\\(...\\)` and `\\[...\\]`: Anki's MathJax reads them on the
card, KaTeX's auto-render reads them in the browser. For Anki, code is coloured
with inline styles, which need no stylesheet on the card; for the web, with
Pygments classes styled by the app's stylesheet. Raw HTML in the Markdown is
shown as text, and every result passes the nh3 allow-list before it is used.
"""

import html
import re
from functools import lru_cache

_SEGMENTS = re.compile(
    r"(?P<fence>^(?P<mark>```|~~~)[^\n]*\n.*?^(?P=mark)[ \t]*$)"
    r"|(?P<code>(?P<ticks>`+).+?(?P=ticks))"
    r"|\$\$(?P<display>.+?)\$\$"
    r"|(?<![\\$0-9A-Za-z])\$(?P<inline>[^\s$](?:[^$\n]*?[^\s\\$])?)\$(?![0-9A-Za-z$])",
    re.MULTILINE | re.DOTALL,
)
_PLACEHOLDER = "MIANSHIMATH{}X"
_PLACEHOLDER_RE = re.compile(r"MIANSHIMATH(\d+)X")


TARGETS = ("anki", "web")

# Elements and attributes the renderer produces; anything else is dropped by nh3.
_TAGS = {
    "a", "blockquote", "br", "code", "del", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "img", "li", "ol", "p", "pre", "span", "strong", "table", "tbody", "td", "th",
    "thead", "tr", "ul",
}  # fmt: skip
_STYLE_PROPERTIES = {
    "background", "background-color", "border-radius", "color", "font-style", "font-weight",
    "overflow-x", "padding", "text-align", "text-decoration",
}  # fmt: skip


def _lexer(lang: str):
    from pygments.lexers import TextLexer, get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(lang or "text")
    except ClassNotFound:
        return TextLexer()


def _highlight_inline_styles(code: str, lang: str, _attrs) -> str:
    from pygments import highlight
    from pygments.formatters import HtmlFormatter

    body = highlight(code, _lexer(lang), HtmlFormatter(noclasses=True, nowrap=True, style="friendly"))
    return (
        '<pre style="background:#f6f8fa;padding:8px;border-radius:4px;text-align:left;'
        f'overflow-x:auto"><code>{body}</code></pre>'
    )


def _highlight_classes(code: str, lang: str, _attrs) -> str:
    from pygments import highlight
    from pygments.formatters import HtmlFormatter

    body = highlight(code, _lexer(lang), HtmlFormatter(nowrap=True, classprefix="hl-"))
    return f'<pre class="code"><code>{body}</code></pre>'


@lru_cache(maxsize=2)
def _markdown(target: str = "anki"):
    from markdown_it import MarkdownIt

    highlight = _highlight_inline_styles if target == "anki" else _highlight_classes
    return MarkdownIt("commonmark", {"highlight": highlight, "html": False}).enable("table")


def sanitise_html(html_text: str) -> str:
    """The allow-list every rendered piece of HTML passes: no script, no handlers, no javascript:."""
    import nh3

    return nh3.clean(
        html_text,
        tags=_TAGS,
        attributes={
            "*": {"class", "style"},
            "a": {"href", "title"},
            "img": {"src", "alt", "title"},
            "td": {"align"},
            "th": {"align"},
        },
        url_schemes={"http", "https", "mailto"},
        filter_style_properties=_STYLE_PROPERTIES,
        link_rel="noopener noreferrer nofollow",
    )


def lift_formulas(markdown: str) -> tuple[str, list[tuple[str, bool]]]:
    """Replace formulas outside code by placeholders; return the text and (tex, is_display)."""
    formulas: list[tuple[str, bool]] = []

    def replace(match: re.Match) -> str:
        if match.group("fence") or match.group("code"):
            return match.group()
        display = match.group("display") is not None
        formulas.append(((match.group("display") or match.group("inline")).strip(), display))
        return _PLACEHOLDER.format(len(formulas) - 1)

    return _SEGMENTS.sub(replace, markdown), formulas


def markdown_to_html(markdown: str, target: str = "anki") -> str:
    """Sanitised HTML of `markdown`: code styled inline for "anki", with classes for "web"."""
    if target not in TARGETS:
        raise ValueError(f"unknown target {target!r}")
    text, formulas = lift_formulas(markdown)
    rendered = _markdown(target).render(text)

    def restore(match: re.Match) -> str:
        tex, display = formulas[int(match.group(1))]
        return (
            rf"\[{html.escape(tex, quote=False)}\]"
            if display
            else rf"\({html.escape(tex, quote=False)}\)"
        )

    return sanitise_html(_PLACEHOLDER_RE.sub(restore, rendered))


def _is_table_row(line: str) -> bool:
    return line.lstrip().startswith("|")


def _restore_by_line(text: str, restore) -> str:
    """Put formulas back line by line; `restore(match, in_table)` says how."""
    return "\n".join(
        _PLACEHOLDER_RE.sub(lambda m, t=_is_table_row(line): restore(m, t), line)
        for line in text.split("\n")
    )


def formulas_as_code(markdown: str) -> str:
    """The answer with formulas as code, for a terminal: shown verbatim, `\\,` and `_`
    intact. In a table row a formula's `|` is escaped, so `$|x|$` does not split the cell."""
    text, formulas = lift_formulas(markdown)

    def restore(match: re.Match, in_table: bool) -> str:
        tex, display = formulas[int(match.group(1))]
        if display:
            return f"\n```latex\n{tex}\n```\n"
        return "`" + (tex.replace("|", "\\|") if in_table else tex) + "`"

    return _restore_by_line(text, restore)


def formulas_safe_in_tables(markdown: str) -> str:
    """The Markdown as written, except that a formula's `|` inside a table row becomes
    `\\vert` (the same symbol), so renderers of GitHub Markdown keep the row whole."""
    text, formulas = lift_formulas(markdown)

    def restore(match: re.Match, in_table: bool) -> str:
        tex, display = formulas[int(match.group(1))]
        if in_table:  # \| is a norm's double bar, | a single one
            tex = re.sub(r"\\?\|", lambda m: "\\Vert " if len(m.group()) == 2 else "\\vert ", tex)
        return f"$${tex}$$" if display else f"${tex}$"

    return _restore_by_line(text, restore)
