"""Opening the store for a service call."""

from collections.abc import Iterator
from contextlib import contextmanager

from mianshi.store import Store, open_store


@contextmanager
def initialised_store(db: str | None) -> Iterator[Store]:
    """The store at `db`, which must already hold the schema (`mianshi init`)."""
    store = open_store(db)
    try:
        store.require_initialised()
        yield store
    finally:
        store.close()
