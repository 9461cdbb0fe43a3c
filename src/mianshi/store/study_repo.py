"""Reading and writing study state: cards, review logs, mock interviews, self-checks.

The database holds naive UTC timestamps; everything this module hands out or
takes in is timezone-aware UTC, as the FSRS library requires.
"""

from datetime import UTC, datetime, timedelta

from fsrs import Card, ReviewLog, State
from sqlalchemy import case, delete, func, inspect, select
from sqlalchemy.orm import Session

from mianshi.bank.model import Question
from mianshi.store.bank_repo import row_to_question
from mianshi.store.tables.bank import QuestionRow
from mianshi.store.tables.study import (
    CardRow,
    MockAnswerRow,
    MockSessionRow,
    ReviewClaimRow,
    ReviewLogRow,
    SelfCheckRow,
)
from mianshi.study.records import LoggedReview, MockAnswer, MockRecord


def has_study_tables(session: Session) -> bool:
    return inspect(session.get_bind()).has_table(CardRow.__tablename__)


def to_db(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_db(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


def _card_from_row(row: CardRow) -> Card:
    return Card(
        card_id=row.card_id,
        state=State(row.state),
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=from_db(row.due),
        last_review=from_db(row.last_review) if row.last_review else None,
    )


def cards(session: Session, question_ids: list[str] | None = None) -> dict[str, Card]:
    """Cards by question id (all of them, or those of `question_ids`)."""
    query = select(CardRow)
    # A whole module's ids would make an IN list past SQLite's parameter limit; a
    # user's cards are few enough to filter here instead.
    if question_ids is not None and len(question_ids) <= 100:
        query = query.where(CardRow.question_id.in_(question_ids))
    wanted = None if question_ids is None else set(question_ids)
    return {
        row.question_id: _card_from_row(row)
        for row in session.scalars(query)
        if wanted is None or row.question_id in wanted
    }


def cards_created_since(session: Session, moment: datetime) -> int:
    """How many cards were created (first rated) at or after `moment`."""
    query = select(func.count()).select_from(CardRow).where(CardRow.created_at >= to_db(moment))
    return session.scalar(query) or 0


CLAIM_TTL = timedelta(minutes=20)


def claim_card(session: Session, question_id: str, token: str, now: datetime) -> bool:
    """Claim the card for session `token`; False if another live session holds it.

    The caller commits; two sessions inserting the same claim at once make one commit
    fail on the primary key, which the caller reads as "taken"."""
    session.execute(
        delete(ReviewClaimRow).where(
            ReviewClaimRow.question_id == question_id,
            ReviewClaimRow.claimed_at < to_db(now - CLAIM_TTL),
        )
    )
    held = session.get(ReviewClaimRow, question_id)
    if held is not None and held.session_token != token:
        return False
    if held is None:
        session.add(ReviewClaimRow(question_id=question_id, session_token=token, claimed_at=to_db(now)))
    else:
        held.claimed_at = to_db(now)
    return True


def release_claims(session: Session, token: str, question_id: str | None = None) -> None:
    query = delete(ReviewClaimRow).where(ReviewClaimRow.session_token == token)
    if question_id is not None:
        query = query.where(ReviewClaimRow.question_id == question_id)
    session.execute(query)


def next_card_id(session: Session, now: datetime) -> int:
    """The library's convention (epoch milliseconds), kept unique when cards share a moment."""
    largest = session.scalar(select(func.max(CardRow.card_id))) or 0
    return max(int(now.timestamp() * 1000), largest + 1)


def save_rating(
    session: Session, question_id: str, card: Card, log: ReviewLog, state_before: int
) -> None:
    """Write the card and its review log; the caller's transaction commits both at once."""
    row = session.get(CardRow, question_id)
    if row is None:
        row = CardRow(question_id=question_id, created_at=to_db(log.review_datetime))
        session.add(row)
    row.card_id = card.card_id
    row.state = int(card.state)
    row.step = card.step
    row.stability = card.stability
    row.difficulty = card.difficulty
    row.due = to_db(card.due)
    row.last_review = to_db(card.last_review) if card.last_review else None
    session.add(
        ReviewLogRow(
            question_id=question_id,
            card_id=card.card_id,
            rating=int(log.rating),
            reviewed_at=to_db(log.review_datetime),
            duration_ms=log.review_duration,
            state_before=state_before,
            due_after=to_db(card.due),
        )
    )


def review_logs(session: Session) -> list[LoggedReview]:
    """Every rating, oldest first."""
    query = select(ReviewLogRow).order_by(ReviewLogRow.reviewed_at, ReviewLogRow.id)
    return [
        LoggedReview(
            r.question_id, r.rating, from_db(r.reviewed_at), r.state_before, from_db(r.due_after)
        )
        for r in session.scalars(query)
    ]


def fsrs_logs(session: Session, question_id: str) -> list[ReviewLog]:
    """One card's history in the library's own form (e.g. for `Scheduler.reschedule_card`)."""
    query = (
        select(ReviewLogRow)
        .where(ReviewLogRow.question_id == question_id)
        .order_by(ReviewLogRow.reviewed_at, ReviewLogRow.id)
    )
    return [
        ReviewLog(r.card_id, r.rating, from_db(r.reviewed_at), r.duration_ms)
        for r in session.scalars(query)
    ]


def again_counts(session: Session) -> dict[str, tuple[int, int]]:
    """Question id -> (ratings, of which Again)."""
    query = select(
        ReviewLogRow.question_id,
        func.count(),
        func.sum(case((ReviewLogRow.rating == 1, 1), else_=0)),
    ).group_by(ReviewLogRow.question_id)
    return {qid: (total, int(agains or 0)) for qid, total, agains in session.execute(query)}


# Mock interviews


def create_mock(
    session: Session, role: str, planned: int, minutes: int, seed: int, started_at: datetime
) -> int:
    row = MockSessionRow(
        role=role,
        planned_questions=planned,
        minutes=minutes,
        seed=seed,
        started_at=to_db(started_at),
    )
    session.add(row)
    session.flush()
    return row.id


def add_mock_answer(session: Session, mock_id: int, answer: MockAnswer) -> None:
    session.add(
        MockAnswerRow(
            session_id=mock_id,
            position=answer.position,
            question_id=answer.question_id,
            follow_up_of=answer.follow_up_of,
            answer=answer.answer,
            skipped=answer.skipped,
            score=answer.score,
            covered=list(answer.covered),
            asked_at=to_db(answer.asked_at),
            seconds=answer.seconds,
        )
    )


def finish_mock(session: Session, mock_id: int, finished_at: datetime, reason: str) -> None:
    row = session.get(MockSessionRow, mock_id)
    if row is not None:
        row.finished_at = to_db(finished_at)
        row.end_reason = reason


def _answer_from_row(row: MockAnswerRow) -> MockAnswer:
    return MockAnswer(
        position=row.position,
        question_id=row.question_id,
        follow_up_of=row.follow_up_of,
        answer=row.answer,
        skipped=row.skipped,
        score=row.score,
        covered=list(row.covered),
        asked_at=from_db(row.asked_at),
        seconds=row.seconds,
    )


def mocks(session: Session, mock_id: int | None = None) -> list[MockRecord]:
    """Mock interviews, newest first, each with its answers in order."""
    query = select(MockSessionRow).order_by(
        MockSessionRow.started_at.desc(), MockSessionRow.id.desc()
    )
    if mock_id is not None:
        query = query.where(MockSessionRow.id == mock_id)
    sessions = list(session.scalars(query))
    answers: dict[int, list[MockAnswer]] = {s.id: [] for s in sessions}
    if sessions:
        rows = session.scalars(
            select(MockAnswerRow)
            .where(MockAnswerRow.session_id.in_(list(answers)))
            .order_by(MockAnswerRow.session_id, MockAnswerRow.position)
        )
        for row in rows:
            answers[row.session_id].append(_answer_from_row(row))
    return [
        MockRecord(
            id=s.id,
            role=s.role,
            planned=s.planned_questions,
            minutes=s.minutes,
            seed=s.seed,
            started_at=from_db(s.started_at),
            finished_at=from_db(s.finished_at) if s.finished_at else None,
            end_reason=s.end_reason,
            answers=answers[s.id],
        )
        for s in sessions
    ]


# Self-checks


def add_self_check(
    session: Session,
    question_id: str,
    answer: str,
    score: float,
    covered: list[int],
    checked_at: datetime,
) -> None:
    session.add(
        SelfCheckRow(
            question_id=question_id,
            answer=answer,
            score=score,
            covered=list(covered),
            checked_at=to_db(checked_at),
        )
    )


def latest_answer_scores(session: Session) -> dict[str, float]:
    """Question id -> score of the user's latest typed answer (mock or self-check)."""
    latest: dict[str, tuple[datetime, float]] = {}
    sources = (
        select(MockAnswerRow.question_id, MockAnswerRow.asked_at, MockAnswerRow.score),
        select(SelfCheckRow.question_id, SelfCheckRow.checked_at, SelfCheckRow.score),
    )
    for query in sources:
        for qid, at, score in session.execute(query):
            if qid not in latest or at >= latest[qid][0]:
                latest[qid] = (at, score)
    return {qid: score for qid, (_, score) in latest.items()}


def questions_by_id(session: Session, ids: set[str]) -> dict[str, Question]:
    """Questions named in user state, retired ones included (history may point at them)."""
    if not ids:
        return {}
    rows = session.scalars(select(QuestionRow).where(QuestionRow.id.in_(sorted(ids))))
    return {row.id: row_to_question(row) for row in rows}
