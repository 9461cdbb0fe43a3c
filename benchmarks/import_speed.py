"""Import speed: the five seeds, a synthetic 100,000-question collection, and an exact baseline.

    .venv/bin/python benchmarks/import_speed.py [--questions 100000] [--subset 5000]

1. The seed collections imported into a fresh database (target: under 5 s), and
   re-imported unchanged.
2. A synthetic collection built by recombining real phrasing: each seed
   question is a template whose glossary concept is replaced by another
   concept's name (Chinese, English or abbreviation). One in ten questions gets
   a planted duplicate in another file (new numbering and punctuation, another
   question form such as 区别 -> 不同, or another name of the same concept).
   The import runs in a child process so its wall time and peak memory
   (targets: under 60 s, under 2 GB) are its own.
3. On a subset, mianshi's clustering beside an exact pairwise baseline that
   scores every pair with the same similarity and links them the same way.
"""

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from seedrefs import SEEDS, require_seeds

_FORMS = [
    ("区别", "不同"),
    ("如何", "怎么"),
    ("介绍一下", "讲讲"),
    ("有哪些", "都有哪些"),
    ("为什么", "为何"),
    ("原理", "工作原理"),
]


def seed_texts() -> list[str]:
    from mianshi.ingest.garble import check_line
    from mianshi.ingest.parse import parse_text

    texts = []
    for path in sorted(SEEDS.iterdir()):
        texts.extend(
            check_line(q.text).text
            for q in parse_text(path.read_text(encoding="utf-8"), "markdown")
        )
    return list(dict.fromkeys(texts))


def synthesise(n: int, rng: random.Random) -> tuple[list[str], list[tuple[int, int]]]:
    """`n` questions and the planted duplicate pairs among them (indices)."""
    from mianshi.ingest.pipeline import shipped_matcher
    from mianshi.search.glossary import shipped_glossary
    from mianshi.search.text import normalize

    matcher = shipped_matcher()
    concepts = [c for c in shipped_glossary().concepts.values() if c.names]
    templates = []
    for text in seed_texts():
        normal = normalize(text)
        mentions = matcher.mentions(normal, normalised=True)
        if mentions:
            m = mentions[0]
            templates.append((normal[: m.start], normal[m.end :]))
    questions: list[str] = []
    chosen: list[tuple[int, object]] = []
    while len(questions) < n * 10 // 11:
        head, tail = rng.choice(templates)
        concept = rng.choice(concepts)
        questions.append(f"{head}{rng.choice(concept.names)}{tail}")
        chosen.append((len(questions) - 1, (head, tail, concept)))
    planted = []
    for index, (head, tail, concept) in rng.sample(chosen, n - len(questions)):
        kind = rng.randrange(3)
        if kind == 0:
            variant = f"{rng.randint(1, 99)}. " + questions[index].replace("?", "？").replace(
                ",", "，"
            )
        elif kind == 1:
            text = questions[index]
            swaps = [(a, b) for a, b in _FORMS if a in text]
            variant = text.replace(*rng.choice(swaps)) if swaps else text + "？"
        else:
            variant = f"{head}{rng.choice(concept.names)}{tail}"
        questions.append(variant)
        planted.append((index, len(questions) - 1))
    return questions, planted


def write_collection(folder: Path, questions: list[str], files: int, rng: random.Random) -> None:
    order = list(range(len(questions)))
    rng.shuffle(order)  # planted duplicates land in other files
    for f in range(files):
        lines = [f"- {questions[i]}" for i in order[f::files]]
        (folder / f"synthetic_{f:02d}.md").write_text(
            "# 合成面试题\n\n" + "\n".join(lines) + "\n", encoding="utf-8"
        )


_CHILD = r"""
import json, sys, time
from pathlib import Path
from mianshi.services.bank import init_database
from mianshi.services.ingest import import_paths
db, folder = sys.argv[1], Path(sys.argv[2])
init_database(db)
started = time.perf_counter()
report = import_paths([folder], db)
import resource
mb = {who: resource.getrusage(who).ru_maxrss / 1024 for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)}
print(json.dumps({"seconds": time.perf_counter() - started, "questions": report.questions,
                  "clusters": report.clusters, "failed": report.failed,
                  "self_mb": mb[resource.RUSAGE_SELF], "worker_mb": mb[resource.RUSAGE_CHILDREN]}))
"""


