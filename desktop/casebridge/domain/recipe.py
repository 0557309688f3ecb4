"""A redaction recipe: what to remove from one source item, as data — never as pixels.

The recipe names its source by SHA-256 and lists marks (regions on a page, text matches, whole pages), each with
a reason code, who proposed it and when, and who approved it and when; and decisions *not* to redact a
suggestion, with the justification. It serialises to canonical JSON (sorted keys, no floating noise), so the same
recipe applied to the same source gives the same bytes, and its own digest identifies it in logs and receipts.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from casebridge import __version__
from casebridge.errors import ValidationError

RECIPE_VERSION = 1
MARK_KINDS = ("region", "text", "page")
Rect = tuple[float, float, float, float]


def _rect(value: Any) -> Rect:
    try:
        x0, y0, x1, y1 = (round(float(v), 2) for v in value)
    except (TypeError, ValueError):
        raise ValidationError("rects", f"'{value}' is not a rectangle (x0, y0, x1, y1).") from None
    if x1 <= x0 or y1 <= y0:
        raise ValidationError("rects", f"The rectangle {value} has no area.")
    return (x0, y0, x1, y1)


@dataclass(frozen=True)
class Mark:
    """One thing to remove. `page` is 0-based; regions are in PDF points (or image pixels) in the page's
    unrotated space, as PyMuPDF reports them. A text mark keeps the matched text, so verification can prove
    that string is gone from the output; its rects are where it was found."""

    id: str
    kind: str  # region | text | page
    page: int
    reason: str
    rects: tuple[Rect, ...] = ()
    text: str = ""
    source: str = "manual"  # manual | pattern:<name> | case:<role> | failed-redaction
    proposed_by: str = ""
    proposed_at: str = ""
    approved_by: str = ""
    approved_at: str = ""
    effect: str = "box"  # images: box | pixelate | blur
    # the box runs to the end of its line, so its width says nothing of what was removed (a value ending its line
    # gets this without asking); left out of the JSON while False
    to_line_end: bool = False

    def __post_init__(self) -> None:
        if self.kind not in MARK_KINDS:
            raise ValidationError("kind", f"'{self.kind}' is not a kind of redaction mark.")
        if self.page < 0:
            raise ValidationError("page", "Page numbers start at 0.")
        if not self.reason:
            raise ValidationError("reason", "Every redaction needs a reason code.")
        if self.kind != "page" and not self.rects:
            raise ValidationError("rects", "A region or text mark needs at least one rectangle.")
        if self.effect not in ("box", "pixelate", "blur"):
            raise ValidationError("effect", f"'{self.effect}' is not a redaction effect.")
        object.__setattr__(self, "rects", tuple(_rect(r) for r in self.rects))

    @property
    def approved(self) -> bool:
        return bool(self.approved_by)


@dataclass(frozen=True)
class Decision:
    """A suggestion deliberately left unredacted, and why (e.g. the witness's name is needed to identify them)."""

    key: str  # Suggestion.key
    text: str
    page: int
    justification: str
    decided_by: str
    decided_at: str

    def __post_init__(self) -> None:
        if not self.justification.strip():
            raise ValidationError("justification", "Say why this is not being redacted.")


@dataclass(frozen=True)
class Recipe:
    source_sha256: str
    marks: tuple[Mark, ...] = ()
    decisions: tuple[Decision, ...] = ()
    version: int = RECIPE_VERSION
    tool_version: str = __version__
    created_at: str = ""
    note: str = ""

    # ----- editing (a recipe is immutable: each change gives a new one, which keeps undo simple) -----
    def with_mark(self, mark: Mark) -> Recipe:
        if any(m.id == mark.id for m in self.marks):
            return replace(self, marks=tuple(mark if m.id == mark.id else m for m in self.marks))
        return replace(self, marks=(*self.marks, mark))

    def without_mark(self, mark_id: str) -> Recipe:
        return replace(self, marks=tuple(m for m in self.marks if m.id != mark_id))

    def with_decision(self, decision: Decision) -> Recipe:
        kept = tuple(d for d in self.decisions if d.key != decision.key)
        return replace(self, decisions=(*kept, decision))

    def approved_all(self, by: str, at: str) -> Recipe:
        marks = tuple(m if m.approved else replace(m, approved_by=by, approved_at=at) for m in self.marks)
        return replace(self, marks=marks)

    @property
    def removed_pages(self) -> list[int]:
        return sorted({m.page for m in self.marks if m.kind == "page"})

    @property
    def unapproved(self) -> list[Mark]:
        return [m for m in self.marks if not m.approved]

    def marks_on(self, page: int) -> list[Mark]:
        return [m for m in self.marks if m.page == page and m.kind != "page"]

    def next_id(self) -> str:
        used = {m.id for m in self.marks}
        number = len(self.marks) + 1
        while f"m{number}" in used:
            number += 1
        return f"m{number}"

    # ----- serialising -----
    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["marks"] = sorted(data["marks"], key=lambda m: (m["page"], m["id"]))
        for mark in data["marks"]:
            mark["rects"] = [list(r) for r in mark["rects"]]
            if not mark["to_line_end"]:
                del mark["to_line_end"]
        data["decisions"] = sorted(data["decisions"], key=lambda d: d["key"])
        data["format"] = "casebridge-redaction-recipe"
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, indent=2, ensure_ascii=False) + "\n"

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Recipe:
        if data.get("format") not in (None, "casebridge-redaction-recipe"):
            raise ValidationError("format", "This is not a Casebridge redaction recipe.")
        version = int(data.get("version", RECIPE_VERSION))
        if version > RECIPE_VERSION:
            raise ValidationError(
                "version", f"This recipe is version {version}; this Casebridge reads up to {RECIPE_VERSION}."
            )
        digest = str(data.get("source_sha256", ""))
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValidationError("source_sha256", "A recipe must name its source by SHA-256.")
        try:
            marks = tuple(
                Mark(**{**m, "rects": tuple(tuple(r) for r in m.get("rects", []))}) for m in data.get("marks", [])
            )
            decisions = tuple(Decision(**d) for d in data.get("decisions", []))
        except TypeError as exc:
            raise ValidationError("marks", f"The recipe has a field Casebridge does not know: {exc}.") from None
        return cls(
            source_sha256=digest,
            marks=marks,
            decisions=decisions,
            version=version,
            tool_version=str(data.get("tool_version", "")),
            created_at=str(data.get("created_at", "")),
            note=str(data.get("note", "")),
        )

    @classmethod
    def from_json(cls, text: str) -> Recipe:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValidationError("recipe", f"The recipe is not valid JSON: {exc.msg} (line {exc.lineno}).") from None
        if not isinstance(data, dict):
            raise ValidationError("recipe", "The recipe must be a JSON object.")
        return cls.from_dict(data)


@dataclass(frozen=True)
class Suggestion:
    """A detector's proposal, accepted into a Mark or declined with a Decision."""

    detector: str  # pattern name, or case:<role>
    label: str  # what was found, for people: "UK mobile number", "Witness's address"
    text: str
    page: int
    rects: tuple[Rect, ...]
    reason: str
    key: str = field(default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "rects", tuple(_rect(r) for r in self.rects))  # as a Mark will store them
        if not self.key:
            where = ";".join(",".join(f"{v:.1f}" for v in r) for r in self.rects)
            object.__setattr__(self, "key", f"{self.detector}|{self.page}|{where}")

    def to_mark(self, mark_id: str, by: str, at: str) -> Mark:
        return Mark(
            id=mark_id,
            kind="text",
            page=self.page,
            reason=self.reason,
            rects=self.rects,
            text=self.text,
            source=self.detector,
            proposed_by=by,
            proposed_at=at,
        )
