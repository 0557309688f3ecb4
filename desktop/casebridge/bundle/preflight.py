"""Pre-flight: a bundle held to its profile's rules before it is served (`casebridge bundle check FILE`).

Each rule of the courts' e-bundle guidance is one check, run on the PDF as it would be served (and on each part
of a split bundle): page numbers equal to the PDF's pages (continuous numbering) or a section reference on every
page (DCS, classic); bookmarks for every section and document, each showing its page and landing on it; every
link landing inside the bundle; searchable text on every page that shows any; no page shown sideways or upside
down; opening at 100 %; images at most the profile's resolution; each part under the size limit; fonts
embedded; no JavaScript, attachments or launch actions other than a recording beside the bundle; no failed
redaction anywhere; and, given the index (STEM.json), nothing from a restricted section or not for a jury.
Errors block serving; warnings are shown.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

import pymupdf

from casebridge.bundle.profiles import Profile

ERROR, WARNING = "error", "warning"
STANDARD_FONTS = {
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Symbol", "ZapfDingbats",
}  # fmt: skip
DPI_TOLERANCE = 1.05  # a picture placed a hair smaller than its pixels at 300 dpi is not a finding
IMAGE_SHARE_NEEDING_TEXT = 0.5  # a page this much covered by pictures, with no text at all, is a scan


@dataclass(frozen=True)
class Finding:
    check: str  # numbering | bookmarks | links | text | orientation | view | resolution | size | fonts | active |
    # redaction | sections
    severity: str  # error | warning
    message: str
    page: int | None = None  # 1-based page of the file
    part: int = 0  # the part of a split bundle (0: the one file)

    def line(self) -> str:
        where = (f"part {self.part} " if self.part else "") + (f"page {self.page}: " if self.page else "")
        return f"{self.severity.upper():7} {self.check:11} {where}{self.message}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == ERROR]


def check_bundle(
    pdf: bytes,
    profile: Profile,
    index_json: str | None = None,
    *,
    max_part_mb: float | None = None,
    parts: list[bytes] | None = None,
) -> list[Finding]:
    """Every finding on the bundle (each part of it, when split) against the profile."""
    index = json.loads(index_json) if index_json else None
    limit = profile.max_part_mb if max_part_mb is None else max_part_mb
    findings: list[Finding] = []
    files = list(enumerate(parts, 1)) if parts else [(0, pdf)]
    for part, data in files:
        findings += [
            Finding(f.check, f.severity, f.message, f.page, part) for f in check_file(data, profile, limit, part)
        ]
    if index is not None:
        findings += _sections(index, profile)
        findings += _index_links(pdf if not parts else parts[0], index)
    return findings


def _index_links(data: bytes, index: dict[str, Any]) -> list[Finding]:
    """Every document in the index is a link on the index pages (to its page, or to its part's file)."""
    documents = index.get("documents", [])
    if not documents:
        return []
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        index_pages = range(min(int(documents[0]["pdf_page"]) - 1, doc.page_count))
        links = sum(
            1
            for n in index_pages
            for link in doc[n].get_links()
            if link.get("kind") in (pymupdf.LINK_GOTO, pymupdf.LINK_GOTOR)
        )
    if links < len(documents):
        return [Finding("links", ERROR, f"the index links {links} of its {len(documents)} documents", 1)]
    return []


def check_file(data: bytes, profile: Profile, max_part_mb: float = 0, part: int = 0) -> list[Finding]:
    """The checks that need only the PDF."""
    findings: list[Finding] = []
    if max_part_mb and len(data) > max_part_mb * 1_000_000:
        findings.append(
            Finding("size", ERROR, f"{len(data) / 1_000_000:.1f} MB, over the {max_part_mb:g} MB limit of each part")
        )
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except (RuntimeError, ValueError) as exc:
        return [*findings, Finding("file", ERROR, f"not a readable PDF: {exc}")]
    with doc:
        for check in (_numbering, _bookmarks, _links, _view, _active, _pages):
            findings.extend(check(doc, profile, part))
    return findings


def _labels(doc: pymupdf.Document) -> list[str]:
    """Every page's label, from the label rules read once (`Page.get_label` reads them all again for each page:
    seven seconds on 1,000 pages)."""
    from pymupdf.utils import construct_label

    rules = sorted(doc.get_page_labels(), key=lambda rule: int(rule["startpage"]))
    labels: list[str] = []
    for n in range(doc.page_count):
        rule = next((r for r in reversed(rules) if int(r["startpage"]) <= n), None)
        if rule is None:
            labels.append("")
            continue
        style = rule.get("style", "")
        number = n - int(rule["startpage"]) + int(rule.get("firstpagenum", 1)) - (1 if style in ("a", "A") else 0)
        labels.append(str(construct_label(style, rule.get("prefix", ""), number)))
    return labels


def _numbering(doc: pymupdf.Document, profile: Profile, part: int) -> Iterator[Finding]:
    labels = _labels(doc)
    if profile.continuous:
        start = int(labels[0]) if labels and labels[0].isdigit() else 1
        later = re.search(r"part (\d+) of \d+$", doc.metadata.get("title") or "")
        if part <= 1 and not (later and int(later.group(1)) > 1) and start != 1:
            yield Finding("numbering", ERROR, f"numbering starts at {labels[0] or 'nothing'}, not 1", 1)
        for n, label in enumerate(labels):
            expected = str(start + n)
            if label != expected:
                yield Finding("numbering", ERROR, f"labelled '{label}', not {expected} (its page in the bundle)", n + 1)
            elif f"Page {expected}" not in _footer(doc[n]):
                yield Finding("numbering", ERROR, f"the page does not show its number {expected}", n + 1)
        return
    seen: dict[str, int] = {}
    reference = re.compile(r"^[A-Z][A-Z0-9]*-\d+[A-Z]*$")
    for n, label in enumerate(labels):
        if label.startswith("Index "):
            continue
        if not reference.match(label):
            yield Finding("numbering", ERROR, f"no section page reference (labelled '{label}')", n + 1)
        elif label in seen:
            yield Finding("numbering", ERROR, f"reference {label} is also page {seen[label]}'s", n + 1)
        elif label not in _footer(doc[n]):
            yield Finding("numbering", ERROR, f"the page does not show its reference {label}", n + 1)
        seen.setdefault(label, n + 1)


def _footer(page: pymupdf.Page) -> str:
    """The text of the bottom of the page, where the stamp is."""
    rect = page.rect
    return str(page.get_text("text", clip=pymupdf.Rect(rect.x0, rect.y1 - 40, rect.x1, rect.y1)))


def _bookmarks(doc: pymupdf.Document, profile: Profile, part: int) -> Iterator[Finding]:
    toc = doc.get_toc(simple=True)
    if not toc:
        yield Finding("bookmarks", ERROR, "no bookmarks")
        return
    labels = _labels(doc)
    if not any(level == 1 for level, _t, _p in toc):
        yield Finding("bookmarks", ERROR, "no bookmark for any section")
    for level, title, page in toc:
        if not 1 <= page <= doc.page_count:
            yield Finding("bookmarks", ERROR, f"'{title}' points to page {page}, outside the file")
            continue
        label = labels[page - 1]
        shown = f"(p. {label})" if profile.continuous else f"({label})"
        if not title.endswith(shown) and not (level == 1 and title.startswith("Index") and not profile.continuous):
            yield Finding("bookmarks", ERROR, f"'{title}' does not show the page it opens at ({label})", page)


def _links(doc: pymupdf.Document, profile: Profile, part: int) -> Iterator[Finding]:
    pages = {doc[n].xref for n in range(doc.page_count)}
    for n in range(doc.page_count):
        for link in doc[n].get_links():
            kind = link.get("kind")
            action = doc.xref_get_key(link["xref"], "A/S")[1] if link.get("xref") else ""
            file = str(link.get("file", ""))
            if kind == pymupdf.LINK_GOTO and not _lands(doc, link.get("xref", 0), pages):
                yield Finding("links", ERROR, "a link goes to a page that is not in the file", n + 1)
            elif kind == pymupdf.LINK_GOTO and not 0 <= link.get("page", -1) < doc.page_count:
                outside = f"a link goes to page {link.get('page', -1) + 1}, outside the file"
                yield Finding("links", ERROR, outside, n + 1)
            elif action == "/Launch" or kind == pymupdf.LINK_LAUNCH:
                if not _beside(file):
                    yield Finding("active", ERROR, f"a link launches {file!r}", n + 1)
            elif kind == pymupdf.LINK_GOTOR and not _part_or_beside(file):
                yield Finding("links", ERROR, f"a link opens another file: {file}", n + 1)
            elif kind == pymupdf.LINK_URI:
                yield Finding("links", WARNING, f"a link to the internet: {link.get('uri')}", n + 1)


def _lands(doc: pymupdf.Document, xref: int, pages: set[int]) -> bool:
    """Read from the link itself (MuPDF turns a destination it cannot resolve into page 1): its /Dest, or its
    GoTo action's /D, names a page object of this file."""
    if not xref:
        return True
    for key in ("Dest", "A/D"):
        kind, value = doc.xref_get_key(xref, key)
        if kind == "array":
            if re.match(r"\[\s*null\b", value):
                return False  # the page it named is gone
            target = re.match(r"\[\s*(\d+)\s+0\s+R", value)
            return target is None or int(target.group(1)) in pages
    return True  # a named destination: MuPDF resolved it


def _part_or_beside(file: str) -> bool:
    """Another part of the same split bundle, or a recording beside it."""
    return bool(re.fullmatch(r"[\w.-]+-part\d+\.pdf", file)) or _beside(file)


def _beside(file: str) -> bool:
    """A recording travelling beside the bundle (media/…), opened from its placeholder page."""
    return bool(re.fullmatch(r"media/[\w.-]+", file))


def _opens_at_full_size(doc: pymupdf.Document) -> bool:
    kind, value = doc.xref_get_key(doc.pdf_catalog(), "OpenAction")
    return kind == "array" and bool(re.fullmatch(r"\[\s*\d+\s+0\s+R\s*/XYZ\s+null\s+null\s+1(?:\.0*)?\s*\]", value))


def _view(doc: pymupdf.Document, profile: Profile, part: int) -> Iterator[Finding]:
    if not _opens_at_full_size(doc):
        yield Finding("view", ERROR, "does not open at 100 % (no OpenAction to a page at /XYZ zoom 1)")


def _active(doc: pymupdf.Document, profile: Profile, part: int) -> Iterator[Finding]:
    from casebridge.redaction.active import find_active

    for kind in find_active(doc):
        if kind.startswith("a launch action"):
            continue  # each launch link is judged in _links: only a recording beside the bundle may be opened
        yield Finding("active", ERROR, f"the file carries {kind}")
    if doc.embfile_count():
        yield Finding("active", ERROR, f"{doc.embfile_count()} attached file(s)")


def _pages(doc: pymupdf.Document, profile: Profile, part: int) -> Iterator[Finding]:
    """Per page, from one text extraction: searchable text, orientation, resolution, fonts, failed redactions."""
    from casebridge.redaction.failed import inspect_page

    unembedded: dict[str, int] = {}
    for n in range(doc.page_count):
        page = doc[n]
        textpage = page.get_textpage(flags=0)
        images = page.get_image_info()
        pictures = [pymupdf.Rect(i["bbox"]) & page.rect for i in images]
        covered = sum(abs(r) for r in pictures)
        if covered > IMAGE_SHARE_NEEDING_TEXT * abs(page.rect):
            # a scan: pictures and no text at all but the stamp (a photograph's page carries its caption)
            body = pymupdf.Rect(page.rect.x0, page.rect.y0, page.rect.x1, page.rect.y1 - 40)
            if not page.get_text("text", clip=body).strip():  # (a clip is ignored with a shared TextPage)
                yield Finding("text", ERROR, "a picture of a page with no searchable text (run OCR)", n + 1)
        yield from _orientation(page, textpage, n)
        if profile.downsample_dpi:
            for image in images:
                box = pymupdf.Rect(image["bbox"])
                if box.width < 1 or box.height < 1:
                    continue
                dpi = max(image["width"] / (box.width / 72), image["height"] / (box.height / 72))
                if dpi > profile.downsample_dpi * DPI_TOLERANCE:
                    yield Finding(
                        "resolution", ERROR, f"a picture at {dpi:.0f} dpi (at most {profile.downsample_dpi})", n + 1
                    )
        for _xref, ext, kind, basefont, _name, _enc in page.get_fonts():
            name = basefont.split("+")[-1]
            if ext == "n/a" and kind != "Type3" and name not in unembedded:  # Type 3 glyphs are in the file
                unembedded[name] = n + 1
        for found in inspect_page(page, n):
            yield Finding("redaction", ERROR, found.message.split(": ", 1)[-1], n + 1)
    for name, first in unembedded.items():
        severity = WARNING if name in STANDARD_FONTS else ERROR
        yield Finding("fonts", severity, f"font {name} is not embedded", first)


def _orientation(page: pymupdf.Page, textpage: pymupdf.TextPage, n: int) -> Iterator[Finding]:
    """Text running sideways or upside down as the page is shown (its /Rotate applied): the page needs turning."""
    weights = {"upright": 0, "sideways": 0, "upside down": 0}
    matrix = page.rotation_matrix
    for block in textpage.extractDICT()["blocks"]:
        for line in block.get("lines", []):
            dx, dy = line["dir"]
            shown = pymupdf.Point(dx, dy) * pymupdf.Matrix(matrix.a, matrix.b, matrix.c, matrix.d, 0, 0)
            chars = sum(len(span["text"]) for span in line["spans"])
            if abs(shown.x) >= abs(shown.y):
                weights["upright" if shown.x > 0 else "upside down"] += chars
            else:
                weights["sideways"] += chars
    total = sum(weights.values())
    if total >= 20:
        worst = max(("sideways", "upside down"), key=lambda k: weights[k])
        if weights[worst] > 0.5 * total:
            yield Finding("orientation", ERROR, f"the text is shown {worst}: turn the page", n + 1)


def _sections(index: dict[str, Any], profile: Profile) -> list[Finding]:
    """Given the index: nothing from a restricted section reaches the defence or the court, nothing from another
    defendant's partition (or from none) reaches a defendant's bundle, and a jury bundle holds only exhibits and
    interview transcripts."""
    findings: list[Finding] = []
    restricted = {s.code for s in profile.sections if s.restricted}
    per_defendant = {s.code for s in profile.sections if s.restricted_per_defendant}
    partitioned = {s.code for s in profile.sections if s.partitioned}
    defendant = " ".join(str(index.get("defendant") or "").split()).casefold()
    for row in index.get("documents", []):
        if index.get("audience") == "defence" and row["section"] in restricted:
            findings.append(
                Finding("sections", ERROR, f"{row['title']} is from the police and CPS only section", row["pdf_page"])
            )
        owner = " ".join(str(row.get("defendant") or "").split()).casefold()
        strict = row["section"] in per_defendant
        wrong = owner != defendant if strict else bool(owner) and owner != defendant
        if index.get("audience") == "defence" and (strict or row["section"] in partitioned) and defendant and wrong:
            whose = f"{row.get('defendant')}'s partition" if owner else "no defendant's partition"
            message = f"{row['title']} is in {whose}, not {index.get('defendant')}'s"
            findings.append(Finding("sections", ERROR, message, row["pdf_page"]))
        form = "/" not in row["key"]  # an exhibit reference has a slash (SE/1); a form key does not (MG11:3)
        if profile.jury and form and row["key"].split(":")[0].upper() not in profile.forms:
            findings.append(Finding("sections", ERROR, f"{row['title']} is not for a jury", row["pdf_page"]))
    return findings


CHECKS: dict[str, Callable[..., Iterator[Finding]]] = {
    "numbering": _numbering,
    "bookmarks": _bookmarks,
    "links": _links,
    "view": _view,
    "active": _active,
    "pages": _pages,
}
