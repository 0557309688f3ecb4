"""CaseFileStore: person details, case-file items and submissions, every change validated and audited.

Schedule numbers (MG6C, MG6D) come from the highest number the case has ever used in that schedule,
deleted items included, so a number is never reused; deleting an item only marks it deleted (it stays on
later schedules as withdrawn rather than vanishing from the sequence the defence has seen).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casebridge.domain.casefile import (
    NUMBERED,
    SINGLETONS,
    CaseFileData,
    CaseFileItem,
    Submission,
    specs_for,
    validate_fields,
    validate_value,
)
from casebridge.domain.custody import custody_clock
from casebridge.errors import NotFoundError, ValidationError
from casebridge.store.base import Store
from casebridge.store.db import transaction
from casebridge.store.models import CaseFileItemRow, CaseRow, PersonRow, SubmissionRow


def _loads(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def _item(row: CaseFileItemRow) -> CaseFileItem:
    return CaseFileItem(
        id=row.id,
        kind=row.kind,
        data=_loads(row.data),
        person_id=row.person_id,
        number=row.number,
        submission_no=row.submission_no,
        deleted=row.deleted,
    )


NONE_WORDS = {"none", "no", "nil", "n/a", "na", "no dates", "none known", "dim", "dim un"}  # "dim" is Welsh


def _says_none(value: Any) -> bool:
    """True for "none" typed where dates are expected (as text, or as the one entry the form's parser makes)."""
    if isinstance(value, str):
        return value.strip().casefold() in NONE_WORDS
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict):
        entry = value[0]
        typed = " ".join(str(entry.get(k, "")) for k in ("from", "reason")).strip().casefold()
        return typed in NONE_WORDS or str(entry.get("from", "")).strip().casefold() in NONE_WORDS
    return False


