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
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pymupdf
from pymupdf import mupdf

from casebridge.bundle.audience import Left, Resolved, resolve
from casebridge.bundle.definition import BundleDefinition, Entry, arranged, default_definition
from casebridge.bundle.numbering import Placed, Served, assign, label_ranges
from casebridge.bundle.preflight import Finding
from casebridge.bundle.profiles import Profile
from casebridge.bundle.profiles import profile as named_profile
from casebridge.bundle.split import part_file
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
    part: int = 0  # the part (file) of a split bundle holding it; 0: not split
    defendant: str = ""  # in a section kept per defendant: whose partition it is


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
    profile: str = "classic"
    parts: list[bytes] = field(default_factory=list)  # the PDF split under a size limit (empty: one file)
    part_prefix: str = ""  # parts are PREFIX-part1.pdf, PREFIX-part2.pdf… (the index's links open them by name)
    findings: list[Finding] = field(default_factory=list)  # the pre-flight's findings on the bundle as built
    defendant: str = ""  # a defence bundle built for one defendant (their partition of the per-defendant sections)

    @property
    def index_json(self) -> str:
        data = {
            "urn": self.urn,
            "audience": self.audience.value,
            "profile": self.profile,
            "pdf_sha256": hashlib.sha256(self.pdf).hexdigest(),
            "parts": [
                {"part": n, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
                for n, data in enumerate(self.parts, 1)
            ],
            "documents": [row.__dict__ for row in self.rows],
            "left_out": [{"key": o.entry.key, "title": o.entry.title, "reason": o.reason} for o in self.left_out],
        }
        if self.defendant:
            data["defendant"] = self.defendant
        return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"

    @property
    def index_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            ["Section", "Title", "Date", "Author", "First page", "Last page", "PDF page", "Part", "SHA-256", "Media"]
        )
        for row in self.rows:
            writer.writerow(
                [
                    row.section,
                    row.title,
                    row.date,
                    row.author,
                    row.first,
                    row.last,
                    row.pdf_page,
                    row.part or "",
                    row.sha256,
                    row.media,
                ]
            )
        return out.getvalue()

    def write(self, folder: Path, stem: str) -> Path:
        """The bundle package: STEM.pdf (or STEM-part1.pdf, STEM-part2.pdf… when split under a size limit),
        STEM.json, STEM.csv and media/ beside them. Returns the (first) PDF."""
        import shutil

        folder.mkdir(parents=True, exist_ok=True)
        pdf = folder / f"{stem}.pdf"
        if self.parts:
            for number, data in enumerate(self.parts, 1):
                (folder / part_file(self.part_prefix or self.urn, number)).write_bytes(data)
            pdf = folder / part_file(self.part_prefix or self.urn, 1)
        else:
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


KEY_FRAMES = 12  # at most this many marked moments are shown on a recording's page


def _frames(path: Path, moments: list[int] | None = None) -> list[tuple[int, bytes]]:
    """(time in ms, JPEG thumbnail): the frame shown at each of `moments` (ms), or with none marked at 10 %, 35 %,
    60 % and 85 % of the video."""
    import av
    from PIL import Image

    pictures: list[tuple[int, bytes]] = []
    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                return []
            stream = container.streams.video[0]
            length = float(container.duration or 0) / av.time_base
            times = [m / 1000 for m in moments] if moments else [length * s for s in (0.1, 0.35, 0.6, 0.85)]
            for target in times:
                container.seek(int(target * av.time_base), backward=True)
                chosen = None
                for frame in container.decode(stream):
                    when = float(frame.time) if frame.time is not None else target
                    if chosen is not None and when > target + 1e-6:
                        break
                    chosen = frame
                    if not moments:  # no exact moment asked for: the key frame the seek lands on
                        break
                if chosen is None:
                    continue
                picture = Image.fromarray(chosen.to_ndarray(format="rgb24"))
                picture.thumbnail((240, 160))
                out = io.BytesIO()
                picture.convert("RGB").save(out, "JPEG", quality=80)
                pictures.append((round(target * 1000), out.getvalue()))
    except (av.FFmpegError, OSError):
        return pictures
    return pictures


def _moments(view: CaseFileView, exhibit: Exhibit) -> list[tuple[int, str]]:
    """The moments a user marked on a recording — each still taken from it (ms, still reference), in time order —
    for a redacted copy, the stills of its original (the frames are then taken from the copy, as served)."""
    source = str(exhibit.facts.get("redacted_from") or exhibit.sha256)
    marked = sorted(
        (int(e.facts["time_ms"]), e.reference)
        for e in view.exhibits
        if e.facts.get("still_of") == source and isinstance(e.facts.get("time_ms"), int)
    )
    return marked[:KEY_FRAMES]


