"""`mianshi review` driven through its input, including sessions cut short by signals."""

import signal

import pytest
from studykit import make_study_db, query, run_mianshi, start_mianshi, wait_for_rows


@pytest.fixture
def db(tmp_path, monkeypatch):
    return make_study_db(tmp_path, monkeypatch)


def test_a_piped_session_rates_and_saves_every_card(db):
    _, db_file = db
    # Reveal, a wrong key, then Good; reveal, Again; reveal, Easy; then the input ends.
    done = run_mianshi("review", "--new", "3", input_text="\nx\n3\n\n1\n\ne\n")
    assert done.returncode == 0, done.stderr
    assert "'x' is not a rating" in done.stdout
    assert "Reviewed 3 question(s)" in done.stdout and "Again 忘了 1" in done.stdout
    logs = query(db_file, "SELECT rating, state_before FROM review_logs ORDER BY id")
    assert logs == [(3, 0), (1, 0), (4, 0)]
    assert query(db_file, "SELECT count(*) FROM cards") == [(3,)]
    # Cards in a short learning step (Good and Again on a new card) come back in the
    # session as repeats: the counter counts the 3 distinct cards and never grows.
    assert "1/3 again" in done.stdout and "1 left in this session" in done.stdout
    assert "4/" not in done.stdout and "/4" not in done.stdout and "/5" not in done.stdout


def test_the_daily_new_card_limit_holds_across_sessions(db):
    _, db_file = db
    first = run_mianshi("review", "--new", "5", "--new-per-day", "2", input_text="\n4\n\n4\n\n4\n")
    assert first.returncode == 0, first.stderr
    assert query(db_file, "SELECT count(*) FROM cards") == [(2,)]
    again = run_mianshi("review", "--new", "5", "--new-per-day", "2", input_text="\n4\n")
    assert again.returncode == 0, again.stderr
    assert "today's limit of new cards is reached" in again.stdout
    assert query(db_file, "SELECT count(*) FROM cards") == [(2,)]


def test_quit_key_ends_the_session_keeping_ratings(db):
    _, db_file = db
    done = run_mianshi("review", "--new", "5", input_text="\n3\nq\n")
    assert done.returncode == 0, done.stderr
    assert query(db_file, "SELECT count(*) FROM review_logs") == [(1,)]


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGHUP, signal.SIGKILL])
def test_an_interrupted_session_keeps_every_rating_given(db, stop):
    _, db_file = db
    process = start_mianshi("review", "--new", "5")
    process.stdin.write("\n3\n\n2\n")  # two cards rated, the third left on screen
    process.stdin.flush()
    wait_for_rows(db_file, "SELECT count(*) FROM review_logs", 2, process)
    process.send_signal(stop)
    _, stderr = process.communicate(timeout=120)
    if stop == signal.SIGINT:
        assert process.returncode == 130
        assert "Traceback" not in stderr
    else:
        assert process.returncode == -stop
    assert query(db_file, "SELECT rating FROM review_logs ORDER BY id") == [(3,), (2,)]
    assert query(db_file, "SELECT count(*) FROM cards") == [(2,)]
    assert query(db_file, "PRAGMA integrity_check") == [("ok",)]


def test_nothing_due_is_a_message_not_an_error(db):
    done = run_mianshi("review", "--module", "llm", "--new", "0")
    assert done.returncode == 0
    assert "Nothing due in llm" in done.stdout and "3 new questions" in done.stdout


def test_bad_input_gives_one_line_errors(db):
    for args in (
        ["review", "--module", "nlp"],
        ["review", "--limit", "0"],
        ["review", "--topic", "nope"],
    ):
        done = run_mianshi(*args)
        assert done.returncode == 1, args
        assert "Traceback" not in done.stderr
        assert (
            done.stderr.strip().startswith("error:") and len(done.stderr.strip().splitlines()) == 1
        )


def test_review_before_init_says_what_to_do(tmp_path):
    done = run_mianshi("--db", str(tmp_path / "fresh.db"), "review")
    assert done.returncode == 1 and "mianshi init" in done.stderr and "Traceback" not in done.stderr


def test_a_database_without_study_tables_says_to_upgrade(db):
    _, db_file = db
    query(db_file, "DROP TABLE cards")
    done = run_mianshi("review")
    assert done.returncode == 1 and "run `mianshi init` to upgrade" in done.stderr
    assert "Traceback" not in done.stderr