class CaseFileStore(Store):
    # ----- reading -----
    def load(self, urn: str) -> CaseFileData:
        with self._factory() as session:
            case = self._case(session, urn)
            people = session.scalars(select(PersonRow).where(PersonRow.case_id == case.id)).all()
            items = session.scalars(select(CaseFileItemRow).where(CaseFileItemRow.case_id == case.id)).all()
            submissions = session.scalars(
                select(SubmissionRow).where(SubmissionRow.case_id == case.id).order_by(SubmissionRow.number)
            ).all()
            return CaseFileData(
                person_details={p.id: _loads(p.details) for p in people},
                items=[_item(r) for r in items],
                submissions=[Submission(s.number, s.file_type, s.created_at) for s in submissions],
            )

    # ----- person details -----
    def set_person_detail(self, person_id: int, name: str, value: Any) -> tuple[Any, Any]:
        """Validate and store one detail of a person; returns (old, new). "none" typed as the dates to avoid
        records that there are none (the "No dates to avoid" switch), as the readiness advice says."""
        spec = specs_for("person").get(name)
        if spec is None:
            raise ValidationError(name, f"'{name}' is not a person detail.")
        if name == "dates_to_avoid" and _says_none(value):
            old = self.set_person_detail_raw(person_id, name, [])
            self.set_person_detail_raw(person_id, "no_dates_to_avoid", True)
            return old, []
        new = validate_value(spec, value)
        return self.set_person_detail_raw(person_id, name, new), new

    def set_person_detail_raw(self, person_id: int, name: str, new: Any) -> Any:
        """Stores an already validated detail; returns the old value."""
        with transaction(self._factory) as session:
            person = session.get(PersonRow, person_id)
            if person is None:
                raise NotFoundError(f"There is no person {person_id}.")
            details = _loads(person.details)
            old = details.get(name)
            if old == new:
                return old
            details[name] = new
            person.details = json.dumps(details, sort_keys=True)
            urn = self._urn(session, person.case_id)
            self._record(
                session,
                action="person.detail",
                entity="person",
                entity_id=person_id,
                case_urn=urn,
                before={name: old},
                after={name: new},
            )
        return old

    # ----- items -----
    def add_item(
        self, urn: str, kind: str, data: dict[str, Any] | None = None, person_id: int | None = None
    ) -> CaseFileItem:
        values = validate_fields(kind, data or {})
        now = self.clock.stamp()
        with transaction(self._factory) as session:
            case = self._case(session, urn)
            if person_id is not None:
                person = session.get(PersonRow, person_id)
                if person is None or person.case_id != case.id:
                    raise ValidationError("person_id", f"Person {person_id} is not on case {case.urn}.")
            if kind in SINGLETONS:
                existing = session.scalar(
                    select(CaseFileItemRow).where(
                        CaseFileItemRow.case_id == case.id, CaseFileItemRow.kind == kind, ~CaseFileItemRow.deleted
                    )
                )
                if existing is not None:
                    raise ValidationError("kind", f"The case already has its {kind.upper()} section.")
            number = None
            if kind in NUMBERED:
                highest = session.scalar(
                    select(func.max(CaseFileItemRow.number)).where(
                        CaseFileItemRow.case_id == case.id, CaseFileItemRow.kind == kind
                    )
                )
                number = (highest or 0) + 1
            row = CaseFileItemRow(
                case_id=case.id,
                kind=kind,
                person_id=person_id,
                number=number,
                deleted=False,
                data=json.dumps(values, sort_keys=True),
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            item = _item(row)
            self._record(
                session,
                action=f"{kind}.added",
                entity=kind,
                entity_id=row.id,
                case_urn=case.urn,
                after={"number": number, "person_id": person_id, **values},
            )
        return item

    def section(self, urn: str, kind: str) -> CaseFileItem:
        """The case's MG3/MG5/MG6 section, created empty on first use."""
        if kind not in SINGLETONS:
            raise ValidationError("kind", f"{kind} is not a single section of the case file.")
        found = self.load(urn).of(kind)
        return found[0] if found else self.add_item(urn, kind)

    def update_item(self, item_id: int, name: str, value: Any) -> tuple[Any, Any]:
        with transaction(self._factory) as session:
            row = session.get(CaseFileItemRow, item_id)
            if row is None or row.deleted:
                raise NotFoundError(f"There is no case-file record {item_id}.")
            if name == "person_id":
                new: Any = int(value) if value not in (None, "") else None
                old = row.person_id
                row.person_id = new
            else:
                spec = specs_for(row.kind).get(name)
                if spec is None:
                    raise ValidationError(name, f"'{name}' is not a field of {row.kind}.")
                new = validate_value(spec, value)
                data = _loads(row.data)
                old = data.get(name)
                if old == new:
                    return old, new
                data[name] = new
                row.data = json.dumps(data, sort_keys=True)
            row.updated_at = self.clock.stamp()
            self._record(
                session,
                action=f"{row.kind}.changed",
                entity=row.kind,
                entity_id=row.id,
                case_urn=self._urn(session, row.case_id),
                before={name: old},
                after={name: new},
            )
        return old, new

    def delete_item(self, item_id: int) -> None:
        with transaction(self._factory) as session:
            row = session.get(CaseFileItemRow, item_id)
            if row is None or row.deleted:
                raise NotFoundError(f"There is no case-file record {item_id}.")
            row.deleted = True
            row.updated_at = self.clock.stamp()
            self._record(
                session,
                action=f"{row.kind}.deleted",
                entity=row.kind,
                entity_id=row.id,
                case_urn=self._urn(session, row.case_id),
                before={"number": row.number, **_loads(row.data)},
            )

    def custody_expiries(self) -> dict[str, datetime]:
        """URN -> the earliest PACE expiry among suspects held in custody (remand status custody or not yet
        set, with a relevant time): what the case list counts down to for Red cases."""
        found: dict[str, datetime] = {}
        with self._factory() as session:
            rows = session.execute(
                select(CaseRow.urn, PersonRow.details).join(PersonRow, PersonRow.case_id == CaseRow.id)
            ).all()
        for urn, text in rows:
            details = _loads(text)
            clock = custody_clock(details)
            if clock is None or details.get("remand_status") not in (None, "", "custody"):
                continue
            found[urn] = min(found.get(urn, clock.expiry), clock.expiry)
        return found

    # ----- submissions -----
    def record_submission(self, urn: str, file_type: str) -> Submission:
        """Number the next submission and stamp every schedule item not yet sent with it."""
        now = self.clock.stamp()
        with transaction(self._factory) as session:
            case = self._case(session, urn)
            highest = session.scalar(select(func.max(SubmissionRow.number)).where(SubmissionRow.case_id == case.id))
            number = (highest or 0) + 1
            session.add(SubmissionRow(case_id=case.id, number=number, file_type=file_type, created_at=now))
            unsent = session.scalars(
                select(CaseFileItemRow).where(
                    CaseFileItemRow.case_id == case.id,
                    CaseFileItemRow.kind.in_(sorted(NUMBERED)),
                    CaseFileItemRow.submission_no.is_(None),
                    ~CaseFileItemRow.deleted,
                )
            ).all()
            for row in unsent:
                row.submission_no = number
            self._record(
                session,
                action="submission.recorded",
                entity="submission",
                entity_id=number,
                case_urn=case.urn,
                after={"file_type": file_type, "schedule_items": sorted(r.id for r in unsent)},
            )
        return Submission(number, file_type, now)

    # ----- helpers -----
    @staticmethod
    def _case(session: Session, urn: str) -> CaseRow:
        row = session.scalar(select(CaseRow).where(CaseRow.urn == urn.strip().upper()))
        if row is None:
            raise NotFoundError(f"There is no case {urn.strip().upper()}.")
        return row

    @staticmethod
    def _urn(session: Session, case_id: int) -> str:
        return str(session.scalar(select(CaseRow.urn).where(CaseRow.id == case_id)))


def case_file_record(data: CaseFileData) -> dict[str, Any]:
    """The case file as plain JSON (for export): person details by person id, then every record."""
    return {
        "person_details": {str(pid): details for pid, details in sorted(data.person_details.items()) if details},
        "items": [
            {
                "id": item.id,
                "kind": item.kind,
                "person_id": item.person_id,
                "number": item.number,
                "submission": item.submission_no,
                "deleted": item.deleted,
                **item.data,
            }
            for item in sorted(data.items, key=lambda i: (i.kind, i.number or 0, i.id))
        ],
        "submissions": [s.__dict__ for s in data.submissions],
    }
