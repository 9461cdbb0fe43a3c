"""Reading and writing imported collections: sources, their questions, clusters.

Everything an import changes goes through one session (one transaction, see
services/ingest.py). Rows are written in bulk with Core statements: an
import of 100,000 questions must not issue 100,000 ORM flushes.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, delete, func, insert, inspect, select, update
from sqlalchemy.orm import Session

from mianshi.store.tables.bank import QuestionRow
from mianshi.store.tables.sources import (
    ClusterDoubtRow,
    ClusterRow,
    MatchDecisionRow,
    SourceQuestionRow,
    SourceRow,
)


@dataclass(frozen=True)
class StoredQuestion:
    id: int
    source_id: int
    position: int
    text: str
    context: dict
    has_answer: bool
    garbled: bool
    repaired: bool
    cluster_id: int | None
    module: str
    topic: str


@dataclass(frozen=True)
class ClusterSpec:
    key: str
    text: str
    module: str
    topic: str
    question_id: str | None
    match_score: float
    match_status: str  # matched | decided | uncertain | new
    candidates: list  # [[bank id, score], ...] of an uncertain match
    frequency: int
    size: int


def sources_by_path(session: Session) -> dict[str, SourceRow]:
    return {row.path: row for row in session.scalars(select(SourceRow))}


def save_source(
    session: Session,
    existing: SourceRow | None,
    *,
    path: str,
    name: str,
    fmt: str,
    encoding: str,
    content_hash: str,
    now: datetime,
) -> SourceRow:
    """Insert a new source or update one in place (its id, and so its family, stay)."""
    row = existing or SourceRow(path=path, family=0, overlaps=[], stats={})
    row.name, row.format, row.encoding = name, fmt, encoding
    row.content_hash, row.imported_at = content_hash, now
    if existing is None:
        session.add(row)
        session.flush()
        row.family = row.id
    return row


def replace_questions(session: Session, source_id: int, rows: Sequence[dict]) -> None:
    """The source's questions become `rows` (dicts of SourceQuestionRow columns)."""
    session.execute(delete(SourceQuestionRow).where(SourceQuestionRow.source_id == source_id))
    if rows:
        session.execute(
            insert(SourceQuestionRow.__table__), [{**row, "source_id": source_id} for row in rows]
        )


def all_questions(session: Session) -> list[StoredQuestion]:
    columns = (
        SourceQuestionRow.id,
        SourceQuestionRow.source_id,
        SourceQuestionRow.position,
        SourceQuestionRow.text,
        SourceQuestionRow.context,
        SourceQuestionRow.answer.is_not(None),
        SourceQuestionRow.garbled,
        SourceQuestionRow.repaired,
        SourceQuestionRow.cluster_id,
        SourceQuestionRow.module,
        SourceQuestionRow.topic,
    )
    query = select(*columns).order_by(SourceQuestionRow.source_id, SourceQuestionRow.position)
    return [StoredQuestion(*row) for row in session.execute(query)]


