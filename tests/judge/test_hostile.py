"""Hostile submissions against the real sandbox: each gets the right verdict, nothing
outside the sandbox is read or changed, and the next submission is judged normally."""

import os
import socket
import threading
import uuid
from pathlib import Path

import judging
import pytest
from judging import assert_judged_normally, needs_bwrap, submit

from mianshi.judge.warm import shared_worker
from mianshi.services.bank import init_database

# The autouse fixture that shares expected outputs across tests, and what it needs.
judge_cache, shared_judge_cache = judging.judge_cache, judging.shared_judge_cache

pytestmark = needs_bwrap

# A correct softmax, appended to attacks that only probe the sandbox and then behave.
CORRECT = """
import numpy as np

def softmax(x, axis=-1):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
"""


def probe(code: str) -> str:
    """Run `code` at import time of an otherwise correct solution; return what it printed."""
    report = submit("softmax", code + CORRECT)
    assert report.verdict == "accepted", report.message
    return report.stdout


def sandbox_processes() -> list[int]:
    """The warm worker's process tree on the host: bwrap, its init, the worker itself."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    tree, todo = [], [shared_worker(True).pid]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += children.get(pid, [])
    return tree


def test_infinite_loop_is_a_time_limit():
    report = submit("softmax", "def softmax(x, axis=-1):\n    while True:\n        pass\n")
    assert report.verdict == "time_limit"
    assert report.time_ms < 10_000
    assert_judged_normally()


@pytest.mark.parametrize(
    "code",
    [
        "def softmax(x, axis=-1):\n    return bytearray(64 << 30)\n",
        "def softmax(x, axis=-1):\n    hoard = []\n    while True:\n        hoard.append(bytearray(1 << 24))\n",
        "import numpy as np\ndef softmax(x, axis=-1):\n    return np.ones((1 << 36,))\n",
    ],
    ids=["one-huge-allocation", "growing", "numpy"],
)
def test_memory_bomb_is_a_memory_limit(code):
    report = submit("softmax", code)
    assert report.verdict == "memory_limit", report.message
    assert_judged_normally()


@pytest.mark.parametrize(
    "code",
    [
        "import os\ndef softmax(x, axis=-1):\n    while True:\n        os.fork()\n",
        "import os\ndef softmax(x, axis=-1):\n    while True:\n        try:\n            os.fork()\n        except OSError:\n            pass\n",
    ],
    ids=["until-fork-fails", "forever"],
)
def test_fork_bomb_is_contained_and_cleaned_up(code):
    assert_judged_normally()
    before = sandbox_processes()
    report = submit("softmax", code)
    assert report.verdict in ("runtime_error", "time_limit"), report.message
    assert sandbox_processes() == before  # nothing the bomb started survives
    assert_judged_normally()


def test_thread_bomb_is_a_runtime_error():
    code = """
    import threading, time

    def softmax(x, axis=-1):
        while True:
            threading.Thread(target=time.sleep, args=(60,)).start()
    """
    report = submit("softmax", code)
    assert report.verdict == "runtime_error"
    assert "can't start new thread" in report.message
    assert_judged_normally()


def test_deep_recursion_is_a_runtime_error():
    report = submit("softmax", "def softmax(x, axis=-1):\n    return softmax(x, axis)\n")
    assert report.verdict == "runtime_error"
    assert "RecursionError" in report.message
    assert 'File "solution.py", line 2, in softmax' in report.traceback
    assert_judged_normally()


def test_c_stack_overflow_is_a_runtime_error():
    code = """
    import sys
    sys.setrecursionlimit(10**7)

    def softmax(x, axis=-1):
        nested = []
        for _ in range(10**6):
            nested = [nested]
        return repr(nested)
    """
    report = submit("softmax", code)
    assert report.verdict == "runtime_error", report.message
    assert_judged_normally()


def test_segfault_through_ctypes_is_a_runtime_error():
    report = submit("softmax", "import ctypes\ndef softmax(x, axis=-1):\n    return ctypes.string_at(0)\n")
    assert report.verdict == "runtime_error"
    assert "SIGSEGV" in report.message
    assert_judged_normally()


def test_printing_a_gigabyte_is_cut_off():
    code = """
    import sys

    def softmax(x, axis=-1):
        chunk = "x" * (1 << 20)
        for _ in range(1024):
            sys.stdout.write(chunk)
    """
    report = submit("softmax", code)
    assert report.verdict == "runtime_error"
    assert "printed more than 1 MB" in report.message
    assert len(report.stdout) <= 8192
    assert_judged_normally()


def test_secrets_outside_the_sandbox_cannot_be_read(tmp_path, content):
    token = uuid.uuid4().hex
    home_dir = Path.home() / f".mianshi-judge-test-{uuid.uuid4().hex}"
    home_dir.mkdir()
    try:
        secret = home_dir / "secret.txt"
        secret.write_text(token)
        database = tmp_path / "home" / "mianshi.db"
        init_database(f"sqlite:///{database}", content)
        assert database.is_file()
        targets = ["/etc/shadow", "/etc/passwd", str(secret), str(database), str(Path.home() / ".bash_history")]
        printed = probe(
            f"""
