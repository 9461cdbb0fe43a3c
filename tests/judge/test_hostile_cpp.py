"""Hostile C++ against the real sandbox, at compile time and at run time: each gets the
right verdict, nothing outside the sandbox is read or changed, no process survives, and
the next submission is judged normally."""

import os
import re
import socket
import threading
import uuid
from pathlib import Path

import judging
import pytest
from judging import needs_bwrap, needs_gpp, problem_file, submit
from test_hostile import sandbox_processes

from mianshi.services.bank import init_database

# The autouse fixture that shares expected outputs across tests, and what it needs.
judge_cache, shared_judge_cache = judging.judge_cache, judging.shared_judge_cache

pytestmark = [needs_bwrap, needs_gpp]

SIGNATURE = "std::vector<double> softmax(const std::vector<double>& x, int rows, int cols)"
HEADERS = """
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
"""
# A correct body, after attacks that only probe the sandbox and then behave.
CORRECT = """
    std::vector<double> out(x.size());
    for (int r = 0; r < rows; ++r) {
        const double* in = x.data() + (size_t)r * cols;
        double top = *std::max_element(in, in + cols), total = 0;
        for (int j = 0; j < cols; ++j) total += out[(size_t)r * cols + j] = std::exp(in[j] - top);
        for (int j = 0; j < cols; ++j) out[(size_t)r * cols + j] /= total;
    }
    return out;
"""


def cpp(body: str, prelude: str = "", includes: str = HEADERS) -> str:
    """A softmax submission whose function runs `body` (and returns, unless `body` does)."""
    return f"{includes}\n{prelude}\n{SIGNATURE} {{\n{body}\n{CORRECT}\n}}\n"


def submit_cpp(code: str):
    return submit("softmax", code, filename="softmax.cpp")


def probe(attack: str, prelude: str = "", includes: str = HEADERS) -> str:
    """Run `attack` once (on the first case) in an otherwise correct solution; what it printed."""
    body = "static bool done = false;\nif (!done) {\ndone = true;\n" + attack + "\nstd::fflush(stdout);\n}"
    report = submit_cpp(cpp(body, prelude, includes))
    assert report.verdict == "accepted", report.message
    return report.stdout


def assert_judged_normally() -> None:
    """The next C++ and Python submissions are judged as usual."""
    report = submit_cpp(problem_file("softmax", "reference.cpp"))
    assert report.verdict == "accepted", report.message
    assert submit("softmax", problem_file("softmax", "reference.py")).verdict == "accepted"


def test_a_correct_submission_is_accepted_and_timed():
    report = submit_cpp(cpp(""))
    assert (report.verdict, report.language) == ("accepted", "cpp"), report.message
    assert report.compile_ms > 0 and report.slowdown is not None


def test_compile_error_reports_the_first_error_line():
    report = submit_cpp(cpp("int oops = ;"))
    assert report.verdict == "compile_error"
    assert report.message.startswith("softmax.cpp:") and "error" in report.message
    assert "expected primary-expression" in report.traceback
    assert_judged_normally()


@pytest.mark.parametrize(
    ("code", "hint"),
    [
        (cpp("").replace("int rows, int cols", "long rows, int cols"), "exactly the problem's C++ signature"),
        (f"{HEADERS}\nnamespace mine {{\n{SIGNATURE} {{\n{CORRECT}\n}}\n}}\n", "exactly the problem's C++ signature"),
        (cpp("") + "int main() { return 0; }\n", "do not define main()"),
    ],
    ids=["other-signature", "in-a-namespace", "own-main"],
)
def test_link_errors_say_what_to_fix(code, hint):
    report = submit_cpp(code)
    assert report.verdict == "compile_error", report.message
    assert hint in report.message


def test_endless_loop_is_a_time_limit():
    report = submit_cpp(cpp("volatile long spin = 0; while (true) ++spin;"))
    assert report.verdict == "time_limit", report.message
    assert report.time_ms < 10_000
    assert_judged_normally()


