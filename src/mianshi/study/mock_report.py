"""The report at the end of a mock interview: scores, gaps, what to review next."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from mianshi.bank.model import Question

REVIEW_BELOW = 0.6


@dataclass(frozen=True)
class AnsweredQuestion:
    question: Question
    follow_up_of: str | None
    skipped: bool
    score: float  # 0..1 key-point coverage
    covered: list[int]
    seconds: float

    @property
    def missed_points(self) -> list[str]:
        return [p for i, p in enumerate(self.question.keypoints) if i not in self.covered]


@dataclass(frozen=True)
class TopicScore:
    module: str
    topic: str
    questions: int
    score: float


@dataclass(frozen=True)
class MockReport:
    mock_id: int
    role: str
    started_at: datetime
    time_used: timedelta
    minutes: int
    end_reason: str
    answers: list[AnsweredQuestion]
    topics: list[TopicScore]
    review_next: list[Question]

    @property
    def score(self) -> float:
        return sum(a.score for a in self.answers) / len(self.answers) if self.answers else 0.0

    @property
    def follow_ups(self) -> int:
        return sum(1 for a in self.answers if a.follow_up_of)


def topic_scores(answers: list[AnsweredQuestion]) -> list[TopicScore]:
    groups: dict[tuple[str, str], list[float]] = {}
    for a in answers:
        groups.setdefault((a.question.module, a.question.topic), []).append(a.score)
    scores = [TopicScore(m, t, len(v), sum(v) / len(v)) for (m, t), v in groups.items()]
    return sorted(scores, key=lambda s: (s.score, s.module, s.topic))


def review_next(answers: list[AnsweredQuestion], questions: dict[str, Question]) -> list[Question]:
    """Weakest answers first; after them, the follow-ups of a weak answer never reached."""
    weak = sorted((a for a in answers if a.score < REVIEW_BELOW), key=lambda a: a.score)
    chosen = [a.question for a in weak]
    asked = {a.question.id for a in answers}
    for a in weak:
        for rid in a.question.related:
            if rid in questions and rid not in asked and questions[rid] not in chosen:
                chosen.append(questions[rid])
                break
    return chosen[:8]


def build_report(
    mock_id: int,
    role: str,
    started_at: datetime,
    ended_at: datetime,
    minutes: int,
    end_reason: str,
    answers: list[AnsweredQuestion],
    questions: dict[str, Question],
) -> MockReport:
    return MockReport(
        mock_id=mock_id,
        role=role,
        started_at=started_at,
        time_used=ended_at - started_at,
        minutes=minutes,
        end_reason=end_reason,
        answers=answers,
        topics=topic_scores(answers),
        review_next=review_next(answers, questions),
    )
