"""The hub's store of received files: one copy per SHA-256, written once and read-only with the evidence vault's
rules (the file fsynced, renamed into place, its folder fsynced: `Vault.adopt`), laid out as `blobs/<ab>/<digest>`
as hubs always have been. Also: which force's own uploads brought a file — the only thing that spares a re-upload,
lends a receipt or allows a download."""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine, select

from casebridge.hub import db
from casebridge.hub.auth import Principal
from casebridge.hub.errors import HubError
from casebridge.vault.store import Vault, VaultError


class BlobStore(Protocol):
    """What the hub needs of the place files are kept. `HubBlobs` is the shared-folder implementation (a local disk
    for one node; NFS, SMB or CephFS mounted on every node). docs/api/README.md says what an S3-compatible object
    store would have to guarantee to stand in for it."""

    def path(self, digest: str) -> Path:
        """Where a stored file can be read (the recogniser and downloads read it)."""
        ...

    def adopt(self, part: Path, digest: str) -> bool:
        """Takes a checked, fully received upload in under its digest, written once and durably; False if a copy
        was already stored (the part is then dropped)."""
        ...

    def probe(self) -> None:
        """Raises OSError unless a file can be written, made durable, read back and removed."""
        ...

    def readable(self, who: Principal, digest: str) -> Path:
        """A stored file `who` may read (HubError 404 otherwise)."""
        ...


class HubBlobs(Vault):
    def __init__(self, root: Path, engine: Engine) -> None:
        super().__init__(root)
        self.temporary = root / "tmp"
        self.engine = engine

    def path(self, digest: str) -> Path:
        if len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
            raise VaultError(f"'{digest}' is not a SHA-256 digest.")
        return self.root / digest[:2] / digest

    def probe(self) -> None:
        """Writes, fsyncs, reads back and removes a small file where blobs are written (OSError if it cannot)."""
        self.temporary.mkdir(parents=True, exist_ok=True)
        probe = self.temporary / f"health-{os.getpid()}-{secrets.token_hex(4)}"
        try:
            with open(probe, "wb") as handle:
                handle.write(b"casebridge")
                handle.flush()
                os.fsync(handle.fileno())
            if probe.read_bytes() != b"casebridge":
                raise OSError(errno.EIO, "what was written reads back differently")
        finally:
            probe.unlink(missing_ok=True)

    def readable(self, who: Principal, digest: str) -> Path:
        """A file, for a user who may see a submission that lists it *and whose force sent its bytes*: listing a
        digest learnt elsewhere (another force's receipt, a log) lends no access to another force's file."""
        who.require("cps", "admin", "police")
        with self.engine.connect() as conn:
            urns = [
                r[0]
                for r in conn.execute(
                    select(db.submissions.c.urn)
                    .join(db.submission_blobs, db.submission_blobs.c.submission_id == db.submissions.c.id)
                    .join(
                        db.force_blobs,
                        (db.force_blobs.c.sha256 == db.submission_blobs.c.sha256)
                        & (db.force_blobs.c.force_code == db.submissions.c.force_code)
                        & (db.force_blobs.c.size == db.submission_blobs.c.size),
                    )
                    .where(db.submission_blobs.c.sha256 == digest)
                )
            ]
            held = conn.execute(select(db.blobs.c.sha256).where(db.blobs.c.sha256 == digest)).first()
        if held is None or not any(who.may_see(u) for u in urns):
            raise HubError(404, f"The hub holds no file {digest} you may read.")
        return self.path(digest)


def held(conn: Any, digests: Iterable[str]) -> set[str]:
    """Files in the blob store (whoever sent them): for storage only, never for access or receipts."""
    found: set[str] = set()
    digests = list(digests)
    for start in range(0, len(digests), 500):
        part = digests[start : start + 500]
        found.update(r[0] for r in conn.execute(select(db.blobs.c.sha256).where(db.blobs.c.sha256.in_(part))))
    return found


def held_by_force(conn: Any, force_code: str, sizes: dict[str, int]) -> set[str]:
    """Of `sizes` (digest -> size), the files this force's own uploads brought, at that size, still stored."""
    found: set[str] = set()
    digests = list(sizes)
    for start in range(0, len(digests), 500):
        part = digests[start : start + 500]
        rows = conn.execute(
            select(db.force_blobs.c.sha256, db.force_blobs.c.size)
            .join(db.blobs, db.blobs.c.sha256 == db.force_blobs.c.sha256)
            .where(db.force_blobs.c.force_code == force_code, db.force_blobs.c.sha256.in_(part))
        )
        found.update(r.sha256 for r in rows if r.size == sizes[r.sha256])
    return found
