"""Near-duplicate clustering of questions, fast enough for 100,000 of them.

1. Identical keys (the normalised text without punctuation) are one question.
2. Candidate pairs come from a sparse product restricted to each question's
   rarest terms (prefix filtering, as in All-Pairs similarity joins): two
   questions can only be alike if they share one of those terms. Bounds
   computed in bulk drop most candidates before the exact score.
3. Candidates whose term cosine clears a low bar are scored with
   `features.similarity`; pairs above the threshold are merged with an
   average-link check, so one loose pair cannot chain two clusters together.
"""

import re
import unicodedata
from collections.abc import Callable, Sequence

import numpy as np
from scipy import sparse

from mianshi.ingest import features as F
from mianshi.ingest.features import Features, similarity

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


def _matrix(
    rows: Sequence[dict[str, float]], vocab: dict[str, int], normalise: bool
) -> sparse.csr_matrix:
    indices, cols, vals = [], [], []
    for i, terms in enumerate(rows):
        norm = (np.sqrt(sum(w * w for w in terms.values())) or 1.0) if normalise else 1.0
        for term, weight in terms.items():
            indices.append(i)
            cols.append(vocab.setdefault(term, len(vocab)))
            vals.append(weight / norm)
    return sparse.csr_matrix(
        (vals, (indices, cols)), shape=(len(rows), max(len(vocab), 1)), dtype=np.float32
    )


def _vectors(features: Sequence[Features]) -> sparse.csr_matrix:
    """Surface terms plus the (expanded) concepts: what candidate generation indexes."""
    rows = []
    for f in features:
        terms = dict(f.surface)
        for concept, weight in f.concepts.items():
            key = "@" + concept
            terms[key] = max(terms.get(key, 0.0), weight * 0.5)
        rows.append(terms)
    return _matrix(rows, {}, normalise=True)


