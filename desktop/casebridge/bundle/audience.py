"""The one place that decides what an audience receives from a bundle definition.

- POLICE: everything, originals.
- CPS: everything, originals — non-disclosable forms included (the CPS copy of an MG19 is itself edited).
- DEFENCE (and the court): no restricted section; no form that is not disclosable (the forms renderer refuses
  them too); for each exhibit, its verified redacted copy when one was made, never an original that has a
  redaction recipe without one (that exhibit is left out and reported).
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
    definition: BundleDefinition, view: CaseFileView, audience: Audience, redacted: dict[int, bool] | None = None
) -> tuple[list[Resolved], list[Left]]:
    """(what goes in, what was left out and why). `redacted` maps exhibit ids to whether a redaction recipe
    exists for them (so an unredacted original of an exhibit meant to be redacted is never served)."""
    from casebridge.forms.builders import FORMS

    restricted = {s.code for s in definition.sections if s.restricted}
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
