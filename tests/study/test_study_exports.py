"""Anki and Markdown exports, opened and read back."""

import json
import sqlite3
import zipfile

import pytest
from studykit import QUESTIONS, add_frequencies, make_study_db, run_mianshi

from mianshi.study.answer_html import markdown_to_html


@pytest.fixture
def db(tmp_path, monkeypatch):
    return make_study_db(tmp_path, monkeypatch)


def read_apkg(path, tmp_path) -> tuple[list[tuple], dict]:
    """(fields, tags) of every note, and the decks, from the package's SQLite collection."""
    with zipfile.ZipFile(path) as package:
        package.extract("collection.anki2", tmp_path / "unpacked")
    with sqlite3.connect(tmp_path / "unpacked" / "collection.anki2") as conn:
        notes = [
            (flds.split("\x1f"), tags.split())
            for flds, tags in conn.execute("SELECT flds, tags FROM notes")
        ]
        decks = json.loads(conn.execute("SELECT decks FROM col").fetchone()[0])
    return notes, decks


def test_anki_package_has_one_note_per_question(db, tmp_path):
    target = tmp_path / "mianshi.apkg"
    done = run_mianshi("export", "anki", str(target))
    assert done.returncode == 0, done.stderr
    assert "Wrote 6 notes" in done.stdout
    notes, decks = read_apkg(target, tmp_path)
    by_id = {fields[-1]: (fields, tags) for fields, tags in notes}
    assert set(by_id) == {q[0] for q in QUESTIONS}
    fields, tags = by_id["bn-inference"]
    question, _, keypoints, answer, related, meta, _ = fields
    assert question == "bn-inference 怎么回答？"
    assert tags == ["mianshi::dl_basics", "mianshi::dl_basics::normalization"]
    assert "<li>BN 推理时用训练累计的滑动平均统计量</li>" in keypoints
    # Formulas in Anki's MathJax delimiters, none left in dollars; code coloured inline.
    assert r"\[\hat x = \frac{x-\mu}{\sqrt{\sigma^2+\epsilon}}\]" in answer and "$" not in answer
    assert '<span style="' in answer and "running_mean" in answer
    assert "bn-vs-ln 怎么回答？" in related and "dl_basics/normalization" in meta
    inline = by_id["bn-vs-ln"][0][3]
    assert r"\(y=\gamma \hat x+\beta\)" in inline
    names = {d["name"] for d in decks.values()}
    assert {"面试 mianshi::深度学习基础 dl_basics", "面试 mianshi::大模型 llm"} <= names


def test_anki_export_leaves_no_temporary_file(db, tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    done = run_mianshi("export", "anki", str(tmp_path / "a.apkg"))
    assert done.returncode == 0, done.stderr
    assert list(scratch.iterdir()) == []
    with zipfile.ZipFile(tmp_path / "a.apkg") as package:
        assert set(package.namelist()) == {"collection.anki2", "media"}


def test_anki_export_of_one_module_and_stable_ids(db, tmp_path):
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    assert run_mianshi("export", "anki", str(first), "--module", "llm").returncode == 0
    assert run_mianshi("export", "anki", str(second), "--module", "llm").returncode == 0
    notes, _ = read_apkg(first, tmp_path / "1")
    assert sorted(f[-1] for f, _ in notes) == ["attention-cost", "kv-cache", "rope"]
    with sqlite3.connect(tmp_path / "1" / "unpacked" / "collection.anki2") as a:
        guids_a = sorted(r[0] for r in a.execute("SELECT guid FROM notes"))
    read_apkg(second, tmp_path / "2")
    with sqlite3.connect(tmp_path / "2" / "unpacked" / "collection.anki2") as b:
        guids_b = sorted(r[0] for r in b.execute("SELECT guid FROM notes"))
    assert guids_a == guids_b  # re-importing updates notes instead of duplicating them


def test_markdown_sheets_ordered_by_frequency(db, tmp_path):
    _, db_file = db
    add_frequencies(db_file, {"rope": 4, "attention-cost": 2})
    folder = tmp_path / "sheets"
    done = run_mianshi("export", "markdown", str(folder))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["README.md", "dl_basics.md", "llm.md"]
    llm = (folder / "llm.md").read_text(encoding="utf-8")
    order = [
        llm.index(f"## {n}. {qid}")
        for n, qid in enumerate(["rope", "attention-cost", "kv-cache"], 1)
    ]
    assert order == sorted(order)
    assert "- KV cache 缓存已生成 token 的 key 和 value" in llm and "频次 4" in llm
    assert "**追问**" in llm and "(`attention-cost`)" in llm
    assert "[大模型 Large language models](llm.md)" in (folder / "README.md").read_text(
        encoding="utf-8"
    )


def test_export_bad_input(db, tmp_path):
    (tmp_path / "afile").write_text("x")
    for args in (
        ["export", "anki", str(tmp_path / "x.zip")],
        ["export", "anki", str(tmp_path / "nowhere" / "x.apkg")],
        ["export", "anki", str(tmp_path / "x.apkg"), "--module", "nlp"],
        ["export", "markdown", str(tmp_path / "afile")],
    ):
        done = run_mianshi(*args)
        assert done.returncode == 1 and "Traceback" not in done.stderr, args
        assert done.stderr.startswith("error:"), args


def test_formulas_inside_code_stay_code():
    html = markdown_to_html(
        "价格 $5 和 $6；`$x$` 不是公式；$a_i*b_i$ 是。\n\n```python\ns = '$y$'\n```\n"
    )
    assert r"\(a_i*b_i\)" in html
    assert "<code>$x$</code>" in html and "$5 和 $6" in html and "'$y$'" in html
