"""Judging a C++ submission: compile and run it in the worker, check the results here.

The expected outputs are the problem's suite, made by reference.py like for Python.
The problem's cases.py may adapt a case to the C++ signature and back, in this
(trusted) process: `cpp_args(args) -> list` gives the arguments in the signature's
order (by default the case's arguments of the same names), and `cpp_output(out, args)`
turns what the function returned (a flat numpy array or a number) into the value the
checker compares with the expected output (by default unchanged). The speed feedback
compares with reference.cpp, compiled and timed once per version of the problem.
"""

import contextlib
import copy
import functools
import importlib.util
import os
import shutil
import statistics
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from mianshi.errors import MianshiError
from mianshi.judge.checkers import checker_for
from mianshi.judge.cpp import (
    CppSignature,
    decode_results,
    encode_inputs,
    harness_source,
    parse_signature,
)
from mianshi.judge.execution import GRACE_S, STDOUT_CHARS, RunResult
from mianshi.judge.problem import Problem
from mianshi.judge.suite import (
    REFERENCE_RUNS,
    REFERENCE_TIME_FACTOR,
    ProblemError,
    Suite,
    load_suite,
)
from mianshi.judge.verdict import JudgeReport, Verdict
from mianshi.judge.warm import Worker, WorkerFailure, shared_worker
from mianshi.judge.worker import codec
from mianshi.judge.worker.native import COMPILE_OUTPUT_LIMIT, COMPILE_TIME_S, HARNESS
from mianshi.paths import cache_dir

INSTALL_HINT = "sudo apt-get install g++"
SAFE_NAME = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
COMPILE_LINES, COMPILE_CHARS = 30, 4000
CACHE_VERSION = 1


class CompilerMissing(MianshiError):
    """g++ is not installed."""


def require_compiler() -> str:
    compiler = shutil.which("g++")
    if compiler is None:
        raise CompilerMissing(f"g++ is not installed, so C++ cannot be judged: install it with `{INSTALL_HINT}`")
    return compiler


@dataclass(frozen=True)
class Binding:
    signature: CppSignature
    harness: str
    inputs: bytes  # every case, encoded for the harness
    cases: ModuleType


@functools.lru_cache(maxsize=32)
def _cases_module(path: Path, key: str) -> ModuleType:
    name = f"_mianshi_cpp_cases_{path.parent.name.replace('-', '_')}_{key}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_bindings: dict[str, Binding] = {}
_lock = threading.Lock()


def binding(problem: Problem, suite: Suite) -> Binding:
    """The problem's signature, harness and encoded cases (made once per suite)."""
    with _lock:
        found = _bindings.get(suite.key)
    if found is not None:
        return found
    signature = parse_signature(problem.cpp_signature)
    cases = _cases_module(problem.folder / "cases.py", suite.key)
    adapt = getattr(cases, "cpp_args", None) or (lambda args: [args[p.name] for p in signature.params])
    try:
        inputs = encode_inputs(signature, [list(adapt(args)) for args in suite.args])
    except (KeyError, ValueError, TypeError) as exc:
        raise ProblemError(f"the cases of '{problem.slug}' do not fit its C++ signature: {exc!r}") from None
    found = Binding(signature, harness_source(signature), inputs, cases)
    with _lock:
        _bindings[suite.key] = found
    return found


def source_name(filename: str) -> str:
    name = os.path.basename(filename)
    ok = name.endswith((".cpp", ".cc", ".cxx")) and set(name) <= SAFE_NAME and not name.startswith(".")
    return name if ok and name != HARNESS else "solution.cpp"


def _text(source: str | bytes, filename: str, limit: int) -> tuple[str, str | None]:
    if len(source) > limit:
        return "", f"{filename} is over {limit >> 10} KB"
    if isinstance(source, bytes):
        try:
            source = source.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return "", f"{filename} is not UTF-8 text (byte {exc.start})"
    if "\0" in source:
        return "", f"{filename} contains a NUL character"
    return source, None


