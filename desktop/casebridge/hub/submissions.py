"""Submissions on the hub: idempotent create (the signed manifest checked), what the hub still needs ("have"
only for this force's own files), the list a user may see, completion with the signed receipt item by item,
recognition of each file (cached per digest and claim) and the items a reviewer sees."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from casebridge.clock import Clock
from casebridge.exchange import protocol
from casebridge.exchange.canonical import canonical
from casebridge.exchange.keys import SignatureError, WorkstationKey, verify
from casebridge.exchange.package import PackageError, validate
from casebridge.hub import db, metrics
from casebridge.hub.audit import HubAudit
from casebridge.hub.auth import Principal
from casebridge.hub.blobs import BlobStore, held_by_force
from casebridge.hub.config import HubConfig
from casebridge.hub.errors import HubError
from casebridge.hub.recognise import claim_of, recognise


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


class Submissions:
    def __init__(
        self, config: HubConfig, engine: Engine, key: WorkstationKey, blobs: BlobStore, audit: HubAudit, clock: Clock
    ) -> None:
        self.config, self.engine, self.key = config, engine, key
        self.blobs, self.audit, self.clock = blobs, audit, clock
        # set by the hub: stores every fully received upload of a submission before its receipt is written
        self.settle: Callable[[str, str], None] | None = None

    def create(self, who: Principal, submission_id: str, body: protocol.SubmissionCreate) -> Any:
        who.require("police", "admin")
        manifest = body.manifest
        try:
            validate(manifest)
        except PackageError as exc:
            raise HubError(422, str(exc)) from None
        data = canonical(manifest)
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
                            created_at=self.clock.stamp(),
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
            self.audit.record(
                who.username, "PUT", f"/submissions/{submission_id}", 201, f"{urn}: {len(manifest['blobs'])} file(s)"
            )
        return self.state(who, submission_id), existing is None

    def get(self, who: Principal, submission_id: str) -> dict[str, Any]:
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
        row = self.get(who, submission_id)
        with self.engine.connect() as conn:
            wanted = conn.execute(
                select(db.submission_blobs.c.sha256, db.submission_blobs.c.size)
                .where(db.submission_blobs.c.submission_id == submission_id)
                .order_by(db.submission_blobs.c.sha256)
            ).all()
            held = held_by_force(conn, row["force_code"], {w.sha256: w.size for w in wanted})
        return protocol.SubmissionState(
            submission_id=submission_id,
            urn=row["urn"],
            state=row["state"],
            created_at=row["created_at"],
            have=[w.sha256 for w in wanted if w.sha256 in held],
            need=[protocol.BlobNeed(sha256=w.sha256, size=w.size) for w in wanted if w.sha256 not in held],
            manifest_sha256=row["manifest_sha256"],
        )

    def listing(self, who: Principal, urn: str | None = None) -> list[protocol.SubmissionSummary]:
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
        data: dict[str, Any] = json.loads(self.get(who, submission_id)["manifest"])
        return data

    def complete(self, who: Principal, submission_id: str) -> protocol.SignedReceipt:
        row = self.get(who, submission_id)
        if row["state"] == "complete" and row["receipt"]:
            return protocol.SignedReceipt.model_validate_json(row["receipt"])
        if who.role == "cps":
            raise HubError(403, "Only the submitter completes a submission.")
        if self.settle is not None:
            self.settle(who.username, submission_id)
        manifest = json.loads(row["manifest"])
        items = self._items(submission_id, manifest)
        receipt = protocol.Receipt(
            submission_id=submission_id,
            urn=row["urn"],
            manifest_sha256=row["manifest_sha256"],
            hub=self.config.name,
            issued_at=self.clock.stamp(),
            items=items,
        )
        signed = protocol.SignedReceipt(
            receipt=receipt,
            signature=protocol.Signature.model_validate(self.key.sign(canonical(receipt.model_dump()))),
        )
        with self.engine.begin() as conn:
            done = conn.execute(
                update(db.submissions)
                .where(db.submissions.c.id == submission_id, db.submissions.c.state == "open")
                .values(state="complete", completed_at=receipt.issued_at, receipt=signed.model_dump_json())
            )
        if done.rowcount == 0:  # completed by a parallel request: its receipt stands
            return protocol.SignedReceipt.model_validate_json(self.get(who, submission_id)["receipt"])
        metrics.RECEIPTS.inc()
        received = sum(1 for i in items if i.status == "received")
        self.audit.record(
            who.username,
            "POST",
            f"/submissions/{submission_id}/complete",
            200,
            f"receipt: {received} of {len(items)} item(s) received",
        )
        return signed

    def receipt(self, who: Principal, submission_id: str) -> protocol.SignedReceipt:
        row = self.get(who, submission_id)
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
            mine = held_by_force(conn, force, {digest: size for digest, (_p, size) in listed.items()})
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
        result = recognise(self.blobs.path(digest), claim)
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

    def items(self, who: Principal, submission_id: str) -> list[protocol.SubmissionItem]:
        """Each exhibit with its receipt line and the submission it first arrived in (so nobody asks twice)."""
        row = self.get(who, submission_id)
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