def run_child(db: str, folder: Path) -> dict:
    """The import in a fresh process: its time, and its peak memory with that of the
    process it may start to match in parallel (the sum of both peaks, an upper bound)."""
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, db, str(folder)], capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["peak_mb"] = result["self_mb"] + result["worker_mb"]
    return result


def planted_recall(db_file: Path, questions: list[str], planted: list[tuple[int, int]]) -> float:
    import sqlite3

    from mianshi.ingest.cluster import exact_key

    with sqlite3.connect(db_file) as conn:
        cluster_of = {
            exact_key(text): cid
            for text, cid in conn.execute("select text, cluster_id from source_questions")
        }
    hits = sum(
        cluster_of.get(exact_key(questions[a])) == cluster_of.get(exact_key(questions[b]))
        for a, b in planted
    )
    return hits / max(len(planted), 1)


def exact_pairwise(features) -> list[int]:
    """Every pair scored, then the same average-link merging: the quadratic baseline."""
    from mianshi.ingest import cluster as C
    from mianshi.ingest.features import similarity

    edges = []
    for i in range(len(features)):
        for j in range(i + 1, len(features)):
            score = similarity(features[i], features[j])
            if score >= C.SAME_QUESTION:
                edges.append((score, i, j))
    edges.sort(reverse=True)
    clusters = C._Clusters(features)
    for score, i, j in edges:
        clusters.cache[(i, j)] = score
        a, b = clusters.find(i), clusters.find(j)
        if a != b and clusters.linked(a, b):
            clusters.merge(a, b)
    return [min(clusters.members[clusters.find(i)]) for i in range(len(features))]


def pair_agreement(ours: list[int], exact: list[int]) -> tuple[float, float]:
    """Share of the exact baseline's same-cluster pairs that mianshi also joins, and the converse."""
    from collections import defaultdict
    from itertools import combinations

    def pairs(labels):
        groups = defaultdict(list)
        for i, label in enumerate(labels):
            groups[label].append(i)
        return {p for members in groups.values() for p in combinations(members, 2)}

    a, b = pairs(ours), pairs(exact)
    return len(a & b) / max(len(b), 1), len(a & b) / max(len(a), 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--subset", type=int, default=5000)
    args = parser.parse_args()
    require_seeds()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        seeds_db = f"sqlite:///{tmp_path / 'seeds.db'}"
        first = run_child(seeds_db, SEEDS)
        again = run_child(seeds_db, SEEDS)
        print("Seeds (5 files)")
        print(
            f"  import                {first['seconds']:6.2f} s   target < 5 s   "
            f"({first['questions']} questions, {first['clusters']} distinct questions, peak {first['peak_mb']:.0f} MB)"
        )
        print(f"  re-import, unchanged  {again['seconds']:6.2f} s")

        started = time.perf_counter()
        questions, planted = synthesise(args.questions, rng)
        folder = tmp_path / "synthetic"
        folder.mkdir()
        write_collection(folder, questions, 10, rng)
        print(
            f"\nSynthetic collection: {len(questions)} questions in 10 files, {len(planted)} planted duplicates "
            f"(generated in {time.perf_counter() - started:.1f} s)"
        )
        big = run_child(f"sqlite:///{tmp_path / 'big.db'}", folder)
        print(f"  import + cluster      {big['seconds']:6.2f} s   target < 60 s")
        print(f"  peak memory           {big['peak_mb']:6.0f} MB  target < 2048 MB")
        print(
            f"  planted duplicates found together: {planted_recall(tmp_path / 'big.db', questions, planted):.3f}"
        )

        from mianshi.ingest.cluster import cluster_features
        from mianshi.ingest.pipeline import features_of

        subset = questions[: args.subset]
        features = features_of(subset)
        started = time.perf_counter()
        ours = cluster_features(features).labels
        ours_s = time.perf_counter() - started
        started = time.perf_counter()
        exact = exact_pairwise(features)
        exact_s = time.perf_counter() - started
        found, agreed = pair_agreement(ours, exact)
        print(
            f"\nClustering {len(subset)} questions (features computed once, {len(features) ** 2 // 2:,} pairs)"
        )
        print(f"  mianshi (prefix-filtered candidates)  {ours_s:7.2f} s")
        print(
            f"  exact pairwise baseline               {exact_s:7.2f} s   ({exact_s / max(ours_s, 1e-9):.0f}x slower)"
        )
        print(
            f"  agreement: mianshi finds {found:.3f} of the baseline's same-question pairs; "
            f"{agreed:.3f} of its own pairs are the baseline's"
        )


if __name__ == "__main__":
    main()
