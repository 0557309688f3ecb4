"""Alembic migrations, run at start-up after copying the database aside.

Opening an up-to-date workspace costs one small query: Alembic itself is imported only when the database's
revision differs from `HEAD_REVISION` (a test keeps the two in step).
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from casebridge.errors import StoreError

log = logging.getLogger(__name__)

HEAD_REVISION = "0011"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        conn.rollback()
        return str(row[0]) if row else None


def _has_user_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        names = inspect(conn).get_table_names()
        conn.rollback()
    return any(name != "alembic_version" for name in names)


def backup_sqlite(db_file: Path, revision: str | None) -> Path:
    """A consistent copy of a live SQLite database (backup API, safe under WAL)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = db_file.with_name(f"{db_file.name}.before-{revision or 'none'}-{stamp}.bak")
    source = sqlite3.connect(db_file)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine, sqlite_file: Path | None) -> str | None:
    """Bring the schema to HEAD_REVISION. Returns the backup file made, if any."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return None
    from alembic.config import Config  # lazy: only when a migration is due
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    try:
        known = revision is None or script.get_revision(revision) is not None
    except Exception:  # alembic raises its own resolution errors for an unknown revision
        known = False
    if not known:
        raise StoreError(
            f"This workspace's database is at schema {revision}, which this version of Casebridge does not know: "
            "it was made by a newer version. Update Casebridge."
        )
    backup: Path | None = None
    if sqlite_file is not None and sqlite_file.exists() and _has_user_tables(engine):
        backup = backup_sqlite(sqlite_file, revision)
        log.info("Database copied to %s before migrating from %s", backup.name, revision)
    elif sqlite_file is None and revision is not None:
        log.warning("Migrating a shared PostgreSQL database from %s: take a pg_dump backup first.", revision)
    from alembic import command

    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    log.info("Database schema migrated from %s to %s", revision, HEAD_REVISION)
    return str(backup) if backup else None