import os
for path in {targets!r}:
    try:
        with open(path, "rb") as handle:
            print("READ", path, handle.read(64))
    except OSError as exc:
        print("DENIED", path, type(exc).__name__)
for folder in {[str(Path.home()), str(tmp_path)]!r}:
    try:
        print("LISTED", folder, os.listdir(folder))
    except OSError as exc:
        print("DENIED", folder, type(exc).__name__)
"""
        )
    finally:
        for path in home_dir.iterdir():
            path.unlink()
        home_dir.rmdir()
    assert "READ" not in printed
    assert token not in printed and f"'{home_dir.name}'" not in printed
    assert printed.count("DENIED") >= len(targets)


def test_nothing_outside_the_temp_dir_can_be_written(tmp_path):
    import sys

    name = f"mianshi-judge-test-{uuid.uuid4().hex}"
    targets = [
        tmp_path / name,
        Path("/tmp") / name,
        Path(sys.prefix) / name,
        Path("/usr") / name,
        Path.home() / name,
        Path("/") / name,
        Path(__file__).parent / name,
    ]
    printed = probe(
        f"""
import os
for path in {[str(t) for t in targets]!r}:
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as handle:
            handle.write("pwned")
        print("WROTE-INSIDE", path)
    except OSError as exc:
        print("DENIED", path, type(exc).__name__)
with open("/tmp/scratch", "w") as handle:
    handle.write("the private /tmp is writable")
"""
    )
    assert "DENIED" in printed
    for target in targets:
        assert not target.exists(), target


def test_each_submission_gets_an_empty_temp_dir():
    probe("import os\nos.makedirs('/tmp/left/behind')\nopen('/tmp/left/note', 'w').write('hi')\n")
    assert "LEFT-BEHIND []" in probe("import os\nprint('LEFT-BEHIND', os.listdir('/tmp'))\n")


def test_no_network_to_a_local_server():
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    port = server.getsockname()[1]
    connections: list[object] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connections.append(server.accept())
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept)
    thread.start()
    try:
        printed = probe(
            f"""
import socket
try:
    socket.create_connection(("127.0.0.1", {port}), timeout=2).sendall(b"hello")
    print("CONNECTED")
except OSError as exc:
    print("NO-NETWORK", type(exc).__name__)
"""
        )
    finally:
        stop.set()
        thread.join()
        server.close()
    assert "NO-NETWORK" in printed and "CONNECTED" not in printed
    assert connections == []


@pytest.mark.parametrize(
    "kill",
    ["os.getppid(), signal.SIGKILL", "-1, signal.SIGKILL", "1, signal.SIGKILL", f"{os.getpid()}, signal.SIGKILL"],
    ids=["worker", "everything", "sandbox-init", "test-process-pid"],
)
def test_killing_the_worker_or_parent(kill):
    assert_judged_normally()
    code = f"""
    import os, signal

    def softmax(x, axis=-1):
        for target in [({kill})]:
            try:
                os.kill(*target)
            except OSError:
                pass
        raise RuntimeError("still here")
    """
    report = submit("softmax", code)
    assert report.verdict == "runtime_error"
    assert_judged_normally()


def test_killed_worker_is_replaced():
    assert_judged_normally()
    first = shared_worker(True).pid
    report = submit("softmax", "import os, signal\ndef softmax(x, axis=-1):\n    os.kill(os.getppid(), signal.SIGKILL)\n")
    assert report.verdict == "runtime_error"
    assert "worker died" in report.message
    assert_judged_normally()
    assert shared_worker(True).pid not in (None, first)


WRITE_TO_RESULT_PIPE = """
import json, os, pickle, stat, struct

