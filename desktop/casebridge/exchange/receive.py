"""Importing a verified case package into this workspace: the case, its people and offences, the case file
(schedule numbers kept), and every exhibit with its file in the vault and its derivation.

An import is all or nothing: everything in the package is checked first (signature, schema, every file's digest,
and every value against the limits the workspace itself enforces); the files go into the vault (content-addressed,
so doing it twice changes nothing); then the whole case is written in one database transaction. A kill at any
moment leaves either no case or the whole case, and importing again finishes the job."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebridge.domain.case import PERSON_FIELDS
from casebridge.exchange.keys import own_key_id
from casebridge.exchange.package import OpenedPackage, PackageError, open_package

if TYPE_CHECKING:
    from casebridge.workspace import Workspace

CASE_FIELDS = ("title", "officer_in_case", "crime_reference", "summary")


@dataclass(frozen=True)
class ImportedPackage:
    urn: str
    exhibits: int
    signer: str
    sender: str | None  # the signer's name on the unit's trust list ("this workstation" for our own key)


def sender_of(ws: Workspace, signer: str) -> str | None:
    """The name the unit knows a workstation key by, or None when it is not on the trust list."""
    if signer == own_key_id(ws.paths.config_dir):
        return "this workstation"
    entry = ws.trust.get(signer)
    return None if entry is None else entry.name


def unknown_sender(signer: str) -> str:
    return (
        f"it was signed by workstation key {signer}, which is not on this unit's trust list. Confirm the key with "
        f"the sending unit, then trust it (casebridge package trust add {signer} --name NAME)"
    )


def import_package(ws: Workspace, path: Path, *, trusted_only: bool = False, progress: Any = None) -> ImportedPackage:
    """Checks the package, then recreates the case here in one transaction. A case with the same URN already in
    the workspace is refused (nothing is merged silently); with `trusted_only`, so is a package whose signing key
    is not on the unit's trust list."""
    return import_opened(ws, open_package(path), path.name, trusted_only=trusted_only, progress=progress)


def import_opened(
    ws: Workspace, opened: OpenedPackage, name: str, *, trusted_only: bool = False, progress: Any = None
) -> ImportedPackage:
    """The import of a package already opened and checked by `open_package`."""
    sender = sender_of(ws, opened.signer)
    if sender is None and trusted_only:
        raise PackageError(f"{name} was not imported: {unknown_sender(opened.signer)}.")
    urn = opened.manifest["urn"]
    if ws.cases.exists(urn):
        raise PackageError(f"Case {urn} is already in this workspace: the package was not imported.")
    check_importable(ws, opened.manifest, name)
    opened.copy_into(ws.vault, progress)
    with ws.atomic() as tx:
        import_manifest(tx, opened.manifest, opened.signer)
        tx.trust.record_import(urn, name, opened.signer, sender)
    return ImportedPackage(urn, len(opened.manifest["exhibits"]), opened.signer, sender)


def check_importable(ws: Workspace, manifest: dict[str, Any], name: str) -> None:
    """Every value the import will write, checked against the workspace's own rules before anything is written:
    a package that would fail half way (a 60 MB summary, a date of birth in the future) is refused up front."""
    from datetime import date

    from casebridge.domain.case import validate_case_field, validate_offence_field, validate_person_field
    from casebridge.domain.casefile import specs_for, validate_fields, validate_value
    from casebridge.errors import ValidationError

    sent = manifest["case"]
    today = date.today()
    where = "the case"
    try:
        for field in CASE_FIELDS:
            if sent.get(field):
                validate_case_field(field, sent[field])
        for person in sent.get("people", []):
            where = f"person {person.get('surname', '?')}"
            for field in PERSON_FIELDS:
                if person.get(field) not in (None, ""):
                    validate_person_field(field, person[field], today)
        for offence in sent.get("offences", []):
            where = f"offence {offence.get('cjs_code', '?')}"
            for field, value in offence.items():
                if field in ("id", "title") or value in (None, ""):
                    continue
                validate_offence_field(field, value, ws.reference.offences)
        case_file = manifest.get("case_file") or {}
        person_specs = specs_for("person")
        for details in case_file.get("person_details", {}).values():
            for field, value in details.items():
                where = f"person detail {field}"
                if field in person_specs:
                    validate_value(person_specs[field], value)
        reserved = {"id", "kind", "person_id", "number", "submission", "deleted"}
        for item in case_file.get("items", []):
            where = f"case-file {item.get('kind', '?')} record"
            validate_fields(item["kind"], {k: v for k, v in item.items() if k not in reserved})
        for exhibit in manifest["exhibits"]:
            where = f"exhibit {exhibit['reference']}"
            if len(str(exhibit.get("description") or "")) > 4000:
                raise ValidationError("description", "An exhibit description is limited to 4,000 characters.")
    except (ValidationError, KeyError, TypeError, ValueError) as exc:
        raise PackageError(
            f"{name}: {where} cannot be imported: {str(exc).rstrip('.')}. Nothing was imported."
        ) from None


def import_manifest(ws: Workspace, manifest: dict[str, Any], signer: str, note: dict[str, Any] | None = None) -> str:
    """Creates the case a checked manifest describes; every file it names must already be in the vault."""
    urn = manifest["urn"]
    missing = [b["sha256"] for b in manifest["blobs"] if not ws.vault.exists(b["sha256"])]
    if missing:
        raise PackageError(f"{len(missing)} file(s) of {urn} are not in the vault yet: the case was not created.")
    sent = manifest["case"]
    ws.cases.create_case(urn, officer_person=False, **{name: sent.get(name) or None for name in CASE_FIELDS})
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
