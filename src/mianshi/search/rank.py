"""Ranking: BM25 scores, a mild boost for often-asked questions, filters, the top hits."""

from dataclasses import dataclass

import numpy as np

from mianshi.search.analyze import QueryAnalysis
from mianshi.search.index import SearchIndex
from mianshi.search.subjects import Subject, subject_of

# Each doubling of the number of sources asking a question adds about 7% to its score.
FREQUENCY_BOOST = 0.1
# A bare concept query ("BN") lifts the questions that introduce that concept by this share.
SUBJECT_BOOST = 0.5


@dataclass(frozen=True)
class Filters:
    module: str | None = None
    topic: str | None = None
    difficulty: int | None = None
    min_frequency: int | None = None
    has_problem: bool | None = None

    def mask(self, index: SearchIndex) -> np.ndarray | None:
        """Which documents pass, or None when nothing is filtered."""
        if self == Filters():
            return None
        keep = np.ones(len(index), dtype=bool)
        if self.module is not None:
            keep &= index.module_code == index.module_code_of(self.module)
        if self.topic is not None:
            keep &= np.isin(index.topic_code, index.topic_code_of(self.module, self.topic))
        if self.difficulty is not None:
            keep &= index.difficulty == self.difficulty
        if self.min_frequency is not None:
            keep &= index.frequency >= self.min_frequency
        if self.has_problem is not None:
            keep &= index.has_problem == self.has_problem
        return None if keep.all() else keep


@dataclass(frozen=True)
class Hit:
    position: int  # of the document in the index
    score: float


def _best(candidates: np.ndarray, scores: np.ndarray, limit: int) -> list[Hit]:
    if candidates.size > limit:
        candidates = candidates[np.argpartition(-scores[candidates], limit - 1)[:limit]]
    # Ties (equal scores) go to the earlier document: the bank's own order.
    order = np.lexsort((candidates, -scores[candidates]))
    return [Hit(int(candidates[i]), float(scores[candidates[i]])) for i in order]


def _lift_subject(index: SearchIndex, scores: np.ndarray, subject: Subject | None) -> None:
    if subject:
        scores[index.introducers(subject)] *= 1.0 + SUBJECT_BOOST


def rank(
    index: SearchIndex,
    terms: list[str],
    filters: Filters,
    limit: int,
    subject: Subject | None = None,
) -> list[Hit]:
    """The best `limit` documents with a positive score that pass the filters, best first.

    The bank comes first: imported questions it does not answer yet follow its matches.
    `subject`: the concepts a bare concept query asks about (see search/subjects.py).
    """
    if not len(index) or not terms or limit < 1:
        return []
    scores = index.scores(terms)
    _lift_subject(index, scores, subject)
    keep = filters.mask(index)
    if keep is not None:
        scores[~keep] = 0.0
    return _hits(index, scores, limit)


def _hits(index: SearchIndex, scores: np.ndarray, limit: int) -> list[Hit]:
    candidates = np.flatnonzero(scores > 0)
    scores[candidates] *= 1.0 + FREQUENCY_BOOST * index.log_frequency[candidates]
    imported = index.imported[candidates]
    hits = _best(candidates[~imported], scores, limit)
    if len(hits) < limit:
        hits += _best(candidates[imported], scores, limit - len(hits))
    return hits


def rank_many(
    index: SearchIndex, queries: list[QueryAnalysis], limit: int, chunk: int = 2048
) -> list[list[Hit]]:
    """rank() of many queries, unfiltered: the bank ranked for each imported question."""
    results: list[list[Hit]] = []
    boost = 1.0 + FREQUENCY_BOOST * index.log_frequency
    for start in range(0, len(queries), chunk):
        part = queries[start : start + chunk]
        scores = index.scores_many([q.terms for q in part])
        for row, analysis in zip(scores, part, strict=True):
            _lift_subject(index, row, subject_of(analysis))
        if index.imported.any():  # the bank's hits come first: one query at a time
            results.extend(_hits(index, row, limit) for row in scores)
        else:
            results.extend(_top_of_rows(scores * boost, limit))
    return results


def _top_of_rows(scores: np.ndarray, limit: int) -> list[list[Hit]]:
    """_best() of every row at once (all documents, positive scores only)."""
    k = min(limit, scores.shape[1])
    if k < 1:
        return [[] for _ in scores]
    top = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    values = np.take_along_axis(scores, top, axis=1)
    order = np.lexsort((top, -values), axis=1)  # ties to the earlier document, as _best
    top, values = np.take_along_axis(top, order, axis=1), np.take_along_axis(values, order, axis=1)
    return [
        [Hit(p, v) for p, v in zip(positions, row, strict=True) if v > 0]
        for positions, row in zip(top.tolist(), values.tolist(), strict=True)
    ]
