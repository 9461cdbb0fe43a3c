"""Progress figures from a known history, and the chart and table commands."""

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating, Scheduler
from studykit import make_study_db, run_mianshi

from mianshi.services.study import review_session, study_stats

# Nine days ago, so that the command (which runs at the real time) sees the same history.
T0 = datetime.now(UTC).replace(microsecond=0) - timedelta(days=9)


def rate(url: str, qid: str, rating: Rating, now: datetime):
    with review_session(
        url, limit=100, new=100, now=now, scheduler=Scheduler(enable_fuzzing=False)
    ) as session:
        item = next(i for i in session.queue.items if i.question.id == qid)
        return session.rate(item, rating, now=now).card


@pytest.fixture
def history(tmp_path, monkeypatch):
    """rope and kv-cache learnt on day 0, reviewed when due; bn-vs-ln forgotten on its review."""
    url, db_file = make_study_db(tmp_path, monkeypatch)
    for qid in ("rope", "kv-cache", "bn-vs-ln"):
        rate(url, qid, Rating.Easy, T0)  # straight to the Review state
    due = {
        qid: rate(url, qid, Rating.Good, T0 + timedelta(days=8)).due for qid in ("rope", "kv-cache")
    }
    rate(url, "bn-vs-ln", Rating.Again, T0 + timedelta(days=8))
    return url, db_file, due


def test_counts_retention_due_load_and_mastery(history):
    url, _, due = history
    now = T0 + timedelta(days=9)
    stats = study_stats(url, now=now, tz=UTC)
    per_day = {d.day: d.counts for d in stats.days if d.total}
    assert per_day == {
        T0.date(): {1: 0, 2: 0, 3: 0, 4: 3},
        (T0 + timedelta(days=8)).date(): {1: 1, 2: 0, 3: 2, 4: 0},
    }
    assert stats.total_reviews == 6 and stats.mature_reviews == 3
    assert stats.retention == pytest.approx(2 / 3)
    expected = dict.fromkeys((now.date() + timedelta(days=i) for i in range(14)), 0)
    expected[now.date()] = 1  # the forgotten card: due minutes after its lapse, so overdue
    for when in due.values():
        if when.date() in expected:
            expected[when.date()] += 1
    assert dict(stats.due) == expected
    modules = {m.module: m for m in stats.modules}
    assert (modules["llm"].studied, modules["llm"].questions) == (2, 3)
    assert 0.5 < modules["llm"].mastery < 2 / 3  # two of three questions, recall below 1
    assert modules["dl_basics"].mastery == 0  # its only card is relearning
    topics = {(t.module, t.topic): t for t in stats.topics}
    assert topics[("llm", "inference")].mastery > 0.9


def test_an_empty_history_is_all_zeros(tmp_path, monkeypatch):
    url, _ = make_study_db(tmp_path, monkeypatch)
    stats = study_stats(url, now=T0, tz=UTC)
    assert stats.total_reviews == 0 and stats.retention is None
    assert all(n == 0 for _, n in stats.due) and len(stats.due) == 14
    assert all(m.mastery == 0 for m in stats.modules)


def test_the_chart_of_an_empty_history_has_real_dates_and_whole_numbers(tmp_path, monkeypatch):
    import matplotlib.pyplot as plt
    from matplotlib.dates import num2date

    from mianshi.study.stats_chart import build_figure, cjk_font

    url, _ = make_study_db(tmp_path, monkeypatch)
    fig = build_figure(study_stats(url, now=T0, tz=UTC))
    try:
        reviews, retention, due, _ = fig.axes[:4]
        for axis in (reviews, retention):
            years = {num2date(x).year for x in axis.get_xlim()}
            assert years == {T0.year}, years  # not 1970
        for axis in (reviews, due):
            ticks = axis.get_yticks()
            assert len(ticks) > 1 and all(float(t).is_integer() for t in ticks), ticks
        if cjk_font():  # Debian's fonts-noto-cjk: the labels are bilingual
            assert "每日复习" in reviews.get_title()
        else:
            assert reviews.get_title().startswith("Reviews per day")
    finally:
        plt.close(fig)


def test_stats_command_prints_tables_and_writes_a_chart(history, tmp_path):
    chart = tmp_path / "progress.png"
    done = run_mianshi("stats", "--plot", str(chart))
    assert done.returncode == 0, done.stderr
    for heading in ("Reviews per day", "Due in the next 14 days", "Mastery", "6 reviews"):
        assert heading in done.stdout
    data = chart.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000

    import matplotlib.image

    height, width, _ = matplotlib.image.imread(chart).shape
    assert width > 1000 and height > 700


def test_stats_plot_bad_paths(history, tmp_path):
    for target in (tmp_path / "missing" / "x.png", tmp_path / "chart.jpg"):
        done = run_mianshi("stats", "--plot", str(target))
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert done.stdout == ""  # refused before any work
