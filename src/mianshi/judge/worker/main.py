"""The judge worker: imports numpy (and torch) once, then forks a fresh child per submission.

Runs inside the bubblewrap sandbox (or, with --no-sandbox, as a plain subprocess) and
talks to the judge over stdin/stdout in frames: a u64 length and a codec message.
Requests are "generate" (run a trusted cases.py), "load" (keep a problem's cases) and
"run" (judge one source file). The judge re-checks everything this process says: it
shares a uid with the code it runs.
"""

import argparse
import contextlib
import ctypes
import fcntl
import gc
import math
import os
import resource
import selectors
import shutil
import signal
import struct
import sys
import time
import traceback
import types
from collections import OrderedDict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import child  # noqa: E402
import codec  # noqa: E402
import native  # noqa: E402

NOBODY = 65534
PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_SET_CHILD_SUBREAPER = 1, 4, 36
LIBC = ctypes.CDLL(None, use_errno=True)
MAX_REQUEST = 1 << 30
RESULT_LIMIT = 256 << 20
NPROC, FILE_BYTES, OPEN_FILES = 128, 16 << 20, 256
BUNDLES_KEPT = 8
PIPE_BYTES = 1 << 20


def read_exact(fd: int, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_message(fd: int) -> bytes | None:
    head = read_exact(fd, 8)
    if head is None:
        return None
    (size,) = struct.unpack("<Q", head)
    if size > MAX_REQUEST:
        raise SystemExit("request too large")
    return read_exact(fd, size)


def write_message(fd: int, message: dict) -> None:
    data = codec.encode(message)
    child.write_all(fd, struct.pack("<Q", len(data)), data)


def widen_pipe(fd: int) -> None:
    """Large results cross in a few system calls instead of hundreds."""
    with contextlib.suppress(OSError):
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)


def harden(sandboxed: bool) -> None:
    if sandboxed and os.getuid() == 0:
        # bwrap started us as host root without a user namespace (see sandbox.py).
        os.setgroups([])
        os.setresgid(NOBODY, NOBODY, NOBODY)
        os.setresuid(NOBODY, NOBODY, NOBODY)
    # Not dumpable: children (same uid) cannot ptrace us or open /proc/<worker>/fd.
    LIBC.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    # Orphaned grandchildren come back to us, so we can reap them after each run.
    LIBC.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def preload(names: list[str]) -> None:
    import numpy  # noqa: F401

    if "torch" in names:
        try:
            import torch
        except ImportError:
            return
        torch.set_num_threads(1)
        torch.set_num_interop_threads(1)
        # Pay first-use initialisation once here rather than in every child.
        (torch.ones(8, 8) @ torch.ones(8, 8)).softmax(-1).sum().item()


def load_cases(source: str) -> types.ModuleType:
    module = types.ModuleType("cases")
    module.__file__ = "cases.py"
    exec(compile(source, "cases.py", "exec"), module.__dict__)
    return module


