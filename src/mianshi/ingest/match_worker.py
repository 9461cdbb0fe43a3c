"""Matching a large import to the bank in a second process, while the first clusters it.

Clustering and matching are the two long steps of a large import, and they do
not depend on each other: a cluster's match combines the matches of its
phrasings, and each phrasing is matched on its own. So on a machine with more
than one core, a spawned process matches every distinct text while this one
clusters them; the cluster's match is then `combine`d from its phrasings'
exactly as `BankMatcher.match` would. The worker reports its progress and its
result over a pipe; if it fails, the caller matches in-process instead.
"""

import multiprocessing
import os
from collections.abc import Callable, Mapping, Sequence

from mianshi.bank.model import Question
from mianshi.ingest.match import Match, Phrasing

PARALLEL_FROM = 20_000  # distinct texts below which a second process costs more than it saves

Progress = Callable[[str, int, int], None]


def worth_a_worker(distinct_texts: int) -> bool:
    return distinct_texts >= PARALLEL_FROM and (os.cpu_count() or 1) > 1


class MatchWorker:
    """A process matching `texts` one by one; `result()` waits for it."""

    def __init__(
        self,
        bank: Sequence[Question],
        topic_names: Mapping[tuple[str, str], str] | None,
        texts: Sequence[str],
    ) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a process holding a database
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_work, args=(send, list(bank), dict(topic_names or {}), list(texts)), daemon=True
        )
        self._process.start()
        send.close()

    def result(self, progress: Progress | None = None) -> list[Match] | None:
        """Each text's match, in order; None if the worker failed."""
        try:
            while True:
                kind, payload = self._receive.recv()
                if kind == "progress" and progress:
                    progress("matching", *payload)
                elif kind == "result":
                    return [Match(qid, score, tuple(map(tuple, c))) for qid, score, c in payload]
                elif kind == "error":
                    return None
        except (EOFError, OSError):
            return None
        finally:
            self._receive.close()
            self._process.join(timeout=5)
            if self._process.is_alive():
                self._process.kill()


def _work(send, bank, topic_names, texts) -> None:
    from mianshi.ingest.pipeline import bank_matcher, features_of

    try:
        matcher = bank_matcher(bank, topic_names)
        phrasings = [[Phrasing(t, f)] for t, f in zip(texts, features_of(texts), strict=True)]
        found = matcher.match_all(
            phrasings, lambda _stage, done, total: send.send(("progress", (done, total)))
        )
        send.send(("result", [(m.question_id, m.score, m.candidates) for m in found]))
    except Exception as error:  # reported, and the caller matches in-process
        send.send(("error", repr(error)))
    finally:
        send.close()