@pytest.mark.parametrize(
    "body",
    [
        "std::vector<char> hoard(64ULL << 30, 1);",
        "std::vector<std::vector<char>> hoard; while (true) hoard.emplace_back(16 << 20, 1);",
        "char* raw = new char[1ULL << 40]; raw[0] = 1;",
    ],
    ids=["one-huge-vector", "growing", "new"],
)
def test_huge_allocation_is_a_memory_limit(body):
    report = submit_cpp(cpp(body))
    assert report.verdict == "memory_limit", report.message
    assert "1024 MB" in report.message and "numpy" not in report.message
    assert_judged_normally()


@pytest.mark.parametrize(
    "body",
    ["while (true) fork();", "for (;;) { if (fork() == 0) { for (;;) {} } }"],
    ids=["fork-forever", "fork-and-spin"],
)
def test_fork_bomb_is_contained_and_cleaned_up(body):
    assert_judged_normally()
    before = sandbox_processes()
    report = submit_cpp(cpp(body, includes=HEADERS + "#include <unistd.h>\n"))
    assert report.verdict in ("runtime_error", "time_limit"), report.message
    assert sandbox_processes() == before  # nothing the bomb started survives
    assert_judged_normally()


def test_system_runs_only_inside_the_sandbox():
    marker = Path.home() / f"mianshi-judge-cpp-{uuid.uuid4().hex}"
    command = f"echo SYSTEM-RAN; cat /etc/shadow; touch {marker} || echo CANNOT-TOUCH; ls /root /home"
    printed = probe(f'int status = std::system("{command}"); std::printf("STATUS %d\\n", status);')
    assert not marker.exists()
    assert re.search(r"^root:.*:", printed, re.M) is None  # no line of /etc/shadow
    assert "SYSTEM-RAN" in printed or "STATUS" in printed


def test_secrets_outside_the_sandbox_cannot_be_read(tmp_path, content):
    token = uuid.uuid4().hex
    home_dir = Path.home() / f".mianshi-judge-cpp-{uuid.uuid4().hex}"
    home_dir.mkdir()
    try:
        secret = home_dir / "secret.txt"
        secret.write_text(token)
        database = tmp_path / "home" / "mianshi.db"
        init_database(f"sqlite:///{database}", content)
        targets = ["/etc/shadow", "/etc/passwd", str(secret), str(database), str(Path.home() / ".bash_history")]
        listing = ", ".join(f'"{t}"' for t in targets)
        printed = probe(
            f"""
const char* targets[] = {{{listing}}};
for (const char* path : targets) {{
    std::FILE* f = std::fopen(path, "rb");
    if (!f) {{ std::printf("DENIED %s\\n", path); continue; }}
    char buffer[65] = {{0}};
    std::size_t n = std::fread(buffer, 1, 64, f);
    std::printf("READ %s %zu %s\\n", path, n, buffer);
    std::fclose(f);
}}
"""
        )
    finally:
        for path in home_dir.iterdir():
            path.unlink()
        home_dir.rmdir()
    assert "READ" not in printed
    assert token not in printed
    assert printed.count("DENIED") >= len(targets)


def test_nothing_outside_the_temp_dir_can_be_written(tmp_path):
    import sys

    name = f"mianshi-judge-cpp-{uuid.uuid4().hex}"
    targets = [tmp_path / name, Path("/tmp") / name, Path(sys.prefix) / name, Path("/usr") / name, Path.home() / name]
    listing = ", ".join(f'"{t}"' for t in targets)
    printed = probe(
        f"""
const char* targets[] = {{{listing}}};
for (const char* path : targets) {{
    std::FILE* f = std::fopen(path, "w");
    if (!f) {{ std::printf("DENIED %s\\n", path); continue; }}
    std::fputs("pwned", f);
    std::fclose(f);
    std::printf("WROTE-INSIDE %s\\n", path);
}}
"""
    )
    assert "DENIED" in printed
    for target in targets:
        assert not target.exists(), target


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
int fd = socket(AF_INET, SOCK_STREAM, 0);
sockaddr_in address{{}};
address.sin_family = AF_INET;
address.sin_port = htons({port});
address.sin_addr.s_addr = htonl(0x7f000001);
if (fd >= 0 && connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) std::puts("CONNECTED");
else std::printf("NO-NETWORK %s\\n", std::strerror(errno));
""",
            includes=HEADERS + "#include <arpa/inet.h>\n#include <cerrno>\n#include <netinet/in.h>\n#include <sys/socket.h>\n",
        )
    finally:
        stop.set()
        thread.join()
        server.close()
    assert "NO-NETWORK" in printed and "CONNECTED" not in printed
    assert connections == []


def test_segfault_is_a_runtime_error():
    report = submit_cpp(cpp("volatile int* nothing = nullptr; *nothing = 1;"))
    assert report.verdict == "runtime_error"
    assert "SIGSEGV" in report.message
    assert_judged_normally()


def test_stack_overflow_is_a_runtime_error():
    prelude = """
