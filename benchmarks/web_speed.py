"""Web app speed: page latency under 20 concurrent clients, and the judge through the web.

A real `mianshi serve` runs in its own process on a free loopback port, over a fresh
database holding the shipped bank and, when found, the seed collections. For each
route, 20 asyncio clients (httpx) request it back to back for --seconds; the script
reports the server-side time (the app's Server-Timing header: request received to
response started) and the end-to-end time seen by the client, p50 and p99. The
baseline, measured in the same run, is /healthz (the cheapest route through the
same middleware), and each route is also given as a ratio to it.

Then the judge via the web: the softmax reference solution submitted through
POST /problems/softmax/submit, one at a time, to the server's warm worker pool.

Targets: /q/{id} and /search?q= server-side p50 < 20 ms and p99 < 100 ms; judge
p50 < 300 ms end to end. Usage: .venv/bin/python benchmarks/web_speed.py [--seconds 30]
"""

import argparse
import asyncio
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
QUERIES = [
    "BN 和 LN 的区别", "transformer 为啥用 LN 不用 BN", "RoPE", "过拟合怎么办", "KV cache",
    "attention 复杂度", "LoRA 原理", "focal loss", "梯度消失", "NMS", "softmax 数值稳定",
    "RLHF PPO", "dropout 训练 推理", "YOLO", "交叉熵",
]  # fmt: skip
CLIENTS = 20
JUDGE_RUNS = 20


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _seeds() -> Path | None:
    for candidate in (REPO.parent / "shared" / "seeds", REPO.parents[1] / "shared" / "seeds"):
        if candidate.is_dir():
            return candidate
    return None


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _load(base: str, paths: list[str], seconds: float) -> tuple[list[float], list[float], int]:
    server: list[float] = []
    client: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:

        async def worker(offset: int) -> None:
            nonlocal errors
            i = offset
            while time.perf_counter() < stop:
                path = paths[i % len(paths)]
                i += CLIENTS
                start = time.perf_counter()
                response = await http.get(path)
                client.append((time.perf_counter() - start) * 1000)
                if response.status_code != 200:
                    errors += 1
                timing = re.search(r"dur=([\d.]+)", response.headers.get("server-timing", ""))
                if timing:
                    server.append(float(timing.group(1)))

        await asyncio.gather(*(worker(n) for n in range(CLIENTS)))
    return server, client, errors


def _judge(base: str) -> tuple[list[float], str]:
    source = (REPO / "src" / "mianshi" / "content" / "problems" / "softmax" / "reference.py")
    if not source.is_file():
        source = REPO / "content" / "problems" / "softmax" / "reference.py"
    code = source.read_text(encoding="utf-8")
    times, verdict = [], ""
    with httpx.Client(base_url=base, timeout=180) as http:
        page = http.get("/problems/softmax").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        headers = {"X-CSRF-Token": token, "HX-Request": "true"}
        for run in range(JUDGE_RUNS + 2):
            start = time.perf_counter()
            response = http.post("/problems/softmax/submit", data={"code": code}, headers=headers)
            elapsed = (time.perf_counter() - start) * 1000
            verdict = re.search(r'data-verdict="([a-z_]+)"', response.text).group(1)
            if run >= 2:  # the first submissions start the workers and load the cases
                times.append(elapsed)
    return times, verdict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="load per route")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="mianshi-web-bench-"))
    env = {**os.environ, "MIANSHI_HOME": str(home)}
    env.pop("MIANSHI_DB", None)
    mianshi = [sys.executable, "-m", "mianshi"]
    subprocess.run([*mianshi, "init"], env=env, check=True, capture_output=True)
    seeds = _seeds()
    if seeds:
        subprocess.run([*mianshi, "import", str(seeds)], env=env, check=True, capture_output=True)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [*mianshi, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        for _ in range(600):
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        from mianshi.services.bank import list_questions

        os.environ["MIANSHI_HOME"] = str(home)
        ids = [q.id for q in list_questions()]
        routes = {
            "/healthz (baseline)": ["/healthz"],
            "/q/{id}": [f"/q/{qid}" for qid in ids],
            "/search?q=": [f"/search?q={q}" for q in QUERIES],
        }
        with httpx.Client(base_url=base, timeout=120) as warm:  # caches, index, rendered answers
            for paths in routes.values():
                for path in paths:
                    warm.get(path)
        print(f"{len(ids)} bank questions; seeds {'imported' if seeds else 'not found'}; "
              f"{CLIENTS} concurrent clients, {args.seconds:g} s per route, os.cpu_count()={os.cpu_count()}")  # fmt: skip
        print(f"{'route':<22}{'requests':>9}{'req/s':>8}{'server p50':>12}{'p99':>9}{'client p50':>12}{'p99':>9}{'p50/base':>10}")
        baseline = None
        for name, paths in routes.items():
            server_ms, client_ms, errors = asyncio.run(_load(base, paths, args.seconds))
            p50, p99 = _percentile(server_ms, 0.5), _percentile(server_ms, 0.99)
            baseline = baseline or p50
            print(
                f"{name:<22}{len(client_ms):>9}{len(client_ms) / args.seconds:>8.0f}{p50:>10.1f}ms"
                f"{p99:>7.1f}ms{_percentile(client_ms, 0.5):>10.1f}ms{_percentile(client_ms, 0.99):>7.1f}ms"
                f"{p50 / baseline:>9.1f}x" + (f"  ({errors} errors)" if errors else "")
            )
        times, verdict = _judge(base)
        print(
            f"judge via the web (softmax reference, warm pool, {len(times)} runs): verdict {verdict}, "
            f"p50 {statistics.median(times):.0f} ms, p99 {_percentile(times, 0.99):.0f} ms end to end"
        )
    finally:
        os.killpg(server.pid, 15)
        server.wait(15)


if __name__ == "__main__":
    main()
