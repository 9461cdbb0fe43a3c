"""Helpers and fixtures of the judge tests: real bubblewrap, real worker processes, no mocks.

Not a conftest.py: test modules import `conftest` by name, which must stay tests/conftest.py.
Each test module imports `shared_judge_cache` so that the autouse fixture applies to it.
"""

import shutil
import textwrap
from pathlib import Path

import pytest

from mianshi.judge.verdict import JudgeReport
from mianshi.paths import content_dir
from mianshi.services.judge import judge_source

needs_bwrap = pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap (bwrap) is not installed")
needs_gpp = pytest.mark.skipif(
    shutil.which("g++") is None, reason="g++ is not installed (C++ submissions): apt-get install g++"
)


@pytest.fixture(scope="session")
def judge_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("judge-cache")


@pytest.fixture(autouse=True)
def shared_judge_cache(isolated_home, judge_cache):
    """Expected outputs are built once per session, not once per test's data directory."""
    (isolated_home / "cache").mkdir(parents=True, exist_ok=True)
    (isolated_home / "cache" / "judge").symlink_to(judge_cache)


def problem_file(slug: str, name: str) -> str:
    return (content_dir() / "problems" / slug / name).read_text(encoding="utf-8")


def submit(slug: str, code: str, *, sandbox: bool = True, filename: str = "solution.py") -> JudgeReport:
    """Judge `code` (dedented) without a database; a .cpp file name makes it C++."""
    return judge_source(slug, textwrap.dedent(code), filename, sandbox=sandbox).report


def assert_judged_normally(slug: str = "softmax") -> None:
    """The next submission after an attack is judged as usual."""
    report = submit(slug, problem_file(slug, "reference.py"))
    assert report.verdict == "accepted", report.message
