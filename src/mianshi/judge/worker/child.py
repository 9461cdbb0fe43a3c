"""What one forked child does: load the submission, run every case, stream the results.

A timing run names some cases (`job["cases"]`, indices): only those run, in that order,
and only their times come back, not their outputs.

Runs inside the sandbox after the worker has applied the limits. Each case's output
is written to the result pipe as one frame (u64 length + codec message) as soon as it
exists, so the cases that finished before a timeout or a crash still count. Nothing
here is trusted by the judge: it re-checks every frame outside the sandbox.
"""

import contextlib
import linecache
import os
import struct
import sys
import time
import traceback
import types
from typing import Any

import codec

TRACEBACK_CHARS = 8000


def write_all(fd: int, *parts: bytes) -> None:
    for part in parts:
        view = memoryview(part)
        while view:
            view = view[os.write(fd, view) :]


def send(fd: int, message: dict, reporter: int) -> None:
    if os.getpid() != reporter:
        os._exit(0)  # a copy the submission forked: only the original process reports
    data = codec.encode(message)
    write_all(fd, struct.pack("<Q", len(data)), data)


def plain(value: Any) -> Any:
    """Torch tensors become numpy arrays, so a default `call` may return either."""
    torch = sys.modules.get("torch")
    if torch is not None and isinstance(value, torch.Tensor):
        return value.detach().cpu().numpy()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def is_memory_error(exc: BaseException) -> bool:
    if isinstance(exc, MemoryError):
        return True
    # PyTorch reports a failed allocation as a RuntimeError.
    return isinstance(exc, RuntimeError) and "can't allocate memory" in str(exc)


def describe(exc: BaseException, filename: str, case: int | None) -> dict:
    """The exception with its traceback cut down to the frames of the user's file."""
    try:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
        last = traceback.format_exception_only(type(exc), exc)
        head = ["Traceback (most recent call last):\n", *traceback.StackSummary.from_list(frames).format()]
        text = "".join((head if frames else []) + last)
        kind = "memory" if is_memory_error(exc) else "runtime"
        message = last[-1].strip()
    except BaseException:  # a hostile exception whose __str__ fails
        text = message = f"{type(exc).__name__} (could not be formatted)"
        kind = "runtime"
    if len(text) > TRACEBACK_CHARS:
        text = "...\n" + text[-TRACEBACK_CHARS:]
    return {"kind": kind, "message": message[:500], "traceback": text, "case": case}


def run(cases: types.ModuleType, all_args: list[dict], job: dict, fd: int) -> None:
    filename, source, entry = job["filename"], job["source"], job["entry"]
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    sys.modules["cases"] = cases
    reporter, case = os.getpid(), None
    try:
        module = types.ModuleType("solution")
        module.__file__ = filename
        sys.modules["solution"] = module
        exec(compile(source, filename, "exec"), module.__dict__)
        if not hasattr(module, entry):
            message = f"{filename} defines no `{entry}`: the function or class this problem asks for"
            send(fd, {"error": {"kind": "missing_entry", "message": message, "traceback": "", "case": None}}, reporter)
            return
        call = getattr(cases, "call", None) or (lambda solution, args: getattr(solution, entry)(**args))
        # A timing run (the speed comparison) names its cases and needs only their times.
        timing_only = "cases" in job
        chosen = job["cases"] if timing_only else range(len(all_args))
        for case, index in enumerate(chosen):
            start = time.perf_counter()
            out = plain(call(module, all_args[index]))
            elapsed = (time.perf_counter() - start) * 1000
            try:
                send(fd, {"case": case, "ms": elapsed, "out": None if timing_only else out}, reporter)
            except codec.CodecError as exc:
                message = f"the result cannot be checked ({exc}); return numpy arrays or Python numbers"
                send(fd, {"error": {"kind": "runtime", "message": message, "traceback": "", "case": case}}, reporter)
                return
    except BaseException as exc:
        send(fd, {"error": describe(exc, filename, case)}, reporter)
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(BaseException):
                stream.flush()
