"""The hub's tables (SQLAlchemy Core): users, refresh tokens, submissions and their items, stored blobs,
uploads in progress, and the hub's own audit of every refusal and every acceptance.

Created on start (`create_all`, idempotent); the same schema serves SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime

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
)
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

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
    Column("state", String(16), nullable=False),  # open | done | refused | ended
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


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


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
    return engine
