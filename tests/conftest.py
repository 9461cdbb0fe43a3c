"""Shared fixtures: an isolated data directory and a small content folder per test."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CONTENT = REPO / "content"
SEEDS = next(
    (
        p
        for p in (REPO.parent / "shared" / "seeds", REPO.parents[1] / "shared" / "seeds")
        if p.is_dir()
    ),
    REPO.parent / "shared" / "seeds",
)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Never touch the real user data directory or a database named in the environment."""
    home = tmp_path / "home"
    monkeypatch.setenv("MIANSHI_HOME", str(home))
    monkeypatch.delenv("MIANSHI_DB", raising=False)
    monkeypatch.delenv("MIANSHI_CONTENT", raising=False)
    return home


def write_question(
    bank: Path,
    qid: str,
    module: str = "dl_basics",
    topic: str = "normalization",
    *,
    title: str | None = None,
    related: list[str] | None = None,
    body: str = "第一句直接回答问题。然后解释机制。",
    extra: str = "",
) -> Path:
    folder = bank / module
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{qid}.md"
    related_yaml = "[" + ", ".join(related or []) + "]"
    path.write_text(
        "---\n"
        f"id: {qid}\n"
        f"module: {module}\n"
        f"topic: {topic}\n"
        f"title: {title or qid + ' 是什么？'}\n"
        f"title_en: What is {qid}?\n"
        "aliases: [别名一, alias two]\n"
        "difficulty: 2\n"
        "keypoints:\n  - 要点一\n  - 要点二\n  - 要点三\n"
        f"related: {related_yaml}\n"
        f"{extra}"
        "---\n"
        f"{body}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def content(tmp_path) -> Path:
    """A small valid content folder: the real taxonomy and three linked questions."""
    root = tmp_path / "content"
    root.mkdir()
    shutil.copy(CONTENT / "taxonomy.yaml", root / "taxonomy.yaml")
    bank = root / "bank"
    write_question(bank, "bn-basics", related=["ln-basics"])
    write_question(bank, "ln-basics", related=["bn-basics"])
    write_question(bank, "kv-cache-basics", "llm", "inference", related=["bn-basics"])
    return root


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'data' / 'test.db'}"


@pytest.fixture
def db_file(tmp_path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data" / "test.db"


def run_cli(*args: str, env_extra: dict | None = None, input_text: str | None = None):
    """Run the real `mianshi` entry point in a subprocess (as a user would)."""
    import os

    env = dict(os.environ)
    env.update(env_extra or {})
    env["COLUMNS"] = "200"
    return subprocess.run(
        [sys.executable, "-m", "mianshi", *args],
        capture_output=True,
        text=True,
        env=env,
        input=input_text,
        timeout=300,
    )
