"""Proving a redacted PDF is clean. Run after every apply; any problem blocks the copy from leaving.

Checks on the output file itself (never on what we meant to do):
- no character under any mark can be extracted — visible or invisible render modes, text inside form XObjects
  (MuPDF's extraction walks them) — apart from the reason code printed on the mark;
- no removed string occurs anywhere in the file: page text, and every object and decompressed stream searched
  for it as plain text, as a PDF hex string, and as UTF-16BE hex;
- no metadata, XMP, attachments, annotations, form fields or JavaScript, and exactly one revision;
- rendered pixels inside each mark are the redaction fill.

`check_file` runs the file-level checks plus the failed-redaction detector, for a PDF of unknown origin.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pymupdf
from PIL import Image

from casebridge.redaction.failed import inspect_document
from casebridge.redaction.image_apply import AppliedImage, open_image
from casebridge.redaction.pdf_apply import AppliedPdf, open_pdf
from casebridge.redaction.recipe import Recipe
from casebridge.redaction.textmap import grown

DARK = 60
FILL_SHARE = 0.97  # share of a mark's pixels that must be the black fill
FILL_SHARE_LABELLED = 0.75  # a mark carrying its reason code in white


@dataclass(frozen=True)
class Problem:
    # text_under_mark | string_found | metadata | attachment | annotation | javascript | revisions | fill
    # | failed_redaction
    check: str
    page: int | None
    detail: str

    @property
    def message(self) -> str:
        where = f"page {self.page + 1}: " if self.page is not None else ""
        return f"{where}{self.detail}"


def _forms(text: str) -> list[bytes]:
    """The ways a string can sit in a PDF's bytes: plain, hex (either case), UTF-16BE hex."""
    plain = text.encode("utf-8", "ignore")
    latin = text.encode("latin-1", "ignore")
    utf16 = text.encode("utf-16-be")
    forms = {
        plain,
        latin,
        plain.hex().encode(),
        plain.hex().upper().encode(),
        utf16.hex().encode(),
        utf16.hex().upper().encode(),
    }
    return [f for f in forms if len(f) >= 3]


def file_problems(doc: pymupdf.Document, data: bytes) -> list[Problem]:
    problems: list[Problem] = []
    meta = {k: v for k, v in (doc.metadata or {}).items() if v and k not in ("format", "encryption")}
    if meta:
        problems.append(Problem("metadata", None, f"document information is still present: {', '.join(sorted(meta))}"))
    if doc.get_xml_metadata().strip():
        problems.append(Problem("metadata", None, "XMP metadata is still present"))
    if doc.embfile_count():
        problems.append(Problem("attachment", None, f"{doc.embfile_count()} attached file(s) are still present"))
    for number, page in enumerate(doc):
        kinds = [name for _xref, _type, name in _annotation_kinds(doc, page) if name != "Link"]
        if kinds:
            what = ", ".join(kinds)
            problems.append(Problem("annotation", number, f"annotations or form fields remain ({what})"))
    for xref in range(1, doc.xref_length()):
        try:
            source = doc.xref_object(xref, compressed=True)
        except (RuntimeError, ValueError):
            continue
        if "/JavaScript" in source or "/JS " in source or "/JS(" in source or "/JS<" in source:
            problems.append(Problem("javascript", None, f"JavaScript remains (object {xref})"))
            break
    if data.count(b"startxref") != 1:
        problems.append(Problem("revisions", None, "the file carries more than one revision (incremental updates)"))
    return problems


def _annotation_kinds(doc: pymupdf.Document, page: pymupdf.Page) -> list[tuple[int, int, str]]:
    """Every annotation on the page by its /Subtype, read from the file (a malformed one still counts)."""
    found = []
    for xref, subtype, _id in page.annot_xrefs():
        kind = doc.xref_get_key(xref, "Subtype")[1].lstrip("/")
        found.append((xref, subtype, kind or str(subtype)))
    return found


def _under(char: pymupdf.Rect, rect: pymupdf.Rect) -> bool:
    """A character is under a mark when its centre is, or a third of it is (a neighbour's edge is not)."""
    centre = pymupdf.Point((char.x0 + char.x1) / 2, (char.y0 + char.y1) / 2)
    if char.is_empty:
        return bool(rect.contains(centre))
    return bool(rect.contains(centre) or (char & rect).get_area() >= char.get_area() / 3)


def _text_under(page: pymupdf.Page, rect: pymupdf.Rect, allowed: str) -> str:
    found = []
    raw = page.get_text("rawdict", clip=rect, flags=pymupdf.TEXTFLAGS_RAWDICT & ~pymupdf.TEXT_PRESERVE_LIGATURES)
    for block in raw.get("blocks", []):
        for line in block.get("lines", []):
            for span in line["spans"]:
                text = "".join(c["c"] for c in span["chars"] if _under(pymupdf.Rect(c["bbox"]), rect))
                if text.strip() and text.strip() != allowed:
                    found.append(text.strip())
    return " ".join(found)


def _fill_share(page: pymupdf.Page, rect: pymupdf.Rect) -> float:
    inner = grown(rect, -0.75) * page.rotation_matrix  # marks are unrotated; pixels are not
    if inner.is_empty or inner.width < 1 or inner.height < 1:
        return 1.0
    pix = page.get_pixmap(matrix=pymupdf.Matrix(2, 2), clip=inner, colorspace=pymupdf.csGRAY, alpha=False)
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
    return float((img < DARK).mean()) if img.size else 1.0


