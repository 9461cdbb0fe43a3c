"""Opening the database: URL resolution, connection checks, migrations."""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from mianshi.database_url import ENV_VAR, resolve_database_url, sqlite_file
from mianshi.errors import StoreError


def _describe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _enable_sqlite_foreign_keys(dbapi_connection, _record) -> None:
    if isinstance(dbapi_connection, sqlite3.Connection):
        dbapi_connection.execute("PRAGMA foreign_keys=ON")


def _friendly(exc: Exception, url: str) -> StoreError:
    text = str(getattr(exc, "orig", exc) or exc).splitlines()[0]
    if "readonly" in text or "read-only" in text:
        return StoreError(f"database is read-only: {_describe(url)}")
    return StoreError(f"cannot use database {_describe(url)}: {text}")


@dataclass
class Store:
    """An open database: the engine and a session factory."""

    url: str
    engine: Engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        factory = sessionmaker(self.engine, expire_on_commit=False)
        session = factory()
        try:
            with session.begin():
                yield session
        except DBAPIError as exc:
            raise _friendly(exc, self.url) from exc
        finally:
            session.close()

    def is_initialised(self) -> bool:
        try:
            return inspect(self.engine).has_table("questions")
        except SQLAlchemyError as exc:
            raise _friendly(exc, self.url) from exc

    def require_initialised(self) -> None:
        if not self.is_initialised():
            raise StoreError(
                f"database {_describe(self.url)} is not initialised: run `mianshi init`"
            )
        from sqlalchemy import text

        from mianshi.store.migrate import newest_revision

        try:  # read directly: importing alembic for it would slow every command down
            with self.engine.connect() as conn:
                current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except SQLAlchemyError as exc:
            raise _friendly(exc, self.url) from exc
        if current is not None and current < newest_revision():
            raise StoreError(
                f"database {_describe(self.url)} was made by an older mianshi: run `mianshi init` "
                "to upgrade it (nothing in it is lost)"
            )

    def upgrade(self) -> bool:
        """Create or migrate the schema to the newest revision; True if it changed."""
        from mianshi.store.migrate import current_revision, upgrade

        try:
            before = current_revision(self.engine)
            upgrade(self.engine)
            return current_revision(self.engine) != before
        except DBAPIError as exc:
            raise _friendly(exc, self.url) from exc

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str | None = None, *, create_dir: bool = False) -> Store:
    """Open (not create) the database at `url`, checking that it can be reached.

    With `create_dir`, the default data directory is created when missing; a
    directory the user named explicitly must already exist.
    """
    resolved = resolve_database_url(url)
    database_file = sqlite_file(resolved)
    if database_file is not None:
        folder = database_file.parent
        if not folder.is_dir():
            is_default = url is None and not os.environ.get(ENV_VAR)
            if create_dir and is_default:
                folder.mkdir(parents=True, exist_ok=True)
            else:
                raise StoreError(f"database directory does not exist: {folder}")
        if database_file.is_dir():
            raise StoreError(f"database path is a directory: {database_file}")
    try:
        engine = create_engine(resolved, connect_args=_connect_args(resolved))
    except NoSuchModuleError:
        raise StoreError(f"no database driver for {_describe(resolved)}") from None
    except ModuleNotFoundError as exc:
        hint = " (pip install 'mianshi[postgres]')" if "psycopg" in str(exc) else ""
        raise StoreError(f"missing database driver {exc.name}{hint}") from None
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {resolved}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                # Reading the schema fails fast on a file that is not a database.
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DBAPIError as exc:
        engine.dispose()
        raise _friendly(exc, resolved) from exc
    return Store(url=resolved, engine=engine)


def _connect_args(url: str) -> dict:
    backend = make_url(url).get_backend_name()
    if backend == "postgresql":
        return {"connect_timeout": 5}
    if backend == "sqlite":
        return {"timeout": 15}
    return {}
