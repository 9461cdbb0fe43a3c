"""One readable source -> the rows of its questions (parsed, garble-checked)."""

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
