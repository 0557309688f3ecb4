"""The outbox: submissions waiting for, or in, transfer to the hub, with each file's upload address and the byte
offset reached, and the signed receipt once it arrives. Progress is written after every acknowledged chunk, so a
kill -9 or a power cut loses at most the chunk in flight."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from casebridge.errors import NotFoundError
from casebridge.store.base import Store
from casebridge.store.db import transaction
from casebridge.store.models import CaseRow, OutboxItemRow, OutboxSubmissionRow

OPEN_STATES = ("queued", "sending", "paused", "failed")


@dataclass(frozen=True)
class OutboxItem:
    sha256: str
    size: int
    label: str
    state: str
    upload_url: str
    sent: int
    problem: str


@dataclass(frozen=True)
class OutboxSubmission:
    id: str
    urn: str
    hub_url: str
    state: str
    manifest: dict[str, Any]
    signature: dict[str, str]
    bytes_total: int
    problem: str
    receipt: dict[str, Any] | None
    receipt_key: str | None
    created_at: str
    completed_at: str | None
    items: list[OutboxItem]

    @property
    def bytes_sent(self) -> int:
        return sum(i.size if i.state in ("sent", "held") else i.sent for i in self.items)


def _submission(row: OutboxSubmissionRow, urn: str) -> OutboxSubmission:
    return OutboxSubmission(
        id=row.id,
        urn=urn,
        hub_url=row.hub_url,
        state=row.state,
        manifest=json.loads(row.manifest),
        signature=json.loads(row.signature),
        bytes_total=row.bytes_total,
        problem=row.problem,
        receipt=json.loads(row.receipt) if row.receipt else None,
        receipt_key=row.receipt_key,
        created_at=row.created_at,
        completed_at=row.completed_at,
        items=[OutboxItem(i.sha256, i.size, i.label, i.state, i.upload_url, i.sent, i.problem) for i in row.items],
    )


class OutboxStore(Store):
    def add(
        self,
        submission_id: str,
        urn: str,
        hub_url: str,
        manifest: dict[str, Any],
        manifest_bytes: bytes,
        signature: dict[str, str],
    ) -> OutboxSubmission:
        labels: dict[str, str] = {}
        for exhibit in manifest["exhibits"]:
            labels.setdefault(exhibit["sha256"], exhibit["reference"])
        with transaction(self._factory) as session:
            case = session.scalars(select(CaseRow).where(CaseRow.urn == urn)).first()
            if case is None:
                raise NotFoundError(f"There is no case with URN {urn} in this workspace.")
            now = self.clock.stamp()
            row = OutboxSubmissionRow(
                id=submission_id,
                case_id=case.id,
                hub_url=hub_url,
                state="queued",
                manifest=manifest_bytes.decode("utf-8"),
                signature=json.dumps(signature, sort_keys=True),
                bytes_total=sum(b["size"] for b in manifest["blobs"]),
                problem="",
                created_at=now,
                updated_at=now,
                items=[
                    OutboxItemRow(
                        sha256=b["sha256"],
                        size=b["size"],
                        label=labels.get(b["sha256"], "")[:200],
                        state="waiting",
                        upload_url="",
                        sent=0,
                        problem="",
                    )
                    for b in manifest["blobs"]
                ],
            )
            session.add(row)
            self._record(
                session,
                action="submission.queued",
                entity="submission",
                entity_id=submission_id,
                case_urn=urn,
                after={"hub": hub_url, "files": len(row.items), "bytes": row.bytes_total},
            )
            session.flush()
            return _submission(row, urn)

    def get(self, submission_id: str) -> OutboxSubmission:
        with self._factory() as session:
            row = session.scalars(
                select(OutboxSubmissionRow)
                .options(selectinload(OutboxSubmissionRow.items))
                .where(OutboxSubmissionRow.id == submission_id)
            ).first()
            if row is None:
                raise NotFoundError(f"There is no submission {submission_id} in the outbox.")
            urn = session.scalar(select(CaseRow.urn).where(CaseRow.id == row.case_id)) or ""
            return _submission(row, urn)

    def listing(self, urn: str | None = None, open_only: bool = False) -> list[OutboxSubmission]:
        with self._factory() as session:
            query = (
                select(OutboxSubmissionRow, CaseRow.urn)
                .join(CaseRow, CaseRow.id == OutboxSubmissionRow.case_id)
                .options(selectinload(OutboxSubmissionRow.items))
                .order_by(OutboxSubmissionRow.created_at.desc())
            )
            if urn:
                query = query.where(CaseRow.urn == urn.strip().upper())
            if open_only:
                query = query.where(OutboxSubmissionRow.state.in_(OPEN_STATES))
            return [_submission(row, case_urn) for row, case_urn in session.execute(query).all()]

    def set_state(self, submission_id: str, state: str, problem: str = "") -> None:
        with transaction(self._factory) as session:
            session.execute(
                update(OutboxSubmissionRow)
                .where(OutboxSubmissionRow.id == submission_id)
                .values(state=state, problem=problem, updated_at=self.clock.stamp())
            )

    def update_item(self, submission_id: str, sha256: str, **values: Any) -> None:
        with transaction(self._factory) as session:
            session.execute(
                update(OutboxItemRow)
                .where(OutboxItemRow.submission_id == submission_id, OutboxItemRow.sha256 == sha256)
                .values(**values)
            )

    def set_receipt(self, submission_id: str, receipt: dict[str, Any], key_id: str) -> None:
        with transaction(self._factory) as session:
            row = session.get(OutboxSubmissionRow, submission_id)
            if row is None:
                raise NotFoundError(f"There is no submission {submission_id} in the outbox.")
            now = self.clock.stamp()
            row.receipt = json.dumps(receipt, sort_keys=True)
            row.receipt_key = key_id
            row.state = "complete"
            row.problem = ""
            row.completed_at = now
            row.updated_at = now
            items = receipt["receipt"]["items"]
            urn = session.scalar(select(CaseRow.urn).where(CaseRow.id == row.case_id))
            self._record(
                session,
                action="submission.receipted",
                entity="submission",
                entity_id=submission_id,
                case_urn=urn,
                after={
                    "hub_key": key_id,
                    "received": sum(1 for i in items if i["status"] == "received"),
                    "refused": sum(1 for i in items if i["status"] == "refused"),
                    "not_received": sum(1 for i in items if i["status"] == "not_received"),
                },
            )
