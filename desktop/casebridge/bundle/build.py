"""Building a bundle: every document rendered or taken from the vault, merged, stamped, indexed, bookmarked.

Each page carries its section-prefixed number (`B-12`), the URN and the audience, stamped as one small
content stream per page; page labels match the stamps, so a reader's "go to page B-12" works. The index at
the front links every entry to its first page; bookmarks mirror sections and documents. Video and audio get a
placeholder page (thumbnails, duration, format, SHA-256, description) and travel beside the PDF in `media/`,
linked from their page. Same inputs, same bytes.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import html
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pymupdf

from casebridge.bundle.audience import Left, Resolved, resolve
from casebridge.bundle.definition import BundleDefinition, arranged, default_definition
from casebridge.bundle.numbering import Placed, Served, assign, label_ranges
from casebridge.disclosure.scan import Leak, scan_index, scan_pdf
from casebridge.forms.document import Audience
from casebridge.forms.pages import story_pdf

if TYPE_CHECKING:
    from casebridge.disclosure.withheld import Withheld
    from casebridge.domain.exhibit import Exhibit
    from casebridge.domain.view import CaseFileView
    from casebridge.workspace import Workspace

A4 = pymupdf.paper_rect("a4")
STAMP_SIZE = 8.0
AUDIENCE_NAMES = {Audience.POLICE: "POLICE", Audience.CPS: "CPS", Audience.DEFENCE: "DEFENCE / COURT"}


@dataclass(frozen=True)
class IndexRow:
    section: str
    section_title: str
    key: str
    title: str
    date: str
    author: str
    first: str  # "B-3"
    last: str
    pdf_page: int  # 1-based page in the bundle PDF
    pages: int
    sha256: str  # the exhibit file as included (original or redacted copy), or the rendered form
    media: str = ""  # relative path of a media file travelling alongside
    note: str = ""
    refs: tuple[str, ...] = ()  # every page's reference, in order
    served: str = ""  # the exhibit reference of the version included (a redacted copy AK/1/1 for AK/1), or ""


@dataclass
class Bundle:
    urn: str
    audience: Audience
    pdf: bytes
    rows: list[IndexRow]
    left_out: list[Left]
    media: dict[str, Path] = field(default_factory=dict)  # relative name -> vault file
    leaks: list[Leak] = field(default_factory=list)  # withheld values the scan found: such a bundle is not served
    withheld: int = 0  # how many withheld values the scan looked for

    @property
    def index_json(self) -> str:
        data = {
            "urn": self.urn,
            "audience": self.audience.value,
            "pdf_sha256": hashlib.sha256(self.pdf).hexdigest(),
            "documents": [row.__dict__ for row in self.rows],
            "left_out": [{"key": o.entry.key, "title": o.entry.title, "reason": o.reason} for o in self.left_out],
        }
        return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"

    @property
    def index_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            ["Section", "Title", "Date", "Author", "First page", "Last page", "PDF page", "SHA-256", "Media"]
        )
        for row in self.rows:
            writer.writerow(
                [row.section, row.title, row.date, row.author, row.first, row.last, row.pdf_page, row.sha256, row.media]
            )
        return out.getvalue()

    def write(self, folder: Path, stem: str) -> Path:
        """The bundle package: STEM.pdf, STEM.json, STEM.csv and media/ beside them."""
        import shutil

        folder.mkdir(parents=True, exist_ok=True)
        pdf = folder / f"{stem}.pdf"
        pdf.write_bytes(self.pdf)
        (folder / f"{stem}.json").write_text(self.index_json, encoding="utf-8")
        (folder / f"{stem}.csv").write_text(self.index_csv, encoding="utf-8")
        for name, source in self.media.items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        return pdf


# ----- one document as PDF -----
def _media_name(exhibit: Exhibit) -> str:
    suffix = Path(exhibit.original_name).suffix.lower() or ".bin"
    return f"media/{exhibit.reference.replace('/', '_')}{suffix}"


def _image_page(data: bytes, caption: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=A4.width, height=A4.height)
    area = pymupdf.Rect(36, 60, A4.width - 36, A4.height - 60)
    page.insert_image(area, stream=data, keep_proportion=True)
    page.insert_text((36, 44), caption, fontsize=10, fontname="helv")
    data_out: bytes = doc.tobytes(garbage=3, deflate=True)
    return data_out


def _frames(path: Path, count: int = 4) -> list[bytes]:
    """Thumbnails at 10 %, 35 %, 60 % and 85 % of a video, as JPEG."""
    import av
    from PIL import Image

    pictures = []
    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                return []
            stream = container.streams.video[0]
            length = float(container.duration or 0) / av.time_base
            for share in (0.1, 0.35, 0.6, 0.85)[:count]:
                container.seek(int(length * share * av.time_base), backward=True)
                for frame in container.decode(stream):
                    picture = Image.fromarray(frame.to_ndarray(format="rgb24"))
                    picture.thumbnail((240, 160))
                    out = io.BytesIO()
                    picture.convert("RGB").save(out, "JPEG", quality=80)
                    pictures.append(out.getvalue())
                    break
    except (av.FFmpegError, OSError):
        return pictures
    return pictures


def _media_page(exhibit: Exhibit, path: Path, relative: str) -> bytes:
    """A placeholder page for a recording: what it is, how long, its digest, thumbnails, where the file is."""
    facts = exhibit.facts
    duration = facts.get("duration") or facts.get("duration_s") or 0
    rows = [
        ("Exhibit", exhibit.reference),
        ("Description", exhibit.display_description or exhibit.original_name),
        ("Produced by", exhibit.producer_name or ""),
        ("Duration", f"{float(duration):.1f} s" if duration else "unknown"),
        ("Format", exhibit.media_type),
        ("SHA-256", exhibit.sha256),
        ("File", relative),
    ]
    if facts.get("redacted_from"):
        rows.append(("Redacted copy of", f"SHA-256 {facts['redacted_from']}"))
    table = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>" for k, v in rows)
    thumbs = _frames(path) if exhibit.kind == "video" else []
    archive = pymupdf.Archive()
    images = ""
    for index, data in enumerate(thumbs):
        archive.add(data, f"t{index}.jpg")
        images += f'<img src="t{index}.jpg" width="120"/> '
    body = (
        f"<h1>{html.escape(exhibit.reference)} — {'video' if exhibit.kind == 'video' else 'audio'} recording</h1>"
        f"<p>The recording is not printed: it travels with this bundle as <b>{html.escape(relative)}</b>. "
        "Open it from the link below or from the bundle folder.</p>"
        f"<table>{table}</table><p>{images}</p><p>&#9654; Play: {html.escape(relative)}</p>"
    )
    css = "body{font-family:sans-serif;font-size:10pt} th{text-align:left;padding-right:8pt} td{font-family:monospace}"
    doc = pymupdf.open(stream=story_pdf(body, css, (50, 60, A4.width - 50, A4.height - 60), archive), filetype="pdf")
    page = doc[0]
    hit = page.search_for(f"Play: {relative}")
    if hit:
        page.insert_link({"kind": pymupdf.LINK_LAUNCH, "from": hit[0], "file": relative})
    page_pdf: bytes = doc.tobytes(garbage=3, deflate=True)
    return page_pdf


def _entry_pdf(
    ws: Workspace, view: CaseFileView, item: Resolved, audience: Audience, withheld: list[Withheld]
) -> tuple[bytes, str, Path | None]:
    """(PDF bytes, media name or "", media file or None)."""
    from casebridge.disclosure.forms import form_pdf

    if item.entry.kind == "form":
        return form_pdf(ws, view, item.entry.key, audience, withheld), "", None
    exhibit = item.exhibit
    assert exhibit is not None
    path = ws.vault.path(exhibit.sha256)
    if exhibit.kind in ("video", "audio"):
        relative = _media_name(exhibit)
        return _media_page(exhibit, path, relative), relative, path
    from casebridge.redaction.active import strip_active_bytes

    if exhibit.media_type == "application/pdf":
        ocr = ws.exhibits.derivative(exhibit.sha256, "ocr")  # the searchable copy of a scan
        source = ws.vault.path(ocr.sha256) if ocr is not None and "redacted_from" not in exhibit.facts else path
        return strip_active_bytes(source.read_bytes())[0], "", None  # no JavaScript or launch actions go out
    converted = ws.exhibits.derivative(exhibit.sha256, "pdf")
    if converted is not None:
        return strip_active_bytes(ws.vault.path(converted.sha256).read_bytes())[0], "", None
    if exhibit.kind == "image":
        return _image_page(path.read_bytes(), f"{exhibit.reference}  {exhibit.display_description}"), "", None
    relative = _media_name(exhibit)
    return _media_page(exhibit, path, relative), relative, path


# ----- stamping, labels, bookmarks, index -----
STAMP_FONT = "CBStamp"


@dataclass
class _Stamper:
    """Stamps pages cheaply: one Helvetica font object and one pair of q/Q streams shared by every page; per
    page only a small stream with its two lines of text and a font entry in its resources."""

    doc: pymupdf.Document
    font: int = 0
    opening: int = 0
    closing: int = 0

    def __post_init__(self) -> None:
        self.font = self._stream_or_object("<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>")
        self.opening = self._stream_or_object("<<>>", b"q")
        self.closing = self._stream_or_object("<<>>", b"Q")

    def _stream_or_object(self, source: str, stream: bytes | None = None) -> int:
        xref = self.doc.get_new_xref()
        self.doc.update_object(xref, source)
        if stream is not None:
            self.doc.update_stream(xref, stream)
        return int(xref)

    def _add_font(self, page: pymupdf.Page) -> None:
        kind, value = self.doc.xref_get_key(page.xref, "Resources")
        entry = f"{self.font} 0 R"
        if kind == "xref":
            holder = int(value.split()[0])
            font_kind, font_value = self.doc.xref_get_key(holder, "Font")
            if font_kind == "xref":
                self.doc.xref_set_key(int(font_value.split()[0]), STAMP_FONT, entry)
            else:
                self.doc.xref_set_key(holder, f"Font/{STAMP_FONT}", entry)
        elif kind == "dict":
            font_kind, font_value = self.doc.xref_get_key(page.xref, "Resources/Font")
            if font_kind == "xref":
                self.doc.xref_set_key(int(font_value.split()[0]), STAMP_FONT, entry)
            else:
                self.doc.xref_set_key(page.xref, f"Resources/Font/{STAMP_FONT}", entry)
        else:
            self.doc.xref_set_key(page.xref, "Resources", f"<</Font<</{STAMP_FONT} {entry}>>>>")

    def stamp(self, page: pymupdf.Page, left: str, right: str) -> None:
        """The URN and audience bottom left, the page reference bottom right."""
        to_pdf = ~page.transformation_matrix
        rect = page.rect
        self._add_font(page)
        ops = ["q", "0 g"]
        for text, x in ((left, rect.x0 + 24), (right, rect.x1 - 24 - _width(right))):
            point = pymupdf.Point(x, rect.y1 - 12) * to_pdf
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /{STAMP_FONT} {STAMP_SIZE:g} Tf {point.x:.2f} {point.y:.2f} Td ({escaped}) Tj ET")
        ops.append("Q")
        xref = self._stream_or_object("<<>>", "\n".join(ops).encode("cp1252", "replace"))
        contents = [self.opening, *page.get_contents(), self.closing, xref]
        self.doc.xref_set_key(page.xref, "Contents", "[" + " ".join(f"{x} 0 R" for x in contents) + "]")


@functools.cache
def _width(text: str) -> float:
    return float(pymupdf.get_text_length(text, "helv", STAMP_SIZE))


def _index_pdf(urn: str, audience: Audience, rows: list[IndexRow], definition: BundleDefinition) -> bytes:
    titles = {s.code: s.title for s in definition.sections}
    body = [
        f"<h1>Bundle index</h1><p>URN {html.escape(urn)} · {AUDIENCE_NAMES[audience]} bundle · "
        f"{len(rows)} document(s)</p>",
    ]
    current = ""
    for row in rows:
        if row.section != current:
            if current:
                body.append("</table>")
            current = row.section
            body.append(f"<h2>Section {row.section}: {html.escape(titles[row.section])}</h2>")
            body.append("<table><tr><th>Document</th><th>Date</th><th>Author / witness</th><th>Pages</th></tr>")
        pages = _range_text(row)
        body.append(
            f"<tr><td>{html.escape(row.title)}</td><td>{html.escape(row.date)}</td>"
            f"<td>{html.escape(row.author)}</td><td>{pages}</td></tr>"
        )
    if current:
        body.append("</table>")
    css = (
        "body{font-family:sans-serif;font-size:9pt} h1{font-size:16pt} h2{font-size:11pt;margin-top:10pt}"
        "table{width:100%;border-collapse:collapse} th{text-align:left;border-bottom:1px solid #444}"
        "td{padding:2pt 4pt 2pt 0;vertical-align:top}"
    )
    return story_pdf("".join(body), css, (40, 50, A4.width - 40, A4.height - 50))


def _link_index(page: pymupdf.Page, rows: list[IndexRow], shift: int) -> None:
    """Links each index line's page range to the document's first page. The range is matched word for word at
    the end of a line (so "B-1" never links from inside "B-12")."""
    lines: dict[tuple[int, int], list[tuple[pymupdf.Rect, str]]] = {}
    for x0, y0, x1, y1, word, block, line, _n in page.get_text("words"):
        lines.setdefault((block, line), []).append((pymupdf.Rect(x0, y0, x1, y1), word))
    wanted = {tuple(_range_text(row).split()): row for row in rows}
    for words in lines.values():
        for size in (3, 1):
            tail = tuple(word for _rect, word in words[-size:])
            row = wanted.get(tail)
            if row is not None and len(words) >= size:
                area = words[-size][0]
                for rect, _word in words[-size:]:
                    area |= rect
                page.insert_link({"kind": pymupdf.LINK_GOTO, "from": area, "page": row.pdf_page - 1 + shift})
                break


def _range_text(row: IndexRow) -> str:
    return row.first if row.first == row.last else f"{row.first} to {row.last}"


def case_definition(ws: Workspace, view: CaseFileView) -> BundleDefinition:
    """The case's saved arrangement (kept up to date with its documents), or the default."""
    current = default_definition(view)
    saved = ws.bundles.definition(view.case.urn)
    return arranged(BundleDefinition.from_json(saved), current) if saved else current


