"""The backup file: all user state as one JSON document (format described in docs/backup.md).

```json
{"app": "mianshi", "kind": "user-state-backup", "version": 1,
 "created_at": "2026-11-24T08:00:00+00:00", "schema_revision": "0004",
 "tables": {"cards": {"columns": {"question_id": "VARCHAR(128)", ...},
                      "rows": [{"question_id": "bn-vs-ln", ...}, ...]}, ...},
 "sha256": "<hex digest of the canonical JSON of `tables`>"}
```

`parse_backup` refuses anything that is not exactly such a document, so a
foreign, truncated or edited file never reaches the database.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from mianshi.errors import MianshiError

APP = "mianshi"
KIND = "user-state-backup"
FORMAT_VERSION = 1


class BackupError(MianshiError):
    """A file that cannot be restored: not a backup, corrupt, or from a newer version."""


class ExistingStateError(MianshiError):
    """Restoring would replace study state the database already holds (`held`: "3 cards, ...")."""

    def __init__(self, message: str, held: str = ""):
        super().__init__(message)
        self.held = held


@dataclass(frozen=True)
class Backup:
    created_at: str
    schema_revision: str | None
    tables: dict[str, dict]  # name -> {"columns": {name: type}, "rows": [dict, ...]}


def tables_digest(tables: dict) -> str:
    canonical = json.dumps(tables, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def backup_document(tables: dict[str, dict], schema_revision: str | None, now: datetime) -> dict:
    return {
        "app": APP,
        "kind": KIND,
        "version": FORMAT_VERSION,
        "created_at": now.isoformat(timespec="seconds"),
        "schema_revision": schema_revision,
        "tables": tables,
        "sha256": tables_digest(tables),
    }


def dumps(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def parse_backup(raw: bytes, source: str) -> Backup:
    """Check `raw` is a complete mianshi backup this version understands."""
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BackupError(f"{source} is not a mianshi backup (not a JSON document)") from None
    if not isinstance(document, dict) or document.get("app") != APP or document.get("kind") != KIND:
        raise BackupError(f"{source} is not a mianshi backup")
    version = document.get("version")
    if not isinstance(version, int) or version < 1:
        raise BackupError(f"{source} is a damaged mianshi backup (bad version field)")
    if version > FORMAT_VERSION:
        raise BackupError(
            f"{source} was written by a newer mianshi (backup format {version}, "
            f"this version reads {FORMAT_VERSION}): upgrade mianshi to restore it"
        )
    tables = document.get("tables")
    if not isinstance(tables, dict) or document.get("sha256") != tables_digest(tables):
        raise BackupError(f"{source} is corrupt: its checksum does not match its content")
    for name, table in tables.items():
        ok = (
            isinstance(table, dict)
            and isinstance(table.get("columns"), dict)
            and isinstance(table.get("rows"), list)
            and all(isinstance(r, dict) for r in table["rows"])
        )
        if not ok:
            raise BackupError(f"{source} is corrupt: table '{name}' is malformed")
    return Backup(
        created_at=str(document.get("created_at")),
        schema_revision=document.get("schema_revision"),
        tables=tables,
    )


# What a value of the study tables means, beyond its column type: a rating of 7 or a
# negative duration passes the type check but breaks scheduling and stats later.
_STATES = {1, 2, 3}  # fsrs.State: Learning, Review, Relearning
VALUE_RULES: dict[tuple[str, str], tuple[str, object]] = {
    ("cards", "state"): ("one of 1, 2, 3", lambda v: v in _STATES),
    ("cards", "step"): ("0 or more", lambda v: v >= 0),
    ("cards", "stability"): ("a positive number", lambda v: v > 0),
    ("cards", "difficulty"): ("between 1 and 10", lambda v: 1 <= v <= 10),
    ("review_logs", "rating"): ("one of 1, 2, 3, 4", lambda v: v in {1, 2, 3, 4}),
    ("review_logs", "state_before"): ("one of 0, 1, 2, 3", lambda v: v in {0} | _STATES),
    ("review_logs", "duration_ms"): ("0 or more", lambda v: v >= 0),
    ("mock_sessions", "planned_questions"): ("1 or more", lambda v: v >= 1),
    ("mock_sessions", "minutes"): ("0 or more", lambda v: v >= 0),
    ("mock_answers", "score"): ("between 0 and 1", lambda v: 0 <= v <= 1),
    ("mock_answers", "seconds"): ("0 or more", lambda v: v >= 0),
    ("self_checks", "score"): ("between 0 and 1", lambda v: 0 <= v <= 1),
    ("submissions", "passed"): ("0 or more", lambda v: v >= 0),
    ("submissions", "total"): ("0 or more", lambda v: v >= 0),
}


def value_problem(table: str, column: str, value) -> str | None:
    """Why `value` (already of the column's type) is not a valid `table.column`, if it is not."""
    rule = VALUE_RULES.get((table, column))
    if rule is None or value is None:
        return None
    wanted, valid = rule
    return None if valid(value) else f"{value!r} is not {wanted}"