class Worker:
    def __init__(self, proto_in: int, proto_out: int, sandboxed: bool):
        self.proto_in, self.proto_out, self.sandboxed = proto_in, proto_out, sandboxed
        self.bundles: OrderedDict[str, tuple[types.ModuleType, list[dict]]] = OrderedDict()

    def keep(self, key: str, cases: types.ModuleType, args: list[dict]) -> None:
        self.bundles[key] = (cases, args)
        while len(self.bundles) > BUNDLES_KEPT:
            self.bundles.popitem(last=False)

    def handle(self, request: dict) -> dict:
        op = request.get("op")
        if op == "generate":
            return self.generate(request)
        if op == "load":
            self.keep(request["key"], load_cases(request["cases"]), codec.decode(request["args"], MAX_REQUEST))
            return {"ok": True}
        if op == "run":
            bundle = self.bundles.get(request["key"])
            if bundle is None:
                return {"need_load": True}
            self.bundles.move_to_end(request["key"])
            return self.supervise(*bundle, request)
        if op == "cpp":
            try:
                return native.build_and_run(self, request)
            finally:
                wipe(os.environ["TMPDIR"])
        return {"ok": False, "error": f"unknown request {op!r}"}

    def generate(self, request: dict) -> dict:
        import numpy as np

        cases = load_cases(request["cases"])
        generated = cases.generate(np.random.default_rng(request["seed"]))
        if not isinstance(generated, list) or not generated:
            return {"ok": False, "error": "generate() must return a non-empty list of cases"}
        infos = []
        for i, case in enumerate(generated):
            ok = (
                isinstance(case, dict)
                and isinstance(case.get("name"), str)
                and isinstance(case.get("args"), dict)
                and isinstance(case.get("large", False), bool)
            )
            if not ok:
                return {"ok": False, "error": f"case {i} needs a str 'name', a dict 'args' and a bool 'large'"}
            infos.append({"name": case["name"], "large": case.get("large", False)})
        blob = codec.encode([case["args"] for case in generated])
        # Run the reference on exactly what submissions will see after the round trip.
        self.keep(request["key"], cases, codec.decode(blob, MAX_REQUEST))
        return {"ok": True, "cases": infos, "args": blob}

    def supervise(self, cases: types.ModuleType, args: list[dict], job: dict) -> dict:
        def body(res_w: int) -> None:
            apply_limits(job["time_limit"], job["memory_mb"])
            child.run(cases, args, job, res_w)

        try:
            return self.spawn(body, job["time_limit"])
        finally:
            wipe(os.environ["TMPDIR"])  # every submission starts from an empty temp dir

    def spawn(self, body, time_limit: float, stdout_limit: int = 1 << 20, stdout_keep: int = 8 << 10) -> dict:
        """Run body(result_fd) in a forked child under a deadline; what it printed and sent."""
        out_r, out_w = os.pipe()
        res_r, res_w = os.pipe()
        widen_pipe(res_w)
        gc.freeze()
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:
            try:
                os.setpgid(0, 0)
                LIBC.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)  # dies with the worker
                for fd in (out_r, res_r, self.proto_in, self.proto_out):
                    os.close(fd)
                os.dup2(out_w, 1)
                os.dup2(out_w, 2)
                os.close(out_w)
                body(res_w)
            finally:
                os._exit(0)
        os.close(out_w)
        os.close(res_w)
        status, stdout, frames = self.watch(pid, out_r, res_r, start + time_limit, stdout_limit, stdout_keep)
        elapsed = (time.monotonic() - start) * 1000
        _, wait_status = os.waitpid(pid, 0)
        self.reap()
        return {
            "status": status,
            "code": os.waitstatus_to_exitcode(wait_status),
            "stdout": stdout,
            "frames": frames,
            "ms": elapsed,
        }

    def watch(self, pid: int, out_r: int, res_r: int, deadline: float, stdout_limit: int, stdout_keep: int):
        """Collect output until the child exits, overruns or floods; then kill everything it left."""
        pidfd = os.pidfd_open(pid)
        for fd in (out_r, res_r):
            os.set_blocking(fd, False)
        sel = selectors.DefaultSelector()
        sel.register(pidfd, selectors.EVENT_READ, "exit")
        sel.register(out_r, selectors.EVENT_READ, "out")
        sel.register(res_r, selectors.EVENT_READ, "res")
        stdout, frames, total_out = bytearray(), bytearray(), 0
        status = None

        def pump(fd: int, kind: str) -> bool:
            nonlocal total_out, status
            try:
                chunk = os.read(fd, 1 << 20)
            except BlockingIOError:  # a writer that escaped (only possible without the sandbox)
                return False
            if not chunk:
                sel.unregister(fd)
                return False
            if kind == "out":
                total_out += len(chunk)
                stdout.extend(chunk[: max(0, stdout_keep - len(stdout))])
                if total_out > stdout_limit:
                    status = "output_limit"
            else:
                frames.extend(chunk)
                if len(frames) > RESULT_LIMIT:
                    status = "result_limit"
            return True

        while status is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                status = "timeout"
                break
            for key, _ in sel.select(remaining):
                if key.data == "exit":
                    sel.unregister(pidfd)
                    status = status or "exited"
                else:
                    pump(key.fd, key.data)
        self.kill_all(pid)
        # Everything that could write is dead now: read what is left in the pipes.
        drain_until = time.monotonic() + 1.0
        for fd, kind in ((out_r, "out"), (res_r, "res")):
            while time.monotonic() < drain_until and fd in sel.get_map() and pump(fd, kind):
                if status in ("output_limit", "result_limit"):
                    break
        sel.close()
        for fd in (pidfd, out_r, res_r):
            os.close(fd)
        del frames[RESULT_LIMIT:]
        return status, stdout, frames

    def kill_all(self, pid: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
        self.sweep()

    def sweep(self) -> None:
        """Kill whatever the child left behind, including processes that left its group.

        kill(-1) reaches every process of this PID namespace we may signal, never
        ourselves or bwrap's init; outside the sandbox it would mean all of the user's,
        so there only our own children (orphans come to us, the subreaper) are killed.
        """
        targets = [-1] if self.sandboxed else own_children()
        for target in targets:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(target, signal.SIGKILL)

    def reap(self) -> None:
        until = time.monotonic() + 2.0
        while time.monotonic() < until:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                self.sweep()
                time.sleep(0.001)


def wipe(folder: str) -> None:
    for entry in os.scandir(folder):
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def own_children() -> list[int]:
    pids = []
    for task in os.listdir("/proc/self/task"):
        with contextlib.suppress(OSError), open(f"/proc/self/task/{task}/children") as listing:
            pids += [int(pid) for pid in listing.read().split()]
    return pids


def current_vm_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def apply_limits(time_limit: float, memory_mb: int) -> None:
    """Limits of the child. Memory is counted on top of what numpy/torch already map."""
    cpu = math.ceil(time_limit) + 1
    limits = {
        resource.RLIMIT_AS: current_vm_bytes() + (memory_mb << 20),
        resource.RLIMIT_CPU: (cpu, cpu + 1),
        resource.RLIMIT_NPROC: NPROC,
        resource.RLIMIT_FSIZE: FILE_BYTES,
        resource.RLIMIT_NOFILE: OPEN_FILES,
        resource.RLIMIT_CORE: 0,
    }
    for which, value in limits.items():
        soft, hard = value if isinstance(value, tuple) else (value, value)
        ceiling = resource.getrlimit(which)[1]
        if ceiling != resource.RLIM_INFINITY:
            soft, hard = min(soft, ceiling), min(hard, ceiling)
        resource.setrlimit(which, (soft, hard))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandboxed", action="store_true")
    parser.add_argument("--preload", default="numpy")
    options = parser.parse_args()
    harden(options.sandboxed)
    proto_in, proto_out = os.dup(0), os.dup(1)
    widen_pipe(proto_out)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    preload(options.preload.split(","))
    worker = Worker(proto_in, proto_out, options.sandboxed)
    write_message(proto_out, {"ready": True, "torch": "torch" in sys.modules})
    while True:
        data = read_message(proto_in)
        if data is None:
            return
        try:
            reply = worker.handle(codec.decode(data, MAX_REQUEST))
        except Exception:
            reply = {"ok": False, "error": traceback.format_exc(limit=-3)}
        write_message(proto_out, reply)


if __name__ == "__main__":
    main()
