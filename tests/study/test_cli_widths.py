"""The tables of `list`, `search`, `problems` and `history` read at 80 and 120 columns:
titles whole, headers and ids never cut."""

import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from studykit import make_study_db, perfect_answer

from mianshi.services.mock import mock_interview

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def study_db(tmp_path_factory):
    monkeypatch = pytest.MonkeyPatch()
    url, _ = make_study_db(tmp_path_factory.mktemp("widths"), monkeypatch)
    with mock_interview(url, "llm", n=2, seed=3, clock=lambda: T0) as run:
        run.answer(run.next(), perfect_answer(), 61.5)
        run.finish()
    env = dict(os.environ)
    yield env
    monkeypatch.undo()


def _run(env: dict, width: int, *args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "mianshi", *args],
        capture_output=True,
        text=True,
        env=dict(env, COLUMNS=str(width)),
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def _header(lines: list[str]) -> str:
    return next(line for line in lines if line.startswith("┃"))


@pytest.mark.parametrize("width", [80, 120])
def test_list_keeps_titles_and_ids_whole(study_db, width):
    lines = _run(study_db, width, "list")
    assert "…" not in _header(lines)
    assert any("kv-cache 怎么回答？" in line for line in lines)
    assert any("ln-in-transformer dl_basics/transformer" in line for line in lines)
    assert all(len(line) <= width for line in lines)


@pytest.mark.parametrize("width", [80, 120])
def test_search_keeps_titles_and_ids_whole(study_db, width):
    lines = _run(study_db, width, "search", "BN")
    assert "…" not in _header(lines)
    assert any("bn-inference 怎么回答？" in line for line in lines)
    assert any("bn-inference dl_basics/normalization" in line for line in lines)


@pytest.mark.parametrize("width", [80, 120])
def test_problems_keep_titles_and_slugs_whole(study_db, width):
    from studykit import REPO

    lines = _run(dict(study_db, MIANSHI_CONTENT=str(REPO / "content")), width, "problems")
    assert "…" not in _header(lines)
    assert any("手写非极大值抑制 NMS" in line for line in lines)
    assert any(" nms numpy " in line for line in lines)


@pytest.mark.parametrize("width", [80, 120])
def test_history_headers_and_figures_are_not_cut(study_db, width):
    lines = _run(study_db, width, "history")
    header = _header(lines)
    assert "…" not in header
    for name in ("id", "started", "role", "Qs", "追问", "skip", "score", "time", "end"):
        assert name in header
    row = next(line for line in lines if line.startswith("│") and " llm " in line)
    assert "03-01" in row and "…" not in row