def _media_page(exhibit: Exhibit, path: Path, relative: str, moments: list[tuple[int, str]] | None = None) -> bytes:
    """A placeholder page for a recording: what it is, how long, its digest, where the file is, and its key
    frames: the moments a user marked (stills taken from it), each with its time, or four thumbnails."""
    from casebridge.playback.player import format_timecode

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
    marked = dict(moments or [])
    thumbs = _frames(path, list(marked)) if exhibit.kind == "video" else []
    archive = pymupdf.Archive()
    images = ""
    for index, (at, data) in enumerate(thumbs):
        archive.add(data, f"t{index}.jpg")
        if marked:
            caption = html.escape(f"{format_timecode(at)} ({marked.get(at, '')})")
            images += f'<td class="key"><img src="t{index}.jpg" width="140"/><br/>{caption}</td>'
            if index % 3 == 2:
                images += "</tr><tr>"
        else:
            images += f'<img src="t{index}.jpg" width="120"/> '
    if marked and thumbs:
        images = f"<b>Key moments</b> (marked by a still taken at each):<table><tr>{images}</tr></table>"
    body = (
        f"<h1>{html.escape(exhibit.reference)} — {'video' if exhibit.kind == 'video' else 'audio'} recording</h1>"
        f"<p>The recording is not printed: it travels with this bundle as <b>{html.escape(relative)}</b>. "
        "Open it from the link below or from the bundle folder.</p>"
        f"<table>{table}</table><p>{images}</p><p>&#9654; Play: {html.escape(relative)}</p>"
    )
    css = (
        "body{font-family:sans-serif;font-size:10pt} th{text-align:left;padding-right:8pt} td{font-family:monospace}"
        " td.key{font-family:sans-serif;font-size:8pt;padding:0 10pt 8pt 0}"
    )
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
        return _media_page(exhibit, path, relative, _moments(view, exhibit)), relative, path
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


class _Stamper:
    """Stamps pages cheaply: one embedded font (Nimbus Sans, Helvetica's metric twin built into MuPDF) and one
    pair of q/Q streams shared by every page; per page only a small stream with its two lines of text (glyph
    ids) and a font entry in its resources. Written through MuPDF's object calls on the page objects (no page
    is loaded or laid out, no object is printed and parsed again): stamping was half the time of a bundle."""

    def __init__(self, doc: pymupdf.Document) -> None:
        self.pdf = pymupdf._as_pdf_document(doc)
        font = int(doc[0].insert_font(fontname=STAMP_FONT, fontbuffer=_stamp_font().buffer))
        self.font = mupdf.pdf_new_indirect(self.pdf, font, 0)
        self.opening = self._stream(b"q")
        self.closing = self._stream(b"Q")

    def _stream(self, data: bytes) -> Any:
        return mupdf.pdf_add_stream(self.pdf, mupdf.fz_new_buffer_from_copied_data(data), mupdf.PdfObj(), 0)

    def stamp(self, number: int, left: str, right: str) -> None:
        """The URN and audience bottom left, the page reference bottom right, on page `number` (0-based)."""
        page = mupdf.pdf_lookup_page_obj(self.pdf, number)
        box, ctm = mupdf.FzRect(), mupdf.FzMatrix()
        mupdf.pdf_page_obj_transform(page, box, ctm)
        rect = mupdf.fz_transform_rect(box, ctm)
        to_pdf = mupdf.fz_invert_matrix(ctm)
        resources = mupdf.pdf_dict_get_inheritable(page, _name("Resources"))
        if not resources.m_internal:
            resources = mupdf.pdf_dict_put_dict(page, _name("Resources"), 1)
        fonts = mupdf.pdf_dict_get(resources, _name("Font"))
        if not fonts.m_internal:
            fonts = mupdf.pdf_dict_put_dict(resources, _name("Font"), 1)
        mupdf.pdf_dict_puts(fonts, STAMP_FONT, self.font)
        ops = ["q", "0 g"]
        for text, x in ((left, rect.x0 + 24), (right, rect.x1 - 24 - _width(right))):
            point = mupdf.fz_transform_point(mupdf.FzPoint(x, rect.y1 - 12), to_pdf)
            ops.append(f"BT /{STAMP_FONT} {STAMP_SIZE:g} Tf {point.x:.2f} {point.y:.2f} Td <{_glyphs(text)}> Tj ET")
        ops.append("Q")
        contents = mupdf.pdf_new_array(self.pdf, 4)
        mupdf.pdf_array_push(contents, self.opening)
        existing = mupdf.pdf_dict_get(page, _name("Contents"))
        if mupdf.pdf_is_array(existing):
            for at in range(mupdf.pdf_array_len(existing)):
                mupdf.pdf_array_push(contents, mupdf.pdf_array_get(existing, at))
        elif existing.m_internal:
            mupdf.pdf_array_push(contents, existing)
        mupdf.pdf_array_push(contents, self.closing)
        mupdf.pdf_array_push(contents, self._stream("\n".join(ops).encode("ascii")))
        mupdf.pdf_dict_put(page, _name("Contents"), contents)


