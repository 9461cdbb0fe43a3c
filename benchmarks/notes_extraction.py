"""Question extraction on the fixture notes repositories, against their labels.

    .venv/bin/python benchmarks/notes_extraction.py [-v]

The repositories (tests/ingest/fixtures/notes_repos) are written in the style
of public interview-notes repositories: one topic per file, questions as
headings with section sub-headings (简介, 优点, 2.4缺点, 代码), `[toc]`,
formulas, code, link lists, headings without bodies. `labels.yaml` lists the
questions of each file. Printed in the same run: the importer's extraction and
the baseline that takes every heading for a question, on the repositories the
rules were written against and on one written and labelled afterwards
(held out). `-v` lists the errors.

Before the notes-repository rules, the importer scored precision 0.478 and
recall 0.604 on the first three repositories (0.182 / 0.222 on the held-out one).
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "ingest"))

from notes_repos import HELD_OUT, every_heading, labels, parsed_questions, score  # noqa: E402


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    tuning = tuple(r for r in labels() if r not in HELD_OUT)
    sets = (("tuning", tuning), ("held-out", HELD_OUT), ("all", None))
    for name, extract in (
        ("every heading (baseline)", every_heading),
        ("mianshi", parsed_questions),
    ):
        for label, repos in sets:
            start = time.perf_counter()
            result = score(extract, repos)
            seconds = time.perf_counter() - start
            print(
                f"{name:26s} {label:9s} precision {result.precision:.3f}  recall {result.recall:.3f}  "
                f"({result.correct} right of {result.extracted} extracted, {result.labelled} labelled; "
                f"{seconds:.2f} s)"
            )
        if verbose:
            for file, text in result.wrong:
                print(f"    not a question: {file}: {text}")
            for file, text in result.missed:
                print(f"    missed:         {file}: {text}")


if __name__ == "__main__":
    main()
