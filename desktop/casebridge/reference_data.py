"""Loads the CJS standing data (forces, offences, code lists) shipped with the app or a newer copy.

The data is versioned by `manifest.json` beside it (source, version, SHA-256 of each file); a set given in
settings (`reference_dir`) replaces the shipped one wholesale, so a force can update offences without a new
release. Loading is lazy and cached per `ReferenceData` object.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from casebridge.domain.reference import Force, ForceTable, OffenceDefinition, OffenceIndex
from casebridge.errors import ReferenceDataError
from casebridge.resource_files import resource_path

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class ReferenceManifest:
    name: str
    source: str
    version: str
    licence: str
    files: dict[str, str]  # file name -> sha256


class ReferenceData:
    def __init__(self, folder: Path | None = None, *, verify: bool = True) -> None:
        self.folder = folder or resource_path("reference")
        self._verify = verify

    @cached_property
    def manifest(self) -> ReferenceManifest:
        path = self.folder / MANIFEST
        data = self._read_json(path)
        if not isinstance(data, dict):
            raise ReferenceDataError(f"Reference data manifest {path} is not a JSON object.")
        try:
            manifest = ReferenceManifest(
                name=data["name"],
                source=data["source"],
                version=data["version"],
                licence=data["licence"],
                files=dict(data["files"]),
            )
        except (KeyError, TypeError) as exc:
            raise ReferenceDataError(f"Reference data manifest {path} is missing {exc}.") from None
        if self._verify:
            for name, digest in manifest.files.items():
                actual = hashlib.sha256(self._read_bytes(self.folder / name)).hexdigest()
                if actual != digest:
                    raise ReferenceDataError(
                        f"Reference data file {self.folder / name} does not match its manifest "
                        "(altered or incomplete copy)."
                    )
        return manifest

    @property
    def version(self) -> str:
        return self.manifest.version

    @cached_property
    def forces(self) -> ForceTable:
        rows = self._records("forces.json")
        return ForceTable(Force(code=str(r["code"]), name=str(r["name"])) for r in rows)

    @cached_property
    def urn_forces(self) -> frozenset[str]:
        return self.forces.urn_forces()

    @cached_property
    def offences(self) -> OffenceIndex:
        rows = self._records("cjs-offences.json")
        return OffenceIndex(
            OffenceDefinition(
                code=str(r["cjsCode"]).strip().upper(),
                title=str(r.get("offenceTitle") or "").strip(),
                category=str(r.get("offenceCategory") or ""),
                recordable=bool(r.get("recordableOnPnc")),
            )
            for r in rows
            if r.get("cjsCode")
        )

    @cached_property
    def offence_categories(self) -> dict[str, str]:
        return {str(r["cjsCode"]): str(r["description"]) for r in self._records("offence-category.json")}

    def _records(self, name: str) -> list[dict[str, Any]]:
        if name not in self.manifest.files:
            raise ReferenceDataError(f"Reference data in {self.folder} has no {name} in its manifest.")
        data = self._read_json(self.folder / name)
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise ReferenceDataError(f"Reference data file {self.folder / name} is not a list of records.")
        return data

    @staticmethod
    def _read_bytes(path: Path) -> bytes:
        try:
            return path.read_bytes()
        except OSError as exc:
            raise ReferenceDataError(f"Reference data file {path} cannot be read: {exc.strerror}.") from None

    def _read_json(self, path: Path) -> Any:
        try:
            return json.loads(self._read_bytes(path))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ReferenceDataError(f"Reference data file {path} is not valid JSON ({exc}).") from None
