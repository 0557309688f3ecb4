"""A transcript of a recording: words with their times, per sound channel, and how it was made.

A transcript is a derivative of its exhibit (the recording is never touched): the JSON names the source by
SHA-256, the model by name and SHA-256 of its weights, and the settings used, so the same inputs give the same
transcript. Times are seconds from the start of the recording.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from casebridge.errors import ValidationError

TRANSCRIPT_VERSION = 1


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str  # as the model wrote it, with its leading space and punctuation
    probability: float = 1.0


@dataclass(frozen=True)
class Segment:
    channel: str  # "stream 1", "stream 2, left"… — who spoke, where the channels are separate
    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()


@dataclass(frozen=True)
class Transcript:
    source_sha256: str
    model: str  # "faster-whisper-base"
    model_sha256: str  # of model.bin
    settings: dict[str, Any]
    segments: tuple[Segment, ...] = ()
    duration: float = 0.0
    seconds_taken: float = 0.0
    version: int = TRANSCRIPT_VERSION
    channels: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        """Every segment's text in time order (what the evidence search finds)."""
        return "\n".join(s.text.strip() for s in sorted(self.segments, key=lambda s: (s.start, s.channel)))

    @property
    def words(self) -> list[tuple[str, Word]]:
        return sorted(((s.channel, w) for s in self.segments for w in s.words), key=lambda item: item[1].start)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["format"] = "casebridge-transcript"
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, indent=1, ensure_ascii=False) + "\n"

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()

    @classmethod
    def from_json(cls, text: str) -> Transcript:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValidationError("transcript", f"The transcript is not valid JSON: {exc.msg}.") from None
        if not isinstance(data, dict) or data.get("format") != "casebridge-transcript":
            raise ValidationError("format", "This is not a Casebridge transcript.")
        if int(data.get("version", 1)) > TRANSCRIPT_VERSION:
            raise ValidationError("version", f"This transcript is version {data['version']}; this Casebridge reads 1.")
        try:
            segments = tuple(
                Segment(
                    str(s["channel"]),
                    float(s["start"]),
                    float(s["end"]),
                    str(s["text"]),
                    tuple(
                        Word(float(w["start"]), float(w["end"]), str(w["text"]), float(w["probability"]))
                        for w in s["words"]
                    ),
                )
                for s in data.get("segments", [])
            )
            return cls(
                source_sha256=str(data["source_sha256"]),
                model=str(data["model"]),
                model_sha256=str(data["model_sha256"]),
                settings=dict(data.get("settings", {})),
                segments=segments,
                duration=float(data.get("duration", 0.0)),
                seconds_taken=float(data.get("seconds_taken", 0.0)),
                version=int(data.get("version", 1)),
                channels=tuple(str(c) for c in data.get("channels", [])),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError("transcript", f"The transcript is damaged: {exc}.") from None


def _stamp(seconds: float) -> str:
    millis = round(max(0.0, seconds) * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    whole, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{whole:02d}.{millis:03d}"


def to_webvtt(transcript: Transcript) -> str:
    """WebVTT (W3C): one cue per segment, the channel as the voice (<v>), in time order."""
    lines = ["WEBVTT", ""]
    for number, segment in enumerate(sorted(transcript.segments, key=lambda s: (s.start, s.channel)), start=1):
        text = segment.text.strip().replace("-->", "→")
        lines += [str(number), f"{_stamp(segment.start)} --> {_stamp(segment.end)}", f"<v {segment.channel}>{text}", ""]
    return "\n".join(lines)
