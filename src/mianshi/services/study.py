"""Study services: spaced-repetition review, self-check, progress.

Every rating is committed in its own transaction the moment it is given, so a
session that ends any way at all (quit, Ctrl-C, a closed terminal, kill -9)
loses at most the card on screen.
"""

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path

from fsrs import Card, Rating, Scheduler
from sqlalchemy.exc import IntegrityError, OperationalError

from mianshi.bank.model import Question
from mianshi.errors import MianshiError, NotFoundError, StoreError
from mianshi.paths import content_dir
from mianshi.search.glossary import Glossary
from mianshi.services._store import initialised_store
from mianshi.services.bank import check_filters
from mianshi.store import Store, bank_repo, study_repo
from mianshi.store.frequency import question_frequencies
from mianshi.study import scheduling
from mianshi.study.review import ReviewItem, ReviewQueue, build_queue
from mianshi.study.selfcheck import CheckResult, check_answer
from mianshi.study.stats import StudyStats, compute_stats


@contextmanager
def study_store(db: str | None) -> Iterator[Store]:
    """The store at `db`, holding the study tables (an older database needs `mianshi init`)."""
    with initialised_store(db) as store:
        with store.session() as session:
            ready = study_repo.has_study_tables(session)
        if not ready:
            raise StoreError(
                "the database has no study tables yet: run `mianshi init` to upgrade it"
            )
        yield store


def bank_questions(session, module: str | None = None, topic: str | None = None) -> list[Question]:
    """Active questions, after checking the filters name a real module and topic."""
    check_filters(bank_repo.list_topics(session), module, topic)
    questions = bank_repo.list_questions(session)
    if not questions:
        raise MianshiError("the question bank is empty: run `mianshi init` to load it")
    return [
        q
        for q in questions
        if (not module or q.module == module) and (not topic or q.topic == topic)
    ]


# Review


@dataclass(frozen=True)
class DueCount:
    module: str
    name: str
    due: int
    new: int
    questions: int


def due_counts(db: str | None = None, now: datetime | None = None) -> list[DueCount]:
    """Per module: cards due now and questions never studied."""
    now = now or scheduling.utc_now()
    with study_store(db) as store, store.session() as session:
        questions = bank_questions(session)
        cards = study_repo.cards(session)
        names = {t.module: t.module_name for t in bank_repo.list_topics(session)}
    counts: dict[str, list[int]] = {}
    for q in questions:
        due, new, total = counts.setdefault(q.module, [0, 0, 0])
        card = cards.get(q.id)
        counts[q.module] = [
            due + (card is not None and card.due <= now),
            new + (card is None),
            total + 1,
        ]
    return [DueCount(m, names.get(m, m), d, n, t) for m, (d, n, t) in counts.items()]


@dataclass(frozen=True)
class Rated:
    card: Card
    interval: str  # until the card is due again, e.g. "10 min", "4 d"


NEW_PER_DAY = 20  # Anki's default; MIANSHI_NEW_PER_DAY or --new-per-day changes it


def new_per_day_default() -> int:
    value = os.environ.get("MIANSHI_NEW_PER_DAY", "")
    if not value:
        return NEW_PER_DAY
    if not value.isdigit():
        raise MianshiError(f"MIANSHI_NEW_PER_DAY must be a whole number, not {value!r}")
    return int(value)


def start_of_day(now: datetime) -> datetime:
    """Midnight of `now`'s day in the local time zone."""
    return now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)


@dataclass
class ReviewSession:
    """A queue of cards and a way to rate them; each rating is committed at once.

    A card is claimed while it is on screen, so a second session on the same
    database (another terminal, another browser tab) skips it instead of rating
    it twice.
    """

    store: Store
    queue: ReviewQueue
    scheduler: Scheduler
    due_total: int  # due cards matching the filters, before --limit
    new_available: int  # questions matching the filters never studied
    new_left_today: int  # new cards the daily limit still allows
    next_due: datetime | None  # when the next card not yet due falls due
    token: str = field(default_factory=lambda: uuid.uuid4().hex)
    taken_elsewhere: int = 0  # cards skipped because another session holds them

    def next(self, now: datetime | None = None) -> ReviewItem | None:
        """The next card this session may show, claimed for it. A card another session
        holds, or rated since this session began, is skipped."""
        while (item := self.queue.next()) is not None:
            if self._claim(item, now or scheduling.utc_now()):
                return item
            self.taken_elsewhere += 1
            self.queue.forget(item)
        return None

    def _claim(self, item: ReviewItem, now: datetime) -> bool:
        qid = item.question.id
        try:
            with self.store.session() as session:
                if not study_repo.claim_card(session, qid, self.token, now):
                    return False
                if not self._unchanged(session, item):
                    study_repo.release_claims(session, self.token, qid)
                    return False
                return True
        except (IntegrityError, OperationalError):  # another session claimed it at this moment
            return False

    @staticmethod
    def _unchanged(session, item: ReviewItem) -> bool:
        """Whether the stored card is still the one this session showed (not rated elsewhere)."""
        card = study_repo.cards(session, [item.question.id]).get(item.question.id)
        shown = item.card.last_review if item.card else None
        return (card.last_review if card else None) == shown

    def rate(
        self,
        item: ReviewItem,
        rating: Rating,
        duration_ms: int | None = None,
        now: datetime | None = None,
    ) -> Rated | None:
        """Rate the card; None if another session rated it since it was shown (then
        nothing is written)."""
        now = now or scheduling.utc_now()
        with self.store.session() as session:
            if not self._unchanged(session, item):
                study_repo.release_claims(session, self.token, item.question.id)
                self.taken_elsewhere += 1
                self.queue.forget(item)
                return None
            card = study_repo.cards(session, [item.question.id]).get(item.question.id)
            if card is None:
                card = scheduling.new_card(study_repo.next_card_id(session, now), now)
            before = scheduling.state_before(card)
            card, log = scheduling.review(self.scheduler, card, rating, now, duration_ms)
            study_repo.save_rating(session, item.question.id, card, log, before)
            study_repo.release_claims(session, self.token, item.question.id)
        self.queue.rated(item, rating, card, now)
        return Rated(card, scheduling.describe_interval(card.due - now))

    def release(self) -> None:
        with self.store.session() as session:
            study_repo.release_claims(session, self.token)


