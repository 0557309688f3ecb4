"""What the hub does, free of HTTP: submissions (idempotent create, have/need, complete, signed receipt), the
tus uploads behind them (offsets, per-chunk checksums, whole-file digest, storage by digest), recognition and the
hub's audit. Routes in `app.py` and `tus.py` translate `HubError` into a status and a sentence.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
import shutil
import uuid
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio.to_thread
from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from casebridge import __version__
from casebridge.exchange import protocol
from casebridge.exchange.feedback_schema import validate_feedback
from casebridge.exchange.keys import SignatureError, WorkstationKey, verify
from casebridge.exchange.package import PackageError, validate
from casebridge.hub import db
from casebridge.hub.auth import Issuer, Principal
from casebridge.hub.config import HubConfig
from casebridge.hub.recognise import claim_of, recognise

RECEIPT_KEY = "hub-receipt-key.pem"


def inbox_facts(manifest: dict[str, Any]) -> dict[str, Any]:
    """What a reviewer's inbox shows and filters on, read from the manifest once."""
    case_file = manifest.get("case_file") or {}
    category = ""
    for item in case_file.get("items", []):
        if item.get("kind") == "charging" and item.get("category"):
            category = str(item["category"])[:20]
    expiries = [
        str(details["custody_expiry"])
        for details in (case_file.get("person_details") or {}).values()
        if isinstance(details, dict) and details.get("custody_expiry")
    ]
    return {
        "title": str(manifest["case"].get("title") or "")[:200],
        "category": category,
        "custody_expiry": min(expiries) if expiries else None,
        "answers": json.dumps(manifest.get("answers", [])),
        "review_state": "new",
    }


