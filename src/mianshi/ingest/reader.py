"""Finding collection files and reading them as text, or saying why not."""

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from mianshi.ingest.encoding import UndecodableError, decode_bytes

FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
}
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class SourceText:
    """A readable collection file."""

    path: Path
    text: str
    encoding: str
    format: str  # markdown | text | html
    content_hash: str
    size: int


@dataclass(frozen=True)
class Skipped:
    """A file that was not imported, and why."""

    path: Path
    reason: str
    failure: bool = True  # False for files a folder scan passes over on purpose


@dataclass(frozen=True)
class Candidate:
    path: Path
    explicit: bool  # named on the command line, not found in a folder


def find_candidates(paths: Iterable[Path]) -> Iterator[Candidate | Skipped]:
    """Files named directly, and files found (recursively, sorted) in folders."""
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if child.suffix.lower() in FORMATS:
                    yield Candidate(child.resolve(), explicit=False)
                else:
                    yield Skipped(
                        child.resolve(),
                        f"not a collection file ({child.suffix or 'no extension'})",
                        failure=False,
                    )
        elif path.is_file():
            yield Candidate(path.resolve(), explicit=True)
        elif path.exists():
            yield Skipped(path, "not a regular file")
        else:
            yield Skipped(path, "no such file or folder")


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def read_source(candidate: Candidate, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText | Skipped:
    path = candidate.path
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        return Skipped(
            path, f"unsupported file type '{path.suffix or 'none'}' (use .md, .txt or .html)"
        )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Skipped(
                path, f"too large ({size / 2**20:.0f} MB; the limit is {max_bytes / 2**20:.0f} MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(path, f"cannot read: {exc.strerror or exc}")
    try:
        decoded = decode_bytes(data)
    except UndecodableError as exc:
        return Skipped(path, str(exc))
    if kind != "html" and _looks_like_html(decoded.text):
        kind = "html"
    return SourceText(
        path=path,
        text=decoded.text,
        encoding=decoded.encoding,
        format=kind,
        content_hash=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )
