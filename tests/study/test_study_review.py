"""Review scheduling through the service against a real SQLite file, checked against fsrs itself."""

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Card, Rating, Scheduler, State
from studykit import REPO, add_frequencies, make_study_db, query

from mianshi.errors import MianshiError, NotFoundError
from mianshi.services.study import due_counts, review_session
from mianshi.store import open_store, study_repo

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path, monkeypatch):
    return make_study_db(tmp_path, monkeypatch)


def rate_once(url: str, qid: str, rating: Rating, now: datetime, scheduler: Scheduler) -> Card:
    """Open a session at `now`, find `qid` in it, rate it; return the card the service stored."""
    with review_session(url, limit=100, new=100, now=now, scheduler=scheduler) as session:
        item = next(i for i in session.queue.items if i.question.id == qid)
        return session.rate(item, rating, now=now).card


def stored_card(url: str, qid: str) -> Card:
    store = open_store(url)
    try:
        with store.session() as s:
            return study_repo.cards(s, [qid])[qid]
    finally:
        store.close()


def test_scheduling_follows_the_library_step_by_step(db):
    """The card stored after each rating is exactly what fsrs computes for the same ratings."""
    url, _ = db
    scheduler = Scheduler(enable_fuzzing=False)
    ratings = [Rating.Good] * 6 + [Rating.Again] * 2 + [Rating.Good] * 5
    expected = Card(card_id=1, due=T0)
    now = T0
    intervals = []
    for rating in ratings:
        expected, _ = scheduler.review_card(expected, rating, review_datetime=now)
        card = rate_once(url, "rope", rating, now, scheduler)
        assert card == stored_card(url, "rope")
        assert (card.state, card.step, card.due, card.last_review) == (
            expected.state,
            expected.step,
            expected.due,
            expected.last_review,
        )
        assert card.stability == pytest.approx(expected.stability, rel=1e-12)
        assert card.difficulty == pytest.approx(expected.difficulty, rel=1e-12)
        intervals.append((card.due - card.last_review).days)
        now = card.due
    # Long intervals grow with each Good; the lapses fall back into relearning.
    assert intervals[1:6] == sorted(intervals[1:6]) and intervals[5] > 300
    assert intervals[6:8] == [0, 0]


def test_stored_logs_replay_to_the_stored_card(db):
    """fsrs's reschedule_card, fed the review logs we stored, rebuilds the card we stored."""
    url, _ = db
    scheduler = Scheduler(enable_fuzzing=False)
    now = T0
    for rating in (Rating.Hard, Rating.Good, Rating.Again, Rating.Good, Rating.Easy):
        card = rate_once(url, "kv-cache", rating, now, scheduler)
        now = card.due + timedelta(hours=3)
    store = open_store(url)
    try:
        with store.session() as s:
            logs = study_repo.fsrs_logs(s, "kv-cache")
            card = study_repo.cards(s, ["kv-cache"])["kv-cache"]
    finally:
        store.close()
    assert [int(log.rating) for log in logs] == [2, 3, 1, 3, 4]
    replayed = scheduler.reschedule_card(card, logs)
    assert (replayed.state, replayed.due, replayed.last_review) == (
        card.state,
        card.due,
        card.last_review,
    )
    assert replayed.stability == pytest.approx(card.stability)


def test_fuzzed_interval_is_one_the_library_gives(db):
    url, _ = db
    card = rate_once(url, "rope", Rating.Easy, T0, Scheduler())
    library = {
        (Scheduler().review_card(Card(card_id=1, due=T0), Rating.Easy, T0)[0].due - T0).days
        for _ in range(500)
    }
    assert card.state == State.Review
    assert len(library) > 1 and (card.due - T0).days in library


def test_each_rating_is_committed_before_the_session_ends(db):
    url, db_file = db
    with review_session(url, new=3, now=T0) as session:
        first = session.next()
        session.rate(first, Rating.Good, now=T0)
        # Another connection sees the card and its log while the session is still open.
        assert query(db_file, "SELECT question_id FROM cards") == [(first.question.id,)]
        assert query(db_file, "SELECT question_id, rating, state_before FROM review_logs") == [
            (first.question.id, 3, 0)
        ]


def test_new_questions_come_most_frequent_first_after_due_ones(db):
    url, db_file = db
    add_frequencies(db_file, {"attention-cost": 3, "bn-vs-ln": 1, "kv-cache": 5})
    scheduler = Scheduler(enable_fuzzing=False)
    rate_once(url, "rope", Rating.Good, T0, scheduler)  # learning step: due again in 10 minutes
    later = T0 + timedelta(hours=1)
    with review_session(url, limit=4, new=3, now=later) as session:
        order = [(i.question.id, i.is_new) for i in session.queue.items]
    assert order == [
        ("rope", False),
        ("kv-cache", True),
        ("attention-cost", True),
        ("bn-vs-ln", True),
    ]


def test_zero_frequencies_still_give_an_order(db):
    url, _ = db
    with review_session(url, new=2, now=T0) as session:
        assert len(session.queue) == 2  # bank order among equals: difficulty, then id
        assert [i.question.id for i in session.queue.items] == ["attention-cost", "bn-inference"]


def test_again_brings_the_card_back_in_the_same_session(db):
    url, _ = db
    with review_session(url, new=1, now=T0) as session:
        item = session.next()
        rated = session.rate(item, Rating.Again, now=T0)
        assert rated.interval == "1 min"
        again = session.next()
        assert again.question.id == item.question.id and not again.is_new
        session.rate(again, Rating.Good, now=T0 + timedelta(minutes=2))
    assert len(query(db[1], "SELECT * FROM review_logs")) == 2


def test_due_counts_per_module_and_filters(db):
    url, _ = db
    scheduler = Scheduler(enable_fuzzing=False)
    rate_once(url, "kv-cache", Rating.Good, T0, scheduler)
    rate_once(url, "bn-vs-ln", Rating.Easy, T0, scheduler)
    counts = {
        c.module: (c.due, c.new, c.questions) for c in due_counts(url, T0 + timedelta(hours=1))
    }
    assert counts == {"llm": (1, 2, 3), "dl_basics": (0, 2, 3)}
    with review_session(url, module="dl_basics", new=0, now=T0 + timedelta(hours=1)) as session:
        assert len(session.queue) == 0 and session.due_total == 0
        assert session.new_available == 2 and session.next_due > T0 + timedelta(days=1)
    with review_session(url, topic="inference", new=5, now=T0 + timedelta(hours=1)) as session:
        assert [i.question.id for i in session.queue.items] == ["kv-cache"]


def test_bad_filters_and_limits(db):
    url, _ = db
    with (
        pytest.raises(NotFoundError, match="unknown module 'nlp'"),
        review_session(url, module="nlp"),
    ):
        pass
    with (
        pytest.raises(NotFoundError, match="unknown topic"),
        review_session(url, module="llm", topic="normalization"),
    ):
        pass
    with pytest.raises(MianshiError, match="--limit"), review_session(url, limit=0):
        pass


def test_an_empty_bank_is_reported(tmp_path, monkeypatch):
    from mianshi.services.bank import init_database

    content = tmp_path / "empty"
    (content / "bank").mkdir(parents=True)
    (content / "taxonomy.yaml").write_text(
        (REPO / "content" / "taxonomy.yaml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'e.db'}"
    init_database(url, content)
    with pytest.raises(MianshiError, match="bank is empty"), review_session(url):
        pass


def test_two_sessions_never_rate_the_same_card_twice(db):
    url, db_file = db
    with (
        review_session(url, new=3, now=T0) as first,
        review_session(url, new=3, now=T0) as second,
    ):
        on_first = first.next(now=T0)
        on_second = second.next(now=T0)  # the first session holds its card: skipped
        assert on_second.question.id != on_first.question.id
        assert second.taken_elsewhere == 1
        assert first.rate(on_first, Rating.Easy, now=T0) is not None
        assert second.rate(on_second, Rating.Easy, now=T0) is not None
        # The card the second session rated is no longer offered to the first.
        on_third = first.next(now=T0)
        assert on_third.question.id not in {on_first.question.id, on_second.question.id}
        # A claim that went stale (a killed session) lets another session show the card,
        # but a rating given meanwhile elsewhere still wins: the late rating is refused.
        late = T0 + study_repo.CLAIM_TTL + timedelta(minutes=1)
        stolen = second.next(now=late)
        assert stolen.question.id == on_third.question.id
        assert second.rate(stolen, Rating.Good, now=late) is not None
        assert first.rate(on_third, Rating.Again, now=late) is None
    ratings = query(db_file, "SELECT question_id, count(*) FROM review_logs GROUP BY question_id")
    assert sorted(n for _, n in ratings) == [1, 1, 1]
    assert query(db_file, "SELECT count(*) FROM review_claims") == [(0,)]  # released at the end