def _rowwise(matrix: sparse.csr_matrix, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    return np.asarray(matrix[left].multiply(matrix[right]).sum(axis=1)).ravel()


class _Bounds:
    """`similarity` for many pairs at once, exact but for the conflict discount (an upper bound)."""

    def __init__(self, features: Sequence[Features]) -> None:
        self.surface = _matrix([f.surface for f in features], {}, normalise=False)
        self.concepts = _matrix([f.concepts for f in features], {}, normalise=True)
        vocab: dict[str, int] = {}
        aspect = _matrix([f.aspect for f in features], vocab, normalise=False)
        self.aspect = aspect
        self.aspect_related = (aspect @ _affinity(vocab)).tocsr()
        self.has_concepts = np.diff(self.concepts.indptr) > 0
        words: dict[str, int] = {}
        self.own_words = _matrix(
            [{w: 1.0 for w in f.own_words} for f in features], words, normalise=False
        )
        self.all_words = _matrix(
            [{t: 1.0 for t in f.surface if t[0] not in "~@"} for f in features],
            words,
            normalise=False,
        )
        self.own_words.resize((len(features), self.all_words.shape[1]))
        self.own_count = np.diff(self.own_words.indptr)
        self.implementation = np.array([f.implementation for f in features])
        frameworks = {
            name: k for k, name in enumerate(sorted({f.framework or "" for f in features}))
        }
        self.framework = np.array([frameworks[f.framework or ""] for f in features])
        self.no_framework = frameworks.get("", -1)

    def upper(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        surf = _rowwise(self.surface, left, right)
        conc = _rowwise(self.concepts, left, right)
        rows_l = self.aspect_related[left]
        asp = np.minimum(1.0, np.asarray(rows_l.multiply(self.aspect[right]).sum(axis=1)).ravel())
        main = conc * (F.ASPECT_FLOOR + (1 - F.ASPECT_FLOOR) * asp)
        main = np.where(conc < 0.99, np.maximum(main, F.SURFACE_DISCOUNT * surf), main)
        both = self.has_concepts[left] & self.has_concepts[right]
        score = np.where(both, main, surf)
        # Each side has a heavy word the other lacks: a conflict for certain (see features._own_terms).
        own_left = (
            self.own_count[left] - _rowwise_pair(self.own_words, self.all_words, left, right) > 0
        )
        own_right = (
            self.own_count[right] - _rowwise_pair(self.own_words, self.all_words, right, left) > 0
        )
        score = np.where(both & own_left & own_right, score * F.CONFLICT_FACTOR, score)
        fl, fr = self.framework[left], self.framework[right]
        vetoed = (self.implementation[left] != self.implementation[right]) | (
            (fl != fr) & (fl != self.no_framework) & (fr != self.no_framework)
        )
        return np.where(vetoed, 0.0, score)


def _rowwise_pair(
    a: sparse.csr_matrix, b: sparse.csr_matrix, left: np.ndarray, right: np.ndarray
) -> np.ndarray:
    return np.asarray(a[left].multiply(b[right]).sum(axis=1)).ravel()


def _affinity(vocab: dict[str, int]) -> sparse.csr_matrix:
    """I + the intent affinities of `features`, over an aspect vocabulary."""
    size = max(len(vocab), 1)
    rows, cols, vals = list(range(size)), list(range(size)), [1.0] * size
    for pair, weight in F._INTENT_AFFINITY.items():
        a, b = sorted(pair)
        ia, ib = vocab.get("~" + a), vocab.get("~" + b)
        if ia is not None and ib is not None:
            rows += [ia, ib]
            cols += [ib, ia]
            vals += [weight, weight]
    return sparse.csr_matrix((vals, (rows, cols)), shape=(size, size), dtype=np.float32)


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
        features=features,
        matrix=matrix,
        prefix=prefix,
        rest=rest,
        transposed=matrix.T.tocsr(),
        bounds=_Bounds(features),
        threshold=threshold,
    )
    edges: list[tuple[float, int, int]] = []
    for start in range(0, n, _BLOCK):
        edges.extend(_score_block(state, start))
        if progress:
            progress("candidates", min(start + _BLOCK, n), n)
    return edges


def _score_block(s: dict, start: int) -> list[tuple[float, int, int]]:
    features, matrix, rest, threshold = s["features"], s["matrix"], s["rest"], s["threshold"]
    stop = min(start + _BLOCK, len(features))
    hits = (s["prefix"][start:stop] @ s["transposed"]).tocoo()
    left = hits.row.astype(np.int64) + start
    right = hits.col.astype(np.int64)
    # cosine <= (dot over the prefix) + (weight of the rest): a bound from the product itself
    mask = (left < right) & (hits.data + rest[left] >= CANDIDATE_COSINE)
    left, right = left[mask], right[mask]
    edges = []
    if left.size:
        cos = _rowwise(matrix, left, right)
        good = cos >= CANDIDATE_COSINE
        left, right = left[good], right[good]
        keep = s["bounds"].upper(left, right) >= threshold - 1e-4  # float32 rounding
        for i, j in zip(left[keep].tolist(), right[keep].tolist(), strict=True):
            score = similarity(features[i], features[j])
            if score >= threshold:
                edges.append((score, i, j))
    return edges


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


def cluster_features(
    features: Sequence[Features],
    progress: Progress | None = None,
    threshold: float = SAME_QUESTION,
) -> list[int]:
    """A cluster label per question: the index of its cluster's first member."""
    edges = scored_pairs(features, threshold, progress)
    edges.sort(reverse=True)
    clusters = _Clusters(features)
    for score, i, j in edges:
        clusters.cache[(i, j)] = score
        a, b = clusters.find(i), clusters.find(j)
        if a != b and clusters.linked(a, b):
            clusters.merge(a, b)
    labels = [0] * len(features)
    for members in clusters.members.values():
        first = min(members)
        for m in members:
            labels[m] = first
    return labels
