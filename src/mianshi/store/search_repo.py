"""What the search index is built from: bank questions, topics, frequencies, imported clusters."""

from dataclasses import dataclass

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from mianshi.bank.model import Question
from mianshi.store import bank_repo
from mianshi.store.frequency import question_frequencies
from mianshi.store.tables.bank import QuestionRow
from mianshi.store.tables.sources import ClusterRow


@dataclass(frozen=True)
class ImportedQuestion:
    """An imported question cluster that no bank question answers yet."""

    key: str
    text: str
    module: str
    topic: str
    frequency: int


@dataclass(frozen=True)
class IndexSources:
    """Everything the index depends on but the question texts: cheap to read, to fingerprint."""

    question_hashes: list[tuple[str, str]]  # (id, content hash) of active questions
    topics: list[bank_repo.TopicInfo]
    frequencies: dict[str, int]  # question id -> independent sources asking it
    imported: list[ImportedQuestion]


def index_sources(session: Session) -> IndexSources:
    hashes = session.execute(
        select(QuestionRow.id, QuestionRow.content_hash)
        .where(QuestionRow.active.is_(True))
        .order_by(QuestionRow.id)
    )
    return IndexSources(
        question_hashes=[(qid, content_hash) for qid, content_hash in hashes],
        topics=bank_repo.list_topics(session),
        frequencies=question_frequencies(session),
        imported=_unanswered_clusters(session),
    )


def _unanswered_clusters(session: Session) -> list[ImportedQuestion]:
    if not inspect(session.get_bind()).has_table("clusters"):
        return []
    rows = session.scalars(
        select(ClusterRow).where(ClusterRow.question_id.is_(None)).order_by(ClusterRow.key)
    )
    return [ImportedQuestion(r.key, r.text, r.module, r.topic, r.frequency) for r in rows]


def indexed_questions(session: Session) -> list[Question]:
    """The active bank questions, in the bank's order (module, topic, id)."""
    return bank_repo.list_questions(session)
