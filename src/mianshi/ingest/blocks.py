"""Lines -> typed blocks: headings, table rows, list items, answers, code, text.

One pass over (line number, text) pairs. Inline HTML that stands for a block
(`<h2 id=..>`, `<summary>`) becomes a heading; escaped list markers (`\\- `)
and `<u>`-wrapped items become list items; fenced code is kept whole.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from mianshi.ingest.markup import clean_inline

_FENCE = re.compile(r"^\s*(```|~~~)")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_HTML_HEADING = re.compile(r"^\s*(?:<[^>]+>\s*)*<(h[1-6]|summary)\b[^>]*>(.*?)</\1>", re.IGNORECASE)
_BULLET = re.compile(r"^([-*+•◦▪■○●◆◇□▸►‣])\s+(.*)$")
_ORDERED = re.compile(
    r"^((?:\d{1,3}(?:\.\d{1,3})+\.?\s+)|(?:\d{1,3}\s*[.、)）](?![\d*x×]))|(?:[(（]\d{1,3}[)）])|[①-⑳]|"
    r"(?:[一二三四五六七八九十]{1,3}[、.]))\s*(.+)$"
)
_SECTION_NUMBER = re.compile(
    r"^(?:([一二三四五六七八九十]{1,3})[、.]|(\d{1,3}(?:\.\d{1,3})+)\.?\s)"
)
_ANSWER = re.compile(r"^(?:答案?|解答|回答|参考答案|[Aa](?:nswer)?)\s*[:：]\s*(.*)$")
_SEPARATOR = re.compile(r"^[\s\-=_*—–~·.。…|:]+$")
_TABLE_DIVIDER = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_LEADING_ESCAPE = re.compile(r"^(\s*)\\([-*+#])")
# [toc], [TOC], [[_TOC_]]: a marker some Markdown renderers replace with a table of contents
_TOC_MARKER = re.compile(r"^\s*\[\[?(?:toc|_toc_)\]\]?\s*$", re.IGNORECASE)
_CODE_COMMENT = re.compile(r"^(?:#|//)\s")
_MATH_FENCE = re.compile(r"^\s*\$\$\s*$")
_MATH_LINE = re.compile(r"^\s*\$\$.*\$\$\s*$")


@dataclass
class Block:
    kind: str  # heading | row | item | text | answer | code | blank
    line: int
    text: str = ""
    level: int = 0  # heading level (1-6; 7 for <summary>)
    indent: int = 0
    marker: str = ""  # item: "bullet" or "number"
    cells: tuple[str, ...] = ()
    depth: int = 0  # section numbering depth: 一、 -> 1, 2.1 -> 2, 3.1.1 -> 3 (0: a plain 1.)
    raw: str = ""  # the source line (or the code of a code block), for answers


def _indent(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip(" "))


def _unwrap(line: str) -> str:
    """Inline HTML around a line (<u>, <b>) removed; `\\<`, `\\-` unescaped at the start."""
    line = line.replace("\\<", "<")
    line = _TAG.sub("", line)
    return _LEADING_ESCAPE.sub(r"\1\2", line)


def _row_cells(line: str) -> tuple[str, ...]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") else body
    return tuple(clean_inline(cell) for cell in body.split("|"))


def _depth(text: str) -> int:
    match = _SECTION_NUMBER.match(text)
    if not match:
        return 0
    return 1 if match.group(1) else match.group(2).count(".") + 1


def to_blocks(lines: Iterable[tuple[int, str]]) -> list[Block]:
    blocks: list[Block] = []
    fence: list[str] | None = None
    fence_start = 0
    math: list[str] | None = None  # a $$ ... $$ formula over several lines, kept whole like code
    for number, raw in lines:
        if math is not None:
            math.append(raw)
            if _MATH_FENCE.match(raw) or raw.rstrip().endswith("$$") or len(math) > 50:
                blocks.append(Block("code", fence_start, "\n".join(math), raw="\n".join(math)))
                math = None
            continue
        if fence is not None:
            if _FENCE.match(raw):
                code = "\n".join(fence)
                blocks.append(Block("code", fence_start, code, raw=f"```\n{code}\n```"))
                fence = None
            else:
                fence.append(raw)
            continue
        if _FENCE.match(raw):
            fence, fence_start = [], number
            continue
        head = raw.lstrip()[:2]
        if not head or (head[0] == "[" and _TOC_MARKER.match(raw)):
            blocks.append(Block("blank", number))
            continue
        if head == "$$":
            if _MATH_LINE.match(raw) and len(raw.strip()) > 4:
                blocks.append(Block("code", number, raw.strip(), raw=raw.strip()))
            else:
                math, fence_start = [raw], number
            continue
        html_heading = _HTML_HEADING.match(raw)
        if html_heading:
            tag = html_heading.group(1).lower()
            level = 7 if tag == "summary" else int(tag[1])
            blocks.append(
                Block("heading", number, clean_inline(html_heading.group(2)), level=level, raw=raw)
            )
            continue
        heading = _MD_HEADING.match(raw)
        if heading:
            blocks.append(
                Block(
                    "heading",
                    number,
                    clean_inline(heading.group(2)),
                    level=len(heading.group(1)),
                    raw=raw,
                )
            )
            continue
        if _TABLE_DIVIDER.match(raw) and "|" in raw:
            continue
        if raw.lstrip().startswith("|") and raw.count("|") >= 2:
            blocks.append(Block("row", number, cells=_row_cells(raw), indent=_indent(raw), raw=raw))
            continue
        line = _unwrap(raw)
        if not line.strip():
            continue
        indent = _indent(line)
        body = line.strip()
        if indent >= 4 and body[:1] in "#/" and _CODE_COMMENT.match(body):
            blocks.append(Block("code", number, body, raw=raw))  # a comment in indented code
            continue
        if _SEPARATOR.match(body) and len(body) >= 3:
            blocks.append(Block("blank", number))
            continue
        answer = _ANSWER.match(body)
        if answer:
            blocks.append(Block("answer", number, answer.group(1), indent=indent, raw=raw))
            continue
        bullet = _BULLET.match(body)
        if bullet:
            text = bullet.group(2)
            blocks.append(
                Block(
                    "item",
                    number,
                    text,
                    indent=indent,
                    marker="bullet",
                    depth=_depth(text),
                    raw=raw,
                )
            )
            continue
        ordered = _ORDERED.match(body)
        if ordered:
            blocks.append(
                Block(
                    "item",
                    number,
                    body,
                    indent=indent,
                    marker="number",
                    depth=_depth(body),
                    raw=raw,
                )
            )
            continue
        blocks.append(Block("text", number, body, indent=indent, raw=raw))
    if math is not None:
        blocks.append(Block("code", fence_start, "\n".join(math), raw="\n".join(math)))
    if fence is not None:  # an unclosed fence: keep what it held
        code = "\n".join(fence)
        blocks.append(Block("code", fence_start, code, raw=f"```\n{code}\n```"))
    return blocks
