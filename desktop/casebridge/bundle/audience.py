"""The one place that decides what an audience receives from a bundle definition.

- POLICE: everything, originals.
- CPS: everything, originals — non-disclosable forms included (the CPS copy of an MG19 is itself edited).
- DEFENCE (and the court): no restricted section; in a section kept per defendant (DCS C basis of plea, D defence
  statement), only the chosen defendant's documents (the case's only defendant's when none is chosen); no form
  that is not disclosable (the forms renderer refuses them too); for each exhibit, its verified redacted copy
  when one was made, never an original that has a redaction recipe without one (that exhibit is left out and
  reported).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from casebridge.bundle.definition import BundleDefinition, Entry
from casebridge.forms.document import Audience

if TYPE_CHECKING:
    from casebridge.domain.exhibit import Exhibit
    from casebridge.domain.view import CaseFileView


@dataclass(frozen=True)
class Resolved:
    entry: Entry
    exhibit: Exhibit | None = None  # for exhibits: the version this audience receives
    note: str = ""  # e.g. "redacted copy AK/1/1"


@dataclass(frozen=True)
class Left:
    entry: Entry
    reason: str


def resolve(
    definition: BundleDefinition,
    view: CaseFileView,
    audience: Audience,
    redacted: dict[int, bool] | None = None,
    per_defendant: frozenset[str] = frozenset(),
    defendant: str = "",
    partitioned: frozenset[str] = frozenset(),
) -> tuple[list[Resolved], list[Left]]:
    """(what goes in, what was left out and why). `redacted` maps exhibit ids to whether a redaction recipe
    exists for them (so an unredacted original of an exhibit meant to be redacted is never served).
    `per_defendant`: the sections kept per defendant (a document there must be assigned to one); `partitioned`:
    the sections where a document assigned to a defendant goes to that defendant only (unassigned: to all);
    `defendant`: whose partition a defence bundle is."""
    from casebridge.forms.builders import FORMS

    restricted = {s.code for s in definition.sections if s.restricted}
    sole = len(view.defendants) == 1  # with one defendant, every partition is theirs
    by_reference = {e.reference: e for e in view.exhibits}
    included: list[Resolved] = []
    left: list[Left] = []
    for entry in definition.entries:
        if entry.key in definition.excluded:
            left.append(Left(entry, "left out of the case's bundles"))
            continue
        if audience is Audience.DEFENCE and entry.section in restricted:
            left.append(Left(entry, "police and CPS only section"))
            continue
        if audience is Audience.DEFENCE and not sole and entry.section in per_defendant | partitioned:
            why = partition_refusal(entry, defendant, strict=entry.section in per_defendant)
            if why:
                left.append(Left(entry, why))
                continue
        if entry.kind == "form":
            code = entry.key.split(":")[0].upper()
            spec = FORMS.get(code)
            if spec is None:
                left.append(Left(entry, f"no form {code}"))
                continue
            if audience is Audience.DEFENCE and not spec.disclosable:
                left.append(Left(entry, "not disclosable"))
                continue
            included.append(Resolved(entry))
            continue
        exhibit = by_reference.get(entry.key)
        if exhibit is None:
            left.append(Left(entry, "no such exhibit"))
            continue
        if audience is not Audience.DEFENCE:
            included.append(Resolved(entry, exhibit, entry.note))
            continue
        copies = [
            e
            for e in view.exhibits
            if e.parent_id == exhibit.id and e.facts.get("verified") is True and "redacted_from" in e.facts
        ]
        if copies:
            copy = max(copies, key=lambda e: e.created_at)
            note = f"redacted copy {copy.reference}" + (f" of {entry.note}" if entry.note else "")
            included.append(Resolved(entry, copy, note))
        elif (redacted or {}).get(exhibit.id):
            left.append(Left(entry, "a redaction is planned but no verified redacted copy exists"))
        else:
            included.append(Resolved(entry, exhibit, entry.note))
    return included, left


def partition_refusal(entry: Entry, defendant: str, *, strict: bool = True) -> str:
    """Why a document of a section partitioned by defendant stays out of `defendant`'s bundle ("" when it goes
    in); `strict`: the section is kept per defendant (an unassigned document goes to nobody, not to everybody)."""
    if not entry.defendant:
        return "kept per defendant, and not assigned to one" if strict else ""
    if not defendant:
        return f"{entry.defendant}'s partition: build the defence bundle for that defendant"
    if not same_defendant(entry.defendant, defendant):
        return f"another defendant's partition ({entry.defendant})"
    return ""


def same_defendant(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
