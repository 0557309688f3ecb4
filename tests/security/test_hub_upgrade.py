"""A hub database made before per-force file access and sign-in families is brought up to date on start:
the new column is added, and which force sent each file is rebuilt from finished uploads only."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from casebridge.hub import db

OLD_SCHEMA = [
    """CREATE TABLE hub_refresh_tokens (token_sha256 VARCHAR(64) PRIMARY KEY, username VARCHAR(120) NOT NULL,
       expires_at VARCHAR(32) NOT NULL, revoked BOOLEAN NOT NULL, rotated_at VARCHAR(32))""",
    """CREATE TABLE hub_submissions (id VARCHAR(36) PRIMARY KEY, urn VARCHAR(11) NOT NULL,
       force_code VARCHAR(2) NOT NULL, submitter VARCHAR(120) NOT NULL, manifest TEXT NOT NULL,
       manifest_sha256 VARCHAR(64) NOT NULL, signature TEXT NOT NULL, signer VARCHAR(16) NOT NULL,
       state VARCHAR(16) NOT NULL, created_at VARCHAR(32) NOT NULL, completed_at VARCHAR(32), receipt TEXT,
       title TEXT, category TEXT, custody_expiry VARCHAR(32), review_state VARCHAR(16), answers TEXT)""",
    """CREATE TABLE hub_blobs (sha256 VARCHAR(64) PRIMARY KEY, size BIGINT NOT NULL, stored_at VARCHAR(32) NOT NULL)""",
    """CREATE TABLE hub_uploads (id VARCHAR(32) PRIMARY KEY, sha256 VARCHAR(64) NOT NULL, length BIGINT NOT NULL,
       received BIGINT NOT NULL, submission_id VARCHAR(36) NOT NULL, owner VARCHAR(120) NOT NULL,
       created_at VARCHAR(32) NOT NULL, expires_at VARCHAR(32) NOT NULL, state VARCHAR(16) NOT NULL)""",
]


def test_an_old_hub_database_is_upgraded_on_start(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    old = sa.create_engine(url)
    honest, claimed = "a" * 64, "b" * 64
    with old.begin() as conn:
        for statement in OLD_SCHEMA:
            conn.execute(sa.text(statement))
        conn.execute(sa.text("INSERT INTO hub_refresh_tokens VALUES ('t1', 'pc1', '2099-01-01', 0, NULL)"))
        for sid, force in (("s-01", "01"), ("s-62", "62")):
            conn.execute(
                sa.text(
                    "INSERT INTO hub_submissions (id, urn, force_code, submitter, manifest, manifest_sha256, "
                    "signature, signer, state, created_at) VALUES (:id, :urn, :force, 'u', '{}', 'x', '{}', 'k', "
                    "'complete', '2026-11-01')"
                ),
                {"id": sid, "urn": f"{force}ZD0300108", "force": force},
            )
        conn.execute(sa.text(f"INSERT INTO hub_blobs VALUES ('{honest}', 10, '2026-11-01')"))
        conn.execute(sa.text(f"INSERT INTO hub_blobs VALUES ('{claimed}', 20, '2026-11-01')"))
        # force 01 uploaded both files; force 62 listed the second (an older hub answered "have") and never sent
        # a byte of it: only force 01 may be recorded as holding either
        conn.execute(
            sa.text(
                f"INSERT INTO hub_uploads VALUES ('u1', '{honest}', 10, 10, 's-01', 'a', '2026', '2099', 'done'),"
                f"('u2', '{claimed}', 20, 20, 's-01', 'a', '2026', '2099', 'done'),"
                f"('u3', '{claimed}', 20, 0, 's-62', 'b', '2026', '2099', 'open')"
            )
        )
    old.dispose()

    engine = db.connect(url)
    engine2 = db.connect(url)  # a second process starting: idempotent
    with engine.connect() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("hub_refresh_tokens")}
        held = sorted((r.force_code, r.sha256) for r in conn.execute(sa.select(db.force_blobs)))
    assert "family" in columns
    assert held == [("01", honest), ("01", claimed)]
    engine.dispose()
    engine2.dispose()
