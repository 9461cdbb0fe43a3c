"""A judge problem as described by its folder's problem.md."""

from dataclasses import dataclass
from pathlib import Path

FILES = ("problem.md", "starter.py", "reference.py", "wrong.py", "cases.py")


@dataclass(frozen=True)
class Tolerance:
    rtol: float
    atol: float


@dataclass(frozen=True)
class Problem:
    slug: str
    title: str
    title_en: str
    framework: str  # numpy | torch | python
    topic: str
    tags: tuple[str, ...]
    difficulty: int
    entry: str
    signature: str
    time_limit_s: float
    memory_mb: int
    tolerance: Tolerance
    questions: tuple[str, ...]
    statement: str
    folder: Path

    def source(self, name: str) -> str:
        """One of the folder's files, e.g. `starter.py`."""
        return (self.folder / name).read_text(encoding="utf-8")
