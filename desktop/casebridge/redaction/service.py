"""Redaction for a workspace: which file of an exhibit is redacted, suggestions, applying, the redacted copy.

The same calls serve the desktop (on a worker thread) and the command line. Applying never touches the
original: the source is read from the vault and its digest checked, the redacted copy is verified before it is
stored, and only a copy that passed becomes a sub-exhibit linked to its source and recipe. A copy that fails
verification is not kept and the problems are returned.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import pymupdf

from casebridge.domain.recipe import Recipe, Suggestion
from casebridge.errors import CasebridgeError
from casebridge.jobs import CancelToken, Progress, ProgressUpdate, no_progress
from casebridge.redaction import detectors
from casebridge.redaction.helpers import HelperPool
from casebridge.redaction.image_apply import apply_image
from casebridge.redaction.pdf_apply import RedactionError, apply_pdf, open_pdf
from casebridge.redaction.removed import as_triples, removed_values
from casebridge.redaction.suggest import suggest_pdf
from casebridge.redaction.textmap import PageText
from casebridge.redaction.verify import Problem, text_read_back, verify_image, verify_pdf
from casebridge.store.redactions import RedactionRecord, RedactionStore

if TYPE_CHECKING:
    from casebridge.domain.exhibit import Exhibit
    from casebridge.workspace import Workspace


class VerificationFailed(CasebridgeError):
    """The redacted copy still leaks: it was not kept."""

    def __init__(self, reference: str, problems: list[Problem]) -> None:
        self.problems = problems
        listed = "; ".join(p.message for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"The redacted copy of {reference} failed verification and was not kept: {listed}{more}.")


@dataclass(frozen=True)
class Source:
    """The file a recipe applies to: the PDF (original, OCR copy or PDF conversion) or the image."""

    exhibit: Exhibit
    sha256: str
    kind: str  # pdf | image
    what: str  # "original", "searchable (OCR) copy", "PDF copy"


@dataclass
class ApplyResult:
    copy: Exhibit
    recipe: Recipe
    problems: list[Problem] = field(default_factory=list)
    reused: bool = False


class RedactionService:
    def __init__(self, ws: Workspace, helpers: HelperPool | None = None) -> None:
        self.ws = ws
        self.store: RedactionStore = ws.redactions
        self.helpers = helpers  # long documents are shared with the helper process; None: all work here

    @property
    def actor(self) -> str:
        return self.store.actor

    # ----- the file to redact -----
    def source(self, exhibit: Exhibit) -> Source:
        if exhibit.media_type == "application/pdf" or exhibit.kind == "image":
            ocr = (
                self.ws.exhibits.derivative(exhibit.sha256, "ocr") if exhibit.media_type == "application/pdf" else None
            )
            if ocr is not None:
                return Source(exhibit, ocr.sha256, "pdf", "searchable (OCR) copy")
            return Source(
                exhibit, exhibit.sha256, "pdf" if exhibit.media_type == "application/pdf" else "image", "original"
            )
        converted = self.ws.exhibits.derivative(exhibit.sha256, "pdf")
        if converted is not None:
            return Source(exhibit, converted.sha256, "pdf", "PDF copy")
        raise RedactionError(
            f"{exhibit.reference} ({exhibit.media_type}) cannot be redacted here: Casebridge redacts PDFs, documents "
            "it has converted to PDF, and images. Video and audio are redacted in the media editor."
        )

    def read(self, digest: str) -> bytes:
        with self.ws.vault.open(digest) as handle:
            data = handle.read()
        if hashlib.sha256(data).hexdigest() != digest:
            raise RedactionError(f"The stored file {digest[:12]}… does not match its digest: run Verify integrity.")
        return data

    # ----- recipes -----
    def recipe(self, exhibit: Exhibit) -> Recipe:
        record = self.store.get(exhibit.id)
        source = self.source(exhibit)
        if record is not None and isinstance(record.recipe, Recipe) and record.recipe.source_sha256 == source.sha256:
            return record.recipe
        return Recipe(source.sha256, created_at=self.ws.clock.stamp())

    def save(self, exhibit: Exhibit, recipe: Recipe) -> RedactionRecord:
        expected = self.source(exhibit).sha256
        if recipe.source_sha256 != expected:
            raise RedactionError(
                f"This recipe is for another file ({recipe.source_sha256[:12]}…), not {exhibit.reference} "
                f"({expected[:12]}…)."
            )
        return self.store.save(exhibit.id, recipe)

    # ----- suggestions -----
    def suggest(
        self,
        exhibit: Exhibit,
        stage: str = "",
        *,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> list[Suggestion]:
        source = self.source(exhibit)
        if source.kind != "pdf":
            return []  # an image has no text to search; its marks are drawn by hand
        stage = stage or str(detectors.policy().get("default_stage", "served"))
        case = self.ws.cases.get_case(exhibit.case_urn)
        details = self.ws.casefile.load(case.urn).person_details
        removed = as_triples(removed_values(self.ws, case.urn, exclude_id=exhibit.id))
        terms = detectors.case_terms(case.people, details, stage) + detectors.removed_terms(removed)
        recipe = self.recipe(exhibit)
        declined = {d.key for d in recipe.decisions}
        marked = {(m.page, r) for m in recipe.marks for r in m.rects}
        data = self.read(source.sha256)
        with open_pdf(data, exhibit.reference) as doc:
            pages = doc.page_count
        # the case's own people are left to the policy above (a victim's name stays in served material); its
        # officers are never offered
        keep = [f"{p.forenames} {p.surname}" for p in case.people]
        keep += [case.officer_in_case] if case.officer_in_case else []
        keep += [o.location for o in case.offences if o.location]
        found = suggest_pdf(data, pages, terms, progress=progress, cancel=cancel, helpers=self.helpers, keep=keep)
        return [s for s in found if s.key not in declined and not all((s.page, r) in marked for r in s.rects)]

    def find(self, exhibit: Exhibit, query: str, *, regex: bool = False, reason: str = "TPD") -> list[Suggestion]:
        """Search-and-redact: every occurrence of a literal (spacing and case forgiven) or a regular expression."""
        import re

        if not query.strip():
            return []
        try:
            pattern = re.compile(query if regex else r"\s+".join(re.escape(w) for w in query.split()), re.I)
        except re.error as exc:
            raise RedactionError(f"'{query}' is not a valid regular expression: {exc}.") from None
        return self.find_term(exhibit, detectors.Term("search", f"Search: {query}", pattern, reason))

    def find_term(self, exhibit: Exhibit, term: detectors.Term) -> list[Suggestion]:
        """Every occurrence of one term on every page of the document (an image has no text layer: none)."""
        source = self.source(exhibit)
        if source.kind != "pdf":
            return []
        doc = open_pdf(self.read(source.sha256), exhibit.reference)
        try:
            found = []
            for number, page in enumerate(doc):
                found.extend(detectors.suggest_page(PageText.of(page, number), [term], patterns_too=False))
            return found
        finally:
            doc.close()

    def case_documents(self, urn: str) -> list[Exhibit]:
        """The case's exhibits that can be redacted here (redacted copies themselves left out)."""
        found = []
        for exhibit in self.ws.exhibits.for_case(urn):
            if "redacted_from" in exhibit.facts:
                continue
            try:
                self.source(exhibit)
            except RedactionError:
                continue
            found.append(exhibit)
        return found

    def preview(self, exhibit: Exhibit, recipe: Recipe) -> bytes:
        """What applying would make, for showing only: nothing is stored, nothing verified."""
        source = self.source(exhibit)
        data = self.read(source.sha256)
        if source.kind == "pdf":
            return apply_pdf(data, recipe, name=exhibit.reference).data
        return apply_image(data, recipe, name=exhibit.reference).data

    def accept(self, exhibit: Exhibit, suggestions: list[Suggestion], *, approve: bool = False) -> Recipe:
        recipe = self.recipe(exhibit)
        now = self.ws.clock.stamp()
        for suggestion in suggestions:
            mark = suggestion.to_mark(recipe.next_id(), self.actor, now)
            if approve:
                mark = replace(mark, approved_by=self.actor, approved_at=now)
            recipe = recipe.with_mark(mark)
        self.save(exhibit, recipe)
        return recipe

    def approve(self, exhibit: Exhibit, mark_ids: list[str] | None = None, *, to_line_end: bool = False) -> Recipe:
        """Approves the marks named (all awaiting approval, with None): what `redact approve` does for a document or
        a picture, as the editor's Approve does; with `to_line_end`, those that are text also remove the rest of
        their lines."""
        recipe = self.recipe(exhibit)
        known = {m.id for m in recipe.marks}
        unknown = sorted(set(mark_ids or ()) - known)
        if unknown:
            raise RedactionError(f"{exhibit.reference} has no mark {', '.join(unknown)} (its marks: {sorted(known)}).")
        now = self.ws.clock.stamp()
        chosen = {
            m.id for m in recipe.marks if (not m.approved or to_line_end) and (mark_ids is None or m.id in mark_ids)
        }
        marks = tuple(
            replace(
                m,
                approved_by=self.actor,
                approved_at=now,
                to_line_end=m.to_line_end or (to_line_end and m.kind == "text"),
            )
            if m.id in chosen
            else m
            for m in recipe.marks
        )
        recipe = replace(recipe, marks=marks)
        self.save(exhibit, recipe)
        return recipe

    def decline(self, exhibit: Exhibit, mark_id: str, justification: str) -> Recipe:
        """Leaves a suggested mark unredacted, with the reason the redaction log records (it is not suggested again)."""
        from casebridge.domain.recipe import Decision

        recipe = self.recipe(exhibit)
        mark = next((m for m in recipe.marks if m.id == mark_id), None)
        if mark is None:
            raise RedactionError(f"{exhibit.reference} has no mark {mark_id}.")
        key = Suggestion(mark.source, "", mark.text, mark.page, mark.rects, mark.reason).key
        decision = Decision(key, mark.text, mark.page, justification, self.actor, self.ws.clock.stamp())
        recipe = recipe.without_mark(mark_id).with_decision(decision)
        self.save(exhibit, recipe)
        return recipe

    # ----- applying -----
    def apply(
        self,
        exhibit: Exhibit,
        recipe: Recipe | None = None,
        *,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> ApplyResult:
        recipe = recipe or self.recipe(exhibit)
        record = self.save(exhibit, recipe)
        if not recipe.marks:
            raise RedactionError(f"The recipe for {exhibit.reference} has no marks: there is nothing to redact.")
        if recipe.unapproved:
            raise RedactionError(
                f"{len(recipe.unapproved)} mark(s) on {exhibit.reference} are not approved yet: approve them first."
            )
        if record.up_to_date and record.output_exhibit_id is not None:
            return ApplyResult(self.ws.exhibits.get(record.output_exhibit_id), recipe, reused=True)
        source = self.source(exhibit)
        data = self.read(source.sha256)
        progress(ProgressUpdate(1, 3, "Removing"))
        if cancel is not None:
            cancel.raise_if_cancelled()
        report: dict[str, Any]
        if source.kind == "pdf":
            applied = apply_pdf(data, recipe, name=exhibit.reference)
            progress(ProgressUpdate(2, 3, "Verifying"))
            problems = verify_pdf(applied, recipe, data, self.helpers)
            output, media_type, extension = applied.data, "application/pdf", ".pdf"
            text = _text_of(output)
            report = {"secrets_checked": len(applied.secrets), "pages": len(applied.page_map), "widths": applied.widths}
        else:
            applied_image = apply_image(data, recipe, name=exhibit.reference)
            progress(ProgressUpdate(2, 3, "Verifying"))
            problems = verify_image(applied_image, recipe, data)
            problems += text_read_back(applied_image.data, [m.text for m in recipe.marks if m.text.strip()])
            output, media_type, extension = applied_image.data, applied_image.media_type, applied_image.extension
            text = ""
            report = {"size": list(applied_image.size)}
        blocking = [p for p in problems if p.blocking]
        if blocking:
            raise VerificationFailed(exhibit.reference, blocking)
        if cancel is not None:
            cancel.raise_if_cancelled()
        put = self.ws.vault.put_bytes(output)
        copy = self.ws.exhibits.add_redacted_copy(
            exhibit.id,
            put.digest,
            put.size,
            media_type,
            extension,
            {
                "redacted_source_sha256": source.sha256,
                "redacted_source": source.what,
                "recipe_sha256": recipe.digest,
                "marks": len(recipe.marks),
                "verified": True,
            },
            text=text,
        )
        warnings = [p.message for p in problems]
        report = {**report, "verified_at": self.ws.clock.stamp(), "output_sha256": put.digest, "warnings": warnings}
        self.store.record_applied(exhibit.id, recipe, copy.id, report)
        progress(ProgressUpdate(3, 3, f"Redacted copy {copy.reference} verified"))
        return ApplyResult(copy, recipe, problems)

    # ----- the log -----
    def log_entries(self, urn: str, reference: str | None = None) -> list[Any]:
        from casebridge.redaction.log import LoggedRecipe

        entries = []
        for record in self.store.for_case(urn.strip().upper()):
            if not isinstance(record.recipe, Recipe):
                continue  # media recipes have their own log (tracks, coverage)
            exhibit = self.ws.exhibits.get(record.exhibit_id)
            if reference and exhibit.reference != reference.strip().upper():
                continue
            copy = self.ws.exhibits.get(record.output_exhibit_id) if record.output_exhibit_id else None
            fresh = copy is not None and record.up_to_date
            widths = dict(record.report.get("widths", {})) if fresh else {}
            entries.append(
                LoggedRecipe(exhibit.reference, copy.reference if fresh and copy else "", record.recipe, widths)
            )
        return entries

    def media_log_entries(self, urn: str, reference: str | None = None) -> list[Any]:
        from casebridge.domain.media_recipe import MediaRecipe
        from casebridge.redaction.log import LoggedMedia

        entries = []
        for record in self.store.for_case(urn.strip().upper()):
            if not isinstance(record.recipe, MediaRecipe):
                continue
            exhibit = self.ws.exhibits.get(record.exhibit_id)
            if reference and exhibit.reference != reference.strip().upper():
                continue
            copy = self.ws.exhibits.get(record.output_exhibit_id) if record.output_exhibit_id else None
            current = copy is not None and record.up_to_date
            duration = float(exhibit.facts.get("duration") or exhibit.facts.get("duration_s") or 0.0)
            entries.append(
                LoggedMedia(
                    exhibit.reference,
                    copy.reference if copy is not None and current else "",
                    record.recipe,
                    float(copy.facts.get("duration_s", duration)) if copy is not None and current else duration,
                    int(copy.facts.get("frames", 0)) if copy is not None and current else 0,
                    dict(record.report.get("coverage", {})) if current else {},
                    tuple(record.report.get("streams", ())) if current else (),
                    dict(record.report.get("attack", {})) if current else {},
                )
            )
        return entries


def _text_of(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "\n".join(page.get_text() for page in doc)
