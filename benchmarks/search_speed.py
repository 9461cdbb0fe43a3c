"""Search speed on a synthetic bank of 100,000 questions, beside rank_bm25, and the wall
time of a cold `mianshi search` command.

1. Build: the mianshi index (analysis on every core, BM25 arrays, saved to disk) for
   the synthetic bank (benchmarks/synthetic_bank.py), beside rank_bm25's BM25Okapi
   built from the same terms.
2. Query latency: median and 99th percentile over the evaluation queries
   (benchmarks/data/search_queries.yaml), in process, index loaded: mianshi's whole
   query (analysis, ranking, "did you mean") beside rank_bm25 scoring the same terms.
3. Cold command: `mianshi search` in a new process each time, the real bank already
   indexed, beside `mianshi --help` (start-up alone), like hyperfine.

    .venv/bin/python benchmarks/search_speed.py [--questions 100000] [--runs 10]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import yaml

from mianshi.bank import load_bank
from mianshi.paths import content_dir
from mianshi.search.analyze import analyze_query
from mianshi.search.corpus import analyze_documents
from mianshi.search.engine import run_query
from mianshi.search.glossary import load_glossary
from mianshi.search.index import FIELD_WEIGHTS, SearchIndex
from mianshi.search.rank import Filters

sys.path.insert(0, str(Path(__file__).parent))
from synthetic_bank import synthetic_documents  # noqa: E402

QUERIES = Path(__file__).parent / "data" / "search_queries.yaml"
TARGETS = {"median": 10.0, "p99": 50.0, "build": 60.0, "cold": 1.0}
COLD_QUERY = "transformer 为啥用 LN 不用 BN"


def _percentiles(samples: list[float]) -> tuple[float, float]:
    return float(np.median(samples)), float(np.percentile(samples, 99))


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def build_indexes(questions, glossary, count: int, folder: Path):
    documents = synthetic_documents(questions, glossary, count)
    print(
        f"synthetic bank: {len(documents):,} questions, "
        f"{sum(len(d.answer) for d in documents) / len(documents):.0f} answer characters on average"
    )
    start = time.perf_counter()
    index = SearchIndex.build(documents, glossary, taxonomy=[])
    index.save(folder)
    built = time.perf_counter() - start
    start = time.perf_counter()
    loaded = SearchIndex.load(folder)
    load_time = time.perf_counter() - start

    from rank_bm25 import BM25Okapi

    # rank_bm25 indexes the same terms, all fields of a question together: only the BM25
    # engines differ. The analysis is repeated for it (on every core, like mianshi's).
    corpora = analyze_documents(documents, glossary, tuple(FIELD_WEIGHTS))
    corpus: list[list[str]] = [[] for _ in documents]
    for field in corpora.values():
        terms = [field.vocabulary[i] for i in field.term_ids.tolist()]
        position = 0
        for number, length in enumerate(field.lengths.tolist()):
            corpus[number].extend(terms[position : position + length])
            position += length
    start = time.perf_counter()
    baseline = BM25Okapi(corpus)
    baseline_built = time.perf_counter() - start
    print(
        f"\nbuild   mianshi   {built:7.1f} s (analysis on {os.cpu_count()} cores, BM25 arrays, "
        f"saved); loads in {load_time:.2f} s"
    )
    print(f"        rank_bm25 {baseline_built:7.1f} s (from the same terms, analysed beforehand)")
    return loaded, baseline, built


def measure_queries(index, baseline, glossary, queries: list[str], rounds: int):
    ours: list[float] = []
    for _ in range(rounds):
        for query in queries:
            start = time.perf_counter()
            run_query(index, query, Filters(), 10)
            ours.append(time.perf_counter() - start)
    theirs: list[float] = []
    for query in queries:
        start = time.perf_counter()
        terms = analyze_query(query, glossary).terms
        scores = baseline.get_scores(terms)
        np.argpartition(-scores, 10)[:10]
        theirs.append(time.perf_counter() - start)
    (m_ours, p_ours), (m_theirs, p_theirs) = _percentiles(ours), _percentiles(theirs)
    print(f"\nquery   {'':9} {'median':>11} {'p99':>11}   ({len(queries)} queries)")
    print(f"        mianshi   {_ms(m_ours)} {_ms(p_ours)}   ({rounds} rounds)")
    print(
        f"        rank_bm25 {_ms(m_theirs)} {_ms(p_theirs)}   "
        f"(mianshi {m_theirs / m_ours:.0f}x faster at the median)"
    )
    return m_ours, p_ours


def _wall_times(command: list[str], env: dict, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def measure_cold_command(runs: int) -> float:
    with tempfile.TemporaryDirectory(prefix="mianshi-cold-") as home:
        return _cold_command(home, runs)


def _cold_command(home: str, runs: int) -> float:
    env = {**os.environ, "MIANSHI_HOME": home}
    env.pop("MIANSHI_DB", None)
    mianshi = [sys.executable, "-m", "mianshi"]
    subprocess.run([*mianshi, "init"], env=env, check=True, capture_output=True)
    subprocess.run([*mianshi, "search", COLD_QUERY], env=env, check=True, capture_output=True)
    search = _wall_times([*mianshi, "search", COLD_QUERY], env, runs)
    start_up = _wall_times([*mianshi, "--help"], env, runs)
    print(f"\ncold    `mianshi search '{COLD_QUERY}'`, new process, index cached, {runs} runs:")
    print(
        f"        search  median {statistics.median(search):.3f} s  "
        f"min {min(search):.3f} s  max {max(search):.3f} s"
    )
    print(
        f"        --help  median {statistics.median(start_up):.3f} s  "
        f"min {min(start_up):.3f} s  (start-up alone)"
    )
    return statistics.median(search)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3, help="query rounds for mianshi")
    parser.add_argument("--runs", type=int, default=10, help="cold command runs")
    args = parser.parse_args()

    print(
        f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
        f"on {os.cpu_count()} cores"
    )
    questions = list(load_bank(content_dir()).questions.values())
    glossary = load_glossary()
    queries = [item["q"] for item in yaml.safe_load(QUERIES.read_text(encoding="utf-8"))]
    with tempfile.TemporaryDirectory(prefix="mianshi-speed-") as folder:
        index, baseline, built = build_indexes(questions, glossary, args.questions, Path(folder))
        median, p99 = measure_queries(index, baseline, glossary, queries, args.rounds)
    cold = measure_cold_command(args.runs)
    figures = {"median": median * 1000, "p99": p99 * 1000, "build": built, "cold": cold}
    units = {"median": "ms", "p99": "ms", "build": "s", "cold": "s"}
    print(
        "\ntargets: "
        + ", ".join(
            f"{name} {figures[name]:.2f} {units[name]} {'<' if figures[name] < limit else '>='} "
            f"{limit:g} {units[name]}"
            for name, limit in TARGETS.items()
        )
    )
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