class HubError(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


class Hub:
    def __init__(self, config: HubConfig) -> None:
        self.config = config
        config.data_dir.mkdir(parents=True, exist_ok=True)
        config.blobs.mkdir(parents=True, exist_ok=True)
        config.uploads.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = db.connect(config.database)
        self.key = WorkstationKey.load_or_create(config.data_dir, RECEIPT_KEY)
        self.issuer = Issuer(config, self.engine, self.key)
        self._busy: set[str] = set()  # uploads receiving a PATCH in this process (one event loop)

    # ---------------------------------------------------------------- information
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
        with self.engine.begin() as conn:
            conn.execute(
                insert(db.audit).values(
                    at=db.utc_now(),
                    actor=actor[:120],
                    method=method[:8],
                    path=path[:400],
                    status=status,
                    detail=detail[:2000],
                )
            )

    # ---------------------------------------------------------------- submissions
    def create_submission(self, who: Principal, submission_id: str, body: protocol.SubmissionCreate) -> Any:
        who.require("police", "admin")
        manifest = body.manifest
        try:
            validate(manifest)
        except PackageError as exc:
            raise HubError(422, str(exc)) from None
        data = protocol.canonical(manifest)
        signature = body.signature.model_dump()
        try:
            signer = verify(data, signature)
        except SignatureError as exc:
            raise HubError(422, f"The manifest's signature was refused: {exc}") from None
        if signer != manifest["sender"]["workstation_key"]:
            raise HubError(422, "The manifest is signed by a different workstation from the one it names.")
        urn = manifest["urn"]
        if not who.may_see(urn):
            raise HubError(403, f"{who.username} submits for force {who.force_code}; {urn} belongs to force {urn[:2]}.")
        digest = hashlib.sha256(data).hexdigest()
        with self.engine.begin() as conn:
            existing = (
                conn.execute(select(db.submissions).where(db.submissions.c.id == submission_id)).mappings().first()
            )
            if existing is not None:
                if existing["manifest_sha256"] != digest or existing["submitter"] != who.username:
                    raise HubError(
                        409, f"Submission {submission_id} already exists with a different manifest or sender."
                    )
            else:
                try:
                    conn.execute(
                        insert(db.submissions).values(
                            id=submission_id,
                            urn=urn,
                            force_code=urn[:2],
                            submitter=who.username,
                            manifest=data.decode("utf-8"),
                            manifest_sha256=digest,
                            signature=json.dumps(signature, sort_keys=True),
                            signer=signer,
                            state="open",
                            created_at=db.utc_now(),
                            **inbox_facts(manifest),
                        )
                    )
                    conn.execute(
                        insert(db.submission_blobs),
                        [
                            {"submission_id": submission_id, "sha256": b["sha256"], "size": b["size"], "problem": ""}
                            for b in manifest["blobs"]
                        ],
                    )
                except IntegrityError:
                    raise HubError(409, f"Submission {submission_id} is being created by another request.") from None
        if existing is None:
            self.record(
                who.username, "PUT", f"/submissions/{submission_id}", 201, f"{urn}: {len(manifest['blobs'])} file(s)"
            )
        return self.state(who, submission_id), existing is None

    def _submission(self, who: Principal, submission_id: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(db.submissions).where(db.submissions.c.id == submission_id)).mappings().first()
        if row is None:
            raise HubError(404, f"There is no submission {submission_id}.")
        if not who.may_see(row["urn"]):
            raise HubError(403, f"Submission {submission_id} belongs to force {row['force_code']}.")
        return dict(row)

    def state(self, who: Principal, submission_id: str) -> protocol.SubmissionState:
        """What the hub still needs. "have" only for files the submission's own force has sent (same size): a copy
        another force sent is never offered, so the answer is no oracle and lends no receipt."""
        row = self._submission(who, submission_id)
        with self.engine.connect() as conn:
            wanted = conn.execute(
                select(db.submission_blobs.c.sha256, db.submission_blobs.c.size)
                .where(db.submission_blobs.c.submission_id == submission_id)
                .order_by(db.submission_blobs.c.sha256)
            ).all()
            held = self._held_by_force(conn, row["force_code"], {w.sha256: w.size for w in wanted})
        return protocol.SubmissionState(
            submission_id=submission_id,
            urn=row["urn"],
            state=row["state"],
            created_at=row["created_at"],
            have=[w.sha256 for w in wanted if w.sha256 in held],
            need=[protocol.BlobNeed(sha256=w.sha256, size=w.size) for w in wanted if w.sha256 not in held],
            manifest_sha256=row["manifest_sha256"],
        )

    @staticmethod
    def _held(conn: Any, digests: Iterable[str]) -> set[str]:
        """Files in the blob store (whoever sent them): for storage only, never for access or receipts."""
        found: set[str] = set()
        digests = list(digests)
        for start in range(0, len(digests), 500):
            part = digests[start : start + 500]
            found.update(r[0] for r in conn.execute(select(db.blobs.c.sha256).where(db.blobs.c.sha256.in_(part))))
        return found

    @staticmethod
    def _held_by_force(conn: Any, force_code: str, sizes: dict[str, int]) -> set[str]:
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

    def submissions(self, who: Principal, urn: str | None = None) -> list[protocol.SubmissionSummary]:
        query = select(db.submissions).order_by(db.submissions.c.created_at.desc())
        if urn:
            if not who.may_see(urn):
                raise HubError(403, f"{urn} belongs to force {urn[:2]}; {who.username} is in force {who.force_code}.")
            query = query.where(db.submissions.c.urn == urn)
        elif who.role == "police":
            query = query.where(db.submissions.c.force_code == who.force_code)
        elif who.role == "cps" and who.forces:
            query = query.where(db.submissions.c.force_code.in_(sorted(who.forces)))
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(1000)).mappings().all()
        return [
            protocol.SubmissionSummary(
                submission_id=r["id"],
                urn=r["urn"],
                submitter=r["submitter"],
                force_code=r["force_code"],
                state=r["state"],
                created_at=r["created_at"],
                completed_at=r["completed_at"],
                title=r["title"] or "",
                category=r["category"] or "",
                custody_expiry=r["custody_expiry"],
                review_state=r["review_state"] or "new",
                answers=len(json.loads(r["answers"] or "[]")),
            )
            for r in rows
        ]

    def manifest(self, who: Principal, submission_id: str) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self._submission(who, submission_id)["manifest"])
        return data

    def complete(self, who: Principal, submission_id: str) -> protocol.SignedReceipt:
        row = self._submission(who, submission_id)
        if row["state"] == "complete" and row["receipt"]:
            return protocol.SignedReceipt.model_validate_json(row["receipt"])
        if who.role == "cps":
            raise HubError(403, "Only the submitter completes a submission.")
        manifest = json.loads(row["manifest"])
        items = self._items(submission_id, manifest)
        receipt = protocol.Receipt(
            submission_id=submission_id,
            urn=row["urn"],
            manifest_sha256=row["manifest_sha256"],
            hub=self.config.name,
            issued_at=db.utc_now(),
            items=items,
        )
        signed = protocol.SignedReceipt(
            receipt=receipt,
            signature=protocol.Signature.model_validate(self.key.sign(protocol.canonical(receipt.model_dump()))),
        )
        with self.engine.begin() as conn:
            done = conn.execute(
                update(db.submissions)
                .where(db.submissions.c.id == submission_id, db.submissions.c.state == "open")
                .values(state="complete", completed_at=receipt.issued_at, receipt=signed.model_dump_json())
            )
        if done.rowcount == 0:  # completed by a parallel request: its receipt stands
            return protocol.SignedReceipt.model_validate_json(self._submission(who, submission_id)["receipt"])
        received = sum(1 for i in items if i.status == "received")
        self.record(
            who.username,
            "POST",
            f"/submissions/{submission_id}/complete",
            200,
            f"receipt: {received} of {len(items)} item(s) received",
        )
        return signed

    def receipt(self, who: Principal, submission_id: str) -> protocol.SignedReceipt:
        row = self._submission(who, submission_id)
        if not row["receipt"]:
            raise HubError(404, f"Submission {submission_id} is not complete yet: no receipt.")
        return protocol.SignedReceipt.model_validate_json(row["receipt"])

    def _items(self, submission_id: str, manifest: dict[str, Any]) -> list[protocol.ReceiptItem]:
        """One line per exhibit. "received" only for bytes this submission's force sent and the hub hashed."""
        force = str(manifest["urn"])[:2]
        with self.engine.connect() as conn:
            listed = {
                r.sha256: (r.problem, r.size)
                for r in conn.execute(
                    select(db.submission_blobs).where(db.submission_blobs.c.submission_id == submission_id)
                )
            }
            problems = {digest: problem for digest, (problem, _size) in listed.items()}
            mine = self._held_by_force(conn, force, {digest: size for digest, (_p, size) in listed.items()})
            stored: dict[str, str] = {}
            ordered = sorted(mine)
            for start in range(0, len(ordered), 500):
                part = ordered[start : start + 500]
                stored.update(
                    (r.sha256, r.stored_at)
                    for r in conn.execute(
                        select(db.force_blobs).where(
                            db.force_blobs.c.force_code == force, db.force_blobs.c.sha256.in_(part)
                        )
                    )
                )
        items = []
        for exhibit in manifest["exhibits"]:
            digest = exhibit["sha256"]
            base = {"reference": exhibit["reference"], "sha256": digest, "size": exhibit["size"]}
            if digest in stored:
                found = self.recognition(digest, claim_of(exhibit))
                items.append(
                    protocol.ReceiptItem(
                        **base,
                        status="received" if found[0] else "refused",
                        received_at=stored[digest],
                        recognised_type=found[1],
                        reason=found[2],
                    )
                )
            elif problems.get(digest):
                items.append(protocol.ReceiptItem(**base, status="refused", reason=problems[digest]))
            else:
                items.append(
                    protocol.ReceiptItem(
                        **base,
                        status="not_received",
                        reason="the file was not uploaded before the submission was completed",
                    )
                )
        return items

    def recognition(self, digest: str, claim: str) -> tuple[bool, str, str]:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(db.recognitions).where(db.recognitions.c.sha256 == digest, db.recognitions.c.claimed == claim)
            ).first()
        if row is not None:
            return row.ok, row.recognised_type, row.reason
        result = recognise(self.blob_path(digest), claim)
        with contextlib.suppress(IntegrityError), self.engine.begin() as conn:
            conn.execute(
                insert(db.recognitions).values(
                    sha256=digest,
                    claimed=claim,
                    ok=result.ok,
                    recognised_type=result.recognised_type,
                    reason=result.reason,
                )
            )
        return result.ok, result.recognised_type, result.reason

    # ---------------------------------------------------------------- the review loop
    def items(self, who: Principal, submission_id: str) -> list[protocol.SubmissionItem]:
        """Each exhibit with its receipt line and the submission it first arrived in (so nobody asks twice)."""
        row = self._submission(who, submission_id)
        manifest = json.loads(row["manifest"])
        receipt = json.loads(row["receipt"])["receipt"] if row["receipt"] else None
        lines = {i["reference"]: i for i in receipt["items"]} if receipt else {}
        digests = [e["sha256"] for e in manifest["exhibits"]]
        with self.engine.connect() as conn:
            earlier = conn.execute(
                select(db.submission_blobs.c.sha256, db.submissions.c.id, db.submissions.c.created_at)
                .join(db.submissions, db.submissions.c.id == db.submission_blobs.c.submission_id)
                .where(
                    db.submission_blobs.c.sha256.in_(digests),
                    db.submissions.c.urn == row["urn"],
                    db.submissions.c.state == "complete",
                )
                .order_by(db.submissions.c.created_at)
            ).all()
        first: dict[str, tuple[str, str]] = {}
        for digest, other, created in earlier:
            first.setdefault(digest, (other, created))
        answers: dict[str, list[str]] = {}
        for answer in manifest.get("answers", []):
            for reference in answer["exhibits"]:
                answers.setdefault(reference, []).append(answer["request"])
        result = []
        for exhibit in manifest["exhibits"]:
            line = lines.get(exhibit["reference"], {})
            before = first.get(exhibit["sha256"])
            result.append(
                protocol.SubmissionItem(
                    reference=exhibit["reference"],
                    sha256=exhibit["sha256"],
                    size=exhibit["size"],
                    media_type=exhibit["media_type"],
                    description=exhibit.get("description") or "",
                    status=line.get("status", "pending"),
                    recognised_type=line.get("recognised_type"),
                    first_received=before[0] if before and before[0] != submission_id else None,
                    first_received_at=before[1] if before and before[0] != submission_id else None,
                    answers=answers.get(exhibit["reference"], []),
                )
            )
        return result

    def post_feedback(self, who: Principal, urn: str, body: dict[str, Any]) -> protocol.SignedFeedback:
        who.require("cps", "admin")
        try:
            validate_feedback(body)
        except PackageError as exc:
            raise HubError(422, str(exc)) from None
        if body["urn"] != urn:
            raise HubError(422, f"The feedback is about {body['urn']}, not {urn}.")
        if not who.may_see(urn):
            raise HubError(403, f"{urn} is not in {who.username}'s area.")
        submission_id = body.get("submission_id")
        with self.engine.connect() as conn:
            known = conn.execute(select(db.submissions.c.id).where(db.submissions.c.urn == urn).limit(1)).first()
            if known is None:
                raise HubError(404, f"No submission of {urn} has reached this hub.")
            if (
                submission_id
                and conn.execute(
                    select(db.submissions.c.id).where(db.submissions.c.id == submission_id, db.submissions.c.urn == urn)
                ).first()
                is None
            ):
                raise HubError(404, f"Submission {submission_id} is not a submission of {urn}.")
        feedback_id = str(uuid.uuid4())
        content = {
            **body,
            "id": feedback_id,
            "author": who.username,
            "issued_at": db.utc_now(),
            "hub": self.config.name,
        }
        signed = protocol.SignedFeedback(
            feedback=content, signature=protocol.Signature.model_validate(self.key.sign(protocol.canonical(content)))
        )
        state = {
            "review": "in_review",
            "request": "needs_action",
            "action_plan": "needs_action",
            "decision": "decided",
            "rejection": "rejected",
        }[body["kind"]]
        with self.engine.begin() as conn:
            conn.execute(
                insert(db.feedback).values(
                    id=feedback_id,
                    urn=urn,
                    force_code=urn[:2],
                    submission_id=submission_id,
                    author=who.username,
                    kind=body["kind"],
                    created_at=content["issued_at"],
                    signed=signed.model_dump_json(),
                )
            )
            target = db.submissions.c.id == submission_id if submission_id else db.submissions.c.urn == urn
            conn.execute(update(db.submissions).where(target).values(review_state=state))
        self.record(who.username, "POST", f"/cases/{urn}/feedback", 201, f"{body['kind']} {feedback_id}")
        return signed

    def feedback_for(
        self, who: Principal, urn: str | None = None, since: str | None = None
    ) -> list[protocol.SignedFeedback]:
        query = select(db.feedback.c.signed).order_by(db.feedback.c.created_at)
        if urn:
            if not who.may_see(urn):
                raise HubError(403, f"{urn} belongs to force {urn[:2]}; {who.username} may not read it.")
            query = query.where(db.feedback.c.urn == urn)
        elif who.role == "police":
            query = query.where(db.feedback.c.force_code == who.force_code)
        elif who.role == "cps" and who.forces:
            query = query.where(db.feedback.c.force_code.in_(sorted(who.forces)))
        if since:
            query = query.where(db.feedback.c.created_at > since)
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(5000)).all()
        return [protocol.SignedFeedback.model_validate_json(r[0]) for r in rows]

    # ---------------------------------------------------------------- blobs
    def blob_path(self, digest: str) -> Path:
        return self.config.blobs / digest[:2] / digest

    def blob_for(self, who: Principal, digest: str) -> Path:
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
        return self.blob_path(digest)

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

    def create_upload(self, who: Principal, length: int, metadata: dict[str, str]) -> dict[str, Any]:
        who.require("police", "admin")
        digest, submission_id = metadata.get("sha256", ""), metadata.get("submission", "")
        if len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
            raise HubError(400, "Upload-Metadata must name the file's sha256 (64 lower-case hex digits).")
        if length > self.config.max_file_size:
            raise HubError(
                413, f"The file is {length} bytes; this hub accepts files up to {self.config.max_file_size}."
            )
        submission = self._submission(who, submission_id)
        if submission["state"] != "open":
            raise HubError(409, f"Submission {submission_id} is complete: start a new submission to send more.")
        now = datetime.now(UTC)
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
            held = bool(self._held_by_force(conn, submission["force_code"], {digest: length}))
            if not held and not self._held(conn, [digest]):
                self._check_space(conn, length)
            conn.execute(
                insert(db.uploads).values(
                    id=upload_id,
                    sha256=digest,
                    length=length,
                    received=length if held else 0,
                    submission_id=submission_id,
                    owner=who.username,
                    created_at=db.utc_now(),
                    expires_at=(now + timedelta(hours=self.config.upload_expiry_hours)).isoformat(),
                    state="done" if held else "open",
                )
            )
        if not held:
            self._part(upload_id).touch()
        return self.upload(who, upload_id)

    def upload(self, who: Principal, upload_id: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(db.uploads).where(db.uploads.c.id == upload_id)).mappings().first()
        if row is None or row["state"] == "ended":
            raise HubError(404, f"There is no upload {upload_id}.")
        if row["owner"] != who.username and who.role != "admin":
            raise HubError(403, f"Upload {upload_id} belongs to another user.")
        if row["state"] == "open" and db.parse_time(row["expires_at"]) < datetime.now(UTC):
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
            row = self.upload(who, upload_id)
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
            self.record(who.username, "PATCH", f"/files/{row['id']}", 422, problem)
            row["state"] = "refused"
            return row
        target = self.blob_path(actual)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            part.unlink(missing_ok=True)  # another client stored the same file first: one copy is kept
        else:
            os.chmod(part, 0o444)
            os.replace(part, target)
        force = self._force_of(row["submission_id"])
        now = db.utc_now()
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
        self.record(who.username, "PATCH", f"/files/{row['id']}", 204, f"stored {actual} ({row['length']} bytes)")
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
        row = self.upload(who, upload_id)
        with self.engine.begin() as conn:
            conn.execute(update(db.uploads).where(db.uploads.c.id == upload_id).values(state="ended"))
        if row["state"] == "open":
            self._part(upload_id).unlink(missing_ok=True)

    def expire(self) -> int:
        """Ends uploads past their expiry and removes their partial files; returns how many."""
        now = datetime.now(UTC)
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
