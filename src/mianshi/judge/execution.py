"""Running one source file on a problem's cases in a worker, and reading back what it produced.

The reply and every frame in it are validated here: a frame that does not decode,
or says something out of order, makes the whole run `malformed`.
"""

import math
import struct
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mianshi.judge.warm import MAX_REPLY, Worker, WorkerFailure
from mianshi.judge.worker import codec

if TYPE_CHECKING:
    from mianshi.judge.suite import Suite

# The worker enforces the time limit itself; this only catches a worker that hangs.
GRACE_S = 15.0
LOAD_TIMEOUT_S = 120.0
STATUSES = ("exited", "timeout", "output_limit", "result_limit")
ERROR_KINDS = ("runtime", "memory", "missing_entry")
STDOUT_CHARS = 4000


@dataclass
class RunResult:
    # exited | timeout | output_limit | result_limit, or died / malformed (seen from outside)
    status: str
    exit_code: int | None = None  # negative: killed by that signal
    outputs: list[Any] = field(default_factory=list)
    case_ms: list[float] = field(default_factory=list)
    error: dict | None = None  # kind, message, traceback, case: what the child caught
    stdout: str = ""
    elapsed_ms: float = 0.0
    detail: str = ""  # why the worker died or the result was malformed


def execute(
    worker: Worker,
    suite: "Suite",
    entry: str,
    source: str,
    filename: str,
    time_limit: float,
    memory_mb: int,
    timing_cases: list[int] | None = None,
) -> RunResult:
    """Run `source` on every case; with `timing_cases`, only on those, in that order, and
    the result holds their times (case_ms), with None for each output."""
    job = {
        "op": "run",
        "key": suite.key,
        "entry": entry,
        "source": source,
        "filename": filename,
        "time_limit": time_limit,
        "memory_mb": memory_mb,
    }
    if timing_cases is not None:
        job["cases"] = timing_cases
    try:
        reply = worker.request(job, time_limit + GRACE_S)
        if reply.get("need_load"):
            load = {"op": "load", "key": suite.key, "cases": suite.cases_source, "args": suite.args_blob}
            loaded = worker.request(load, LOAD_TIMEOUT_S)
            if not loaded.get("ok"):
                return RunResult("died", detail=f"the worker could not load the cases: {loaded.get('error')}")
            reply = worker.request(job, time_limit + GRACE_S)
    except WorkerFailure as exc:
        return RunResult("timeout" if exc.timed_out else "died", detail=str(exc))
    return parse_reply(reply, len(suite.cases) if timing_cases is None else len(timing_cases))


def split_frames(blob: bytes) -> list[Any]:
    """Decode each complete frame; a trailing partial frame (a killed writer) is dropped."""
    messages, pos = [], 0
    while pos + 8 <= len(blob):
        (size,) = struct.unpack_from("<Q", blob, pos)
        if size > len(blob) - pos - 8:
            break
        messages.append(codec.decode(memoryview(blob)[pos + 8 : pos + 8 + size], MAX_REPLY))
        pos += 8 + size
    return messages


def _valid_error(error: Any) -> bool:
    return (
        isinstance(error, dict)
        and error.get("kind") in ERROR_KINDS
        and isinstance(error.get("message"), str)
        and isinstance(error.get("traceback"), str)
        and (error.get("case") is None or type(error.get("case")) is int)
    )


def parse_reply(reply: dict, total: int) -> RunResult:
    status, code, ms = reply.get("status"), reply.get("code"), reply.get("ms")
    frames, stdout = reply.get("frames"), reply.get("stdout")
    if (
        status not in STATUSES
        or not (code is None or type(code) is int)
        or not isinstance(ms, int | float)
        or not isinstance(frames, bytes)
        or not isinstance(stdout, bytes)
    ):
        return RunResult("malformed", detail="the worker's reply is malformed")
    result = RunResult(status, code, stdout=stdout[:STDOUT_CHARS].decode(errors="replace"), elapsed_ms=float(ms))
    try:
        messages = split_frames(frames)
    except codec.CodecError as exc:
        result.status, result.detail = "malformed", str(exc)
        return result
    for message in messages:
        if isinstance(message, dict) and set(message) == {"error"} and _valid_error(message["error"]):
            result.error = message["error"]
            break
        ok = (
            isinstance(message, dict)
            and set(message) == {"case", "ms", "out"}
            and type(message["case"]) is int
            and message["case"] == len(result.outputs) < total
            and isinstance(message["ms"], int | float)
            and math.isfinite(message["ms"])
        )
        if not ok:
            result.status, result.detail = "malformed", "a result frame is malformed or out of order"
            return result
        result.outputs.append(message["out"])
        result.case_ms.append(max(0.0, float(message["ms"])))
    return result
