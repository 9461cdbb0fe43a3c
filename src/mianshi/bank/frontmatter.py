"""Split a Markdown file into YAML front matter and body, keeping line numbers.

Line numbers are 1-based positions in the whole file, so validation messages
can point at `path:line`.
"""

from dataclasses import dataclass

import yaml


class FrontMatterError(ValueError):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


@dataclass
class Document:
    data: dict
    key_lines: dict[str, int]  # front-matter key -> file line
    body: str


def parse_document(text: str) -> Document:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise FrontMatterError(1, "missing YAML front matter (the file must start with '---')")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise FrontMatterError(1, "front matter is not closed by a '---' line") from None
    yaml_text = "\n".join(lines[1:end])
    try:
        node = yaml.compose(yaml_text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(yaml_text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else 1
        raise FrontMatterError(line, f"malformed front matter: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise FrontMatterError(1, f"malformed front matter: {exc}") from None
    if not isinstance(data, dict):
        raise FrontMatterError(2, "front matter must be a mapping of fields")
    key_lines = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            key_lines[str(key_node.value)] = key_node.start_mark.line + 2
    body = "\n".join(lines[end + 1 :]).strip()
    return Document(data=data, key_lines=key_lines, body=body)
