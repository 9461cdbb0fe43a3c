"""Copies and versions of one collection: they count once towards frequency.

A README saved as a web page and the README's Markdown hold the same
questions in the same order; two independent collections that both ask the
common questions (BN, dropout, overfitting) ask them in different orders.
Two sources are one family when most of the smaller one's questions appear
in the other *in the same order* (longest increasing subsequence of their
positions), so a short list of popular questions is not taken for a copy.
"""

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

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
) -> tuple[dict[int, int], dict[int, list[Overlap]]]:
    """`questions`: source id -> cluster ids in document order.

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
