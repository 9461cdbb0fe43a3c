"""From all imported questions to clusters, bank matches, modules, families and figures.

Run after every import over the whole collection, so that a question asked
in a new file joins the cluster it belongs to and frequencies stay right.
Cluster keys are stable: a cluster is named after its earliest question
(lowest source id, then position), which a later import does not change.
"""

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from mianshi.bank.model import Question
from mianshi.ingest.classify import Label, TopicClassifier
from mianshi.ingest.cluster import Progress, exact_key
from mianshi.ingest.families import Overlap, detect_families
from mianshi.ingest.match import Match, Phrasing, combine
from mianshi.ingest.match_worker import MatchWorker, worth_a_worker
from mianshi.ingest.pipeline import bank_matcher, cluster_texts, distinct_rows

_MATCH_PHRASINGS = 2  # distinct phrasings of a cluster compared with the bank
_BATCH = 2000


class ImportedQuestion(Protocol):
    source_id: int
    position: int
    text: str
    context: dict
    has_answer: bool
    garbled: bool
    repaired: bool


@dataclass(frozen=True)
class PlannedCluster:
    key: str
    text: str
    module: str
    topic: str
    question_id: str | None
    match_score: float
    match_status: str  # matched | decided (by a person) | uncertain (awaits one) | new
    candidates: list  # [[bank id, resemblance], ...] of an uncertain match
    frequency: int
    size: int


@dataclass(frozen=True)
class PlannedDoubt:
    """Two questions the clustering nearly took as one, in two clusters (by key)."""

    pair_key: str
    cluster_a: str
    cluster_b: str
    text_a: str
    text_b: str
    score: float


@dataclass
class Analysis:
    clusters: list[PlannedCluster]
    keys: list[str]  # cluster key of each question, in input order
    families: dict[int, int]
    overlaps: dict[int, list[Overlap]]
    doubts: list[PlannedDoubt] = field(default_factory=list)
    stats: dict[int, dict] = field(default_factory=dict)


def cluster_key(text: str) -> str:
    return hashlib.sha1(exact_key(text).encode("utf-8")).hexdigest()[:16]


def analyse(
    questions: Sequence[ImportedQuestion],
    bank: Sequence[Question],
    classifier: TopicClassifier,
    progress: Progress | None = None,
    decisions: Mapping[str, str | None] | None = None,
    topic_names: Mapping[tuple[str, str], str] | None = None,
    collections: dict[int, str] | None = None,
    pair_decisions: Mapping[str, bool] | None = None,
) -> Analysis:
    """`questions` must be ordered by (source_id, position). `decisions`: cluster_key()
    of a question's text -> the bank question a person chose for it (None: none).
    `collections` names the collection (repository) each source was published in, if
    any: one family each. `pair_decisions`: pair_key() of two texts -> whether a person
    said they ask the same question (their clusters are then one)."""
    pair_decisions = pair_decisions or {}
    texts = [q.text for q in questions]
    rows = distinct_rows(texts)
    worker = None
    if worth_a_worker(len(rows)):  # matches every distinct text while this process clusters
        worker = MatchWorker(bank, topic_names, [texts[i] for i in rows])
    clustering = cluster_texts(texts, progress)
    cluster_of = _joined(
        clustering.labels, texts, [k for k, same in pair_decisions.items() if same]
    )
    members: dict[int, list[int]] = {}
    for i, label in enumerate(cluster_of):
        members.setdefault(label, []).append(i)
    order = list(members)  # first index of each cluster, ascending = canonical question
    keys_of = {label: cluster_key(texts[label]) for label in order}

    phrasing_rows = [
        [i for i in members[label] if i in clustering.features][:_MATCH_PHRASINGS]
        for label in order
    ]
    phrasings = [[Phrasing(texts[i], clustering.features[i]) for i in r] for r in phrasing_rows]
    bank_by_id = {q.id: q for q in bank}
    each = worker.result(progress) if worker else None
    if each is not None:
        of_row = dict(zip(rows, each, strict=True))
        matches = [combine([of_row[i] for i in r]) for r in phrasing_rows]
    else:
        matches = bank_matcher(bank, topic_names).match_all(phrasings, progress)
    statuses = [_status(m) for m in matches]
    for k, label in enumerate(order):
        decided = _decision(decisions or {}, [texts[i] for i in members[label]], bank_by_id)
        if decided is not None:
            qid = decided or None
            matches[k] = Match(qid, 1.0 if qid else 0.0)
            statuses[k] = "decided" if qid else "new"

    unmatched = [k for k, m in enumerate(matches) if m.question_id is None]
    labels: dict[int, Label] = {}
    for start in range(0, len(unmatched), _BATCH):
        chunk = unmatched[start : start + _BATCH]
        hints = [_hint([questions[i] for i in members[order[k]]]) for k in chunk]
        found = classifier.classify(
            [phrasings[k][0].features for k in chunk], [texts[order[k]] for k in chunk], hints
        )
        labels.update(zip(chunk, found, strict=True))
        if progress:
            progress("classifying", min(start + _BATCH, len(unmatched)), len(unmatched))

    by_source: dict[int, list[str]] = {}
    keys = [keys_of[label] for label in cluster_of]
    for q, key in zip(questions, keys, strict=True):
        by_source.setdefault(q.source_id, []).append(key)
    families, overlaps = detect_families(by_source, collections)

    clusters = []
    for k, label in enumerate(order):
        match = matches[k]
        if match.question_id is not None:
            bank_q = bank_by_id[match.question_id]
            module, topic = bank_q.module, bank_q.topic
        else:
            module, topic = labels[k].module, labels[k].topic
        sources = {questions[i].source_id for i in members[label]}
        clusters.append(
            PlannedCluster(
                key=keys_of[label],
                text=texts[label],
                module=module,
                topic=topic,
                question_id=match.question_id,
                match_score=match.score,
                match_status=statuses[k],
                candidates=[[qid, score] for qid, score in match.candidates]
                if statuses[k] == "uncertain"
                else [],
                frequency=len({families[s] for s in sources}),
                size=len(members[label]),
            )
        )
    analysis = Analysis(
        clusters=clusters,
        keys=keys,
        families=families,
        overlaps=overlaps,
        doubts=_doubts(clustering.doubts, cluster_of, texts, keys_of, pair_decisions),
    )
    analysis.stats = _stats(questions, keys, {c.key: c for c in clusters})
    return analysis


