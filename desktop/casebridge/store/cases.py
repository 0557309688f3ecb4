"""Cases, people and offences: every change validated, written in one transaction, and audited."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from casebridge.clock import SYSTEM_CLOCK, Clock
from casebridge.domain.case import (
    CASE_FIELDS,
    OFFENCE_FIELDS,
    PERSON_FIELDS,
    Case,
    CaseStatus,
    CaseSummary,
    Offence,
    Person,
    PersonRole,
    officer_from_text,
    validate_case_field,
    validate_new_case,
    validate_offence_field,
    validate_person_field,
)
from casebridge.domain.reference import OffenceIndex
from casebridge.domain.text import fold
from casebridge.errors import DuplicateError, NotFoundError, ValidationError
from casebridge.store import audit
from casebridge.store.base import Store
from casebridge.store.db import folded, transaction
from casebridge.store.models import CaseRow, OffenceRow, PersonRow


@dataclass(frozen=True)
class FieldChange:
    """What one edit did: enough to show it and to undo it. `old == new` means nothing was written."""

    entity: str  # "case" | "person" | "offence"
    entity_id: str
    case_urn: str
    field: str
    old: Any
    new: Any


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, CaseStatus | PersonRole):
        return value.value
    return value


def _field(source: object, name: str) -> Any:
    if isinstance(source, Mapping):
        return source.get(name)
    return getattr(source, name)


def _person(row: PersonRow) -> Person:
    return Person(
        id=row.id,
        role=PersonRole(row.role),
        surname=row.surname,
        forenames=row.forenames,
        date_of_birth=row.date_of_birth,
        postcode=row.postcode,
        pnc_id=row.pnc_id,
        cro_number=row.cro_number,
        asn=row.asn,
        collar_number=row.collar_number,
    )


def _offence(row: OffenceRow) -> Offence:
    return Offence(
        id=row.id,
        cjs_code=row.cjs_code,
        title=row.title,
        wording=row.wording,
        date_from=row.date_from,
        date_to=row.date_to,
        location=row.location,
        defendant_id=row.defendant_id,
    )


def _case(row: CaseRow) -> Case:
    return Case(
        urn=row.urn,
        title=row.title,
        status=CaseStatus(row.status),
        officer_in_case=row.officer_in_case,
        crime_reference=row.crime_reference,
        summary=row.summary,
        created_at=datetime.fromisoformat(row.created_at),
        updated_at=datetime.fromisoformat(row.updated_at),
        people=[_person(p) for p in row.people],
        offences=[_offence(o) for o in row.offences],
        version=row.version,
    )


def person_record(person: Person) -> dict[str, Any]:
    return {k: _plain(v) for k, v in dataclasses.asdict(person).items()}


def offence_record(offence: Offence) -> dict[str, Any]:
    return {k: _plain(v) for k, v in dataclasses.asdict(offence).items()}


def case_record(case: Case) -> dict[str, Any]:
    """The case as plain JSON-ready data (the `case export` format)."""
    return {
        "urn": case.urn,
        "title": case.title,
        "status": case.status.value,
        "officer_in_case": case.officer_in_case,
        "crime_reference": case.crime_reference,
        "summary": case.summary,
        "created_at": _plain(case.created_at),
        "updated_at": _plain(case.updated_at),
        "version": case.version,
        "people": [person_record(p) for p in case.people],
        "offences": [offence_record(o) for o in case.offences],
    }


class CaseStore(Store):
    def __init__(
        self,
        factory: sessionmaker[Session],
        *,
        forces: Container[str],
        offences: Callable[[], OffenceIndex],
        actor: str,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(factory, actor=actor, clock=clock)
        self._forces = forces
        self._offences = offences

    def today(self) -> date:
        """Today's date where the user is (for dates of birth and the like)."""
        return self.clock.today()

    # ----- cases -----
    def create_case(self, urn: str, *, officer_person: bool = True, **fields: Any) -> Case:
        """A new case; the officer it names becomes a person of it (capture once) unless `officer_person` is False
        — a case recreated from a package or a submission brings its own people, the officer among them."""
        canonical = validate_new_case(urn, self._forces)
        values = {name: validate_case_field(name, value) for name, value in fields.items() if value is not None}
        now = self.clock.stamp()
        try:
            with transaction(self._factory) as session:
                if session.scalar(select(CaseRow.id).where(CaseRow.urn == canonical)) is not None:
                    raise DuplicateError(f"A case with URN {canonical} already exists.")
                row = CaseRow(
                    urn=canonical,
                    created_at=now,
                    updated_at=now,
                    version=1,
                    title=values.get("title", ""),
                    status=_plain(values.get("status", CaseStatus.DRAFT)),
                    officer_in_case=values.get("officer_in_case", ""),
                    crime_reference=values.get("crime_reference", ""),
                    summary=values.get("summary", ""),
                )
                session.add(row)
                session.flush()
                case = _case(row)
                self._record(
                    session,
                    action="case.created",
                    entity="case",
                    entity_id=canonical,
                    case_urn=canonical,
                    after=case_record(case),
                )
                if officer_person:
                    self._link_officer(session, row)
        except IntegrityError:
            raise DuplicateError(f"A case with URN {canonical} already exists.") from None
        return case

    def get_case(self, urn: str) -> Case:
        with self._factory() as session:
            return _case(self._case_row(session, urn, load_children=True))

    def exists(self, urn: str) -> bool:
        with self._factory() as session:
            return session.scalar(select(CaseRow.id).where(CaseRow.urn == urn.strip().upper())) is not None

    def list_cases(self, search: str = "") -> list[CaseSummary]:
        with self._factory() as session:
            query = select(CaseRow).options(selectinload(CaseRow.people), selectinload(CaseRow.offences))
            for word in fold(search).split():  # Glyndwr finds Glyndŵr; GLYNDŴR finds glyndŵr
                pattern = f"%{word}%"
                people = select(PersonRow.case_id).where(
                    or_(
                        folded(session, PersonRow.surname).like(pattern),
                        folded(session, PersonRow.forenames).like(pattern),
                    )
                )
                offences = select(OffenceRow.case_id).where(
                    or_(
                        folded(session, OffenceRow.title).like(pattern),
                        func.lower(OffenceRow.cjs_code).like(pattern),
                    )
                )
                query = query.where(
                    or_(
                        func.lower(CaseRow.urn).like(pattern),
                        folded(session, CaseRow.title).like(pattern),
                        CaseRow.id.in_(people),
                        CaseRow.id.in_(offences),
                    )
                )
            rows = session.scalars(query.order_by(CaseRow.updated_at.desc())).all()
            return [
                CaseSummary(
                    urn=row.urn,
                    title=row.title,
                    status=CaseStatus(row.status),
                    defendants=[
                        _person(p).display_name
                        for p in row.people
                        if p.role in (PersonRole.SUSPECT, PersonRole.DEFENDANT)
                    ],
                    offences=[o.title for o in row.offences],
                    updated_at=row.updated_at,
                )
                for row in rows
            ]

    def update_case(self, urn: str, field: str, value: Any) -> FieldChange:
        new = validate_case_field(field, value)
        with transaction(self._factory) as session:
            row = self._case_row(session, urn)
            old = getattr(row, field)
            change = FieldChange("case", row.urn, row.urn, field, old, _plain(new))
            if change.old == change.new:
                return change
            setattr(row, field, _plain(new))
            self._touch(row)
            self._audit_change(session, change)
            if field == "officer_in_case":
                self._link_officer(session, row)
        return change

    def _link_officer(self, session: Session, case: CaseRow) -> None:
        """Capture once: the officer named in the case ("PC 1234 Able") is a person of the case — the default
        producer of its exhibits — added unless an officer of that name (and collar number) is already on it."""
        officer = officer_from_text(case.officer_in_case or "")
        if officer is None:
            return
        people = session.scalars(select(PersonRow).where(PersonRow.case_id == case.id)).all()
        for person in people:
            same_name = fold(person.surname) == fold(officer.surname)
            same_collar = not officer.collar_number or person.collar_number in ("", officer.collar_number)
            if person.role == PersonRole.OFFICER.value and same_name and same_collar:
                return
        self._insert_person(session, case, self._validated_person(officer))

    # ----- people -----
    def add_person(self, urn: str, person: Person | Mapping[str, Any]) -> Person:
        """Adds a person given as a `Person` or as raw field values (e.g. typed text from a form)."""
        values = self._validated_person(person)
        with transaction(self._factory) as session:
            case = self._case_row(session, urn)
            self._touch(case)
            return self._insert_person(session, case, values)

    def _insert_person(self, session: Session, case: CaseRow, values: dict[str, Any]) -> Person:
        """One validated person added to the case, with its audit event."""
        row = PersonRow(case_id=case.id, **{k: _plain(v) if k == "role" else v for k, v in values.items()})
        session.add(row)
        session.flush()
        added = _person(row)
        self._record(
            session,
            action="person.added",
            entity="person",
            entity_id=row.id,
            case_urn=case.urn,
            after=person_record(added),
        )
        return added

    def update_person(self, person_id: int, field: str, value: Any) -> FieldChange:
        new = validate_person_field(field, value, self.today())
        return self._update_child(PersonRow, person_id, "person", field, new)

    def remove_person(self, person_id: int) -> Person:
        removed: Person = self._remove_child(PersonRow, person_id, "person", _person, person_record)
        return removed

    # ----- offences -----
    def add_offence(self, urn: str, offence: Offence | Mapping[str, Any]) -> Offence:
        index = self._offences()
        values = {name: validate_offence_field(name, _field(offence, name), index) for name in OFFENCE_FIELDS}
        if not values["title"]:
            definition = index.get(str(values["cjs_code"]))
            values["title"] = definition.title if definition else ""
        with transaction(self._factory) as session:
            case = self._case_row(session, urn)
            if values["defendant_id"] is not None:
                defendant = session.get(PersonRow, values["defendant_id"])
                if defendant is None or defendant.case_id != case.id:
                    raise ValidationError("defendant_id", "The defendant chosen for this offence is not on this case.")
            row = OffenceRow(case_id=case.id, **values)
            session.add(row)
            self._touch(case)
            session.flush()
            added = _offence(row)
            self._record(
                session,
                action="offence.added",
                entity="offence",
                entity_id=row.id,
                case_urn=case.urn,
                after=offence_record(added),
            )
        return added

    def update_offence(self, offence_id: int, field: str, value: Any) -> FieldChange:
        index = self._offences()
        new = validate_offence_field(field, value, index)

        def retitle(row: OffenceRow) -> None:
            definition = index.get(str(new)) if field == "cjs_code" else None
            if definition:
                row.title = definition.title

        return self._update_child(OffenceRow, offence_id, "offence", field, new, after_set=retitle)

    def remove_offence(self, offence_id: int) -> Offence:
        removed: Offence = self._remove_child(OffenceRow, offence_id, "offence", _offence, offence_record)
        return removed

    # ----- undo -----
    def revert(self, change: FieldChange) -> FieldChange:
        """Puts a field back to what it was before `change` (itself an audited change)."""
        if change.entity == "case":
            return self.update_case(change.case_urn, change.field, change.old if change.old is not None else "")
        if change.entity == "person":
            return self.update_person(int(change.entity_id), change.field, change.old)
        return self.update_offence(int(change.entity_id), change.field, change.old)

    # ----- audit -----
    def history(self, urn: str, limit: int | None = None) -> list[audit.AuditEvent]:
        with self._factory() as session:
            return audit.events(session, urn, limit)

    # ----- helpers -----
    def _update_child(
        self,
        model: type[Any],
        ident: int,
        entity: str,
        field: str,
        new: Any,
        after_set: Callable[[Any], None] | None = None,
    ) -> FieldChange:
        """One field of a person or offence: validated value in, audited change out (nothing if unchanged)."""
        with transaction(self._factory) as session:
            row = self._get(session, model, ident, entity)
            change = FieldChange(entity, str(row.id), row.case.urn, field, _plain(getattr(row, field)), _plain(new))
            if change.old == change.new:
                return change
            setattr(row, field, _plain(new) if field == "role" else new)
            if after_set is not None:
                after_set(row)
            self._touch(row.case)
            self._audit_change(session, change)
        return change

    def _remove_child(
        self,
        model: type[Any],
        ident: int,
        entity: str,
        convert: Callable[[Any], Any],
        record: Callable[[Any], dict[str, Any]],
    ) -> Any:
        with transaction(self._factory) as session:
            row = self._get(session, model, ident, entity)
            removed = convert(row)
            urn = row.case.urn
            self._touch(row.case)
            session.delete(row)
            self._record(
                session,
                action=f"{entity}.removed",
                entity=entity,
                entity_id=ident,
                case_urn=urn,
                before=record(removed),
            )
        return removed

    def _validated_person(self, person: Person | Mapping[str, Any]) -> dict[str, Any]:
        today = self.today()
        return {name: validate_person_field(name, _field(person, name), today) for name in PERSON_FIELDS}

    def _audit_change(self, session: Session, change: FieldChange) -> None:
        self._record(
            session,
            action=f"{change.entity}.updated",
            entity=change.entity,
            entity_id=change.entity_id,
            case_urn=change.case_urn,
            before={change.field: change.old},
            after={change.field: change.new},
        )

    def _touch(self, row: CaseRow) -> None:
        row.updated_at = self.clock.stamp()
        row.version += 1

    @staticmethod
    def _case_row(session: Session, urn: str, *, load_children: bool = False) -> CaseRow:
        query = select(CaseRow).where(CaseRow.urn == urn.strip().upper())
        if load_children:
            query = query.options(selectinload(CaseRow.people), selectinload(CaseRow.offences))
        row = session.scalars(query).first()
        if row is None:
            raise NotFoundError(f"There is no case with URN {urn.strip().upper()} in this workspace.")
        return row

    @staticmethod
    def _get(session: Session, model: type[Any], ident: int, what: str) -> Any:
        row = session.get(model, ident)
        if row is None:
            raise NotFoundError(f"There is no {what} with id {ident}.")
        return row


__all__ = ["CASE_FIELDS", "CaseStore", "CaseSummary", "FieldChange", "case_record"]
