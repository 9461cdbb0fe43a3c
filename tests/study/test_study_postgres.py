"""Study state on a real PostgreSQL server: large card ids, and a restore into a fresh database."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating
from sqlalchemy import create_engine, text
from studykit import write_study_content

from mianshi.services.bank import init_database
from mianshi.services.mock import mock_history, mock_interview
from mianshi.services.study import review_session
from mianshi.services.study_export import backup, restore
from postgres import running_server, server_binaries

pytestmark = pytest.mark.skipif(
    server_binaries() is None,
    reason="PostgreSQL server not installed (make test installs the Debian package as root)",
)
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def fresh_schema(url: str, content) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    init_database(url, content)


def test_study_state_round_trips_through_postgres(tmp_path, monkeypatch):
    content = write_study_content(tmp_path / "content")
    monkeypatch.setenv("MIANSHI_CONTENT", str(content))
    with running_server() as url:
        fresh_schema(url, content)
        with review_session(url, new=2, now=T0) as session:
            session.rate(session.next(), Rating.Good, now=T0)
            session.rate(session.next(), Rating.Easy, now=T0)
        with mock_interview(url, "llm", n=1, seed=1, clock=lambda: T0) as run:
            run.answer(run.next(), "KV cache 缓存 key 和 value", 30)
            run.finish()
        saved = tmp_path / "pg.json"
        backup(saved, url)
        document = json.loads(saved.read_text(encoding="utf-8"))
        assert document["tables"]["cards"]["rows"][0]["card_id"] > 2**31  # epoch milliseconds

        fresh_schema(url, content)
        restore(saved, url)
        # New rows after the restore get new ids: the id sequences moved past the restored rows.
        with review_session(url, new=1, now=T0 + timedelta(days=1)) as session:
            session.rate(session.next(), Rating.Hard, now=T0 + timedelta(days=1))
        with mock_interview(url, "llm", n=1, seed=2, clock=lambda: T0) as run:
            run.answer(run.next(), "", 1)
            run.finish()
        assert [m.id for m in mock_history(url)] == [2, 1]
        again = tmp_path / "again.json"
        backup(again, url)
        tables = json.loads(again.read_text(encoding="utf-8"))["tables"]
        assert len(tables["review_logs"]["rows"]) == 3
        ids = {r["question_id"]: r["card_id"] for r in tables["cards"]["rows"]}
        assert {r["question_id"]: r["card_id"] for r in document["tables"]["cards"]["rows"]} == ids
