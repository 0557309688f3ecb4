"""The plain-language line for the exhibit list (MG12) and unused-material schedule (MG6C)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from casebridge.evidence.sniff import FileType, Kind

CODEC_NAMES = {
    "h264": "H.264",
    "hevc": "H.265",
    "mjpeg": "MJPEG",
    "mpeg4": "MPEG-4",
    "mpeg2video": "MPEG-2",
    "mpeg1video": "MPEG-1",
    "h263": "H.263",
    "wmv1": "WMV 7",
    "wmv2": "WMV 8",
    "wmv3": "WMV 9",
    "vp8": "VP8",
    "vp9": "VP9",
    "av1": "AV1",
    "msmpeg4v2": "MS MPEG-4 v2",
    "msmpeg4v3": "MS MPEG-4 v3",
    "aac": "AAC",
    "mp3": "MP3",
    "mp3float": "MP3",
    "mp2": "MP2",
    "flac": "FLAC",
    "vorbis": "Vorbis",
    "opus": "Opus",
    "pcm_mulaw": "G.711 µ-law",
    "pcm_alaw": "G.711 A-law",
    "pcm_s16le": "PCM 16-bit",
    "pcm_u8": "PCM 8-bit",
    "pcm_s24le": "PCM 24-bit",
    "wmav1": "WMA 1",
    "wmav2": "WMA 2",
    "amrnb": "AMR-NB",
    "amr_nb": "AMR-NB",
    "amrwb": "AMR-WB",
    "adpcm_ima_wav": "IMA ADPCM",
    "gsm_ms": "GSM",
}


def codec(name: str | None) -> str:
    return CODEC_NAMES.get(name or "", (name or "unknown").upper())


def duration_text(seconds: float | None) -> str:
    if not seconds:
        return "length unknown"
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min {secs:02d} s"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


def size_text(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            return f"{int(value)} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def _when(text: Any) -> str | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.strftime("%d/%m/%Y %H:%M")


def _channels(count: int | None) -> str:
    return {1: "mono", 2: "stereo"}.get(count or 0, f"{count} channels" if count else "")


def summarise(file_type: FileType, facts: dict[str, Any], size: int, problem: str | None = None) -> str:
    if problem:
        return f"{file_type.label}, {size_text(size)} — {problem}; kept as supplied, not previewable"
    if file_type.kind in (Kind.VIDEO, Kind.AUDIO):
        return _media(file_type, facts)
    if file_type.kind is Kind.IMAGE:
        return _image(file_type, facts)
    if file_type.kind is Kind.DOCUMENT:
        return _document(file_type, facts, size)
    if file_type.kind is Kind.EXECUTABLE:
        return f"Windows program, {size_text(size)} — player software supplied with the material; not previewable"
    return f"{file_type.label}, {size_text(size)} — kept as supplied, not previewable"


def _media(file_type: FileType, facts: dict[str, Any]) -> str:
    parts: list[str] = []
    videos, audios = facts.get("video") or [], facts.get("audio") or []
    if videos:
        v = videos[0]
        line = f"{file_type.label} ({codec(v.get('codec'))}), {v.get('width')}×{v.get('height')}"
        if v.get("fps"):
            line += f", {v['fps']:g} fps"
        if v.get("rotation"):
            line += f", rotated {v['rotation']}°"
        parts.append(line)
        parts.append(duration_text(facts.get("duration")))
        if audios:
            a = audios[0]
            parts.append(f"sound {codec(a.get('codec'))} {_channels(a.get('channels'))}".strip())
        else:
            parts.append("no sound")
    else:
        a = audios[0]
        rate = a.get("sample_rate") or 0
        rate_text = f"{rate / 1000:g} kHz" if rate else ""
        parts.append(f"{file_type.label} ({codec(a.get('codec'))}), {rate_text} {_channels(a.get('channels'))}".strip())
        parts.append(duration_text(facts.get("duration")))
    created = _when(facts.get("created"))
    if created:
        parts.append(f"recorded {created}")
    return ", ".join(p for p in parts if p)


def _image(file_type: FileType, facts: dict[str, Any]) -> str:
    parts = [f"{file_type.label}, {facts.get('width')}×{facts.get('height')}"]
    taken = _when(facts.get("taken"))
    if taken:
        parts.append(f"taken {taken}")
    if facts.get("camera"):
        parts.append(f"on {facts['camera']}")
    gps = facts.get("gps")
    if gps:
        parts.append(f"GPS {gps['latitude']:.5f}, {gps['longitude']:.5f}")
    return ", ".join(parts)


def _document(file_type: FileType, facts: dict[str, Any], size: int) -> str:
    if file_type.media_type != "application/pdf":
        return f"{file_type.label}, {size_text(size)}"
    pages = facts.get("pages") or 0
    line = f"PDF, {pages} page{'s' if pages != 1 else ''}"
    if facts.get("scanned"):
        line += ", scanned (no text layer)"
    elif facts.get("scanned_pages"):
        line += f", text layer on {facts.get('text_pages')} page(s), {facts['scanned_pages']} scanned"
    elif facts.get("has_text_layer"):
        line += ", text layer"
    if facts.get("author"):
        line += f"; author {facts['author']}"
    if facts.get("producer"):
        line += f"; made with {facts['producer']}"
    return line
