from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from casebridge.errors import StoreError
from casebridge.store import migrate
from casebridge.store.db import make_engine
from casebridge.store.models import Base


def test_head_revision_constant_matches_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == migrate.HEAD_REVISION


def test_migrations_match_the_models(database_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(database_url)
    migrate.upgrade(engine, None)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_new_database_gets_no_backup_and_second_open_skips_alembic(tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    engine = make_engine(f"sqlite:///{db}")
    assert migrate.upgrade(engine, db) is None
    assert migrate.current_revision(engine) == migrate.HEAD_REVISION
    assert migrate.upgrade(engine, db) is None
    engine.dispose()
    assert list(tmp_path.glob("*.bak")) == []


def test_existing_database_is_copied_aside_before_migrating(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO legacy_notes (body) VALUES ('keep me')")
    engine = make_engine(f"sqlite:///{db}")
    backup = migrate.upgrade(engine, db)
    engine.dispose()
    assert backup is not None
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT body FROM legacy_notes").fetchall() == [("keep me",)]
        assert conn.execute("SELECT name FROM sqlite_master WHERE name='cases'").fetchall() == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name='cases'").fetchall() == [("cases",)]


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "newer.db"
    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine, db)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="newer version"):
        migrate.upgrade(engine, db)
    engine.dispose()


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    db = tmp_path / "wal.db"
    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine, db)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_unsupported_database_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="not supported"):
        make_engine("mysql://x/y")
    with pytest.raises(StoreError, match="not valid"):
        make_engine("::::")
    assert create_engine  # the plain SQLAlchemy API stays importable for tools
