"""The fixture notes repositories (fixtures/notes_repos) and extraction scored against their labels.

Each repository is a folder of Markdown files in the style of public
interview-notes repositories; `labels.yaml` lists, per repository and file,
the questions a reader finds in it. Shared by the tests and by
`benchmarks/notes_extraction.py`.
"""

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from mianshi.ingest.markup import clean_inline, normalize_question, strip_numbering, to_halfwidth

NOTES_REPOS = Path(__file__).resolve().parent / "fixtures" / "notes_repos"


def labels() -> dict[str, dict[str, list[str]]]:
    return yaml.safe_load((NOTES_REPOS / "labels.yaml").read_text(encoding="utf-8"))


def comparable(text: str) -> str:
    """Equal for the same question however its spacing, width, numbering and final
    punctuation differ; a prefix (`大模型岗位面试总结：`) is not removed here."""
    text, _ = strip_numbering(to_halfwidth(clean_inline(text)))
    return re.sub(r"\s+", "", text).strip(" -—:,.;").lower()


@dataclass
class Score:
    extracted: int = 0
    labelled: int = 0
    correct: int = 0
    wrong: list[tuple[str, str]] | None = None  # (file, text) extracted but not labelled
    missed: list[tuple[str, str]] | None = None  # (file, text) labelled but not extracted

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.labelled if self.labelled else 1.0


HELD_OUT = ("heldout_ml",)  # written and labelled after the rules were settled


def score(extract: Callable[[Path], list[str]], repos: tuple[str, ...] | None = None) -> Score:
    """Precision and recall of `extract` (a file -> its question texts) over the labelled
    files of `repos` (all repositories by default)."""
    total = Score(wrong=[], missed=[])
    for repo, files in labels().items():
        if repos is not None and repo not in repos:
            continue
        for name, expected in files.items():
            path = NOTES_REPOS / repo / name
            found = Counter(comparable(t) for t in extract(path))
            wanted = Counter(comparable(t) for t in expected)
            total.extracted += sum(found.values())
            total.labelled += sum(wanted.values())
            total.correct += sum((found & wanted).values())
            total.wrong.extend((f"{repo}/{name}", t) for t in (found - wanted).elements())
            total.missed.extend((f"{repo}/{name}", t) for t in (wanted - found).elements())
    return total


def parsed_questions(path: Path) -> list[str]:
    """What the importer extracts from one file."""
    from mianshi.ingest.parse import parse_text

    return [q.text for q in parse_text(path.read_text(encoding="utf-8"), "markdown")]


def every_heading(path: Path) -> list[str]:
    """The naive baseline: every Markdown heading is a question."""
    from mianshi.ingest.blocks import to_blocks

    lines = list(enumerate(path.read_text(encoding="utf-8").split("\n"), start=1))
    texts = [b.text for b in to_blocks(lines) if b.kind == "heading"]
    return [t for t in texts if normalize_question(t).text]