@functools.cache
def _name(name: str) -> Any:
    return mupdf.PdfObj(getattr(mupdf, f"PDF_ENUM_NAME_{name}"))


@functools.cache
def _stamp_font() -> pymupdf.Font:
    return pymupdf.Font("helv")


@functools.cache
def _width(text: str) -> float:
    return float(_stamp_font().text_length(text, STAMP_SIZE))


@functools.cache
def _glyph(character: str) -> str:
    font = _stamp_font()
    return f"{font.has_glyph(ord(character)) or font.has_glyph(ord('?')):04x}"


@functools.cache
def _glyphs(text: str) -> str:
    """The text as the embedded font's glyph ids (Identity-H), in hex; a character it lacks shows as '?'."""
    return "".join(_glyph(c) for c in text)


def _index_pdf(
    urn: str, audience: Audience, rows: list[IndexRow], definition: BundleDefinition, profile: Profile
) -> bytes:
    titles = {s.code: s.title for s in definition.sections}
    split = any(row.part for row in rows)
    body = [
        f"<h1>Bundle index</h1><p>URN {html.escape(urn)} · {AUDIENCE_NAMES[audience]} bundle · "
        f"{html.escape(profile.title)} · {len(rows)} document(s)"
        + (f" in {max(row.part for row in rows)} parts" if split else "")
        + "</p>",
    ]
    current = ""
    for row in rows:
        if row.section != current:
            if current:
                body.append("</table>")
            current = row.section
            body.append(f"<h2>Section {row.section}: {html.escape(titles[row.section])}</h2>")
            part_head = "<th>Part</th>" if split else ""
            body.append(
                f"<table><tr><th>Document</th><th>Date</th><th>Author / witness</th>{part_head}<th>Pages</th></tr>"
            )
        pages = _range_text(row)
        part_cell = f"<td>Part {row.part}</td>" if split else ""
        partition = f" (defendant: {row.defendant})" if row.defendant else ""
        body.append(
            f"<tr><td>{html.escape(row.title + partition)}</td><td>{html.escape(row.date)}</td>"
            f"<td>{html.escape(row.author)}</td>{part_cell}<td class='pages'>{pages}</td></tr>"
        )
    if current:
        body.append("</table>")
    css = (
        "body{font-family:sans-serif;font-size:9pt} h1{font-size:16pt} h2{font-size:11pt;margin-top:10pt}"
        "table{width:100%;border-collapse:collapse} th{text-align:left;border-bottom:1px solid #444}"
        "td{padding:2pt 4pt 2pt 0;vertical-align:top} td.pages{white-space:nowrap}"
    )
    return story_pdf("".join(body), css, (40, 50, A4.width - 40, A4.height - 50))


def link_index(page: pymupdf.Page, rows: list[IndexRow], target: Callable[[IndexRow], dict[str, Any]]) -> None:
    """Links each index line's page range to the document's first page (`target` gives the link: a page of this
    file, or of another part). The range is matched word for word at the end of a line (so "B-1" never links
    from inside "B-12")."""
    lines: dict[tuple[int, int], list[tuple[pymupdf.Rect, str]]] = {}
    for x0, y0, x1, y1, word, block, line, _n in page.get_text("words"):
        lines.setdefault((block, line), []).append((pymupdf.Rect(x0, y0, x1, y1), word))
    wanted = {tuple(_range_text(row).split()): row for row in rows}
    for words in lines.values():
        for size in (3, 1):
            tail = tuple(word for _rect, word in words[-size:])
            row = wanted.get(tail)
            after_part = len(words) > size and words[-size - 1][1] == "Part"  # "Part 3" is a part, not page 3
            if row is not None and len(words) >= size and not after_part:
                area = words[-size][0]
                for rect, _word in words[-size:]:
                    area |= rect
                page.insert_link({**target(row), "from": area})
                break


