"""The redaction log: every mark of every redacted copy — page, reason, who found, proposed and approved it,
when — and every suggestion deliberately left unredacted with its justification. CSV for schedules and
spreadsheets, PDF (through the forms renderer: URN and marking on every page) for the file.

The log never repeats what was removed: a mark is described by how it was found ("UK phone number",
"Address of Amira Khan (victim)"), not by its text. It is police/CPS-only material (OFFICIAL-SENSITIVE).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from casebridge.domain.media_recipe import MediaRecipe
from casebridge.domain.recipe import Recipe
from casebridge.forms.document import OFFICIAL_SENSITIVE, Audience, Block, FormDocument
from casebridge.redaction import detectors

COLUMNS = [
    "Exhibit",
    "Redacted copy",
    "Mark",
    "Page",
    "Kind",
    "Reason code",
    "Reason",
    "Found by",
    "Proposed by",
    "Proposed at",
    "Approved by",
    "Approved at",
    "Box",
    "CPS redaction type",
]
DECISION_COLUMNS = ["Exhibit", "Page", "Left unredacted", "Justification", "Decided by", "Decided at"]


STRIP_CELLS = 48


@dataclass(frozen=True)
class LoggedMedia:
    """A video or audio exhibit's recipe with what the last verified export measured (frames masked per track)."""

    reference: str
    copy_reference: str
    recipe: MediaRecipe
    duration: float
    frames: int
    coverage: dict[str, int]
    streams: tuple[dict[str, Any], ...] = ()  # every stream of the source and what the copy did with it
    attack: dict[str, Any] = field(default_factory=dict)  # what the face detector found in the copy


def attack_line(entry: LoggedMedia) -> str:
    """The attack on the copy, in one sentence (empty before a copy is made)."""
    attack = entry.attack
    if not attack:
        return ""
    onsets = attack.get("onset_frames", {})
    faces = (
        f"{attack.get('detector', 'Face detector')} run on {attack.get('frames_attacked', 0)} frame(s) of the copy "
        f"(every 4th, and the first two of each of {len(onsets)} mask(s)): {attack.get('faces_found', 0)} face(s) "
        f"found, {attack.get('left_visible', 0)} of them in a track left visible by decision"
    )
    if "frames_read" not in attack:  # copies made before plates and text were read
        return faces
    return (
        f"{faces}. {attack.get('reader', 'Text reader')} run on {attack['frames_read']} frame(s) (one a second, and "
        f"the first two of each plate or text mask): {attack.get('text_read', 0)} line(s) of text read, none inside "
        f"a mask; {attack.get('plates_left_visible', 0)} number plate(s) read, all in tracks left visible by decision"
    )


def stream_rows(entry: LoggedMedia) -> list[list[str]]:
    return [[f"#{s['index']}", s["kind"], s["codec"], s.get("detail", ""), s["fate"]] for s in entry.streams]


STREAM_COLUMNS = ["Stream", "Kind", "Codec", "Detail", "In the copy"]


def media_rows(entry: LoggedMedia) -> list[list[str]]:
    """One row per track: the coverage report no vendor publishes."""
    rows = []
    for track in sorted(entry.recipe.tracks, key=lambda t: (t.first, t.id)):
        span = f"{track.first:.2f}–{track.last:.2f} s"
        if not track.masked:
            masked = f"not masked: {track.justification}"
        elif entry.copy_reference:
            masked = str(entry.coverage.get(track.id, 0))
        else:
            masked = "copy not made"
        rows.append(
            [
                track.id,
                track.label or ("detected" if track.source == "detected" else "drawn"),
                span,
                track.effect if track.masked else "—",
                track.reason,
                str(track.detections) if track.source == "detected" else "—",
                str(track.tracked) if track.source == "detected" else "—",
                str(track.lost) if track.source == "detected" else "—",
                masked,
                track.approved_by,
            ]
        )
    return rows


MEDIA_COLUMNS = ["Track", "Who/what", "Range", "Effect", "Reason", "Detected", "Followed", "Held", "Masked", "Approved"]


