"""Resolving `alias:line#hash` references into the seed collections (../shared/seeds).

The labelled sets in benchmarks/data/ store no seed text, only where it is;
the text is read here, at run time, and a changed line (hash mismatch) is
reported rather than silently used.
"""

import hashlib
import sys
from pathlib import Path

import yaml

_REPO = Path(__file__).resolve().parents[1]
# ../shared/seeds beside the repository, or beside the folder of its worktrees (wt/NAME).
SEEDS = next(
    (
        p
        for p in (_REPO.parent / "shared" / "seeds", _REPO.parents[1] / "shared" / "seeds")
        if p.is_dir()
    ),
    _REPO.parent / "shared" / "seeds",
)
DATA = Path(__file__).resolve().parent / "data"


def require_seeds() -> None:
    if not SEEDS.is_dir():
        print(f"skipped: the seed collections are not at {SEEDS}")
        sys.exit(0)


def load(name: str) -> dict:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def resolve(ref: str, files: dict[str, str]) -> tuple[str, int, str | None]:
    """(file name, line, the line's text or None if it drifted) for `alias:line#hash`."""
    alias, rest = ref.split(":")
    line, digest = rest.split("#")
    name = files[alias]
    lines = (SEEDS / name).read_text(encoding="utf-8").splitlines()
    number = int(line)
    text = lines[number - 1].strip() if number <= len(lines) else ""
    ok = hashlib.sha1(text.encode()).hexdigest()[:8] == digest
    return name, number, text if ok else None
