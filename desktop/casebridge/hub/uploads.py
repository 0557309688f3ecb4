"""The tus uploads behind a submission: creation (only files the manifest lists, at its size; space and quota
checked), offsets with compare-and-set, per-chunk SHA-256, truncation to the acknowledged offset, and on the last
byte the whole-file digest — stored write-once in the hub's blob store, or refused with the reason."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import shutil
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import anyio.to_thread
from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from casebridge.clock import Clock
from casebridge.exchange import protocol
from casebridge.hub import db
from casebridge.hub.audit import HubAudit
from casebridge.hub.auth import Principal
from casebridge.hub.blobs import HubBlobs, held, held_by_force
from casebridge.hub.config import HubConfig
from casebridge.hub.errors import HubError
from casebridge.hub.submissions import Submissions


class Uploads:
    def __init__(
        self,
        config: HubConfig,
        engine: Engine,
        blobs: HubBlobs,
        submissions: Submissions,
        audit: HubAudit,
        clock: Clock,
    ) -> None:
        self.config, self.engine, self.blobs, self.submissions = config, engine, blobs, submissions
        self.audit, self.clock = audit, clock
        self._busy: set[str] = set()  # uploads receiving a PATCH in this process (one event loop)

    def _part(self, upload_id: str) -> Path:
        return self.config.uploads / f"{upload_id}.part"

    def _check_space(self, conn: Any, length: int) -> None:
        free = shutil.disk_usage(self.config.uploads).free
        if free - self.config.reserve_free_bytes < length:
            raise HubError(507, f"The hub's disk has {free // 2**20} MiB free: not enough for {length // 2**20} MiB.")
        quota = self.config.storage_quota_bytes
        if quota:
            used = conn.execute(select(func.coalesce(func.sum(db.blobs.c.size), 0))).scalar_one()
            pending = conn.execute(
                select(func.coalesce(func.sum(db.uploads.c.length - db.uploads.c.received), 0)).where(
                    db.uploads.c.state == "open"
                )
            ).scalar_one()
            if used + pending + length > quota:
                raise HubError(507, f"The hub's storage quota ({quota} bytes) would be exceeded by this file.")

    def create(self, who: Principal, length: int, metadata: dict[str, str]) -> dict[str, Any]:
        who.require("police", "admin")
        digest, submission_id = metadata.get("sha256", ""), metadata.get("submission", "")
        if len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
            raise HubError(400, "Upload-Metadata must name the file's sha256 (64 lower-case hex digits).")
        if length > self.config.max_file_size:
            raise HubError(
                413, f"The file is {length} bytes; this hub accepts files up to {self.config.max_file_size}."
            )
        submission = self.submissions.get(who, submission_id)
        if submission["state"] != "open":
            raise HubError(409, f"Submission {submission_id} is complete: start a new submission to send more.")
        now = self.clock.now()
        upload_id = secrets.token_hex(16)
        with self.engine.begin() as conn:
            wanted = conn.execute(
                select(db.submission_blobs.c.size).where(
                    db.submission_blobs.c.submission_id == submission_id, db.submission_blobs.c.sha256 == digest
                )
            ).first()
            if wanted is None:
                raise HubError(400, f"Submission {submission_id}'s manifest does not list the file {digest}.")
            if wanted.size != length:
                raise HubError(
                    400, f"Upload-Length {length} differs from the manifest's size {wanted.size} for {digest}."
                )
            # only this force's own earlier upload of the same bytes spares sending them again; a copy another
            # force sent must be uploaded (the blob store keeps one copy, but the bytes must come from this sender)
            ours = bool(held_by_force(conn, submission["force_code"], {digest: length}))
            if not ours and not held(conn, [digest]):
                self._check_space(conn, length)
            conn.execute(
                insert(db.uploads).values(
                    id=upload_id,
                    sha256=digest,
                    length=length,
                    received=length if ours else 0,
                    submission_id=submission_id,
                    owner=who.username,
                    created_at=self.clock.stamp(),
                    expires_at=(now + timedelta(hours=self.config.upload_expiry_hours)).isoformat(),
                    state="done" if ours else "open",
                )
            )
        if not ours:
            self._part(upload_id).touch()
        return self.get(who, upload_id)

    def get(self, who: Principal, upload_id: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(db.uploads).where(db.uploads.c.id == upload_id)).mappings().first()
        if row is None or row["state"] == "ended":
            raise HubError(404, f"There is no upload {upload_id}.")
        if row["owner"] != who.username and who.role != "admin":
            raise HubError(403, f"Upload {upload_id} belongs to another user.")
        if row["state"] == "open" and db.parse_time(row["expires_at"]) < self.clock.now():
            raise HubError(410, f"Upload {upload_id} expired; create a new one (the file has not been lost).")
        return dict(row)

    async def write_chunk(
        self,
        who: Principal,
        upload_id: str,
        offset: int,
        chunks: AsyncIterator[bytes],
        checksum: tuple[str, bytes] | None,
    ) -> dict[str, Any]:
        """Appends one PATCH body at `offset`; the last chunk's whole-file check runs in a worker thread."""
        if upload_id in self._busy:
            raise HubError(409, f"Upload {upload_id} is already receiving a chunk.")
        self._busy.add(upload_id)
        try:
            row = self.get(who, upload_id)
            if row["state"] == "refused":
                raise HubError(422, f"Upload {upload_id} was refused: {self.problem_of(row)}")
            if offset != row["received"]:
                raise HubError(409, f"Upload-Offset {offset} differs from the hub's offset {row['received']}.")
            if row["state"] == "done":
                return row
            part = self._part(upload_id)
            hasher = hashlib.sha256() if checksum else None
            written = 0
            try:
                with open(part, "r+b" if part.exists() else "w+b") as handle:
                    handle.truncate(offset)  # anything past the agreed offset was never acknowledged
                    handle.seek(offset)
                    async for chunk in chunks:
                        written += len(chunk)
                        if offset + written > row["length"]:
                            raise HubError(400, f"The chunk runs past the file's length ({row['length']} bytes).")
                        if hasher is not None:
                            hasher.update(chunk)
                        handle.write(chunk)
                    if checksum is not None and hasher is not None and hasher.digest() != checksum[1]:
                        raise HubError(
                            protocol.CHECKSUM_MISMATCH,
                            "The chunk's SHA-256 does not match Upload-Checksum: send it again.",
                        )
                    handle.flush()
                    os.fsync(handle.fileno())
            except HubError:
                self._truncate(part, offset)
                raise
            except OSError as exc:
                self._truncate(part, offset)
                if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                    raise HubError(507, "The hub's disk is full; nothing of this chunk was kept.") from None
                raise
            new = offset + written
            with self.engine.begin() as conn:
                moved = conn.execute(
                    update(db.uploads)
                    .where(db.uploads.c.id == upload_id, db.uploads.c.received == offset)
                    .values(received=new)
                )
            if moved.rowcount != 1:
                raise HubError(409, f"Upload {upload_id} moved on while this chunk was written.")
            row["received"] = new
            if new == row["length"]:
                row = await anyio.to_thread.run_sync(self._finish, who, row)
            return row
        finally:
            self._busy.discard(upload_id)

    @staticmethod
    def _truncate(part: Path, offset: int) -> None:
        with contextlib.suppress(OSError), open(part, "r+b") as handle:
            handle.truncate(offset)

    def problem_of(self, row: dict[str, Any]) -> str:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(db.submission_blobs.c.problem).where(
                    db.submission_blobs.c.submission_id == row["submission_id"],
                    db.submission_blobs.c.sha256 == row["sha256"],
                )
            ).first()
        return found[0] if found and found[0] else "the file did not match its manifest"

    def _finish(self, who: Principal, row: dict[str, Any]) -> dict[str, Any]:
        part = self._part(row["id"])
        hasher = hashlib.sha256()
        with open(part, "rb") as handle:
            while block := handle.read(4 * 1024 * 1024):
                hasher.update(block)
        actual = hasher.hexdigest()
        if actual != row["sha256"]:
            problem = f"the file received has SHA-256 {actual}; the manifest says {row['sha256']}"
            with self.engine.begin() as conn:
                conn.execute(update(db.uploads).where(db.uploads.c.id == row["id"]).values(state="refused"))
                conn.execute(
                    update(db.submission_blobs)
                    .where(
                        db.submission_blobs.c.submission_id == row["submission_id"],
                        db.submission_blobs.c.sha256 == row["sha256"],
                    )
                    .values(problem=problem)
                )
            part.unlink(missing_ok=True)
            self.audit.record(who.username, "PATCH", f"/files/{row['id']}", 422, problem)
            row["state"] = "refused"
            return row
        self.blobs.adopt(part, actual)  # fsynced, read-only, renamed; a copy already stored is kept, the part dropped
        force = self._force_of(row["submission_id"])
        now = self.clock.stamp()
        with self.engine.begin() as conn:
            with contextlib.suppress(IntegrityError), conn.begin_nested():
                conn.execute(insert(db.blobs).values(sha256=actual, size=row["length"], stored_at=now))
            with contextlib.suppress(IntegrityError), conn.begin_nested():
                conn.execute(
                    insert(db.force_blobs).values(
                        force_code=force,
                        sha256=actual,
                        size=row["length"],
                        submission_id=row["submission_id"],
                        stored_at=now,
                    )
                )
            conn.execute(update(db.uploads).where(db.uploads.c.id == row["id"]).values(state="done"))
            conn.execute(
                update(db.submission_blobs)
                .where(
                    db.submission_blobs.c.submission_id == row["submission_id"], db.submission_blobs.c.sha256 == actual
                )
                .values(problem="")
            )
        self.audit.record(who.username, "PATCH", f"/files/{row['id']}", 204, f"stored {actual} ({row['length']} bytes)")
        row["state"] = "done"
        return row

    def _force_of(self, submission_id: str) -> str:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(db.submissions.c.force_code).where(db.submissions.c.id == submission_id)
            ).first()
        if found is None:
            raise HubError(404, f"There is no submission {submission_id}.")
        return str(found[0])

    def terminate(self, who: Principal, upload_id: str) -> None:
        row = self.get(who, upload_id)
        with self.engine.begin() as conn:
            conn.execute(update(db.uploads).where(db.uploads.c.id == upload_id).values(state="ended"))
        if row["state"] == "open":
            self._part(upload_id).unlink(missing_ok=True)

    def expire(self) -> int:
        """Ends uploads past their expiry and removes their partial files; returns how many."""
        now = self.clock.now()
        with self.engine.begin() as conn:
            rows = conn.execute(
                select(db.uploads.c.id, db.uploads.c.expires_at).where(db.uploads.c.state == "open")
            ).all()
            gone = [r.id for r in rows if db.parse_time(r.expires_at) < now]
            if gone:
                conn.execute(update(db.uploads).where(db.uploads.c.id.in_(gone)).values(state="ended"))
        for upload_id in gone:
            self._part(upload_id).unlink(missing_ok=True)
        return len(gone)
