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

from casebridge.domain.recipe import Mark, Recipe
from casebridge.errors import CasebridgeError
from casebridge.redaction.failed import inspect_document
from casebridge.redaction.helpers import HelperPool, use_second_core
from casebridge.redaction.image_apply import AppliedImage, open_image
from casebridge.redaction.pdf_apply import AppliedPdf, open_pdf
from casebridge.redaction.textmap import grown, trie_pattern

DARK = 60
FILL_SHARE = 0.97  # share of a mark's pixels that must be the black fill
FILL_SHARE_LABELLED = 0.75  # a mark carrying its reason code in white


HYGIENE = frozenset({"metadata", "annotation", "revisions"})


@dataclass(frozen=True)
class Problem:
    # text_under_mark | string_found | metadata | attachment | annotation | javascript | revisions | fill
    # | failed_redaction | over_redaction | text_read | unchecked | personal_metadata | old_revision
    check: str
    page: int | None
    detail: str

    @property
    def blocking(self) -> bool:
        """A leak blocks the copy; over-redaction (a box that took a neighbour's letters) and a check that could not
        run here (said in the copy's warnings) are reported only."""
        return self.check not in ("over_redaction", "unchecked")

    @property
    def hygiene(self) -> bool:
        """What a careful sender cleans but that exposes nobody by itself (ordinary document information, XMP, an
        annotation, a second revision): reported on a received file, blocking only with `--strict`. Casebridge's own
        copies are held to all of it."""
        return self.check in HYGIENE

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


# PyMuPDF's annotation type numbers by their PDF names (PDF_ANNOT_FREE_TEXT → FreeText), for annotations whose
# own object cannot be read
_ANNOTATION_NAMES = {
    getattr(pymupdf, name): "".join(part.title() for part in name.removeprefix("PDF_ANNOT_").split("_"))
    for name in dir(pymupdf)
    if name.startswith("PDF_ANNOT_")
    and not name.startswith(("PDF_ANNOT_IT_", "PDF_ANNOT_LE_", "PDF_ANNOT_Q_", "PDF_ANNOT_IS_"))
}


def _annotation_kinds(doc: pymupdf.Document, page: pymupdf.Page) -> list[tuple[int, int, str]]:
    """Every annotation on the page by its /Subtype, read from the file (a malformed one still counts)."""
    found = []
    for xref, subtype, _id in page.annot_xrefs():
        try:
            kind = doc.xref_get_key(xref, "Subtype")[1].lstrip("/")
        except (RuntimeError, ValueError):  # an annotation written inline (no object of its own) or broken
            kind = _ANNOTATION_NAMES.get(subtype, str(subtype))
        found.append((xref, subtype, kind or str(subtype)))
    return found


def _page_chars(page: pymupdf.Page, textpage: pymupdf.TextPage) -> tuple[list[str], npt.NDArray[np.float64]]:
    """Every character the page yields, visible or not, text in form XObjects included, with its box."""
    raw = page.get_text("rawdict", textpage=textpage)
    chars = [
        char
        for block in raw.get("blocks", [])
        for line in block.get("lines", [])
        for span in line["spans"]
        for char in span["chars"]
    ]
    boxes = np.array([c["bbox"] for c in chars], dtype=np.float64).reshape(-1, 4)
    return [c["c"] for c in chars], boxes


def _text_under(chars: tuple[list[str], npt.NDArray[np.float64]], rect: pymupdf.Rect, allowed: str) -> str:
    """Characters under a mark: centre inside it, or a third of the character inside (not a neighbour's edge)."""
    letters, boxes = chars
    if not letters:
        return ""
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    centre_in = (cx >= rect.x0) & (cx <= rect.x1) & (cy >= rect.y0) & (cy <= rect.y1)
    w = np.clip(np.minimum(boxes[:, 2], rect.x1) - np.maximum(boxes[:, 0], rect.x0), 0, None)
    h = np.clip(np.minimum(boxes[:, 3], rect.y1) - np.maximum(boxes[:, 1], rect.y0), 0, None)
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    under = centre_in | ((area > 0) & (w * h >= area / 3))
    text = "".join(letters[i] for i in np.flatnonzero(under))
    return (text.replace(allowed, "", 1) if allowed else text).strip()


def _fill_share(page: pymupdf.Page, display: pymupdf.DisplayList, rect: pymupdf.Rect) -> float:
    inner = grown(rect, -0.75) * page.rotation_matrix  # marks are unrotated; pixels are not
    if inner.is_empty or inner.width < 1 or inner.height < 1:
        return 1.0
    pix = display.get_pixmap(matrix=pymupdf.Matrix(2, 2), clip=inner, colorspace=pymupdf.csGRAY, alpha=False)
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
    return float((img < DARK).mean()) if img.size else 1.0


