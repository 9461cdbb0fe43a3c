"""Backup and restore: an exact round trip, and refusals that change nothing."""

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating
from studykit import make_study_db, perfect_answer, run_mianshi

from mianshi.services.mock import mock_interview
from mianshi.services.study import review_session, self_check

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
STATE_TABLES = (
    "cards",
    "review_logs",
    "mock_sessions",
    "mock_answers",
    "self_checks",
    "submissions",
    "match_decisions",
    "pair_decisions",
)


def fill_generic_row(db_file, table: str) -> None:
    """One row of a table this area does not own, with values chosen from the column types."""
    samples = {
        "INTEGER": 7,
        "FLOAT": 1.25,
        "REAL": 1.25,
        "BOOLEAN": 1,
        "DATETIME": "2026-01-02 03:04:05.000006",
        "JSON": '{"k": [1, 2]}',
    }
    with sqlite3.connect(db_file) as conn:
        columns = conn.execute(f"PRAGMA table_info({table})").fetchall()
        names = [c[1] for c in columns]
        values = [samples.get(c[2].split("(")[0].upper(), "print('你好')") for c in columns]
        conn.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            values,
        )


def make_state(url: str, db_file) -> None:
    with review_session(url, new=3, now=T0) as session:
        for rating in (Rating.Good, Rating.Again, Rating.Easy):
            session.rate(session.next(), rating, duration_ms=1234, now=T0)
    with mock_interview(url, "llm", n=2, seed=3, clock=lambda: T0 + timedelta(hours=1)) as run:
        asked = run.next()
        run.answer(asked, perfect_answer(), 61.5)
        run.answer(run.next(), "", 2)
        run.finish()
    self_check("rope", "RoPE 用旋转矩阵编码位置，内积只依赖相对位置", url, now=T0)
    fill_generic_row(db_file, "submissions")
    with sqlite3.connect(db_file) as conn:  # a review-matches decision: this question is rope
        conn.execute(
            "INSERT INTO match_decisions VALUES ('0a1b2c3d4e5f6071', 'RoPE 是什么', 'rope', "
            "'2026-01-02 03:04:05.000006')"
        )
        conn.execute(  # and these two ask the same question
            "INSERT INTO pair_decisions VALUES ('0a1b2c3d4e5f6071-1a1b2c3d4e5f6071', "
            "'RoPE 是什么', '讲讲旋转位置编码', 1, '2026-01-02 03:04:05.000006')"
        )


def table_rows(db_file) -> dict[str, list[tuple]]:
    with sqlite3.connect(db_file) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in STATE_TABLES}


@pytest.fixture
def source(tmp_path, monkeypatch):
    url, db_file = make_study_db(tmp_path / "a", monkeypatch)
    make_state(url, db_file)
    return url, db_file


def fresh_db(tmp_path) -> tuple[str, object]:
    from mianshi.services.bank import init_database

    db_file = tmp_path / "fresh.db"
    url = f"sqlite:///{db_file}"
    init_database(url)  # the same content, through MIANSHI_CONTENT
    return url, db_file


def test_backup_and_restore_round_trip_exactly(source, tmp_path):
    _, db_file = source
    backup_file = tmp_path / "state.json"
    done = run_mianshi("backup", str(backup_file))
    assert done.returncode == 0, done.stderr
    document = json.loads(backup_file.read_text(encoding="utf-8"))
    assert (document["app"], document["kind"], document["version"]) == (
        "mianshi",
        "user-state-backup",
        1,
    )
    assert set(document["tables"]) == set(STATE_TABLES)
    assert len(document["tables"]["review_logs"]["rows"]) == 3

    _, other = fresh_db(tmp_path)
    restored = run_mianshi("--db", str(other), "restore", str(backup_file))
    assert restored.returncode == 0, restored.stderr
    assert table_rows(other) == table_rows(db_file)
    assert all(table_rows(other)[t] for t in STATE_TABLES)

    again = tmp_path / "again.json"
    assert run_mianshi("--db", str(other), "backup", str(again)).returncode == 0
    assert json.loads(again.read_text(encoding="utf-8"))["tables"] == document["tables"]


