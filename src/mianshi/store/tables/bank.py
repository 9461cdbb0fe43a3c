"""The question bank as loaded from content/."""

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mianshi.store.base import Base


class TopicRow(Base):
    """One topic of the taxonomy, with its module's names, so the database reads on its own."""

    __tablename__ = "topics"

    module: Mapped[str] = mapped_column(String(64), primary_key=True)
    topic: Mapped[str] = mapped_column(String(64), primary_key=True)
    module_name: Mapped[str] = mapped_column(String(128))
    module_name_en: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(128))
    position: Mapped[int] = mapped_column(Integer)


class QuestionRow(Base):
    """A bank question. Rows are never deleted by a reload: a question that
    left the content is marked inactive, so user state pointing at it survives."""

    __tablename__ = "questions"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    module: Mapped[str] = mapped_column(String(64), index=True)
    topic: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(Text)
    title_en: Mapped[str] = mapped_column(Text)
    difficulty: Mapped[int] = mapped_column(Integer)
    aliases: Mapped[list] = mapped_column(JSON)
    keypoints: Mapped[list] = mapped_column(JSON)
    related: Mapped[list] = mapped_column(JSON)
    problem: Mapped[str | None] = mapped_column(String(128), nullable=True)
    answer: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
