"""Mock interview services: run an interview, keep every answer, report, list past ones."""

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from mianshi.bank.model import Question
from mianshi.errors import MianshiError, NotFoundError
from mianshi.services.study import answer_glossary, bank_questions, study_store
from mianshi.store import Store, study_repo
from mianshi.store.frequency import question_frequencies
from mianshi.study import scheduling
from mianshi.study.mock import ROLES, Asked, InterviewPlan, Weakness
from mianshi.study.mock_report import AnsweredQuestion, MockReport, build_report
from mianshi.study.records import MockAnswer, MockRecord
from mianshi.study.selfcheck import CheckResult, check_answer

Clock = Callable[[], datetime]


def _weaknesses(session, now: datetime) -> dict[str, Weakness]:
    scheduler = scheduling.default_scheduler()
    cards = study_repo.cards(session)
    agains = study_repo.again_counts(session)
    scores = study_repo.latest_answer_scores(session)
    weak = {}
    for qid in set(cards) | set(agains) | set(scores):
        card = cards.get(qid)
        total, again = agains.get(qid, (0, 0))
        weak[qid] = Weakness(
            forgetting=1 - scheduling.retrievability(scheduler, card, now) if card else 0.0,
            lapses=again / total if total else 0.0,
            answer_gap=1 - scores[qid] if qid in scores else 0.0,
        )
    return weak


class MockRun:
    """One interview in progress. Each answer is stored the moment it is given."""

    def __init__(
        self,
        store: Store,
        mock_id: int,
        plan: InterviewPlan,
        *,
        role: str,
        minutes: int,
        started_at: datetime,
        clock: Clock,
    ) -> None:
        self.store = store
        self.mock_id = mock_id
        self.plan = plan
        self.role = role
        self.minutes = minutes
        self.started_at = started_at
        self.clock = clock
        self.glossary = answer_glossary()
        self.answers: list[AnsweredQuestion] = []
        self.end_reason = "completed"

    @property
    def time_left(self) -> timedelta:
        return timedelta(minutes=self.minutes) - (self.clock() - self.started_at)

    def next(self) -> Asked | None:
        """The next question; None when the interview is over (all asked, or time is up)."""
        if self.time_left <= timedelta(0):
            self.end_reason = "time"
            return None
        return self.plan.next()

    def answer(self, asked: Asked, text: str, seconds: float) -> CheckResult | None:
        """Check and store an answer; an empty one is a skip (returns None)."""
        skipped = not text.strip()
        result = None if skipped else check_answer(text, asked.question.keypoints, self.glossary)
        score = result.score if result else 0.0
        covered = result.covered if result else []
        with self.store.session() as session:
            study_repo.add_mock_answer(
                session,
                self.mock_id,
                MockAnswer(
                    position=len(self.answers) + 1,
                    question_id=asked.question.id,
                    follow_up_of=asked.follow_up_of,
                    answer=text.strip(),
                    skipped=skipped,
                    score=score,
                    covered=covered,
                    asked_at=self.clock() - timedelta(seconds=seconds),
                    seconds=round(seconds, 1),
                ),
            )
        self.answers.append(
            AnsweredQuestion(asked.question, asked.follow_up_of, skipped, score, covered, seconds)
        )
        self.plan.answered(asked, None if skipped else score)
        return result

    def finish(self, reason: str | None = None) -> MockReport:
        reason = reason or self.end_reason
        ended = self.clock()
        with self.store.session() as session:
            study_repo.finish_mock(session, self.mock_id, ended, reason)
        return build_report(
            self.mock_id,
            self.role,
            self.started_at,
            ended,
            self.minutes,
            reason,
            self.answers,
            self.plan.questions,
        )


@contextmanager
def mock_interview(
    db: str | None = None,
    role: str = "general",
    n: int = 8,
    minutes: int = 30,
    seed: int | None = None,
    clock: Clock = scheduling.utc_now,
) -> Iterator[MockRun]:
    """Start an interview of at most `n` questions (follow-ups included) and `minutes` minutes."""
    if role not in ROLES:
        raise MianshiError(f"unknown role '{role}' (known: {', '.join(ROLES)})")
    if n < 1 or minutes < 1:
        raise MianshiError("--n and --minutes must be at least 1")
    seed = seed if seed is not None else random.SystemRandom().randrange(1 << 31)
    started = clock()
    with study_store(db) as store:
        with store.session() as session:
            questions = bank_questions(session)
            plan = InterviewPlan.create(
                questions,
                role,
                n,
                seed,
                question_frequencies(session),
                _weaknesses(session, started),
            )
            if not plan.weights:
                raise MianshiError(f"the bank has no questions for the role '{role}' yet")
            mock_id = study_repo.create_mock(session, role, n, minutes, seed, started)
        yield MockRun(
            store, mock_id, plan, role=role, minutes=minutes, started_at=started, clock=clock
        )


# History


@dataclass(frozen=True)
class MockSummary:
    id: int
    role: str
    started_at: datetime
    questions: int
    follow_ups: int
    skipped: int
    score: float
    time_used: timedelta | None  # None: interrupted before the end
    end_reason: str


def _summary(record: MockRecord) -> MockSummary:
    answers = record.answers
    return MockSummary(
        id=record.id,
        role=record.role,
        started_at=record.started_at,
        questions=len(answers),
        follow_ups=sum(1 for a in answers if a.follow_up_of),
        skipped=sum(1 for a in answers if a.skipped),
        score=sum(a.score for a in answers) / len(answers) if answers else 0.0,
        time_used=record.finished_at - record.started_at if record.finished_at else None,
        end_reason=record.end_reason or "interrupted",
    )


def mock_history(db: str | None = None) -> list[MockSummary]:
    with study_store(db) as store, store.session() as session:
        return [_summary(r) for r in study_repo.mocks(session)]


def _report_of(record: MockRecord, questions: dict[str, Question]) -> MockReport:
    answers = [
        AnsweredQuestion(
            questions[a.question_id], a.follow_up_of, a.skipped, a.score, a.covered, a.seconds
        )
        for a in record.answers
        if a.question_id in questions
    ]
    last = record.answers[-1].asked_at if record.answers else record.started_at
    return build_report(
        record.id,
        record.role,
        record.started_at,
        record.finished_at or last,
        record.minutes,
        record.end_reason or "interrupted",
        answers,
        questions,
    )


def mock_report(mock_id: int, db: str | None = None) -> MockReport:
    with study_store(db) as store, store.session() as session:
        found = study_repo.mocks(session, mock_id)
        if not found:
            raise NotFoundError(f"no mock interview with id {mock_id} (see `mianshi history`)")
        record = found[0]
        ids = {a.question_id for a in record.answers}
        questions = {q.id: q for q in bank_questions(session)}
        questions.update(study_repo.questions_by_id(session, ids - set(questions)))
    return _report_of(record, questions)