TEXT_FLAGS = pymupdf.TEXTFLAGS_RAWDICT & ~pymupdf.TEXT_PRESERVE_LIGATURES


PARALLEL_PAGES = 150  # from this many pages the page checks run in two processes (both cores)


def _outside(chars: tuple[list[str], npt.NDArray[np.float64]], rects: list[pymupdf.Rect]) -> str:
    """The non-space characters whose centre lies outside every mark (1 pt of slack), in reading order."""
    letters, boxes = chars
    if not letters:
        return ""
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    inside = np.zeros(len(letters), dtype=bool)
    for r in rects:
        inside |= (cx >= r.x0 - 1) & (cx <= r.x1 + 1) & (cy >= r.y0 - 1) & (cy <= r.y1 + 1)
    return "".join(letters[i] for i in np.flatnonzero(~inside) if not letters[i].isspace())


def _lost(before: str, after: str) -> str:
    """Characters present before and missing after (as a multiset), for the over-redaction check."""
    from collections import Counter

    missing = Counter(before) - Counter(after)
    return "".join(sorted(missing.elements()))


def _check_pages(
    data: bytes,
    pages: range,
    by_page: dict[int, list[Mark]],
    labelled: set[str],
    source: bytes | None = None,
    source_pages: dict[int, int] | None = None,
) -> tuple[list[Problem], list[str]]:
    """Text under each mark and the fill of each mark, for a range of output pages; and every page's text.
    With the source, also that nothing outside the marks was lost (over-redaction)."""
    problems: list[Problem] = []
    texts: list[str] = []
    original = pymupdf.open(stream=source, filetype="pdf") if source is not None else None
    if original is not None:  # comments and form fields go by design: compare the pages themselves
        for index in range(original.page_count):
            original.xref_set_key(original.page_xref(index), "Annots", "null")
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for number in pages:
            page = doc[number]
            textpage = page.get_textpage(flags=TEXT_FLAGS)
            texts.append(page.get_text("text", textpage=textpage))
            marks = by_page.get(number)
            if not marks:
                continue
            rects = [pymupdf.Rect(r) for m in marks for r in m.rects]
            near = pymupdf.Rect(rects[0])
            for rect in rects[1:]:
                near |= rect
            near = grown(near, 24)  # only characters near the marks can be under them or lost with them
            chars = _page_chars(page, page.get_textpage(clip=near, flags=TEXT_FLAGS))
            if original is not None and source_pages is not None:
                before_page = original[source_pages[number]]
                before_chars = _page_chars(before_page, before_page.get_textpage(clip=near, flags=TEXT_FLAGS))
                lost = _lost(_outside(before_chars, rects), _outside(chars, rects))
                if lost:
                    detail = f"{len(lost)} character(s) outside the marks were removed too: '{lost[:40]}'"
                    problems.append(Problem("over_redaction", marks[0].page, detail))
            display = page.get_displaylist()
            for mark in marks:
                for rect_values in mark.rects:
                    rect = pymupdf.Rect(rect_values)
                    left = _text_under(chars, rect, mark.reason if mark.id in labelled else "")
                    if left:
                        detail = f"text can still be extracted under mark {mark.id}: '{left[:60]}'"
                        problems.append(Problem("text_under_mark", mark.page, detail))
                    share = _fill_share(page, display, rect)
                    need = FILL_SHARE_LABELLED if mark.id in labelled else FILL_SHARE
                    if share < need:
                        detail = f"mark {mark.id} is not solid: {share:.0%} of it is the fill"
                        problems.append(Problem("fill", mark.page, detail))
    if original is not None:
        original.close()
    return problems, texts


