"""The hub, free of HTTP: its configuration, database, receipt key and clock, and the services built on them —
`submissions` (manifests, state, receipts, review items), `uploads` (tus offsets, checksums, whole-file digest),
`blobs` (the write-once store), `feedback`, the token `issuer` (users and sign-in) and the `audit`. Built once per
hub process (this is the hub's composition root); each router in `api_*.py` and `tus.py` uses the one it needs and
turns `HubError` into a status and a sentence.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from casebridge import __version__
from casebridge.clock import SYSTEM_CLOCK, Clock, stamp
from casebridge.exchange import protocol
from casebridge.exchange.keys import WorkstationKey
from casebridge.hub import db, metrics
from casebridge.hub.audit import HubAudit
from casebridge.hub.auth import Issuer
from casebridge.hub.blobs import HubBlobs
from casebridge.hub.config import HubConfig
from casebridge.hub.errors import HubError
from casebridge.hub.feedback import Feedback
from casebridge.hub.submissions import Submissions, inbox_facts
from casebridge.hub.uploads import Uploads

__all__ = ["RECEIPT_KEY", "Hub", "HubError", "inbox_facts"]
RECEIPT_KEY = "hub-receipt-key.pem"
log = logging.getLogger("casebridge.hub")


class Hub:
    def __init__(self, config: HubConfig, clock: Clock = SYSTEM_CLOCK) -> None:
        self.config = config
        self.clock = clock
        config.data_dir.mkdir(parents=True, exist_ok=True)
        config.blobs.mkdir(parents=True, exist_ok=True)
        config.uploads.mkdir(parents=True, exist_ok=True)
        self.engine = db.connect(config.database)
        self.key = WorkstationKey.load_or_create(config.data_dir, RECEIPT_KEY)
        self.issuer = Issuer(config, self.engine, self.key)
        self.audit = HubAudit(self.engine, clock)
        self.blobs = HubBlobs(config.blobs, self.engine)
        self.submissions = Submissions(config, self.engine, self.key, self.blobs, self.audit, clock)
        self.uploads = Uploads(config, self.engine, self.blobs, self.submissions, self.audit, clock)
        self.submissions.settle = self.uploads.settle_submission
        self.feedback = Feedback(config, self.engine, self.key, self.audit, clock)
        self.sweeps = 0

    def info(self) -> protocol.HubInfo:
        return protocol.HubInfo(
            name=self.config.name,
            software=f"Casebridge hub {__version__}",
            key_id=self.key.id,
            public_key=self.key.sign(b"")["public_key"],
            tus_endpoint=protocol.TUS_PATH + "/",
            chunk_size=self.config.chunk_size,
            max_file_size=self.config.max_file_size,
        )

    def record(self, actor: str, method: str, path: str, status: int, detail: str = "") -> None:
        self.audit.record(actor, method, path, status, detail)

    def expire(self) -> int:
        """Ends uploads past their expiry and removes their partial files; returns how many."""
        return self.uploads.expire()

    def sweep(self) -> dict[str, int] | None:
        """The sweeper, on whichever node holds its lease (None elsewhere): ends expired uploads and gives back their
        quota, finishes uploads stranded by a node that died while checking them, and logs what it did."""
        if not self._lease("sweeper", self.config.sweep_seconds * 1.5):  # renewed each run; lapses if the holder dies
            return None
        ended, released = self.uploads.sweep_expired()
        finished = 0
        for upload_id in self.uploads.stranded():
            row = self.uploads.settle("hub sweeper", upload_id)
            finished += bool(row and row["state"] in ("done", "refused"))
        with self.engine.connect() as conn:
            storage = conn.execute(select(db.storage)).mappings().first() or {"stored": 0, "reserved": 0}
        figures = {
            "expired": ended,
            "released_bytes": released,
            "finished": finished,
            "stored_bytes": int(storage["stored"]),
            "reserved_bytes": int(storage["reserved"]),
        }
        self.sweeps += 1
        metrics.SWEEPS.inc()
        log.info(
            "sweep: %(expired)d expired upload(s) ended, %(released_bytes)d bytes of quota released, %(finished)d "
            "stranded upload(s) finished; storage %(stored_bytes)d stored + %(reserved_bytes)d reserved bytes",
            figures,
        )
        return figures

    def _lease(self, name: str, seconds: float) -> bool:
        """Holds `name` for `seconds` if nobody else holds it (one atomic update or insert)."""
        now = self.clock.now()
        until = stamp(now + timedelta(seconds=seconds))
        with self.engine.begin() as conn:
            took = conn.execute(
                update(db.leases)
                .where(db.leases.c.name == name)
                .where((db.leases.c.until < stamp(now)) | (db.leases.c.holder == self.uploads.me))
                .values(holder=self.uploads.me, until=until)
            )
            if took.rowcount == 1:
                return True
            try:
                with conn.begin_nested():
                    conn.execute(insert(db.leases).values(name=name, holder=self.uploads.me, until=until))
            except IntegrityError:
                return False
        return True
