"""Lines whose characters were swapped (绍介SIFT的理原 for 介绍SIFT的原理): detect and repair.

A run of Chinese characters is segmented into dictionary words twice, with
a unigram language model over jieba's word frequencies: once as written, and
once allowing a piece to be read backwards at a fixed cost. Real text is
already cheapest as written; a garbled run becomes much cheaper when pieces
such as 理原 are read as 原理. The repair is accepted only when it makes the
whole line read as real text by a clear margin.
"""

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from mianshi.search.words import MAX_WORD as _MAX_WORD
from mianshi.search.words import word_costs as _costs

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_REVERSE_COST = 5.0  # nats a backwards piece must earn before it is preferred
_LINE_GAIN = 4.0  # total nats a line must gain to count as garbled
# Inside a line already found garbled, a backwards reading needs less evidence
# (现实 -> 实现 next to 法方算计 -> 计算方法).
_REPAIR_COST = 1.0


@dataclass(frozen=True)
class GarbleResult:
    text: str  # repaired text, or the input when nothing was repaired
    garbled: bool
    repaired: bool


def _segment(run: str, reverse_cost: float | None) -> tuple[float, list[str], bool]:
    """Cheapest reading of `run` as dictionary words, some read backwards at
    `reverse_cost` each (None: none). Also says whether a piece was read backwards."""
    costs, unknown = _costs()
    n = len(run)
    best = [0.0] + [math.inf] * n
    back: list[tuple[int, str, bool]] = [(0, "", False)] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX_WORD), end):
            if best[start] == math.inf:
                continue
            piece = run[start:end]
            cost = costs.get(piece)
            if cost is None and len(piece) == 1:
                cost = unknown
            if cost is not None and best[start] + cost < best[end]:
                best[end], back[end] = best[start] + cost, (start, piece, False)
            if reverse_cost is not None and len(piece) >= 2:
                flipped = piece[::-1]
                flipped_cost = costs.get(flipped)
                if (
                    flipped_cost is not None
                    and best[start] + flipped_cost + reverse_cost < best[end]
                ):
                    best[end], back[end] = (
                        best[start] + flipped_cost + reverse_cost,
                        (start, flipped, True),
                    )
    pieces = []
    flipped_any = False
    at = n
    while at > 0:
        start, piece, flipped_here = back[at]
        pieces.append(piece)
        flipped_any = flipped_any or flipped_here
        at = start
    return best[n], pieces[::-1], flipped_any


def _may_be_swapped(run: str) -> bool:
    """Cheap test first: a swapped word leaves a character pair that is a commoner word backwards."""
    costs, unknown = _costs()
    for i in range(len(run) - 1):
        pair = run[i : i + 2]
        backwards = costs.get(pair[::-1])
        if backwards is not None and backwards + _REPAIR_COST < costs.get(pair, unknown):
            return True
    return False


@lru_cache(maxsize=65536)
def check_line(text: str) -> GarbleResult:
    """Whether `text` reads as swapped characters, and the repaired text if a repair reads as real text."""
    runs = [m.group() for m in _CJK_RUN.finditer(text) if _may_be_swapped(m.group())]
    gain = 0.0
    for run in runs:
        with_flips, _, flipped = _segment(run, _REVERSE_COST)
        if flipped:
            gain += _segment(run, None)[0] - with_flips
    if gain < _LINE_GAIN:
        return GarbleResult(text, garbled=False, repaired=False)
    repaired = text
    for run in runs:
        _, pieces, flipped = _segment(run, _REPAIR_COST)
        if flipped:
            repaired = repaired.replace(run, "".join(pieces), 1)
    return GarbleResult(repaired, garbled=True, repaired=repaired != text)
