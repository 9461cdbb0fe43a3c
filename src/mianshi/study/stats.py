"""Progress over time: reviews per day, retention, due load, mastery.

Days are the user's local calendar days (`tz`); mastery of a group of
questions is the FSRS-predicted chance of recalling each of them right now,
averaged over the group, counting never-studied questions and cards still in
their (re)learning steps as 0.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from fsrs import Card, Rating, Scheduler, State

from mianshi.bank.model import Question
from mianshi.study.records import LoggedReview
from mianshi.study.scheduling import retrievability

HISTORY_DAYS = 30
DUE_DAYS = 14


@dataclass(frozen=True)
class DayReviews:
    day: date
    counts: dict[int, int]  # rating -> reviews that day
    mature: int = 0  # reviews of cards in the Review state
    mature_recalled: int = 0  # of those, not rated Again

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Mastery:
    module: str
    topic: str | None  # None: the whole module
    questions: int
    studied: int
    mastery: float  # 0..1


@dataclass(frozen=True)
class StudyStats:
    today: date
    days: list[DayReviews]  # the last HISTORY_DAYS days, oldest first
    retention: float | None  # share of mature reviews (card in Review state) not rated Again
    retention_recent: float | None  # the same over the last HISTORY_DAYS days
    mature_reviews: int
    total_reviews: int
    due: list[tuple[date, int]]  # the next DUE_DAYS days, today including overdue cards
    modules: list[Mastery]
    topics: list[Mastery]
    cards: int


def _retention(logs: list[LoggedReview]) -> float | None:
    mature = [log for log in logs if log.state_before == State.Review]
    if not mature:
        return None
    return sum(1 for log in mature if log.rating != Rating.Again) / len(mature)


def _reviews_per_day(logs: list[LoggedReview], today: date, tz: tzinfo) -> list[DayReviews]:
    first = today - timedelta(days=HISTORY_DAYS - 1)
    days = [first + timedelta(days=i) for i in range(HISTORY_DAYS)]
    counts = {day: dict.fromkeys(range(1, 5), 0) for day in days}
    mature = dict.fromkeys(days, 0)
    recalled = dict.fromkeys(days, 0)
    for log in logs:
        day = log.reviewed_at.astimezone(tz).date()
        if day not in counts:
            continue
        counts[day][log.rating] += 1
        if log.state_before == State.Review:
            mature[day] += 1
            recalled[day] += log.rating != Rating.Again
    return [DayReviews(day, counts[day], mature[day], recalled[day]) for day in days]


def _due_load(cards: dict[str, Card], today: date, tz: tzinfo) -> list[tuple[date, int]]:
    load = {today + timedelta(days=i): 0 for i in range(DUE_DAYS)}
    for card in cards.values():
        day = max(card.due.astimezone(tz).date(), today)
        if day in load:
            load[day] += 1
    return list(load.items())


def _mastery(
    questions: list[Question], recall: dict[str, float], module: str, topic: str | None
) -> Mastery:
    studied = [q for q in questions if q.id in recall]
    value = sum(recall[q.id] for q in studied) / len(questions) if questions else 0.0
    return Mastery(module, topic, len(questions), len(studied), value)


def compute_stats(
    questions: list[Question],
    cards: dict[str, Card],
    logs: list[LoggedReview],
    scheduler: Scheduler,
    now: datetime,
    tz: tzinfo,
) -> StudyStats:
    today = now.astimezone(tz).date()
    recent_from = now - timedelta(days=HISTORY_DAYS)
    # A card still in its (re)learning steps is not mastered, however recent its review.
    recall = {
        qid: retrievability(scheduler, card, now) if card.state == State.Review else 0.0
        for qid, card in cards.items()
    }
    modules: dict[str, list[Question]] = {}
    topics: dict[tuple[str, str], list[Question]] = {}
    for q in questions:
        modules.setdefault(q.module, []).append(q)
        topics.setdefault((q.module, q.topic), []).append(q)
    return StudyStats(
        today=today,
        days=_reviews_per_day(logs, today, tz),
        retention=_retention(logs),
        retention_recent=_retention([log for log in logs if log.reviewed_at >= recent_from]),
        mature_reviews=sum(1 for log in logs if log.state_before == State.Review),
        total_reviews=len(logs),
        due=_due_load(cards, today, tz),
        modules=[_mastery(qs, recall, m, None) for m, qs in modules.items()],
        topics=[_mastery(qs, recall, m, t) for (m, t), qs in topics.items()],
        cards=len(cards),
    )