def verify_pdf(applied: AppliedPdf, recipe: Recipe) -> list[Problem]:
    doc = open_pdf(applied.data, "the redacted copy")
    try:
        problems = file_problems(doc, applied.data)
        for mark in recipe.marks:
            if mark.kind == "page" or mark.page not in applied.page_map:
                continue
            page = doc[applied.page_map[mark.page]]
            for rect_values in mark.rects:
                rect = pymupdf.Rect(rect_values)
                left = _text_under(page, rect, mark.reason)
                if left:
                    problems.append(
                        Problem(
                            "text_under_mark",
                            mark.page,
                            f"text can still be extracted under mark {mark.id}: '{left[:60]}'",
                        )
                    )
                share = _fill_share(page, rect)
                need = FILL_SHARE_LABELLED if mark.id in applied.labelled else FILL_SHARE
                if share < need:
                    problems.append(
                        Problem("fill", mark.page, f"mark {mark.id} is not solid: {share:.0%} of it is the fill")
                    )
        problems.extend(_strings_found(doc, applied.secrets))
    finally:
        doc.close()
    return problems


def _strings_found(doc: pymupdf.Document, secrets: list[str]) -> list[Problem]:
    problems: list[Problem] = []
    if not secrets:
        return problems
    page_texts = [
        " ".join(p.get_text("text", flags=pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES).split()).casefold()
        for p in doc
    ]
    blobs: list[bytes] = []
    for xref in range(1, doc.xref_length()):
        try:
            blobs.append(doc.xref_object(xref, compressed=False).encode("latin-1", "ignore"))
            if doc.xref_is_stream(xref):
                blobs.append(doc.xref_stream(xref) or b"")
        except (RuntimeError, ValueError):
            continue
    lowered_blobs = [b.lower() for b in blobs]
    for secret in secrets:
        needle = re.compile(rf"(?<![^\W_]){re.escape(' '.join(secret.split()).casefold())}(?![^\W_])")
        for number, text in enumerate(page_texts):
            if needle.search(text):
                problems.append(
                    Problem("string_found", number, f"removed text '{secret}' can still be found on the page")
                )
                break
        else:
            forms = [re.compile(rb"(?<![a-z0-9])" + re.escape(f.lower()) + rb"(?![a-z0-9])") for f in _forms(secret)]
            if any(form.search(blob) for blob in lowered_blobs for form in forms):
                problems.append(
                    Problem("string_found", None, f"removed text '{secret}' is still inside the file's objects")
                )
    return problems


def check_file(data: bytes, name: str = "the document", secrets: list[str] | None = None) -> list[Problem]:
    """Checks for a PDF we did not make: leftovers a redacted copy must not carry, and failed redactions."""
    doc = open_pdf(data, name)
    try:
        problems = file_problems(doc, data)
        for finding in inspect_document(doc):
            problems.append(Problem("failed_redaction", finding.page, finding.message.split(": ", 1)[-1]))
        problems.extend(_strings_found(doc, secrets or []))
    finally:
        doc.close()
    return problems


def _sharpness(region: npt.NDArray[np.float64]) -> float:
    """Mean absolute Laplacian: how much fine detail (edges of a face, characters of a plate) a region holds."""
    if region.shape[0] < 3 or region.shape[1] < 3:
        return 0.0
    lap = 4 * region[1:-1, 1:-1] - region[:-2, 1:-1] - region[2:, 1:-1] - region[1:-1, :-2] - region[1:-1, 2:]
    return float(np.abs(lap).mean())


def verify_image(applied: AppliedImage, recipe: Recipe, source: bytes) -> list[Problem]:
    """The redacted image carries no metadata, boxes are solid, and pixelated or blurred marks lost their detail."""
    problems: list[Problem] = []
    output = Image.open(io.BytesIO(applied.data))
    if output.getexif():
        problems.append(Problem("metadata", None, "EXIF data is still present"))
    keys = [str(k) for k in output.info]
    left = sorted(k for k in keys if k.lower() in {"exif", "xmp", "xml:com.adobe.xmp", "comment", "gps"})
    if left:
        problems.append(Problem("metadata", None, f"metadata is still present: {', '.join(left)}"))
    after = np.asarray(output.convert("L"), dtype=np.float64)
    before = np.asarray(open_image(source).convert("L"), dtype=np.float64)
    for mark in recipe.marks:
        for x0, y0, x1, y1 in mark.rects:
            box = (slice(max(0, int(y0)), int(y1)), slice(max(0, int(x0)), int(x1)))
            region = after[box]
            if region.size == 0:
                continue
            if mark.effect == "box":
                share = float((region < DARK).mean())
                need = FILL_SHARE_LABELLED if mark.id in applied.labelled else FILL_SHARE
                if share < need:
                    problems.append(Problem("fill", 0, f"mark {mark.id} is not solid: {share:.0%} of it is the fill"))
                continue
            was, now = _sharpness(before[box]), _sharpness(region)
            if was > 2 and now > 0.25 * was:
                problems.append(
                    Problem("fill", 0, f"mark {mark.id} ({mark.effect}) keeps {now / was:.0%} of the detail under it")
                )
    return problems
