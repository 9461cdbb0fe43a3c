"""Which database to open, decided without importing SQLAlchemy.

Fast commands (a cold `mianshi search`) need the database's URL and SQLite file
before they decide whether to touch the store at all.
"""

import os
import re
from pathlib import Path

from mianshi.paths import data_dir

ENV_VAR = "MIANSHI_DB"
_SQLITE_URL = re.compile(r"^sqlite(\+\w+)?:///")


def resolve_database_url(explicit: str | None = None) -> str:
    """`--db` beats `MIANSHI_DB` beats the default SQLite file.

    A value without `://` is a file path and means SQLite.
    """
    value = explicit or os.environ.get(ENV_VAR)
    if not value:
        return f"sqlite:///{data_dir() / 'mianshi.db'}"
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    return value


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL; None for other servers, in-memory and `file:` URI databases."""
    match = _SQLITE_URL.match(url)
    if match is None:
        return None
    database = url[match.end() :].split("?", 1)[0]
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)
