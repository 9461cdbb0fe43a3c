"""`mianshi review` in a real 80x24 terminal (tmux): a long answer must not scroll the
question and key points away before the user rates it."""

import shlex
import shutil
import subprocess
import sys
import time

import pytest
from studykit import make_study_db, query

from mianshi.services.bank import init_database

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _screen(session: str) -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True, check=True
    ).stdout


def _wait_for(session: str, text: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = _screen(session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared on screen:\n{_screen(session)}")


def test_a_long_answer_is_paged_and_the_question_stays_beside_the_rating(tmp_path, monkeypatch):
    url, db_file = make_study_db(tmp_path, monkeypatch)
    # The first new card (most asked, easiest, then by id) gets an answer of 80 paragraphs.
    page = tmp_path / "content" / "bank" / "llm" / "attention-cost.md"
    long_body = "\n\n".join(f"第 {i} 段：自注意力的计算量随长度平方增长。" for i in range(80))
    page.write_text(page.read_text(encoding="utf-8") + "\n" + long_body + "\n", encoding="utf-8")
    init_database(url, tmp_path / "content")

    session = f"mianshi-review-{time.monotonic_ns()}"
    env = " ".join(
        f"{k}={shlex.quote(v)}"
        for k, v in {"MIANSHI_CONTENT": str(tmp_path / "content"), "MIANSHI_DB": url}.items()
    )
    command = f"env {env} PAGER=less {shlex.quote(sys.executable)} -m mianshi review --new 1"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "80", "-y", "24", command], check=True
    )
    try:
        _wait_for(session, "Enter: show the answer")
        subprocess.run(["tmux", "send-keys", "-t", session, "Enter"], check=True)
        paged = _wait_for(session, "第 0 段")
        assert "第 79 段" not in paged  # the pager shows the top of the answer, not all of it
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=True)
        screen = _wait_for(session, "Rate")
        assert "attention-cost 怎么回答？" in screen  # the question is on screen again
        assert "自注意力的计算量与序列长度平方成正比" in screen  # and its key points
        subprocess.run(["tmux", "send-keys", "-t", session, "3"], check=True)
        _wait_for(session, "1/1 again")  # Good on a new card: it comes back in the session
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=True)
        _wait_for(session, "Reviewed 1 question(s)")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    assert query(db_file, "SELECT question_id, rating FROM review_logs") == [("attention-cost", 3)]
