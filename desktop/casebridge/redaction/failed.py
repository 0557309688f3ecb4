"""Finding failed redactions in documents we receive: text that is still in the file under a box.

A redaction has failed when text can be extracted but cannot be seen because something opaque was drawn over
it afterwards — a filled path, an image, or an annotation (a black box, a white box with new text typed on
top, a dark highlight) — or when a Redact annotation was added but never applied. Invisible text laid over
different visible text (a fake OCR layer) is reported too.

How a covered character is recognised, without trusting shapes alone (clipping paths, winding rules and
see-through fills make shapes lie): the page is rendered and the character's cell must be of one colour (no
glyph shows), *and* an opaque object drawn after the character (later in the page's drawing sequence, or an
annotation, which always draws last) must cover it. Text drawn on top of a dark box (a label) is not a failure;
neither is a lone character, nor a word a redaction tool writes on its boxes ("Redacted", "Privilege" —
`resources/redaction/box_labels.json`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt
import pymupdf

from casebridge.redaction.textmap import grown
from casebridge.resource_files import resource_path

ZOOM = 2.0
UNIFORM_SHARE = 0.97  # share of a character cell's pixels within TOLERANCE of its median: no glyph visible
TOLERANCE = 14
DARK, DARK_SHARE = 100, 0.8  # or at least this share of the cell is this dark (cross-hatched boxes)
MIN_CHARS = 2  # a hidden run shorter than this is noise ("l", "I" under a rule)


@dataclass(frozen=True)
class Finding:
    page: int  # 0-based
    kind: str  # covered_text | unapplied_redaction | invisible_over_visible
    text: str
    rects: tuple[tuple[float, float, float, float], ...]
    covered_by: str = ""  # path | image | annotation

    @property
    def message(self) -> str:
        where = f"page {self.page + 1}"
        if self.kind == "covered_text":
            return f"{where}: text hidden under {_article(self.covered_by)} is still in the file: '{self.text}'"
        if self.kind == "unapplied_redaction":
            return f"{where}: a redaction was marked but never applied; the text under it is still there"
        return f"{where}: invisible text '{self.text}' lies over different visible text"


def _article(covered_by: str) -> str:
    return {"path": "a box", "image": "an image", "annotation": "an annotation"}.get(covered_by, "something")


@cache
def box_labels() -> frozenset[str]:
    data = json.loads(resource_path("redaction", "box_labels.json").read_text(encoding="utf-8"))
    return frozenset(str(word).casefold() for word in data["labels"])


@dataclass
class _Cover:
    rect: pymupdf.Rect
    seq: float
    kind: str
    opaque: bool = False  # an annotation with a solid fill: hides what is under it whatever shows on top
    says: str = ""  # an annotation's own text (a FreeText note typed over the box is not hidden text)


def _annotations(page: pymupdf.Page) -> list[pymupdf.Annot]:
    """The page's annotations, skipping any PyMuPDF cannot load (a malformed one must not stop the check)."""
    found = []
    not_drawn = {pymupdf.PDF_ANNOT_LINK, pymupdf.PDF_ANNOT_WIDGET, pymupdf.PDF_ANNOT_POPUP}
    for xref, subtype, _id in page.annot_xrefs():
        if subtype in not_drawn:
            continue
        try:
            annot = page.load_annot(xref)
        except Exception:  # a malformed annotation in a received file: skip it, check the rest
            continue
        if annot is not None:
            found.append(annot)
    return found


@dataclass
class _Run:
    chars: list[str] = field(default_factory=list)
    rects: list[pymupdf.Rect] = field(default_factory=list)
    kind: str = ""
    starts_word: bool = False
    ends_word: bool = False


def _covers(page: pymupdf.Page) -> list[_Cover]:
    """Opaque objects in drawing order: filled paths, images, and annotations (which draw after everything)."""
    covers: list[_Cover] = []
    for drawing in page.get_drawings():
        if drawing.get("fill") is None or (drawing.get("fill_opacity") or 1.0) < 0.8:
            continue
        rect = pymupdf.Rect(drawing["rect"])
        if rect.width >= 2 and rect.height >= 2:
            covers.append(_Cover(rect, float(drawing["seqno"]), "path"))
    for seq, (kind, bbox) in enumerate(page.get_bboxlog()):
        if kind in ("fill-image", "fill-imgmask", "fill-shade"):
            covers.append(_Cover(pymupdf.Rect(bbox), float(seq), "image"))
    for annot in _annotations(page):
        if annot.type[0] == pymupdf.PDF_ANNOT_REDACT:
            continue
        opacity = annot.opacity if annot.opacity is not None and annot.opacity >= 0 else 1.0
        if opacity < 0.8:
            continue
        filled = bool((annot.colors or {}).get("fill"))
        says = _normal(str((annot.info or {}).get("content", "")))
        covers.append(_Cover(pymupdf.Rect(annot.rect), float("inf"), "annotation", opaque=filled, says=says))
    return covers


def _hidden_by(img: npt.NDArray[np.uint8], rect: pymupdf.Rect, span: dict[str, Any], covers: list[_Cover]) -> str:
    """What hides this character, or "" when it shows (or nothing opaque lies over it)."""
    area = rect.get_area()
    if area <= 0:
        return ""
    over = [c for c in covers if (rect & c.rect).get_area() >= 0.6 * area]
    if not over:
        return ""
    if any(c.opaque for c in over):
        return "annotation"
    if not _cell_uniform(img, rect):
        return ""
    span_box = pymupdf.Rect(span["bbox"])
    for cover in over:
        if cover.seq > span["seqno"]:
            return cover.kind  # drawn over the text afterwards
        if not grown(cover.rect, 1).contains(span_box):
            return cover.kind  # dark-on-dark inside a sentence that runs on past the box
    return ""  # text written on its own box afterwards: the tool's label


