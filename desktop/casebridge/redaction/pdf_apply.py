"""Applying a recipe to a PDF: remove what is under each mark, then sanitise the whole file.

Removal (PyMuPDF/MuPDF redaction): text under a mark — visible or invisible, an OCR layer included — is
deleted, image pixels under it are blanked, and vector graphics touching it are removed (a signature drawn as
paths must not survive under the box). Each mark is drawn as a black box carrying its reason code when the box
is big enough to read it. Whole pages in the recipe are deleted.

Sanitising: every annotation and form field is removed; metadata, XMP, attachments, embedded files, JavaScript
and page thumbnails are scrubbed; outline entries whose title contains removed text or whose page is gone, and
links that point at removed text, are dropped; the file is rewritten in full (garbage-collected, no
incremental history). The same source and recipe give the same bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pymupdf

from casebridge.errors import CasebridgeError
from casebridge.redaction.recipe import Mark, Recipe
from casebridge.redaction.textmap import grown

LABEL_SIZE = 6.0
MIN_SECRET = 4  # shorter words under a region mark are not tracked (they recur everywhere: "the", "and")


class RedactionError(CasebridgeError):
    """The source cannot be redacted as asked (password, damaged file, a mark off the page)."""


@dataclass
class AppliedPdf:
    data: bytes
    secrets: list[str]  # strings that must not appear anywhere in the output
    page_map: dict[int, int]  # source page -> output page (removed pages absent)
    labelled: set[str] = field(default_factory=set)  # ids of marks drawn with their reason code


def open_pdf(data: bytes, name: str = "the document") -> pymupdf.Document:
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise RedactionError(f"{name} cannot be opened as a PDF: {exc}.") from None
    if doc.needs_pass:
        doc.close()
        raise RedactionError(
            f"{name} is password-protected: it cannot be redacted without the password. "
            "Ask the sender for an unprotected copy, or open it with the password and save a copy."
        )
    if doc.page_count == 0:
        doc.close()
        raise RedactionError(f"{name} has no pages.")
    return doc


def _words_inside(page: pymupdf.Page, rect: pymupdf.Rect) -> list[str]:
    return [w[4] for w in page.get_text("words", clip=rect) if pymupdf.Rect(w[:4]) in grown(rect, 0.5)]


def secrets_of(doc: pymupdf.Document, recipe: Recipe) -> list[str]:
    """What the marks remove, as strings to look for afterwards: each text mark's text, and the longer words
    lying wholly inside region marks that do not also appear elsewhere in the document unmarked."""
    secrets = {" ".join(m.text.split()) for m in recipe.marks if m.kind == "text" and m.text.strip()}
    outside_text = []
    candidates: set[str] = set()
    for number, page in enumerate(doc):
        regions = [pymupdf.Rect(r) for m in recipe.marks_on(number) for r in m.rects]
        if number in recipe.removed_pages:
            candidates.update(w for w in page.get_text("text").split() if len(w.strip(".,;:()")) >= MIN_SECRET)
            continue
        for word in page.get_text("words"):
            box = pymupdf.Rect(word[:4])
            if any(box.intersects(r) for r in regions):
                if any(box in grown(r, 0.5) for r in regions) and len(word[4].strip(".,;:()")) >= MIN_SECRET:
                    candidates.add(word[4].strip(".,;:()"))
            else:
                outside_text.append(word[4])
    elsewhere = " ".join(outside_text).casefold()
    secrets.update(
        w for w in candidates if not re.search(rf"(?<![^\W_]){re.escape(w.casefold())}(?![^\W_])", elsewhere)
    )
    return sorted(s for s in secrets if s)


def _fits_label(rect: pymupdf.Rect, code: str) -> bool:
    width = float(pymupdf.get_text_length(code, "helv", LABEL_SIZE))
    return bool(rect.height >= LABEL_SIZE + 3 and rect.width >= width + 4)


def _clean_outline(doc: pymupdf.Document, secrets: list[str], page_map: dict[int, int]) -> list[list[object]]:
    lowered = [s.casefold() for s in secrets]
    kept: list[list[object]] = []
    for entry in doc.get_toc(simple=False):
        level, title, target = int(entry[0]), str(entry[1]), int(entry[2]) - 1
        if target >= 0 and target not in page_map:
            continue
        if any(s in str(title).casefold() for s in lowered):
            continue
        level = min(level, (int(str(kept[-1][0])) + 1) if kept else 1)
        kept.append([level, title, page_map[target] + 1 if target >= 0 else -1])
    return kept


def _clean_links(page: pymupdf.Page, marks: list[Mark], secrets: list[str], removed: set[int]) -> None:
    lowered = [s.casefold() for s in secrets]
    regions = [pymupdf.Rect(r) for m in marks for r in m.rects]
    for link in page.get_links():
        uri = str(link.get("uri") or link.get("file") or "").casefold()
        target = link.get("page", -1)
        reveals = any(s in uri or re.sub(r"\W", "", s) in re.sub(r"\W", "", uri) for s in lowered if len(s) >= 3)
        covered = any(pymupdf.Rect(link["from"]).intersects(r) for r in regions)
        dangling = link.get("kind") == pymupdf.LINK_GOTO and target in removed
        if reveals or covered or dangling:
            page.delete_link(link)


def _drop_annotations(doc: pymupdf.Document, page: pymupdf.Page) -> None:
    """Every annotation and form field goes (comments, stamps, sticky notes, filled-in fields); links stay.

    Done on the /Annots array itself, so an annotation PyMuPDF cannot load is removed as surely as any other."""
    links = [xref for xref, subtype, _id in page.annot_xrefs() if subtype == pymupdf.PDF_ANNOT_LINK]
    if len(links) == len(page.annot_xrefs()):
        return
    doc.xref_set_key(page.xref, "Annots", f"[{' '.join(f'{x} 0 R' for x in links)}]" if links else "null")


def apply_pdf(source: bytes, recipe: Recipe, *, name: str = "the document") -> AppliedPdf:
    doc = open_pdf(source, name)
    try:
        for mark in recipe.marks:
            if mark.page >= doc.page_count:
                raise RedactionError(f"A mark is on page {mark.page + 1}, but {name} has {doc.page_count} page(s).")
        secrets = secrets_of(doc, recipe)
        removed = set(recipe.removed_pages)
        if len(removed) >= doc.page_count:
            raise RedactionError(f"Every page of {name} would be removed: withhold the whole item instead.")
        page_map: dict[int, int] = {}
        for number in range(doc.page_count):
            if number not in removed:
                page_map[number] = len(page_map)
        labelled: set[str] = set()
        for number, page in enumerate(doc):
            marks = recipe.marks_on(number)
            _clean_links(page, marks, secrets, removed)
            _drop_annotations(doc, page)
            if number in removed:
                continue
            for mark in marks:
                for rect in mark.rects:
                    box = pymupdf.Rect(rect)
                    label = mark.reason if _fits_label(box, mark.reason) else None
                    if label:
                        labelled.add(mark.id)
                    page.add_redact_annot(
                        box,
                        text=label,
                        fontname="helv",
                        fontsize=LABEL_SIZE,
                        align=pymupdf.TEXT_ALIGN_CENTER,
                        fill=(0, 0, 0),
                        text_color=(1, 1, 1),
                        cross_out=False,
                    )
            if marks:
                page.apply_redactions(
                    images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                    graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
                    text=pymupdf.PDF_REDACT_TEXT_REMOVE,
                )
        doc.xref_set_key(doc.pdf_catalog(), "AcroForm", "null")
        outline = _clean_outline(doc, secrets, page_map)
        if removed:
            doc.delete_pages(sorted(removed))
        doc.set_toc(outline)
        doc.scrub(
            attached_files=True,
            clean_pages=True,
            embedded_files=True,
            hidden_text=False,  # an OCR layer outside the marks keeps the copy searchable and accessible
            javascript=True,
            metadata=True,
            redactions=True,
            redact_images=0,
            remove_links=False,
            reset_fields=True,
            reset_responses=True,
            thumbnails=True,
            xml_metadata=True,
        )
        doc.set_metadata({})
        doc.del_xml_metadata()
        data = doc.tobytes(garbage=4, deflate=True, clean=True, no_new_id=True)
    except (RuntimeError, ValueError) as exc:
        raise RedactionError(f"{name} could not be redacted: {exc}.") from None
    finally:
        doc.close()
    return AppliedPdf(data, secrets, page_map, labelled)
