"""A small pool of warm judge workers kept by the server.

Each pool thread owns one sandboxed worker (numpy and torch already imported), so
a submission's verdict comes back without a cold start. The threads live as long
as the server: bwrap's --die-with-parent follows the thread that started a worker.
"""

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import partial

from mianshi.judge.warm import Worker
from mianshi.services.judge import JudgeOutcome, judge_source


class JudgePool:
    def __init__(self, size: int = 2, *, sandboxed: bool = True):
        self.size = size
        self.sandboxed = sandboxed
        self._local = threading.local()
        self._workers: list[Worker] = []
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(size, thread_name_prefix="mianshi-judge")

    def _worker(self) -> Worker:
        worker = getattr(self._local, "worker", None)
        if worker is None:
            worker = self._local.worker = Worker(self.sandboxed)
            with self._lock:
                self._workers.append(worker)
        return worker

    def _warm_one(self, barrier: threading.Barrier) -> None:
        barrier.wait()  # one call per thread: each thread starts its own worker
        self._worker().warm_up()

    def warm_up(self) -> None:
        """Start every worker in the background; a failure shows at the first submission."""
        barrier = threading.Barrier(self.size)
        for _ in range(self.size):
            future = self._executor.submit(self._warm_one, barrier)
            future.add_done_callback(lambda f: f.exception())

    def _judge(self, slug: str, source: str, db: str | None, language: str | None) -> JudgeOutcome:
        return judge_source(
            slug, source, db=db, sandbox=self.sandboxed, worker=self._worker(), language=language
        )

    async def judge(self, slug: str, source: str, db: str | None, language: str | None = None) -> JudgeOutcome:
        """The verdict on `source` in `language` (None: the problem's first language)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, partial(self._judge, slug, source, db, language))

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            for worker in self._workers:
                worker.close()
            self._workers.clear()
