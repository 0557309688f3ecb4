"""What a built form is, before rendering: its identity, disclosure status, marking and content blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from casebridge.errors import CasebridgeError

OFFICIAL = "OFFICIAL"
OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE"


class Audience(StrEnum):
    """Who an output is for. POLICE keeps everything; CPS gets police-only forms but edited copies where the
    Manual of Guidance says so (MG19 without the victim's address); DEFENCE (and the court) gets only
    disclosable forms."""

    POLICE = "police"
    CPS = "cps"
    DEFENCE = "defence"


class DisclosureError(CasebridgeError):
    """A non-disclosable form was about to go into a defence-facing output."""


@dataclass
class Block:
    heading: str = ""
    rows: list[tuple[str, str]] = field(default_factory=list)  # label, value
    paragraphs: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)
    empty_text: str = ""  # shown when a table has no rows (e.g. "Nil return")


@dataclass
class FormDocument:
    code: str  # "MG5", "MG11", "MG11 (back)"
    title: str
    urn: str
    disclosable: bool
    marking: str
    blocks: list[Block] = field(default_factory=list)
    subject: str = ""  # e.g. the witness for an MG11
    note: str = ""  # e.g. "Edited copy: victim's address removed"
    key: str = ""  # "MG11:12" — how the CLI and bundles name this document

    @property
    def file_stem(self) -> str:
        stem = self.key or self.code
        return "".join(c if c.isalnum() or c in "-_" else "_" for c in stem).strip("_")
