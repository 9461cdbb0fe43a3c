"""Study services: spaced-repetition review, self-check, progress.

Every rating is committed in its own transaction the moment it is given, so a
session that ends any way at all (quit, Ctrl-C, a closed terminal, kill -9)
loses at most the card on screen.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from fsrs import Card, Rating, Scheduler

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


class AlreadyRatedError(MianshiError):
    """The card was rated elsewhere (another tab or session) after it was shown here."""


# Check-then-save of a rating is atomic within a process (the web server's threads).
_rating_lock = threading.Lock()


@dataclass(frozen=True)
class Rated:
    card: Card
    interval: str  # until the card is due again, e.g. "10 min", "4 d"


@dataclass
class ReviewSession:
    """A queue of cards and a way to rate them; each rating is committed at once."""

    store: Store
    queue: ReviewQueue
    scheduler: Scheduler
    due_total: int  # due cards matching the filters, before --limit
    new_available: int  # questions matching the filters never studied
    next_due: datetime | None  # when the next card not yet due falls due

    def next(self) -> ReviewItem | None:
        return self.queue.next()

    def rate(
        self,
        item: ReviewItem,
        rating: Rating,
        duration_ms: int | None = None,
        now: datetime | None = None,
        *,
        once: bool = False,
    ) -> Rated:
        """Rate `item` and commit at once.

        The stored card is the truth, even if another session rated it meanwhile;
        with `once`, a card rated elsewhere since it was shown here is refused
        (AlreadyRatedError) instead, so two browser tabs never rate one card twice.
        """
        now = now or scheduling.utc_now()
        with _rating_lock, self.store.session() as session:
            card = study_repo.cards(session, [item.question.id]).get(item.question.id)
            if once and _last_review(card) != _last_review(item.card):
                raise AlreadyRatedError(
                    f"'{item.question.title}' was already rated in another tab or session: skipped"
                )
            if card is None:
                card = scheduling.new_card(study_repo.next_card_id(session, now), now)
            before = scheduling.state_before(card)
            card, log = scheduling.review(self.scheduler, card, rating, now, duration_ms)
            study_repo.save_rating(session, item.question.id, card, log, before)
        self.queue.rated(item, rating, card, now)
        return Rated(card, scheduling.describe_interval(card.due - now))


def _last_review(card: Card | None) -> datetime | None:
    return card.last_review if card is not None else None


@contextmanager
def review_session(
    db: str | None = None,
    module: str | None = None,
    topic: str | None = None,
    limit: int = 50,
    new: int = 10,
    now: datetime | None = None,
    scheduler: Scheduler | None = None,
    question: str | None = None,
) -> Iterator[ReviewSession]:
    """Due cards (most overdue first) then up to `new` new questions, `limit` cards in all;
    or, with `question`, that one question whatever its schedule."""
    if limit < 1:
        raise MianshiError("--limit must be at least 1")
    if new < 0:
        raise MianshiError("--new cannot be negative")
    now = now or scheduling.utc_now()
    with study_store(db) as store:
        with store.session() as session:
            if question is not None:
                questions = [get_active_question(session, question)]
            else:
                questions = bank_questions(session, module, topic)
            cards = study_repo.cards(session, [q.id for q in questions])
            frequencies = question_frequencies(session)
        due = [(q, cards[q.id]) for q in questions if q.id in cards and cards[q.id].due <= now]
        unseen = [q for q in questions if q.id not in cards]
        later = [c.due for c in cards.values() if c.due > now]
        if question is not None:
            queue = ReviewQueue.of([ReviewItem(questions[0], cards.get(question))])
        else:
            queue = ReviewQueue.of(build_queue(due, unseen, frequencies, limit, new))
        yield ReviewSession(
            store=store,
            queue=queue,
            scheduler=scheduler or scheduling.default_scheduler(),
            due_total=len(due),
            new_available=len(unseen),
            next_due=min(later) if later else None,
        )


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
