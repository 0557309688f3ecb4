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

import functools
import re
from dataclasses import dataclass, field

import pymupdf

from casebridge.domain.recipe import Mark, Recipe
from casebridge.errors import CasebridgeError
from casebridge.redaction.active import strip_active
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
    # text marks by id: "end of line" (the box runs to the line's end: its width tells nothing) or, for a value
    # in the middle of a line, the width of the box in points (the length of what was removed can be judged)
    widths: dict[str, str] = field(default_factory=dict)


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
    lying wholly inside area marks (or on removed pages) that do not also appear elsewhere in the document
    unmarked. Text marks need no extraction: they carry their text."""
    secrets = {" ".join(m.text.split()) for m in recipe.marks if m.kind == "text" and m.text.strip()}
    region_pages = {m.page for m in recipe.marks if m.kind == "region"} | set(recipe.removed_pages)
    if not region_pages:
        return sorted(secrets)
    outside_text = []
    candidates: set[str] = set()
    for number, page in enumerate(doc):
        words = page.get_text("words")
        if number in recipe.removed_pages:
            candidates.update(w[4].strip(".,;:()") for w in words if len(w[4].strip(".,;:()")) >= MIN_SECRET)
            continue
        regions = [grown(pymupdf.Rect(r), 0.5) for m in recipe.marks_on(number) if m.kind == "region" for r in m.rects]
        for word in words:
            box = pymupdf.Rect(word[:4])
            inside = [r for r in regions if box.intersects(r)]
            if not inside:
                outside_text.append(word[4])
            elif any(box in r for r in inside) and len(word[4].strip(".,;:()")) >= MIN_SECRET:
                candidates.add(word[4].strip(".,;:()"))
    elsewhere = " ".join(outside_text).casefold()
    secrets.update(
        w for w in candidates if not re.search(rf"(?<![^\W_]){re.escape(w.casefold())}(?![^\W_])", elsewhere)
    )
    return sorted(s for s in secrets if s)


@functools.cache
def label_width(code: str) -> float:
    return float(pymupdf.get_text_length(code, "helv", LABEL_SIZE))


def _fits_label(rect: pymupdf.Rect, code: str) -> bool:
    width = label_width(code)
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


def _clean_links(page: pymupdf.Page, marks: list[Mark], lowered: list[str], removed: set[int]) -> None:
    """Links go when they sit on a mark, point at a removed page, or their target spells removed text."""
    links = page.get_links()
    if not links:
        return
    regions = [pymupdf.Rect(r) for m in marks for r in m.rects]
    for link in links:
        uri = str(link.get("uri") or link.get("file") or "").casefold()
        target = link.get("page", -1)
        reveals = any(s in uri or re.sub(r"\W", "", s) in re.sub(r"\W", "", uri) for s in lowered if len(s) >= 3)
        covered = any(pymupdf.Rect(link["from"]).intersects(r) for r in regions)
        dangling = link.get("kind") == pymupdf.LINK_GOTO and target in removed
        if reveals or covered or dangling:
            page.delete_link(link)


def _draw_boxes(doc: pymupdf.Document, page: pymupdf.Page, boxes: list[tuple[pymupdf.Rect, str | None]]) -> None:
    """The visible marks as one small content stream added to the page: a black box each, its reason code in
    white on it (one stream per page instead of one drawing object per mark keeps large files quick)."""
    to_pdf = ~page.transformation_matrix  # page coordinates (top-down) to the PDF's own (bottom-up)
    font = "helv"  # the built-in Helvetica, added to the page resources once
    if any(label for _box, label in boxes):
        page.insert_font(fontname=font)
    ops = ["q", "0 g"]
    for box, _label in boxes:
        r = box * to_pdf
        ops.append(f"{r.x0:.2f} {r.y0:.2f} {r.width:.2f} {r.height:.2f} re")
    ops.append("f")
    for box, label in boxes:
        if label:
            r = box * to_pdf
            width = label_width(label)
            x = r.x0 + (r.width - width) / 2
            y = r.y0 + (r.height - LABEL_SIZE * 0.7) / 2
            text = label.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT 1 g /{font} {LABEL_SIZE:g} Tf {x:.2f} {y:.2f} Td ({text}) Tj ET")
    ops.append("Q")
    page.wrap_contents()
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, "\n".join(ops).encode("latin-1"))
    contents = page.get_contents()
    doc.xref_set_key(page.xref, "Contents", "[" + " ".join(f"{x} 0 R" for x in [*contents, xref]) + "]")


def _drop_annotations(doc: pymupdf.Document, page: pymupdf.Page) -> None:
    """Every annotation and form field goes (comments, stamps, sticky notes, filled-in fields); links stay.

    Done on the /Annots array itself, so an annotation PyMuPDF cannot load is removed as surely as any other."""
    links = [xref for xref, subtype, _id in page.annot_xrefs() if subtype == pymupdf.PDF_ANNOT_LINK]
    if len(links) == len(page.annot_xrefs()):
        return
    doc.xref_set_key(page.xref, "Annots", f"[{' '.join(f'{x} 0 R' for x in links)}]" if links else "null")


class LineEnds:
    """Where the lines of a page end, so a box over a value that ends its line can run to the end of the line:
    two copies that differ only in how long that value was are then the same, pixel for pixel (the width of a
    box is how names are recovered from redacted court filings). The end is the text column's right edge — the
    page's width less the left margin of its text — not the end of the longest line, which the value may be."""

    def __init__(self, page: pymupdf.Page) -> None:
        self.words = [w[:4] for w in page.get_text("words", flags=0)]  # (x0, y0, x1, y1)
        self.upright = page.rotation == 0
        left = min((w[0] for w in self.words), default=72.0)
        self.edge = page.rect.x1 - max(18.0, left)

    def _line_final(self, box: pymupdf.Rect) -> bool:
        for x0, y0, x1, y1 in self.words:
            if x0 < box.x1 - 0.5 or x1 <= box.x1 + 0.5:
                continue  # not after the value
            if min(y1, box.y1) - max(y0, box.y0) > 0.5 * min(y1 - y0, box.height):
                return False  # a word after the value, on its line
        return True

    def boxed(self, box: pymupdf.Rect, *, forced: bool) -> tuple[pymupdf.Rect, str]:
        """The box to draw, and what the log says of its width (a mark's last line decides)."""
        if self.upright and (forced or self._line_final(box)) and box.x1 < self.edge:
            return pymupdf.Rect(box.x0, box.y0, self.edge, box.y1), "end of line"
        if self.upright and (forced or self._line_final(box)):
            return box, "end of line"
        return box, f"{box.width:.1f} pt"


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
        lowered = [s.casefold() for s in secrets]
        widths: dict[str, str] = {}
        on_page: dict[int, list[Mark]] = {}
        for mark in recipe.marks:
            if mark.kind != "page":
                on_page.setdefault(mark.page, []).append(mark)
        for number, page in enumerate(doc):
            marks = on_page.get(number, [])
            _clean_links(page, marks, lowered, removed)
            _drop_annotations(doc, page)
            if number in removed:
                continue
            boxes: list[tuple[pymupdf.Rect, str | None]] = []
            lines = LineEnds(page) if any(m.kind == "text" for m in marks) else None
            for mark in marks:
                for rect in mark.rects:
                    box = drawn = pymupdf.Rect(rect)
                    if lines is not None and mark.kind == "text":  # what is removed stays the mark; only the
                        # box drawn over it runs on (a table rule or a picture beside it is covered, not cut)
                        drawn, widths[mark.id] = lines.boxed(box, forced=mark.to_line_end)
                        if mark.to_line_end:  # asked for: the rest of the line goes too
                            box = drawn
                    label = mark.reason if _fits_label(drawn, mark.reason) else None
                    if label:
                        labelled.add(mark.id)
                    boxes.append((drawn, label))
                    page.add_redact_annot(box, fill=False, cross_out=False)
            if boxes:
                page.apply_redactions(
                    images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                    graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
                    text=pymupdf.PDF_REDACT_TEXT_REMOVE,
                )
                _draw_boxes(doc, page, boxes)
        doc.xref_set_key(doc.pdf_catalog(), "AcroForm", "null")
        strip_active(doc)  # launch actions, actions on opening and on events: scrub() below takes only JavaScript
        outline = _clean_outline(doc, secrets, page_map)
        if removed:
            doc.delete_pages(sorted(removed))
        doc.set_toc(outline)
        doc.scrub(
            attached_files=True,
            clean_pages=False,  # the full rewrite below cleans every content stream once
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
    return AppliedPdf(data, secrets, page_map, labelled, widths)
