"""All tables, imported so that `Base.metadata` is complete."""

from mianshi.store.tables.bank import QuestionRow, TopicRow
from mianshi.store.tables.judge import SubmissionRow

__all__ = [
    "QuestionRow",
    "SubmissionRow",
    "TopicRow",
]