def _range_text(row: IndexRow) -> str:
    return row.first if row.first == row.last else f"{row.first} to {row.last}"


def case_definition(ws: Workspace, view: CaseFileView, profile: Profile | None = None) -> BundleDefinition:
    """The case's saved arrangement (kept up to date with its documents, in the profile's sections), or the
    profile's default."""
    current = default_definition(view, profile or named_profile())
    saved = ws.bundles.definition(view.case.urn)
    return arranged(BundleDefinition.from_json(saved), current) if saved else current


def build_bundle(
    ws: Workspace,
    urn: str,
    audience: Audience,
    definition: BundleDefinition | None = None,
    served: list[Served] | None = None,
    profile: Profile | None = None,
    max_part_mb: float | None = None,
    part_prefix: str = "",
    defendant: str = "",
) -> Bundle:
    """The bundle for one audience in one profile (Casebridge classic by default). With `served` (the references
    of a version already served), every document it held keeps its page references and later material is
    slotted in without renumbering. `max_part_mb` (default: the profile's) splits it into parts under that size.
    A jury bundle is always built as the court sees it (served material, redacted copies). `defendant` (a
    defence bundle): that defendant's partition of the sections kept per defendant (DCS C and D)."""
    from casebridge.bundle.preflight import check_bundle
    from casebridge.bundle.reverify import reverify
    from casebridge.disclosure.withheld import withheld as withheld_from
    from casebridge.domain.view import CaseFileView

    profile = profile or named_profile()
    if profile.jury:
        audience = Audience.DEFENCE
    view = CaseFileView.load(ws, urn)
    definition = definition or case_definition(ws, view, profile)
    planned = {r.exhibit_id: True for r in ws.redactions.for_case(view.case.urn)}
    defendant = defendant_named(view, defendant) if defendant else ""
    per_defendant = frozenset(s.code for s in profile.sections if s.restricted_per_defendant)
    partitioned = frozenset(s.code for s in profile.sections if s.partitioned)
    included, left = resolve(definition, view, audience, planned, per_defendant, defendant, partitioned)
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
    parts += _transcripts(ws, view, included, profile, left, {s.code for s in definition.sections})
    order = {s.code: i for i, s in enumerate(definition.sections)}
    parts.sort(key=lambda p: order[p[0].entry.section])  # stable: a transcript goes to the end of its section
    from casebridge.bundle.split import cut_parts, plan_parts

    limit = profile.max_part_mb if max_part_mb is None else max_part_mb
    part_of = plan_parts([len(p[1]) for p in parts], int(limit * 1_000_000)) if limit else None
    pdf, rows, media = assemble(view.case.urn, audience, definition, parts, served, profile, part_of)
    prefix = part_prefix or view.case.urn
    chunks = cut_parts(pdf, rows, prefix, profile) if part_of and max(part_of) > 1 else []
    if not chunks:
        rows = [IndexRow(**{**row.__dict__, "part": 0}) for row in rows]
    bundle = Bundle(view.case.urn, audience, pdf, rows, left, media, withheld=len(withheld), profile=profile.name)
    bundle.defendant = defendant
    bundle.parts = chunks
    bundle.part_prefix = prefix
    bundle.leaks = scan_bundle(bundle, withheld)
    bundle.findings = check_bundle(bundle.pdf, profile, bundle.index_json, max_part_mb=limit, parts=chunks)
    exhibits = {item.entry.key: item.exhibit for item in included if item.exhibit is not None}
    bundle.findings += reverify(ws, bundle.pdf, rows, exhibits)
    return bundle


def defendant_named(view: CaseFileView, name: str) -> str:
    """The case's defendant (or suspect) called `name` — full name or surname, any case — as the case names them."""
    from casebridge.domain.view import full_name
    from casebridge.errors import ValidationError

    wanted = " ".join(name.split()).casefold()
    found = [p for p in view.defendants if wanted in (full_name(p).casefold(), " ".join(p.surname.split()).casefold())]
    if len(found) != 1:
        names = ", ".join(full_name(p) for p in view.defendants) or "none"
        problem = "more than one defendant is called" if found else "no defendant of this case is called"
        raise ValidationError("defendant", f"{problem} '{name}' (the case's defendants: {names}).")
    return full_name(found[0])


