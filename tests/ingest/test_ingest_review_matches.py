"""`mianshi review-matches`: uncertain matches wait for a person; decisions are kept,
survive re-imports and count in frequency and gaps.

The state is read through the services (in process); the command is run as a user runs it.
"""

import json

import pytest
from ingestkit import write_content

from conftest import run_cli
from mianshi.services import ingest
from mianshi.services.bank import init_database

UNCERTAIN_BN = "BN 和 LN 的区别"  # the search's first result is not the one it resembles
UNCERTAIN_DROPOUT = "Transformer 里 Dropout 和 BN 怎么用"
MATCHED = "BN 训练和推理有什么区别?"


@pytest.fixture
def env(tmp_path, monkeypatch):
    content = write_content(tmp_path / "content")
    monkeypatch.setenv("MIANSHI_CONTENT", str(content))
    db = str(tmp_path / "review.db")
    init_database(db, content)
    notes = tmp_path / "notes.md"
    notes.write_text(f"- {UNCERTAIN_BN}\n- {UNCERTAIN_DROPOUT}\n- {MATCHED}\n", encoding="utf-8")
    report = ingest.import_paths([notes], db)
    assert report.uncertain == 2 and report.sources[0].stats["uncertain"] == 2
    return db, {"MIANSHI_CONTENT": str(content)}, notes


def _cli(env, *args, input_text=None, ok=True):
    db, extra, _ = env
    result = run_cli("--db", db, *args, env_extra=extra, input_text=input_text)
    if ok:
        assert result.returncode == 0, result.stderr
    return result


def _state(db):
    """(bank question of the BN phrasing, gaps, uncertain texts)."""
    ranked = {r.text: r.question_id for r in ingest.frequency_ranking(db)}
    gaps = [g.text for g in ingest.list_gaps(db)]
    return ranked[UNCERTAIN_BN], gaps, [u.text for u in ingest.list_uncertain(db)]


def test_uncertain_matches_wait_for_review_and_are_not_gaps(env):
    db = env[0]
    pending = [json.loads(line) for line in _cli(env, "review-matches", "--json").stdout.splitlines()]
    assert {p["text"] for p in pending} == {UNCERTAIN_BN, UNCERTAIN_DROPOUT}
    bn = next(p for p in pending if p["text"] == UNCERTAIN_BN)
    assert [c["question_id"] for c in bn["candidates"]] == ["ln-vs-bn-transformer", "bn-train-infer"]
    assert bn["candidates"][1]["title"] == "BatchNorm 训练和推理时有什么不同？"
    assert bn["sources"] == ["notes.md"] and bn["key"]
    assert _state(db)[:2] == (None, [])
    assert {r.text: r.question_id for r in ingest.frequency_ranking(db)}[MATCHED] == "bn-train-infer"


def test_decisions_are_kept_through_a_reimport_and_count_in_frequency_and_gaps(env):
    db, _, notes = env
    # the BN one: its second candidate; the other: none of them
    answers = ["2" if u.text == UNCERTAIN_BN else "n" for u in ingest.list_uncertain(db)]
    done = _cli(env, "review-matches", input_text="\n".join(answers) + "\n")
    assert "2 decided, 0 still uncertain" in done.stdout
    assert UNCERTAIN_BN in done.stdout and "bn-train-infer" in done.stdout
    assert _state(db) == ("bn-train-infer", [UNCERTAIN_DROPOUT], [])
    bank = {r.question_id: r.size for r in ingest.frequency_ranking(db, by="bank")}
    assert bank["bn-train-infer"] == 2  # the decided phrasing counts with the matched one

    notes.write_text(notes.read_text(encoding="utf-8") + "- 位置编码有哪些\n", encoding="utf-8")
    assert ingest.import_paths([notes], db).sources[0].status == "updated"
    assert _state(db) == ("bn-train-infer", [UNCERTAIN_DROPOUT, "位置编码有哪些"], [])
    init_database(db)  # re-matches everything imported: the decisions hold
    assert _state(db)[0] == "bn-train-infer"


def test_decide_without_asking_and_its_bad_inputs(env):
    db = env[0]
    key = next(u.key for u in ingest.list_uncertain(db) if u.text == UNCERTAIN_BN)
    _cli(env, "review-matches", "--decide", f"{key}=dropout-why")
    assert _state(db) == ("dropout-why", [], [UNCERTAIN_DROPOUT])
    for bad, message in [
        (f"{key}=no-such-question", "no bank question 'no-such-question'"),
        ("0123456789abcdef=none", "no imported question with key '0123456789abcdef'"),
        (key, "--decide takes KEY=CHOICE"),
    ]:
        result = _cli(env, "review-matches", "--decide", bad, ok=False)
        assert result.returncode == 1 and message in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert _state(db) == ("dropout-why", [], [UNCERTAIN_DROPOUT])


def test_a_typed_answer_that_names_nothing_is_asked_again(env):
    result = _cli(env, "review-matches", input_text="zzz\ns\nq\n")
    assert "'zzz' is neither a number shown nor a bank question id" in result.stdout
    assert "0 decided, 2 still uncertain" in result.stdout


def test_decisions_are_part_of_the_backup(env, tmp_path):
    from mianshi.services.study_export import backup, restore
    from mianshi.study.backup import tables_digest

    db = env[0]
    ingest.decide_match(ingest.list_uncertain(db)[0].key, None, db)
    saved = backup(tmp_path / "backup.json", db).path
    document = json.loads(saved.read_text(encoding="utf-8"))
    assert [row["question_id"] for row in document["tables"]["match_decisions"]["rows"]] == [None]
    del document["tables"]["match_decisions"]  # a backup from before decisions still restores
    document["sha256"] = tables_digest(document["tables"])
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document), encoding="utf-8")
    assert restore(old, db, force=True).rows.get("match_decisions", 0) == 0
