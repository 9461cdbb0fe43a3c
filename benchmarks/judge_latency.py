"""Judge latency: submission to verdict through the warm worker, beside a cold run.

For a NumPy problem (softmax) and a PyTorch problem (scaled-dot-product-attention),
the reference solution is judged repeatedly through the service, whose warm worker
has numpy and torch imported and forks a child per submission. The baseline, measured
in the same run, is a cold run: a new `python` process that imports the libraries,
loads the solution and runs the same cases (and checks nothing, so it is a lower
bound on judging cold). Then sustained submissions per second with two service
processes, one per core.

Targets: median warm latency < 100 ms for both, >= 10x faster than cold for PyTorch,
>= 10 submissions/s. Usage: .venv/bin/python benchmarks/judge_latency.py [--no-sandbox]
"""

import argparse
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBLEMS = ("softmax", "scaled-dot-product-attention")
WARM_RUNS, COLD_RUNS, THROUGHPUT_SECONDS, PROCESSES = 40, 5, 8.0, 2

COLD = """
import sys, types
from mianshi.judge.worker import codec
args_path, cases_path, solution_path, entry, framework = sys.argv[1:6]
import numpy
if framework == "torch":
    import torch
    torch.set_num_threads(1)
cases = types.ModuleType("cases")
exec(open(cases_path).read(), cases.__dict__)
solution = types.ModuleType("solution")
exec(open(solution_path).read(), solution.__dict__)
call = getattr(cases, "call", None) or (lambda s, a: getattr(s, entry)(**a))
for args in codec.decode(open(args_path, "rb").read(), 1 << 31):
    call(solution, args)
"""


def judge_once(slug: str, source: str, sandbox: bool) -> tuple[float, str]:
    from mianshi.services.judge import judge_source

    start = time.perf_counter()
    report = judge_source(slug, source, "solution.py", sandbox=sandbox).report
    return (time.perf_counter() - start) * 1000, report.verdict


def cold_ms(slug: str, folder: Path, sandbox: bool) -> float:
    from mianshi.judge import load_problem
    from mianshi.judge.sandbox import ENV
    from mianshi.judge.suite import load_suite
    from mianshi.paths import content_dir

    problem = load_problem(content_dir(), slug)
    suite = load_suite(problem, sandboxed=sandbox)
    with tempfile.NamedTemporaryFile(suffix=".bin") as args_file:
        args_file.write(suite.args_blob)
        args_file.flush()
        command = [
            sys.executable, "-c", COLD, args_file.name,
            str(folder / "cases.py"), str(folder / "reference.py"), problem.entry, problem.framework,
        ]  # fmt: skip
        times = []
        for _ in range(COLD_RUNS):
            start = time.perf_counter()
            subprocess.run(command, check=True, env={**os.environ, **{k: v for k, v in ENV.items() if "THREADS" in k}})
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _sustain(slug: str, source: str, sandbox: bool, start_at: float, until: float, counts) -> None:
    judge_once(slug, source, sandbox)  # start this process's warm worker
    while time.time() < start_at:
        time.sleep(0.001)
    done = 0
    while time.time() < until:
        judge_once(slug, source, sandbox)
        done += 1
    counts.put(done)


def throughput(slug: str, source: str, sandbox: bool) -> float:
    context = multiprocessing.get_context("spawn")
    counts = context.Queue()
    start_at = time.time() + 15.0  # leaves time for every process to start its worker
    until = start_at + THROUGHPUT_SECONDS
    workers = [
        context.Process(target=_sustain, args=(slug, source, sandbox, start_at, until, counts))
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    total = sum(counts.get() for _ in workers)
    for worker in workers:
        worker.join()
    return total / THROUGHPUT_SECONDS


def measure(sandbox: bool) -> None:
    from mianshi.judge import load_problem
    from mianshi.judge.suite import load_suite
    from mianshi.paths import content_dir

    print(f"judge latency, {'bubblewrap sandbox' if sandbox else 'NO sandbox'}, {os.cpu_count()} cores")
    print(f"{'problem':30} {'cases':>5} {'worker start':>12} {'warm median':>11} {'warm p90':>9} {'cold median':>11} {'cold/warm':>9}")
    for slug in PROBLEMS:
        folder = content_dir() / "problems" / slug
        source = (folder / "reference.py").read_text(encoding="utf-8")
        cases = len(load_suite(load_problem(content_dir(), slug), sandboxed=sandbox).cases)
        start_ms, verdict = judge_once(slug, source, sandbox)  # includes starting the worker
        assert verdict == "accepted", verdict
        warm = sorted(judge_once(slug, source, sandbox)[0] for _ in range(WARM_RUNS))
        median = statistics.median(warm)
        p90 = warm[int(0.9 * (len(warm) - 1))]
        cold = cold_ms(slug, folder, sandbox)
        print(f"{slug:30} {cases:5d} {start_ms:10.0f}ms {median:9.1f}ms {p90:7.1f}ms {cold:9.0f}ms {cold / median:8.1f}x")
    for slug in PROBLEMS:
        source = (content_dir() / "problems" / slug / "reference.py").read_text(encoding="utf-8")
        rate = throughput(slug, source, sandbox)
        print(f"sustained, {PROCESSES} processes, {slug}: {rate:.1f} submissions/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-sandbox", action="store_true", help="judge without bubblewrap")
    sandbox = not parser.parse_args().no_sandbox
    os.environ.pop("MIANSHI_DB", None)
    if "MIANSHI_HOME" in os.environ:
        measure(sandbox)
        return
    with tempfile.TemporaryDirectory(prefix="mianshi-bench-") as home:
        os.environ["MIANSHI_HOME"] = home
        measure(sandbox)


if __name__ == "__main__":
    main()
