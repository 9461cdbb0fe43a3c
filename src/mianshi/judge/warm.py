"""The judge's side of a worker process: start it, talk to it with deadlines, replace it.

Each process keeps one warm worker per mode (sandboxed or not), started on first use
and replaced whenever it dies, hangs or says something malformed. Replies are decoded
with the bounded codec: the worker shares a uid with the code it runs.
"""

import atexit
import contextlib
import fcntl
import os
import selectors
import signal
import struct
import subprocess
import tempfile
import threading
import time

from mianshi.judge.sandbox import ENV, SandboxError, worker_command
from mianshi.judge.worker import codec

MAX_REPLY = 320 << 20
START_TIMEOUT_S = 120.0
PIPE_BYTES = 1 << 20


def widen_pipe(fd: int) -> None:
    """Results of a few MB then cross in a few system calls instead of hundreds."""
    with contextlib.suppress(OSError):
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)


class WorkerFailure(Exception):
    """The worker died, timed out or replied with something malformed."""

    def __init__(self, reason: str, *, timed_out: bool = False):
        super().__init__(reason)
        self.timed_out = timed_out


class Worker:
    """One worker process. Thread-safe: requests are serialised.

    bwrap's --die-with-parent follows the *thread* that started it, so a worker
    started from a short-lived thread dies with it; it is then restarted lazily.
    """

    def __init__(self, sandboxed: bool, preload: str = "numpy,torch"):
        self.sandboxed = sandboxed
        self.preload = preload
        self._proc: subprocess.Popen | None = None
        self._lock = threading.Lock()
        self._stderr = None
        self._cwd: tempfile.TemporaryDirectory | None = None
        # The judge's memory of the Python reference's best time on the large cases, per
        # suite, as last measured in this worker (see runner._compare_with_reference_now).
        self.reference_ms: dict[str, float] = {}

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc and self._proc.poll() is None else None

    def request(self, message: dict, timeout: float) -> dict:
        """Send one request and wait for its reply; on any failure the worker is killed."""
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                self._start()
            deadline = time.monotonic() + timeout
            try:
                self._send(codec.encode(message), deadline)
                return self._receive(deadline)
            except WorkerFailure:
                self._kill()
                raise

    def warm_up(self) -> None:
        """Start the worker now (numpy and torch imported) instead of on the first request."""
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                self._start()

    def close(self) -> None:
        with self._lock:
            self._kill()

    def _start(self) -> None:
        self._kill()
        command = worker_command(self.sandboxed, self.preload)
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115  (lives as long as the worker)
        env, cwd = ENV, None
        if not self.sandboxed:
            self._cwd = tempfile.TemporaryDirectory(prefix="mianshi-judge-")
            env, cwd = {**ENV, "HOME": self._cwd.name, "TMPDIR": self._cwd.name}, self._cwd.name
        self._proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            start_new_session=True,
            env=env,
            cwd=cwd,
        )
        for stream in (self._proc.stdin, self._proc.stdout):
            os.set_blocking(stream.fileno(), False)
            widen_pipe(stream.fileno())
        try:
            self._receive(time.monotonic() + START_TIMEOUT_S)
        except WorkerFailure as exc:
            self._stderr.seek(0)
            lines = self._stderr.read(4000).decode(errors="replace").strip().splitlines()
            self._kill()
            detail = lines[-1] if lines else str(exc)
            raise SandboxError(f"the judge worker did not start: {detail}") from None

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            # The worker leads its own session: this takes bwrap and all it started.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            for stream in (proc.stdin, proc.stdout):
                stream.close()
        if self._stderr is not None:
            self._stderr.close()
        if self._cwd is not None:
            self._cwd.cleanup()
        self._stderr = self._cwd = None

    def _wait(self, sel: selectors.BaseSelector, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise WorkerFailure("the worker did not answer in time", timed_out=True)
        sel.select(remaining)

    def _send(self, payload: bytes, deadline: float) -> None:
        fd = self._proc.stdin.fileno()
        view = memoryview(struct.pack("<Q", len(payload)) + payload)
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_WRITE)
            while view:
                self._wait(sel, deadline)
                try:
                    view = view[os.write(fd, view) :]
                except BlockingIOError:
                    continue
                except OSError as exc:
                    raise WorkerFailure(f"the worker is gone ({exc.strerror})") from None

    def _read(self, size: int, deadline: float) -> bytearray:
        fd = self._proc.stdout.fileno()
        data = bytearray(size)
        view, done = memoryview(data), 0
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while done < size:
                self._wait(sel, deadline)
                try:
                    count = os.readv(fd, [view[done:]])
                except BlockingIOError:
                    continue
                if not count:
                    raise WorkerFailure("the worker died")
                done += count
        return data

    def _receive(self, deadline: float) -> dict:
        (size,) = struct.unpack("<Q", self._read(8, deadline))
        if size > MAX_REPLY:
            raise WorkerFailure(f"the worker sent {size} bytes, over the limit")
        try:
            reply = codec.decode(self._read(size, deadline), MAX_REPLY)
        except codec.CodecError as exc:
            raise WorkerFailure(f"the worker sent a malformed reply ({exc})") from None
        if not isinstance(reply, dict):
            raise WorkerFailure("the worker sent a malformed reply")
        return reply


_shared: dict[bool, Worker] = {}
_shared_lock = threading.Lock()


def shared_worker(sandboxed: bool) -> Worker:
    """This process's warm worker for the mode, started lazily on its first request."""
    with _shared_lock:
        worker = _shared.get(sandboxed)
        if worker is None:
            worker = _shared[sandboxed] = Worker(sandboxed)
        return worker


@atexit.register
def _close_shared() -> None:
    for worker in _shared.values():
        worker.close()