def compile_message(output: str, status: str, code: int | None, name: str) -> tuple[str, str]:
    """A one-line reason and the first lines of the compiler's output."""
    lines = [line for line in output.splitlines() if line.strip()]
    detail = "\n".join(lines[:COMPILE_LINES])[:COMPILE_CHARS]
    if status == "timeout":
        return f"compilation took longer than {COMPILE_TIME_S:g} s and was stopped", detail
    if status == "output_limit":
        return f"the compiler printed more than {COMPILE_OUTPUT_LIMIT >> 20} MB of errors and was stopped", detail
    if status == "missing":
        return f"g++ is not available to the judge ({INSTALL_HINT})", detail
    text = output.lower()
    if "virtual memory exhausted" in text or "out of memory" in text or "cannot allocate memory" in text:
        return "the compiler ran out of memory", detail
    for line in lines:
        if "error" in line or "undefined reference" in line or "multiple definition" in line:
            message = line.strip()
            if "undefined reference" in line:
                message += " (define the function with exactly the problem's C++ signature, outside any namespace)"
            elif "multiple definition of `main'" in line or "multiple definition of `main" in line:
                message += " (do not define main(): the judge provides it)"
            return message[:500], detail
    if code is not None and code < 0:
        return f"the compiler was killed by signal {-code}", detail
    return f"{name} does not compile (exit code {code})", detail


def _request(worker: Worker, job: dict, runs: int) -> dict:
    timeout = COMPILE_TIME_S + runs * (job["time_limit"] + 2) + GRACE_S
    if job.get("reference"):  # its compile (once per worker) and three more runs
        timeout += COMPILE_TIME_S + 3 * (job["time_limit"] + 2)
    return worker.request({**job, "op": "cpp", "runs": runs}, timeout)


def _run_result(run: Any, bound: Binding, suite: Suite) -> RunResult:
    """A program run as the Python path reports one, its outputs adapted for the checker."""
    status, code, ms = run.get("status"), run.get("code"), run.get("ms")
    frames, stdout = run.get("frames"), run.get("stdout")
    if (
        status not in ("exited", "timeout", "output_limit", "result_limit")
        or not (code is None or type(code) is int)
        or not isinstance(ms, int | float)
        or not isinstance(frames, bytes)
        or not isinstance(stdout, bytes)
    ):
        return RunResult("malformed", detail="the worker's reply is malformed")
    result = RunResult(status, code, stdout=stdout[:STDOUT_CHARS].decode(errors="replace"), elapsed_ms=float(ms))
    decoded = decode_results(frames, bound.signature, len(suite.cases))
    if decoded.malformed:
        result.status, result.detail = "malformed", decoded.malformed
        return result
    adapt = getattr(bound.cases, "cpp_output", None)
    for index, out in enumerate(decoded.outputs):
        if adapt is not None:
            # A wrong size cannot be reshaped: the checker then reports the flat output.
            with contextlib.suppress(Exception):
                out = adapt(out, suite.args[index])
        result.outputs.append(out)
    result.case_ms = decoded.case_ms
    result.error = decoded.error
    return result


def _reference_file(problem: Problem, key: str) -> Path:
    return cache_dir() / "judge" / "cpp" / f"{problem.slug}-{key}.bin"


_reference_ms: dict[str, list[float]] = {}


def reference_ms(problem: Problem, suite: Suite, bound: Binding, sandboxed: bool) -> list[float]:
    """reference.cpp's time per case (median of a few runs), after checking its outputs."""
    with _lock:
        found = _reference_ms.get(suite.key)
    if found is not None:
        return found
    path = _reference_file(problem, suite.key)
    try:
        data = codec.decode(path.read_bytes(), 1 << 20)
        if data["version"] == CACHE_VERSION and data["key"] == suite.key and len(data["ms"]) == len(suite.cases):
            found = [float(ms) for ms in data["ms"]]
    except (OSError, codec.CodecError, KeyError, TypeError, ValueError):
        found = None
    if found is None:
        found = _time_reference(problem, suite, bound, sandboxed)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(codec.encode({"version": CACHE_VERSION, "key": suite.key, "ms": found}))
        os.replace(tmp, path)
        for stale in path.parent.glob(f"{problem.slug}-*.bin"):
            rest = stale.name[len(problem.slug) + 1 : -len(".bin")]
            if stale != path and len(rest) == len(suite.key) and "-" not in rest:
                stale.unlink(missing_ok=True)
    with _lock:
        _reference_ms[suite.key] = found
    return found


