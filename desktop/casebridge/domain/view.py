"""The case file as one read model: the case, its people and their details, case-file records and exhibits —
what the forms, the readiness check, disclosure and the screens all read. Pure data; `load` reads it through any
workspace (anything with the cases, case-file and exhibit stores)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from casebridge.domain.case import Case, Person, PersonRole
from casebridge.domain.casefile import PERSON_DETAILS, CaseFileData, CaseFileItem
from casebridge.domain.custody import uk_local
from casebridge.domain.exhibit import Exhibit


class _Stores(Protocol):
    def get_case(self, urn: str) -> Case: ...


class _CaseFiles(Protocol):
    def load(self, urn: str) -> CaseFileData: ...


class _Exhibits(Protocol):
    def for_case(self, urn: str) -> list[Exhibit]: ...


class CaseSource(Protocol):
    """Where a view is read from: a workspace's stores."""

    @property
    def cases(self) -> _Stores: ...

    @property
    def casefile(self) -> _CaseFiles: ...

    @property
    def exhibits(self) -> _Exhibits: ...


_MENTION = re.compile(r"\{(person|surname):(\d+)\}")
_CHOICE_LABELS = {spec.name: dict(spec.choices) for spec in PERSON_DETAILS if spec.choices}


@dataclass
class CaseFileView:
    case: Case
    file: CaseFileData
    exhibits: list[Exhibit]

    @classmethod
    def load(cls, ws: CaseSource, urn: str) -> CaseFileView:
        case = ws.cases.get_case(urn)
        return cls(case=case, file=ws.casefile.load(case.urn), exhibits=ws.exhibits.for_case(case.urn))

    # ----- people -----
    def person(self, person_id: int | None) -> Person | None:
        return next((p for p in self.case.people if p.id == person_id), None)

    def name(self, person_id: int | None) -> str:
        person = self.person(person_id)
        return full_name(person) if person else ""

    def details(self, person: Person | int | None) -> dict[str, Any]:
        pid = person.id if isinstance(person, Person) else person
        return self.file.details(pid)

    def with_role(self, *roles: PersonRole) -> list[Person]:
        return [p for p in self.case.people if p.role in roles]

    @property
    def defendants(self) -> list[Person]:
        return self.with_role(PersonRole.SUSPECT, PersonRole.DEFENDANT)

    @property
    def witnesses(self) -> list[Person]:
        """Everyone who may give evidence: victims, civilian and police witnesses, the officers."""
        return self.with_role(PersonRole.VICTIM, PersonRole.WITNESS, PersonRole.OFFICER)

    def statements_of(self, person_id: int | None) -> list[CaseFileItem]:
        return [s for s in self.file.of("statement") if s.person_id == person_id]

    def signed_copy(self, statement: CaseFileItem) -> Exhibit | None:
        """The exhibit holding the signed statement: the one the statement names, or else the only document the
        witness produced that describes itself as a statement (the scanned MG11 of most files)."""
        named = str(statement.get("signed_copy") or "").strip().upper()
        if named:
            return next((e for e in self.exhibits if e.reference.upper() == named), None)
        person = self.person(statement.person_id)
        if person is None:
            return None
        candidates = [
            e
            for e in self.exhibits
            if e.parent_id is None
            and e.kind == "document"
            and e.producer_id == person.id
            and re.search(r"\bstatement\b|\bMG ?11\b", f"{e.description} {e.summary}", re.I)
        ]
        mine = self.statements_of(person.id)
        return candidates[0] if len(candidates) == 1 and len(mine) == 1 else None

    def statuses(self, person: Person) -> list[str]:
        labels = _CHOICE_LABELS["statuses"]
        found = [labels[s] for s in self.details(person).get("statuses", [])]
        if person.role is PersonRole.VICTIM:
            found.insert(0, "Victim")
        if person.role is PersonRole.OFFICER and "Police witness" not in found:
            found.append("Police witness")
        return found

    def label(self, name: str, code: str) -> str:
        return _CHOICE_LABELS.get(name, {}).get(code, code)

    def expand(self, text: str) -> str:
        """Narrative text names people by reference, so a corrected name corrects every narrative too:
        {person:12} becomes "Gareth Huw MORGAN", {surname:12} becomes "Morgan"."""

        def name(match: re.Match[str]) -> str:
            person = self.person(int(match.group(2)))
            if person is None:
                return "[person removed]"
            return full_name(person) if match.group(1) == "person" else person.surname

        return _MENTION.sub(name, text)

    def exhibit(self, reference: str) -> Exhibit | None:
        wanted = reference.strip().upper()
        return next((e for e in self.exhibits if e.reference.upper() == wanted), None)


def full_name(person: Person) -> str:
    return f"{person.forenames} {person.surname.upper()}".strip()


def uk_date(value: object) -> str:
    """A stored date or date-time (ISO text or object) as UK readers write it; date-times in UK local time."""
    if not value:
        return ""
    moment: date
    if isinstance(value, date):
        moment = value
    else:
        text = str(value)
        try:
            moment = date.fromisoformat(text) if len(text) <= 10 else datetime.fromisoformat(text)
        except ValueError:
            return text
    if isinstance(moment, datetime):
        return uk_local(moment).strftime("%d/%m/%Y %H:%M") if moment.tzinfo else moment.strftime("%d/%m/%Y %H:%M")
    return moment.strftime("%d/%m/%Y")


def yes_no(value: object) -> str:
    if value is True:
        return "Yes"
    if value is False:
        return "No"
    return "Not recorded"
