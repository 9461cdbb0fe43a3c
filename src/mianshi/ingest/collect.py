"""One readable source -> the rows of its questions (parsed, garble-checked)."""

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from mianshi.ingest.garble import check_line
from mianshi.ingest.parse import parse_text
from mianshi.ingest.reader import SourceText


def question_rows(source: SourceText) -> list[dict]:
    """Rows for the source_questions table, in document order, not yet clustered."""
    rows = []
    for position, q in enumerate(parse_text(source.text, source.format)):
        check = check_line(q.text)
        rows.append(
            {
                "position": position,
                "line": q.line,
                "raw": q.raw,
                "text": check.text,
                "answer": q.answer,
                "has_code": q.has_code,
                "context": q.context,
                "module": "",
                "topic": "",
                "garbled": check.garbled,
                "repaired": check.repaired,
                "cluster_id": None,
            }
        )
    return rows


PARALLEL_FROM_CHARS = 1_000_000  # below this much text, starting processes costs more than it saves


def question_rows_of(sources: Sequence[SourceText]) -> list[list[dict]]:
    """question_rows of each source, in order: a large import of several files is parsed
    in two processes (spawned: the caller may hold a database connection or threads)."""
    cores = min(os.cpu_count() or 1, 2)
    if cores < 2 or len(sources) < 2 or sum(len(s.text) for s in sources) < PARALLEL_FROM_CHARS:
        return [question_rows(s) for s in sources]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=cores, mp_context=context) as pool:
        return list(pool.map(question_rows, sources))
