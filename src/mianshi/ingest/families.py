"""Copies and versions of one collection: they count once towards frequency.

A README saved as a web page and the README's Markdown hold the same
questions in the same order; two independent collections that both ask the
common questions (BN, dropout, overfitting) ask them in different orders.
Two sources are one family when most of the smaller one's questions appear
in the other *in the same order* (longest increasing subsequence of their
positions), so a short list of popular questions is not taken for a copy.
"""

import re
from bisect import bisect_left
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

FAMILY_SHARE = 0.5  # ordered share of the smaller source at which two sources are one collection
MIN_SHARED = 5  # fewer shared questions than this never make a family
REPORT_SHARE = 0.1  # overlaps below this are not worth reporting


@dataclass(frozen=True)
class Overlap:
    source: int
    share: float  # of this source's questions also in the other source
    ordered: float  # the same, counting only those in the same order


def _in_order(sequence: Sequence[int], other_positions: Mapping[int, int]) -> int:
    """Length of the longest run of `sequence` that appears in the same order in the other source."""
    tails: list[int] = []
    for item in sequence:
        pos = other_positions.get(item)
        if pos is None:
            continue
        k = bisect_left(tails, pos)
        if k == len(tails):
            tails.append(pos)
        else:
            tails[k] = pos
    return len(tails)


def _first_positions(sequence: Sequence[int]) -> dict[int, int]:
    positions: dict[int, int] = {}
    for i, item in enumerate(sequence):
        positions.setdefault(item, i)
    return positions


def _unique(sequence: Sequence[int]) -> list[int]:
    return list(dict.fromkeys(sequence))


def detect_families(
    questions: Mapping[int, Sequence[int]],
    collections: Mapping[int, Hashable] | None = None,
) -> tuple[dict[int, int], dict[int, list[Overlap]]]:
    """`questions`: source id -> cluster ids in document order; `collections`: source
    id -> the collection it was published in (sources with one key are one family).

    Returns the family of each source (the smallest source id in it) and each
    source's notable overlaps with the others.
    """
    ids = sorted(questions)
    unique = {s: _unique(questions[s]) for s in ids}
    positions = {s: _first_positions(unique[s]) for s in ids}
    parent = {s: s for s in ids}

    def find(s: int) -> int:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    first_of: dict[Hashable, int] = {}
    for s in ids:
        key = (collections or {}).get(s)
        if key is not None:
            other = first_of.setdefault(key, s)
            ra, rb = find(s), find(other)
            parent[max(ra, rb)] = min(ra, rb)
    overlaps: dict[int, list[Overlap]] = {s: [] for s in ids}
    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            shared = len(positions[a].keys() & positions[b].keys())
            if not shared:
                continue
            ordered = _in_order(unique[a], positions[b])
            for this, other in ((a, b), (b, a)):
                size = len(unique[this]) or 1
                if shared / size >= REPORT_SHARE:
                    overlaps[this].append(Overlap(other, shared / size, ordered / size))
            smaller = min(len(unique[a]), len(unique[b])) or 1
            if ordered >= MIN_SHARED and ordered / smaller >= FAMILY_SHARE:
                ra, rb = find(a), find(b)
                parent[max(ra, rb)] = min(ra, rb)
    return {s: find(s) for s in ids}, overlaps


# -- collections on disk --------------------------------------------------
# What one author published together counts once, however many files it has:
# a repository (a folder holding `.git`), or a folder whose README links the
# files beside and beneath it. A plain folder of unrelated files (the seeds:
# five collections saved from five sites) is not one collection by itself.

_README_NAMES = {"readme.md", "readme.markdown", "readme.txt", "readme.html", "readme.htm"}
_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|href=[\"']([^\"']+)[\"']")
_README_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Collection:
    root: Path
    reason: str  # git | readme | import


def _readme_links(folder: Path, files: Sequence[Path]) -> int:
    """How many of `files` (beneath `folder`) the folder's README links to."""
    try:
        readmes = [p for p in folder.iterdir() if p.name.lower() in _README_NAMES and p.is_file()]
    except OSError:
        return 0
    targets: set[Path] = set()
    for readme in readmes:
        try:
            if readme.stat().st_size > _README_BYTES:
                continue
            text = readme.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            continue
        for match in _LINK_TARGET.finditer(text):
            link = unquote((match.group(1) or match.group(2)).split("#")[0].split("?")[0])
            if not link or "://" in link or link.startswith(("mailto:", "/")):
                continue
            targets.add((folder / link).resolve())
        targets.discard(readme.resolve())
    return sum(1 for f in files if f in targets)


def published_together(files: Sequence[Path], folders: Sequence[Path]) -> dict[Path, Collection]:
    """The collection each of `files` (resolved paths) was published in, if any.

    `folders` are the folders imported; a file found in one is looked up from
    that folder down to its own directory, a file named by itself only in its
    own directory. The outermost directory that holds `.git`, or whose README
    links at least two of the imported files beneath it (or the only other
    one), is the collection's root. Files under no root are absent: each is a
    collection of its own.
    """
    found: dict[Path, Collection] = {}
    verdicts: dict[Path, str | None] = {}
    under: dict[Path, list[Path]] = {}

    def beneath(folder: Path) -> list[Path]:
        if folder not in under:
            under[folder] = [f for f in files if f.is_relative_to(folder)]
        return under[folder]

    def verdict(folder: Path) -> str | None:
        if folder not in verdicts:
            reason = None
            if (folder / ".git").exists():
                reason = "git"
            else:
                others = [f for f in beneath(folder) if f.name.lower() not in _README_NAMES]
                linked = _readme_links(folder, others) if others else 0
                if linked and linked >= min(2, len(others)):
                    reason = "readme"
            verdicts[folder] = reason
        return verdicts[folder]

    for file in files:
        scope = next((f for f in folders if file.is_relative_to(f)), file.parent)
        parts = file.parent.relative_to(scope).parts
        for folder in (scope.joinpath(*parts[:n]) for n in range(len(parts) + 1)):
            reason = verdict(folder)
            if reason:
                found[file] = Collection(folder, reason)
                break
    return found
