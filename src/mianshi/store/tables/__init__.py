"""All tables, imported so that `Base.metadata` is complete."""

from mianshi.store.tables.bank import QuestionRow, TopicRow
from mianshi.store.tables.judge import SubmissionRow
from mianshi.store.tables.sources import ClusterRow, SourceQuestionRow, SourceRow

__all__ = [
    "ClusterRow",
    "QuestionRow",
    "SourceQuestionRow",
    "SourceRow",
    "SubmissionRow",
    "TopicRow",
]
