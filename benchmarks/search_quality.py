"""Search quality: recall@1, recall@5 and MRR of mianshi search over the bank, beside two
baselines measured in the same run on the same queries:

- plain BM25 (bm25s) over the same tokens, all fields in one, without the glossary;
- SQLite FTS5 with the trigram tokenizer, ranked by its bm25(), the query's words and
  Chinese character trigrams OR-ed together.

The queries (benchmarks/data/search_queries.yaml) are written as users type them,
in Chinese, English or both, each labelled with the bank question it should find.

    .venv/bin/python benchmarks/search_quality.py [--show-misses]
"""

import argparse
import os
import re
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import yaml

QUERIES = Path(__file__).parent / "data" / "search_queries.yaml"
TARGETS = {"recall@5": 0.9, "MRR": 0.75}
DEPTH = 10  # results looked at per query
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[0-9a-z][0-9a-z.+\-_]*")

Ranker = Callable[[str], list[str]]  # query -> question ids, best first


def mianshi_ranker(db: str) -> Ranker:
    from mianshi.services.search import search

    return lambda query: [r.id for r in search(query, db, limit=DEPTH).results]


def _document_text(q) -> str:
    return "\n".join([q.title, q.title_en, *q.aliases, *q.keypoints, q.answer])


def plain_bm25_ranker(questions) -> Ranker:
    import bm25s

    from mianshi.search.text import tokenize

    index = bm25s.BM25(method="lucene")
    index.index([tokenize(_document_text(q)) for q in questions], show_progress=False)
    ids = [q.id for q in questions]

    def rank(query: str) -> list[str]:
        terms = [t for t in tokenize(query) if t in index.vocab_dict]
        if not terms:
            return []
        scores = index.get_scores(terms)
        best = sorted(range(len(ids)), key=lambda i: -scores[i])[:DEPTH]
        return [ids[i] for i in best if scores[i] > 0]

    return rank


def fts5_trigram_ranker(questions) -> Ranker:
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, body, tokenize='trigram')"
    )
    connection.executemany(
        "INSERT INTO docs (id, body) VALUES (?, ?)", [(q.id, _document_text(q)) for q in questions]
    )

    def rank(query: str) -> list[str]:
        text = query.lower()
        terms = {w for w in _WORD.findall(text) if len(w) >= 3}
        for run in _CJK_RUN.findall(text):
            terms.update(run[i : i + 3] for i in range(len(run) - 2))
        if not terms:
            return []
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in sorted(terms))
        rows = connection.execute(
            "SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?", (match, DEPTH)
        )
        return [row[0] for row in rows]

    return rank


def evaluate(ranker: Ranker, queries: list[dict]) -> tuple[dict, list]:
    hits1 = hits5 = reciprocal = 0.0
    misses = []
    for item in queries:
        ranked = ranker(item["q"])
        position = ranked.index(item["id"]) + 1 if item["id"] in ranked else None
        hits1 += position == 1
        hits5 += bool(position and position <= 5)
        reciprocal += 1 / position if position else 0.0
        if position != 1:
            misses.append((position, item, ranked[:3]))
    n = len(queries) or 1
    return {"recall@1": hits1 / n, "recall@5": hits5 / n, "MRR": reciprocal / n}, misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true", help="list mianshi's misses")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mianshi-bench-") as home:
        os.environ["MIANSHI_HOME"] = home  # a fresh database and index cache
        run(Path(home) / "bench.db", args.show_misses)
    return 0


def run(database: Path, show_misses: bool) -> None:
    from mianshi.services.bank import init_database, list_questions

    db = str(database)
    init_database(db)
    questions = list_questions(db)
    known = {q.id for q in questions}
    queries = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    missing = [item for item in queries if item["id"] not in known]
    queries = [item for item in queries if item["id"] in known]
    languages = {
        lang: sum(1 for i in queries if i["lang"] == lang) for lang in ("zh", "mixed", "en")
    }
    print(
        f"{len(questions)} bank questions; {len(queries)} queries "
        f"({', '.join(f'{n} {lang}' for lang, n in languages.items())})"
    )
    if missing:
        print(
            f"skipped {len(missing)} queries whose question is not in the bank: "
            + ", ".join(sorted({i["id"] for i in missing}))
        )

    rankers = {
        "mianshi": mianshi_ranker(db),
        "plain BM25, no glossary": plain_bm25_ranker(questions),
        "SQLite FTS5 trigram": fts5_trigram_ranker(questions),
    }
    print(f"\n{'method':26} {'recall@1':>9} {'recall@5':>9} {'MRR':>7}   per language (MRR)")
    results = {}
    for name, ranker in rankers.items():
        figures, misses = evaluate(ranker, queries)
        results[name] = (figures, misses)
        per_language = "  ".join(
            f"{lang} {evaluate(ranker, [i for i in queries if i['lang'] == lang])[0]['MRR']:.3f}"
            for lang in languages
        )
        print(
            f"{name:26} {figures['recall@1']:9.3f} {figures['recall@5']:9.3f} "
            f"{figures['MRR']:7.3f}   {per_language}"
        )
    ours = results["mianshi"][0]
    verdict = ", ".join(
        f"{metric} {ours[metric]:.3f} {'>=' if ours[metric] >= target else '<'} {target}"
        for metric, target in TARGETS.items()
    )
    print(f"\ntargets: {verdict}")
    if show_misses:
        print("\nmianshi misses (rank, expected, query -> top 3):")
        for position, item, top in results["mianshi"][1]:
            print(f"  {str(position or '-'):>2} {item['id']:38} {item['q']} -> {', '.join(top)}")


if __name__ == "__main__":
    sys.exit(main())
