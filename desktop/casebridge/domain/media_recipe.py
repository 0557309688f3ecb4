"""A media redaction recipe: masks that move, audio to silence, clips to keep — as data, re-applicable exactly.

Masks are tracks of keyframed shapes (rectangle or ellipse; centre-free x, y, width, height in pixels of the
decoded frame, i.e. before any display rotation), linearly interpolated between keyframes and active between a
track's start and end. Each track has an effect — solid fill, pixelate or blur, with strength floors so a face
cannot be read back — and a fail-secure hold: when detection loses a person the mask stays where it was last
seen for `hold` seconds. Audio ranges are muted or bleeped. `keep` lists the segments to export (empty: all).
Times are seconds from the start of the source.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from casebridge import __version__
from casebridge.errors import ValidationError

MEDIA_RECIPE_VERSION = 1
EFFECTS = ("fill", "pixelate", "blur")
SHAPES = ("rect", "ellipse")
KINDS = ("", "face", "plate", "text")
Box = tuple[float, float, float, float]  # x, y, width, height


@dataclass(frozen=True)
class Keyframe:
    t: float
    x: float
    y: float
    w: float
    h: float

    def __post_init__(self) -> None:
        if self.t < 0:
            raise ValidationError("t", "A keyframe cannot be before the start of the recording.")
        if self.w <= 0 or self.h <= 0:
            raise ValidationError("keyframes", "A mask needs a width and a height.")
        for name in ("t", "x", "y", "w", "h"):
            object.__setattr__(self, name, round(float(getattr(self, name)), 3))


@dataclass(frozen=True)
class Track:
    id: str
    keyframes: tuple[Keyframe, ...]
    reason: str
    effect: str = "pixelate"
    shape: str = "rect"
    start: float | None = None  # default: the first keyframe
    end: float | None = None  # default: the last keyframe plus the hold
    hold: float = 0.0  # fail-secure: keep the last position this long after the last keyframe
    label: str = ""  # "bystander 2", "number plate"
    kind: str = ""  # what detection found: face | plate | text ("" for masks drawn by hand)
    source: str = "manual"  # manual | detected | followed (drawn by hand, then followed through the frames)
    detections: int = 0  # for detected tracks, the coverage counts: frames the model found this face in,
    tracked: int = 0  # frames it was followed between detections,
    lost: int = 0  # and frames in its range with neither (covered by interpolation or the fail-secure hold)
    masked: bool = True  # False: deliberately left visible (e.g. the suspect), with the justification
    justification: str = ""
    proposed_by: str = ""
    proposed_at: str = ""
    approved_by: str = ""
    approved_at: str = ""

    def __post_init__(self) -> None:
        if not self.keyframes:
            raise ValidationError("keyframes", f"Track {self.id} has no keyframes.")
        if self.kind not in KINDS:
            raise ValidationError("kind", f"'{self.kind}' is not a kind of mask ({', '.join(KINDS[1:])}).")
        if self.effect not in EFFECTS:
            raise ValidationError("effect", f"'{self.effect}' is not an effect ({', '.join(EFFECTS)}).")
        if self.shape not in SHAPES:
            raise ValidationError("shape", f"'{self.shape}' is not a shape ({', '.join(SHAPES)}).")
        if not self.reason:
            raise ValidationError("reason", "Every mask needs a reason code.")
        if self.hold < 0:
            raise ValidationError("hold", "The hold cannot be negative.")
        if not self.masked and not self.justification.strip():
            raise ValidationError("justification", f"Say why track {self.id} is left unmasked.")
        ordered = tuple(sorted(self.keyframes, key=lambda k: k.t))
        object.__setattr__(self, "keyframes", ordered)

    @property
    def first(self) -> float:
        return self.start if self.start is not None else self.keyframes[0].t

    @property
    def last(self) -> float:
        return self.end if self.end is not None else self.keyframes[-1].t + self.hold

    @property
    def approved(self) -> bool:
        return bool(self.approved_by)

    def box_at(self, t: float) -> Box | None:
        """Where the mask is at time t (linear between keyframes, held at the ends), or None when inactive."""
        if t < self.first - 1e-6 or t > self.last + 1e-6:
            return None
        frames = self.keyframes
        if t <= frames[0].t:
            k = frames[0]
            return (k.x, k.y, k.w, k.h)
        for a, b in itertools.pairwise(frames):
            if a.t <= t <= b.t:
                f = 0.0 if b.t == a.t else (t - a.t) / (b.t - a.t)
                return (a.x + f * (b.x - a.x), a.y + f * (b.y - a.y), a.w + f * (b.w - a.w), a.h + f * (b.h - a.h))
        k = frames[-1]
        return (k.x, k.y, k.w, k.h)


@dataclass(frozen=True)
class AudioRange:
    start: float
    end: float
    reason: str
    mode: str = "mute"  # mute | bleep
    label: str = ""
    # ranges suggested from the transcript (an identifier or a name said aloud) are approved like detected masks,
    # or left audible with a justification; drawn ranges have none of this (and their JSON stays as it was)
    id: str = ""
    source: str = "manual"  # manual | spoken
    detector: str = ""  # the pattern or case term that found it
    heard: str = ""  # what was said, in written form ("07700900123; John Smith"): listened for again in the copy
    approved_by: str = ""
    approved_at: str = ""
    audible: bool = False  # True: deliberately left in, with the justification
    justification: str = ""

    def __post_init__(self) -> None:
        if self.audible and not self.justification.strip():
            raise ValidationError("justification", f"Say why {self.id or 'the range'} is left audible.")
        if self.end <= self.start or self.start < 0:
            raise ValidationError("audio", f"The audio range {self.start}–{self.end} s is empty.")
        if self.mode not in ("mute", "bleep"):
            raise ValidationError("mode", f"'{self.mode}' is not mute or bleep.")
        if not self.reason:
            raise ValidationError("reason", "Every audio range needs a reason code.")


@dataclass(frozen=True)
class DroppedStream:
    """A stream of the source a person decided to leave out of the copy (a second camera, a second microphone),
    with the reason the redaction log records."""

    index: int
    reason: str

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise ValidationError("reason", f"Say why stream {self.index} is left out of the copy.")


@dataclass(frozen=True)
class MediaRecipe:
    source_sha256: str
    tracks: tuple[Track, ...] = ()
    audio: tuple[AudioRange, ...] = ()
    keep: tuple[tuple[float, float], ...] = ()  # segments to export; empty = the whole recording
    quality: str = "standard"  # standard (x264 veryfast CRF 20) | high (medium CRF 17) | small (veryfast CRF 26)
    version: int = MEDIA_RECIPE_VERSION
    tool_version: str = __version__
    note: str = field(default="")
    dropped: tuple[DroppedStream, ...] = ()

    def __post_init__(self) -> None:
        if self.quality not in QUALITY:
            raise ValidationError("quality", f"'{self.quality}' is not a quality ({', '.join(QUALITY)}).")
        for start, end in self.keep:
            if end <= start or start < 0:
                raise ValidationError("keep", f"The segment {start}–{end} s is empty.")

    def with_track(self, track: Track) -> MediaRecipe:
        kept = tuple(t for t in self.tracks if t.id != track.id)
        return replace(self, tracks=(*kept, track))

    @property
    def unapproved(self) -> list[Track | AudioRange]:
        """Detected masks and suggested ranges of sound nobody has approved (or decided to leave) yet."""
        waiting: list[Track | AudioRange] = [t for t in self.tracks if t.masked and not t.approved]
        return waiting + [a for a in self.audio if a.source == "spoken" and not a.audible and not a.approved_by]

    @property
    def silenced(self) -> tuple[AudioRange, ...]:
        """The ranges of sound the copy mutes or bleeps (not those left audible by decision)."""
        return tuple(a for a in self.audio if not a.audible)

    def kept(self, t: float) -> bool:
        return not self.keep or any(start - 1e-6 <= t < end for start, end in self.keep)

    def masks_at(self, t: float) -> list[tuple[Track, Box]]:
        return [(track, box) for track in self.tracks if track.masked and (box := track.box_at(t)) is not None]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["tracks"] = sorted(data["tracks"], key=lambda t: t["id"])
        data["keep"] = [list(k) for k in self.keep]
        data["format"] = "casebridge-media-recipe"
        if not self.dropped:  # recipes without the decision keep the digest they always had
            data.pop("dropped")
        else:
            data["dropped"] = sorted(data["dropped"], key=lambda d: d["index"])
        for track in data["tracks"]:  # likewise masks drawn by hand, which have no kind
            if not track["kind"]:
                track.pop("kind")
        plain = AudioRange(0, 1, "x")  # and ranges drawn by hand, which have none of the suggestion's fields
        for span in data["audio"]:
            for name in ("id", "source", "detector", "heard", "approved_by", "approved_at", "audible", "justification"):
                if span[name] == getattr(plain, name):
                    span.pop(name)
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, indent=2, ensure_ascii=False) + "\n"

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()

    @classmethod
    def from_json(cls, text: str) -> MediaRecipe:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValidationError("recipe", f"The recipe is not valid JSON: {exc.msg} (line {exc.lineno}).") from None
        if not isinstance(data, dict) or data.get("format") not in (None, "casebridge-media-recipe"):
            raise ValidationError("format", "This is not a Casebridge media redaction recipe.")
        if int(data.get("version", 1)) > MEDIA_RECIPE_VERSION:
            raise ValidationError("version", f"This recipe is version {data['version']}; this Casebridge reads 1.")
        try:
            tracks = tuple(
                Track(**{**t, "keyframes": tuple(Keyframe(**k) for k in t["keyframes"])})
                for t in data.get("tracks", [])
            )
            audio = tuple(AudioRange(**a) for a in data.get("audio", []))
            dropped = tuple(DroppedStream(int(d["index"]), str(d["reason"])) for d in data.get("dropped", []))
        except (TypeError, KeyError) as exc:
            raise ValidationError("tracks", f"The recipe has a field Casebridge does not know: {exc}.") from None
        digest = str(data.get("source_sha256", ""))
        if len(digest) != 64:
            raise ValidationError("source_sha256", "A recipe must name its source by SHA-256.")
        return cls(
            source_sha256=digest,
            tracks=tracks,
            audio=audio,
            keep=tuple((float(a), float(b)) for a, b in data.get("keep", [])),
            dropped=dropped,
            quality=str(data.get("quality", "standard")),
            version=int(data.get("version", 1)),
            tool_version=str(data.get("tool_version", "")),
            note=str(data.get("note", "")),
        )


QUALITY = {
    "standard": {"preset": "veryfast", "crf": "20"},
    "high": {"preset": "medium", "crf": "17"},
    "small": {"preset": "veryfast", "crf": "26"},
}
