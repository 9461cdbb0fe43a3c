"""Matching (and parsing) in other processes gives what doing it in this one gives."""

import sqlite3

import pytest
from ingestkit import FIXTURES

from mianshi.bank.loader import load_bank
from mianshi.ingest import analysis, collect
from mianshi.ingest.match import Phrasing
from mianshi.ingest.match_worker import MatchWorker
from mianshi.ingest.pipeline import bank_matcher, features_of
from mianshi.paths import content_dir
from mianshi.services.bank import init_database
from mianshi.services.ingest import import_paths


@pytest.fixture(scope="module")
def bank():
    return list(load_bank(content_dir()).questions.values())


def _texts(bank) -> list[str]:
    """Phrasings near the bank (aliases, with and without a question form) and far from it."""
    aliases = [a for q in bank[::7] for a in q.aliases[:2]]
    return (
        aliases
        + [f"{a} 的原理是什么？" for a in aliases[::3]]
        + ["今天天气怎么样", "用 numpy 实现 NMS"]
    )


def test_the_worker_matches_each_text_as_the_matcher_here_does(bank):
    texts = _texts(bank)
    progress = []
    worker = MatchWorker(bank, None, texts)
    there = worker.result(lambda stage, done, total: progress.append((stage, done, total)))
    here = bank_matcher(bank).match(
        [[Phrasing(t, f)] for t, f in zip(texts, features_of(texts), strict=True)]
    )
    assert there == here
    assert sum(m.question_id is not None for m in here) > len(texts) // 3  # not a vacuous agreement
    assert any(m.uncertain for m in here)
    assert progress[-1] == ("matching", len(texts), len(texts))


def test_a_worker_that_died_reports_nothing_and_the_caller_matches_itself(bank):
    worker = MatchWorker(bank, None, _texts(bank))
    worker._process.kill()
    assert worker.result() is None


def _stored(url: str) -> list[list[tuple]]:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        return [
            db.execute(
                "SELECT key, question_id, match_status, candidates, module, frequency FROM clusters ORDER BY key"
            ).fetchall(),
            db.execute(
                "SELECT s.path, q.position, q.line, q.text, q.context, q.garbled FROM source_questions q "
                "JOIN sources s ON s.id = q.source_id ORDER BY s.path, q.position"
            ).fetchall(),
        ]


def test_an_import_parsed_and_matched_in_workers_stores_what_one_done_here_stores(
    tmp_path, monkeypatch
):
    repos = FIXTURES / "notes_repos"
    stored = []
    for name, parallel_from in (("here", 10**9), ("worker", 1)):
        monkeypatch.setattr(analysis, "worth_a_worker", lambda n, at=parallel_from: n >= at)
        monkeypatch.setattr(collect, "PARALLEL_FROM_CHARS", parallel_from)
        url = f"sqlite:///{tmp_path / name}.db"
        init_database(url)
        assert not import_paths([repos], url).failed
        stored.append(_stored(url))
    assert stored[0] == stored[1]
    clusters, questions = stored[0]
    assert len(clusters) > 40 and any(row[1] for row in clusters) and len(questions) > 50