def _transcripts(
    ws: Workspace, view: CaseFileView, included: list[Resolved], profile: Profile, left: list[Left], sections: set[str]
) -> list[Part]:
    """The timed transcript of every recording in the bundle that has one, in the profile's transcripts section
    (DCS K, e-bundle D, jury 2), after what is already there. The transcript is always of the version served: a
    redacted recording's own transcript, never its original's (that one is left out, and listed)."""
    from casebridge.transcripts.service import TranscriptService

    service = TranscriptService(ws)
    section = profile.section_of_exhibit("transcript")
    if section not in sections:
        return []
    made: list[Part] = []
    for item in included:
        exhibit = item.exhibit
        if exhibit is None or exhibit.kind not in ("audio", "video"):
            continue
        reference = item.entry.key
        title = f"{reference} Transcript of the recording" + (
            f" ({exhibit.reference})" if exhibit.reference != reference else ""
        )
        entry = Entry(section, "exhibit", f"{reference}:transcript", title, item.entry.date, item.entry.author)
        if service.transcript(exhibit) is None:
            redacted = exhibit.reference != reference
            original = ws.exhibits.find_by_reference(view.case.urn, reference) if redacted else None
            if original is not None and service.transcript(original) is not None:
                why = "the redacted recording has not been transcribed: the original's transcript is not served"
                left.append(Left(entry, why))
            continue
        data = service.pdf(exhibit)
        with pymupdf.open(stream=data, filetype="pdf") as pdf:
            count = pdf.page_count
        made.append((Resolved(entry, None, f"timed transcript of {exhibit.reference}"), data, "", None, count))
    return made


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
    profile: Profile | None = None,
    part_of: list[int] | None = None,
) -> tuple[bytes, list[IndexRow], dict[str, Path]]:
    """Merges the documents' PDFs, stamps and labels every page, puts the linked index in front, bookmarks
    showing page numbers, opens at 100 %. Section numbering (`B-12`): the index has pages of its own (i, ii…);
    continuous numbering: page N is the PDF's page N, index included, so the index's length is settled first."""
    profile = profile or named_profile()
    served_keys = {s.key for s in served or []}
    out = pymupdf.open()
    media: dict[str, Path] = {}
    titles = {s.code: s.title for s in definition.sections}
    firsts: list[int] = []
    pictures = False  # whether any page shows a picture (only then can one be over the resolution limit)
    for _item, data, relative, media_file, _count in parts:
        firsts.append(out.page_count)
        with pymupdf.open(stream=data, filetype="pdf") as part:
            pictures = pictures or (bool(profile.downsample_dpi) and any(page.get_images() for page in part))
            out.insert_pdf(part)
        if relative and media_file is not None:
            media[relative] = media_file

    def rows_for(shift: int) -> tuple[list[IndexRow], list[str]]:
        """The index rows and every document page's reference, given `shift` index pages in front."""
        if profile.continuous:
            refs = [tuple(str(at + shift + i + 1) for i in range(p[4])) for p, at in zip(parts, firsts, strict=True)]
        else:
            refs = assign([Placed(p[0].entry.key, p[0].entry.section, p[4]) for p in parts], served)
        rows = []
        numbered = zip(parts, refs, firsts, part_of or [0] * len(parts), strict=True)
        for (item, data, relative, _media_file, count), pages, first, part in numbered:
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
                    pdf_page=first + shift + 1,
                    pages=count,
                    sha256=item.exhibit.sha256 if item.exhibit is not None else hashlib.sha256(data).hexdigest(),
                    media=relative,
                    note=note,
                    refs=tuple(pages),
                    served=item.exhibit.reference if item.exhibit is not None else "",
                    part=part,
                    defendant=item.entry.defendant,
                )
            )
        return rows, [ref for pages in refs for ref in pages]

    shift = 1
    for _attempt in range(4):  # the index's own length moves every page number after it (continuous numbering)
        rows, page_refs = rows_for(shift)
        index_pdf = _index_pdf(urn, audience, rows, definition, profile)
        with pymupdf.open(stream=index_pdf, filetype="pdf") as index:
            length = index.page_count
        if length == shift or not profile.continuous:
            shift = length
            rows, page_refs = rows_for(shift)
            break
        shift = length
    footer = f"URN {urn} · {AUDIENCE_NAMES[audience]}"
    stamper = _Stamper(out)
    for number in range(out.page_count):
        stamper.stamp(number, footer, stamp_text(profile, page_refs[number]))
    index = pymupdf.open(stream=_index_pdf(urn, audience, rows, definition, profile), filetype="pdf")
    out.insert_pdf(index, start_at=0)
    index.close()
    for number in range(shift):
        if profile.continuous:
            stamper.stamp(number, footer, stamp_text(profile, str(number + 1)))
        link_index(out[number], rows, lambda row: {"kind": pymupdf.LINK_GOTO, "page": row.pdf_page - 1})
    if profile.continuous:
        out.set_page_labels([{"startpage": 0, "prefix": "", "style": "D", "firstpagenum": 1}])
    else:
        out.set_page_labels(
            [{"startpage": 0, "prefix": "Index ", "style": "r", "firstpagenum": 1}, *label_ranges(page_refs, shift)]
        )
    out.set_toc(_bookmarks(rows, profile))
    _open_at_full_size(out)
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
    _share_font_files(out)
    pdf = out.tobytes(garbage=2, deflate=True, no_new_id=True)
    out.close()
    if profile.downsample_dpi and pictures:
        pdf = downsampled(pdf, profile.downsample_dpi)
    return pdf, rows, media


