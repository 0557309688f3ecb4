"""The hub's tables (SQLAlchemy Core): users, refresh tokens, submissions and their items, stored blobs,
uploads in progress, and the hub's own audit of every refusal and every acceptance.

Created on start (`create_all`, idempotent); the same schema serves SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from casebridge.clock import SYSTEM_CLOCK

metadata = MetaData()

users = Table(
    "hub_users",
    metadata,
    Column("username", String(120), primary_key=True),
    Column("password_hash", String(200), nullable=False),
    Column("role", String(16), nullable=False),
    # police: the force code; cps: the forces of its area, comma-separated (empty: every force)
    Column("force_code", String(200)),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", String(32), nullable=False),
)

refresh_tokens = Table(
    "hub_refresh_tokens",
    metadata,
    Column("token_sha256", String(64), primary_key=True),
    Column("username", String(120), nullable=False, index=True),
    Column("expires_at", String(32), nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
    Column("rotated_at", String(32)),
    # every token rotated from one sign-in shares its family: reusing a rotated token revokes the whole family
    Column("family", String(64), index=True),
)

submissions = Table(
    "hub_submissions",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("urn", String(11), nullable=False, index=True),
    Column("force_code", String(2), nullable=False, index=True),
    Column("submitter", String(120), nullable=False),
    Column("manifest", Text, nullable=False),
    Column("manifest_sha256", String(64), nullable=False),
    Column("signature", Text, nullable=False),
    Column("signer", String(16), nullable=False),
    Column("state", String(16), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("completed_at", String(32)),
    Column("receipt", Text),
    # for the reviewers' inbox, taken from the manifest when the submission is created
    Column("title", String(200), nullable=False, default=""),
    Column("category", String(20), nullable=False, default=""),
    Column("custody_expiry", String(40)),
    Column("answers", Text, nullable=False, default="[]"),
    Column("review_state", String(20), nullable=False, default="new"),
)

feedback = Table(
    "hub_feedback",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("urn", String(11), nullable=False, index=True),
    Column("force_code", String(2), nullable=False, index=True),
    Column("submission_id", String(36)),
    Column("author", String(120), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("signed", Text, nullable=False),  # the feedback and the hub's signature, as JSON
)

submission_blobs = Table(
    "hub_submission_blobs",
    metadata,
    Column("submission_id", String(36), ForeignKey("hub_submissions.id"), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    # the last refusal for this file in this submission (whole-file digest differed, could not be stored)
    Column("problem", Text, nullable=False, default=""),
)

blobs = Table(
    "hub_blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("stored_at", String(32), nullable=False),
)

# Which force's users have sent the bytes of a file. The blob store keeps each file once, but a copy another force
# sent lends nothing: a force "has" a file, may be receipted for it and may read it, only once its own upload of
# those bytes arrived and was hashed.
force_blobs = Table(
    "hub_force_blobs",
    metadata,
    Column("force_code", String(2), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("submission_id", String(36), nullable=False),  # the submission whose upload brought it
    Column("stored_at", String(32), nullable=False),
)

recognitions = Table(
    "hub_recognitions",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("claimed", String(160), primary_key=True),  # the media type and facts the manifest claims
    Column("ok", Boolean, nullable=False),
    Column("recognised_type", String(120), nullable=False),
    Column("reason", Text, nullable=False, default=""),
)

uploads = Table(
    "hub_uploads",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("sha256", String(64), nullable=False, index=True),
    Column("length", BigInteger, nullable=False),
    Column("received", BigInteger, nullable=False, default=0),
    Column("submission_id", String(36), nullable=False),
    Column("owner", String(120), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
    Column("state", String(16), nullable=False),  # open | finishing | done | refused | ended
    # every byte received, the whole-file check under way: which process claimed it and until when (a lease it
    # renews while hashing; when it lapses — the process died — the next node to look finishes the upload)
    Column("claim", String(64)),
    Column("claimed_until", String(32)),
    Column("reserved", BigInteger, nullable=False, default=0),  # quota bytes this upload holds
)

# One row: bytes stored (blobs) and bytes reserved by open uploads, changed only by atomic conditional updates,
# so a quota holds when many nodes and workers create uploads at once.
storage = Table(
    "hub_storage",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("stored", BigInteger, nullable=False, default=0),
    Column("reserved", BigInteger, nullable=False, default=0),
)

# Work one node at a time does (the expiry sweeper): who holds it and until when.
leases = Table(
    "hub_leases",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("holder", String(120), nullable=False),
    Column("until", String(32), nullable=False),
)

audit = Table(
    "hub_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("actor", String(120), nullable=False),
    Column("method", String(8), nullable=False),
    Column("path", String(400), nullable=False),
    Column("status", Integer, nullable=False),
    Column("detail", Text, nullable=False, default=""),
)


def _count_storage(engine: Engine) -> None:
    """The storage row, counted once from what is stored and what open uploads have still to send (a database
    from before quotas were reserved, or a new one)."""
    with engine.begin() as conn:
        if conn.execute(select(storage.c.id).where(storage.c.id == 1)).first() is not None:
            return
        stored = conn.execute(select(func.coalesce(func.sum(blobs.c.size), 0))).scalar_one()
        open_rows = conn.execute(
            select(uploads.c.id, uploads.c.length).where(uploads.c.state.in_(("open", "finishing")))
        ).all()
        for row in open_rows:
            conn.execute(update(uploads).where(uploads.c.id == row.id).values(reserved=row.length))
        try:
            with conn.begin_nested():
                conn.execute(
                    insert(storage).values(id=1, stored=int(stored), reserved=sum(int(r.length) for r in open_rows))
                )
        except IntegrityError:
            pass  # another hub process counted it first


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def connect(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _pragmas(connection: object, _record: object) -> None:
            cursor = connection.cursor()  # type: ignore[attr-defined]
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=10)
    try:
        metadata.create_all(engine)
    except (IntegrityError, OperationalError, ProgrammingError):
        # another hub process created the tables at the same moment; they exist now
        metadata.create_all(engine)
    upgrade(engine)
    return engine


def upgrade(engine: Engine) -> None:
    """Brings a hub database made by an earlier version up to this schema (idempotent; safe with several hub
    processes starting together). Added tables come from `create_all`; added columns and the facts they need
    are filled in here:

    - refresh tokens gain a family (a token issued before stands alone: its family is itself);
    - which force sent each stored file is rebuilt from finished uploads only — a file an earlier version
      receipted through cross-force de-duplication is, rightly, no longer lent to the force that claimed it."""
    from sqlalchemy import inspect, text

    added = {
        "hub_refresh_tokens": [("family", "VARCHAR(64)")],
        "hub_uploads": [("claim", "VARCHAR(64)"), ("claimed_until", "VARCHAR(32)"), ("reserved", "BIGINT DEFAULT 0")],
    }
    for table, wanted in added.items():
        columns = {c["name"] for c in inspect(engine).get_columns(table)}
        for name, kind in wanted:
            if name in columns:
                continue
            try:
                with engine.begin() as conn:
                    conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {kind}"))
            except (OperationalError, ProgrammingError):
                pass  # another hub process added it a moment ago
    _count_storage(engine)
    with engine.begin() as conn:
        known = conn.execute(select(func.count()).select_from(force_blobs)).scalar_one()
        if known:
            return
        rows = conn.execute(
            select(submissions.c.force_code, uploads.c.sha256, uploads.c.length, uploads.c.submission_id)
            .join(submissions, submissions.c.id == uploads.c.submission_id)
            .join(blobs, blobs.c.sha256 == uploads.c.sha256)
            .where(uploads.c.state == "done", blobs.c.size == uploads.c.length)
        ).all()
        seen: set[tuple[str, str]] = set()
        for row in rows:
            if (row.force_code, row.sha256) in seen:
                continue
            seen.add((row.force_code, row.sha256))
            try:
                with conn.begin_nested():
                    conn.execute(
                        insert(force_blobs).values(
                            force_code=row.force_code,
                            sha256=row.sha256,
                            size=row.length,
                            submission_id=row.submission_id,
                            stored_at=SYSTEM_CLOCK.stamp(),
                        )
                    )
            except IntegrityError:
                pass  # another hub process is rebuilding the same table
