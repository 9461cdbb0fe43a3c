"""Duplicate pairs the clustering is unsure of, and people's decisions about them."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, aliased

from mianshi.store.tables.sources import ClusterDoubtRow, ClusterRow, PairDecisionRow


@dataclass(frozen=True)
class Doubt:
    pair_key: str
    text_a: str
    text_b: str
    score: float
    frequency_a: int  # how many collections ask each side's cluster
    frequency_b: int


def replace_doubts(session: Session, doubts: Sequence[dict]) -> None:
    """Make the table equal `doubts` (each with ClusterDoubtRow's columns)."""
    session.execute(delete(ClusterDoubtRow))
    if doubts:
        session.execute(insert(ClusterDoubtRow), list(doubts))


def count_doubts(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ClusterDoubtRow)) or 0


def list_doubts(session: Session, limit: int | None = None) -> list[Doubt]:
    """The pairs awaiting a person, the most asked first."""
    a, b = aliased(ClusterRow), aliased(ClusterRow)
    asked = a.frequency + b.frequency
    query = (
        select(ClusterDoubtRow, a.frequency, b.frequency)
        .join(a, a.key == ClusterDoubtRow.cluster_a)
        .join(b, b.key == ClusterDoubtRow.cluster_b)
        .order_by(asked.desc(), ClusterDoubtRow.score.desc(), ClusterDoubtRow.pair_key)
    )
    if limit:
        query = query.limit(limit)
    return [
        Doubt(d.pair_key, d.text_a, d.text_b, d.score, fa, fb)
        for d, fa, fb in session.execute(query)
    ]


def pair_decisions(session: Session) -> dict[str, bool]:
    """pair key -> whether a person said the two texts ask the same question."""
    return dict(session.execute(select(PairDecisionRow.pair_key, PairDecisionRow.same)).all())


def decide_pair(session: Session, pair_key: str, same: bool, now: datetime) -> None:
    """Store a person's decision about the doubt `pair_key` and take it off the queue."""
    doubt = session.get(ClusterDoubtRow, pair_key)
    if doubt is None:
        raise LookupError(pair_key)
    decision = session.get(PairDecisionRow, pair_key) or PairDecisionRow(pair_key=pair_key)
    decision.text_a, decision.text_b = doubt.text_a, doubt.text_b
    decision.same, decision.decided_at = same, now
    session.add(decision)
    session.delete(doubt)
