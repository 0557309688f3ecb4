"""The append-only, hash-chained audit log.

Each event's hash covers its own fields and the previous event's hash, so editing, deleting or reordering
any event breaks the chain at that point. `verify` walks the chain and names every break.
Appends lock the single `audit_head` row, which serialises writers sharing one PostgreSQL database.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebridge.store.models import AuditEventRow, AuditHeadRow

GENESIS = "0" * 64


def canonical_json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def event_hash(
    *,
    seq: int,
    at: str,
    actor: str,
    action: str,
    case_urn: str | None,
    entity: str,
    entity_id: str,
    before: str | None,
    after: str | None,
    prev_hash: str,
) -> str:
    payload = json.dumps(
        [seq, at, actor, action, case_urn, entity, entity_id, before, after, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def row_hash(row: AuditEventRow) -> str:
    return event_hash(
        seq=row.seq,
        at=row.at,
        actor=row.actor,
        action=row.action,
        case_urn=row.case_urn,
        entity=row.entity,
        entity_id=row.entity_id,
        before=row.before,
        after=row.after,
        prev_hash=row.prev_hash,
    )


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str
    actor: str
    action: str
    case_urn: str | None
    entity: str
    entity_id: str
    before: Any
    after: Any
    hash: str

    def describe(self) -> str:
        where = f" on {self.case_urn}" if self.case_urn else ""
        return f"event {self.seq} ({self.action}{where} by {self.actor} at {self.at})"


def _event(row: AuditEventRow) -> AuditEvent:
    def load(text: str | None) -> Any:
        if text is None:
            return None
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return text

    return AuditEvent(
        seq=row.seq,
        at=row.at,
        actor=row.actor,
        action=row.action,
        case_urn=row.case_urn,
        entity=row.entity,
        entity_id=row.entity_id,
        before=load(row.before),
        after=load(row.after),
        hash=row.hash,
    )


def append(
    session: Session,
    *,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: object = "",
    case_urn: str | None = None,
    before: Any = None,
    after: Any = None,
) -> AuditEvent:
    """Adds one event inside the caller's transaction (so it commits or rolls back with the change)."""
    head = session.scalars(select(AuditHeadRow).where(AuditHeadRow.id == 1).with_for_update()).first()
    if head is None:
        head = AuditHeadRow(id=1, singleton=True, seq=0, hash=GENESIS)
        session.add(head)
    fields: dict[str, Any] = {
        "seq": head.seq + 1,
        "at": at,
        "actor": actor,
        "action": action,
        "case_urn": case_urn,
        "entity": entity,
        "entity_id": str(entity_id),
        "before": canonical_json(before),
        "after": canonical_json(after),
        "prev_hash": head.hash,
    }
    row = AuditEventRow(**fields, hash=event_hash(**fields))
    session.add(row)
    head.seq, head.hash = row.seq, row.hash
    session.flush()
    return _event(row)


def events(session: Session, case_urn: str | None = None, limit: int | None = None) -> list[AuditEvent]:
    query = select(AuditEventRow).order_by(AuditEventRow.seq)
    if case_urn is not None:
        query = query.where(AuditEventRow.case_urn == case_urn)
    if limit is not None:
        query = query.order_by(None).order_by(AuditEventRow.seq.desc()).limit(limit)
        return sorted((_event(r) for r in session.scalars(query)), key=lambda e: e.seq)
    return [_event(r) for r in session.scalars(query)]


@dataclass(frozen=True)
class ChainProblem:
    seq: int | None
    message: str


@dataclass(frozen=True)
class ChainReport:
    checked: int
    problems: list[ChainProblem]

    @property
    def ok(self) -> bool:
        return not self.problems


def _rows_in_order(session: Session) -> Iterator[AuditEventRow]:
    yield from session.scalars(select(AuditEventRow).order_by(AuditEventRow.seq).execution_options(yield_per=2000))


def verify(session: Session) -> ChainReport:
    problems: list[ChainProblem] = []
    expected_seq, prev_hash, checked = 1, GENESIS, 0
    last: AuditEventRow | None = None
    for row in _rows_in_order(session):
        checked += 1
        label = _event(row).describe()
        if row.seq != expected_seq:
            missing = f"{expected_seq}" if row.seq == expected_seq + 1 else f"{expected_seq}-{row.seq - 1}"
            problems.append(ChainProblem(row.seq, f"event(s) {missing} are missing before {label}: deleted."))
        if row_hash(row) != row.hash:
            problems.append(ChainProblem(row.seq, f"{label} was altered: its contents no longer match its hash."))
        elif row.prev_hash != prev_hash and row.seq == expected_seq:
            problems.append(
                ChainProblem(
                    row.seq,
                    f"{label} does not follow the event before it: events were reordered, replaced or rewritten.",
                )
            )
        expected_seq, prev_hash, last = row.seq + 1, row.hash, row
    head = session.get(AuditHeadRow, 1)
    if head is not None:
        last_seq = last.seq if last else 0
        if head.seq > last_seq:
            problems.append(ChainProblem(last_seq + 1, f"event(s) {last_seq + 1}-{head.seq} at the end were deleted."))
        elif last is not None and head.seq == last.seq and head.hash != last.hash:
            problems.append(
                ChainProblem(last.seq, f"{_event(last).describe()} does not match the recorded chain head.")
            )
    elif last is not None:
        problems.append(ChainProblem(None, "The audit chain head record is missing."))
    return ChainReport(checked, problems)


def events_for(session: Session, entity: str, entity_id: str) -> list[AuditEvent]:
    query = (
        select(AuditEventRow)
        .where(AuditEventRow.entity == entity, AuditEventRow.entity_id == entity_id)
        .order_by(AuditEventRow.seq)
    )
    return [_event(r) for r in session.scalars(query)]
