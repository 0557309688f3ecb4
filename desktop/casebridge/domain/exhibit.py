"""Exhibits: the reference a producer gives an item (initials/number, sub-exhibits), and what it is."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from casebridge.domain.identifiers import exhibit_slug


@dataclass
class Exhibit:
    id: int
    case_urn: str
    reference: str
    sha256: str
    size: int
    original_name: str
    kind: str
    media_type: str
    summary: str = ""
    description: str = ""
    producer_id: int | None = None
    producer_name: str = ""
    parent_id: int | None = None
    seized_at: datetime | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None
    previewable: bool = True
    created_at: str = ""

    @property
    def slug(self) -> str:
        return exhibit_slug(self.reference)

    @property
    def display_description(self) -> str:
        return self.description or self.summary


def initials(forenames: str, surname: str) -> str:
    """'Sarah' 'EVANS' -> 'SE'; 'Gareth Huw' 'MORGAN' -> 'GHM'; letters only, at most four."""
    letters = [part[0] for part in re.split(r"[\s\-']+", f"{forenames} {surname}") if part and part[0].isalpha()]
    return ("".join(letters).upper() or "X")[:4]


def next_reference(prefix: str, existing: Iterable[str]) -> str:
    """The next free number under `prefix` ('SE' -> 'SE/3'; 'SE/1' -> 'SE/1/2')."""
    pattern = re.compile(rf"^{re.escape(prefix)}/(\d+)$")
    numbers = [int(m.group(1)) for ref in existing if (m := pattern.match(ref))]
    return f"{prefix}/{max(numbers, default=0) + 1}"


DERIVATIVE_NAMES = {
    "proxy": "viewing proxy",
    "ocr": "searchable (OCR) copy",
    "pdf": "PDF copy",
    "thumbnail": "thumbnail",
}


FIELD_NAMES = {"seized_at": "seized/received", "producer_id": "producer"}


def _shown(field: str, value: Any) -> str:
    if value in (None, ""):
        return ""
    if field == "seized_at":
        try:
            return datetime.fromisoformat(str(value)).strftime("%d/%m/%Y %H:%M")
        except ValueError:
            return str(value)
    return str(value)


def continuity_text(action: str, before: Any, after: Any) -> str:
    """One continuity-log line in words, from an audit event on an exhibit."""
    details = after if isinstance(after, dict) else {}
    if action == "exhibit.imported":
        return (
            f"Imported from '{details.get('source', '?')}' as {details.get('reference', '?')} "
            f"(SHA-256 {str(details.get('sha256', ''))[:16]}…)"
        )
    if action == "exhibit.handled":
        return str(details.get("what", "Handled"))
    if action == "exhibit.derived":
        kind = str(details.get("kind", ""))
        return f"Made a {DERIVATIVE_NAMES.get(kind, kind)} (original untouched)"
    if action == "exhibit.updated" and isinstance(before, dict):
        changes = [
            "producer changed"
            if k == "producer_id"
            else f"{FIELD_NAMES.get(k, k.replace('_', ' '))} changed from '{_shown(k, before.get(k))}' to "
            f"'{_shown(k, details.get(k))}'"
            for k in details
        ]
        text = "; ".join(changes)
        return text[:1].upper() + text[1:] if text else "Updated"
    if action == "redaction.recipe_saved":
        if "tracks" in details:
            return (
                f"Video/audio redaction updated: {details.get('tracks', 0)} mask(s), {details.get('approved', 0)} "
                f"approved, {details.get('audio_ranges', 0)} sound range(s)"
            )
        declined = f", {details['decisions']} suggestion(s) declined" if details.get("decisions") else ""
        return f"Redaction updated: {details.get('marks', 0)} mark(s), {details.get('approved', 0)} approved{declined}"
    if action == "review.item":
        status = str(details.get("status", "")).replace("_", " ")
        note = f": {details['note']}" if details.get("note") else ""
        return f"CPS review — {status}{note}"
    word = action.split(".", 1)[-1].replace("_", " ")
    return word[:1].upper() + word[1:]
