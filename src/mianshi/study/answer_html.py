"""An answer's Markdown as HTML for Anki: formulas in Anki's MathJax syntax, code highlighted.

Formulas are lifted out before the Markdown is rendered (so `_` and `*`
inside them are not read as emphasis, and `|` not as a table cell) and put
back as `\\(...\\)` and `\\[...\\]`. Code is coloured with inline styles,
which need no stylesheet on the card.
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


def _highlight(code: str, lang: str, _attrs) -> str:
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import TextLexer, get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(lang or "text")
    except ClassNotFound:
        lexer = TextLexer()
    body = highlight(code, lexer, HtmlFormatter(noclasses=True, nowrap=True, style="friendly"))
    return (
        '<pre style="background:#f6f8fa;padding:8px;border-radius:4px;text-align:left;'
        f'overflow-x:auto"><code>{body}</code></pre>'
    )


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"highlight": _highlight, "html": False}).enable("table")


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


def markdown_to_html(markdown: str) -> str:
    text, formulas = lift_formulas(markdown)
    rendered = _markdown().render(text)

    def restore(match: re.Match) -> str:
        tex, display = formulas[int(match.group(1))]
        return (
            rf"\[{html.escape(tex, quote=False)}\]"
            if display
            else rf"\({html.escape(tex, quote=False)}\)"
        )

    return _PLACEHOLDER_RE.sub(restore, rendered)


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
