"""What the server holds between requests: reviews, mock interviews and imports in progress.

Each is kept under a random id for a while and dropped, oldest first, when too
many are open; every rating and answer is already in the database, so dropping
one loses nothing but the position in its queue.
"""

import secrets
import threading
import time
from collections import OrderedDict
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

from mianshi.study.review import ReviewItem

LIVE_LIMIT = 32


@dataclass
class Live:
    """One open thing: its object, the context that keeps its store open, and a lock."""

    value: Any
    stack: ExitStack = field(default_factory=ExitStack)
    lock: threading.Lock = field(default_factory=threading.Lock)
    touched: float = field(default_factory=time.monotonic)
    extra: dict = field(default_factory=dict)


class LiveRegistry:
    def __init__(self, limit: int = LIVE_LIMIT):
        self.limit = limit
        self._items: OrderedDict[str, Live] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, live: Live) -> str:
        key = secrets.token_urlsafe(12)
        with self._lock:
            self._items[key] = live
            while len(self._items) > self.limit:
                _, old = self._items.popitem(last=False)
                old.stack.close()
        return key

    def get(self, key: str) -> Live | None:
        with self._lock:
            live = self._items.get(key)
            if live is not None:
                self._items.move_to_end(key)
                live.touched = time.monotonic()
            return live

    def drop(self, key: str) -> None:
        with self._lock:
            live = self._items.pop(key, None)
        if live is not None:
            live.stack.close()

    def close(self) -> None:
        with self._lock:
            items, self._items = list(self._items.values()), OrderedDict()
        for live in items:
            live.stack.close()


@dataclass
class WebReview:
    """A review in a browser tab: the service's session and the card on screen."""

    session: Any  # services.study.ReviewSession
    current: ReviewItem | None = None
    shown: int = 0
    skipped: list[str] = field(default_factory=list)
    message: str = ""  # what became of the last rating, shown once
    shown_at: float = field(default_factory=time.monotonic)

    def advance(self) -> ReviewItem | None:
        self.current = self.session.next()
        if self.current is not None:
            self.shown += 1
            self.shown_at = time.monotonic()
        return self.current

    @property
    def remaining(self) -> int:
        return len(self.session.queue) + (self.current is not None)