def downsampled(pdf: bytes, dpi: int) -> bytes:
    """Pictures placed at more than `dpi` resampled to it (the e-bundle guidance: at most 300 dpi). On the saved
    bundle, and saved after it with unused objects dropped but nothing renumbered: with PyMuPDF 1.26.7, saving
    rewritten images with xref compaction (garbage ≥ 2) points font resources at font descriptors, and the
    text of every form becomes unreadable (tests/integration/test_bundle_profiles.py checks the text)."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.rewrite_images(dpi_threshold=dpi + 1, dpi_target=dpi, quality=85)
        data: bytes = doc.tobytes(garbage=1, deflate=True, no_new_id=True)
    return data


def stamp_text(profile: Profile, ref: str) -> str:
    """What each page carries bottom right: "Page 12" (continuous numbering) or its reference "J-12"."""
    return f"Page {ref}" if profile.continuous else ref


_FONT_FILES = re.compile(r"/(FontFile[23]?)\s+(\d+)\s+0\s+R")


def _share_font_files(doc: pymupdf.Document) -> None:
    """One copy of each embedded font program: documents made by the same software carry byte-identical fonts,
    and a bundle of 200 statements would carry the same font 200 times. Each font descriptor is pointed at the
    first identical program; the save drops the rest (`garbage=2` — the full duplicate search of `garbage=3`
    compares every object of the bundle and was half the time of building it)."""
    first: dict[bytes, int] = {}
    for xref in range(1, doc.xref_length()):
        try:
            text = doc.xref_object(xref, compressed=True)
        except (RuntimeError, ValueError):
            continue
        if "/FontDescriptor" not in text:
            continue
        for key, target in _FONT_FILES.findall(text):
            stream = int(target)
            try:
                digest = (
                    hashlib.sha256(doc.xref_stream_raw(stream) or b"").digest()
                    + doc.xref_object(stream, compressed=True).encode()
                )
            except (RuntimeError, ValueError):
                continue
            kept = first.setdefault(digest, stream)
            if kept != stream:
                doc.xref_set_key(xref, key, f"{kept} 0 R")


def page_text(profile: Profile, ref: str) -> str:
    """How a page reference reads in a bookmark: "p. 12" (continuous numbering) or the reference "J-12"."""
    return f"p. {ref}" if profile.continuous else ref


def _bookmarks(rows: list[IndexRow], profile: Profile) -> list[list[Any]]:
    """Index, sections and documents, each showing the page it opens at."""
    toc: list[list[Any]] = [[1, "Index" + (" (p. 1)" if profile.continuous else ""), 1]]
    seen_sections: set[str] = set()
    for row in rows:
        if row.section not in seen_sections:
            seen_sections.add(row.section)
            toc.append([1, f"{row.section} {row.section_title} ({page_text(profile, row.first)})", row.pdf_page])
        toc.append([2, f"{row.title} ({page_text(profile, row.first)})", row.pdf_page])
    return toc


def _open_at_full_size(doc: pymupdf.Document) -> None:
    """Opens on the first page at 100 % with the bookmarks shown (the e-bundle guidance's default view)."""
    catalog = doc.pdf_catalog()
    doc.xref_set_key(catalog, "OpenAction", f"[{doc[0].xref} 0 R /XYZ null null 1]")
    doc.xref_set_key(catalog, "PageMode", "/UseOutlines")