def corrupt_variants(good: str) -> dict[str, str]:
    document = json.loads(good)
    edited = json.loads(good)
    edited["tables"]["cards"]["rows"][0]["stability"] = 99.0
    newer = dict(document, version=2)
    foreign = {"app": "anki", "tables": {}}
    bad_value = json.loads(good)
    bad_value["tables"]["cards"]["rows"][0]["due"] = "yesterday"
    from mianshi.study.backup import tables_digest

    bad_value["sha256"] = tables_digest(bad_value["tables"])
    return {
        "truncated": good[: len(good) // 2],
        "edited": json.dumps(edited),
        "newer": json.dumps(newer),
        "foreign": json.dumps(foreign),
        "bad value": json.dumps(bad_value),
        "not json": "\x00\x01 binary junk",
    }


def test_corrupt_or_foreign_files_are_refused_and_change_nothing(source, tmp_path):
    _, db_file = source
    good = tmp_path / "good.json"
    assert run_mianshi("backup", str(good)).returncode == 0
    before = table_rows(db_file)
    for name, text in corrupt_variants(good.read_text(encoding="utf-8")).items():
        path = tmp_path / "bad.json"
        path.write_text(text, encoding="utf-8")
        done = run_mianshi("restore", str(path), "--force")
        assert done.returncode == 1, name
        assert "Traceback" not in done.stderr and done.stderr.startswith("error:"), name
        assert table_rows(db_file) == before, name
    missing = run_mianshi("restore", str(tmp_path / "nope.json"))
    assert missing.returncode == 1 and "cannot read" in missing.stderr


def test_restoring_over_existing_state_needs_force_and_keeps_a_copy(
    source, tmp_path, isolated_home
):
    url, db_file = source
    snapshot = tmp_path / "snapshot.json"
    assert run_mianshi("backup", str(snapshot)).returncode == 0
    original = table_rows(db_file)
    with review_session(url, new=1, now=T0 + timedelta(days=1)) as session:
        session.rate(session.next(), Rating.Hard, now=T0 + timedelta(days=1))
    changed = table_rows(db_file)

    refused = run_mianshi("restore", str(snapshot))
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert table_rows(db_file) == changed

    done = run_mianshi("restore", str(snapshot), "--force")
    assert done.returncode == 0, done.stderr
    assert table_rows(db_file) == original
    [copy] = (isolated_home / "backups").glob("before-restore-*.json")
    assert str(copy) in done.stdout.replace("\n", "")
    # The copy is itself a backup of the state that was replaced.
    _, other = fresh_db(tmp_path)
    assert run_mianshi("--db", str(other), "restore", str(copy)).returncode == 0
    assert table_rows(other) == changed


def test_a_backup_naming_unknown_questions_is_refused(source, tmp_path):
    from mianshi.study.backup import tables_digest

    good = tmp_path / "good.json"
    assert run_mianshi("backup", str(good)).returncode == 0
    document = json.loads(good.read_text(encoding="utf-8"))
    document["tables"]["cards"]["rows"][0]["question_id"] = "question-from-elsewhere"
    document["sha256"] = tables_digest(document["tables"])
    good.write_text(json.dumps(document), encoding="utf-8")
    _, other = fresh_db(tmp_path)
    done = run_mianshi("--db", str(other), "restore", str(good))
    assert done.returncode == 1 and "question-from-elsewhere" in done.stderr
    assert all(not rows for rows in table_rows(other).values())


def test_backup_bad_paths(source, tmp_path):
    done = run_mianshi("backup", str(tmp_path / "missing" / "b.json"))
    assert done.returncode == 1 and "folder does not exist" in done.stderr


def _resealed(document: dict) -> str:
    """The document with its checksum recomputed, as a hand edit that knows the format."""
    from mianshi.study.backup import tables_digest

    document["sha256"] = tables_digest(document["tables"])
    return json.dumps(document)


@pytest.mark.parametrize(
    "table, field, value, message",
    [
        ("review_logs", "rating", 7, "table 'review_logs', row 1, field 'rating': 7 is not one of"),
        ("review_logs", "rating", 1.5, "field 'rating': 1.5 is not an integer"),
        ("cards", "card_id", 2**70, "field 'card_id': 1180591620717411303424 is out of the 64-bit"),
        ("cards", "stability", "abc", "field 'stability': 'abc' is not a number"),
        ("cards", "state", 9, "field 'state': 9 is not one of 1, 2, 3"),
        ("cards", "due", None, "field 'due' is missing"),
        ("mock_answers", "skipped", "yes", "field 'skipped': 'yes' is not true or false"),
        ("self_checks", "score", float("nan"), "field 'score': nan is not a finite number"),
    ],
)
def test_a_resealed_backup_with_bad_values_is_refused_naming_the_field(
    source, tmp_path, table, field, value, message
):
    _, db_file = source
    good = tmp_path / "good.json"
    assert run_mianshi("backup", str(good)).returncode == 0
    document = json.loads(good.read_text(encoding="utf-8"))
    document["tables"][table]["rows"][0][field] = value
    bad = tmp_path / "bad.json"
    bad.write_text(_resealed(document), encoding="utf-8")
    before = table_rows(db_file)
    done = run_mianshi("restore", str(bad), "--force")
    assert done.returncode == 1
    assert message in done.stderr and len(done.stderr.splitlines()) == 1, done.stderr
    assert table_rows(db_file) == before


def test_a_backup_missing_a_table_is_refused_and_keeps_the_logs(source, tmp_path):
    _, db_file = source
    good = tmp_path / "good.json"
    assert run_mianshi("backup", str(good)).returncode == 0
    document = json.loads(good.read_text(encoding="utf-8"))
    del document["tables"]["review_logs"]
    bad = tmp_path / "bad.json"
    bad.write_text(_resealed(document), encoding="utf-8")
    before = table_rows(db_file)
    done = run_mianshi("restore", str(bad), "--force")
    assert done.returncode == 1 and "has no table 'review_logs'" in done.stderr, done.stderr
    assert table_rows(db_file) == before and before["review_logs"]


def test_at_a_terminal_restore_asks_instead_of_telling_to_add_force(source, tmp_path):
    import os
    import subprocess
    import sys

    from studykit import cli_env

    good = tmp_path / "good.json"
    assert run_mianshi("backup", str(good)).returncode == 0
    primary, secondary = os.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "mianshi", "restore", str(good)],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        env=cli_env(),
    )
    os.close(secondary)
    output = b""
    while b"Replace it?" not in output:
        chunk = os.read(primary, 4096)
        assert chunk, output
        output += chunk
    os.write(primary, b"n\n")
    assert process.wait(timeout=60) == 1
    os.close(primary)
    text = output.decode("utf-8", "replace")
    assert "already holds study state" in text and "--force" not in text, text
