"""Generated forms for an audience, carrying the case's redaction decisions.

An MG11 typed from a statement, the MG5 summary, MG6C descriptions: forms made from case-file text repeat values
that the case has decided to withhold elsewhere (the victim's mobile removed from her signed statement is still in
the statement's text). For the defence every such value is removed from the rendered form by the same redaction
engine as exhibits — boxes labelled with the decision's reason code — and the form is verified before it is used.
Values withheld only by the policy are not removed silently here: the leak scan (`disclosure/scan.py`) finds them
and stops the bundle, so a person decides.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from casebridge.domain.recipe import Recipe
from casebridge.errors import CasebridgeError
from casebridge.forms.builders import build
from casebridge.forms.document import Audience
from casebridge.forms.render import render_pdf
from casebridge.redaction import detectors
from casebridge.redaction.pdf_apply import apply_pdf, open_pdf
from casebridge.redaction.textmap import PageText
from casebridge.redaction.verify import verify_pdf

if TYPE_CHECKING:
    from casebridge.disclosure.withheld import Withheld
    from casebridge.domain.view import CaseFileView
    from casebridge.workspace import Workspace

DECIDED_BY = "Casebridge: the case's redaction decisions"


class FormNotVerified(CasebridgeError):
    """A generated form still carries a value the case withholds after its decisions were applied."""


def apply_decisions(data: bytes, terms: list[detectors.Term], name: str, now: str) -> tuple[bytes, int]:
    """Removes every occurrence of the terms from a generated PDF; returns (PDF, marks applied)."""
    if not terms:
        return data, 0
    recipe = Recipe(source_sha256="0" * 64)
    with open_pdf(data, name) as doc:
        for number, page in enumerate(doc):
            for found in detectors.suggest_page(PageText.of(page, number), terms, patterns_too=False):
                mark = found.to_mark(recipe.next_id(), DECIDED_BY, now)
                recipe = recipe.with_mark(replace(mark, approved_by=DECIDED_BY, approved_at=now))
    if not recipe.marks:
        return data, 0
    applied = apply_pdf(data, recipe, name=name)
    problems = verify_pdf(applied, recipe, data)
    if problems:
        raise FormNotVerified(f"{name}: the case's redaction decisions could not be applied ({problems[0].message}).")
    return applied.data, len(recipe.marks)


def form_pdf(
    ws: Workspace, view: CaseFileView, key: str, audience: Audience, withheld: list[Withheld] | None = None
) -> bytes:
    """The form as this audience receives it. `withheld` (from `withheld.withheld`) saves recomputing it per form."""
    doc = build(view, key, audience)
    data = render_pdf(doc, audience)
    if audience is not Audience.DEFENCE:
        return data
    if withheld is None:
        from casebridge.disclosure.withheld import withheld as compute

        withheld = compute(ws, view, audience)
    decided = [w.term for w in withheld if w.decided]
    return apply_decisions(data, decided, f"{doc.code} {doc.subject}".strip(), ws.clock.stamp())[0]