def build_bundle(
    ws: Workspace,
    urn: str,
    audience: Audience,
    definition: BundleDefinition | None = None,
    served: list[Served] | None = None,
) -> Bundle:
    """The bundle for one audience. With `served` (the references of a version already served), every
    document it held keeps its page references and later material is slotted in without renumbering."""
    from casebridge.disclosure.withheld import withheld as withheld_from
    from casebridge.domain.view import CaseFileView

    view = CaseFileView.load(ws, urn)
    definition = definition or case_definition(ws, view)
    planned = {r.exhibit_id: True for r in ws.redactions.for_case(view.case.urn)}
    included, left = resolve(definition, view, audience, planned)
    withheld = withheld_from(ws, view, audience)
    parts: list[tuple[Resolved, bytes, str, Path | None, int]] = []
    for item in included:
        data, relative, media_file = _entry_pdf(ws, view, item, audience, withheld)
        with pymupdf.open(stream=data, filetype="pdf") as part:
            count = part.page_count
        if count == 0:
            left.append(Left(item.entry, "no pages"))
            continue
        parts.append((item, data, relative, media_file, count))
    pdf, rows, media = assemble(view.case.urn, audience, definition, parts, served)
    bundle = Bundle(view.case.urn, audience, pdf, rows, left, media, withheld=len(withheld))
    bundle.leaks = scan_bundle(bundle, withheld)
    return bundle


