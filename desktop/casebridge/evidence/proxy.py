"""Viewing proxies: an H.264/AAC MP4 copy of media that players handle badly or that is huge.

The original is never touched; the proxy is only for viewing and records what it was made from.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

from casebridge.jobs import CancelToken

# Codecs and containers every player (libvlc, Windows, browsers) handles smoothly, seeking included.
FRIENDLY_VIDEO = {"h264", "hevc", "vp8", "vp9", "av1", "mpeg4"}
FRIENDLY_AUDIO = {"aac", "mp3", "mp3float", "flac", "opus", "vorbis", "pcm_s16le", "pcm_s24le"}
FRIENDLY_CONTAINERS = {"mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", "mp3", "flac", "ogg", "wav"}
HUGE = 4 * 1024**3
MAX_HEIGHT = 1080


def needs_proxy(facts: dict[str, Any], size: int) -> str | None:
    """Why a viewing proxy is wanted, or None."""
    if size >= HUGE:
        return "the original is over 4 GB"
    videos, audios = facts.get("video") or [], facts.get("audio") or []
    if facts.get("container") not in FRIENDLY_CONTAINERS:
        return f"the {facts.get('container_label') or facts.get('container')} container seeks poorly in players"
    if videos and videos[0].get("codec") not in FRIENDLY_VIDEO:
        return f"{videos[0].get('codec')} video is not widely playable"
    if audios and audios[0].get("codec") not in FRIENDLY_AUDIO:
        return f"{audios[0].get('codec')} audio is not widely playable"
    return None


def make_proxy(source: Path, target: Path, cancel: CancelToken | None = None) -> dict[str, Any]:
    """Transcodes to MP4 (H.264 veryfast CRF 23, AAC 128k), keeping timestamps. Returns the recipe."""
    import av

    with av.open(str(source)) as inp, av.open(str(target), "w", format="mp4") as out:
        vin = inp.streams.video[0] if inp.streams.video else None
        ain = inp.streams.audio[0] if inp.streams.audio else None
        vout: Any = None
        aout: Any = None
        time_base = Fraction(1, 90000)
        if vin is not None:
            rate = vin.average_rate or vin.guessed_rate or Fraction(25)
            vout = out.add_stream("libx264", rate=rate)
            height = min(vin.codec_context.height or MAX_HEIGHT, MAX_HEIGHT)
            width = int((vin.codec_context.width or 16) * height / (vin.codec_context.height or height)) // 2 * 2
            vout.width, vout.height = width, height // 2 * 2
            vout.pix_fmt = "yuv420p"
            vout.options = {"preset": "veryfast", "crf": "23"}
            vout.time_base = time_base
        if ain is not None:
            aout = out.add_stream("aac", rate=48000 if (ain.codec_context.sample_rate or 0) > 32000 else 44100)
            aout.layout = "stereo" if (ain.codec_context.channels or 1) > 1 else "mono"
            aout.bit_rate = 128_000
        resampler = None
        streams = [s for s in (vin, ain) if s is not None]
        for frame in inp.decode(*streams):
            if cancel is not None:
                cancel.raise_if_cancelled()
            if isinstance(frame, av.VideoFrame) and vout is not None:
                if frame.pts is not None and frame.time_base is not None:
                    frame.pts = int(frame.pts * frame.time_base / time_base)
                    frame.time_base = time_base
                converted = frame.reformat(width=vout.width, height=vout.height, format="yuv420p")
                converted.pts, converted.time_base = frame.pts, frame.time_base
                for packet in vout.encode(converted):
                    out.mux(packet)
            elif isinstance(frame, av.AudioFrame) and aout is not None:
                if resampler is None:
                    resampler = av.AudioResampler(format="fltp", layout=aout.layout, rate=aout.rate)
                for chunk in resampler.resample(frame):
                    for packet in aout.encode(chunk):
                        out.mux(packet)
        for stream in (vout, aout):
            if stream is not None:
                for packet in stream.encode():
                    out.mux(packet)
    return {
        "tool": f"PyAV {av.__version__} (FFmpeg)",
        "video": "H.264 veryfast CRF 23" if vin else None,
        "audio": "AAC 128 kbit/s" if ain else None,
        "container": "MP4",
    }