def _cell_uniform(img: npt.NDArray[np.uint8], rect: pymupdf.Rect) -> bool:
    x0, y0, x1, y1 = (round(v * ZOOM) for v in (rect.x0, rect.y0, rect.x1, rect.y1))
    inset_x, inset_y = max(1, (x1 - x0) // 6), max(1, (y1 - y0) // 6)
    x0, x1 = max(0, x0 + inset_x), min(img.shape[1], x1 - inset_x)
    y0, y1 = max(0, y0 + inset_y), min(img.shape[0], y1 - inset_y)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return False
    cell = img[y0:y1, x0:x1].astype(np.int16)
    if (cell < DARK).mean() >= DARK_SHARE:
        return True  # hatched or mottled, but too dark for a glyph to be read
    return bool((np.abs(cell - int(np.median(cell))) <= TOLERANCE).mean() >= UNIFORM_SHARE)


def inspect_page(page: pymupdf.Page, number: int) -> list[Finding]:
    findings: list[Finding] = []
    for annot in _annotations(page):
        if annot.type[0] != pymupdf.PDF_ANNOT_REDACT:
            continue
        text = page.get_textbox(annot.rect).strip()
        findings.append(Finding(number, "unapplied_redaction", text, (tuple(annot.rect),)))
    covers = _covers(page)
    trace = page.get_texttrace()
    visible = [s for s in trace if s["type"] != 3 and s["opacity"] > 0]
    if covers and visible:
        pix = page.get_pixmap(matrix=pymupdf.Matrix(ZOOM, ZOOM), colorspace=pymupdf.csGRAY, alpha=False)
        img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
        to_page = page.rotation_matrix
        for span in visible:
            run = _Run()
            previous = " "
            for char in [*span["chars"], None]:
                hidden_by = ""
                if char is not None and not chr(char[0]).isspace():
                    rect = pymupdf.Rect(char[3]) * to_page
                    if not rect.is_empty:
                        hidden_by = _hidden_by(img, rect, span, covers)
                if hidden_by:
                    if not run.chars:
                        run.starts_word = not previous.isalnum()
                    run.chars.append(chr(char[0]))
                    run.rects.append(pymupdf.Rect(char[3]))
                    run.kind = run.kind or hidden_by
                    continue
                if char is not None and chr(char[0]).isspace() and run.chars:
                    run.chars.append(" ")
                    previous = " "
                    continue
                run.ends_word = char is None or not chr(char[0]).isalnum()
                _close(run, number, findings, covers)
                run = _Run()
                previous = chr(char[0]) if char is not None else " "
    findings = _merge_lines(findings)
    findings.extend(_invisible_over_visible(trace, number))
    return findings


def _merge_lines(findings: list[Finding]) -> list[Finding]:
    """Runs broken by hatching or kerning on one line, a few points apart, are one finding."""
    merged: list[Finding] = []
    for finding in findings:
        last = merged[-1] if merged else None
        if last is not None and last.kind == finding.kind == "covered_text" and last.page == finding.page:
            a, b = pymupdf.Rect(last.rects[-1]), pymupdf.Rect(finding.rects[0])
            same_line = min(a.y1, b.y1) - max(a.y0, b.y0) >= 0.5 * min(a.height, b.height)
            if same_line and 0 <= b.x0 - a.x1 <= 12:
                merged[-1] = Finding(
                    last.page, last.kind, f"{last.text} {finding.text}", (tuple(a | b),), last.covered_by
                )
                continue
        merged.append(finding)
    return merged


def _close(run: _Run, number: int, findings: list[Finding], covers: list[_Cover]) -> None:
    text = "".join(run.chars).strip()
    letters = sum(1 for c in text if c.isalnum())
    whole_word = run.starts_word and run.ends_word
    if letters < MIN_CHARS or (letters < 3 and not whole_word):
        return  # a lone letter, a sliver of a word at a box's edge, or form-filling dots and underscores
    if all(word.strip(".,:;()[]").casefold() in box_labels() for word in text.split()):
        return
    union = run.rects[0]
    for rect in run.rects[1:]:
        union = union | rect
    if any(c.says and _normal(text) in c.says and c.rect.intersects(union) for c in covers):
        return  # the note's own words
    findings.append(Finding(number, "covered_text", text, (tuple(union),), run.kind))


def _invisible_over_visible(trace: list[dict[str, Any]], number: int) -> list[Finding]:
    invisible = [s for s in trace if s["type"] == 3 or s["opacity"] == 0]
    visible = [s for s in trace if s["type"] != 3 and s["opacity"] > 0]
    found = []
    for hidden in invisible:
        hidden_text = "".join(chr(c[0]) for c in hidden["chars"]).strip()
        if len(hidden_text) < MIN_CHARS:
            continue
        box = pymupdf.Rect(hidden["bbox"])
        under = [s for s in visible if (pymupdf.Rect(s["bbox"]) & box).get_area() >= 0.5 * max(box.get_area(), 1e-6)]
        if not under:
            continue
        shown = " ".join("".join(chr(c[0]) for c in s["chars"]) for s in under)
        if _normal(hidden_text) not in _normal(shown) and _normal(shown) not in _normal(hidden_text):
            found.append(Finding(number, "invisible_over_visible", hidden_text, (tuple(box),)))
    return found


def _normal(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def inspect_document(doc: pymupdf.Document) -> list[Finding]:
    findings: list[Finding] = []
    for number, page in enumerate(doc):
        findings.extend(inspect_page(page, number))
    return findings