def verify_pdf(
    applied: AppliedPdf, recipe: Recipe, source: bytes | None = None, helpers: HelperPool | None = None
) -> list[Problem]:
    """Proof on the output; with the source, also that nothing outside the marks went with them. Given a helper
    pool, a long document's second half is checked in the helper process."""
    doc = open_pdf(applied.data, "the redacted copy")
    try:
        by_page: dict[int, list[Mark]] = {}
        for mark in recipe.marks:
            if mark.kind != "page" and mark.page in applied.page_map:
                by_page.setdefault(applied.page_map[mark.page], []).append(mark)
        count = doc.page_count
        source_pages = {out: src for src, out in applied.page_map.items()}
        if helpers is not None and use_second_core(helpers, count, PARALLEL_PAGES):
            half = count // 2
            later = helpers.submit(
                _check_pages, applied.data, range(half, count), by_page, applied.labelled, source, source_pages
            )
            problems = file_problems(doc, applied.data)
            objects = _strings_in_objects(doc, applied.secrets)
            first, first_texts = _check_pages(
                applied.data, range(half), by_page, applied.labelled, source, source_pages
            )
            second, second_texts = later.result()
            texts = first_texts + second_texts
            problems += first + second
        else:
            problems = file_problems(doc, applied.data)
            objects = _strings_in_objects(doc, applied.secrets)
            page_problems, texts = _check_pages(
                applied.data, range(count), by_page, applied.labelled, source, source_pages
            )
            problems += page_problems
        on_pages = _strings_in_pages(texts, applied.secrets)
        seen = {p.detail.split("'")[1].casefold() for p in on_pages}
        problems += on_pages + [p for p in objects if p.detail.split("'")[1].casefold() not in seen]
    finally:
        doc.close()
    return problems


def _binary_stream(doc: pymupdf.Document, xref: int) -> bool:
    """Image pixels and embedded font programs: no text can be read from them, so they are not searched.
    (Their dictionaries are: a title or a name written there is still found.)"""
    subtype = doc.xref_get_key(xref, "Subtype")[1]
    if subtype in ("/Image", "/Type1C", "/CIDFontType0C", "/OpenType"):
        return True
    font_program = doc.xref_get_key(xref, "Length1")[0] != "null" or doc.xref_get_key(xref, "Length2")[0] != "null"
    return bool(font_program)


def _alternation(secrets: list[str]) -> re.Pattern[str]:
    words = sorted({" ".join(s.split()).casefold() for s in secrets})
    return re.compile(rf"(?<![^\W_])(?:{trie_pattern(words)})(?![^\W_])")


def _strings_in_pages(texts: list[str], secrets: list[str]) -> list[Problem]:
    """Each removed string, searched once over every page's text (one pattern for all of them)."""
    secrets = [s for s in secrets if s.strip()]
    if not secrets:
        return []
    pattern = _alternation(secrets)
    problems: list[Problem] = []
    reported: set[str] = set()
    for number, text in enumerate(texts):
        for match in pattern.finditer(" ".join(text.split()).casefold()):
            if match.group(0) not in reported:
                reported.add(match.group(0))
                detail = f"removed text '{match.group(0)}' can still be found on the page"
                problems.append(Problem("string_found", number, detail))
    return problems


def _strings_in_objects(doc: pymupdf.Document, secrets: list[str]) -> list[Problem]:
    """Each removed string in every object and decompressed stream: plain, PDF hex and UTF-16BE hex."""
    secrets = [s for s in secrets if s.strip()]
    if not secrets:
        return []
    forms: dict[bytes, str] = {}
    for secret in secrets:
        for form in _forms(secret):
            forms.setdefault(form.lower(), secret)
    body = trie_pattern([f.decode("latin-1") for f in forms]).encode("latin-1")
    blob_pattern = re.compile(rb"(?<![a-z0-9])(?:" + body + rb")(?![a-z0-9])")
    problems: list[Problem] = []
    reported: set[str] = set()
    for xref in range(1, doc.xref_length()):
        try:
            chunks = [doc.xref_object(xref, compressed=False).encode("latin-1", "ignore")]
            if doc.xref_is_stream(xref) and not _binary_stream(doc, xref):
                chunks.append(doc.xref_stream(xref) or b"")
        except (RuntimeError, ValueError):
            continue
        for chunk in chunks:
            for match in blob_pattern.finditer(chunk.lower()):
                secret = forms.get(match.group(0), match.group(0).decode("latin-1"))
                if secret.casefold() not in reported:
                    reported.add(secret.casefold())
                    detail = f"removed text '{secret}' is still inside the file's objects"
                    problems.append(Problem("string_found", None, detail))
    return problems


def _strings_found(doc: pymupdf.Document, secrets: list[str]) -> list[Problem]:
    flags = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES
    texts = [p.get_text("text", flags=flags) for p in doc]
    found = _strings_in_pages(texts, secrets)
    seen = {p.detail.split("'")[1].casefold() for p in found}
    return found + [p for p in _strings_in_objects(doc, secrets) if p.detail.split("'")[1].casefold() not in seen]