def apply_clusters(
    session: Session,
    clusters: Sequence[ClusterSpec],
    assignment: Sequence[tuple[StoredQuestion, str]],
) -> None:
    """Make the clusters table equal `clusters` (matched by key, so ids survive) and
    point every question at its cluster; clusters no question uses any more go."""
    existing = {
        key: (cid, row)
        for cid, key, *row in session.execute(
            select(
                ClusterRow.id,
                ClusterRow.key,
                ClusterRow.text,
                ClusterRow.module,
                ClusterRow.topic,
                ClusterRow.question_id,
                ClusterRow.match_score,
                ClusterRow.match_status,
                ClusterRow.candidates,
                ClusterRow.frequency,
                ClusterRow.size,
            )
        )
    }
    fresh, changed = [], []
    for c in clusters:
        values = [
            c.text,
            c.module,
            c.topic,
            c.question_id,
            round(c.match_score, 4),
            c.match_status,
            [list(pair) for pair in c.candidates],
            c.frequency,
            c.size,
        ]
        if c.key not in existing:
            fresh.append({"key": c.key, **dict(zip(_FIELDS, values, strict=True))})
        elif list(existing[c.key][1]) != values:
            changed.append({"cid": existing[c.key][0], **dict(zip(_FIELDS, values, strict=True))})
    clusters_table = ClusterRow.__table__
    if fresh:
        session.execute(insert(clusters_table), fresh)
    if changed:
        session.execute(
            update(clusters_table)
            .where(clusters_table.c.id == bindparam("cid"))
            .values({field: bindparam("v_" + field) for field in _FIELDS}),
            [{"cid": row.pop("cid"), **{"v_" + k: v for k, v in row.items()}} for row in changed],
        )
    ids = dict(session.execute(select(ClusterRow.key, ClusterRow.id)).all())
    moves = [
        {"qid": q.id, "cid": ids[key], "v_module": module, "v_topic": topic}
        for (q, key), (module, topic) in zip(assignment, _labels(clusters, assignment), strict=True)
        if q.cluster_id != ids[key] or (q.module, q.topic) != (module, topic)
    ]
    if moves:
        table = SourceQuestionRow.__table__
        session.execute(
            update(table)
            .where(table.c.id == bindparam("qid"))
            .values(
                cluster_id=bindparam("cid"),
                module=bindparam("v_module"),
                topic=bindparam("v_topic"),
            ),
            moves,
        )
    wanted = {c.key for c in clusters}
    stale = [cid for key, cid in ids.items() if key not in wanted]
    for start in range(0, len(stale), 500):
        session.execute(delete(ClusterRow).where(ClusterRow.id.in_(stale[start : start + 500])))


_FIELDS = (
    "text",
    "module",
    "topic",
    "question_id",
    "match_score",
    "match_status",
    "candidates",
    "frequency",
    "size",
)


def _labels(
    clusters: Sequence[ClusterSpec], assignment: Sequence[tuple[StoredQuestion, str]]
) -> Iterable[tuple[str, str]]:
    by_key = {c.key: (c.module, c.topic) for c in clusters}
    return (by_key[key] for _, key in assignment)


def update_source_meta(
    session: Session, source_id: int, *, family: int, overlaps: list, stats: dict
) -> None:
    row = session.get(SourceRow, source_id)
    if row is None:
        return
    if row.family != family:
        row.family = family
    if row.overlaps != overlaps:
        row.overlaps = overlaps
    if row.stats != stats:
        row.stats = stats


@dataclass(frozen=True)
class SourceInfo:
    id: int
    name: str
    path: str
    format: str
    encoding: str
    family: int
    overlaps: list
    stats: dict
    imported_at: datetime


def list_sources(session: Session) -> list[SourceInfo]:
    rows = session.scalars(select(SourceRow).order_by(SourceRow.id))
    return [
        SourceInfo(
            r.id,
            r.name,
            r.path,
            r.format,
            r.encoding,
            r.family,
            list(r.overlaps),
            dict(r.stats),
            r.imported_at,
        )
        for r in rows
    ]


@dataclass(frozen=True)
class GapInfo:
    key: str
    text: str
    module: str
    topic: str
    frequency: int
    size: int
    sources: list[str]
    best_score: float


def list_gaps(
    session: Session, module: str | None = None, limit: int | None = None
) -> list[GapInfo]:
    """Imported clusters with no bank question, most frequent first: the content backlog.
    Uncertain matches are not gaps until a person says so (see list_uncertain)."""
    query = select(ClusterRow).where(ClusterRow.match_status == "new")
    if module:
        query = query.where(ClusterRow.module == module)
    query = query.order_by(ClusterRow.frequency.desc(), ClusterRow.size.desc(), ClusterRow.key)
    if limit:
        query = query.limit(limit)
    clusters = list(session.scalars(query))
    names = _source_names(session, [c.id for c in clusters])
    return [
        GapInfo(
            c.key,
            c.text,
            c.module,
            c.topic,
            c.frequency,
            c.size,
            names.get(c.id, []),
            c.match_score,
        )
        for c in clusters
    ]


