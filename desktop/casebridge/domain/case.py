"""The core case model: a case keyed by URN, the people on it and the offences alleged.

Plain data classes: the store maps them to rows, forms and bundles read them. Field rules live in
`validate_*` functions so the UI can check a value as it is typed and the store re-checks before writing.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from casebridge.domain import identifiers as ids
from casebridge.errors import ValidationError


class CaseStatus(StrEnum):
    DRAFT = "draft"
    AWAITING_CHARGE = "awaiting_charge"
    READY = "ready"
    SUBMITTED = "submitted"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    CaseStatus.DRAFT: "Draft",
    CaseStatus.AWAITING_CHARGE: "Awaiting charging decision",
    CaseStatus.READY: "Ready to submit",
    CaseStatus.SUBMITTED: "Submitted",
    CaseStatus.CLOSED: "Closed",
}


class PersonRole(StrEnum):
    SUSPECT = "suspect"
    DEFENDANT = "defendant"
    VICTIM = "victim"
    WITNESS = "witness"
    OFFICER = "officer"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass
class Person:
    role: PersonRole
    surname: str
    forenames: str = ""
    date_of_birth: date | None = None
    postcode: str = ""
    pnc_id: str = ""
    cro_number: str = ""
    asn: str = ""
    collar_number: str = ""
    id: int | None = None

    @property
    def display_name(self) -> str:
        return f"{self.surname.upper()}, {self.forenames}".rstrip(", ") if self.forenames else self.surname.upper()


@dataclass
class Offence:
    cjs_code: str
    title: str
    wording: str = ""
    date_from: date | None = None
    date_to: date | None = None
    location: str = ""
    defendant_id: int | None = None
    id: int | None = None


@dataclass
class Case:
    urn: str
    title: str = ""
    status: CaseStatus = CaseStatus.DRAFT
    officer_in_case: str = ""
    crime_reference: str = ""
    summary: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    people: list[Person] = field(default_factory=list)
    offences: list[Offence] = field(default_factory=list)
    version: int = 1

    @property
    def force_code(self) -> str:
        return self.urn[:2]

    def defendants(self) -> list[Person]:
        return [p for p in self.people if p.role in (PersonRole.SUSPECT, PersonRole.DEFENDANT)]


# Editable fields and their limits (Bichard: offence title <= 120, wording <= 2500, location <= 80).
CASE_FIELDS = ("title", "status", "officer_in_case", "crime_reference", "summary")
PERSON_FIELDS = (
    "role",
    "surname",
    "forenames",
    "date_of_birth",
    "postcode",
    "pnc_id",
    "cro_number",
    "asn",
    "collar_number",
)
OFFENCE_FIELDS = ("cjs_code", "title", "wording", "date_from", "date_to", "location", "defendant_id")
MAX_LENGTHS = {
    "title": 200,
    "officer_in_case": 120,
    "crime_reference": 40,
    "summary": 20_000,
    "surname": 80,
    "forenames": 120,
    "collar_number": 20,
    "wording": 2500,
    "location": 80,
}


RANKS = (
    "PC", "DC", "PS", "DS", "Sgt", "DI", "DCI", "Insp", "Ch Insp", "Supt", "PCSO", "TDC", "SC", "SPC", "Constable",
    "Detective Constable", "Sergeant", "Detective Sergeant", "Inspector", "Detective Inspector",
    "Chief Inspector", "Superintendent", "Investigator", "Police Staff Investigator",
)  # fmt: skip


def officer_from_text(text: str) -> Person | None:
    """The officer named in the case's "officer in the case" field as a person of the case — capture once:
    "PC 1234 Able", "DC 4471 Sarah Evans", "Sergeant Ravi Patel 2201", "Evans" (a rank, a collar number, names in
    any order). None when there is no name in it."""
    import re

    words = text.replace(",", " ").split()
    rank_words = sorted((r.split() for r in RANKS), key=len, reverse=True)
    for rank in rank_words:
        if [w.rstrip(".").casefold() for w in words[: len(rank)]] == [r.casefold() for r in rank]:
            words = words[len(rank) :]
            break
    collar = next((w for w in words if re.fullmatch(r"\d{1,7}[A-Z]?", w)), "")
    names = [w for w in words if w != collar and re.fullmatch(r"[^\W\d_][\w'’-]*", w)]
    if not names:
        return None
    return Person(PersonRole.OFFICER, surname=names[-1], forenames=" ".join(names[:-1]), collar_number=collar)


def _limit(field_name: str, value: str) -> str:
    value = value.strip()
    limit = MAX_LENGTHS.get(field_name)
    if limit is not None and len(value) > limit:
        raise ValidationError(
            field_name, f"{field_name.replace('_', ' ').capitalize()} is limited to {limit} characters."
        )
    return value


def validate_case_field(name: str, value: object) -> object:
    """Checks one case header field and returns it in canonical form."""
    if name not in CASE_FIELDS:
        raise ValidationError(name, f"'{name}' is not an editable case field.")
    if name == "status":
        try:
            return CaseStatus(str(value))
        except ValueError:
            raise ValidationError(name, f"'{value}' is not a case status.") from None
    return _limit(name, str(value))


def validate_person_field(name: str, value: object, today: date) -> object:
    """Checks one person field; empty optional identifiers are allowed."""
    if name not in PERSON_FIELDS:
        raise ValidationError(name, f"'{name}' is not an editable person field.")
    if name == "role":
        try:
            return PersonRole(str(value))
        except ValueError:
            raise ValidationError(name, f"'{value}' is not a role.") from None
    if name == "date_of_birth":
        if value in (None, ""):
            return None
        dob = value if isinstance(value, date) else ids.parse_uk_date(str(value))
        return ids.validate_date_of_birth(dob, today)
    text = str(value or "").strip()
    if name == "surname" and not text:
        raise ValidationError(name, "A surname (or the single name a person uses) is required.")
    if not text:
        return ""
    if name == "postcode":
        return ids.normalise_postcode(text)
    if name == "pnc_id":
        return ids.normalise_pnc_id(text)[0]
    if name == "cro_number":
        return ids.normalise_cro(text)
    if name == "asn":
        return ids.normalise_asn(text)
    return _limit(name, text)


def validate_offence_field(name: str, value: object, known_codes: Container[str]) -> object:
    if name not in OFFENCE_FIELDS:
        raise ValidationError(name, f"'{name}' is not an editable offence field.")
    if name in ("date_from", "date_to"):
        if value in (None, ""):
            return None
        return value if isinstance(value, date) else ids.parse_uk_date(str(value))
    if name == "defendant_id":
        return None if value in (None, "") else int(str(value))
    text = str(value or "").strip()
    if name == "cjs_code":
        code = ids.normalise_offence_code(text)
        if code not in known_codes:
            raise ValidationError(name, f"{code} is not in the CJS offence list.")
        return code
    return _limit(name, text)


def validate_new_case(urn: str, known_forces: Container[str]) -> str:
    return ids.normalise_urn(urn, known_forces)


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list."""

    urn: str
    title: str
    status: CaseStatus
    defendants: list[str]
    offences: list[str]
    updated_at: str
