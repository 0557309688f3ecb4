"""A transcript of a recording: words with their times, per sound channel, and how it was made.

A transcript is a derivative of its exhibit (the recording is never touched): the JSON names the source by
SHA-256, the model by name and SHA-256 of its weights, and the settings used, so the same inputs give the same
transcript. Times are seconds from the start of the recording.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from dataclasses import asdict, dataclass, field, replace
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
class Correction:
    """A passage put right by a person: what the recogniser wrote, what was said, who corrected it and when."""

    channel: str
    start: float
    before: str
    after: str
    by: str
    at: str


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
    corrections: tuple[Correction, ...] = ()  # left out of the JSON while there are none

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
        if not self.corrections:
            del data["corrections"]
        return data

    def passage(self, at: float, channel: str = "") -> Segment:
        """The passage being said at `at` seconds (from its start, to a twentieth of a second, to its end), on
        `channel` where passages of several channels overlap there."""
        near = [
            s for s in self.segments if s.start - 0.05 <= at < s.end + 0.05 and (not channel or s.channel == channel)
        ]
        if not near:
            raise ValidationError("at", f"No passage is said at {at:.2f} s" + (f" on {channel}." if channel else "."))
        if len(near) > 1:
            names = ", ".join(s.channel for s in near)
            raise ValidationError("channel", f"Passages on {names} are said at {at:.2f} s: name the channel.")
        return near[0]

    def corrected(self, segment: Segment, text: str, by: str, at: str) -> Transcript:
        """The transcript with one passage's words replaced by what was said: words the person kept keep their
        times; new words share the time of the words they replace (by length); the correction is recorded."""
        said = " ".join(text.split())
        if not said:
            raise ValidationError("text", "Say what was said in the passage (it cannot be left empty).")
        if segment not in self.segments:
            raise ValidationError("at", "That passage is not in this transcript.")
        words = retimed(segment.words, said, segment.start, segment.end)
        fixed = replace(segment, text=" " + said, words=words)
        note = Correction(segment.channel, segment.start, segment.text.strip(), said, by, at)
        segments = tuple(fixed if s == segment else s for s in self.segments)
        return replace(self, segments=segments, corrections=(*self.corrections, note))

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
                corrections=tuple(
                    Correction(
                        str(c["channel"]),
                        float(c["start"]),
                        str(c["before"]),
                        str(c["after"]),
                        str(c["by"]),
                        str(c["at"]),
                    )
                    for c in data.get("corrections", [])
                ),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError("transcript", f"The transcript is damaged: {exc}.") from None


def _plain(word: str) -> str:
    return re.sub(r"[^\w]", "", word.lower())


def retimed(words: tuple[Word, ...], said: str, start: float, end: float) -> tuple[Word, ...]:
    """The words of `said` with times: a word matching the recogniser's keeps its time (and confidence); a run of
    new words shares the time of the run it replaces — or the gap it fills, and where there is no gap, the time of
    the recognised word after it (the recogniser ran them together) — by length of word."""
    tokens = said.split()
    old = [_plain(w.text) for w in words]
    new = [_plain(t) for t in tokens]
    timed: list[Word] = []
    steps = difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()
    borrowed = 0  # words of the next equal run already timed with the new words before them
    for number, (tag, i1, i2, j1, j2) in enumerate(steps):
        if tag == "equal":
            timed += [replace(words[i1 + k], text=" " + tokens[j1 + k]) for k in range(borrowed, j2 - j1)]
            borrowed = 0
            continue
        if j2 == j1:  # words the person took out
            continue
        if i2 > i1:  # replacing recognised words: their time
            a, b = words[i1].start, words[i2 - 1].end
        else:  # words the recogniser missed: the gap where they go
            a = words[i1 - 1].end if i1 > 0 else start
            b = words[i1].start if i1 < len(words) else end
            following = steps[number + 1][0] if number + 1 < len(steps) else ""
            if b - a < 0.05 * (j2 - j1) and following == "equal":
                b = words[i1].end  # no gap: share the next word's time with it
                j2, borrowed = j2 + 1, 1
        if b <= a:
            b = a + 0.01 * (j2 - j1)
        lengths = [max(1, len(t)) for t in tokens[j1:j2]]
        total, at = sum(lengths), a
        for token, length in zip(tokens[j1:j2], lengths, strict=True):
            step = (b - a) * length / total
            timed.append(Word(round(at, 3), round(at + step, 3), " " + token, 1.0))
            at += step
    return tuple(timed)


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
