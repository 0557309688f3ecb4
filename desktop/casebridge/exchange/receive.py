"""Importing a verified case package into this workspace: the case, its people and offences, the case file
(schedule numbers kept), and every exhibit with its file in the vault and its derivation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebridge.domain.case import PERSON_FIELDS
from casebridge.exchange.package import PackageError, open_package

if TYPE_CHECKING:
    from casebridge.app import Workspace

CASE_FIELDS = ("title", "officer_in_case", "crime_reference", "summary")


def import_package(ws: Workspace, path: Path, trusted: set[str] | None = None) -> str:
    """Checks the package (signature, schema, every digest), then recreates the case here; returns its URN.
    A case with the same URN already in the workspace is refused (nothing is merged silently)."""
    opened = open_package(path, trusted)
    if ws.cases.exists(opened.manifest["urn"]):
        raise PackageError(f"Case {opened.manifest['urn']} is already in this workspace: the package was not imported.")
    for _digest, data in opened.blobs():
        ws.vault.put_bytes(data)
    return import_manifest(ws, opened.manifest, opened.signer)


def import_manifest(ws: Workspace, manifest: dict[str, Any], signer: str, note: dict[str, Any] | None = None) -> str:
    """Creates the case a checked manifest describes; every file it names must already be in the vault."""
    urn = manifest["urn"]
    missing = [b["sha256"] for b in manifest["blobs"] if not ws.vault.exists(b["sha256"])]
    if missing:
        raise PackageError(f"{len(missing)} file(s) of {urn} are not in the vault yet: the case was not created.")
    sent = manifest["case"]
    ws.cases.create_case(urn, **{name: sent.get(name) or None for name in CASE_FIELDS})
    if sent.get("status") and sent["status"] != ws.cases.get_case(urn).status.value:
        ws.cases.update_case(urn, "status", sent["status"])
    people: dict[int, int] = {}
    for person in sent.get("people", []):
        values = {name: person.get(name) for name in PERSON_FIELDS if person.get(name) not in (None, "")}
        created = ws.cases.add_person(urn, values)
        assert created.id is not None
        people[int(person["id"])] = created.id
    for offence in sent.get("offences", []):
        values = {k: v for k, v in offence.items() if k not in ("id",) and v not in (None, "")}
        if values.get("defendant_id") is not None:
            values["defendant_id"] = people.get(int(values["defendant_id"]))
        ws.cases.add_offence(urn, values)
    _case_file(ws, urn, manifest.get("case_file") or {}, people)
    add_new_exhibits(ws, manifest, signer, note)
    return str(urn)


def add_new_exhibits(
    ws: Workspace, manifest: dict[str, Any], signer: str, note: dict[str, Any] | None = None
) -> list[str]:
    """Adds the manifest's exhibits the case does not have yet (by reference); returns their references. An
    exhibit already here under the same reference is left as it is (a later version is a new exhibit)."""
    urn = manifest["urn"]
    have = {e.reference: e for e in ws.exhibits.for_case(urn)}
    by_reference = {ref: e.id for ref, e in have.items()}
    names = {f"{p.forenames} {p.surname.upper()}".strip(): p.id for p in ws.cases.get_case(urn).people}
    sender = f"{manifest['sender'].get('operator', '')} (workstation {signer})"
    added = []
    for record in sorted(manifest["exhibits"], key=lambda r: (r.get("parent") is not None, r["reference"])):
        if record["reference"] in have:
            continue
        parent = by_reference.get(record["parent"]) if record.get("parent") else None
        producer = names.get(str(record.get("producer") or ""))
        exhibit = ws.exhibits.add_received(
            urn, {**record, "derivation": {**record.get("derivation", {}), **(note or {})}}, producer, parent, sender
        )
        by_reference[exhibit.reference] = exhibit.id
        added.append(exhibit.reference)
    return added


def _case_file(ws: Workspace, urn: str, case_file: dict[str, Any], people: dict[int, int]) -> None:
    """Person details and records; MG6C/MG6D numbers kept (a number the sender never used is consumed)."""
    for sender_id, details in case_file.get("person_details", {}).items():
        person = people.get(int(sender_id))
        if person is None:
            continue
        for name, value in details.items():
            ws.casefile.set_person_detail(person, name, value)
    reserved = {"id", "kind", "person_id", "number", "submission", "deleted"}
    items = sorted(case_file.get("items", []), key=lambda i: (i["kind"], i.get("number") or 0, i["id"]))
    next_number: dict[str, int] = {}
    for item in items:
        kind, number = item["kind"], item.get("number")
        if number:
            while next_number.get(kind, 1) < number:  # a gap in the sender's numbering stays a gap here
                unused = ws.casefile.add_item(urn, kind, {})  # takes the number, then gives up the record
                ws.casefile.delete_item(unused.id)
                next_number[kind] = next_number.get(kind, 1) + 1
            next_number[kind] = number + 1
        data = {k: v for k, v in item.items() if k not in reserved}
        person = people.get(int(item["person_id"])) if item.get("person_id") is not None else None
        if kind in ("charging", "mg5", "mg6"):
            section = ws.casefile.section(urn, kind)
            for name, value in data.items():
                ws.casefile.update_item(section.id, name, value)
            continue
        created = ws.casefile.add_item(urn, kind, data, person_id=person)
        if item.get("deleted"):
            ws.casefile.delete_item(created.id)
