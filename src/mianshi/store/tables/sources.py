"""Imported question collections: sources, the questions found in them, and clusters.

A cluster is one question asked in several places; its frequency is the number
of independent source families that ask it (copies or versions of one
collection form one family and count once).
"""

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mianshi.store.base import Base


class SourceRow(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    name: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(16))
    encoding: Mapped[str] = mapped_column(String(32))
    content_hash: Mapped[str] = mapped_column(String(64))
    family: Mapped[int] = mapped_column(Integer, index=True)
    overlaps: Mapped[list] = mapped_column(JSON)  # [{"source": id, "share": 0.93}, ...]
    stats: Mapped[dict] = mapped_column(JSON)  # counts shown in the import report
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class ClusterRow(Base):
    __tablename__ = "clusters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    module: Mapped[str] = mapped_column(String(64), index=True)
    topic: Mapped[str] = mapped_column(String(64))
    question_id: Mapped[str | None] = mapped_column(
        ForeignKey("questions.id"), nullable=True, index=True
    )
    match_score: Mapped[float] = mapped_column(default=0.0)
    # matched (by the matcher) | decided (by a person) | uncertain (awaits review) | new
    match_status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    candidates: Mapped[list] = mapped_column(JSON, default=list)  # [[bank id, score], ...]
    frequency: Mapped[int] = mapped_column(Integer, default=0)
    size: Mapped[int] = mapped_column(Integer, default=0)


class MatchDecisionRow(Base):
    """A person's answer to "which bank question does this imported question ask?",
    kept by the question's text so that it survives re-imports and re-clustering."""

    __tablename__ = "match_decisions"

    text_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    question_id: Mapped[str | None] = mapped_column(
        String(128), nullable=True
    )  # None: no bank question
    decided_at: Mapped[datetime] = mapped_column(DateTime)


class ClusterDoubtRow(Base):
    """Two imported questions the clustering nearly took as one: similar enough, but
    their clusters as a whole were not. Rewritten by every analysis; a person decides."""

    __tablename__ = "cluster_doubts"

    pair_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    cluster_a: Mapped[str] = mapped_column(String(64))  # the two clusters' keys
    cluster_b: Mapped[str] = mapped_column(String(64))
    text_a: Mapped[str] = mapped_column(Text)
    text_b: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column()


class PairDecisionRow(Base):
    """A person's answer to "do these two ask the same question?", kept by the two
    texts (pair_key) so that it survives re-imports and re-clustering."""

    __tablename__ = "pair_decisions"

    pair_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    text_a: Mapped[str] = mapped_column(Text)
    text_b: Mapped[str] = mapped_column(Text)
    same: Mapped[bool] = mapped_column(Boolean)
    decided_at: Mapped[datetime] = mapped_column(DateTime)


class SourceQuestionRow(Base):
    __tablename__ = "source_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    line: Mapped[int] = mapped_column(Integer)
    raw: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text, nullable=True)
    has_code: Mapped[bool] = mapped_column(Boolean, default=False)
    context: Mapped[dict] = mapped_column(JSON)  # section heading, company, category prefix
    module: Mapped[str] = mapped_column(String(64))
    topic: Mapped[str] = mapped_column(String(64))
    garbled: Mapped[bool] = mapped_column(Boolean, default=False)
    repaired: Mapped[bool] = mapped_column(Boolean, default=False)
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("clusters.id", ondelete="SET NULL"), nullable=True, index=True
    )
