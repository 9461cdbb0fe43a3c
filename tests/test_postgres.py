"""The PostgreSQL path against a real server."""

import json
import shutil

import pytest
from sqlalchemy import create_engine, text

from conftest import CONTENT, run_cli
from mianshi.services.bank import init_database, list_questions
from postgres import running_server, server_binaries

pytestmark = pytest.mark.skipif(
    server_binaries() is None,
    reason="PostgreSQL server not installed (make test installs the Debian package as root)",
)


@pytest.fixture(scope="module")
def pg_url():
    with running_server() as url:
        yield url


def test_init_is_idempotent_and_edits_touch_one_row(content, pg_url):
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    first = init_database(pg_url, content)
    assert len(first.sync.added) == 3
    assert not init_database(pg_url, content).sync.changed
    path = content / "bank" / "dl_basics" / "bn-basics.md"
    path.write_text(path.read_text(encoding="utf-8").replace("bn-basics 是什么？", "BN 是什么？"), encoding="utf-8")
    assert init_database(pg_url, content).sync.updated == ["bn-basics"]
    titles = {q.id: q.title for q in list_questions(pg_url)}
    assert titles["bn-basics"] == "BN 是什么？" and titles["ln-basics"] == "ln-basics 是什么？"
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM questions")).scalar() == 3
    engine.dispose()


def test_cli_against_postgres(content, pg_url):
    env = {"MIANSHI_CONTENT": str(content), "MIANSHI_DB": pg_url}
    assert run_cli("init", env_extra=env).returncode == 0
    shown = run_cli("show", "kv-cache-basics", env_extra=env)
    assert shown.returncode == 0 and "kv-cache-basics 是什么？" in shown.stdout


def test_import_and_bank_frequency_against_postgres(content, pg_url, tmp_path):
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    shutil.copy(CONTENT / "glossary.yaml", content / "glossary.yaml")  # import reads concepts
    env = {"MIANSHI_CONTENT": str(content), "MIANSHI_DB": pg_url}
    assert run_cli("init", env_extra=env).returncode == 0
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text("- bn-basics 是什么？\n- kv-cache-basics 是什么？\n", encoding="utf-8")
    (folder / "b.md").write_text("- bn-basics 是什么\n", encoding="utf-8")
    imported = run_cli("import", str(folder), env_extra=env)
    assert imported.returncode == 0, imported.stderr
    again = run_cli("import", str(folder), env_extra=env)
    assert again.returncode == 0 and "unchanged" in again.stdout
    ranking = run_cli("frequency", "--bank", "--json", env_extra=env)
    assert ranking.returncode == 0, ranking.stderr
    rows = [json.loads(line) for line in ranking.stdout.splitlines()]
    assert [(r["question_id"], r["frequency"], r["asked"]) for r in rows] == [
        ("bn-basics", 2, 2),
        ("kv-cache-basics", 1, 1),
    ]