def strip(entry: LoggedMedia) -> list[list[str]]:
    """The timeline strip: per track, one cell per 1/48 of the recording — ■ masked, ▲ seen but left visible,
    · nothing."""
    length = max(entry.duration, 1e-6)
    rows = []
    for track in sorted(entry.recipe.tracks, key=lambda t: (t.first, t.id)):
        cells = []
        for index in range(STRIP_CELLS):
            t0, t1 = index * length / STRIP_CELLS, (index + 1) * length / STRIP_CELLS
            active = track.first < t1 and track.last >= t0
            cells.append(("■" if track.masked else "▲") if active else "·")
        rows.append([track.id, "".join(cells)])
    return rows


@dataclass(frozen=True)
class LoggedRecipe:
    reference: str  # the source exhibit
    copy_reference: str  # the redacted copy, "" while none is made from this recipe
    recipe: Recipe
    # of the copy's text marks: "end of line", or the width of a box in the middle of a line (which lets a reader
    # judge the length of what was removed: "redact to end of line" closes it)
    widths: dict[str, str] = field(default_factory=dict)


def found_by(source: str) -> str:
    if source.startswith("pattern:"):
        name = source.split(":", 1)[1]
        return next((p.label for p in detectors.patterns() if p.name == name), name)
    if source.startswith("case:"):
        _case, role, detail = [*source.split(":"), "", ""][:3]
        return f"Case {role}'s {detail.replace('_', ' ')}"
    if source.startswith("same:"):
        return f"{found_by(source.removeprefix('same:'))} (the same value elsewhere)"
    if source.startswith("text:"):
        return f"Named in the text ({source.removeprefix('text:')})"
    if source.startswith("model:"):
        return f"Language model ({source.removeprefix('model:')})"
    return {"manual": "Drawn by hand", "failed-redaction": "Failed redaction in the received file"}.get(source, source)


def cps_type(source: str, reason: str) -> str:
    """The CPS redaction tool's own type for a mark (resources/redaction/cps_types.json): by the detector that
    found it (a person's detail by which detail), else by its reason code, else "Other"."""
    data = detectors.cps_types()
    by_detector: dict[str, str] = data["by_detector"]
    source = source.removeprefix("same:")
    if source in by_detector:
        return by_detector[source]
    if source.startswith("case:"):
        detail = source.split(":")[-1]
        if detail in by_detector:
            return by_detector[detail]
    return str(data["by_reason"].get(reason, "Other"))


def rows(entries: list[LoggedRecipe]) -> list[list[str]]:
    reasons = detectors.reasons()
    table = []
    for entry in entries:
        for mark in sorted(entry.recipe.marks, key=lambda m: (m.page, m.id)):
            table.append(
                [
                    entry.reference,
                    entry.copy_reference,
                    mark.id,
                    str(mark.page + 1),
                    {"page": "whole page", "text": "text", "region": "area"}[mark.kind],
                    mark.reason,
                    reasons.get(mark.reason, {}).get("label", ""),
                    found_by(mark.source),
                    mark.proposed_by,
                    mark.proposed_at[:16].replace("T", " "),
                    mark.approved_by,
                    mark.approved_at[:16].replace("T", " "),
                    _width(entry.widths.get(mark.id, "")),
                    cps_type(mark.source, mark.reason),
                ]
            )
    return table


def _width(width: str) -> str:
    if not width or width == "end of line":
        return width
    return f"{width} mid-line (its length can be judged)"


def decision_rows(entries: list[LoggedRecipe]) -> list[list[str]]:
    return [
        [e.reference, str(d.page + 1), d.text, d.justification, d.decided_by, d.decided_at[:16].replace("T", " ")]
        for e in entries
        for d in sorted(e.recipe.decisions, key=lambda d: (d.page, d.key))
    ]


def to_csv(entries: list[LoggedRecipe]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows(entries))
    if any(e.recipe.decisions for e in entries):
        writer.writerow([])
        writer.writerow(DECISION_COLUMNS)
        writer.writerows(decision_rows(entries))
    return out.getvalue()


