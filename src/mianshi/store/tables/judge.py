"""Judged submissions, kept with their verdicts."""

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mianshi.store.base import Base


class SubmissionRow(Base):
    """One `mianshi judge` run. `problem` is a problem slug (content, not a table)."""

    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    problem: Mapped[str] = mapped_column(String(128), index=True)
    verdict: Mapped[str] = mapped_column(String(32))
    passed: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    message: Mapped[str] = mapped_column(Text)
    time_ms: Mapped[float] = mapped_column(Float)
    slowdown: Mapped[float | None] = mapped_column(Float, nullable=True)
    sandboxed: Mapped[bool] = mapped_column(Boolean)
    code: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16), nullable=True)  # None: before revision 0007
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
