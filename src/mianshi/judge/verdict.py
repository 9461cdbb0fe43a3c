"""Verdicts and the report of one judged submission."""

import math
from dataclasses import asdict, dataclass
from enum import StrEnum


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    TIME_LIMIT = "time_limit"
    MEMORY_LIMIT = "memory_limit"
    RUNTIME_ERROR = "runtime_error"
    COMPILE_ERROR = "compile_error"

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS = {
    Verdict.ACCEPTED: "Accepted 通过",
    Verdict.WRONG_ANSWER: "Wrong Answer 答案错误",
    Verdict.TIME_LIMIT: "Time Limit Exceeded 超时",
    Verdict.MEMORY_LIMIT: "Memory Limit Exceeded 超内存",
    Verdict.RUNTIME_ERROR: "Runtime Error 运行错误",
    Verdict.COMPILE_ERROR: "Compile Error 编译错误",
}
SLOW_FACTOR = 10.0


@dataclass
class CaseFailure:
    """The first case a submission got wrong."""

    index: int
    name: str
    inputs: dict[str, str]  # argument -> short summary (shape, dtype)
    expected: str
    got: str
    max_abs_error: float | None
    reason: str


@dataclass
class JudgeReport:
    problem: str
    verdict: Verdict
    passed: int
    total: int
    message: str
    time_ms: float
    sandboxed: bool
    slowdown: float | None = None  # submission time / reference time on the large cases
    large_ms: float | None = None  # the submission's time on the large cases
    reference_large_ms: float | None = None
    failure: CaseFailure | None = None
    traceback: str | None = None
    stdout: str = ""
    language: str = "python"
    compile_ms: float | None = None  # C++: how long g++ took

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPTED

    @property
    def slow(self) -> bool:
        return self.slowdown is not None and self.slowdown > SLOW_FACTOR

    def to_dict(self) -> dict:
        data = asdict(self)
        data["verdict"] = self.verdict.value
        data["slow"] = self.slow
        for key in ("time_ms", "slowdown", "large_ms", "reference_large_ms", "compile_ms"):
            data[key] = _finite(data[key])
        if self.failure is not None:
            data["failure"]["max_abs_error"] = _finite(self.failure.max_abs_error)
        return data


def _finite(value: float | None) -> float | None:
    """JSON has no NaN or infinity: they become null."""
    return round(value, 6) if value is not None and math.isfinite(value) else None
