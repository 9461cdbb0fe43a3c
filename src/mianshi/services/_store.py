"""Opening the store for a service call.

A command opens the database for each call and closes it after. A long-running
process (the web server) calls `keep_stores_open()` once: each database is then
opened and checked on first use and kept open, so a page does not pay for a new
connection pool on every service call.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from mianshi.database_url import resolve_database_url
from mianshi.store import Store, open_store

_kept: dict[str, Store] | None = None
_kept_lock = threading.Lock()


def keep_stores_open() -> None:
    """From now on, reuse one open, initialised store per database in this process."""
    global _kept
    with _kept_lock:
        if _kept is None:
            _kept = {}


def close_kept_stores() -> None:
    global _kept
    with _kept_lock:
        stores, _kept = list((_kept or {}).values()), None
    for store in stores:
        store.close()


def _kept_store(db: str | None) -> Store | None:
    with _kept_lock:
        if _kept is None:
            return None
        url = resolve_database_url(db)
        store = _kept.get(url)
        if store is None:
            store = open_store(db)
            try:
                store.require_initialised()
            except BaseException:
                store.close()
                raise
            _kept[url] = store
        return store


@contextmanager
def initialised_store(db: str | None) -> Iterator[Store]:
    """The store at `db`, which must already hold the schema (`mianshi init`)."""
    kept = _kept_store(db)
    if kept is not None:
        yield kept
        return
    store = open_store(db)
    try:
        store.require_initialised()
        yield store
    finally:
        store.close()
