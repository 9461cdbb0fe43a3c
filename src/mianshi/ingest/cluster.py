"""Near-duplicate clustering of questions, fast enough for 100,000 of them.

1. Identical keys (the normalised text without punctuation) are one question.
2. Candidate pairs come from a sparse product restricted to each question's
   rarest terms (prefix filtering, as in All-Pairs similarity joins): two
   questions can only be alike if they share one of those terms, and the
   product's own bound drops most candidates.
3. Candidates whose term cosine clears a low bar are scored with
   `features.similarity`, in bulk (ingest/pairs.py); pairs above the threshold
   are merged with an average-link check, so one loose pair cannot chain two
   clusters together.
"""

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from mianshi.ingest.features import Features, similarity
from mianshi.ingest.pairs import PairScorer, rowwise, sparse_rows

SAME_QUESTION = 0.65  # similarity at which two questions are taken as one
LINK_AVERAGE = 0.65  # mean similarity two clusters need to merge
# Term cosine below which a pair is not even scored. No pair below 0.6 reached
# SAME_QUESTION in the seeds or in a synthetic sample; 0.5 leaves a margin.
CANDIDATE_COSINE = 0.5
_PREFIX_NORM = 0.5  # index terms until the rest of a vector weighs less than this
_MAX_DF = 300  # (or n/200) a term in more questions than this is too common to index
_BLOCK = 1000
_LINK_SAMPLE = 8  # members of each cluster compared when deciding a merge
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)

Progress = Callable[[str, int, int], None]


