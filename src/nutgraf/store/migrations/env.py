"""Alembic environment: runs on the connection :meth:`nutgraf.store.Store.open` hands over."""

from __future__ import annotations

from alembic import context

from nutgraf.store.schema import metadata

connection = context.config.attributes["connection"]
# Batch mode lets later migrations alter tables on SQLite, which has no ALTER COLUMN.
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