def media_csv(entries: list[LoggedMedia]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Exhibit", "Redacted copy", *MEDIA_COLUMNS])
    for entry in entries:
        for row in media_rows(entry):
            writer.writerow([entry.reference, entry.copy_reference, *row])
        for stream in stream_rows(entry):
            writer.writerow([entry.reference, entry.copy_reference, "stream", *stream, "", "", "", ""])
        if entry.attack:
            writer.writerow([entry.reference, entry.copy_reference, "attack", attack_line(entry), *[""] * 8])
        for span in entry.recipe.audio:
            writer.writerow(
                [
                    entry.reference,
                    entry.copy_reference,
                    "audio",
                    span.label,
                    f"{span.start:.2f}–{span.end:.2f} s",
                    span.mode,
                    span.reason,
                    "",
                    "",
                    "",
                    "",
                    "",
                ]
            )
    return out.getvalue()


def to_pdf(urn: str, entries: list[LoggedRecipe], media: list[LoggedMedia] | None = None) -> bytes:
    from casebridge.forms.render import render_pdf

    reasons = detectors.reasons()
    used = sorted(
        {m.reason for e in entries for m in e.recipe.marks}
        | {t.reason for m in media or [] for t in m.recipe.tracks}
        | {a.reason for m in media or [] for a in m.recipe.audio}
    )
    doc = FormDocument(
        code="Redaction log",
        title=f"{len(entries) + len(media or [])} item(s), {sum(len(e.recipe.marks) for e in entries)} mark(s), "
        f"{sum(len(m.recipe.tracks) for m in media or [])} video mask(s)",
        urn=urn,
        disclosable=False,
        marking=OFFICIAL_SENSITIVE,
        key="redaction-log",
    )
    for entry in entries:
        copy = entry.copy_reference or "not yet made"
        doc.blocks.append(
            Block(
                f"{entry.reference} → {copy}",
                rows=[("Recipe", entry.recipe.digest[:16]), ("Source SHA-256", entry.recipe.source_sha256)],
            )
        )
        doc.blocks.append(
            Block(
                columns=["Mark", "Page", "Kind", "Reason", "CPS type", "Found by", "Proposed", "Approved", "Box"],
                table=[
                    [r[2], r[3], r[4], r[5], r[13], r[7], f"{r[8]} {r[9]}", f"{r[10]} {r[11]}", r[12]]
                    for r in rows([entry])
                ],
                empty_text="No marks.",
            )
        )
    for item in media or []:
        copy = item.copy_reference or "not yet made"
        doc.blocks.append(
            Block(
                f"{item.reference} → {copy} (video/audio)",
                rows=[
                    ("Recipe", item.recipe.digest[:16]),
                    ("Source SHA-256", item.recipe.source_sha256),
                    ("Recording", f"{item.duration:.1f} s, {item.frames} frame(s) in the copy"),
                    ("Kept", ", ".join(f"{a:.1f}–{b:.1f} s" for a, b in item.recipe.keep) or "the whole recording"),
                ],
            )
        )
        doc.blocks.append(
            Block("Coverage by track", columns=MEDIA_COLUMNS, table=media_rows(item), empty_text="No masks.")
        )
        if item.streams:
            doc.blocks.append(Block("Streams of the recording", columns=STREAM_COLUMNS, table=stream_rows(item)))
        if item.attack:
            doc.blocks.append(Block("The copy attacked before release", rows=[("Found", attack_line(item))]))
        doc.blocks.append(
            Block(
                "Timeline (■ masked, ▲ seen but left visible)",
                columns=["Track", f"0 → {item.duration:.1f} s"],
                table=strip(item),
                empty_text="No masks.",
            )
        )
        if item.recipe.audio:
            doc.blocks.append(
                Block(
                    "Audio",
                    columns=["From", "To", "Muted/bleeped", "Reason", "What"],
                    table=[
                        [f"{a.start:.2f} s", f"{a.end:.2f} s", a.mode, a.reason, a.label] for a in item.recipe.audio
                    ],
                )
            )
    decisions = decision_rows(entries)
    if decisions:
        doc.blocks.append(Block("Suggestions left unredacted", columns=DECISION_COLUMNS, table=decisions))
    doc.blocks.append(
        Block(
            "Reason codes used",
            rows=[(code, f"{reasons[code]['label']} — {reasons[code]['basis']}") for code in used if code in reasons],
        )
    )
    return render_pdf(doc, Audience.CPS)
