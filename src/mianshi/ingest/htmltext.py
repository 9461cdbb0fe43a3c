"""HTML pages -> Markdown-like lines, keeping the source line of each block.

Headings become `#` lines, list items `- ` lines (indented by depth), table
rows `| a | b |` and preformatted text a fenced block, so one parser serves
Markdown, plain text and HTML alike.
"""

from html.parser import HTMLParser

_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "dd",
    "dt",
    "br",
    "hr",
    "ul",
    "ol",
    "table",
    "summary",
    "details",
}
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav"}
_HEADINGS = {f"h{i}": i for i in range(1, 7)}


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []
        self._buffer: list[str] = []
        self._start = 1
        self._prefix = ""
        self._list_depth = 0
        self._skip = 0
        self._pre = 0
        self._cells: list[str] | None = None

    def _flush(self) -> None:
        text = "".join(self._buffer)
        self._buffer = []
        if self._pre:
            body = text.strip("\n")
            if body:
                self.lines.append((self._start, "```"))
                self.lines.extend(
                    (self._start + i, line) for i, line in enumerate(body.split("\n"))
                )
                self.lines.append((self._start, "```"))
        else:
            text = " ".join(text.split())
            if text:
                self.lines.append((self._start, self._prefix + text))
        self._prefix = ""

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self._skip += 1
            return
        if self._skip:
            return
        if tag in _HEADINGS:
            self._flush()
            self._start = self.getpos()[0]
            self._prefix = "#" * _HEADINGS[tag] + " "
        elif tag == "li":
            self._flush()
            self._start = self.getpos()[0]
            self._prefix = "  " * max(self._list_depth - 1, 0) + "- "
        elif tag in ("ul", "ol"):
            self._flush()
            self._list_depth += 1
        elif tag == "tr":
            self._flush()
            self._start = self.getpos()[0]
            self._cells = []
        elif tag in ("td", "th") and self._cells is not None:
            self._buffer = []
        elif tag == "pre":
            self._flush()
            self._start = self.getpos()[0]
            self._pre += 1
        elif tag in _BLOCKS:
            self._flush()
            self._start = self.getpos()[0]

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self._skip = max(self._skip - 1, 0)
            return
        if self._skip:
            return
        if tag in ("td", "th") and self._cells is not None:
            self._cells.append(" ".join("".join(self._buffer).split()))
            self._buffer = []
        elif tag == "tr" and self._cells is not None:
            if any(self._cells):
                self.lines.append((self._start, "| " + " | ".join(self._cells) + " |"))
            self._cells = None
        elif tag == "pre":
            self._flush()
            self._pre = max(self._pre - 1, 0)
        elif tag in ("ul", "ol"):
            self._flush()
            self._list_depth = max(self._list_depth - 1, 0)
        elif tag in _HEADINGS or tag == "li" or tag in _BLOCKS:
            self._flush()

    def handle_data(self, data):
        if self._skip:
            return
        if not self._buffer and not self._pre:
            self._start = self.getpos()[0] if not self._prefix else self._start
        self._buffer.append(data)


def html_to_lines(text: str) -> list[tuple[int, str]]:
    """(source line, text) pairs of an HTML document, block by block."""
    converter = _Converter()
    converter.feed(text)
    converter.close()
    converter._flush()
    return converter.lines
