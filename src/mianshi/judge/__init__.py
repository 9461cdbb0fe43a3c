"""The judge: problems as content folders, run in a sandbox, checked outside it.

`loader` reads and validates content/problems; `suite` generates cases and caches
the reference's outputs; `sandbox` and `warm` start and talk to the worker that runs
code (the `worker` folder, which runs inside the sandbox); `execution` reads back what
a run produced; `checkers` and `runner` turn that into a verdict.
"""

from mianshi.judge.loader import dangling_questions, load_problem, load_problems
from mianshi.judge.problem import Problem
from mianshi.judge.runner import judge
from mianshi.judge.verdict import JudgeReport, Verdict

__all__ = [
    "JudgeReport",
    "Problem",
    "Verdict",
    "dangling_questions",
    "judge",
    "load_problem",
    "load_problems",
]
