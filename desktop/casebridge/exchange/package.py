"""The case package, version 1: a manifest (JSON, schema in `resources/schemas/`) naming every file by SHA-256,
signed by the sending workstation, and the `.cbcase` file that carries it with the files for offline transfer.

A `.cbcase` is a ZIP holding exactly `manifest.json`, `manifest.sig.json` and `blobs/<sha256>` (files stored, not
compressed). Reading one refuses anything else — an unexpected, escaping or repeated name, a compressed file, a
file whose size differs from what the manifest says, a file whose digest differs, a manifest that is too large,
too deeply nested, not JSON, fails the schema or its limits, and a signature that does not match — each with a
message naming the package and the problem. Files are read in pieces through the hash (never whole), so memory
stays small whatever a package claims; everything is checked before anything is written.
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
from casebridge.domain.text import printable
from casebridge.errors import CasebridgeError
from casebridge.exchange.canonical import canonical
from casebridge.exchange.keys import SignatureError, WorkstationKey, verify
from casebridge.resource_files import resource_path

if TYPE_CHECKING:
    from casebridge.workspace import Workspace

FORMAT, VERSION = "casebridge-case-package", 1
BLOB_NAME = re.compile(r"^blobs/([0-9a-f]{64})$")
MAX_MANIFEST = 32 * 1024 * 1024
# Values (commas and colons, counted before parsing) a manifest may hold: about 50,000 exhibits. Parsed JSON takes
# far more memory than its text (an empty object is one byte of text and ~64 bytes of memory), so the count, not
# only the size, keeps reading a package within ~150 MB whatever it holds.
MAX_JSON_VALUES = 1_500_000
MAX_SIGNATURE = 64 * 1024
MAX_DEPTH = 32  # JSON nesting: the standard's deepest is about 6
CHUNK = 1024 * 1024


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


def build_manifest(ws: Workspace, urn: str, key: WorkstationKey) -> dict[str, Any]:
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
        "created_at": ws.clock.stamp(),
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

    def blob_stream(self, archive: zipfile.ZipFile, digest: str, size: int) -> Iterator[bytes]:
        """The file's bytes in pieces, never more than the manifest's size, its digest checked at the end."""
        hasher = hashlib.sha256()
        read = 0
        with archive.open(f"blobs/{digest}") as member:
            while piece := member.read(CHUNK):
                read += len(piece)
                if read > size:
                    raise PackageError(f"{self.path.name}: the file {digest[:12]}… is longer than the manifest says.")
                hasher.update(piece)
                yield piece
        if read != size or hasher.hexdigest() != digest:
            raise PackageError(f"The file {digest[:12]}… in {self.path.name} is damaged (its digest differs).")

    def check_blobs(self) -> None:
        """Every file read once through its hash (constant memory)."""
        with zipfile.ZipFile(self.path) as archive:
            for blob in self.manifest["blobs"]:
                for _piece in self.blob_stream(archive, blob["sha256"], blob["size"]):
                    pass

    def copy_into(self, vault: Any, progress: Any = None) -> int:
        """Puts every file the vault lacks into it, streamed and checked; returns how many were added."""
        from casebridge.jobs import ProgressUpdate

        added = 0
        blobs = self.manifest["blobs"]
        with zipfile.ZipFile(self.path) as archive:
            for number, blob in enumerate(blobs, start=1):
                if not vault.exists(blob["sha256"]):
                    put = vault.put(_PieceReader(self.blob_stream(archive, blob["sha256"], blob["size"])))
                    if put.digest != blob["sha256"]:
                        raise PackageError(f"The file {blob['sha256'][:12]}… in {self.path.name} changed while read.")
                    added += 1
                if progress is not None:
                    progress(ProgressUpdate(number, len(blobs), "Storing the files"))
        return added


class _PieceReader:
    """A read()-able stream over an iterator of byte pieces (for Vault.put)."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self._pieces = pieces
        self._rest = b""

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._rest) < size:
            piece = next(self._pieces, None)
            if piece is None:
                break
            self._rest += piece
        if size < 0:
            out, self._rest = self._rest, b""
        else:
            out, self._rest = self._rest[:size], self._rest[size:]
        return out


