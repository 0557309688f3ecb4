"""Thumbnails (PNG, longest side 256 px) for images, PDFs, video and audio (a waveform)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

SIZE = 256


def make_thumbnail(source: Path, kind: str, media_type: str, facts: dict[str, Any]) -> tuple[bytes, dict[str, Any]]:
    if kind == "image":
        return _image(source)
    if media_type == "application/pdf":
        return _pdf(source)
    if kind == "video":
        return _video(source, facts)
    if kind == "audio":
        return _waveform(source)
    raise ValueError(f"no thumbnail for {kind}")


def _png(image: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _image(source: Path) -> tuple[bytes, dict[str, Any]]:
    from PIL import ImageOps

    from casebridge.evidence.pictures import open_picture

    with open_picture(source) as image:
        image.draft("RGB", (SIZE * 2, SIZE * 2))  # JPEG: decode at reduced size
        picture = ImageOps.exif_transpose(image).convert("RGB")
        picture.thumbnail((SIZE, SIZE))
        return _png(picture), {"tool": "Pillow", "size": SIZE}


def _pdf(source: Path) -> tuple[bytes, dict[str, Any]]:
    import pymupdf

    with pymupdf.open(source) as doc:
        page = doc[0]
        zoom = SIZE / max(page.rect.width, page.rect.height)
        pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
        return pixmap.tobytes("png"), {"tool": f"PyMuPDF {pymupdf.VersionBind}", "page": 1, "size": SIZE}


def _video(source: Path, facts: dict[str, Any]) -> tuple[bytes, dict[str, Any]]:
    import av

    at = float(facts.get("duration") or 0) * 0.1
    with av.open(str(source)) as container:
        stream = container.streams.video[0]
        if at > 0 and stream.time_base:
            try:
                container.seek(int(at / stream.time_base), stream=stream, any_frame=False, backward=True)
            except av.error.FFmpegError:
                container.seek(0)
        for frame in container.decode(stream):
            image = frame.to_image()  # type: ignore[no-untyped-call]
            image.thumbnail((SIZE, SIZE))
            seconds = float(frame.pts * frame.time_base) if frame.pts is not None and frame.time_base else 0.0
            return _png(image), {"tool": f"PyAV {av.__version__}", "frame_time": round(seconds, 3), "size": SIZE}
    raise ValueError("no video frame could be decoded")


def _waveform(source: Path) -> tuple[bytes, dict[str, Any]]:
    import av
    import numpy as np
    from PIL import Image, ImageDraw

    peaks: list[float] = []
    with av.open(str(source)) as container:
        resampler = av.AudioResampler(format="s16", layout="mono", rate=8000)
        for frame in container.decode(audio=0):
            for chunk in resampler.resample(frame):
                data = np.abs(chunk.to_ndarray().astype(np.int32))
                peaks.append(float(data.max()) / 32768 if data.size else 0.0)
    width, height = SIZE, SIZE // 2
    image = Image.new("RGB", (width, height), (245, 247, 250))
    draw = ImageDraw.Draw(image)
    if peaks:
        buckets = np.array_split(np.array(peaks), width)
        for x, bucket in enumerate(buckets):
            level = float(bucket.max()) if bucket.size else 0.0
            half = max(1, int(level * (height / 2 - 2)))
            draw.line((x, height // 2 - half, x, height // 2 + half), fill=(30, 90, 160))
    return _png(image), {"tool": f"PyAV {av.__version__} + Pillow", "waveform": True, "size": SIZE}