int deeper(int n) {
    volatile char frame[4096];
    frame[0] = static_cast<char>(n);
    return deeper(n + 1) + frame[0];
}
"""
    report = submit_cpp(cpp("if (rows >= 0) return {static_cast<double>(deeper(0))};", prelude))
    assert report.verdict == "runtime_error", report.message
    assert "SIGSEGV" in report.message and "stack overflow" in report.message
    assert_judged_normally()


@pytest.mark.parametrize(
    "target",
    ["getppid()", "-1", "1", str(os.getpid())],
    ids=["worker", "everything", "sandbox-init", "test-process-pid"],
)
def test_killing_the_worker_or_parent(target):
    assert_judged_normally()
    body = f"kill({target}, SIGKILL); throw std::runtime_error(\"still here\");"
    report = submit_cpp(cpp(body, includes=HEADERS + "#include <csignal>\n#include <stdexcept>\n#include <unistd.h>\n"))
    assert report.verdict == "runtime_error", report.message
    assert_judged_normally()


def test_printing_gigabytes_is_cut_off():
    body = "std::vector<char> chunk(1 << 20, 'x'); for (int i = 0; i < 4096; ++i) fwrite(chunk.data(), 1, chunk.size(), stdout);"
    report = submit_cpp(cpp(body))
    assert report.verdict == "runtime_error", report.message
    assert "printed more than 1 MB" in report.message
    assert len(report.stdout) <= 8192
    assert_judged_normally()


def test_forged_result_frames_are_rejected():
    body = """
const char junk[] = "\\x00\\xff\\xff\\xff\\xff garbage that is not a frame";
for (int i = 0; i < 100; ++i) write(3, junk, sizeof junk);
_exit(0);
"""
    report = submit_cpp(cpp(body, includes=HEADERS + "#include <unistd.h>\n"))
    assert report.verdict == "runtime_error", report.message
    assert_judged_normally()


def test_compile_that_never_ends_is_stopped():
    prelude = """
template <int N, long M> struct Blowup {
    static constexpr long value = Blowup<N - 1, 2 * M>::value + Blowup<N - 1, 2 * M + 1>::value;
};
template <long M> struct Blowup<0, M> { static constexpr long value = M; };
long forever = Blowup<48, 0>::value;
"""
    assert_judged_normally()
    before = sandbox_processes()
    report = submit_cpp(cpp("", prelude))
    assert report.verdict == "compile_error", report.message
    assert "took longer than" in report.message or "ran out of memory" in report.message
    assert sandbox_processes() == before  # no compiler process survives
    assert_judged_normally()


def test_gigabytes_of_compiler_errors_are_cut_off():
    # g++ echoes the whole source line with each error: ten errors on one 600 KB line
    # (ten is where -fmax-errors stops) are 6 MB of output, over the 1 MB limit.
    line = "int e = ; " * 60_000
    report = submit_cpp(cpp("") + line + "\n")
    assert report.verdict == "compile_error", report.message
    assert "printed more than 1 MB" in report.message
    assert len(report.traceback or "") <= 8000
    assert_judged_normally()


def test_a_compiler_flooding_warnings_is_cut_off():
    # Warnings are not capped by -fmax-errors: a macro expanding to a million #pragma messages.
    flood = "x" * 1000
    prelude = f"""
