"""Plain records of study state, as the store hands them out (timestamps aware UTC)."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class LoggedReview:
    question_id: str
    rating: int
    reviewed_at: datetime
    state_before: int
    due_after: datetime


@dataclass(frozen=True)
class MockAnswer:
    position: int
    question_id: str
    follow_up_of: str | None
    answer: str
    skipped: bool
    score: float
    covered: list[int]
    asked_at: datetime
    seconds: float


@dataclass(frozen=True)
class MockRecord:
    id: int
    role: str
    planned: int
    minutes: int
    seed: int
    started_at: datetime
    finished_at: datetime | None
    end_reason: str | None
    answers: list[MockAnswer]
