"""A problem's cases and expected outputs: generated, run through reference.py, cached.

Both run once per version of the problem folder, in a fresh worker of their own (never
the shared warm one, so no earlier submission can have tampered with it), and the
result is cached on disk under the user cache dir, keyed by a hash of the folder.
"""

import hashlib
import os
import statistics
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from mianshi.errors import MianshiError
from mianshi.judge.execution import execute
from mianshi.judge.problem import Problem
from mianshi.judge.warm import Worker, WorkerFailure
from mianshi.judge.worker import codec
from mianshi.paths import cache_dir

CACHE_VERSION = 1
SEED = 20240601
MAX_SUITE_BYTES = 2 << 30
GENERATE_TIMEOUT_S = 300.0
# The reference gets slack over the problem's limit: it runs in a cold worker.
REFERENCE_TIME_FACTOR = 3
# Its timings, the yardstick of speed feedback, are the median of a few runs.
REFERENCE_RUNS = 3
SUITES_KEPT = 8


class ProblemError(MianshiError):
    """A problem's cases or reference solution do not work: a bug in the content."""


@dataclass(frozen=True)
class Case:
    name: str
    large: bool


@dataclass
class Suite:
    key: str
    cases: list[Case]
    args_blob: bytes  # the encoded list of argument dicts, sent as is to workers
    cases_source: str
    expected: list[Any] = field(default_factory=list)
    reference_ms: list[float] = field(default_factory=list)

    @cached_property
    def args(self) -> list[dict]:
        return codec.decode(self.args_blob, MAX_SUITE_BYTES)


def folder_key(folder: Path) -> str:
    digest = hashlib.sha256(f"{CACHE_VERSION}:{SEED}".encode())
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith("."):
            digest.update(str(path.relative_to(folder)).encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _cache_file(problem: Problem, key: str) -> Path:
    return cache_dir() / "judge" / f"{problem.slug}-{key}.bin"


_memo: OrderedDict[str, Suite] = OrderedDict()
_memo_lock = threading.Lock()


def load_suite(problem: Problem, *, sandboxed: bool) -> Suite:
    """The problem's suite: from memory, else from the disk cache, else built and cached."""
    key = folder_key(problem.folder)
    with _memo_lock:
        suite = _memo.get(key)
        if suite is not None:
            _memo.move_to_end(key)
            return suite
    path = _cache_file(problem, key)
    cases_source = problem.source("cases.py")
    suite = _read_cache(path, key, cases_source)
    if suite is None:
        suite = _build(problem, key, cases_source, sandboxed)
        _write_cache(path, problem.slug, suite)
    with _memo_lock:
        _memo[key] = suite
        while len(_memo) > SUITES_KEPT:
            _memo.popitem(last=False)
    return suite


def _build(problem: Problem, key: str, cases_source: str, sandboxed: bool) -> Suite:
    worker = Worker(sandboxed, "numpy,torch" if problem.framework == "torch" else "numpy")
    try:
        request = {"op": "generate", "key": key, "cases": cases_source, "seed": SEED}
        reply = worker.request(request, GENERATE_TIMEOUT_S)
        if not reply.get("ok"):
            detail = str(reply.get("error", "")).strip().splitlines() or ["unknown error"]
            raise ProblemError(f"cases.py of '{problem.slug}' failed: {detail[-1]}")
        cases = [Case(c["name"], c["large"]) for c in reply["cases"]]
        suite = Suite(key, cases, reply["args"], cases_source)
        limit = problem.time_limit_s * REFERENCE_TIME_FACTOR
        reference = problem.source("reference.py")
        runs = [
            execute(worker, suite, problem.entry, reference, "reference.py", limit, problem.memory_mb)
            for _ in range(REFERENCE_RUNS)
        ]
    except (WorkerFailure, KeyError, TypeError) as exc:
        raise ProblemError(f"cases of '{problem.slug}' could not be generated: {exc}") from None
    finally:
        worker.close()
    for run in runs:
        if run.status != "exited" or run.error or len(run.outputs) != len(cases):
            why = run.error["message"] if run.error else run.detail or f"status {run.status}, exit {run.exit_code}"
            raise ProblemError(f"the reference solution of '{problem.slug}' fails its own cases: {why}")
    suite.expected = runs[0].outputs
    suite.reference_ms = [statistics.median(times) for times in zip(*(run.case_ms for run in runs), strict=True)]
    return suite


def _read_cache(path: Path, key: str, cases_source: str) -> Suite | None:
    try:
        data = codec.decode(path.read_bytes(), MAX_SUITE_BYTES)
        ok = (
            data["version"] == CACHE_VERSION
            and data["key"] == key
            and isinstance(data["args"], bytes)
            and len(data["expected"]) == len(data["cases"]) == len(data["reference_ms"])
        )
        if not ok:
            return None
        cases = [Case(str(c["name"]), bool(c["large"])) for c in data["cases"]]
        return Suite(key, cases, data["args"], cases_source, data["expected"], data["reference_ms"])
    except (OSError, codec.CodecError, KeyError, TypeError):
        return None


def _write_cache(path: Path, slug: str, suite: Suite) -> None:
    data = {
        "version": CACHE_VERSION,
        "key": suite.key,
        "cases": [{"name": c.name, "large": c.large} for c in suite.cases],
        "args": suite.args_blob,
        "expected": suite.expected,
        "reference_ms": suite.reference_ms,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(codec.encode(data))
    os.replace(tmp, path)
    # Older versions of this problem only: "focal-loss-*" also matches "focal-loss-torch-*".
    for stale in path.parent.glob(f"{slug}-*.bin"):
        rest = stale.name[len(slug) + 1 : -len(".bin")]
        if stale != path and len(rest) == len(suite.key) and "-" not in rest:
            stale.unlink(missing_ok=True)
