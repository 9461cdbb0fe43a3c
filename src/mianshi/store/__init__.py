"""The store: the only package that talks SQL.

SQLite in the user's data directory by default; any SQLAlchemy URL (e.g.
PostgreSQL) through `MIANSHI_DB` or `--db`. Schema changes are Alembic
migrations in `migrations/versions/`.
"""

from mianshi.store.engine import Store, open_store, resolve_database_url

__all__ = ["Store", "open_store", "resolve_database_url"]
