"""Persistence: SQLAlchemy ORM, Alembic migrations, repositories and the audit chain."""
