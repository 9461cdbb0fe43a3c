"""Reading and writing judged submissions."""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import case, func, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from mianshi.store.tables.judge import SubmissionRow

ACCEPTED = "accepted"


@dataclass(frozen=True)
class Submission:
    id: int
    problem: str
    verdict: str
    passed: int
    total: int
    message: str
    time_ms: float
    slowdown: float | None
    sandboxed: bool
    created_at: datetime
    language: str | None  # "python" or "cpp"; None when stored before languages were recorded


def has_submissions(engine: Engine) -> bool:
    """Whether the schema already has the submissions table (revision 0002)."""
    return inspect(engine).has_table(SubmissionRow.__tablename__)


def add_submission(
    session: Session,
    *,
    problem: str,
    verdict: str,
    passed: int,
    total: int,
    message: str,
    time_ms: float,
    slowdown: float | None,
    sandboxed: bool,
    code: str,
    language: str,
) -> int:
    row = SubmissionRow(
        problem=problem,
        verdict=verdict,
        passed=passed,
        total=total,
        message=message,
        time_ms=time_ms,
        slowdown=slowdown,
        sandboxed=sandboxed,
        code=code,
        language=language,
        created_at=datetime.now(UTC).replace(tzinfo=None),
    )
    session.add(row)
    session.flush()
    return row.id


def recent_submissions(session: Session, problem: str, limit: int = 5) -> list[Submission]:
    query = (
        select(SubmissionRow)
        .where(SubmissionRow.problem == problem)
        .order_by(SubmissionRow.id.desc())
        .limit(limit)
    )
    return [
        Submission(
            r.id, r.problem, r.verdict, r.passed, r.total, r.message,
            r.time_ms, r.slowdown, r.sandboxed, r.created_at, r.language,
        )  # fmt: skip
        for r in session.scalars(query)
    ]


def problem_statuses(session: Session) -> dict[str, bool]:
    """Problem slug -> whether any submission was accepted, for every attempted problem."""
    accepted = func.max(case((SubmissionRow.verdict == ACCEPTED, 1), else_=0))
    query = select(SubmissionRow.problem, accepted).group_by(SubmissionRow.problem)
    return {problem: bool(solved) for problem, solved in session.execute(query)}
