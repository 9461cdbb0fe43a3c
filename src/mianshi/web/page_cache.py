"""Data the pages read often, kept in memory until the database changes.

The key is the SQLite file's stamp (size, mtime, the header's change counter and
the WAL file's stamp), read per request for a few microseconds: any write, by this
server or by the CLI, empties the cache. A server database (PostgreSQL) has no
stamp, and nothing is cached for it.
"""

import threading
from collections.abc import Callable
from typing import TypeVar

from starlette.concurrency import run_in_threadpool

from mianshi.database_url import resolve_database_url, sqlite_file
from mianshi.paths import content_dir
from mianshi.search.cache import stamp

T = TypeVar("T")
MAX_ENTRIES = 4096


class PageCache:
    def __init__(self, db: str | None):
        self.db = db
        self._lock = threading.Lock()
        self._stamp: str | None = None
        self._values: dict[tuple, object] = {}

    def _current_stamp(self) -> str | None:
        database_file = sqlite_file(resolve_database_url(self.db))
        return stamp(database_file, content_dir() / "taxonomy.yaml") if database_file else None

    async def get(self, key: tuple, compute: Callable[[], T]) -> T:
        """The cached value of `key`, or compute() (in a worker thread) and keep it."""
        current = self._current_stamp()
        if current is not None:
            with self._lock:
                if current != self._stamp:
                    self._stamp, self._values = current, {}
                if key in self._values:
                    return self._values[key]  # type: ignore[return-value]
        value = await run_in_threadpool(compute)
        if current is not None:
            with self._lock:
                if current == self._stamp and len(self._values) < MAX_ENTRIES:
                    self._values[key] = value
        return value
