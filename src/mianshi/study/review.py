"""A review session's queue, independent of any terminal.

Due cards come first, most overdue first; then new questions, most frequently
asked first. A card rated into a short (re)learning step comes back later in
the same session, as it would in Anki.
"""

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from fsrs import Card, Rating

from mianshi.bank.model import Question

RELEARN_WINDOW = timedelta(minutes=30)


@dataclass
class ReviewItem:
    question: Question
    card: Card | None  # None: a new question, its card is created by the first rating

    @property
    def is_new(self) -> bool:
        return self.card is None


def new_question_order(questions: list[Question], frequencies: dict[str, int]) -> list[Question]:
    """Most-asked first; among equals, easier first, then bank order."""
    return sorted(questions, key=lambda q: (-frequencies.get(q.id, 0), q.difficulty, q.id))


def build_queue(
    due: list[tuple[Question, Card]],
    new: list[Question],
    frequencies: dict[str, int],
    limit: int,
    new_limit: int,
) -> list[ReviewItem]:
    """At most `limit` cards: due ones first, then up to `new_limit` new ones."""
    items = [ReviewItem(q, c) for q, c in sorted(due, key=lambda qc: (qc[1].due, qc[0].id))]
    items = items[:limit]
    room = max(0, min(new_limit, limit - len(items)))
    items += [ReviewItem(q, None) for q in new_question_order(new, frequencies)[:room]]
    return items


@dataclass
class ReviewQueue:
    """The cards of one session in the order they are shown.

    Progress counts distinct cards: a card shown again after Again is a repeat, so
    "3/10" never grows past the session's cards (nor past --limit).
    """

    items: deque[ReviewItem]
    ratings: dict[Rating, int] = field(default_factory=lambda: dict.fromkeys(Rating, 0))
    reviewed: set[str] = field(default_factory=set)
    shown: list[str] = field(default_factory=list)  # distinct question ids, in order shown

    @classmethod
    def of(cls, items: list[ReviewItem]) -> "ReviewQueue":
        return cls(deque(items))

    def __len__(self) -> int:
        return len(self.items)

    def next(self) -> ReviewItem | None:
        if not self.items:
            return None
        item = self.items.popleft()
        if item.question.id not in self.shown:
            self.shown.append(item.question.id)
        return item

    def forget(self, item: ReviewItem) -> None:
        """Drop a card another session holds: it no longer counts in this one."""
        if item.question.id in self.shown and item.question.id not in self.reviewed:
            self.shown.remove(item.question.id)

    def is_repeat(self, item: ReviewItem) -> bool:
        return item.question.id in self.reviewed

    def position(self, item: ReviewItem) -> int:
        """1-based place of the card among the session's distinct cards."""
        return self.shown.index(item.question.id) + 1

    @property
    def distinct_total(self) -> int:
        waiting = {i.question.id for i in self.items} - set(self.shown)
        return len(self.shown) + len(waiting)

    def rated(self, item: ReviewItem, rating: Rating, card: Card, now: datetime) -> None:
        """Count the rating; a card due again within the session goes to the back."""
        self.ratings[rating] += 1
        self.reviewed.add(item.question.id)
        if card.due - now <= RELEARN_WINDOW:
            self.items.append(ReviewItem(item.question, card))

    @property
    def total_ratings(self) -> int:
        return sum(self.ratings.values())
