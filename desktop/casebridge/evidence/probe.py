"""Facts about an item, read with the library that knows its format: PyAV, PyMuPDF or Pillow.

Each probe returns plain facts (JSON-ready) and never raises for bad content: a corrupt, truncated or
password-protected file yields a `Probe` whose `problem` says what is wrong, in words a user can act on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

from casebridge.evidence.sniff import FileType, Kind

log = logging.getLogger(__name__)

TEXT_LIMIT = 2_000_000  # characters of document text kept for search


@dataclass
class Probe:
    facts: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None
    previewable: bool = True
    text: str = ""  # searchable text (document text layer, later OCR)


def probe(path: Path, file_type: FileType) -> Probe:
    try:
        if file_type.kind in (Kind.VIDEO, Kind.AUDIO):
            return probe_media(path)
        if file_type.kind is Kind.IMAGE:
            return probe_image(path)
        if file_type.kind is Kind.DOCUMENT:
            if file_type.media_type == "application/pdf":
                return probe_pdf(path)
            if file_type.media_type == "text/plain":
                return probe_text(path)
            return Probe(facts={})  # word-processor files are previewed through their PDF copy
        return Probe(previewable=False)
    except MemoryError:
        return Probe(problem="is too large to examine in memory", previewable=False)


# ----- media -----
def _fraction(value: Any) -> float | None:
    if value is None:
        return None
    try:
        return round(float(Fraction(value)), 3)
    except (ValueError, ZeroDivisionError, TypeError):
        return None


def _rotation(stream: Any) -> int:
    rotate = stream.metadata.get("rotate")
    if rotate is not None:
        try:
            return int(rotate) % 360
        except ValueError:
            return 0
    try:
        matrix = stream.side_data.get("DISPLAYMATRIX") if hasattr(stream, "side_data") else None
    except Exception:  # side-data API differs between PyAV releases
        matrix = None
    if matrix is not None:
        try:
            return round(float(matrix)) % 360
        except (TypeError, ValueError):
            return 0
    return 0


def probe_media(path: Path) -> Probe:
    import av

    try:
        container = av.open(str(path), metadata_errors="replace")
    except (av.error.FFmpegError, UnicodeDecodeError) as exc:
        return Probe(problem=f"cannot be read as audio or video ({_ffmpeg_reason(exc)})", previewable=False)
    with container:
        facts: dict[str, Any] = {"container": container.format.name, "container_label": container.format.long_name}
        duration = float(container.duration) / av.time_base if container.duration else None
        created = container.metadata.get("creation_time") or container.metadata.get("date")
        videos, audios = [], []
        for stream in container.streams:
            ctx: Any = stream.codec_context
            if stream.type == "video":
                videos.append(
                    {
                        "codec": ctx.name,
                        "width": ctx.width,
                        "height": ctx.height,
                        "fps": _fraction(stream.average_rate or stream.guessed_rate or stream.base_rate),
                        "rotation": _rotation(stream),
                        "frames": stream.frames or None,
                    }
                )
                if duration is None and stream.duration and stream.time_base:
                    duration = float(stream.duration * stream.time_base)
            elif stream.type == "audio":
                audios.append({"codec": ctx.name, "sample_rate": ctx.sample_rate, "channels": ctx.channels})
                if duration is None and stream.duration and stream.time_base:
                    duration = float(stream.duration * stream.time_base)
        if not videos and not audios:
            return Probe(facts=facts, problem="holds no audio or video streams", previewable=False)
        # Decode a little to prove the content is really readable (a truncated header can still open).
        try:
            stream = container.streams.video[0] if videos else container.streams.audio[0]
            decoded = False
            for frame in container.decode(stream):
                decoded = frame is not None
                break
        except av.error.FFmpegError as exc:
            return Probe(
                facts=facts,
                problem=f"is damaged: no picture or sound could be decoded ({_ffmpeg_reason(exc)})",
                previewable=False,
            )
        if not decoded:
            return Probe(facts=facts, problem="is damaged: no picture or sound could be decoded", previewable=False)
    facts.update(
        {
            "duration": round(duration, 3) if duration else None,
            "video": videos,
            "audio": audios,
            "created": str(created) if created else None,
        }
    )
    return Probe(facts=facts)


def _ffmpeg_reason(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc)
    return str(text).split(":")[-1].strip() or type(exc).__name__


# ----- documents -----
def probe_pdf(path: Path) -> Probe:
    import pymupdf

    try:
        doc = pymupdf.open(path)
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        return Probe(problem=f"is not a readable PDF ({exc})", previewable=False)
    with doc:
        if doc.needs_pass:
            return Probe(
                facts={"pages": None, "encrypted": True},
                problem="is password-protected: ask the supplier for an unprotected copy or the password",
                previewable=False,
            )
        meta = {k: v for k, v in (doc.metadata or {}).items() if v}
        pages = doc.page_count
        if pages == 0:
            return Probe(facts={"pages": 0}, problem="has no pages", previewable=False)
        text_parts: list[str] = []
        text_pages = image_pages = 0
        length = 0
        try:
            for page in doc:
                text = page.get_text()
                if text.strip():
                    text_pages += 1
                elif page.get_images():
                    image_pages += 1
                if length < TEXT_LIMIT:
                    text_parts.append(text)
                    length += len(text)
        except RuntimeError as exc:
            return Probe(
                facts={"pages": pages}, problem=f"is damaged: a page cannot be read ({exc})", previewable=False
            )
        facts = {
            "pages": pages,
            "encrypted": bool(doc.is_encrypted),
            "text_pages": text_pages,
            "scanned_pages": image_pages,
            "has_text_layer": text_pages > 0,
            "scanned": text_pages == 0 and image_pages > 0,
            "author": meta.get("author"),
            "producer": meta.get("producer"),
            "creator": meta.get("creator"),
            "title": meta.get("title"),
            "created": meta.get("creationDate"),
        }
        from casebridge.redaction.active import find_active

        active = find_active(doc)
        if active:
            facts["active_content"] = active
        problem = _failed_redactions(doc, facts)
    return Probe(facts=facts, text="".join(text_parts)[:TEXT_LIMIT], problem=problem)


FAILED_REDACTION_PAGES = 300  # pages checked on import; the redaction workspace checks them all


def _failed_redactions(doc: Any, facts: dict[str, Any]) -> str | None:
    """Text still under boxes, unapplied redactions, invisible text over visible: recorded by place, never by
    content (the hidden words must not spread into the database and logs)."""
    from casebridge.redaction.failed import inspect_page

    found = []
    for number in range(min(doc.page_count, FAILED_REDACTION_PAGES)):
        try:
            found.extend(inspect_page(doc[number], number))
        except (RuntimeError, ValueError):
            continue
    if not found:
        return None
    facts["failed_redactions"] = [
        {"page": f.page + 1, "kind": f.kind, "rects": [list(r) for r in f.rects]} for f in found
    ]
    pages = sorted({f.page + 1 for f in found})
    listed = ", ".join(str(p) for p in pages[:8]) + ("…" if len(pages) > 8 else "")
    return (
        f"carries {len(found)} failed redaction(s) — text still in the file under boxes or annotations "
        f"(page {listed}): make them real in the redaction workspace before this goes anywhere"
    )


def probe_text(path: Path) -> Probe:
    raw = path.read_bytes()[: TEXT_LIMIT * 2]
    for encoding in ("utf-8", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = raw.decode("utf-8", errors="replace")
        encoding = "unknown"
    return Probe(facts={"encoding": encoding, "lines": text.count("\n") + 1}, text=text[:TEXT_LIMIT])


# ----- images -----
def _gps_decimal(values: Any, ref: Any) -> float | None:
    try:
        degrees, minutes, seconds = (float(v) for v in values)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    decimal = degrees + minutes / 60 + seconds / 3600
    return round(-decimal if str(ref).upper() in ("S", "W") else decimal, 6)


def _exif_time(text: Any) -> str | None:
    try:
        return datetime.strptime(str(text).strip("\x00 "), "%Y:%m:%d %H:%M:%S").isoformat()
    except ValueError:
        return None


def probe_image(path: Path) -> Probe:
    from PIL import UnidentifiedImageError
    from PIL.ExifTags import GPS, IFD, Base

    from casebridge.evidence.pictures import PictureTooLarge, open_picture

    try:
        with open_picture(path) as image:
            image.verify()
        with open_picture(path) as image:
            image.load()  # verify() misses truncated pixel data
            facts: dict[str, Any] = {
                "format": image.format,
                "width": image.width,
                "height": image.height,
                "mode": image.mode,
            }
            exif = image.getexif()
            sub = exif.get_ifd(IFD.Exif)
            facts["taken"] = _exif_time(sub.get(Base.DateTimeOriginal) or exif.get(Base.DateTime))
            make, model = exif.get(Base.Make), exif.get(Base.Model)
            camera = " ".join(str(v).strip("\x00 ") for v in (make, model) if v)
            if make and model and str(model).startswith(str(make).strip("\x00 ")):
                camera = str(model).strip("\x00 ")
            facts["camera"] = camera or None
            facts["orientation"] = exif.get(Base.Orientation)
            gps = exif.get_ifd(IFD.GPSInfo)
            if gps:
                lat = _gps_decimal(gps.get(GPS.GPSLatitude), gps.get(GPS.GPSLatitudeRef))
                lon = _gps_decimal(gps.get(GPS.GPSLongitude), gps.get(GPS.GPSLongitudeRef))
                if lat is not None and lon is not None:
                    facts["gps"] = {"latitude": lat, "longitude": lon}
    except PictureTooLarge as exc:
        facts = {"width": exc.width, "height": exc.height} if exc.width else {}
        return Probe(facts=facts, problem=str(exc), previewable=False)
    except UnidentifiedImageError:
        return Probe(problem="is an image format this computer cannot open (it is kept as supplied)", previewable=False)
    except (OSError, SyntaxError, ValueError) as exc:
        return Probe(problem=f"is a damaged image ({exc})", previewable=False)
    return Probe(facts=facts)
