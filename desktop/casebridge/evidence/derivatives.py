"""Makes and records derivatives: viewing proxies, searchable OCR copies, PDF conversions, thumbnails.

Each derivative is a new vault blob with a record of its source digest and how it was made; the original
is never touched. A derivative that cannot be made is a note for the user, never a failed import.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from casebridge.domain.exhibit import Exhibit
from casebridge.evidence import ocr, office
from casebridge.evidence.proxy import make_proxy, needs_proxy
from casebridge.evidence.thumbnail import make_thumbnail
from casebridge.jobs import CancelToken, Progress, ProgressUpdate, no_progress

if TYPE_CHECKING:
    from casebridge.evidence.importer import ImportReport
    from casebridge.workspace import Workspace

log = logging.getLogger(__name__)

PROXY, OCR, PDF, THUMBNAIL = "proxy", "ocr", "pdf", "thumbnail"
CONVERTIBLE = set(office.EXTENSIONS) - {"text/plain"}


def wanted(exhibit: Exhibit) -> list[str]:
    """Which derivatives an exhibit should have (besides its lazily made thumbnail)."""
    if exhibit.problem:
        return []
    kinds: list[str] = []
    if exhibit.kind in ("video", "audio") and needs_proxy(exhibit.facts, exhibit.size):
        kinds.append(PROXY)
    if exhibit.media_type == "application/pdf" and exhibit.facts.get("scanned_pages"):
        kinds.append(OCR)
    if exhibit.media_type in CONVERTIBLE:
        kinds.append(PDF)
    return kinds


def make(ws: Workspace, exhibit: Exhibit, kind: str, cancel: CancelToken | None = None) -> str | None:
    """Makes one derivative if it does not exist yet. Returns a note for the user when it cannot."""
    if ws.exhibits.derivative(exhibit.sha256, kind) is not None:
        return None
    source = ws.vault.path(exhibit.sha256)
    text: str | None = None
    with tempfile.TemporaryDirectory(prefix="casebridge-derive-") as work:
        target = Path(work) / "derived"
        try:
            if kind == PROXY:
                recipe = make_proxy(source, target, cancel)
            elif kind == OCR:
                missing = ocr.available()
                if missing:
                    return f"{exhibit.reference}: no searchable copy made ({missing}); the scan is kept as it is."
                recipe = ocr.make_searchable(source, target, image=exhibit.kind == "image")
                text = ocr.extract_text(target)
            elif kind == PDF:
                if office.soffice() is None:
                    return (
                        f"{exhibit.reference}: kept as {exhibit.media_type.rsplit('.', 1)[-1]} only (LibreOffice "
                        "is not installed to make a PDF copy)."
                    )
                recipe = office.convert_to_pdf(source, exhibit.media_type, target)
                text = ocr.extract_text(target)
            elif kind == THUMBNAIL:
                media_type = exhibit.media_type
                if media_type in CONVERTIBLE:  # a word-processor file is pictured by its PDF copy
                    pdf = ws.exhibits.derivative(exhibit.sha256, PDF)
                    if pdf is None:
                        return None
                    source, media_type = ws.vault.path(pdf.sha256), "application/pdf"
                data, recipe = make_thumbnail(source, exhibit.kind, media_type, exhibit.facts)
                target.write_bytes(data)
            else:
                raise ValueError(kind)
            if kind in (OCR, PDF):
                from casebridge.redaction.active import strip_active_file

                removed = strip_active_file(target)  # the copy never carries the original's scripts or launchers
                if removed:
                    recipe = {**recipe, "active_content_removed": removed}
        except Exception as exc:  # any tool failure becomes a note; the import itself stands
            log.warning("derivative %s failed for exhibit %s: %s", kind, exhibit.id, type(exc).__name__)
            return f"{exhibit.reference}: could not make a {kind} copy ({exc})."
        with target.open("rb") as handle:
            stored = ws.vault.put(handle)
    recipe = {**recipe, "source_sha256": exhibit.sha256, "kind": kind}
    ws.exhibits.add_derivative(exhibit.sha256, kind, stored.digest, recipe, text=text)
    return None


def make_searchable(ws: Workspace, exhibit: Exhibit) -> str | None:
    """On request: a searchable (OCR) copy of a photographed or scanned document. Returns a note or None."""
    if exhibit.kind != "image" and exhibit.media_type != "application/pdf":
        return f"{exhibit.reference} is not a picture or PDF: there is nothing to read."
    return make(ws, exhibit, OCR)


def make_derivatives(
    ws: Workspace, report: ImportReport, *, progress: Progress = no_progress, cancel: CancelToken | None = None
) -> list[str]:
    """After an import: proxies, OCR and PDF conversions for the items that need them."""
    imported = [o.exhibit_id for o in report.outcomes if o.status == "done" and o.exhibit_id is not None]
    jobs: list[tuple[Exhibit, str]] = []
    for exhibit_id in imported:
        exhibit = ws.exhibits.get(exhibit_id)
        jobs.extend((exhibit, kind) for kind in wanted(exhibit))
    notes: list[str] = []
    for index, (exhibit, kind) in enumerate(jobs, start=1):
        if cancel is not None:
            cancel.raise_if_cancelled()
        progress(ProgressUpdate(index - 1, len(jobs), f"Making {kind} of {exhibit.reference}"))
        note = make(ws, exhibit, kind, cancel)
        if note:
            notes.append(note)
    if jobs:
        progress(ProgressUpdate(len(jobs), len(jobs), "Derivatives finished"))
    log.info("derivatives for %d imported items: %d attempted, %d notes", len(imported), len(jobs), len(notes))
    return notes


def thumbnail(ws: Workspace, exhibit: Exhibit) -> bytes | None:
    """The exhibit's thumbnail, made on first request; None for items that have none."""
    if not exhibit.previewable or exhibit.kind not in ("image", "video", "audio", "document"):
        return None
    if exhibit.kind == "document" and exhibit.media_type not in CONVERTIBLE | {"application/pdf"}:
        return None
    if ws.exhibits.derivative(exhibit.sha256, THUMBNAIL) is None:
        note = make(ws, exhibit, THUMBNAIL)
        if note:
            return None
    made = ws.exhibits.derivative(exhibit.sha256, THUMBNAIL)
    if made is None:
        return None
    return ws.vault.path(made.sha256).read_bytes()


def stored_thumbnail(ws: Workspace, sha256: str) -> bytes | None:
    """A thumbnail already made for this content, or None (never makes one: safe on the GUI thread)."""
    made = ws.exhibits.derivative(sha256, THUMBNAIL)
    return ws.vault.path(made.sha256).read_bytes() if made else None
