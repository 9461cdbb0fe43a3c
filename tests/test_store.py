"""The store against real SQLite files: idempotent loads, edits, user state, bad databases."""

import sqlite3

import pytest
from sqlalchemy import text

from conftest import write_question
from mianshi.errors import StoreError
from mianshi.services.bank import init_database, list_questions
from mianshi.store import open_store


def rows(db_file) -> dict[str, tuple]:
    with sqlite3.connect(db_file) as conn:
        return {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT id, title, content_hash, updated_at, active FROM questions"
            )
        }


def test_init_twice_changes_nothing(content, db_file):
    url = f"sqlite:///{db_file}"
    first = init_database(url, content)
    assert sorted(first.sync.added) == ["bn-basics", "kv-cache-basics", "ln-basics"]
    before = rows(db_file)
    second = init_database(url, content)
    assert not second.sync.changed and second.sync.unchanged == 3
    assert rows(db_file) == before


def test_edit_one_file_changes_only_that_row(content, db_file):
    url = f"sqlite:///{db_file}"
    init_database(url, content)
    before = rows(db_file)
    path = content / "bank" / "dl_basics" / "ln-basics.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("ln-basics 是什么？", "LN 是什么？"),
        encoding="utf-8",
    )
    report = init_database(url, content).sync
    assert report.updated == ["ln-basics"] and not report.added and not report.retired
    after = rows(db_file)
    assert after["ln-basics"][0] == "LN 是什么？"
    assert after["ln-basics"][2] != before["ln-basics"][2]
    for qid in ("bn-basics", "kv-cache-basics"):
        assert after[qid] == before[qid]


def test_user_state_survives_reload_and_removal(content, db_file):
    url = f"sqlite:///{db_file}"
    init_database(url, content)
    # A stand-in for a later table of user state that points at questions.
    with sqlite3.connect(db_file) as conn:
        conn.execute("CREATE TABLE notes (question_id TEXT REFERENCES questions(id), body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('bn-basics', 'my note')")
    (content / "bank" / "dl_basics" / "ln-basics.md").unlink()
    path = content / "bank" / "dl_basics" / "bn-basics.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("related: [ln-basics]", "related: []"),
        encoding="utf-8",
    )
    report = init_database(url, content).sync
    assert report.retired == ["ln-basics"] and report.updated == ["bn-basics"]
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("SELECT body FROM notes").fetchall() == [("my note",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert rows(db_file)["ln-basics"][3] == 0  # kept, inactive
    assert "ln-basics" not in {q.id for q in list_questions(url)}
    write_question(content / "bank", "ln-basics", related=["bn-basics"])
    assert init_database(url, content).sync.updated == ["ln-basics"]
    assert rows(db_file)["ln-basics"][3] == 1


def test_default_database_lives_in_the_data_directory(content, isolated_home):
    result = init_database(None, content)
    assert (isolated_home / "mianshi.db").is_file()
    assert str(isolated_home) in result.url


def test_env_var_selects_the_database(content, db_file, monkeypatch):
    monkeypatch.setenv("MIANSHI_DB", str(db_file))
    init_database(None, content)
    assert db_file.is_file()


def test_missing_database_directory(content, tmp_path):
    with pytest.raises(StoreError, match="database directory does not exist"):
        init_database(f"sqlite:///{tmp_path / 'nowhere' / 'x.db'}", content)
    assert not (tmp_path / "nowhere").exists()


def test_unreachable_database_url(content):
    with pytest.raises(StoreError, match="cannot use database"):
        init_database("postgresql+psycopg://nobody:secret@127.0.0.1:1/none", content)


def test_unknown_driver(content):
    with pytest.raises(StoreError, match="driver"):
        init_database("nosuchdb://localhost/x", content)


def test_file_that_is_not_a_database(content, db_file):
    db_file.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot use database"):
        init_database(f"sqlite:///{db_file}", content)
    assert db_file.read_bytes() == b"this is not sqlite" * 100


def test_read_only_database_is_refused_and_left_intact(content, db_file):
    init_database(f"sqlite:///{db_file}", content)
    before = rows(db_file)
    path = content / "bank" / "dl_basics" / "bn-basics.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("bn-basics 是什么？", "改过的标题"),
        encoding="utf-8",
    )
    # A read-only connection: root ignores file permissions, so open the file in mode=ro.
    read_only = f"sqlite:///file:{db_file}?mode=ro&uri=true"
    with pytest.raises(StoreError, match="read-only"):
        init_database(read_only, content)
    assert rows(db_file) == before


def test_failed_load_leaves_no_half_written_rows(content, db_file):
    url = f"sqlite:///{db_file}"
    init_database(url, content)
    # A trigger makes the second write of the transaction fail.
    with sqlite3.connect(db_file) as conn:
        conn.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON questions WHEN NEW.id = 'zz-last' "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
    before = rows(db_file)
    write_question(content / "bank", "aa-first")
    write_question(content / "bank", "zz-last")
    with pytest.raises(StoreError, match="refused"):
        init_database(url, content)
    assert rows(db_file) == before


def test_migrations_reach_head(content, db_file):
    from mianshi.store.migrate import current_revision, head_revision

    init_database(f"sqlite:///{db_file}", content)
    store = open_store(f"sqlite:///{db_file}")
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM topics")).scalar() > 40
    finally:
        store.close()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:////data/x.db", "/data/x.db"),
        ("sqlite+pysqlite:////data/x.db?timeout=5", "/data/x.db"),
        ("sqlite:///relative.db", "relative.db"),
        ("sqlite://", None),
        ("sqlite:///:memory:", None),
        ("sqlite:///file:/data/x.db?mode=ro&uri=true", None),
        ("postgresql+psycopg://u@h/d", None),
    ],
)
def test_sqlite_file_of_a_url(url, expected):
    from mianshi.database_url import sqlite_file

    result = sqlite_file(url)
    assert (str(result) if result else None) == expected


def test_a_database_of_an_older_mianshi_says_to_run_init_and_init_upgrades_it(content, db_file):
    from mianshi.store.migrate import newest_revision, upgrade

    url = f"sqlite:///{db_file}"
    store = open_store(url)
    upgrade(store.engine, "0005")  # as an earlier mianshi left it
    try:
        with pytest.raises(StoreError, match="older mianshi: run `mianshi init`"):
            store.require_initialised()
    finally:
        store.close()
    init_database(url, content)
    store = open_store(url)
    try:
        store.require_initialised()
        with store.engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == newest_revision()
    finally:
        store.close()
