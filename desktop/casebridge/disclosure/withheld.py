"""What a case withholds from an audience, as searches that find each value in any spelling.

Two kinds of value are withheld from the defence (and the court):

- **decided**: every value a redaction in the case removes (approved marks of every document recipe: a text mark's
  text, and the words wholly under an area mark). A decision about a value holds everywhere: generated forms carry
  it too (`disclosure/forms.py`).
- **policy**: the personal details the redaction policy (`resources/redaction/policy.json`, stage "served")
  withholds for each role — victims' and witnesses' addresses, postcodes, phones, emails, dates of birth; officers'
  phones and emails — as recorded on the case.

The police and the CPS receive everything: nothing is withheld from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casebridge.domain.recipe import Recipe
from casebridge.forms.document import Audience
from casebridge.redaction import detectors
from casebridge.redaction.pdf_apply import MIN_SECRET, secrets_of

if TYPE_CHECKING:
    from casebridge.domain.view import CaseFileView
    from casebridge.workspace import Workspace

SERVED_STAGE = "served"
_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$", re.I)
_PHONE_LIKE = re.compile(r"^[\d\s()+-]+$")


@dataclass(frozen=True)
class Withheld:
    term: detectors.Term  # finds the value, forgiving spacing and case
    what: str  # "Phone of Gareth Huw MORGAN (witness)", "07700 900461 (VWC)"
    source: str  # where the decision comes from: "removed from AK/1 (VWC)", "the case file: person details"
    decided: bool  # a redaction decision (applied to generated forms); False: the policy alone


@dataclass(frozen=True)
class Removed:
    text: str
    reason: str
    reference: str  # the exhibit whose redaction removes it


def literal_term(text: str, reason: str, label: str) -> detectors.Term | None:
    """A search for one removed value: postcodes with or without their space, phone numbers in any grouping or
    with +44, other text across spacing and line breaks, ignoring case. None for values too short to search for
    without matching everywhere."""
    value = " ".join(text.split())
    if len(re.sub(r"\W", "", value)) < MIN_SECRET:
        return None
    if _POSTCODE.match(value):
        compact = value.replace(" ", "").upper()
        pattern = rf"(?<![A-Za-z0-9]){re.escape(compact[:-3])}\s?{re.escape(compact[-3:])}(?![A-Za-z0-9])"
    elif _PHONE_LIKE.match(value) and sum(c.isdigit() for c in value) >= 9:
        pattern = detectors._digits_flexible(value)
    else:
        pattern = rf"(?<![\w]){detectors._flexible(value)}(?![\w])"
    return detectors.Term("decision", label, re.compile(pattern, re.I), reason)


def removed_values(ws: Workspace, urn: str) -> list[Removed]:
    """Every value an approved mark of a document redaction in the case removes (drafts included: approving a
    mark is the decision)."""
    import pymupdf

    found: dict[str, Removed] = {}
    for record in ws.redactions.for_case(urn):
        recipe = record.recipe
        if not isinstance(recipe, Recipe):
            continue  # media recipes remove pictures and sound, not text
        approved = Recipe(recipe.source_sha256, tuple(m for m in recipe.marks if m.approved), recipe.decisions)
        if not approved.marks or not ws.vault.exists(recipe.source_sha256):
            continue
        exhibit = ws.exhibits.get(record.exhibit_id)
        reasons = {" ".join(m.text.split()): m.reason for m in approved.marks if m.kind == "text"}
        fallback = approved.marks[0].reason
        try:
            with pymupdf.open(str(ws.vault.path(recipe.source_sha256))) as doc:
                values = secrets_of(doc, approved)
        except (RuntimeError, ValueError):
            continue  # an image: its marks are pictures, not text
        for value in values:
            key = value.casefold()
            if key not in found:
                found[key] = Removed(value, reasons.get(value, fallback), exhibit.reference)
    return sorted(found.values(), key=lambda r: (r.reference, r.text))


def withheld(ws: Workspace, view: CaseFileView, audience: Audience) -> list[Withheld]:
    """Everything the case withholds from `audience`: decided values first, then the policy's."""
    if audience is not Audience.DEFENCE:
        return []
    found: list[Withheld] = []
    for removed in removed_values(ws, view.case.urn):
        term = literal_term(removed.text, removed.reason, f"removed from {removed.reference}")
        if term is not None:
            found.append(Withheld(term, removed.text, f"removed from {removed.reference} ({removed.reason})", True))
    details = view.file.person_details
    for term in detectors.case_terms(view.case.people, details, SERVED_STAGE):
        found.append(
            Withheld(term, term.label, "the case file (person details, withheld by the redaction policy)", False)
        )
    return found
