"""Exports of the bank (Anki, Markdown) and backup/restore of all user state."""

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from mianshi.errors import MianshiError, StoreError
from mianshi.paths import data_dir
from mianshi.services._store import initialised_store
from mianshi.services.study import bank_questions
from mianshi.store import bank_repo, user_state
from mianshi.store.frequency import question_frequencies
from mianshi.study import scheduling
from mianshi.study.anki_export import ModuleDeck, write_apkg
from mianshi.study.backup import (
    Backup,
    BackupError,
    ExistingStateError,
    backup_document,
    dumps,
    parse_backup,
    value_problem,
)
from mianshi.study.markdown_export import ModuleSheet, index_markdown, module_markdown

Progress = Callable[[], None]


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """Turn a failed write (no permission, disk full) into a one-line error."""
    try:
        yield
    except OSError as exc:
        raise MianshiError(f"cannot write {path}: {exc.strerror or exc}") from None


def _writable_parent(path: Path) -> None:
    if not path.parent.is_dir():
        raise MianshiError(f"folder does not exist: {path.parent}")
    if path.is_dir():
        raise MianshiError(f"{path} is a folder, not a file")


def _by_module(session, module: str | None):
    questions = bank_questions(session, module)
    topics = bank_repo.list_topics(session)
    grouped: dict[str, list] = {}
    for info in topics:
        grouped.setdefault(info.module, [])
    for q in questions:
        grouped[q.module].append(q)
    return {m: qs for m, qs in grouped.items() if qs}, topics


def count_for_export(module: str | None = None, db: str | None = None) -> int:
    with initialised_store(db) as store, store.session() as session:
        return len(bank_questions(session, module))


def export_anki(
    path: Path, module: str | None = None, db: str | None = None, on_note: Progress | None = None
) -> int:
    """Write an .apkg with one note per active question; return the number of notes."""
    if path.suffix.lower() != ".apkg":
        raise MianshiError(f"an Anki package is a .apkg file, not {path.name}")
    _writable_parent(path)
    with initialised_store(db) as store, store.session() as session:
        grouped, topics = _by_module(session, module)
        frequencies = question_frequencies(session)
        titles = {q.id: q.title for q in bank_repo.list_questions(session)}
    names = {t.module: t.module_name for t in topics}
    decks = [ModuleDeck(m, names[m], qs) for m, qs in grouped.items()]
    with _writing(path):
        return write_apkg(path, decks, frequencies, titles, on_note or (lambda: None))


def export_markdown(folder: Path, db: str | None = None) -> list[Path]:
    """One revision sheet per module plus an index; return the files written."""
    if folder.exists() and not folder.is_dir():
        raise MianshiError(f"{folder} is a file, not a folder")
    if not folder.parent.is_dir():
        raise MianshiError(f"folder does not exist: {folder.parent}")
    with initialised_store(db) as store, store.session() as session:
        grouped, topics = _by_module(session, None)
        frequencies = question_frequencies(session)
        titles = {q.id: q.title for q in bank_repo.list_questions(session)}
    sheets = []
    for module, questions in grouped.items():
        infos = [t for t in topics if t.module == module]
        sheets.append(
            ModuleSheet(
                module,
                infos[0].module_name,
                infos[0].module_name_en,
                {t.topic: t.name for t in infos},
                questions,
            )
        )
    written = []
    with _writing(folder):
        folder.mkdir(exist_ok=True)
        for sheet in sheets:
            target = folder / f"{sheet.module}.md"
            target.write_text(module_markdown(sheet, frequencies, titles), encoding="utf-8")
            written.append(target)
        index = folder / "README.md"
        index.write_text(index_markdown(sheets), encoding="utf-8")
    return [index, *written]


# Backup and restore


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    rows: dict[str, int]


def _snapshot(session, now: datetime) -> dict:
    tables = {t.name: {"columns": t.columns, "rows": t.rows} for t in user_state.dump(session)}
    return backup_document(tables, user_state.schema_revision(session), now)


def _write_atomically(path: Path, text: str) -> None:
    """Write via a temporary file and a rename, so a crash never leaves half a backup."""
    with _writing(path):
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise


def backup(path: Path, db: str | None = None, now: datetime | None = None) -> BackupSummary:
    _writable_parent(path)
    now = now or scheduling.utc_now()
    with initialised_store(db) as store, store.session() as session:
        document = _snapshot(session, now)
    _write_atomically(path, dumps(document))
    rows = {name: len(t["rows"]) for name, t in document["tables"].items()}
    return BackupSummary(path, rows)


