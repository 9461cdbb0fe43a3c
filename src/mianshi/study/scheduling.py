"""A thin wrapper over the `fsrs` library: one card per question, four ratings."""

from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating, ReviewLog, Scheduler

RATING_KEYS: dict[str, Rating] = {
    "1": Rating.Again,
    "a": Rating.Again,
    "again": Rating.Again,
    "2": Rating.Hard,
    "h": Rating.Hard,
    "hard": Rating.Hard,
    "3": Rating.Good,
    "g": Rating.Good,
    "good": Rating.Good,
    "4": Rating.Easy,
    "e": Rating.Easy,
    "easy": Rating.Easy,
}
RATING_LABELS = {
    Rating.Again: "Again 忘了",
    Rating.Hard: "Hard 模糊",
    Rating.Good: "Good 记得",
    Rating.Easy: "Easy 很熟",
}
NEW = 0  # state_before of a card's first rating (fsrs.State starts at 1)


def parse_rating(text: str) -> Rating | None:
    return RATING_KEYS.get(text.strip().casefold())


def default_scheduler() -> Scheduler:
    """FSRS with the library's default parameters, 90% desired retention, fuzzed intervals."""
    return Scheduler(desired_retention=0.9, enable_fuzzing=True)


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_card(card_id: int, now: datetime) -> Card:
    return Card(card_id=card_id, due=now)


def review(
    scheduler: Scheduler,
    card: Card,
    rating: Rating,
    now: datetime,
    duration_ms: int | None = None,
) -> tuple[Card, ReviewLog]:
    return scheduler.review_card(card, rating, review_datetime=now, review_duration=duration_ms)


def state_before(card: Card) -> int:
    """NEW for a card never rated, else its fsrs.State value."""
    return NEW if card.last_review is None else int(card.state)


def retrievability(scheduler: Scheduler, card: Card, now: datetime) -> float:
    return float(scheduler.get_card_retrievability(card, current_datetime=now))


def describe_interval(delta: timedelta) -> str:
    """'10 min', '5 h', '3 d', '2.5 mo' — how long until a card is due again."""
    seconds = max(delta.total_seconds(), 0)
    if seconds < 3600:
        return f"{max(round(seconds / 60), 1)} min"
    if seconds < 86400:
        return f"{round(seconds / 3600)} h"
    days = seconds / 86400
    if days < 60:
        return f"{round(days)} d"
    if days < 730:
        return f"{days / 30.4:.1f} mo"
    return f"{days / 365.25:.1f} y"