def _source_names(session: Session, ids: list, by=SourceQuestionRow.cluster_id) -> dict:
    """The names of the sources asking each cluster, sorted; or, `by` ClusterRow.question_id,
    each bank question, in any of its clusters."""
    names: dict = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(by, SourceRow.name)
            .select_from(SourceQuestionRow)
            .join(SourceRow, SourceRow.id == SourceQuestionRow.source_id)
            .join(ClusterRow, ClusterRow.id == SourceQuestionRow.cluster_id)
            .where(by.in_(ids[start : start + 500]))
            .distinct()
        )
        for key, name in rows:
            names.setdefault(key, set()).add(name)
    return {key: sorted(found) for key, found in names.items()}


def delete_source(session: Session, source_id: int) -> int:
    """Delete a source and its questions (the cascade); returns how many questions went."""
    count = (
        session.scalar(
            select(func.count())
            .select_from(SourceQuestionRow)
            .where(SourceQuestionRow.source_id == source_id)
        )
        or 0
    )
    session.execute(delete(SourceRow).where(SourceRow.id == source_id))
    return count


def clear_clusters(session: Session) -> None:
    """No clusters, and so no doubts about pairs of them."""
    session.execute(delete(ClusterDoubtRow))
    session.execute(delete(ClusterRow))


def count_gaps(session: Session, module: str | None = None) -> int:
    query = select(func.count()).select_from(ClusterRow).where(ClusterRow.match_status == "new")
    if module:
        query = query.where(ClusterRow.module == module)
    return session.scalar(query) or 0


def count_questions(session: Session) -> int:
    """Imported questions (lines), over all sources; 0 before the first import."""
    if not inspect(session.connection()).has_table(SourceQuestionRow.__tablename__):
        return 0
    return session.scalar(select(func.count()).select_from(SourceQuestionRow)) or 0


def has_questions(session: Session) -> bool:
    return count_questions(session) > 0


def count_clusters(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ClusterRow)) or 0


@dataclass(frozen=True)
class RankedQuestion:
    text: str
    module: str
    topic: str
    question_id: str | None
    title: str | None  # the bank question's title, when matched
    frequency: int
    size: int
    key: str | None = None  # the cluster's stable key (None for a row per bank question)
    sources: list[str] = field(default_factory=list)
    status: str = "matched"  # matched | decided | uncertain | new


def frequency_ranking(
    session: Session, module: str | None = None, limit: int | None = None, open_only: bool = False
) -> list[RankedQuestion]:
    """Imported questions, most independent collections asking them first (`open_only`:
    only those no bank question answers, or not yet surely)."""
    query = select(ClusterRow, QuestionRow.title).outerjoin(
        QuestionRow, QuestionRow.id == ClusterRow.question_id
    )
    if open_only:
        query = query.where(ClusterRow.question_id.is_(None))
    if module:
        query = query.where(ClusterRow.module == module)
    query = query.order_by(ClusterRow.frequency.desc(), ClusterRow.size.desc(), ClusterRow.key)
    if limit:
        query = query.limit(limit)
    rows = list(session.execute(query))
    names = _source_names(session, [c.id for c, _ in rows])
    return [
        RankedQuestion(
            c.text,
            c.module,
            c.topic,
            c.question_id,
            title,
            c.frequency,
            c.size,
            c.key,
            names.get(c.id, []),
            c.match_status,
        )
        for c, title in rows
    ]


def bank_frequency_ranking(
    session: Session, module: str | None = None, limit: int | None = None
) -> list[RankedQuestion]:
    """Bank questions, most independent collections asking them first.

    One row per bank question: every imported phrasing matched to it counts,
    whichever cluster it fell in; a collection asking it twice counts once.
    """
    families = func.count(func.distinct(SourceRow.family))
    asked = func.count(SourceQuestionRow.id)
    query = (
        select(
            QuestionRow.id,
            QuestionRow.title,
            QuestionRow.module,
            QuestionRow.topic,
            families,
            asked,
        )
        .join(ClusterRow, ClusterRow.question_id == QuestionRow.id)
        .join(SourceQuestionRow, SourceQuestionRow.cluster_id == ClusterRow.id)
        .join(SourceRow, SourceRow.id == SourceQuestionRow.source_id)
        .group_by(QuestionRow.id, QuestionRow.title, QuestionRow.module, QuestionRow.topic)
        .order_by(families.desc(), asked.desc(), QuestionRow.id)
    )
    if module:
        query = query.where(QuestionRow.module == module)
    if limit:
        query = query.limit(limit)
    rows = list(session.execute(query))
    names = _source_names(session, [qid for qid, *_ in rows], by=ClusterRow.question_id)
    return [
        RankedQuestion(title, mod, topic, qid, title, frequency, size, None, names.get(qid, []))
        for qid, title, mod, topic, frequency, size in rows
    ]


