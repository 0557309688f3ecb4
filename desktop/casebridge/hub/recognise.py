"""Recognising what arrived: a file whose digest matches can still be something other than the manifest says.

PDF: opens and has the page count the manifest gives. Audio and video: the first and the last second decode.
Image: decodes. Anything else is stored as received and said to be unopened. Every failure is a sentence for the
receipt, never an exception.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Recognition:
    ok: bool
    recognised_type: str
    reason: str = ""


def claim_of(exhibit: dict[str, Any]) -> str:
    """The part of a manifest entry recognition checks against (stored with the result)."""
    facts = exhibit.get("facts") or {}
    pages = facts.get("pages")
    return f"{exhibit.get('media_type', '')}|{pages if isinstance(pages, int) else ''}"


def recognise(path: Path, claim: str) -> Recognition:
    media_type, _, pages_text = claim.partition("|")
    pages = int(pages_text) if pages_text else None
    try:
        if media_type == "application/pdf":
            return _pdf(path, pages)
        if media_type.startswith(("video/", "audio/")):
            return _media(path, media_type)
        if media_type.startswith("image/"):
            return _image(path)
    except Exception as exc:  # a hostile file must not take the hub down: it is refused with the reason
        return Recognition(False, "unreadable", f"the file could not be opened as {media_type}: {exc}")
    return Recognition(True, media_type or "application/octet-stream", "stored as received; not opened")


def _pdf(path: Path, pages: int | None) -> Recognition:
    import pymupdf

    with pymupdf.open(path) as document:
        if not document.is_pdf:
            return Recognition(False, "not a PDF", "the file is not a PDF")
        count = document.page_count
        if count == 0:
            return Recognition(False, "application/pdf", "the PDF has no pages")
        if pages is not None and count != pages:
            return Recognition(False, "application/pdf", f"the PDF has {count} page(s); the manifest says {pages}")
        document.load_page(count - 1)
    return Recognition(True, f"application/pdf; {count} page(s)")


def _media(path: Path, media_type: str) -> Recognition:
    import av

    with av.open(str(path)) as container:
        streams = [s for s in container.streams if s.type in ("video", "audio")]
        if not streams:
            return Recognition(False, "no audio or video", "the file has no audio or video stream")
        stream = next((s for s in streams if s.type == "video"), streams[0])
        first = next(iter(container.decode(stream)), None)
        if first is None:
            return Recognition(False, media_type, "the first second does not decode")
        duration = (container.duration or 0) / 1_000_000
        if duration > 2:
            container.seek(int((duration - 1) * 1_000_000), any_frame=False)
            last = next(iter(container.decode(stream)), None)
            if last is None:
                return Recognition(False, media_type, "the last second does not decode")
        kind = "video" if stream.type == "video" else "audio"
        codec = stream.codec_context.name
    return Recognition(True, f"{kind} ({codec}), {duration:.1f} s")


def _image(path: Path) -> Recognition:
    from casebridge.evidence.pictures import PictureTooLarge, open_picture

    try:
        with open_picture(path) as image:
            image.load()
            return Recognition(True, f"image ({image.format}), {image.width}×{image.height}")
    except PictureTooLarge as exc:  # an image, kept; not decoded (it would exhaust the hub)
        return Recognition(True, f"image, {exc.width}×{exc.height}, too large to decode" if exc.width else "image")
