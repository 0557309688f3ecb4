"""Generates demo evidence files: statement PDFs, a CCTV-like clip, a 999-call recording and photos.

Everything is synthetic (no real person is depicted or named) but built in the formats real material
arrives in: an MJPEG AVI at 704x576 like a DVR export, G.711 mu-law WAV like a control-room recording,
JPEGs with camera EXIF and GPS like a phone or scene camera.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from fractions import Fraction
from pathlib import Path

STATEMENT_CSS = "body {font-family: sans-serif; font-size: 11pt;} h1 {font-size: 14pt;} .small {font-size: 9pt;}"


def statement_pdf(
    path: Path, *, urn: str, witness: str, age: str, occupation: str, paragraphs: list[str], made_on: datetime
) -> Path:
    """An MG11-style statement: the CJA 1967 s.9 declaration, the evidence, a signature line on each page."""
    import pymupdf

    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"""
    <p class="small">OFFICIAL-SENSITIVE (when complete)&nbsp;&nbsp;&nbsp;&nbsp;MG11</p>
    <h1>WITNESS STATEMENT</h1>
    <p class="small">Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts
    Act 1980, s.5B</p>
    <p><b>URN:</b> {urn}</p>
    <p><b>Statement of:</b> {witness}<br/><b>Age if under 18:</b> {age}<br/><b>Occupation:</b> {occupation}</p>
    <p class="small">This statement (consisting of several pages each signed by me) is true to the best of my
    knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to
    prosecution if I have wilfully stated in it anything which I know to be false, or do not believe to be
    true.</p>
    {body}
    <p><b>Signature:</b> ............................ <b>Date:</b> {made_on:%d/%m/%Y}</p>
    """
    story = pymupdf.Story(html=html, user_css=STATEMENT_CSS)
    writer = pymupdf.DocumentWriter(str(path))
    mediabox = pymupdf.paper_rect("a4")
    where = pymupdf.Rect(56, 56, mediabox.width - 56, mediabox.height - 72)
    more = True
    while more:
        device = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    doc = pymupdf.open(str(path))
    for number, page in enumerate(doc, start=1):
        page.insert_text(
            (56, mediabox.height - 40),
            f"Signature: ..................   Page {number} of {doc.page_count}",
            fontsize=9,
        )
    doc.set_metadata(
        {
            "title": f"Witness statement of {witness}",
            "author": "Casebridge demo",
            "creationDate": pymupdf.get_pdf_now(),
        }
    )
    doc.saveIncr()
    doc.close()
    return path


def cctv_clip(path: Path, *, start: datetime, seconds: int = 8, fps: int = 12, camera: str = "CAM 03") -> Path:
    """A DVR-style export: MJPEG in AVI, 704x576 (D1 PAL), burnt-in camera name and clock, a moving figure."""
    import av
    import numpy as np
    from PIL import Image, ImageDraw

    width, height = 704, 576
    rng = np.random.default_rng(7)
    background = np.zeros((height, width, 3), dtype=np.uint8)
    background[:, :] = (70, 74, 78)
    background[380:, :] = (105, 100, 92)  # pavement
    background[120:380, 60:300] = (40, 52, 70)  # shop window
    background[150:380, 420:520] = (88, 60, 40)  # door
    with av.open(str(path), "w", format="avi") as container:
        stream = container.add_stream("mjpeg", rate=fps)
        stream.width, stream.height = width, height
        stream.pix_fmt = "yuvj420p"
        total = seconds * fps
        for index in range(total):
            frame = background.copy()
            x = int(40 + (width - 160) * index / max(total - 1, 1))
            frame[250:470, x : x + 70] = (150, 40, 40)  # torso
            frame[205:250, x + 15 : x + 55] = (205, 170, 140)  # head
            noise = rng.integers(0, 12, size=(height, width, 1), dtype=np.uint8)
            frame = np.clip(frame.astype(np.int16) + noise - 6, 0, 255).astype(np.uint8)
            image = Image.fromarray(frame)
            draw = ImageDraw.Draw(image)
            stamp = start + timedelta(seconds=index / fps)
            draw.text((12, 10), f"{camera}  {stamp:%d-%m-%Y %H:%M:%S}", fill=(255, 255, 255))
            video_frame = av.VideoFrame.from_image(image)  # type: ignore[no-untyped-call]
            video_frame.pts = index
            video_frame.time_base = Fraction(1, fps)
            for packet in stream.encode(video_frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def emergency_call(path: Path, *, seconds: int = 12) -> Path:
    """A control-room style recording: 8 kHz mono G.711 mu-law WAV with a ring tone then speech-like bursts."""
    import av
    import numpy as np

    rate = 8000
    t = np.arange(seconds * rate) / rate
    signal = np.zeros_like(t)
    ring = t < 2.0
    signal[ring] = 0.3 * np.sin(2 * math.pi * 400 * t[ring]) * (np.sin(2 * math.pi * 1.0 * t[ring]) > 0)
    rng = np.random.default_rng(999)
    for start in np.arange(2.5, seconds - 0.5, 0.9):
        length = rng.uniform(0.3, 0.7)
        mask = (t >= start) & (t < start + length)
        pitch = rng.uniform(110, 220)
        envelope = np.sin(math.pi * (t[mask] - start) / length)
        voiced = sum(np.sin(2 * math.pi * pitch * k * t[mask]) / k for k in range(1, 6))
        signal[mask] = 0.25 * envelope * voiced
    samples = (np.clip(signal, -1, 1) * 32767).astype(np.int16)
    with av.open(str(path), "w", format="wav") as container:
        stream = container.add_stream("pcm_mulaw", rate=rate)
        stream.layout = "mono"
        for offset in range(0, len(samples), 1600):
            chunk = samples[offset : offset + 1600].reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(chunk, format="s16", layout="mono")
            frame.sample_rate = rate
            frame.pts = offset
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def _dms(value: float) -> tuple[float, float, float]:
    value = abs(value)
    degrees = int(value)
    minutes_full = (value - degrees) * 60
    minutes = int(minutes_full)
    return (float(degrees), float(minutes), round((minutes_full - minutes) * 60, 4))


def scene_photo(
    path: Path,
    *,
    taken: datetime,
    latitude: float,
    longitude: float,
    label: str,
    seed: int,
    camera: tuple[str, str] = ("Canon", "Canon EOS 250D"),
) -> Path:
    """A JPEG with EXIF capture time, camera make/model and GPS position."""
    import numpy as np
    from PIL import Image, ImageDraw
    from PIL.ExifTags import GPS, IFD, Base

    rng = np.random.default_rng(seed)
    width, height = 1600, 1200
    gradient = np.linspace(60, 190, width, dtype=np.float32)[None, :, None]
    base = np.broadcast_to(gradient, (height, width, 3)).copy()
    base += rng.normal(0, 6, size=(height, width, 3)).astype(np.float32)
    image = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x, y = int(rng.integers(0, width - 300)), int(rng.integers(0, height - 300))
        colour = tuple(int(c) for c in rng.integers(30, 220, size=3))
        draw.rectangle((x, y, x + int(rng.integers(80, 300)), y + int(rng.integers(80, 300))), fill=colour)
    draw.rectangle((40, height - 110, 420, height - 40), fill=(255, 255, 255))
    draw.text((56, height - 90), label, fill=(0, 0, 0))
    exif = Image.Exif()
    exif[Base.Make] = camera[0]
    exif[Base.Model] = camera[1]
    exif[Base.DateTime] = f"{taken:%Y:%m:%d %H:%M:%S}"
    exif[Base.Software] = "Casebridge demo"
    sub = exif.get_ifd(IFD.Exif)
    sub[Base.DateTimeOriginal] = f"{taken:%Y:%m:%d %H:%M:%S}"
    sub[Base.DateTimeDigitized] = f"{taken:%Y:%m:%d %H:%M:%S}"
    gps = exif.get_ifd(IFD.GPSInfo)
    gps[GPS.GPSVersionID] = b"\x02\x03\x00\x00"
    gps[GPS.GPSLatitudeRef] = "N" if latitude >= 0 else "S"
    gps[GPS.GPSLatitude] = _dms(latitude)
    gps[GPS.GPSLongitudeRef] = "E" if longitude >= 0 else "W"
    gps[GPS.GPSLongitude] = _dms(longitude)
    image.save(path, "JPEG", quality=88, exif=exif)
    return path
