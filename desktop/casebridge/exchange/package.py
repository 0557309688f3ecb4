"""The case package, version 1: a manifest (JSON, schema in `resources/schemas/`) naming every file by SHA-256,
signed by the sending workstation, and the `.cbcase` file that carries it with the files for offline transfer.

A `.cbcase` is a ZIP holding exactly `manifest.json`, `manifest.sig.json` and `blobs/<sha256>`. Reading one
refuses anything else: an unexpected or escaping name, a blob larger than the manifest says (or an archive
whose entries expand to more than they should — a zip bomb), a blob whose digest differs, a manifest that fails
the schema, and a signature that does not match.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebridge import __version__
from casebridge.errors import CasebridgeError
from casebridge.exchange.keys import SignatureError, WorkstationKey, verify
from casebridge.resource_files import resource_path

if TYPE_CHECKING:
    from casebridge.app import Workspace

FORMAT, VERSION = "casebridge-case-package", 1
BLOB_NAME = re.compile(r"^blobs/([0-9a-f]{64})$")
MAX_MANIFEST = 64 * 1024 * 1024


class PackageError(CasebridgeError):
    """A case package that cannot be accepted, and why."""


@cache
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("schemas", "case-package-v1.schema.json").read_text("utf-8"))
    return data


def check_schema(document: object, against: dict[str, Any], what: str) -> None:
    """Raises PackageError naming the first place `document` breaks the JSON Schema `against`."""
    import jsonschema

    try:
        jsonschema.validate(document, against)
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or f"the {what}"
        raise PackageError(f"The {what} is not valid at {where}: {exc.message}.") from None


def validate(manifest: object) -> None:
    """Raises PackageError naming the first place the manifest breaks the schema or its own consistency."""
    check_schema(manifest, schema(), "manifest")
    assert isinstance(manifest, dict)
    blobs = {b["sha256"]: b["size"] for b in manifest["blobs"]}
    for exhibit in manifest["exhibits"]:
        if blobs.get(exhibit["sha256"]) != exhibit["size"]:
            raise PackageError(f"Exhibit {exhibit['reference']} names a file the package does not list.")
    references = {e["reference"] for e in manifest["exhibits"]}
    for answer in manifest.get("answers", []):
        missing = [r for r in answer["exhibits"] if r not in references]
        if missing:
            raise PackageError(
                f"The answer to request {answer['request']} names exhibits not in the package: {missing}."
            )
    if manifest["case"].get("urn") != manifest["urn"]:
        raise PackageError("The manifest's URN and its case's URN differ.")


def canonical(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def build_manifest(ws: Workspace, urn: str, key: WorkstationKey) -> dict[str, Any]:
    from casebridge.store import audit
    from casebridge.store.casefile import case_file_record
    from casebridge.store.cases import case_record

    case = ws.cases.get_case(urn)
    exhibits = []
    blobs: dict[str, int] = {}
    by_id = {e.id: e for e in ws.exhibits.for_case(case.urn)}
    for exhibit in sorted(by_id.values(), key=lambda e: e.reference):
        derivation = {
            name: exhibit.facts[name]
            for name in ("redacted_from", "recipe_sha256", "still_of", "verified")
            if name in exhibit.facts
        }
        parent = by_id.get(exhibit.parent_id) if exhibit.parent_id else None
        facts = {
            name: exhibit.facts[name]
            for name in ("pages", "duration")
            if isinstance(exhibit.facts.get(name), (int, float)) and not isinstance(exhibit.facts[name], bool)
        }
        exhibits.append(
            {
                "reference": exhibit.reference,
                "sha256": exhibit.sha256,
                "size": exhibit.size,
                "kind": exhibit.kind,
                "media_type": exhibit.media_type,
                "original_name": exhibit.original_name,
                "description": exhibit.display_description,
                "producer": exhibit.producer_name,
                "parent": parent.reference if parent else None,
                "derivation": derivation,
                "facts": facts,
            }
        )
        blobs[exhibit.sha256] = exhibit.size
    return {
        "format": FORMAT,
        "version": VERSION,
        "urn": case.urn,
        "created_at": audit.utc_now(),
        "sender": {"operator": ws.cases.actor, "workstation_key": key.id, "software": f"Casebridge {__version__}"},
        "case": case_record(case),
        "case_file": case_file_record(ws.casefile.load(case.urn)),
        "exhibits": exhibits,
        "blobs": [{"sha256": digest, "size": size} for digest, size in sorted(blobs.items())],
    }


def export_package(ws: Workspace, urn: str, target: Path, key: WorkstationKey) -> Path:
    """Writes URN.cbcase: the signed manifest and every file it names (media stored, not recompressed)."""
    manifest = build_manifest(ws, urn, key)
    validate(manifest)
    data = canonical(manifest)
    partial = target.with_suffix(target.suffix + ".part")
    with zipfile.ZipFile(partial, "w") as archive:
        archive.writestr("manifest.json", data, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("manifest.sig.json", json.dumps(key.sign(data), sort_keys=True), zipfile.ZIP_DEFLATED)
        for blob in manifest["blobs"]:
            archive.write(ws.vault.path(blob["sha256"]), f"blobs/{blob['sha256']}", compress_type=zipfile.ZIP_STORED)
    partial.replace(target)
    return target


@dataclass
class OpenedPackage:
    manifest: dict[str, Any]
    signer: str
    path: Path

    def blobs(self) -> Iterator[tuple[str, bytes]]:
        """Each file, checked against its digest as it is read."""
        with zipfile.ZipFile(self.path) as archive:
            for blob in self.manifest["blobs"]:
                data = archive.read(f"blobs/{blob['sha256']}")
                if hashlib.sha256(data).hexdigest() != blob["sha256"] or len(data) != blob["size"]:
                    raise PackageError(f"The file {blob['sha256'][:12]}… in {self.path.name} is damaged.")
                yield blob["sha256"], data


def open_package(path: Path, trusted: set[str] | None = None) -> OpenedPackage:
    """Opens and checks a `.cbcase` (names, sizes, schema, signature, every file's digest)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"{path.name} is not a case package: {exc}.") from None
    with archive:
        entries = {info.filename: info for info in archive.infolist()}
        for name in entries:
            if name not in ("manifest.json", "manifest.sig.json") and not BLOB_NAME.match(name):
                raise PackageError(f"{path.name} holds an unexpected entry '{name[:80]}': refused.")
        for name in ("manifest.json", "manifest.sig.json"):
            if name not in entries:
                raise PackageError(f"{path.name} has no {name}: it is not a signed case package.")
        if entries["manifest.json"].file_size > MAX_MANIFEST:
            raise PackageError(f"{path.name}: the manifest is implausibly large.")
        data = archive.read("manifest.json")
        try:
            signature = json.loads(archive.read("manifest.sig.json"))
            signer = verify(data, signature, trusted)
        except (json.JSONDecodeError, SignatureError) as exc:
            raise PackageError(f"{path.name}: {exc}") from None
        try:
            manifest = json.loads(data)
        except json.JSONDecodeError as exc:
            raise PackageError(f"{path.name}: the manifest is not JSON ({exc.msg}).") from None
        validate(manifest)
        declared = {b["sha256"]: b["size"] for b in manifest["blobs"]}
        for name, info in entries.items():
            match = BLOB_NAME.match(name)
            if match is None:
                continue
            if match.group(1) not in declared:
                raise PackageError(f"{path.name} carries a file the manifest does not list.")
            if info.file_size != declared[match.group(1)]:
                raise PackageError(f"{path.name}: a file expands to a size the manifest does not give (zip bomb?).")
        missing = [d for d in declared if f"blobs/{d}" not in entries]
        if missing:
            raise PackageError(f"{path.name} lacks {len(missing)} file(s) its manifest lists.")
    opened = OpenedPackage(manifest, signer, path)
    for _digest, _data in opened.blobs():
        pass  # every digest checked before anything is accepted
    return opened