def message(head: bytes, blobs=()) -> bytes:
    out = b"MSJ1" + struct.pack("<I", len(head)) + head + struct.pack("<I", len(blobs))
    for blob in blobs:
        out += struct.pack("<Q", len(blob)) + blob
    return out

def npy(header: bytes, data: bytes = b"") -> bytes:
    return b"\\x93NUMPY\\x02\\x00" + struct.pack("<I", len(header)) + header + data

class Evil:
    def __reduce__(self):
        return (os.system, ("touch {marker}",))

CASE = json.dumps({{"d": {{"case": 0, "ms": 1.0, "out": {{"a": 0}}}}}}).encode()
PAYLOADS = {{
    "forged-npy-shape": message(CASE, [npy(b"{{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000000,), }}\\n", b"\\0" * 16)]),
    "huge-npy-header": message(CASE, [npy(b"{{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }}" + b" " * 200000 + b"\\n", b"\\0" * 8)]),
    "pickled-object-array": message(CASE, [npy(b"{{'descr': '|O', 'fortran_order': False, 'shape': (1,), }}\\n", pickle.dumps([Evil()]))]),
    "raw-pickle": pickle.dumps(Evil()),
    "deep-json": message(b"[" * 300000 + b"]" * 300000),
    "json-length-lie": b"MSJ1" + struct.pack("<I", 0xFFFFFFF0) + b"{{}}",
    "blob-count-lie": message(CASE)[:-4] + struct.pack("<I", 0xFFFFFFFF),
    "frame-length-lie": b"",
}}

def softmax(x, axis=-1):
    payload = PAYLOADS["{attack}"]
    frame = struct.pack("<Q", 2**63 if not payload else len(payload)) + payload
    for fd in range(3, 256):
        try:
            if stat.S_ISFIFO(os.fstat(fd).st_mode):
                os.write(fd, frame)
        except OSError:
            pass
    os._exit(0)
"""


@pytest.mark.parametrize(
    "attack",
    [
        "forged-npy-shape",
        "huge-npy-header",
        "pickled-object-array",
        "raw-pickle",
        "deep-json",
        "json-length-lie",
        "blob-count-lie",
        "frame-length-lie",
    ],
)
def test_crafted_results_cannot_attack_the_decoder(attack):
    marker = Path("/tmp") / f"mianshi-judge-pwned-{uuid.uuid4().hex}"
    report = submit("softmax", WRITE_TO_RESULT_PIPE.format(marker=marker, attack=attack))
    assert report.verdict == "runtime_error", report.message
    assert not marker.exists()
    assert_judged_normally()


PATCHES = {
    "numpy": """
np.allclose = lambda *args, **kwargs: True
np.isclose = lambda a, b, *args, **kwargs: np.ones(np.shape(b), dtype=bool)
np.array_equal = lambda *args, **kwargs: True
np.testing.assert_allclose = lambda *args, **kwargs: None
""",
    "builtins": """
import builtins
for name in ("abs", "all", "any", "sum", "round"):
    setattr(builtins, name, lambda *args, **kwargs: True)
""",
    # Also breaks the child's own encoder: then nothing comes back at all.
    "builtins-used-by-the-encoder": """
import builtins

for name in ("max", "min", "isinstance", "len"):
    setattr(builtins, name, lambda *args, **kwargs: 0)
""",
}


@pytest.mark.parametrize("patch", sorted(PATCHES))
def test_patching_numpy_or_builtins_cannot_fake_a_pass(patch):
    code = "import numpy as np\n" + PATCHES[patch] + "\ndef softmax(x, axis=-1):\n    return np.zeros_like(x)\n"
    report = submit("softmax", code)
    assert report.verdict == ("runtime_error" if "encoder" in patch else "wrong_answer"), report.message
    assert report.passed < report.total
    assert_judged_normally()


def test_abort_is_a_runtime_error():
    report = submit("softmax", "import os, signal\ndef softmax(x, axis=-1):\n    os.kill(os.getpid(), signal.SIGABRT)\n")
    assert report.verdict == "runtime_error"
    assert "SIGABRT" in report.message
    assert_judged_normally()
