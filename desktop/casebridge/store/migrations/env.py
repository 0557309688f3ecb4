"""Alembic environment: always run programmatically with a connection passed in by `migrate.upgrade`."""

from __future__ import annotations

from alembic import context

from casebridge.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Casebridge migrations run through casebridge.store.migrate, with a connection.")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