def _time_reference(problem: Problem, suite: Suite, bound: Binding, sandboxed: bool) -> list[float]:
    worker = Worker(sandboxed, "numpy")
    job = {
        "source": problem.source("reference.cpp"),
        "filename": "reference.cpp",
        "harness": bound.harness,
        "inputs": bound.inputs,
        "time_limit": problem.time_limit_s * REFERENCE_TIME_FACTOR,
        "memory_mb": problem.memory_mb,
    }
    try:
        reply = _request(worker, job, REFERENCE_RUNS)
    except WorkerFailure as exc:
        raise ProblemError(f"reference.cpp of '{problem.slug}' could not be run: {exc}") from None
    finally:
        worker.close()
    compiled = reply.get("compile") or {}
    if not reply.get("runs"):
        output = bytes(compiled.get("output", b"")).decode(errors="replace")
        message, _ = compile_message(output, compiled.get("status", ""), compiled.get("code"), "reference.cpp")
        raise ProblemError(f"reference.cpp of '{problem.slug}' does not compile: {message}")
    check = checker_for(problem, suite.key)
    runs = [_run_result(run, bound, suite) for run in reply["runs"]]
    for run in runs:
        if run.status != "exited" or run.error or len(run.outputs) != len(suite.cases):
            why = run.error["message"] if run.error else run.detail or f"status {run.status}, exit {run.exit_code}"
            raise ProblemError(f"reference.cpp of '{problem.slug}' fails its own cases: {why}")
        for index, got in enumerate(run.outputs):
            reason = check(suite.expected[index], got, suite.args[index])
            if reason:
                name = suite.cases[index].name
                raise ProblemError(f"reference.cpp of '{problem.slug}' disagrees with reference.py on '{name}': {reason}")
    return [statistics.median(times) for times in zip(*(run.case_ms for run in runs), strict=True)]


def judge_cpp(
    problem: Problem,
    source: str | bytes,
    filename: str,
    *,
    sandboxed: bool,
    worker: Worker | None = None,
    max_source_bytes: int = 1 << 20,
) -> JudgeReport:
    from mianshi.judge.runner import evaluate  # runner dispatches here

    require_compiler()
    suite = load_suite(problem, sandboxed=sandboxed)
    total = len(suite.cases)
    text, problem_with_text = _text(source, filename, max_source_bytes)
    if problem_with_text:
        report = JudgeReport(problem.slug, Verdict.COMPILE_ERROR, 0, total, problem_with_text, 0.0, sandboxed)
        report.language = "cpp"
        return report
    bound = binding(problem, suite)
    timings = reference_ms(problem, suite, bound, sandboxed)
    name = source_name(filename)
    job = {
        "source": text,
        "filename": name,
        "harness": bound.harness,
        "inputs": bound.inputs,
        "time_limit": problem.time_limit_s,
        "memory_mb": problem.memory_mb,
        "reference": problem.source("reference.cpp"),  # timed again beside the submission
    }
    try:
        reply = _request(worker or shared_worker(sandboxed), job, 1)
    except WorkerFailure as exc:
        run = RunResult("timeout" if exc.timed_out else "died", detail=str(exc))
        reply = None
    compiled = (reply or {}).get("compile") or {}
    compile_ms = float(compiled.get("ms") or 0.0)
    if reply is not None:
        runs = reply.get("runs")
        if not runs:
            output = compiled.get("output", b"")
            output = output.decode(errors="replace") if isinstance(output, bytes) else ""
            message, detail = compile_message(output, str(compiled.get("status")), compiled.get("code"), name)
            report = JudgeReport(
                problem.slug, Verdict.COMPILE_ERROR, 0, total, message, 0.0, sandboxed, traceback=detail or None
            )
            report.language, report.compile_ms = "cpp", compile_ms
            return report
        run = _run_result(runs[0], bound, suite)
    timed = copy.copy(suite)
    timed.reference_ms = timings
    report = evaluate(problem, timed, run, sandboxed, language="cpp")
    report.language, report.compile_ms = "cpp", compile_ms
    if report.accepted and report.slowdown is not None and reply is not None:
        _compare_with_reference_now(reply.get("again"), bound, suite, report)
    return report


def _compare_with_reference_now(again: Any, bound: Binding, suite: Suite, report: JudgeReport) -> None:
    """Best time of the submission and of reference.cpp, run in turn in the same worker
    just now, instead of a reference time measured once when the problem was first used
    (timings on a busy machine vary too much for that). Unchanged when a run is missing."""
    if not isinstance(again, list) or len(again) != 3:
        return
    large = [i for i, case in enumerate(suite.cases) if case.large]
    times: dict[str, list[float]] = {"submission": [report.large_ms], "reference": []}
    for entry in again:
        who = entry.get("who") if isinstance(entry, dict) else None
        if who not in times:
            return
        run = _run_result(entry, bound, suite)
        if run.status != "exited" or run.error or len(run.case_ms) != len(suite.cases):
            return
        times[who].append(sum(run.case_ms[i] for i in large))
    best_reference = min(times["reference"])
    if best_reference > 0:
        report.large_ms = min(times["submission"])
        report.reference_large_ms = best_reference
        report.slowdown = report.large_ms / best_reference
