"""The tus uploads behind a submission: creation (only files the manifest lists, at its size; disk space checked
and the file's bytes reserved against the quota in one atomic update), offsets with compare-and-set, per-chunk
SHA-256, truncation to the acknowledged offset, and on the last byte the whole-file digest — stored write-once in
the hub's blob store, or refused with the reason.

No crash window: the PATCH that brings the last byte records the offset *and* claims the upload for checking
(state `finishing`, a lease this process renews while it hashes) in one update. If the process dies before the
file is stored, the lease lapses and whichever node looks next — a HEAD, the submission's completion or the
sweeper — claims it again and finishes it. Finishing is idempotent: the blob store keeps one copy, the database
rows are inserted once, a claim that was lost stops quietly."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import secrets
import shutil
import socket
import threading
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import anyio.to_thread
from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from casebridge.clock import Clock, stamp
from casebridge.exchange import protocol
from casebridge.hub import db, metrics
from casebridge.hub.audit import HubAudit
from casebridge.hub.auth import Principal
from casebridge.hub.blobs import BlobStore, held, held_by_force
from casebridge.hub.config import HubConfig
from casebridge.hub.errors import HubError
from casebridge.hub.submissions import Submissions

log = logging.getLogger("casebridge.hub.uploads")
RENEW_EVERY = 64 * 1024 * 1024  # bytes hashed between renewals of a finishing claim
OPEN_STATES = ("open", "finishing")


def _size(count: int) -> str:
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return f"{count} bytes"


def failpoint(name: str) -> None:
    """Test-only fault injection: with `CASEBRIDGE_HUB_FAILPOINTS=<name>` the process stops here (so a test can
    kill it at exactly this point). Unset in production: costs one environment lookup."""
    if name in os.environ.get("CASEBRIDGE_HUB_FAILPOINTS", "").split(","):
        log.warning("failpoint %s: waiting to be killed", name)
        threading.Event().wait(3600)


class Uploads:
    def __init__(
        self,
        config: HubConfig,
        engine: Engine,
        blobs: BlobStore,
        submissions: Submissions,
        audit: HubAudit,
        clock: Clock,
    ) -> None:
        self.config, self.engine, self.blobs, self.submissions = config, engine, blobs, submissions
        self.audit, self.clock = audit, clock
        self._busy: set[str] = set()  # uploads receiving a PATCH in this process (one event loop)
        self.me = f"{socket.gethostname()}:{os.getpid()}"

    def _part(self, upload_id: str) -> Path:
        return self.config.uploads / f"{upload_id}.part"

    def _lease_end(self, seconds: float | None = None) -> str:
        return stamp(self.clock.now() + timedelta(seconds=seconds or self.config.finish_lease_seconds))

    # ----------------------------------------------------------------- quota
    def _check_disk(self, length: int) -> None:
        free = shutil.disk_usage(self.config.uploads).free
        if free - self.config.reserve_free_bytes < length:
            raise HubError(507, f"The hub's disk has {_size(free)} free: not enough for {_size(length)}.")

    def _reserve(self, conn: Any, length: int) -> None:
        """Reserves `length` bytes in one conditional update: two uploads created at once on any nodes cannot both
        fit into the last free space of the quota."""
        quota = self.config.storage_quota_bytes
        statement = update(db.storage).where(db.storage.c.id == 1)
        if quota:
            statement = statement.where(db.storage.c.stored + db.storage.c.reserved + length <= quota)
        if conn.execute(statement.values(reserved=db.storage.c.reserved + length)).rowcount != 1:
            raise HubError(
                507,
                f"The hub's storage quota ({quota // 2**20} MiB) is full: this file ({length // 2**20} MiB) "
                "cannot be accepted until space is freed.",
            )

    def _release(self, conn: Any, upload_id: str) -> int:
        """Gives back what an upload reserved (once, whoever asks first); returns the bytes released."""
        held = conn.execute(select(db.uploads.c.reserved).where(db.uploads.c.id == upload_id)).scalar_one_or_none()
        if not held:
            return 0
        took = conn.execute(
            update(db.uploads).where(db.uploads.c.id == upload_id, db.uploads.c.reserved == held).values(reserved=0)
        )
        if took.rowcount != 1:
            return 0
        conn.execute(update(db.storage).where(db.storage.c.id == 1).values(reserved=db.storage.c.reserved - held))
        return int(held)

    # ----------------------------------------------------------------- creating and reading
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
            reserved = 0
            if not ours:
                self._check_disk(length)
                if not held(conn, [digest]):
                    self._reserve(conn, length)
                    reserved = length
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
                    reserved=reserved,
                )
            )
        if not ours:
            self._part(upload_id).touch()
        return self.get(who, upload_id)

    def _row(self, upload_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(db.uploads).where(db.uploads.c.id == upload_id)).mappings().first()
        return dict(row) if row is not None else None

    def get(self, who: Principal, upload_id: str) -> dict[str, Any]:
        """The upload as the hub knows it. One with every byte received but not yet stored (its node died while
        checking it) is claimed and finished in the background: the answer says `finishing` until it is done."""
        row = self._row(upload_id)
        if row is None or row["state"] == "ended":
            raise HubError(404, f"There is no upload {upload_id}.")
        if row["owner"] != who.username and who.role != "admin":
            raise HubError(403, f"Upload {upload_id} belongs to another user.")
        if row["state"] == "open" and db.parse_time(row["expires_at"]) < self.clock.now():
            raise HubError(410, f"Upload {upload_id} expired; create a new one (the file has not been lost).")
        if self._stranded(row) and upload_id not in self._busy:
            claim = self._claim(upload_id)
            if claim is not None:
                threading.Thread(
                    target=self._finish_quietly, args=(who.username, upload_id, claim), daemon=True
                ).start()
                row = self._row(upload_id) or row
        return row

    def _stranded(self, row: dict[str, Any]) -> bool:
        """Every byte received, not stored, and nobody checking it (no claim, or a claim whose lease lapsed)."""
        if row["state"] not in OPEN_STATES or row["received"] != row["length"]:
            return False
        return row["state"] == "open" or (row["claimed_until"] or "") < self.clock.stamp()

    def _claim(self, upload_id: str) -> str | None:
        """Claims a fully received upload for checking; None if another process holds a live claim or it is done."""
        token = f"{self.me}:{secrets.token_hex(4)}"
        now = self.clock.stamp()
        with self.engine.begin() as conn:
            took = conn.execute(
                update(db.uploads)
                .where(
                    db.uploads.c.id == upload_id,
                    db.uploads.c.received == db.uploads.c.length,
                    (db.uploads.c.state == "open")
                    | ((db.uploads.c.state == "finishing") & (db.uploads.c.claimed_until < now)),
                )
                .values(state="finishing", claim=token, claimed_until=self._lease_end())
            )
        return token if took.rowcount == 1 else None

    # ----------------------------------------------------------------- receiving
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
            if row["state"] in ("done", "finishing"):
                return row
            if row["reserved"] < row["length"] and not self._stored(row["sha256"]):
                raise HubError(507, "This upload no longer holds its place in the hub's storage quota: start again.")
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
            last = new == row["length"]
            token = f"{self.me}:{secrets.token_hex(4)}" if last else None
            values: dict[str, Any] = {"received": new}
            if last:  # the offset and the claim to check the file, in one update: no moment when neither holds
                values.update(state="finishing", claim=token, claimed_until=self._lease_end())
            with self.engine.begin() as conn:
                moved = conn.execute(
                    update(db.uploads)
                    .where(db.uploads.c.id == upload_id, db.uploads.c.received == offset, db.uploads.c.state == "open")
                    .values(**values)
                )
            if moved.rowcount != 1:
                raise HubError(409, f"Upload {upload_id} moved on while this chunk was written.")
            metrics.UPLOAD_BYTES.inc(written)
            row.update(values)
            if last and token is not None:
                failpoint("before-finish")
                row = await anyio.to_thread.run_sync(self._finish, who.username, upload_id, token)
            return row
        finally:
            self._busy.discard(upload_id)

    def _stored(self, digest: str) -> bool:
        with self.engine.connect() as conn:
            return bool(held(conn, [digest]))

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

    # ----------------------------------------------------------------- finishing
    def _renew(self, upload_id: str, claim: str) -> bool:
        with self.engine.begin() as conn:
            kept = conn.execute(
                update(db.uploads)
                .where(db.uploads.c.id == upload_id, db.uploads.c.claim == claim, db.uploads.c.state == "finishing")
                .values(claimed_until=self._lease_end())
            )
        return kept.rowcount == 1

    def _finish_quietly(self, actor: str, upload_id: str, claim: str) -> None:
        try:
            self._finish(actor, upload_id, claim)
        except Exception:  # a background finish that fails leaves the claim to lapse; the next look retries
            log.exception("finishing upload %s failed; it will be retried when its claim lapses", upload_id)

    def _finish(self, actor: str, upload_id: str, claim: str) -> dict[str, Any]:
        """Checks a fully received upload under `claim` and stores it (or refuses it). Idempotent: a lost claim
        or a part another process already stored ends quietly with the upload as the database has it."""
        row = self._row(upload_id)
        assert row is not None
        part = self._part(upload_id)
        hasher = hashlib.sha256()
        since_renewal = 0
        try:
            with open(part, "rb") as handle:
                while block := handle.read(4 * 1024 * 1024):
                    hasher.update(block)
                    since_renewal += len(block)
                    if since_renewal >= RENEW_EVERY:
                        since_renewal = 0
                        if not self._renew(upload_id, claim):
                            return self._row(upload_id) or row
        except FileNotFoundError:  # another process finished it and moved the part into the store
            return self._row(upload_id) or row
        actual = hasher.hexdigest()
        if actual != row["sha256"]:
            problem = f"the file received has SHA-256 {actual}; the manifest says {row['sha256']}"
            with self.engine.begin() as conn:
                took = conn.execute(
                    update(db.uploads)
                    .where(db.uploads.c.id == upload_id, db.uploads.c.claim == claim)
                    .values(state="refused")
                )
                if took.rowcount != 1:
                    return self._row(upload_id) or row
                self._release(conn, upload_id)
                conn.execute(
                    update(db.submission_blobs)
                    .where(
                        db.submission_blobs.c.submission_id == row["submission_id"],
                        db.submission_blobs.c.sha256 == row["sha256"],
                    )
                    .values(problem=problem)
                )
            part.unlink(missing_ok=True)
            metrics.FINISHED.labels("refused").inc()
            self.audit.record(actor, "PATCH", f"/files/{upload_id}", 422, problem)
            return self._row(upload_id) or row
        if not self._renew(upload_id, claim):
            return self._row(upload_id) or row
        self.blobs.adopt(part, actual)  # fsynced, read-only, renamed; a copy already stored is kept, the part dropped
        force = self._force_of(row["submission_id"])
        now = self.clock.stamp()
        with self.engine.begin() as conn:
            try:
                with conn.begin_nested():
                    conn.execute(insert(db.blobs).values(sha256=actual, size=row["length"], stored_at=now))
                conn.execute(
                    update(db.storage).where(db.storage.c.id == 1).values(stored=db.storage.c.stored + row["length"])
                )
            except IntegrityError:
                pass  # stored before (another upload of the same bytes): counted then
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
            done = conn.execute(
                update(db.uploads)
                .where(db.uploads.c.id == upload_id, db.uploads.c.state == "finishing")
                .values(state="done", claim=None, claimed_until=None)
            )
            self._release(conn, upload_id)
            conn.execute(
                update(db.submission_blobs)
                .where(
                    db.submission_blobs.c.submission_id == row["submission_id"], db.submission_blobs.c.sha256 == actual
                )
                .values(problem="")
            )
        if done.rowcount == 1:
            metrics.FINISHED.labels("stored").inc()
            self.audit.record(actor, "PATCH", f"/files/{upload_id}", 204, f"stored {actual} ({row['length']} bytes)")
        return self._row(upload_id) or row

    def settle(self, actor: str, upload_id: str, *, wait: float | None = None) -> dict[str, Any] | None:
        """Finishes a fully received upload now if nobody is checking it; with `wait`, waits up to that many
        seconds for another process's check (reclaiming it when its lease lapses). Returns the upload."""
        deadline = self.clock.now() + timedelta(seconds=wait or 0)
        while True:
            row = self._row(upload_id)
            if row is None or row["state"] not in OPEN_STATES or row["received"] != row["length"]:
                return row
            if self._stranded(row):
                claim = self._claim(upload_id)
                if claim is not None:
                    return self._finish(actor, upload_id, claim)
            if wait is None or self.clock.now() >= deadline:
                return row
            threading.Event().wait(0.2)

    def settle_submission(self, actor: str, submission_id: str) -> None:
        """Before a receipt: every upload of the submission that has all its bytes is stored first, so a receipt
        never says "not received" for a file the hub holds."""
        with self.engine.connect() as conn:
            ids = [
                r.id
                for r in conn.execute(
                    select(db.uploads.c.id).where(
                        db.uploads.c.submission_id == submission_id,
                        db.uploads.c.state.in_(OPEN_STATES),
                        db.uploads.c.received == db.uploads.c.length,
                    )
                )
            ]
        for upload_id in ids:
            self.settle(actor, upload_id, wait=2 * self.config.finish_lease_seconds)

    def _force_of(self, submission_id: str) -> str:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(db.submissions.c.force_code).where(db.submissions.c.id == submission_id)
            ).first()
        if found is None:
            raise HubError(404, f"There is no submission {submission_id}.")
        return str(found[0])

    # ----------------------------------------------------------------- ending
    def terminate(self, who: Principal, upload_id: str) -> None:
        row = self.get(who, upload_id)
        with self.engine.begin() as conn:
            conn.execute(
                update(db.uploads)
                .where(db.uploads.c.id == upload_id, db.uploads.c.state == "open")
                .values(state="ended")
            )
            self._release(conn, upload_id)
        if row["state"] == "open":
            self._part(upload_id).unlink(missing_ok=True)

    def expire(self) -> int:
        """Ends uploads past their expiry that are not complete, gives back their quota and removes their partial
        files; returns how many."""
        return self.sweep_expired()[0]

    def sweep_expired(self) -> tuple[int, int]:
        """(uploads ended, bytes of quota released)."""
        now = self.clock.now()
        released = 0
        with self.engine.begin() as conn:
            rows = conn.execute(
                select(db.uploads.c.id, db.uploads.c.expires_at, db.uploads.c.received, db.uploads.c.length).where(
                    db.uploads.c.state == "open"
                )
            ).all()
            gone = [r.id for r in rows if db.parse_time(r.expires_at) < now and r.received < r.length]
            if gone:
                conn.execute(
                    update(db.uploads)
                    .where(db.uploads.c.id.in_(gone), db.uploads.c.state == "open")
                    .values(state="ended")
                )
                for upload_id in gone:
                    released += self._release(conn, upload_id)
        for upload_id in gone:
            self._part(upload_id).unlink(missing_ok=True)
        return len(gone), released

    def stranded(self) -> list[str]:
        """Uploads with every byte received and nobody checking them."""
        with self.engine.connect() as conn:
            rows = (
                conn.execute(
                    select(db.uploads).where(
                        db.uploads.c.state.in_(OPEN_STATES), db.uploads.c.received == db.uploads.c.length
                    )
                )
                .mappings()
                .all()
            )
        return [r["id"] for r in rows if self._stranded(dict(r))]
