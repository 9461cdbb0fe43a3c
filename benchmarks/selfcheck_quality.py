"""Self-check fairness over the whole bank.

Two figures, each beside the same measure for a naive baseline (a key point counts as
covered when half of its raw words occur in the answer, no glossary):

- own answer: each question answered with the text of its own answer. A fair grader
  covers nearly every key point (target: >= 90% of all key points, no question < 60%).
- unrelated answer: each question answered with the answer of a question of another
  topic (a fixed random pairing). A fair grader covers almost none (target: < 15%).

    .venv/bin/python benchmarks/selfcheck_quality.py [--show N]
"""

import argparse
import random
import re
import sys

from mianshi.bank import load_bank
from mianshi.paths import content_dir
from mianshi.search.glossary import shipped_glossary
from mianshi.search.text import normalize, tokenize
from mianshi.study.selfcheck import check_answer

TARGETS = {"own": 0.90, "own_min": 0.60, "unrelated": 0.15}


def naive_covered(answer: str, keypoints: list[str]) -> list[bool]:
    text = normalize(answer)
    result = []
    for point in keypoints:
        words = [w for w in tokenize(point) if re.search(r"\w", w)]
        found = sum(1 for w in words if w in text)
        result.append(bool(words) and found >= 0.5 * len(words))
    return result


def unrelated_pairs(questions: list, seed: int = 7) -> list[tuple]:
    """Each question with the answer of a random question of another topic."""
    rng = random.Random(seed)
    pairs = []
    for q in questions:
        others = [o for o in questions if (o.module, o.topic) != (q.module, q.topic)]
        pairs.append((q, rng.choice(others)))
    return pairs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=10, help="worst own-answer questions to list")
    args = parser.parse_args()
    bank = load_bank(content_dir())
    glossary = shipped_glossary()
    questions = sorted(bank.questions.values(), key=lambda q: q.id)

    own_scores, own_total, own_hit, naive_own = [], 0, 0, 0
    for q in questions:
        result = check_answer(q.answer, q.keypoints, glossary)
        own_total += len(q.keypoints)
        own_hit += len(result.covered)
        own_scores.append((len(result.covered) / len(q.keypoints), q.id, result))
        naive_own += sum(naive_covered(q.answer, q.keypoints))

    unrel_total = unrel_hit = naive_unrel = 0
    for q, other in unrelated_pairs(questions):
        result = check_answer(other.answer, q.keypoints, glossary)
        unrel_total += len(q.keypoints)
        unrel_hit += len(result.covered)
        naive_unrel += sum(naive_covered(other.answer, q.keypoints))

    own = own_hit / own_total
    unrelated = unrel_hit / unrel_total
    worst = min(s for s, _, _ in own_scores)
    below = [i for s, i, _ in own_scores if s < TARGETS["own_min"]]
    print(f"{len(questions)} questions, {own_total} key points")
    print(f"{'measure':<34}{'mianshi':>9}{'naive':>9}{'target':>10}")
    print(f"{'own answer: key points covered':<34}{own:>9.3f}{naive_own / own_total:>9.3f}{'>= 0.90':>10}")
    print(f"{'own answer: worst question':<34}{worst:>9.3f}{'':>9}{'>= 0.60':>10}")
    print(f"{'own answer: questions below 60%':<34}{len(below):>9}{'':>9}{'0':>10}")
    print(
        f"{'unrelated answer: covered':<34}{unrelated:>9.3f}"
        f"{naive_unrel / unrel_total:>9.3f}{'< 0.15':>10}"
    )
    print(f"{'separation (own / unrelated)':<34}{own / max(unrelated, 1e-9):>9.1f}x")
    for score, qid, result in sorted(own_scores, key=lambda t: t[0])[: args.show]:
        missed = [k for k in result.keypoints if not k.covered]
        print(f"  {score:.2f} {qid}")
        for k in missed[:2]:
            print(f"       missed {k.text!r}: {', '.join(k.concepts_missed + k.terms_missed)}")
    met = own >= TARGETS["own"] and not below and unrelated < TARGETS["unrelated"]
    print("targets met" if met else "targets NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
