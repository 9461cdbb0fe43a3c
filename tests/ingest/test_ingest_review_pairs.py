"""Pairs the clustering is unsure of wait in `mianshi review-matches`; "same" joins their
clusters, "different" keeps them apart; decisions survive re-imports and backups."""

import json

import pytest

from conftest import run_cli
from mianshi.services import ingest
from mianshi.services.bank import init_database

# The third is alike enough to the second to be one question, but the clustering keeps
# it apart: the first two are one cluster, and the third resembles only one of them.
SELF_ATTENTION = "自注意力是怎么计算的"
TRANSFORMER_ATTENTION = "Transformer 里的自注意力如何工作"
TRANSFORMER = "讲讲 Transformer"


@pytest.fixture
def env(tmp_path):
    db = str(tmp_path / "pairs.db")
    init_database(db)
    first, second = tmp_path / "first.md", tmp_path / "second.md"
    first.write_text(f"- {SELF_ATTENTION}\n- {TRANSFORMER_ATTENTION}\n", encoding="utf-8")
    second.write_text(f"- {TRANSFORMER}\n", encoding="utf-8")
    report = ingest.import_paths([first, second], db)
    assert report.doubts == 1
    return db, second


def _frequency(db: str, text: str) -> int:
    return next(r.frequency for r in ingest.frequency_ranking(db) if r.text == text)


def test_an_unsure_pair_waits_with_both_texts(env):
    db, _ = env
    [pair] = ingest.list_doubts(db)
    assert {pair.text_a, pair.text_b} == {TRANSFORMER_ATTENTION, TRANSFORMER}
    assert pair.score >= 0.65 and (pair.frequency_a, pair.frequency_b) == (1, 1)
    listed = run_cli("--db", db, "review-matches", "--json")
    records = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [r["pair_key"] for r in records if r["kind"] == "pair"] == [pair.pair_key]


def test_same_joins_the_two_clusters_and_a_reimport_keeps_them_joined(env):
    db, second = env
    before = len(ingest.frequency_ranking(db))
    answered = run_cli("--db", db, "review-matches", input_text="y\n")
    assert answered.returncode == 0, answered.stderr
    assert (
        "Joining 1 pair" in answered.stdout
        and "1 decided, 0 pairs still undecided" in answered.stdout
    )
    assert ingest.list_doubts(db) == []
    rows = ingest.frequency_ranking(db)
    assert len(rows) == before - 1
    assert _frequency(db, SELF_ATTENTION) == 2  # both collections now ask it
    second.write_text(f"- {TRANSFORMER}\n- 位置编码有哪些\n", encoding="utf-8")
    assert ingest.import_paths([second], db).sources[0].status == "updated"
    init_database(db)  # re-clusters everything imported: the decision holds
    assert _frequency(db, SELF_ATTENTION) == 2 and ingest.list_doubts(db) == []


def test_different_keeps_them_apart_and_the_pair_does_not_come_back(env):
    db, _ = env
    [pair] = ingest.list_doubts(db)
    done = run_cli("--db", db, "review-matches", "--decide", f"{pair.pair_key}=different")
    assert done.returncode == 0, done.stderr
    init_database(db)
    assert ingest.list_doubts(db) == [] and _frequency(db, SELF_ATTENTION) == 1


def test_bad_pair_decisions_are_one_line_errors_and_change_nothing(env):
    db, _ = env
    [pair] = ingest.list_doubts(db)
    for bad, message in [
        (f"{pair.pair_key}=maybe", "a pair is decided with =same or =different"),
        ("0123456789abcdef-fedcba9876543210=same", "no pair '0123456789abcdef-fedcba9876543210'"),
    ]:
        result = run_cli("--db", db, "review-matches", "--decide", bad)
        assert result.returncode == 1 and message in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert ingest.list_doubts(db) == [pair]


def test_taking_the_last_source_out_leaves_no_pair_waiting(tmp_path):
    db = str(tmp_path / "alone.db")
    init_database(db)
    notes = tmp_path / "notes.md"
    notes.write_text(f"- {SELF_ATTENTION}\n- {TRANSFORMER_ATTENTION}\n- {TRANSFORMER}\n", encoding="utf-8")
    assert ingest.import_paths([notes], db).doubts == 1
    ingest.remove_source("notes.md", db)
    assert ingest.count_doubts(db) == 0