def pair_key(text_a: str, text_b: str) -> str:
    """Two texts' key, the same in either order."""
    return "-".join(sorted((cluster_key(text_a), cluster_key(text_b))))


def _joined(labels: Sequence[int], texts: Sequence[str], same: Sequence[str]) -> list[int]:
    """The cluster labels with the clusters of each pair said to be the same joined
    (the earliest first index names the joined cluster, as it names any cluster)."""
    if not same:
        return list(labels)
    label_of_key: dict[str, int] = {}
    for text, label in zip(texts, labels, strict=True):
        label_of_key.setdefault(cluster_key(text), label)
    parent: dict[int, int] = {}

    def find(label: int) -> int:
        while parent.get(label, label) != label:
            label = parent[label]
        return label

    for key in same:
        a, _, b = key.partition("-")
        if a in label_of_key and b in label_of_key:
            first, second = sorted((find(label_of_key[a]), find(label_of_key[b])))
            if first != second:
                parent[second] = first
    return [find(label) for label in labels]


def _doubts(
    found: Sequence[tuple[float, int, int]],
    cluster_of: Sequence[int],
    texts: Sequence[str],
    keys_of: Mapping[int, str],
    decided: Mapping[str, bool],
) -> list[PlannedDoubt]:
    """The clustering's doubts that still separate two clusters and nobody has decided,
    one per pair of clusters (the most similar pair of texts, as `found` comes best first)."""
    doubts, seen = [], set()
    for score, i, j in found:
        a, b = sorted((cluster_of[i], cluster_of[j]))
        key = pair_key(texts[i], texts[j])
        if a == b or key in decided or (a, b) in seen:
            continue
        seen.add((a, b))
        doubts.append(PlannedDoubt(key, keys_of[a], keys_of[b], texts[i], texts[j], score))
    return doubts


def _status(match: Match) -> str:
    if match.question_id is not None:
        return "matched"
    return "uncertain" if match.uncertain else "new"


def _decision(
    decisions: Mapping[str, str | None], member_texts: Sequence[str], bank: Mapping[str, Question]
) -> str | None:
    """The decision a person made about any of these texts: a bank id, "" for "no bank
    question", None for no decision (or one naming a question the bank no longer has)."""
    for text in member_texts:
        key = cluster_key(text)
        if key in decisions:
            chosen = decisions[key]
            if chosen is None:
                return ""
            if chosen in bank:
                return chosen
    return None


def _hint(members: Sequence[ImportedQuestion]) -> str | None:
    hints = Counter(q.context.get("module_hint") for q in members if q.context.get("module_hint"))
    return hints.most_common(1)[0][0] if hints else None


def _stats(
    questions: Sequence[ImportedQuestion], keys: Sequence[str], clusters: dict[str, PlannedCluster]
) -> dict[int, dict]:
    """Per source: questions found, with answers, duplicates within, matched, uncertain,
    new, garbled, repaired.

    found = duplicates within + matched + uncertain + new: every question either repeats
    one asked earlier in the same source or is a distinct question, in the bank, perhaps
    in the bank (awaiting review-matches), or not.
    """
    stats: dict[int, dict] = {}
    seen: dict[int, set[str]] = {}
    for q, key in zip(questions, keys, strict=True):
        s = stats.setdefault(
            q.source_id,
            {
                "found": 0,
                "answers": 0,
                "duplicates": 0,
                "matched": 0,
                "uncertain": 0,
                "new": 0,
                "garbled": 0,
                "repaired": 0,
            },
        )
        s["found"] += 1
        s["answers"] += bool(q.has_answer)
        s["garbled"] += bool(q.garbled)
        s["repaired"] += bool(q.repaired)
        already = seen.setdefault(q.source_id, set())
        if key in already:
            s["duplicates"] += 1
        else:
            already.add(key)
            status = clusters[key].match_status
            s["matched" if status in ("matched", "decided") else status] += 1
    return stats
