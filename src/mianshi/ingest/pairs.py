"""`features.similarity` and `features.match_similarity` for many pairs at once.

The clustering scores hundreds of thousands of candidate pairs and the bank
matcher several per imported question; one Python call per pair was most of a
large import's time. Each term of the similarity is a sparse product here, in
float64, so the scores agree with the per-pair functions (which stay the
definition, and the reference the tests compare against).
"""

from collections.abc import Mapping, Sequence
from itertools import count

import numpy as np
from scipy import sparse

from mianshi.ingest import features as F
from mianshi.ingest.features import Features


def sparse_rows(
    rows: Sequence[Mapping[str, float]], vocab: dict[str, int], normalise: bool = False
) -> sparse.csr_matrix:
    """One row per mapping over `vocab` (unseen keys extend it), optionally of unit length."""
    keys = [k for row in rows for k in row]
    vocab.update(zip(dict.fromkeys(k for k in keys if k not in vocab), count(len(vocab))))
    values = np.fromiter((w for row in rows for w in row.values()), np.float64, len(keys))
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum([len(row) for row in rows], out=indptr[1:])
    if normalise and len(keys):
        lengths = np.diff(indptr)
        norms = np.zeros(len(rows))
        filled = lengths > 0
        norms[filled] = np.sqrt(np.add.reduceat(values**2, indptr[:-1][filled]))
        values /= np.repeat(np.where(norms > 0, norms, 1.0), lengths)
    columns = np.fromiter(map(vocab.__getitem__, keys), np.int64, len(keys))
    return sparse.csr_matrix(
        (values, columns, indptr), shape=(len(rows), max(len(vocab), 1)), dtype=np.float64
    )


def rowwise(
    a: sparse.csr_matrix, b: sparse.csr_matrix, left: np.ndarray, right: np.ndarray
) -> np.ndarray:
    """Row left[k] of `a` dotted with row right[k] of `b`, for every k."""
    if not len(left):
        return np.zeros(0)
    return np.asarray(a[left].multiply(b[right]).sum(axis=1)).ravel()


def _affinity(vocab: dict[str, int]) -> sparse.csr_matrix:
    """I + the intent affinities (有哪些 ~ 介绍), over an aspect vocabulary."""
    size = max(len(vocab), 1)
    rows, cols, vals = list(range(size)), list(range(size)), [1.0] * size
    for pair, weight in F._INTENT_AFFINITY.items():
        a, b = sorted(pair)
        ia, ib = vocab.get("~" + a), vocab.get("~" + b)
        if ia is not None and ib is not None:
            rows += [ia, ib]
            cols += [ib, ia]
            vals += [weight, weight]
    return sparse.csr_matrix((vals, (rows, cols)), shape=(size, size), dtype=np.float64)


