"""Every redacted document verified again as it sits in the bundle (the pre-flight's `redaction` check).

A redacted copy was verified when it was made; the bundle is a new file, made by merging and stamping, so each
copy's pages are taken out of the bundle as built and held to the copy's own recipe once more: no removed value
readable anywhere on its pages or in their objects, no text left under a mark, every mark solid. A copy whose
recipe has changed since it was made, or whose recipe or source is missing, is an error (it cannot be shown to
match what was approved); one whose recipe was edited after it was made is a warning (it was verified against
the recipe it was made from, which is not kept).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymupdf

from casebridge.bundle.preflight import ERROR, WARNING, Finding
from casebridge.domain.recipe import Recipe
from casebridge.errors import CasebridgeError
from casebridge.redaction.pdf_apply import AppliedPdf, secrets_of
from casebridge.redaction.verify import verify_pdf

if TYPE_CHECKING:
    from casebridge.bundle.build import IndexRow
    from casebridge.domain.exhibit import Exhibit
    from casebridge.workspace import Workspace


def reverify(ws: Workspace, pdf: bytes, rows: list[IndexRow], exhibits: dict[str, Exhibit]) -> list[Finding]:
    """Findings for the redacted PDF copies among `rows` (the bundle's index rows; `exhibits` by index key)."""
    findings: list[Finding] = []
    with pymupdf.open(stream=pdf, filetype="pdf") as bundle:
        for row in rows:
            copy = exhibits.get(row.key)
            if copy is None or "redacted_from" not in copy.facts or copy.media_type != "application/pdf":
                continue
            findings += _one(ws, bundle, row, copy)
    return findings


def _one(ws: Workspace, bundle: pymupdf.Document, row: IndexRow, copy: Exhibit) -> list[Finding]:
    def finding(message: str) -> Finding:
        return Finding("redaction", ERROR, f"{copy.reference} ({row.first}): {message}", row.pdf_page)

    record = ws.redactions.get(copy.parent_id) if copy.parent_id is not None else None
    source_digest = str(copy.facts.get("redacted_source_sha256") or "")
    if record is None or not source_digest:
        return [finding("its redaction recipe or source is not in the workspace; it cannot be verified again")]
    recipe = record.recipe
    if not isinstance(recipe, Recipe):
        return [finding("its redaction recipe is not a document's")]
    if recipe.digest != copy.facts.get("recipe_sha256"):
        changed = "the recipe has changed since this copy was made (it was verified against its own recipe then)"
        message = f"{copy.reference} ({row.first}): {changed}; apply it again"
        return [Finding("redaction", WARNING, message, row.pdf_page)]
    try:
        with pymupdf.open(stream=ws.vault.path(source_digest).read_bytes(), filetype="pdf") as source:
            secrets = secrets_of(source, recipe)
            kept = [number for number in range(source.page_count) if number not in set(recipe.removed_pages)]
    except (OSError, RuntimeError, ValueError, CasebridgeError) as exc:
        return [finding(f"its source could not be read ({exc})")]
    if len(kept) != row.pages:
        return [finding(f"the bundle holds {row.pages} page(s) of it, its recipe leaves {len(kept)}")]
    served = pymupdf.open()
    try:
        served.insert_pdf(bundle, from_page=row.pdf_page - 1, to_page=row.pdf_page - 1 + row.pages - 1)
        data = served.tobytes()
    finally:
        served.close()
    # every mark may carry its reason code (the text allowed under it); the fill it needs is then the lower one
    labelled = {mark.id for mark in recipe.marks}
    applied = AppliedPdf(data, secrets, {number: at for at, number in enumerate(kept)}, labelled)
    return [finding(problem.message) for problem in verify_pdf(applied, recipe) if problem.blocking]
