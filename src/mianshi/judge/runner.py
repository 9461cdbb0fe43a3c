"""Judging one submission: compile check, run in the warm worker, check, verdict.

The source is only compiled here, never executed: it runs in the sandbox, and its
outputs are compared here against expected outputs the sandbox never sees.
"""

import importlib.util
import signal
import traceback

from mianshi.errors import MianshiError
from mianshi.judge.checkers import checker_for, max_abs_error, preview, summarize
from mianshi.judge.execution import RunResult, execute
from mianshi.judge.problem import LANGUAGE_NAMES, Problem
from mianshi.judge.suite import ProblemError, Suite, load_suite
from mianshi.judge.verdict import CaseFailure, JudgeReport, Verdict
from mianshi.judge.warm import Worker, shared_worker

MAX_SOURCE_BYTES = 1 << 20
SIGNALS = {
    signal.SIGSEGV: "SIGSEGV (segmentation fault)",
    signal.SIGBUS: "SIGBUS (bus error)",
    signal.SIGABRT: "SIGABRT (aborted)",
    signal.SIGFPE: "SIGFPE (arithmetic error)",
    signal.SIGILL: "SIGILL (illegal instruction)",
    signal.SIGKILL: "SIGKILL (killed)",
    signal.SIGXFSZ: "SIGXFSZ (wrote a file over the size limit)",
}


class LanguageError(MianshiError):
    """The problem does not take submissions in that language."""


def judge(
    problem: Problem,
    source: str | bytes,
    filename: str,
    *,
    sandboxed: bool,
    language: str = "python",
    worker: Worker | None = None,
) -> JudgeReport:
    """Judge `source`; Python runs in `worker` when given (a server's pool), else in this
    process's shared warm worker."""
    if language not in problem.languages:
        offered = ", ".join(LANGUAGE_NAMES[name] for name in problem.languages)
        raise LanguageError(
            f"problem '{problem.slug}' takes {offered}, not {LANGUAGE_NAMES.get(language, language)}"
        )
    if language == "cpp":
        from mianshi.judge.cpp_judge import judge_cpp

        return judge_cpp(problem, source, filename, sandboxed=sandboxed, max_source_bytes=MAX_SOURCE_BYTES)
    if problem.framework == "torch" and importlib.util.find_spec("torch") is None:
        raise ProblemError(f"problem '{problem.slug}' needs PyTorch: pip install 'mianshi[torch]'")
    suite = load_suite(problem, sandboxed=sandboxed)
    text, failure = _compile(source, filename)
    if failure:
        message, detail = failure
        return JudgeReport(
            problem.slug, Verdict.COMPILE_ERROR, 0, len(suite.cases), message, 0.0, sandboxed, traceback=detail
        )
    worker = worker or shared_worker(sandboxed)
    run = execute(worker, suite, problem.entry, text, filename, problem.time_limit_s, problem.memory_mb)
    report = evaluate(problem, suite, run, sandboxed)
    if report.accepted and report.slowdown is not None:
        _compare_with_reference_now(problem, suite, (text, filename), worker, report)
    return report


# The submission's and the reference's times on the large cases come from timing runs:
# only those cases, outputs left in the worker. A submission far from the reference's
# time remembered by this worker (over CLOSE times faster or slower) is compared with it
# at once; otherwise, or when there is none yet, the reference and the submission are
# timed again in turn (one large case on a busy machine varies up to 3x between runs of
# the same code) and the best of each compared: both then measured under the same load.
CLOSE = 3.0


def _compare_with_reference_now(
    problem: Problem, suite: Suite, submission: tuple[str, str], worker: Worker, report: JudgeReport
) -> None:
    """Set the report's speed line from timing runs in `worker` (the full run's time is not
    used: the small cases before it warm the large one up, so it is not a like measure)."""
    reference = (problem.source("reference.py"), "reference.py")
    large = [i for i, case in enumerate(suite.cases) if case.large]

    def timed(source: tuple[str, str]) -> float | None:
        run = execute(worker, suite, problem.entry, *source, problem.time_limit_s * 2, problem.memory_mb, large)
        ok = run.status == "exited" and not run.error and len(run.case_ms) == len(large)
        return sum(run.case_ms) if ok else None

    first = timed(submission)
    remembered = worker.reference_ms.get(suite.key)
    if first is None:
        return  # keep the comparison with the time cached with the suite
    if remembered and not 1 / CLOSE <= first / remembered <= CLOSE:
        submission_ms, reference_ms = first, remembered
    else:  # reference, submission, reference after the first run: two of each, in turn
        again = [timed(reference), timed(submission), timed(reference)]
        if None in again or min(again[0], again[2]) <= 0:
            return
        submission_ms, reference_ms = min(first, again[1]), min(again[0], again[2])
        worker.reference_ms[suite.key] = reference_ms
    report.large_ms, report.reference_large_ms = submission_ms, reference_ms
    report.slowdown = submission_ms / reference_ms