class PairScorer:
    """The similarity of any two of `features`, for arrays of index pairs.

    `extends` puts another scorer's texts first (indexes 0..len-1), reusing its
    matrices: the bank's texts are laid out once, each batch of questions after them.
    """

    def __init__(self, features: Sequence[Features], extends: "PairScorer | None" = None) -> None:
        self.vocabs: dict[str, dict[str, int]] = {
            name: dict(extends.vocabs[name]) if extends else {}
            for name in ("surface", "concepts", "aspect", "terms")
        }

        def stack(name: str, rows: sparse.csr_matrix, vocab: str) -> sparse.csr_matrix:
            width = max(len(self.vocabs[vocab]), 1)
            rows.resize((rows.shape[0], width))
            if extends is None:
                return rows
            earlier = getattr(extends, name).copy()
            earlier.resize((earlier.shape[0], width))
            return sparse.vstack([earlier, rows], format="csr")

        def join(name: str, values: list) -> np.ndarray:
            return np.concatenate([getattr(extends, name), values]) if extends else np.array(values)

        vocabs = self.vocabs
        self.surface = stack(
            "surface", sparse_rows([f.surface for f in features], vocabs["surface"]), "surface"
        )  # already unit length
        self.concepts = stack(
            "concepts", sparse_rows([f.concepts for f in features], vocabs["concepts"]), "concepts"
        )
        self.concept_norm2 = join(
            "concept_norm2", [sum(w * w for w in f.concepts.values()) for f in features]
        )
        self.has_concepts = join("has_concepts", [bool(f.concepts) for f in features]).astype(bool)
        self.aspect = stack(
            "aspect", sparse_rows([f.aspect for f in features], vocabs["aspect"]), "aspect"
        )
        self.aspect_related = (self.aspect @ _affinity(vocabs["aspect"])).tocsr()
        # features._own_terms: a side's heavy terms, and what the other side covers
        # (its every term, and the concepts it names at least nested)
        heavy = [
            {t: 1.0 for t, w in f.surface_raw.items() if w >= F.OWN_TERM_WEIGHT and t[0] != "~"}
            for f in features
        ]
        covered = [
            {t: 1.0 for t in f.surface_raw}
            | {"@" + c: 1.0 for c, w in f.concepts.items() if w >= F.NESTED_WEIGHT}
            for f in features
        ]
        self.covered = stack("covered", sparse_rows(covered, vocabs["terms"]), "terms")
        self.heavy = stack("heavy", sparse_rows(heavy, vocabs["terms"]), "terms")
        self.heavy_count = np.diff(self.heavy.indptr)
        self.implementation = join("implementation", [f.implementation for f in features]).astype(
            bool
        )
        self.framework = join("framework", [f.framework or "" for f in features]).astype(str)

    def similarity(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """features.similarity(features[left[k]], features[right[k]]) for every k."""
        surface = rowwise(self.surface, self.surface, left, right)
        dot = rowwise(self.concepts, self.concepts, left, right)
        larger = np.maximum(np.maximum(self.concept_norm2[left], self.concept_norm2[right]), 1e-9)
        cosine = self._concept_cosine(left, right, dot)
        concepts = F.OVERLAP_MIX * dot / larger + (1 - F.OVERLAP_MIX) * cosine
        aspect = np.minimum(1.0, rowwise(self.aspect_related, self.aspect, left, right))
        score = concepts * (F.ASPECT_FLOOR + (1 - F.ASPECT_FLOOR) * aspect)
        conflict = self._own_terms(left, right) & self._own_terms(right, left)
        loosened = (concepts < 0.99) & ~conflict
        score = np.where(loosened, np.maximum(score, F.SURFACE_DISCOUNT * surface), score)
        score = np.where(conflict, score * F.CONFLICT_FACTOR, score)
        both = self.has_concepts[left] & self.has_concepts[right]
        score = np.where(both, score, surface)
        fl, fr = self.framework[left], self.framework[right]
        vetoed = (self.implementation[left] != self.implementation[right]) | (
            (fl != fr) & (fl != "") & (fr != "")
        )
        return np.where(vetoed, 0.0, score)

    def match_similarity(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """features.match_similarity(features[left[k]], features[right[k]]) for every k."""
        both = self.has_concepts[left] & self.has_concepts[right]
        agree = np.where(
            both,
            self._concept_cosine(left, right) >= F.MATCH_CONCEPTS,
            rowwise(self.surface, self.surface, left, right) >= F.MATCH_SURFACE,
        )
        scores = np.zeros(len(left))
        scores[agree] = self.similarity(left[agree], right[agree])
        return scores

    def _concept_cosine(
        self, left: np.ndarray, right: np.ndarray, dot: np.ndarray | None = None
    ) -> np.ndarray:
        # as features._concept_overlap divides: exact at ties such as 1 / sqrt(2 * 2) = 0.5
        if dot is None:
            dot = rowwise(self.concepts, self.concepts, left, right)
        norms = np.sqrt(self.concept_norm2[left] * self.concept_norm2[right])
        return dot / np.maximum(norms, 1e-9)

    def _own_terms(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """Whether left names a heavy term right does not cover (features._own_terms)."""
        shared = rowwise(self.heavy, self.covered, left, right)
        return self.heavy_count[left] - np.rint(shared) > 0
