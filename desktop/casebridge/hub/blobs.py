"""The hub's store of received files: one copy per SHA-256, written once and read-only with the evidence vault's
rules (the file fsynced, renamed into place, its folder fsynced: `Vault.adopt`), laid out as `blobs/<ab>/<digest>`
as hubs always have been. Also: which force's own uploads brought a file — the only thing that spares a re-upload,
lends a receipt or allows a download."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from casebridge.hub import db
from casebridge.hub.auth import Principal
from casebridge.hub.errors import HubError
from casebridge.vault.store import Vault, VaultError


class HubBlobs(Vault):
    def __init__(self, root: Path, engine: Engine) -> None:
        super().__init__(root)
        self.temporary = root / "tmp"
        self.engine = engine

    def path(self, digest: str) -> Path:
        if len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
            raise VaultError(f"'{digest}' is not a SHA-256 digest.")
        return self.root / digest[:2] / digest

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
