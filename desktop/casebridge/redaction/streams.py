"""Every stream of a recording, and what a redacted copy does with each: a disclosure copy never loses material
without saying so.

The export carries the first picture (masked) and every sound stream — each microphone of an interview suite or
a body-worn camera on its own, in its own channel layout, muted, bleeped and trimmed as the recipe says (a WAV or
MP3 copy holds one). Any other stream — a second camera angle (its picture would need masks of its own),
subtitles, data, attachments — would not be in the copy: the export refuses, naming it, until a person decides to
leave it out with a reason (`MediaRecipe.dropped`; a sound stream can be left out the same way), which the copy's
facts, the verification and the coverage report then list."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebridge.domain.media_recipe import MediaRecipe
from casebridge.redaction.media_apply import MediaRedactionError


@dataclass(frozen=True)
class SourceStream:
    index: int
    kind: str  # video | audio | subtitle | data | attachment
    codec: str
    detail: str  # 1280×720, 25 fps / 2 channels (stereo), 48000 Hz / a language

    @property
    def name(self) -> str:
        return f"stream {self.index} ({self.kind}, {self.codec}{', ' + self.detail if self.detail else ''})"


def streams_of(path: Path) -> list[SourceStream]:
    import av

    try:
        container = av.open(str(path))
    except (av.FFmpegError, OSError) as exc:
        raise MediaRedactionError(f"{path.name} cannot be opened as a recording: {exc}.") from None
    found = []
    with container:
        for stream in container.streams:
            kind = stream.type or "data"
            context: Any = stream.codec_context  # PyAV's type hints know only the common part
            codec = getattr(context, "name", None) or "unknown"
            detail = ""
            if kind == "video":
                rate = stream.average_rate or stream.guessed_rate
                detail = f"{context.width}×{context.height}"
                detail += f", {float(rate):g} fps" if rate else ""
            elif kind == "audio":
                layout = getattr(getattr(stream, "layout", None), "name", "")
                channels = context.channels or 0
                detail = f"{channels} channel(s){f' ({layout})' if layout else ''}, {context.rate} Hz"
            language = stream.metadata.get("language", "")
            if language and language != "und":
                detail = f"{detail}, {language}" if detail else language
            found.append(SourceStream(stream.index, kind, codec, detail))
    return found


STILLS = ("mjpeg", "png", "bmp", "gif", "webp")  # a sound file's cover picture, not a recording


def plan(
    streams: list[SourceStream], recipe: MediaRecipe, *, sound_only: bool = False, one_sound: bool = False
) -> tuple[list[dict[str, Any]], list[SourceStream]]:
    """(what happens to each stream, the streams that would be lost without a decision). A sound recording's
    copy is the sound alone; its cover picture, if any, is left out and listed as such. `one_sound`: the copy's
    format holds one sound stream (WAV, MP3)."""
    decided = {d.index: d.reason for d in recipe.dropped}
    carried: set[int] = set()
    if not sound_only:
        first = next((s for s in streams if s.kind == "video"), None)
        if first is not None:
            carried.add(first.index)
    sounds = [s.index for s in streams if s.kind == "audio" and s.index not in decided]
    carried.update(sounds if not one_sound else sounds[:1])
    rows: list[dict[str, Any]] = []
    lost: list[SourceStream] = []
    for stream in streams:
        row: dict[str, Any] = {
            "index": stream.index,
            "kind": stream.kind,
            "codec": stream.codec,
            "detail": stream.detail,
        }
        if stream.index in carried:
            row["fate"] = "redacted into the copy" if stream.kind == "video" else "carried (muted and trimmed as set)"
        elif stream.index in decided:
            row["fate"] = f"left out: {decided[stream.index]}"
        elif sound_only and stream.kind == "video" and stream.codec in STILLS:
            row["fate"] = "left out: the sound file's cover picture, not a recording"
        else:
            row["fate"] = "would be lost"
            lost.append(stream)
        rows.append(row)
    return rows, lost


def refuse_losing(reference: str, lost: list[SourceStream]) -> None:
    if lost:
        names = "; ".join(s.name for s in lost)
        raise MediaRedactionError(
            f"The redacted copy of {reference} would not contain {names}: a copy carries one picture (with its masks) "
            "and every sound. "
            "Nothing was exported. Leave each out with a recorded reason "
            f"(casebridge redact drop-stream URN {reference} --stream N --reason …), or have it exported separately."
        )
