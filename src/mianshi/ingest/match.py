"""Matching imported questions to the bank: the search engine's first result, accepted
when the imported question resembles it.

Matching and searching are one problem, so the candidates are what `mianshi
search` ranks first for the question's text (the same index: fields, glossary,
aliases; the popularity boost aside, as popularity is what an import computes).
The first result is accepted when the question resembles its title or one of
its aliases (the features of ingest/features.py), or when the search put it
far ahead of the rest. Otherwise, if some candidate resembles the question (or
the first result is well ahead), the match is *uncertain*: it waits in `mianshi
review-matches` with its candidates. A candidate that resembles the question
clearly better than the first result makes the match uncertain too: the two
rankings disagree, and a person decides.

The thresholds were tuned on benchmarks/data/bank_matches.yaml and checked on
a held-out set (benchmarks/import_quality.py).
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from mianshi.bank.model import Question
from mianshi.ingest.concepts import ConceptMatcher
from mianshi.ingest.features import NESTED_WEIGHT, Features, extract, is_word
from mianshi.ingest.pairs import PairScorer
from mianshi.search.analyze import analyze_query
from mianshi.search.glossary import Glossary
from mianshi.search.index import SearchDocument, SearchIndex
from mianshi.search.rank import rank_many
from mianshi.search.text import normalize

CANDIDATES = 3  # search results weighed per imported question
BATCH = 2000  # imported questions ranked and compared at once
ACCEPT = 0.5  # resemblance to the first result's title or an alias that accepts it
ACCEPT_IF_COVERED = 0.3  # ... when the bank question's text names all the question asks
DOMINANT = 1.8  # search score of the first result over the second's that accepts it ...
ACCEPT_IF_DOMINANT = 0.4  # ... with this much resemblance
UNCERTAIN = 0.3  # resemblance below acceptance from which a candidate goes to review
# A first result this far ahead in the search goes to review whatever the resemblance
# (different words for the same question resemble little: "图像尺寸变为2倍" and "边长变为原来的 2 倍").
CLEARLY_FIRST = 1.5
# A candidate outranks the first result when its resemblance plus this share of its
# search score (relative to the first's) is higher.
SEARCH_WEIGHT = 0.1
COVERED_WORDS = 0.6  # share of the question's rare words the bank text must contain
# An alias often names one facet of the question ("BN 反向传播求导"); a title names all of it.
ALIAS_TRUST = 0.95


@dataclass(frozen=True)
class Phrasing:
    text: str
    features: Features


@dataclass(frozen=True)
class Match:
    question_id: str | None  # the accepted bank question
    score: float  # resemblance to it, or to the best candidate
    # The bank questions to choose from when no match was accepted: (id, resemblance),
    # in search order. Empty when no candidate resembles the question at all.
    candidates: tuple[tuple[str, float], ...] = ()

    @property
    def uncertain(self) -> bool:
        return self.question_id is None and bool(self.candidates)


class BankMatcher:
    """The bank's search index, and its titles and aliases ready to be compared."""

    def __init__(
        self,
        questions: Sequence[Question],
        matcher: ConceptMatcher,
        glossary: Glossary,
        topic_names: Mapping[tuple[str, str], str] | None = None,
    ) -> None:
        names = topic_names or {}
        self.index = SearchIndex.build(
            [
                SearchDocument.of_question(q, topic_names=names.get((q.module, q.topic), ""))
                for q in questions
            ],
            glossary,
            [],
        )
        self.owner: list[str] = []
        trust: list[float] = []
        self.texts_of: dict[str, list[int]] = {}
        texts: list[str] = []
        for q in questions:
            for n, text in enumerate((q.title, q.title_en, *q.aliases)):
                if text.strip():
                    self.texts_of.setdefault(q.id, []).append(len(texts))
                    self.owner.append(q.id)
                    trust.append(1.0 if n < 2 else ALIAS_TRUST)
                    texts.append(text)
        self.trust = np.array(trust)
        self.features = [extract(t, matcher) for t in texts]
        self.scorer = PairScorer(self.features)
        self.documents = {q.id: _Document.of(q, matcher) for q in questions}

    def match_all(
        self,
        groups: Sequence[Sequence[Phrasing]],
        progress: Callable[[str, int, int], None] | None = None,
    ) -> list[Match]:
        """`match` in batches, reporting ("matching", done, total) after each."""
        matches: list[Match] = []
        for start in range(0, len(groups), BATCH):
            matches.extend(self.match(groups[start : start + BATCH]))
            if progress:
                progress("matching", len(matches), len(groups))
        return matches

    def match(self, groups: Sequence[Sequence[Phrasing]]) -> list[Match]:
        """The bank question of each group of phrasings of one question, or its candidates."""
        flat = [p for group in groups for p in group]
        hits = rank_many(
            self.index, [analyze_query(p.text, self.index.glossary) for p in flat], CANDIDATES
        )
        ranked = [[(self.index.docs[h.position].id, h.score) for h in row] for row in hits]
        resemblance = self._resemblance([p.features for p in flat], ranked)
        results, row = [], 0
        for group in groups:
            decisions = [
                self._decide(ranked[r], resemblance[r], group[r - row].features)
                for r in range(row, row + len(group))
            ]
            row += len(group)
            results.append(combine(decisions))
        return results

    def _resemblance(
        self, flat: Sequence[Features], ranked: Sequence[Sequence[tuple[str, float]]]
    ) -> list[dict[str, float]]:
        """Per phrasing: each candidate's best resemblance over its title and aliases."""
        rows = [r for r, row in enumerate(ranked) for qid, _ in row for _ in self.texts_of[qid]]
        docs = [d for row in ranked for qid, _ in row for d in self.texts_of[qid]]
        best: list[dict[str, float]] = [{} for _ in flat]
        if not rows:
            return best
        docs_array = np.array(docs)
        scorer = PairScorer(flat, extends=self.scorer)  # the bank's texts, then the phrasings
        scores = scorer.match_similarity(np.array(rows) + len(self.features), docs_array)
        scores *= self.trust[docs_array]
        for r, d, score in zip(rows, docs, scores.tolist(), strict=True):
            qid = self.owner[d]
            if score > best[r].get(qid, 0.0):
                best[r][qid] = score
        return best

    def _decide(
        self, ranked: Sequence[tuple[str, float]], resemblance: dict[str, float], asked: Features
    ) -> Match:
        if not ranked:
            return Match(None, 0.0)
        candidates = tuple((qid, round(resemblance.get(qid, 0.0), 4)) for qid, _ in ranked)
        first_id, first_score = ranked[0]
        second_score = ranked[1][1] if len(ranked) > 1 else 0.0

        def weight(qid: str, score: float) -> float:
            return resemblance.get(qid, 0.0) + SEARCH_WEIGHT * score / first_score

        best_id = max(ranked, key=lambda hit: weight(*hit))[0]
        best = resemblance.get(best_id, 0.0)
        if best_id == first_id and (
            best >= ACCEPT
            or (first_score >= DOMINANT * second_score and best >= ACCEPT_IF_DOMINANT)
            or (best >= ACCEPT_IF_COVERED and self.documents[first_id].covers(asked))
        ):
            return Match(first_id, best)
        uncertain = (
            max(score for _, score in candidates) >= UNCERTAIN
            or first_score >= CLEARLY_FIRST * second_score
        )
        return Match(None, best, candidates if uncertain else ())


def combine(decisions: Sequence[Match]) -> Match:
    """One decision for a cluster from those of its phrasings: the most resembling
    accepted match, else the candidates of all its uncertain ones."""
    accepted = [m for m in decisions if m.question_id is not None]
    if accepted:
        return max(accepted, key=lambda m: m.score)
    merged: dict[str, float] = {}
    for m in decisions:
        for qid, score in m.candidates:
            merged[qid] = max(merged.get(qid, 0.0), score)
    best = max((m.score for m in decisions), default=0.0)
    return Match(None, best, tuple(merged.items()))


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
