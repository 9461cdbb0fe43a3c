"""Alembic environment: always handed a live connection by mianshi.store.migrate."""

from alembic import context

from mianshi.store import tables  # noqa: F401  (registers every table on Base.metadata)
from mianshi.store.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
