"""All user state as plain rows, for backup and restore.

The tables are read generically, by reflecting the database, so a table
another area owns (the judge's `submissions`) is carried along without this
module knowing its columns. Values become JSON-safe with `encode_value` and
come back exactly with `decode_value`.
"""

import base64
import math
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Time,
    func,
    inspect,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

# In dependency order (a table comes after the tables it points at).
USER_STATE_TABLES = (
    "cards",
    "review_logs",
    "mock_sessions",
    "mock_answers",
    "self_checks",
    "submissions",
    "match_decisions",
    "pair_decisions",
)
# Added after backups were first written: a backup without them restores them empty.
LATER_TABLES = frozenset({"match_decisions", "pair_decisions"})


def user_tables(session: Session) -> list[Table]:
    """The user-state tables this database has, reflected, parents before children."""
    names = [n for n in USER_STATE_TABLES if inspect(session.get_bind()).has_table(n)]
    metadata = MetaData()
    metadata.reflect(bind=session.connection(), only=names)
    return [t for t in metadata.sorted_tables if t.name in names]


def _in_listed_order(tables: list[Table]) -> list[Table]:
    return sorted(tables, key=lambda t: USER_STATE_TABLES.index(t.name))


def row_counts(session: Session) -> dict[str, int]:
    return {
        t.name: session.scalar(select(func.count()).select_from(t)) or 0
        for t in _in_listed_order(user_tables(session))
    }


def encode_value(kind: TypeEngine, value):
    if value is None:
        return None
    if isinstance(kind, DateTime | Date | Time) and isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(kind, LargeBinary):
        return base64.b64encode(value).decode("ascii")
    if isinstance(kind, Numeric) and not isinstance(value, float | int):
        return str(value)
    return value


_INT64 = (-(2**63), 2**63 - 1)


def decode_value(kind: TypeEngine, value):
    """The inverse of `encode_value`, checked against the column type: a value of the
    wrong type or out of the type's range raises ValueError saying why."""
    if value is None:
        return None
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise ValueError(f"{value!r} is not true or false")
        return value
    if isinstance(kind, Integer):
        if type(value) is not int:
            raise ValueError(f"{value!r} is not an integer")
        if not _INT64[0] <= value <= _INT64[1]:
            raise ValueError(f"{value} is out of the 64-bit integer range")
        return value
    if isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{value!r} is not a number")
        if not math.isfinite(value):
            raise ValueError(f"{value!r} is not a finite number")
        return float(value)
    if isinstance(kind, Numeric):
        return kind.python_type(value) if isinstance(value, str) else value
    if isinstance(kind, DateTime | Date | Time | LargeBinary | String) and not isinstance(value, str):
        raise ValueError(f"{value!r} is not text")
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Time):
        return time.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value.encode("ascii"), validate=True)
    if isinstance(kind, String) and kind.length is not None and len(value) > kind.length:
        raise ValueError(f"text is longer than {kind.length} characters")
    return value


def required_columns(session: Session) -> dict[str, set[str]]:
    """Per user-state table, the columns that may not be null."""
    return {t.name: {c.name for c in t.columns if not c.nullable} for t in user_tables(session)}


@dataclass
class TableRows:
    name: str
    columns: dict[str, str]  # column name -> SQL type, for a reader of the file
    rows: list[dict]


def dump(session: Session) -> list[TableRows]:
    """Every user-state table with all its rows, JSON-safe, in primary-key order."""
    dumped = []
    for table in _in_listed_order(user_tables(session)):
        order = list(table.primary_key.columns) or list(table.columns)
        rows = [
            {c.name: encode_value(c.type, row[c.name]) for c in table.columns}
            for row in session.execute(select(table).order_by(*order)).mappings()
        ]
        columns = {c.name: str(c.type) for c in table.columns}
        dumped.append(TableRows(table.name, columns, rows))
    return dumped


def columns_of(session: Session) -> dict[str, dict[str, TypeEngine]]:
    return {t.name: {c.name: c.type for c in t.columns} for t in user_tables(session)}


def replace_all(session: Session, data: dict[str, list[dict]]) -> None:
    """Delete every user-state row, then insert `data` (already decoded), in one transaction."""
    tables = user_tables(session)
    for table in reversed(tables):
        session.execute(table.delete())
    for table in tables:
        rows = data.get(table.name) or []
        if rows:
            session.execute(table.insert(), rows)
    if session.get_bind().dialect.name == "postgresql":
        _reset_sequences(session, tables)


def _reset_sequences(session: Session, tables: list[Table]) -> None:
    """Rows were inserted with their ids: move each id sequence past them."""
    for table in tables:
        for column in table.primary_key.columns:
            if isinstance(column.type, Integer):
                session.execute(
                    select(
                        func.setval(
                            func.pg_get_serial_sequence(table.name, column.name),
                            func.coalesce(select(func.max(column)).scalar_subquery(), 0) + 1,
                            False,
                        )
                    )
                )


def schema_revision(session: Session) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(session.connection()).get_current_revision()


def existing_question_ids(session: Session, ids: set[str]) -> set[str]:
    if not ids:
        return set()
    questions = Table("questions", MetaData(), autoload_with=session.connection())
    found = session.scalars(select(questions.c.id).where(questions.c.id.in_(sorted(ids))))
    return set(found)