#define A _Pragma("message(\\"{flood}\\")")
#define B A A A A A A A A A A
#define C B B B B B B B B B B
#define D C C C C C C C C C C
#define E D D D D D D D D D D
#define F E E E E E E E E E E
#define G F F F F F F F F F F
G
"""
    assert_judged_normally()
    before = sandbox_processes()
    report = submit_cpp(cpp("", prelude))
    assert report.verdict == "compile_error", report.message
    stopped = ("printed more than 1 MB", "took longer than", "ran out of memory")
    assert any(reason in report.message for reason in stopped), report.message
    assert sandbox_processes() == before
    assert_judged_normally()


@pytest.mark.parametrize("path", ["/etc/shadow", "/dev/zero", "/dev/urandom"])
def test_including_system_files_is_a_compile_error(path):
    report = submit_cpp(f'#include "{path}"\n' + cpp(""))
    assert report.verdict == "compile_error", report.message
    assert re.search(r"^root:.*:", report.message + (report.traceback or ""), re.M) is None
    assert_judged_normally()


def test_uncaught_exception_and_abort_are_runtime_errors():
    report = submit_cpp(cpp('throw std::out_of_range("index 7");', includes=HEADERS + "#include <stdexcept>\n"))
    assert report.verdict == "runtime_error"
    assert "index 7" in report.message and "case 1/" in report.message
    report = submit_cpp(cpp("std::abort();"))
    assert report.verdict == "runtime_error"
    assert "SIGABRT" in report.message
    assert_judged_normally()


def test_exiting_early_is_a_runtime_error():
    report = submit_cpp(cpp("if (rows > 1) std::exit(0);"))
    assert report.verdict == "runtime_error", report.message
    assert "stopped before returning all results" in report.message
    assert 0 < report.passed < report.total
    assert_judged_normally()


def test_each_submission_gets_an_empty_temp_dir():
    probe('std::system("mkdir -p /tmp/left && echo hi > /tmp/left/note");')
    printed = probe('std::system("echo LEFT-BEHIND; ls -A /tmp");')
    assert "left" not in printed.split("LEFT-BEHIND", 1)[1]


def cached_reference_large_ms() -> float:
    """reference.cpp's time on softmax's large cases, measured when the problem was first used."""
    from mianshi.judge import load_problem
    from mianshi.judge.cpp_judge import _reference_ms
    from mianshi.judge.suite import load_suite
    from mianshi.paths import content_dir

    suite = load_suite(load_problem(content_dir(), "softmax"), sandboxed=True)
    return sum(ms for case, ms in zip(suite.cases, _reference_ms[suite.key], strict=True) if case.large)


def test_the_reference_is_timed_again_beside_the_submission():
    report = submit_cpp(problem_file("softmax", "reference.cpp"))
    assert report.verdict == "accepted" and report.slowdown is not None
    assert report.slowdown == pytest.approx(report.large_ms / report.reference_large_ms)
    assert report.reference_large_ms != cached_reference_large_ms()  # measured just now


def test_a_submission_cannot_replace_the_reference_it_is_timed_against():
    # The reference's program is written out again before each of its runs, which
    # come right after this submission's own run.
    attack = (
        'std::system("printf \'#!/bin/sh\\nsleep 4\\n\' > /tmp/build/reference.bin;'
        ' chmod 755 /tmp/build/reference.bin && echo REPLACED");'
    )
    body = "static bool done = false;\nif (!done) {\ndone = true;\n" + attack + "\nstd::fflush(stdout);\n}"
    report = submit_cpp(cpp(body))
    assert report.verdict == "accepted", report.message
    assert "REPLACED" in report.stdout
    # Timed again (a replaced reference would have made that comparison fail and be skipped).
    assert report.reference_large_ms not in (None, cached_reference_large_ms())
    assert report.reference_large_ms < 2000