@contextmanager
def review_session(
    db: str | None = None,
    module: str | None = None,
    topic: str | None = None,
    limit: int = 50,
    new: int = 10,
    now: datetime | None = None,
    scheduler: Scheduler | None = None,
    new_per_day: int | None = None,
    question: str | None = None,
) -> Iterator[ReviewSession]:
    """Due cards (most overdue first) then up to `new` new questions, `limit` cards in all;
    or, with `question`, that one question whatever its schedule ("review this").

    New questions are also capped per day: at most `new_per_day` cards are created
    (first rated) from local midnight on, over all sessions of the day.
    """
    if limit < 1:
        raise MianshiError("--limit must be at least 1")
    if new < 0:
        raise MianshiError("--new cannot be negative")
    new_per_day = new_per_day_default() if new_per_day is None else new_per_day
    if new_per_day < 0:
        raise MianshiError("--new-per-day cannot be negative")
    now = now or scheduling.utc_now()
    with study_store(db) as store:
        with store.session() as session:
            if question is not None:
                questions = [get_active_question(session, question)]
            else:
                questions = bank_questions(session, module, topic)
            cards = study_repo.cards(session, [q.id for q in questions])
            frequencies = question_frequencies(session)
            introduced = study_repo.cards_created_since(session, start_of_day(now))
        due = [(q, cards[q.id]) for q in questions if q.id in cards and cards[q.id].due <= now]
        unseen = [q for q in questions if q.id not in cards]
        later = [c.due for c in cards.values() if c.due > now]
        left_today = max(0, new_per_day - introduced)
        if question is not None:
            queue = ReviewQueue.of([ReviewItem(questions[0], cards.get(question))])
        else:
            queue = ReviewQueue.of(build_queue(due, unseen, frequencies, limit, min(new, left_today)))
        review = ReviewSession(
            store=store,
            queue=queue,
            scheduler=scheduler or scheduling.default_scheduler(),
            due_total=len(due),
            new_available=len(unseen),
            new_left_today=left_today,
            next_due=min(later) if later else None,
        )
        try:
            yield review
        finally:
            review.release()


# Self-check


def answer_glossary() -> Glossary:
    """The shipped glossary; without one, matching falls back to words alone."""
    from mianshi.search.glossary import shipped_glossary

    if not (content_dir() / "glossary.yaml").is_file():
        return Glossary({})
    return shipped_glossary()


@dataclass(frozen=True)
class SelfCheck:
    question: Question
    result: CheckResult


def get_active_question(session, qid: str) -> Question:
    question = bank_repo.get_question(session, qid)
    if question is None:
        import difflib

        close = difflib.get_close_matches(qid, bank_repo.active_ids(session), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise NotFoundError(f"no question with id '{qid}'{hint}")
    return question


def question_for_check(qid: str, db: str | None = None) -> Question:
    with initialised_store(db) as store, store.session() as session:
        return get_active_question(session, qid)


def self_check(
    qid: str, answer: str, db: str | None = None, now: datetime | None = None
) -> SelfCheck:
    """Check `answer` against the key points of question `qid` and keep the result."""
    if not answer.strip():
        raise MianshiError("the answer is empty: nothing to check")
    now = now or scheduling.utc_now()
    glossary = answer_glossary()
    with study_store(db) as store, store.session() as session:
        question = get_active_question(session, qid)
        result = check_answer(answer, question.keypoints, glossary)
        study_repo.add_self_check(session, qid, answer, result.score, result.covered, now)
    return SelfCheck(question, result)


# Progress


def study_stats(
    db: str | None = None, now: datetime | None = None, tz: tzinfo | None = None
) -> StudyStats:
    now = now or scheduling.utc_now()
    tz = tz or now.astimezone().tzinfo
    with study_store(db) as store, store.session() as session:
        questions = bank_questions(session)
        cards = study_repo.cards(session)
        logs = study_repo.review_logs(session)
    return compute_stats(questions, cards, logs, scheduling.default_scheduler(), now, tz)


def check_chart_path(path: Path) -> None:
    if not path.parent.is_dir():
        raise MianshiError(f"folder does not exist: {path.parent}")
    if path.suffix.lower() != ".png":
        raise MianshiError(f"the chart is a PNG file: name it *.png, not {path.name}")


def plot_study_stats(stats: StudyStats, path: Path) -> None:
    from mianshi.study.stats_chart import plot_stats

    check_chart_path(path)
    try:
        plot_stats(stats, path)
    except OSError as exc:
        raise MianshiError(f"cannot write {path}: {exc.strerror or exc}") from None
