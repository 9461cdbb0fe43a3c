"""Study state: FSRS cards and their review logs, mock interviews, self-checks.

Every timestamp is naive UTC. Rows point at questions, which are never
deleted (a question that leaves the content is marked inactive), so this
state survives any reload of the bank.
"""

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mianshi.store.base import Base


class CardRow(Base):
    """The FSRS card of one question, created the first time the question is rated."""

    __tablename__ = "cards"

    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"), primary_key=True)
    card_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    state: Mapped[int] = mapped_column(Integer)  # fsrs.State: 1 learning, 2 review, 3 relearning
    step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    stability: Mapped[float | None] = mapped_column(Float, nullable=True)
    difficulty: Mapped[float | None] = mapped_column(Float, nullable=True)
    due: Mapped[datetime] = mapped_column(DateTime, index=True)
    last_review: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ReviewLogRow(Base):
    """One rating, written in the same transaction as the card it changed."""

    __tablename__ = "review_logs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"), index=True)
    card_id: Mapped[int] = mapped_column(BigInteger)
    rating: Mapped[int] = mapped_column(Integer)  # fsrs.Rating: 1 again .. 4 easy
    reviewed_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    state_before: Mapped[int] = mapped_column(Integer)  # 0 for a new card
    due_after: Mapped[datetime] = mapped_column(DateTime)


class MockSessionRow(Base):
    __tablename__ = "mock_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(32))
    planned_questions: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    end_reason: Mapped[str | None] = mapped_column(String(32), nullable=True)


class MockAnswerRow(Base):
    """One question asked in a mock interview and the user's answer (or skip)."""

    __tablename__ = "mock_answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("mock_sessions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"), index=True)
    follow_up_of: Mapped[str | None] = mapped_column(String(128), nullable=True)
    answer: Mapped[str] = mapped_column(Text)
    skipped: Mapped[bool] = mapped_column(Boolean)
    score: Mapped[float] = mapped_column(Float)  # key-point coverage, 0..1
    covered: Mapped[list] = mapped_column(JSON)  # indices of covered key points
    asked_at: Mapped[datetime] = mapped_column(DateTime)
    seconds: Mapped[float] = mapped_column(Float)


class SelfCheckRow(Base):
    """A typed answer checked with `mianshi check`."""

    __tablename__ = "self_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"), index=True)
    answer: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)
    covered: Mapped[list] = mapped_column(JSON)
    checked_at: Mapped[datetime] = mapped_column(DateTime)


class ReviewClaimRow(Base):
    """A card on screen in one review session; other sessions skip it until it is rated,
    the session ends, or the claim goes stale (a session killed without cleaning up)."""

    __tablename__ = "review_claims"

    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"), primary_key=True)
    session_token: Mapped[str] = mapped_column(String(64))
    claimed_at: Mapped[datetime] = mapped_column(DateTime)
