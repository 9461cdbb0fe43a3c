"""Attaching imported questions to bank questions, through titles and aliases.

A bank question is broader than one imported question (its aliases name the
ways it is asked: "BN 原理", "BN 公式", "BN 反向传播求导"), so a cluster
matches the bank question whose title or one alias it resembles most. The
bank question's whole text (key points and answer too) decides the close
calls: a weak resemblance counts when that text names everything the imported
question asks about, and it breaks ties between near-equal candidates.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mianshi.bank.model import Question
from mianshi.ingest.concepts import ConceptMatcher
from mianshi.ingest.features import (
    MATCH_CONCEPTS,
    MATCH_SURFACE,
    NESTED_WEIGHT,
    SURFACE_DISCOUNT,
    Features,
    extract,
    is_word,
    match_similarity,
    weight_matrix,
)
from mianshi.search.text import normalize

MATCH = 0.55  # similarity to a title or alias at which a cluster is that bank question
# Below MATCH, a cluster still matches its best bank question if that one is
# clearly ahead of every other bank question.
MATCH_WITH_MARGIN = 0.45
MARGIN = 0.05
# Lower still, the best bank question is taken when it is clearly ahead and
# covers the imported question (see _Document.covers): its whole text names the
# question's concepts, its title, aliases and key points most of its rare words.
MATCH_IF_COVERED = 0.3
COVERED_MARGIN = 0.08
CLOSE = 0.1  # scores this near are a tie that coverage breaks
COVERED_WORDS = 0.6  # share of the question's rare words the bank text must contain
# An alias often names one facet of the question ("BN 反向传播求导"); a title names all of it.
ALIAS_TRUST = 0.95
_CANDIDATES = 10  # bank texts scored per imported question


@dataclass(frozen=True)
class Match:
    question_id: str | None
    score: float


class BankMatcher:
    """The bank's titles and aliases, ready to be compared with imported questions."""

    def __init__(self, questions: Sequence[Question], matcher: ConceptMatcher) -> None:
        self.owner: list[str] = []
        self.trust: list[float] = []
        texts: list[str] = []
        for q in questions:
            for n, text in enumerate((q.title, q.title_en, *q.aliases)):
                if text.strip():
                    self.owner.append(q.id)
                    self.trust.append(1.0 if n < 2 else ALIAS_TRUST)
                    texts.append(text)
        self.features = [extract(t, matcher) for t in texts]
        self.vocab: dict[str, int] = {}
        self.matrix = weight_matrix([f.surface for f in self.features], self.vocab, grow=True)
        self.concept_vocab: dict[str, int] = {}
        self.concepts = weight_matrix(
            [f.concepts for f in self.features], self.concept_vocab, grow=True, normalise=True
        )
        self.has_concepts = np.diff(self.concepts.indptr) > 0
        self.trust_array = np.array(self.trust)
        self.documents = {q.id: _Document.of(q, matcher) for q in questions}

    def match(self, groups: Sequence[Sequence[Features]]) -> list[Match]:
        """The best bank question for each group of phrasings of one question (or none)."""
        if not self.owner:
            return [Match(None, 0.0) for _ in groups]
        flat = [f for group in groups for f in group]
        query = weight_matrix([f.surface for f in flat], self.vocab, grow=False)
        query.resize((len(flat), self.matrix.shape[1]))
        scores = (query @ self.matrix.T).toarray() if flat else np.zeros((0, len(self.owner)))
        concepts = weight_matrix(
            [f.concepts for f in flat], self.concept_vocab, grow=False, normalise=True
        )
        concepts.resize((len(flat), self.concepts.shape[1]))
        has = np.diff(concepts.indptr) > 0
        k = min(_CANDIDATES, scores.shape[1])
        top = (
            np.argpartition(-scores, k - 1, axis=1)[:, :k]
            if len(flat)
            else np.zeros((0, k), dtype=int)
        )
        rows = np.repeat(np.arange(len(flat)), k)
        docs = top.ravel()
        surface = scores[rows, docs]
        conc = np.asarray(concepts[rows].multiply(self.concepts[docs]).sum(axis=1)).ravel()
        both = has[rows] & self.has_concepts[docs]
        # match_similarity's gate, and an upper bound of the score it can reach
        gate = np.where(both, conc >= MATCH_CONCEPTS, surface >= MATCH_SURFACE)
        bound = (
            np.where(both, np.maximum(conc, SURFACE_DISCOUNT * surface), surface)
            * self.trust_array[docs]
        )
        worth = np.flatnonzero(gate & (bound >= MATCH_IF_COVERED - 1e-4))
        worth = worth[np.lexsort((-bound[worth], rows[worth]))]  # by row, highest bound first
        best: list[dict[str, float]] = [{} for _ in flat]
        for r, d, b in zip(
            rows[worth].tolist(), docs[worth].tolist(), bound[worth].tolist(), strict=True
        ):
            qid = self.owner[d]
            if b <= best[r].get(qid, 0.0):
                continue  # another text of this question already scored above this one's bound
            score = match_similarity(flat[r], self.features[d]) * self.trust[d]
            if score > best[r].get(qid, 0.0):
                best[r][qid] = score
        results = []
        row = 0
        for group in groups:
            per_question: dict[str, float] = {}
            for _ in group:
                for qid, score in best[row].items():
                    per_question[qid] = max(per_question.get(qid, 0.0), score)
                row += 1
            results.append(self._decide(per_question, group))
        return results

    def _decide(self, per_question: dict[str, float], phrasings: Sequence[Features]) -> Match:
        if not per_question:
            return Match(None, 0.0)
        ranked = sorted(per_question.items(), key=lambda kv: -kv[1])
        qid, best = ranked[0]
        margin = best - (ranked[1][1] if len(ranked) > 1 else 0.0)

        def covered(q: str) -> bool:
            return any(self.documents[q].covers(f) for f in phrasings)

        if best >= MATCH or (best >= MATCH_WITH_MARGIN and margin >= MARGIN):
            if covered(qid):
                return Match(qid, best)
            # between near-equal candidates, the one whose text names all that is asked
            near = next(((q, s) for q, s in ranked[1:] if s >= best - CLOSE and covered(q)), None)
            return Match(*near) if near else Match(qid, best)
        covering = [(q, s) for q, s in ranked if s >= MATCH_IF_COVERED and covered(q)]
        if covering:
            qid, score = covering[0]
            rival = max([s for q, s in ranked if q != qid] or [0.0])
            next_covering = covering[1][1] if len(covering) > 1 else 0.0
            # ahead of every rival, or the only one whose text names all it asks
            if score - rival >= COVERED_MARGIN or score - next_covering >= COVERED_MARGIN * 2:
                return Match(qid, score)
        return Match(None, best)


@dataclass(frozen=True)
class _Document:
    """A bank question's subject (the concepts its title names), every concept
    its whole text names, and the text of its title, aliases and key points."""

    subject: frozenset[str]
    concepts: frozenset[str]
    summary: str

    @classmethod
    def of(cls, question: Question, matcher: ConceptMatcher) -> "_Document":
        summary = normalize(
            "\n".join((question.title, question.title_en, *question.aliases, *question.keypoints))
        )
        return cls(
            subject=frozenset(matcher.concepts_in(question.title)),
            concepts=frozenset(matcher.concepts_in(summary + "\n" + question.answer)),
            summary=summary,
        )

    def covers(self, question: Features) -> bool:
        """Whether this question's text names all the imported question names (its
        specific concepts, and most of its rare words), and the imported question
        names at least half of what this one is about."""
        named = {c for c, weight in question.concepts.items() if weight >= 1.0}
        mentioned = {c for c, weight in question.concepts.items() if weight >= NESTED_WEIGHT}
        if not named <= self.concepts or len(self.subject & mentioned) * 2 < len(self.subject):
            return False
        words = [w for w in question.own_words if is_word(w)]
        return sum(w in self.summary for w in words) >= COVERED_WORDS * len(words)