def _depth(value: Any) -> int:
    """How deeply a parsed JSON value nests (iteratively: a hostile manifest cannot exhaust the stack here)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            return level
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


def _read_json(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, what: str, name: str) -> tuple[bytes, Any]:
    if info.file_size > limit:
        raise PackageError(f"{name}: the {what} is {info.file_size:,} bytes, more than {limit:,}: refused.")
    with archive.open(info) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise PackageError(f"{name}: the {what} is larger than it says: refused.")
    values = data.count(b",") + data.count(b":")
    if values > MAX_JSON_VALUES:
        raise PackageError(f"{name}: the {what} holds more than {MAX_JSON_VALUES:,} values: refused.")
    try:
        parsed = json.loads(data)
    except RecursionError:
        raise PackageError(f"{name}: the {what} is nested too deeply: refused.") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PackageError(f"{name}: the {what} is not JSON ({exc}).") from None
    if _depth(parsed) > MAX_DEPTH:
        raise PackageError(f"{name}: the {what} is nested more than {MAX_DEPTH} levels deep: refused.")
    return data, parsed


def open_package(path: Path, trusted: set[str] | None = None) -> OpenedPackage:
    """Opens and checks a `.cbcase` (names, methods, sizes, schema and limits, signature, every file's digest)."""
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise PackageError(f"{name} is not a case package: {exc}.") from None
    try:
        with archive:
            infos = archive.infolist()
            names = [info.filename for info in infos]
            repeated = sorted({n for n in names if names.count(n) > 1})
            if repeated:
                raise PackageError(f"{name} holds '{repeated[0][:80]}' more than once: refused.")
            entries = {info.filename: info for info in infos}
            for entry, info in entries.items():
                if entry not in ("manifest.json", "manifest.sig.json") and not BLOB_NAME.match(entry):
                    raise PackageError(f"{name} holds an unexpected entry '{printable(entry[:80])}': refused.")
                if BLOB_NAME.match(entry) and info.compress_type != zipfile.ZIP_STORED:
                    raise PackageError(
                        f"{name}: the file {entry[6:18]}… is compressed; case packages store files as they are."
                    )
            for required in ("manifest.json", "manifest.sig.json"):
                if required not in entries:
                    raise PackageError(f"{name} has no {required}: it is not a signed case package.")
            data, manifest = _read_json(archive, entries["manifest.json"], MAX_MANIFEST, "manifest", name)
            _sig_bytes, signature = _read_json(archive, entries["manifest.sig.json"], MAX_SIGNATURE, "signature", name)
            try:
                signer = verify(data, signature, trusted)
            except SignatureError as exc:
                raise PackageError(f"{name}: {exc}") from None
            try:
                validate(manifest)
            except PackageError as exc:
                raise PackageError(f"{name}: {exc}") from None
            declared = {b["sha256"]: b["size"] for b in manifest["blobs"]}
            for entry, info in entries.items():
                match = BLOB_NAME.match(entry)
                if match is None:
                    continue
                if match.group(1) not in declared:
                    raise PackageError(f"{name} carries a file the manifest does not list.")
                if info.file_size != declared[match.group(1)]:
                    raise PackageError(f"{name}: a file's size in the archive differs from the manifest's: refused.")
            missing = [d for d in declared if f"blobs/{d}" not in entries]
            if missing:
                raise PackageError(f"{name} lacks {len(missing)} file(s) its manifest lists.")
        opened = OpenedPackage(manifest, signer, path)
        opened.check_blobs()  # every digest checked before anything is accepted
    except (zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        if isinstance(exc, PackageError):
            raise
        raise PackageError(f"{name} is damaged: {exc}.") from None
    return opened