def scan_bundle(bundle: Bundle, withheld: list[Withheld]) -> list[Leak]:
    """The leak scan on the bundle as it would be served: the PDF and the index files beside it."""
    documents = {row.pdf_page + offset: row.key for row in bundle.rows for offset in range(row.pages)}
    leaks = scan_pdf(bundle.pdf, withheld, documents)
    leaks += scan_index(bundle.index_json, withheld, "index (JSON)") + scan_index(
        bundle.index_csv, withheld, "index (CSV)"
    )
    return leaks


Part = tuple[Resolved, bytes, str, "Path | None", int]  # what goes in, its PDF, media name, media file, pages


def assemble(
    urn: str,
    audience: Audience,
    definition: BundleDefinition,
    parts: list[Part],
    served: list[Served] | None = None,
) -> tuple[bytes, list[IndexRow], dict[str, Path]]:
    """Merges the documents' PDFs, stamps and labels every page, puts the linked index in front, bookmarks."""
    refs = assign([Placed(p[0].entry.key, p[0].entry.section, p[4]) for p in parts], served)
    served_keys = {s.key for s in served or []}
    out = pymupdf.open()
    rows: list[IndexRow] = []
    media: dict[str, Path] = {}
    page_refs: list[str] = []
    titles = {s.code: s.title for s in definition.sections}
    for (item, data, relative, media_file, count), pages in zip(parts, refs, strict=True):
        first_index = out.page_count
        with pymupdf.open(stream=data, filetype="pdf") as part:
            out.insert_pdf(part)
        page_refs.extend(pages)
        if relative and media_file is not None:
            media[relative] = media_file
        note = item.note
        if served is not None and item.entry.key not in served_keys:
            note = "additional evidence (after service)" + (f"; {note}" if note else "")
        rows.append(
            IndexRow(
                section=item.entry.section,
                section_title=titles[item.entry.section],
                key=item.entry.key,
                title=item.entry.title,
                date=item.entry.date,
                author=item.entry.author,
                first=pages[0],
                last=pages[-1],
                pdf_page=first_index + 1,
                pages=count,
                sha256=item.exhibit.sha256 if item.exhibit is not None else hashlib.sha256(data).hexdigest(),
                media=relative,
                note=note,
                refs=tuple(pages),
                served=item.exhibit.reference if item.exhibit is not None else "",
            )
        )
    footer = f"URN {urn} · {AUDIENCE_NAMES[audience]}"
    stamper = _Stamper(out)
    for number in range(out.page_count):
        stamper.stamp(out[number], footer, page_refs[number])
    index = pymupdf.open(stream=_index_pdf(urn, audience, rows, definition), filetype="pdf")
    shift = index.page_count
    out.insert_pdf(index, start_at=0)
    index.close()
    for number in range(shift):
        _link_index(out[number], rows, shift)
    out.set_page_labels(
        [{"startpage": 0, "prefix": "Index ", "style": "r", "firstpagenum": 1}, *label_ranges(page_refs, shift)]
    )
    toc: list[list[Any]] = [[1, "Index", 1]]
    seen_sections: set[str] = set()
    for row in rows:
        if row.section not in seen_sections:
            seen_sections.add(row.section)
            toc.append([1, f"{row.section} {row.section_title}", row.pdf_page + shift])
        toc.append([2, row.title, row.pdf_page + shift])
    out.set_toc(toc)
    rows = [IndexRow(**{**row.__dict__, "pdf_page": row.pdf_page + shift}) for row in rows]
    out.set_metadata(
        {
            "title": f"Bundle {urn} ({AUDIENCE_NAMES[audience]})",
            "author": "",
            "subject": "",
            "keywords": "",
            "creator": "Casebridge",
            "producer": "Casebridge",
            "creationDate": "",
            "modDate": "",
        }
    )
    out.xref_set_key(out.pdf_catalog(), "Lang", "(en-GB)")  # set_language() shortens it to "en"
    pdf = out.tobytes(garbage=3, deflate=True, no_new_id=True)
    out.close()
    return pdf, rows, media