# Words of the programs and organisations that fill a PDF's Author field when no person does.
_SOFTWARE = re.compile(
    r"(?i)\b(?:microsoft|adobe|acrobat|word|office|libre|openoffice|writer|pdf\w*|tex|latex|ghostscript|"
    r"reportlab|quartz|chrome|skia|windows|administrator|admin|user|owner|corporation|inc|ltd|limited|plc|"
    r"police|constabulary|service|department|council|court|system|scanner|printer|canon|xerox|ricoh|hp|epson)\b"
)
_PERSON = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|DC|PC|DS|DI|Sgt)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}$")


def _identifier(text: str) -> bool:
    from casebridge.redaction import detectors

    for pattern in detectors.patterns():
        for match in pattern.regex.finditer(text):
            if pattern.validator is None or pattern.validator(match.group(pattern.group)):
                return True
    return False


def personal_metadata(doc: pymupdf.Document, secrets: list[str] | None = None) -> list[Problem]:
    """Document information (and XMP) that holds personal data — a person's name as Author, an identifier or a
    value of the case in any field — blocks like a leak; ordinary fields (Creator, Producer, dates) are hygiene."""
    wanted = [s.casefold() for s in secrets or [] if len(s.strip()) >= 3]
    fields = [(k, v) for k, v in sorted((doc.metadata or {}).items()) if v and k not in ("format", "encryption")]
    fields.append(("XMP", doc.get_xml_metadata()))
    problems = []
    for key, value in fields:
        if key in ("creationDate", "modDate"):
            continue  # dates of the file, not of a person
        why = ""
        if key == "author" and _PERSON.match(value.strip()) and not _SOFTWARE.search(value):
            why = "a person's name"
        elif re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", value):
            why = "an e-mail address"
        elif _identifier(value):
            why = "an identifier"
        elif any(s in value.casefold() for s in wanted):
            why = "a value being removed"
        if why:
            where = "the XMP metadata" if key == "XMP" else f"the document information's {key}"
            problems.append(Problem("personal_metadata", None, f"{where} holds {why}"))
    return problems


def old_revisions(data: bytes) -> list[Problem]:
    """A file saved incrementally keeps every earlier version: words an earlier revision shows on a page that the
    current one no longer does are recoverable by anyone who cuts the file at its first end-of-file marker."""
    if data.count(b"startxref") < 2:
        return []
    end = data.find(b"%%EOF")
    if end < 0:
        return []
    try:
        earlier = pymupdf.open(stream=data[: end + 5], filetype="pdf")
        current = pymupdf.open(stream=data, filetype="pdf")
    except (RuntimeError, ValueError):
        return []
    problems = []
    with earlier, current:
        for number in range(min(earlier.page_count, current.page_count)):
            before = set(re.findall(r"\w{3,}", earlier[number].get_text().casefold()))
            after = set(re.findall(r"\w{3,}", current[number].get_text().casefold()))
            gone = before - after
            if gone:
                problems.append(
                    Problem(
                        "old_revision",
                        number,
                        f"an earlier revision still holds {len(gone)} word(s) this page no longer shows",
                    )
                )
    return problems


def check_file(data: bytes, name: str = "the document", secrets: list[str] | None = None) -> list[Problem]:
    """Checks a PDF we did not make: failed redactions, values still in it, personal data in the document
    information and words only an earlier revision shows (leaks: `blocking` and not `hygiene`); and what a
    careful sender cleans (document information, XMP, annotations, revisions: `hygiene`)."""
    doc = open_pdf(data, name)
    try:
        problems = file_problems(doc, data) + personal_metadata(doc, secrets) + old_revisions(data)
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


def text_read_back(data: bytes, values: list[str]) -> list[Problem]:
    """What an attacker reads in the redacted picture: the text reader runs on the copy, and no value its text marks
    removed may be read anywhere in it (letters and digits compared, spacing and case ignored)."""
    from casebridge.redaction.shot_text import TextReader, compact

    wanted = {compact(v)[0] for v in values if len(compact(v)[0]) >= 3}
    if not wanted:
        return []
    try:
        reader = TextReader(min_chars=3)
    except (CasebridgeError, ImportError) as exc:
        return [Problem("unchecked", 0, f"the copy was not read back for text ({exc})")]
    rgb = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=np.uint8)
    read = "|".join(compact(text)[0] for _box, text, _score in reader.lines(rgb))
    return [
        Problem("text_read", 0, f"removed text '{v}' can still be read in the picture")
        for v in values
        if compact(v)[0] in wanted and compact(v)[0] in read
    ]