def leaning_frequency_ranking(
    session: Session, module: str | None = None, limit: int | None = None
) -> list[RankedQuestion]:
    """What is asked most, counted by bank question where there is one: a row per bank
    question (every phrasing matched to it), then a row per imported question no bank
    question answers yet, ranked together."""
    rows = bank_frequency_ranking(session, module) + frequency_ranking(
        session, module, open_only=True
    )
    rows.sort(key=lambda r: (-r.frequency, -r.size, r.text))
    return rows[:limit] if limit else rows


# --- matches waiting for a person, and their decisions --------------------------------


@dataclass(frozen=True)
class UncertainMatch:
    key: str
    text: str
    frequency: int
    candidates: list[tuple[str, str, float]]  # (bank id, title, resemblance), in search order
    sources: list[str]


def count_uncertain(session: Session) -> int:
    query = select(func.count()).select_from(ClusterRow)
    return session.scalar(query.where(ClusterRow.match_status == "uncertain")) or 0


def list_uncertain(session: Session, limit: int | None = None) -> list[UncertainMatch]:
    """Clusters whose bank match awaits a person, most frequent first."""
    query = (
        select(ClusterRow)
        .where(ClusterRow.match_status == "uncertain")
        .order_by(ClusterRow.frequency.desc(), ClusterRow.size.desc(), ClusterRow.key)
    )
    if limit:
        query = query.limit(limit)
    clusters = list(session.scalars(query))
    ids = {qid for c in clusters for qid, _ in c.candidates}
    titles = (
        dict(
            session.execute(
                select(QuestionRow.id, QuestionRow.title).where(QuestionRow.id.in_(ids))
            ).all()
        )
        if ids
        else {}
    )
    names = _source_names(session, [c.id for c in clusters])
    return [
        UncertainMatch(
            c.key,
            c.text,
            c.frequency,
            [(qid, titles[qid], score) for qid, score in c.candidates if qid in titles],
            names.get(c.id, []),
        )
        for c in clusters
    ]


def cluster_text(session: Session, key: str) -> str | None:
    return session.scalar(select(ClusterRow.text).where(ClusterRow.key == key))


def match_decisions(session: Session) -> dict[str, str | None]:
    """text key -> the bank question a person chose (None: none answers it)."""
    return dict(
        session.execute(select(MatchDecisionRow.text_key, MatchDecisionRow.question_id)).all()
    )


def decide_match(
    session: Session, key: str, question_id: str | None, text_key: str, now: datetime
) -> None:
    """Store a person's decision for the cluster `key` and apply it to the cluster now
    (a later import applies it again through the decisions)."""
    cluster = session.scalar(select(ClusterRow).where(ClusterRow.key == key))
    if cluster is None:
        raise LookupError(key)
    decision = session.get(MatchDecisionRow, text_key) or MatchDecisionRow(text_key=text_key)
    decision.text, decision.question_id, decision.decided_at = cluster.text, question_id, now
    session.add(decision)
    cluster.candidates = []
    if question_id is None:
        cluster.question_id, cluster.match_status = None, "new"
        return
    bank = session.get(QuestionRow, question_id)
    cluster.question_id, cluster.match_status = question_id, "decided"
    cluster.module, cluster.topic = bank.module, bank.topic
    table = SourceQuestionRow.__table__
    session.execute(
        update(table)
        .where(table.c.cluster_id == cluster.id)
        .values(module=bank.module, topic=bank.topic)
    )
