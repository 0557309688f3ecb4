"""The import journal's queries: one `import_items` row per file asked for, written before any copying, and the
transactions that move a row on (digest known → exhibit recorded, a duplicate, failed, skipped). The importer
(`evidence/importer.py`) decides what happens to a file; this module is where it is written down."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from casebridge.clock import SYSTEM_CLOCK, Clock
from casebridge.domain.exhibit import initials
from casebridge.errors import ValidationError
from casebridge.store.base import Store
from casebridge.store.db import case_by_urn, transaction
from casebridge.store.exhibits import ExhibitStore
from casebridge.store.models import CaseRow, ExhibitRow, ImportItemRow, PersonRow

PENDING, DONE, DUPLICATE, FAILED, SKIPPED = "pending", "done", "duplicate", "failed", "skipped"
EXECUTABLE, OTHER = "executable", "other"


@dataclass(frozen=True)
class JournalItem:
    id: int
    batch: str
    case_id: int
    source_path: str  # the path as text (see evidence.importer.path_to_text)
    sha256: str | None
    state: str
    message: str


@dataclass(frozen=True)
class Recorded:
    """An exhibit recorded for a journal row: its reference and id, and another case already holding the bytes."""

    reference: str
    exhibit_id: int
    shared_with: str


def _item(row: ImportItemRow) -> JournalItem:
    return JournalItem(row.id, row.batch, row.case_id, row.source_path, row.sha256, row.state, row.message)


class ImportJournal(Store):
    def __init__(
        self, factory: sessionmaker[Session], *, actor: str, exhibits: ExhibitStore, clock: Clock = SYSTEM_CLOCK
    ) -> None:
        super().__init__(factory, actor=actor, clock=clock)
        self._exhibits = exhibits

    # ----- reading -----
    def pending(self, urn: str | None = None) -> list[JournalItem]:
        with self._factory() as session:
            query = select(ImportItemRow).where(ImportItemRow.state == PENDING)
            if urn:
                query = query.join(CaseRow).where(CaseRow.urn == urn.upper())
            return [_item(row) for row in session.scalars(query.order_by(ImportItemRow.id))]

    def waiting(self, batch: str | None) -> list[tuple[int, str]]:
        """(id, source) of the rows still pending, in the batch or all of them, in the order asked for."""
        with self._factory() as session:
            query = select(ImportItemRow.id, ImportItemRow.source_path).where(ImportItemRow.state == PENDING)
            if batch is not None:
                query = query.where(ImportItemRow.batch == batch)
            return [(int(i), str(s)) for i, s in session.execute(query.order_by(ImportItemRow.id))]

    def item(self, item_id: int) -> JournalItem:
        with self._factory() as session:
            row = session.get(ImportItemRow, item_id)
            assert row is not None
            return _item(row)

    # ----- writing -----
    def plan(self, urn: str, sources: list[tuple[str, str]], producer: str | int | None, batch: str) -> None:
        """One pending row per (source, group) for the case, with its producer resolved (default: the officer)."""
        with transaction(self._factory) as session:
            case: CaseRow = case_by_urn(session, urn)
            producer_id = _producer(session, case, producer)
            now = self.clock.stamp()
            for source, group in sources:
                session.add(
                    ImportItemRow(
                        batch=batch,
                        case_id=case.id,
                        source_path=source,
                        producer_id=producer_id,
                        group_key=group,
                        state=PENDING,
                        message="",
                        created_at=now,
                    )
                )

    def set_digest(self, item_id: int, digest: str) -> None:
        with transaction(self._factory) as session:
            row = session.get(ImportItemRow, item_id)
            assert row is not None
            row.sha256 = digest

    def already_in_case(self, item_id: int, digest: str, message: Callable[[str], str]) -> tuple[str, int, str] | None:
        """When the case already has these bytes: the row closes as a duplicate of that exhibit (its reference,
        its id and the message written)."""
        with transaction(self._factory) as session:
            item = session.get(ImportItemRow, item_id)
            assert item is not None
            existing = session.scalars(
                select(ExhibitRow).where(ExhibitRow.case_id == item.case_id, ExhibitRow.sha256 == digest)
            ).first()
            if existing is None:
                return None
            item.state, item.exhibit_id, item.message = DUPLICATE, existing.id, message(existing.reference)
            return existing.reference, existing.id, item.message

    def record(
        self, item_id: int, *, kind: str, message: Callable[[Recorded], str], **exhibit: Any
    ) -> tuple[Recorded, str]:
        """The exhibit for a row, its first continuity event and the row's 'done', in one transaction. A player
        program joins the exhibit it came with (same batch and folder) as a sub-exhibit."""
        with transaction(self._factory) as session:
            item = session.get(ImportItemRow, item_id)
            assert item is not None
            case = session.get(CaseRow, item.case_id)
            assert case is not None
            producer = session.get(PersonRow, item.producer_id) if item.producer_id else None
            prefix = initials(producer.forenames, producer.surname) if producer else "X"
            parent_id = None
            if kind == EXECUTABLE:
                parent = _group_parent(session, item)
                if parent is not None:
                    parent_id, prefix = parent.id, parent.reference
            reference = self._exhibits.next_reference(session, case.id, prefix)
            row = self._exhibits.create(
                session,
                case=case,
                reference=reference,
                parent_id=parent_id,
                producer_id=item.producer_id,
                kind=kind,
                **exhibit,
            )
            other = session.execute(
                select(CaseRow.urn, ExhibitRow.reference)
                .join(CaseRow)
                .where(ExhibitRow.sha256 == exhibit["sha256"], ExhibitRow.case_id != case.id)
            ).first()
            recorded = Recorded(reference, row.id, f"{other[0]} {other[1]}" if other else "")
            item.state, item.exhibit_id, item.message = DONE, row.id, message(recorded)
            return recorded, item.message

    def close(
        self, item_id: int, state: str, message: Callable[[JournalItem], str], release: Callable[[str], None]
    ) -> str:
        """Closes a row as failed or skipped; a stored copy only it held is released (removed from the vault) in the
        same transaction. Returns the message written."""
        with transaction(self._factory) as session:
            row = session.get(ImportItemRow, item_id)
            assert row is not None
            row.state, row.message = state, message(_item(row))
            if row.sha256 and not self._exhibits.digest_in_use(session, row.sha256):
                release(row.sha256)
                row.sha256 = None
            return row.message

    def discard_pending(self, release: Callable[[str], None]) -> int:
        """Gives up interrupted imports: rows close as skipped, stored copies only they held are released."""
        count = 0
        with transaction(self._factory) as session:
            for row in session.scalars(select(ImportItemRow).where(ImportItemRow.state == PENDING)):
                row.state, row.message = SKIPPED, "Interrupted import discarded."
                if row.sha256 and not self._exhibits.digest_in_use(session, row.sha256):
                    release(row.sha256)
                count += 1
        return count


def _group_parent(session: Session, item: ImportItemRow) -> ExhibitRow | None:
    sibling: ExhibitRow | None = session.scalars(
        select(ExhibitRow)
        .join(ImportItemRow, ImportItemRow.exhibit_id == ExhibitRow.id)
        .where(
            ImportItemRow.batch == item.batch,
            ImportItemRow.group_key == item.group_key,
            ExhibitRow.kind != EXECUTABLE,
            ExhibitRow.parent_id.is_(None),
        )
        .order_by(ExhibitRow.id)
    ).first()
    return sibling


def _producer(session: Session, case: CaseRow, producer: str | int | None) -> int | None:
    people = session.scalars(select(PersonRow).where(PersonRow.case_id == case.id)).all()
    if producer is None or producer == "":
        officers = [p for p in people if p.role == "officer"]
        if officers:
            return officers[0].id
        raise ValidationError("producer", f"Name the producer: case {case.urn} has no officer to default to.")
    if isinstance(producer, int):
        match = [p for p in people if p.id == producer]
    else:
        wanted = " ".join(producer.lower().split())
        match = [
            p
            for p in people
            if wanted
            in (
                p.surname.lower(),
                f"{p.forenames} {p.surname}".lower().strip(),
                f"{p.surname} {p.forenames}".lower().strip(),
            )
        ]
    if len(match) != 1:
        names = ", ".join(f"{p.forenames} {p.surname}".strip() for p in people) or "nobody yet"
        problem = "matches more than one person" if match else "is not a person on this case"
        raise ValidationError("producer", f"Producer '{producer}' {problem} (people on {case.urn}: {names}).")
    return match[0].id
