"""Engine and sessions for SQLite (default, WAL) or PostgreSQL (psycopg 3) through the same code."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from casebridge.errors import StoreError

log = logging.getLogger(__name__)


def make_engine(database_url: str) -> Engine:
    try:
        url = make_url(database_url)
    except ArgumentError:
        raise StoreError(f"The database address '{database_url}' is not valid.") from None
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        # The pool hands a connection to one thread at a time; the workspace may be opened on a worker thread.
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        _configure_sqlite(engine)
        return engine
    if url.get_backend_name() == "postgresql":
        try:
            return create_engine(url, pool_pre_ping=True)
        except ModuleNotFoundError:
            raise StoreError(
                "PostgreSQL support is not installed: install Casebridge with the [postgres] extra."
            ) from None
    raise StoreError(f"Database type '{url.get_backend_name()}' is not supported: use SQLite or PostgreSQL.")


def _configure_sqlite(engine: Engine) -> None:
    from casebridge.domain.text import fold

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # accent- and case-insensitive search (SQLite's own lower() knows only ASCII)
        dbapi_connection.create_function(
            "casebridge_fold", 1, lambda value: fold(value) if isinstance(value, str) else value, deterministic=True
        )
        # We issue BEGIN ourselves (below) so every write transaction takes the lock up front:
        # no deadlock when two processes upgrade from read to write at once.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One user action = one transaction: committed whole or not at all."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def folded(session: Any, column: Any) -> Any:
    """`column` lower-cased without accents, in SQL (see casebridge.domain.text)."""
    from sqlalchemy import func

    from casebridge.domain.text import ACCENTED, PLAIN

    if session.get_bind().dialect.name == "sqlite":
        return func.casebridge_fold(column)
    return func.lower(func.translate(column, ACCENTED, PLAIN))


def case_by_urn(session: Any, urn: str) -> Any:
    """The case row with this URN (any case and spacing), or NotFoundError naming it."""
    from sqlalchemy import select

    from casebridge.errors import NotFoundError
    from casebridge.store.models import CaseRow

    row = session.scalars(select(CaseRow).where(CaseRow.urn == urn.strip().upper())).first()
    if row is None:
        raise NotFoundError(f"There is no case with URN {urn.strip().upper()} in this workspace.")
    return row
