"""How often each bank question is asked, from the imported sources."""

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from mianshi.store.tables.sources import ClusterRow, SourceQuestionRow, SourceRow


def question_frequencies(session: Session) -> dict[str, int]:
    """Bank question id -> number of independent source families asking it.

    Several clusters may match one bank question; a family asking it through
    any of them counts once. Empty before anything was imported.
    """
    if not inspect(session.get_bind()).has_table("clusters"):
        return {}
    query = (
        select(ClusterRow.question_id, func.count(func.distinct(SourceRow.family)))
        .join(SourceQuestionRow, SourceQuestionRow.cluster_id == ClusterRow.id)
        .join(SourceRow, SourceRow.id == SourceQuestionRow.source_id)
        .where(ClusterRow.question_id.is_not(None))
        .group_by(ClusterRow.question_id)
    )
    return {qid: count for qid, count in session.execute(query)}


def question_sources(session: Session, question_id: str) -> list[tuple[str, int]]:
    """(source name, family) of every imported source asking bank question `question_id`."""
    if not inspect(session.get_bind()).has_table("clusters"):
        return []
    query = (
        select(SourceRow.name, SourceRow.family)
        .join(SourceQuestionRow, SourceQuestionRow.source_id == SourceRow.id)
        .join(ClusterRow, ClusterRow.id == SourceQuestionRow.cluster_id)
        .where(ClusterRow.question_id == question_id)
        .distinct()
        .order_by(SourceRow.family, SourceRow.name)
    )
    return [(name, family) for name, family in session.execute(query)]
