"""The case store through the same code on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from datetime import date

import pytest

from casebridge.domain.case import CaseStatus, Person, PersonRole
from casebridge.errors import DuplicateError, NotFoundError, ValidationError
from casebridge.store.cases import case_record
from casebridge.workspace import Workspace

URN = "01ZD0300108"


def test_create_and_read_back(db_workspace: Workspace) -> None:
    cases = db_workspace.cases
    created = cases.create_case(URN.lower(), title="Theft from Boots", officer_in_case="PC 1 Able")
    assert created.urn == URN
    case = cases.get_case(URN)
    assert case.title == "Theft from Boots"
    assert case.status is CaseStatus.DRAFT
    assert case.force_code == "01"
    assert cases.exists(URN)


def test_duplicate_and_unknown(db_workspace: Workspace) -> None:
    db_workspace.cases.create_case(URN)
    with pytest.raises(DuplicateError, match=URN):
        db_workspace.cases.create_case(URN)
    with pytest.raises(NotFoundError, match="01ZD0300109"):
        db_workspace.cases.get_case("01ZD0300109")


def test_people_and_offences_round_trip(db_workspace: Workspace) -> None:
    cases = db_workspace.cases
    cases.create_case(URN)
    suspect = cases.add_person(
        URN,
        {
            "role": "suspect",
            "surname": "Jones",
            "forenames": "Rhys",
            "date_of_birth": "17/03/2000",
            "postcode": "cf243aa",
        },
    )
    assert suspect.date_of_birth == date(2000, 3, 17)
    assert suspect.postcode == "CF24 3AA"
    offence = cases.add_offence(
        URN, {"cjs_code": "th68010", "wording": "Stole razors", "date_from": "14/11/2026", "defendant_id": suspect.id}
    )
    assert offence.title == "Theft from a shop"
    case = cases.get_case(URN)
    assert [p.surname for p in case.defendants()] == ["Jones"]
    assert case.offences[0].defendant_id == suspect.id
    record = case_record(case)
    assert record["people"][0]["date_of_birth"] == "2000-03-17"
    assert record["offences"][0]["cjs_code"] == "TH68010"


def test_validation_happens_before_anything_is_written(db_workspace: Workspace) -> None:
    cases = db_workspace.cases
    cases.create_case(URN)
    before = len(cases.history(URN))
    with pytest.raises(ValidationError, match="not a UK postcode"):
        cases.add_person(URN, Person(role=PersonRole.WITNESS, surname="X", postcode="NOPE"))
    with pytest.raises(ValidationError, match="not in the CJS offence list"):
        cases.add_offence(URN, {"cjs_code": "ZZ99999"})
    with pytest.raises(ValidationError, match="surname"):
        cases.add_person(URN, {"role": "witness", "surname": "  "})
    assert len(cases.history(URN)) == before
    assert cases.get_case(URN).people == []


def test_edit_audit_and_revert(db_workspace: Workspace) -> None:
    cases = db_workspace.cases
    cases.create_case(URN, title="Old")
    change = cases.update_case(URN, "title", "New")
    assert (change.old, change.new) == ("Old", "New")
    assert cases.get_case(URN).title == "New"
    cases.revert(change)
    assert cases.get_case(URN).title == "Old"
    actions = [e.action for e in cases.history(URN)]
    assert actions == ["case.created", "case.updated", "case.updated"]
    last = cases.history(URN)[-1]
    assert last.before == {"title": "New"}
    assert last.after == {"title": "Old"}
    unchanged = cases.update_case(URN, "title", "Old")
    assert unchanged.old == unchanged.new
    assert len(cases.history(URN)) == 3  # a no-op edit writes nothing


def test_person_field_edit_and_removal(db_workspace: Workspace) -> None:
    cases = db_workspace.cases
    cases.create_case(URN)
    person = cases.add_person(URN, {"role": "witness", "surname": "Morgan"})
    assert person.id is not None
    change = cases.update_person(person.id, "role", "victim")
    assert change.new == "victim"
    with pytest.raises(ValidationError):
        cases.update_person(person.id, "pnc_id", "garbage")
    cases.remove_person(person.id)
    assert cases.get_case(URN).people == []
    assert [e.action for e in cases.history(URN)][-2:] == ["person.updated", "person.removed"]


def test_list_and_search(db_workspace: Workspace) -> None:
    cases = db_workspace.cases
    cases.create_case(URN, title="Shop theft")
    cases.create_case("62CF0041226", title="Robbery")
    cases.add_person("62CF0041226", {"role": "suspect", "surname": "Jones", "forenames": "Rhys"})
    cases.add_offence("62CF0041226", {"cjs_code": "TH68023"})
    assert {s.urn for s in cases.list_cases()} == {URN, "62CF0041226"}
    assert [s.urn for s in cases.list_cases("jones")] == ["62CF0041226"]
    assert [s.urn for s in cases.list_cases("robbery")] == ["62CF0041226"]
    assert [s.urn for s in cases.list_cases("01zd")] == [URN]
    assert [s.urn for s in cases.list_cases("th68023 rhys")] == ["62CF0041226"]
    assert cases.list_cases("nobody") == []
    summary = cases.list_cases("jones")[0]
    assert summary.defendants == ["JONES, Rhys"]
    assert summary.offences == ["Robbery"]


def test_removing_a_defendant_unlinks_offences(db_workspace: Workspace) -> None:
    cases = db_workspace.cases
    cases.create_case(URN)
    person = cases.add_person(URN, {"role": "defendant", "surname": "Jones"})
    cases.add_offence(URN, {"cjs_code": "TH68010", "defendant_id": person.id})
    assert person.id is not None
    cases.remove_person(person.id)
    assert cases.get_case(URN).offences[0].defendant_id is None
    assert db_workspace.verify_audit().ok
