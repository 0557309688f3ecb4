"""Exhibits, their derivatives and their continuity log (audit events on the exhibit)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from casebridge.domain.exhibit import Exhibit, next_reference
from casebridge.domain.identifiers import normalise_exhibit_reference
from casebridge.errors import DuplicateError, NotFoundError, ValidationError
from casebridge.store import audit
from casebridge.store.base import Store
from casebridge.store.db import case_by_urn, transaction
from casebridge.store.models import CaseRow, DerivativeRow, ExhibitRow, PersonRow

EDITABLE = ("reference", "description", "seized_at", "producer_id")
# Thumbnails are a display cache, not evidence: recorded with their source, but not in the continuity log.
UNAUDITED_KINDS = frozenset({"thumbnail"})


@dataclass(frozen=True)
class Derivative:
    source_sha256: str
    kind: str
    sha256: str
    recipe: dict[str, Any]
    created_at: str


def _person_name(row: PersonRow | None) -> str:
    if row is None:
        return ""
    return f"{row.forenames} {row.surname.upper()}".strip()


def to_exhibit(row: ExhibitRow, urn: str, producer: PersonRow | None) -> Exhibit:
    return Exhibit(
        id=row.id,
        case_urn=urn,
        reference=row.reference,
        sha256=row.sha256,
        size=row.size,
        original_name=row.original_name,
        kind=row.kind,
        media_type=row.media_type,
        summary=row.summary,
        description=row.description,
        producer_id=row.producer_id,
        producer_name=_person_name(producer),
        parent_id=row.parent_id,
        seized_at=datetime.fromisoformat(row.seized_at) if row.seized_at else None,
        facts=json.loads(row.facts or "{}"),
        problem=row.problem,
        previewable=row.previewable,
        created_at=row.created_at,
    )


def exhibit_record(row: ExhibitRow) -> dict[str, Any]:
    return {
        "reference": row.reference,
        "sha256": row.sha256,
        "size": row.size,
        "original_name": row.original_name,
        "kind": row.kind,
        "media_type": row.media_type,
        "summary": row.summary,
        "description": row.description,
        "producer_id": row.producer_id,
        "parent_id": row.parent_id,
        "seized_at": row.seized_at,
    }


class ExhibitStore(Store):
    # ----- reading -----
    def for_case(self, urn: str, search: str = "", kind: str | None = None) -> list[Exhibit]:
        with self._factory() as session:
            case = self._case(session, urn)
            query = (
                select(ExhibitRow, PersonRow)
                .outerjoin(PersonRow, ExhibitRow.producer_id == PersonRow.id)
                .where(ExhibitRow.case_id == case.id)
            )
            if kind:
                query = query.where(ExhibitRow.kind == kind)
            for word in search.lower().split():
                pattern = f"%{word}%"
                query = query.where(
                    or_(
                        func.lower(ExhibitRow.reference).like(pattern),
                        func.lower(ExhibitRow.description).like(pattern),
                        func.lower(ExhibitRow.summary).like(pattern),
                        func.lower(ExhibitRow.original_name).like(pattern),
                        func.lower(ExhibitRow.text_content).like(pattern),
                    )
                )
            rows = session.execute(query.order_by(ExhibitRow.id)).all()
            return [to_exhibit(row, case.urn, person) for row, person in rows]

    def get(self, exhibit_id: int) -> Exhibit:
        with self._factory() as session:
            row = self._row(session, exhibit_id)
            producer = session.get(PersonRow, row.producer_id) if row.producer_id else None
            urn = session.get(CaseRow, row.case_id).urn  # type: ignore[union-attr]
            return to_exhibit(row, urn, producer)

    def text(self, exhibit_id: int) -> str:
        with self._factory() as session:
            return self._row(session, exhibit_id).text_content

    def find_by_reference(self, urn: str, reference: str) -> Exhibit:
        ref = normalise_exhibit_reference(reference)
        with self._factory() as session:
            case = self._case(session, urn)
            row = session.scalars(
                select(ExhibitRow).where(ExhibitRow.case_id == case.id, ExhibitRow.reference == ref)
            ).first()
            if row is None:
                raise NotFoundError(f"Case {case.urn} has no exhibit {ref}.")
        return self.get(row.id)

    def references_for_digests(self, digests: Iterable[str]) -> dict[str, list[str]]:
        """Which exhibits (URN reference) hold each digest, for naming a damaged blob to the user."""
        wanted = list(digests)
        found: dict[str, list[str]] = {d: [] for d in wanted}
        with self._factory() as session:
            rows = session.execute(
                select(ExhibitRow.sha256, ExhibitRow.reference, CaseRow.urn)
                .join(CaseRow)
                .where(ExhibitRow.sha256.in_(wanted))
            ).all()
            for digest, reference, urn in rows:
                found[digest].append(f"{urn} {reference}")
            derived = session.execute(
                select(DerivativeRow.sha256, DerivativeRow.kind, DerivativeRow.source_sha256).where(
                    DerivativeRow.sha256.in_(wanted)
                )
            ).all()
            for digest, kind, source in derived:
                owners = session.execute(
                    select(ExhibitRow.reference, CaseRow.urn).join(CaseRow).where(ExhibitRow.sha256 == source)
                ).all()
                found[digest].extend(f"{urn} {ref} ({kind})" for ref, urn in owners)
        return found

    def all_digests(self) -> list[str]:
        with self._factory() as session:
            exhibits = session.scalars(select(ExhibitRow.sha256).distinct()).all()
            derived = session.scalars(select(DerivativeRow.sha256).distinct()).all()
        return sorted(set(exhibits) | set(derived))

    def digest_in_use(self, session: Session, digest: str) -> bool:
        return bool(
            session.scalar(select(func.count()).select_from(ExhibitRow).where(ExhibitRow.sha256 == digest))
            or session.scalar(select(func.count()).select_from(DerivativeRow).where(DerivativeRow.sha256 == digest))
        )

    # ----- writing -----
    def create(
        self,
        session: Session,
        *,
        case: CaseRow,
        reference: str,
        parent_id: int | None,
        producer_id: int | None,
        sha256: str,
        size: int,
        original_name: str,
        kind: str,
        media_type: str,
        summary: str,
        facts: dict[str, Any],
        problem: str | None,
        previewable: bool,
        text: str,
        source: str,
    ) -> ExhibitRow:
        """Adds an exhibit inside the caller's transaction, with its first continuity entry."""
        row = ExhibitRow(
            case_id=case.id,
            reference=reference,
            parent_id=parent_id,
            producer_id=producer_id,
            sha256=sha256,
            size=size,
            original_name=original_name,
            kind=kind,
            media_type=media_type,
            summary=summary,
            description="",
            facts=json.dumps(facts, default=str),
            problem=problem,
            previewable=previewable,
            text_content=text,
            created_at=self.clock.stamp(),
            seized_at=None,
        )
        session.add(row)
        session.flush()
        self._record(
            session,
            action="exhibit.imported",
            entity="exhibit",
            entity_id=row.id,
            case_urn=case.urn,
            after={**exhibit_record(row), "source": source},
        )
        return row

    def next_reference(self, session: Session, case_id: int, prefix: str) -> str:
        existing = session.scalars(select(ExhibitRow.reference).where(ExhibitRow.case_id == case_id)).all()
        return next_reference(prefix, existing)

    def update(self, exhibit_id: int, field: str, value: Any) -> tuple[Any, Any]:
        if field not in EDITABLE:
            raise ValidationError(field, f"'{field}' is not an editable exhibit field.")
        with transaction(self._factory) as session:
            row = self._row(session, exhibit_id)
            case = session.get(CaseRow, row.case_id)
            assert case is not None
            new = self._validated(session, row, field, value)
            old = getattr(row, field)
            if old == new:
                return old, new
            setattr(row, field, new)
            self._record(
                session,
                action="exhibit.updated",
                entity="exhibit",
                entity_id=row.id,
                case_urn=case.urn,
                before={field: old},
                after={field: new},
            )
        return old, new

    def _validated(self, session: Session, row: ExhibitRow, field: str, value: Any) -> Any:
        if field == "reference":
            ref = normalise_exhibit_reference(str(value))
            clash = session.scalars(
                select(ExhibitRow.id).where(
                    ExhibitRow.case_id == row.case_id, ExhibitRow.reference == ref, ExhibitRow.id != row.id
                )
            ).first()
            if clash is not None:
                raise DuplicateError(f"Exhibit reference {ref} is already used in this case.")
            return ref
        if field == "description":
            text = str(value or "").strip()
            if len(text) > 4000:
                raise ValidationError(field, "An exhibit description is limited to 4,000 characters.")
            return text
        if field == "seized_at":
            if value in (None, ""):
                return None
            moment = value if isinstance(value, datetime) else _parse_moment(str(value))
            return moment.isoformat(timespec="minutes")
        if value in (None, ""):
            return None
        person = session.get(PersonRow, int(value))
        if person is None or person.case_id != row.case_id:
            raise ValidationError(field, "The producer must be a person on this case.")
        return person.id

    def record_handling(self, exhibit_id: int, what: str, when: datetime | None = None) -> audit.AuditEvent:
        """A continuity entry: who handled the exhibit, when, and what was done."""
        text = what.strip()
        if not text:
            raise ValidationError("continuity", "Say what was done with the exhibit.")
        with transaction(self._factory) as session:
            row = self._row(session, exhibit_id)
            case = session.get(CaseRow, row.case_id)
            assert case is not None
            return self._record(
                session,
                action="exhibit.handled",
                entity="exhibit",
                entity_id=row.id,
                case_urn=case.urn,
                after={
                    "what": text,
                    "when": (when or datetime.now().astimezone()).isoformat(timespec="minutes"),
                    "reference": row.reference,
                },
            )

    def continuity(self, exhibit_id: int) -> list[audit.AuditEvent]:
        with self._factory() as session:
            return audit.events_for(session, "exhibit", str(exhibit_id))

    def add_still(self, source_id: int, sha256: str, size: int, recipe: dict[str, Any]) -> Exhibit:
        """A frame taken from a video exhibit becomes its sub-exhibit, linked by source digest and time."""
        with transaction(self._factory) as session:
            source = self._row(session, source_id)
            case = session.get(CaseRow, source.case_id)
            assert case is not None
            timecode = recipe.get("timecode", "")
            row = self.create(
                session,
                case=case,
                reference=self.next_reference(session, case.id, source.reference),
                parent_id=source.id,
                producer_id=source.producer_id,
                sha256=sha256,
                size=size,
                original_name=f"{source.reference.replace('/', '_')}_{timecode}.png",
                kind="image",
                media_type="image/png",
                summary=f"Still from {source.reference} at {timecode}",
                facts={"still_of": source.sha256, **recipe},
                problem=None,
                previewable=True,
                text="",
                source=f"still of {source.reference}",
            )
            self._handled(session, source, case, f"Still at {timecode} saved as {row.reference}")
            new_id = row.id
        return self.get(new_id)

    def add_redacted_copy(
        self,
        source_id: int,
        sha256: str,
        size: int,
        media_type: str,
        extension: str,
        facts: dict[str, Any],
        text: str = "",
    ) -> Exhibit:
        """A verified redacted copy becomes a sub-exhibit of its source (SE/2 -> SE/2/1), linked by digest and
        recipe; the MG6C can name it as the edited copy served in place of the original."""
        with transaction(self._factory) as session:
            source = self._row(session, source_id)
            case = session.get(CaseRow, source.case_id)
            assert case is not None
            reference = self.next_reference(session, case.id, source.reference)
            row = self.create(
                session,
                case=case,
                reference=reference,
                parent_id=source.id,
                producer_id=source.producer_id,
                sha256=sha256,
                size=size,
                original_name=f"{source.reference.replace('/', '_')}_redacted{extension}",
                kind=source.kind,
                media_type=media_type,
                summary=f"Redacted copy of {source.reference}",
                facts={"redacted_from": source.sha256, **facts},
                problem=None,
                previewable=True,
                text=text,
                source=f"redacted copy of {source.reference}",
            )
            row.description = f"Redacted copy of {source.reference}: {source.description or source.summary}".strip()
            self._handled(session, source, case, f"Redacted copy made and verified as {row.reference}")
            new_id = row.id
        return self.get(new_id)

    def add_received(
        self, urn: str, record: dict[str, Any], producer_id: int | None, parent_id: int | None, sender: str
    ) -> Exhibit:
        """An exhibit arriving in a verified case package: its reference, file and derivation as sent."""
        with transaction(self._factory) as session:
            case = self._case(session, urn)
            facts = dict(record.get("derivation") or {})
            facts["received_from"] = sender
            row = self.create(
                session,
                case=case,
                reference=str(record["reference"]),
                parent_id=parent_id,
                producer_id=producer_id,
                sha256=str(record["sha256"]),
                size=int(record["size"]),
                original_name=str(record.get("original_name") or record["reference"]),
                kind=str(record["kind"]),
                media_type=str(record["media_type"]),
                summary=str(record.get("description") or ""),
                facts=facts,
                problem=None,
                previewable=True,
                text="",
                source=f"case package from {sender}",
            )
            row.description = str(record.get("description") or "")
            new_id = row.id
        return self.get(new_id)

    def _handled(self, session: Session, source: ExhibitRow, case: CaseRow, what: str) -> None:
        """A continuity entry on the source when something is made from it (a still, a redacted copy)."""
        self._record(
            session,
            action="exhibit.handled",
            entity="exhibit",
            entity_id=source.id,
            case_urn=case.urn,
            after={"what": what, "reference": source.reference, "when": self.clock.stamp()},
        )

    # ----- derivatives -----
    def derivative(self, source_sha256: str, kind: str) -> Derivative | None:
        with self._factory() as session:
            row = session.scalars(
                select(DerivativeRow).where(DerivativeRow.source_sha256 == source_sha256, DerivativeRow.kind == kind)
            ).first()
            if row is None:
                return None
            return Derivative(row.source_sha256, row.kind, row.sha256, json.loads(row.recipe), row.created_at)

    def derivatives(self, source_sha256: str) -> list[Derivative]:
        with self._factory() as session:
            rows = session.scalars(select(DerivativeRow).where(DerivativeRow.source_sha256 == source_sha256)).all()
            return [Derivative(r.source_sha256, r.kind, r.sha256, json.loads(r.recipe), r.created_at) for r in rows]

    def add_derivative(
        self, source_sha256: str, kind: str, sha256: str, recipe: dict[str, Any], text: str | None = None
    ) -> Derivative:
        """Records a derivative; with `text`, it also becomes the searchable text of every exhibit of the source."""
        with transaction(self._factory) as session:
            existing = self._derivative_row(session, source_sha256, kind)
            if existing is not None:
                return Derivative(
                    existing.source_sha256,
                    existing.kind,
                    existing.sha256,
                    json.loads(existing.recipe),
                    existing.created_at,
                )
            row = DerivativeRow(
                source_sha256=source_sha256,
                kind=kind,
                sha256=sha256,
                recipe=json.dumps(recipe, sort_keys=True, default=str),
                created_at=self.clock.stamp(),
            )
            session.add(row)
            audited = kind not in UNAUDITED_KINDS
            self._derived(session, row, recipe, text, "exhibit.derived" if audited else None)
            session.flush()
            return Derivative(row.source_sha256, row.kind, row.sha256, recipe, row.created_at)

    def replace_derivative(
        self, source_sha256: str, kind: str, sha256: str, recipe: dict[str, Any], text: str | None = None
    ) -> Derivative:
        """A derivative made again by a person's hand (a corrected transcript): the record points at the new file
        (the old one stays in the vault), the searchable text follows, and each exhibit's audit log says so."""
        with transaction(self._factory) as session:
            row = self._derivative_row(session, source_sha256, kind)
            if row is None:
                raise NotFoundError(f"There is no {kind} of {source_sha256[:12]}… to replace.")
            before = {"sha256": row.sha256}
            row.sha256 = sha256
            row.recipe = json.dumps(recipe, sort_keys=True, default=str)
            self._derived(session, row, recipe, text, "exhibit.derivative_replaced", before)
            session.flush()
            return Derivative(row.source_sha256, row.kind, row.sha256, recipe, row.created_at)

    @staticmethod
    def _derivative_row(session: Session, source_sha256: str, kind: str) -> DerivativeRow | None:
        return session.scalars(
            select(DerivativeRow).where(DerivativeRow.source_sha256 == source_sha256, DerivativeRow.kind == kind)
        ).first()

    def _derived(
        self,
        session: Session,
        row: DerivativeRow,
        recipe: dict[str, Any],
        text: str | None,
        action: str | None,
        before: dict[str, Any] | None = None,
    ) -> None:
        """Every exhibit of the source: the derivative's text as its searchable text (given `text`), and the audit
        event `action` (none for derivatives not audited, such as thumbnails)."""
        for exhibit in session.scalars(select(ExhibitRow).where(ExhibitRow.sha256 == row.source_sha256)).all():
            if text is not None:
                exhibit.text_content = text
            if action is None:
                continue
            urn = session.get(CaseRow, exhibit.case_id).urn  # type: ignore[union-attr]
            self._record(
                session,
                action=action,
                entity="exhibit",
                entity_id=exhibit.id,
                case_urn=urn,
                before=before,
                after={"kind": row.kind, "sha256": row.sha256, "source_sha256": row.source_sha256, "recipe": recipe},
            )

    # ----- helpers -----
    @staticmethod
    def _case(session: Session, urn: str) -> CaseRow:
        row: CaseRow = case_by_urn(session, urn)
        return row

    @staticmethod
    def _row(session: Session, exhibit_id: int) -> ExhibitRow:
        row = session.get(ExhibitRow, exhibit_id)
        if row is None:
            raise NotFoundError(f"There is no exhibit with id {exhibit_id}.")
        return row


def _parse_moment(text: str) -> datetime:
    from casebridge.domain.identifiers import parse_uk_date

    text = text.strip()
    for pattern in ("%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"):
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    day = parse_uk_date(text)
    return datetime(day.year, day.month, day.day)