def _compile(source: str | bytes, filename: str) -> tuple[str, tuple[str, str] | None]:
    """The source as text, and (message, detail) when it does not compile."""
    if len(source) > MAX_SOURCE_BYTES:
        return "", (f"{filename} is over {MAX_SOURCE_BYTES >> 10} KB", "")
    if isinstance(source, bytes):
        try:
            source = source.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return "", (f"{filename} is not UTF-8 text (byte {exc.start})", "")
    try:
        compile(source, filename, "exec", dont_inherit=True)
    except SyntaxError as exc:
        where = f" ({filename}, line {exc.lineno})" if exc.lineno else ""
        detail = "".join(traceback.format_exception_only(type(exc), exc))
        return source, (f"{type(exc).__name__}: {exc.msg}{where}", detail)
    except (ValueError, RecursionError, MemoryError, OverflowError) as exc:
        return source, (f"{type(exc).__name__}: {exc}", "")
    return source, None


def _label(suite: Suite, index: int) -> str:
    return f"case {index + 1}/{len(suite.cases)} '{suite.cases[index].name}'"


def _failure(suite: Suite, index: int, got, reason: str) -> CaseFailure:
    expected = suite.expected[index]
    return CaseFailure(
        index=index,
        name=suite.cases[index].name,
        inputs={name: summarize(value) for name, value in suite.args[index].items()},
        expected=preview(expected),
        got=preview(got),
        max_abs_error=max_abs_error(expected, got),
        reason=reason,
    )


def _speed(suite: Suite, run: RunResult) -> tuple[float, float] | None:
    """(submission, reference) milliseconds on the large cases, when all of them ran."""
    large = [i for i, case in enumerate(suite.cases) if case.large]
    if not large or max(large) >= len(run.case_ms):
        return None
    return sum(run.case_ms[i] for i in large), sum(suite.reference_ms[i] for i in large)


def _ended_early(
    problem: Problem, suite: Suite, run: RunResult, language: str = "python"
) -> tuple[Verdict, str, str | None]:
    """Why a run stopped before all cases passed, when no delivered case was wrong."""
    done, total = len(run.outputs), len(suite.cases)
    error = run.error
    index = error["case"] if error else done
    where = f" on {_label(suite, index)}" if index is not None and index < total else ""
    if run.status == "malformed":
        return Verdict.RUNTIME_ERROR, f"the result could not be read: {run.detail}", None
    if error and error["kind"] == "memory":
        limit = f"{problem.memory_mb} MB" + (" on top of numpy/torch" if language == "python" else "")
        return Verdict.MEMORY_LIMIT, f"ran out of memory{where} (limit: {limit})", error["traceback"] or None
    if error:
        return Verdict.RUNTIME_ERROR, f"{error['message']}{where}", error["traceback"] or None
    if run.status == "timeout" or run.exit_code == -signal.SIGXCPU:
        limit = f"{problem.time_limit_s:g} s"
        return Verdict.TIME_LIMIT, f"took longer than {limit} ({done}/{total} cases finished)", None
    if run.status == "output_limit":
        return Verdict.RUNTIME_ERROR, f"printed more than 1 MB{where}", None
    if run.status == "result_limit":
        return Verdict.RUNTIME_ERROR, f"returned more than 256 MB of results{where}", None
    if run.status == "died":
        return Verdict.RUNTIME_ERROR, f"{run.detail} while running this code{where}; it was replaced", None
    if run.exit_code is not None and run.exit_code < 0:
        name = SIGNALS.get(-run.exit_code, f"signal {-run.exit_code}")
        if language == "cpp" and -run.exit_code == signal.SIGSEGV:
            name += ": an out-of-bounds access, a null pointer or a stack overflow"
        return Verdict.RUNTIME_ERROR, f"crashed with {name}{where}", None
    return Verdict.RUNTIME_ERROR, f"stopped before returning all results{where} (exit code {run.exit_code})", None


def evaluate(problem: Problem, suite: Suite, run: RunResult, sandboxed: bool, language: str = "python") -> JudgeReport:
    check = checker_for(problem, suite.key)
    passed, failure = 0, None
    for index, got in enumerate(run.outputs):
        reason = check(suite.expected[index], got, suite.args[index])
        if reason is None:
            passed += 1
        elif failure is None:
            failure = _failure(suite, index, got, reason)
    total = len(suite.cases)
    report = JudgeReport(
        problem.slug, Verdict.ACCEPTED, passed, total, f"all {total} cases passed", run.elapsed_ms, sandboxed, stdout=run.stdout
    )
    speed = _speed(suite, run)
    if speed:
        report.large_ms, report.reference_large_ms = speed
        report.slowdown = speed[0] / speed[1] if speed[1] > 0 else None
    if failure is not None:
        report.verdict, report.failure = Verdict.WRONG_ANSWER, failure
        report.message = f"wrong answer on {_label(suite, failure.index)}: {failure.reason}"
    elif run.status != "exited" or run.error or len(run.outputs) < total:
        report.verdict, report.message, report.traceback = _ended_early(problem, suite, run, language)
    return report