@dataclass(frozen=True)
class RestoreSummary:
    rows: dict[str, int]
    replaced: dict[str, int]  # rows there were before, now replaced
    safety_copy: Path | None


def _decode(backup_file: Backup, session, source: str) -> dict[str, list[dict]]:
    """The backup's rows as values for this database, or BackupError naming the table,
    row and field at fault. Every row is checked before the database is touched."""
    schema = user_state.columns_of(session)
    required = user_state.required_columns(session)
    absent = [
        name
        for name in schema
        if name not in backup_file.tables and name not in user_state.LATER_TABLES
    ]
    if absent:
        raise BackupError(f"{source} is incomplete: it has no table '{absent[0]}'")
    decoded: dict[str, list[dict]] = {name: [] for name in schema if name in user_state.LATER_TABLES}
    referenced: set[str] = set()
    for name, table in backup_file.tables.items():
        if name not in schema:
            raise BackupError(
                f"{source} holds table '{name}' that this database lacks: run `mianshi init` first"
            )
        unknown = set(table["columns"]) - set(schema[name])
        if unknown:
            raise BackupError(
                f"{source}: table '{name}' has columns this database lacks: {', '.join(sorted(unknown))}"
            )
        rows = []
        for number, row in enumerate(table["rows"], 1):
            rows.append(_decode_row(row, name, number, schema[name], required[name], source))
            if isinstance(row.get("question_id"), str):
                referenced.add(row["question_id"])
        decoded[name] = rows
    missing = referenced - user_state.existing_question_ids(session, referenced)
    if missing:
        shown = ", ".join(sorted(missing)[:5]) + (" ..." if len(missing) > 5 else "")
        raise BackupError(
            f"{source} refers to {len(missing)} question(s) this bank does not have ({shown}): "
            "run `mianshi init` with the content the backup was made with"
        )
    return decoded


def _decode_row(row, table: str, number: int, columns: dict, required: set[str], source: str):
    where = f"{source}: table '{table}', row {number}"
    if not isinstance(row, dict):
        raise BackupError(f"{where} is not an object")
    if set(row) - set(columns):
        raise BackupError(f"{where} has unknown columns")
    values = {}
    for column in columns:
        value = row.get(column)
        if value is None and column in required:
            raise BackupError(f"{where}, field '{column}' is missing")
        if column not in row:
            continue
        try:
            values[column] = user_state.decode_value(columns[column], value)
        except (ValueError, TypeError, AttributeError, ArithmeticError) as exc:
            reason = str(exc) if isinstance(exc, ValueError) and str(exc) else "cannot be read"
            raise BackupError(f"{where}, field '{column}': {reason[:120]}") from None
        problem = value_problem(table, column, values[column])
        if problem:
            raise BackupError(f"{where}, field '{column}': {problem}")
    return values


def _safety_copy_path(now: datetime) -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"before-restore-{now:%Y%m%d-%H%M%S}.json"


def restore(
    path: Path, db: str | None = None, force: bool = False, now: datetime | None = None
) -> RestoreSummary:
    """Replace all user state by the backup at `path`, in one transaction.

    A file that is not a complete mianshi backup changes nothing. Over existing
    state it needs `force`, and the current state is first saved to a safety copy.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise MianshiError(f"cannot read {path}: {exc.strerror or exc}") from None
    source = str(path)
    parsed = parse_backup(raw, source)
    now = now or scheduling.utc_now()
    with initialised_store(db) as store:
        with store.session() as session:
            decoded = _decode(parsed, session, source)
            existing = {k: v for k, v in user_state.row_counts(session).items() if v}
            if existing and not force:
                held = ", ".join(f"{n} {t}" for t, n in existing.items())
                raise ExistingStateError(
                    f"the database already holds study state ({held}): add --force to replace "
                    "it (a copy of the current state is saved first)",
                    held,
                )
            snapshot = _snapshot(session, now) if existing else None
        safety = None
        if snapshot is not None:
            safety = _safety_copy_path(now)
            _write_atomically(safety, dumps(snapshot))
        try:
            with store.session() as session:
                user_state.replace_all(session, decoded)
        except (StoreError, SQLAlchemyError) as exc:
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]
            raise BackupError(f"{source} could not be restored ({reason}); nothing was changed") from None
    return RestoreSummary({t: len(r) for t, r in decoded.items()}, existing, safety)
