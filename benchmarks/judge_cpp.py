"""C++ in the judge: compile time and run time of the two C++ contract problems.

For cpp-bilinear-resize and cpp-conv2d, reference.cpp goes through the warm worker
in the sandbox as a submission does: g++ -std=c++17 -O2 (the harness object is
compiled once per worker, so this is the submission's own compile and the link),
then the program on every case. The baselines, measured in the same run and the
same worker: compiling a function that returns an empty vector (the floor of any
C++ submission), and the problem's Python reference (PyTorch, float64) run on the
same cases the same way a Python submission is. Then the whole judge of the C++
reference through the service (compile + run + check), as `mianshi judge` does it.

Usage: .venv/bin/python benchmarks/judge_cpp.py [--no-sandbox] [--runs N]
"""

import argparse
import statistics
import time

PROBLEMS = ("cpp-bilinear-resize", "cpp-conv2d")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-sandbox", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    sandboxed = not options.no_sandbox

    from mianshi.judge import load_problem
    from mianshi.judge.cpp_judge import _request, _run_result, binding, require_compiler
    from mianshi.judge.execution import execute
    from mianshi.judge.suite import load_suite
    from mianshi.judge.warm import shared_worker
    from mianshi.paths import content_dir
    from mianshi.services.judge import judge_source

    require_compiler()
    worker = shared_worker(sandboxed)
    print(f"C++ judge benchmark ({'sandboxed' if sandboxed else 'NOT sandboxed'}), median of {options.runs} runs")
    rows = []
    for slug in PROBLEMS:
        problem = load_problem(content_dir(), slug)
        suite = load_suite(problem, sandboxed=sandboxed)
        bound = binding(problem, suite)
        large = [i for i, case in enumerate(suite.cases) if case.large]
        job = {
            "filename": "reference.cpp",
            "harness": bound.harness,
            "inputs": bound.inputs,
            "time_limit": problem.time_limit_s,
            "memory_mb": problem.memory_mb,
        }
        empty = f"#include <cstdint>\n#include <vector>\n{problem.cpp_signature} {{ return {{}}; }}\n"
        _request(worker, {**job, "source": empty}, 0)  # warm: the harness object is compiled once
        floor, compile_ms, run_ms, large_ms, python_ms, python_large_ms, judge_ms = [], [], [], [], [], [], []
        for _ in range(options.runs):
            floor.append(_request(worker, {**job, "source": empty}, 0)["compile"]["ms"])
            reply = _request(worker, {**job, "source": problem.source("reference.cpp")}, 1)
            run = _run_result(reply["runs"][0], bound, suite)
            assert run.status == "exited" and len(run.outputs) == len(suite.cases), run
            compile_ms.append(reply["compile"]["ms"])
            run_ms.append(run.elapsed_ms)
            large_ms.append(sum(run.case_ms[i] for i in large))
            py = execute(
                worker, suite, problem.entry, problem.source("reference.py"), "reference.py",
                problem.time_limit_s * 3, problem.memory_mb,
            )  # fmt: skip
            assert py.status == "exited" and len(py.outputs) == len(suite.cases), py
            python_ms.append(py.elapsed_ms)
            python_large_ms.append(sum(py.case_ms[i] for i in large))
            start = time.perf_counter()
            report = judge_source(slug, problem.source("reference.cpp"), "reference.cpp", sandbox=sandboxed).report
            judge_ms.append((time.perf_counter() - start) * 1000)
            assert report.verdict == "accepted", report.message
        rows.append((slug, *(statistics.median(v) for v in (
            floor, compile_ms, run_ms, large_ms, python_ms, python_large_ms, judge_ms)))
        )  # fmt: skip

    header = (
        f"{'problem':<22}{'compile':>10}{'empty':>9}{'run':>9}{'large':>9}"
        f"{'py run':>9}{'py large':>10}{'C++ vs py':>11}{'judge':>9}"
    )
    print(header)
    print("-" * len(header))
    for slug, floor, compile_ms, run_ms, large_ms, python_ms, python_large_ms, judge_ms in rows:
        ratio = python_large_ms / large_ms if large_ms > 0 else float("inf")
        print(
            f"{slug:<22}{compile_ms:>8.0f}ms{floor:>7.0f}ms{run_ms:>7.1f}ms{large_ms:>7.1f}ms"
            f"{python_ms:>7.1f}ms{python_large_ms:>8.1f}ms{ratio:>10.1f}x{judge_ms:>7.0f}ms"
        )
    print(
        "compile: g++ -O2 of reference.cpp and the link; empty: the same for a function returning {};\n"
        "run: the program on all cases (process start to exit); large: the timed call on the large case;\n"
        "py run / py large: the Python (PyTorch float64) reference the same way; C++ vs py: py large / large;\n"
        "judge: judge_source of reference.cpp end to end (compile, run, check) in the warm worker."
    )


if __name__ == "__main__":
    main()
