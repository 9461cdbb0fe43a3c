"""Reading and writing the bank tables."""

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mianshi.bank.loader import Bank
from mianshi.bank.model import Question
from mianshi.store.tables.bank import QuestionRow, TopicRow


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.retired)


def _fill(row: QuestionRow, q: Question, now: datetime) -> None:
    row.module, row.topic = q.module, q.topic
    row.title, row.title_en = q.title, q.title_en
    row.difficulty = q.difficulty
    row.aliases, row.keypoints, row.related = list(q.aliases), list(q.keypoints), list(q.related)
    row.problem, row.answer = q.problem, q.answer
    row.content_hash = q.content_hash
    row.active = True
    row.updated_at = now


def sync_bank(session: Session, bank: Bank) -> SyncReport:
    """Make the tables match `bank`, touching only rows whose content changed.

    Questions that disappeared from the content are marked inactive, never
    deleted, so review state and history attached to them survive.
    """
    now = datetime.now(UTC).replace(tzinfo=None)
    _sync_topics(session, bank)
    report = SyncReport()
    rows = {row.id: row for row in session.scalars(select(QuestionRow))}
    for q in bank.questions.values():
        row = rows.get(q.id)
        if row is None:
            row = QuestionRow(id=q.id)
            _fill(row, q, now)
            session.add(row)
            report.added.append(q.id)
        elif row.content_hash != q.content_hash or not row.active:
            _fill(row, q, now)
            report.updated.append(q.id)
        else:
            report.unchanged += 1
    for qid, row in rows.items():
        if qid not in bank.questions and row.active:
            row.active = False
            row.updated_at = now
            report.retired.append(qid)
    return report


def _sync_topics(session: Session, bank: Bank) -> None:
    existing = {(r.module, r.topic): r for r in session.scalars(select(TopicRow))}
    wanted = set()
    position = 0
    for module in bank.taxonomy.modules:
        for topic in module.topics:
            position += 1
            key = (module.id, topic.id)
            wanted.add(key)
            values = dict(
                module_name=module.name,
                module_name_en=module.name_en,
                name=topic.name,
                name_en=topic.name_en,
                position=position,
            )
            row = existing.get(key)
            if row is None:
                session.add(TopicRow(module=module.id, topic=topic.id, **values))
            else:
                for attr, value in values.items():
                    if getattr(row, attr) != value:
                        setattr(row, attr, value)
    for key, row in existing.items():
        if key not in wanted:
            session.delete(row)


def row_to_question(row: QuestionRow) -> Question:
    return Question(
        id=row.id,
        module=row.module,
        topic=row.topic,
        title=row.title,
        title_en=row.title_en,
        difficulty=row.difficulty,
        keypoints=list(row.keypoints),
        answer=row.answer,
        aliases=list(row.aliases),
        related=list(row.related),
        problem=row.problem,
    )


def list_questions(
    session: Session,
    module: str | None = None,
    topic: str | None = None,
    difficulty: int | None = None,
) -> list[Question]:
    query = select(QuestionRow).where(QuestionRow.active.is_(True))
    if module:
        query = query.where(QuestionRow.module == module)
    if topic:
        query = query.where(QuestionRow.topic == topic)
    if difficulty:
        query = query.where(QuestionRow.difficulty == difficulty)
    query = query.order_by(QuestionRow.module, QuestionRow.topic, QuestionRow.id)
    return [row_to_question(r) for r in session.scalars(query)]


def get_question(session: Session, qid: str) -> Question | None:
    row = session.get(QuestionRow, qid)
    return row_to_question(row) if row is not None and row.active else None


def active_ids(session: Session) -> list[str]:
    return list(session.scalars(select(QuestionRow.id).where(QuestionRow.active.is_(True))))


@dataclass(frozen=True)
class TopicInfo:
    module: str
    topic: str
    module_name: str
    module_name_en: str
    name: str
    name_en: str


def list_topics(session: Session) -> list[TopicInfo]:
    rows = session.scalars(select(TopicRow).order_by(TopicRow.position))
    return [
        TopicInfo(r.module, r.topic, r.module_name, r.module_name_en, r.name, r.name_en)
        for r in rows
    ]


@dataclass(frozen=True)
class ModuleSummary:
    module: str
    name: str
    name_en: str
    questions: int
    topics_covered: int
    topics_total: int
    mean_difficulty: float


def summarise_modules(session: Session) -> list[ModuleSummary]:
    topics = list_topics(session)
    counts = {
        (m, t): (n, d)
        for m, t, n, d in session.execute(
            select(
                QuestionRow.module,
                QuestionRow.topic,
                func.count(),
                func.sum(QuestionRow.difficulty),
            )
            .where(QuestionRow.active.is_(True))
            .group_by(QuestionRow.module, QuestionRow.topic)
        )
    }
    summaries = []
    seen = []
    for info in topics:
        if info.module not in seen:
            seen.append(info.module)
    for module in seen:
        module_topics = [t for t in topics if t.module == module]
        per_topic = [counts.get((module, t.topic), (0, 0)) for t in module_topics]
        total = sum(n for n, _ in per_topic)
        difficulty_sum = sum(d or 0 for _, d in per_topic)
        summaries.append(
            ModuleSummary(
                module=module,
                name=module_topics[0].module_name,
                name_en=module_topics[0].module_name_en,
                questions=total,
                topics_covered=sum(1 for n, _ in per_topic if n),
                topics_total=len(module_topics),
                mean_difficulty=difficulty_sum / total if total else 0.0,
            )
        )
    return summaries
