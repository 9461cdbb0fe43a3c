"""A judge problem as described by its folder's problem.md."""

from dataclasses import dataclass
from pathlib import Path

FILES = ("problem.md", "starter.py", "reference.py", "wrong.py", "cases.py")
LANGUAGES = ("python", "cpp")
# reference.py gives the expected outputs of every language; each language has its own
# starter, reference (which must pass) and wrong solution (which must fail).
LANGUAGE_FILES = {
    "python": ("starter.py", "reference.py", "wrong.py"),
    "cpp": ("starter.cpp", "reference.cpp", "wrong.cpp"),
}
SUFFIXES = {".py": "python", ".cpp": "cpp", ".cc": "cpp", ".cxx": "cpp"}
LANGUAGE_NAMES = {"python": "Python", "cpp": "C++"}


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
    languages: tuple[str, ...] = ("python",)
    cpp_signature: str = ""  # the C++ function, when the problem takes C++

    def files(self, language: str) -> dict[str, str]:
        """The language's starter, reference and wrong solution file names."""
        return dict(zip(("starter", "reference", "wrong"), LANGUAGE_FILES[language], strict=True))

    def source(self, name: str) -> str:
        """One of the folder's files, e.g. `starter.py`."""
        return (self.folder / name).read_text(encoding="utf-8")
