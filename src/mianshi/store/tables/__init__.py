"""All tables, imported so that `Base.metadata` is complete."""

from mianshi.store.tables.bank import QuestionRow, TopicRow

__all__ = ["QuestionRow", "TopicRow"]