def exact_key(text: str) -> str:
    """Two lines with the same key are the same question, written identically."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text).casefold())


def _vectors(features: Sequence[Features]) -> sparse.csr_matrix:
    """Surface terms plus the (expanded) concepts: what candidate generation indexes."""
    rows = []
    for f in features:
        terms = dict(f.surface)
        for concept, weight in f.concepts.items():
            key = "@" + concept
            terms[key] = max(terms.get(key, 0.0), weight * 0.5)
        rows.append(terms)
    return sparse_rows(rows, {}, normalise=True)


def _prefix_matrix(matrix: sparse.csr_matrix) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Each row's rarest terms (with their weights), up to where the rest weighs
    less than _PREFIX_NORM, and the weight (L2 norm) of that rest.

    Terms in more than _MAX_DF questions never index: two questions sharing only
    such terms (a generic concept, a common word) are not candidates.
    """
    n = matrix.shape[0]
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    max_df = max(_MAX_DF, n // 500)
    row = np.repeat(np.arange(n), np.diff(matrix.indptr))
    order = np.lexsort((matrix.indices, df[matrix.indices], row))  # by row, rarest term first
    idx, w, row = matrix.indices[order], matrix.data[order], row[order]
    squares = w.astype(np.float64) ** 2
    before = (
        np.cumsum(squares) - squares
    )  # weight of the row's earlier (rarer) terms, plus earlier rows
    starts = matrix.indptr[:-1]
    totals = np.add.reduceat(squares, starts[starts < len(squares)]) if len(squares) else squares
    row_total = np.zeros(n)
    row_total[np.diff(matrix.indptr) > 0] = totals
    suffix = row_total[row] - (before - before[matrix.indptr[row]])
    chosen = (np.sqrt(np.maximum(suffix, 0.0)) >= _PREFIX_NORM) & (df[idx] <= max_df)
    first = np.zeros(len(idx), dtype=bool)
    first[matrix.indptr[:-1][np.diff(matrix.indptr) > 0]] = True
    empty_rows = np.bincount(row[chosen], minlength=n) == 0
    chosen |= first & empty_rows[row]  # every row indexes at least its rarest term
    kept_weight = np.bincount(row[chosen], weights=squares[chosen], minlength=n)
    rest = np.sqrt(np.maximum(row_total - kept_weight, 0.0)).astype(np.float32)
    prefix = sparse.csr_matrix(
        (w[chosen], (row[chosen], idx[chosen])), shape=matrix.shape, dtype=np.float32
    )
    return prefix, rest


def scored_pairs(
    features: Sequence[Features], threshold: float, progress: Progress | None = None
) -> list[tuple[float, int, int]]:
    """(similarity, i, j) for every pair at or above `threshold`.

    Candidates share a rare term; bounds computed in bulk discard most of them
    before the exact similarity is computed for the rest.
    """
    n = len(features)
    if n < 2:
        return []
    matrix = _vectors(features)
    prefix, rest = _prefix_matrix(matrix)
    state = dict(
        matrix=matrix,
        prefix=prefix,
        rest=rest,
        transposed=matrix.T.tocsr(),
        scorer=PairScorer(features),
        threshold=threshold,
    )
    edges: list[tuple[float, int, int]] = []
    for start in range(0, n, _BLOCK):
        edges.extend(_score_block(state, start))
        if progress:
            progress("candidates", min(start + _BLOCK, n), n)
    return edges


def _score_block(s: dict, start: int) -> list[tuple[float, int, int]]:
    matrix, rest, threshold = s["matrix"], s["rest"], s["threshold"]
    stop = min(start + _BLOCK, matrix.shape[0])
    hits = (s["prefix"][start:stop] @ s["transposed"]).tocoo()
    left = hits.row.astype(np.int64) + start
    right = hits.col.astype(np.int64)
    # cosine <= (dot over the prefix) + (weight of the rest): a bound from the product itself
    mask = (left < right) & (hits.data + rest[left] >= CANDIDATE_COSINE)
    left, right = left[mask], right[mask]
    if not left.size:
        return []
    good = rowwise(matrix, matrix, left, right) >= CANDIDATE_COSINE
    left, right = left[good], right[good]
    scores = s["scorer"].similarity(left, right)
    same = scores >= threshold
    return list(zip(scores[same].tolist(), left[same].tolist(), right[same].tolist(), strict=True))


def _spread(members: list[int], k: int) -> list[int]:
    if len(members) <= k:
        return members
    step = len(members) / k
    return [members[int(n * step)] for n in range(k)]


class _Clusters:
    def __init__(self, features: Sequence[Features]) -> None:
        self.features = features
        self.parent = list(range(len(features)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(features))}
        self.cache: dict[tuple[int, int], float] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def sim(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key not in self.cache:
            self.cache[key] = similarity(self.features[i], self.features[j])
        return self.cache[key]

    def linked(self, a: int, b: int) -> bool:
        """Average similarity across the two clusters (over a spread-out sample of big ones)."""
        left = _spread(self.members[a], _LINK_SAMPLE)
        right = _spread(self.members[b], _LINK_SAMPLE)
        scores = [self.sim(i, j) for i in left for j in right]
        return sum(scores) / len(scores) >= LINK_AVERAGE

    def merge(self, a: int, b: int) -> None:
        if len(self.members[a]) < len(self.members[b]):
            a, b = b, a
        self.parent[b] = a
        self.members[a].extend(self.members.pop(b))


@dataclass(frozen=True)
class Clustered:
    labels: list[int]  # per question: the index of its cluster's first member
    # (similarity, i, j): pairs alike enough to be one question whose clusters the
    # average-link check kept apart, one per pair of clusters; a person may join them
    doubts: list[tuple[float, int, int]]


def cluster_features(
    features: Sequence[Features],
    progress: Progress | None = None,
    threshold: float = SAME_QUESTION,
) -> Clustered:
    """A cluster label per question, and the pairs of clusters it was unsure of."""
    edges = scored_pairs(features, threshold, progress)
    edges.sort(reverse=True)
    clusters = _Clusters(features)
    refused = []
    for score, i, j in edges:
        clusters.cache[(i, j)] = score
        a, b = clusters.find(i), clusters.find(j)
        if a != b:
            if clusters.linked(a, b):
                clusters.merge(a, b)
            else:
                refused.append((score, i, j))
    labels = [0] * len(features)
    for members in clusters.members.values():
        first = min(members)
        for m in members:
            labels[m] = first
    doubts: dict[tuple[int, int], tuple[float, int, int]] = {}
    for score, i, j in refused:  # best first: the first pair of two clusters stands for them
        pair = tuple(sorted((labels[i], labels[j])))
        if pair[0] != pair[1]:
            doubts.setdefault(pair, (score, i, j))
    return Clustered(labels, list(doubts.values()))
