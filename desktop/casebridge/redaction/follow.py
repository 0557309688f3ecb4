"""Following a hand-drawn mask: the region drawn on one frame (a head, a number plate, a screen) tracked forwards and
backwards through the recording with the same matcher that follows detected faces (OpenCV normalised
cross-correlation in a search window around the last position), so the mask moves with its subject instead of
staying where it was drawn.

The result replaces the track's keyframes — one wherever the straight line between its neighbours would miss the
subject by more than a few pixels — and spans the frames where the subject was found, plus the track's fail-secure
hold at each end. The track comes back unapproved: a person looks at it (and corrects any keyframe) before export.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from casebridge.domain.media_recipe import Keyframe, Track
from casebridge.jobs import CancelToken, Progress, ProgressUpdate, no_progress
from casebridge.redaction.media_apply import MediaRedactionError

Box = tuple[float, float, float, float]
MATCH = 0.55  # below this the subject is taken as lost in that frame
LOST_FRAMES = 6  # this many frames in a row without a match end the following
BACK_SECONDS = 60.0  # how far back from the drawn frame the following looks (the frames are kept in memory)
TOLERANCE = 3.0  # pixels: a keyframe is kept where interpolation would be further off than this
MAX_WIDTH = 640  # frames are matched at this width at most (speed), positions scaled back


@dataclass(frozen=True)
class FollowReport:
    track: Track
    frames: int  # frames the subject was followed in
    first: float
    last: float
    keyframes: int


class _Matcher:
    """The drawn region's picture, looked for near where the subject was: the first template (what the user drew)
    and the latest good match, whichever matches better, so slow changes of pose are followed without drifting."""

    def __init__(self, gray: npt.NDArray[np.uint8], box: Box) -> None:
        self.first = self._cut(gray, box)
        self.latest = self.first
        self.box = box

    @staticmethod
    def _cut(gray: npt.NDArray[np.uint8], box: Box) -> npt.NDArray[np.uint8]:
        x, y, w, h = (round(v) for v in box)
        x, y = max(0, x), max(0, y)
        return gray[y : y + max(2, h), x : x + max(2, w)].copy()

    def step(self, gray: npt.NDArray[np.uint8]) -> bool:
        import cv2

        x, y, w, h = self.box
        pad_x, pad_y = max(8.0, w), max(8.0, h)
        x0, y0 = int(max(0, x - pad_x)), int(max(0, y - pad_y))
        x1, y1 = int(min(gray.shape[1], x + w + pad_x)), int(min(gray.shape[0], y + h + pad_y))
        window = gray[y0:y1, x0:x1]
        best, where = -1.0, (0, 0)
        for template in (self.first, self.latest):
            th, tw = template.shape[:2]
            if window.shape[0] < th or window.shape[1] < tw or th < 2 or tw < 2:
                continue
            scores = cv2.matchTemplate(window, template, cv2.TM_CCOEFF_NORMED)
            _low, high, _at, at = cv2.minMaxLoc(scores)
            if high > best:
                best, where = float(high), (int(at[0]), int(at[1]))
        if best < MATCH:
            return False
        self.box = (float(x0 + where[0]), float(y0 + where[1]), w, h)
        if best > 0.8:
            self.latest = self._cut(gray, self.box)
        return True


def _frames(source: Path, scale: float, start: float, end: float | None) -> Any:
    """(time, small grey frame) from `start` (seeking) to `end`."""
    import av

    try:
        container = av.open(str(source))
    except (av.FFmpegError, OSError) as exc:
        raise MediaRedactionError(f"{source.name} cannot be opened as a recording: {exc}.") from None
    with container:
        if not container.streams.video:
            raise MediaRedactionError(f"{source.name} has no picture to follow a mask in.")
        stream = container.streams.video[0]
        base = stream.time_base or Fraction(1, 90000)
        if start > 0:
            container.seek(int(start / base), stream=stream, backward=True)
        for frame in container.decode(stream):
            if frame.pts is None:
                continue
            t = float(frame.pts * base)
            if t < start - 1e-6:
                continue
            if end is not None and t > end + 1e-6:
                return
            gray: npt.NDArray[np.uint8] = np.asarray(frame.to_ndarray(format="gray"), dtype=np.uint8)
            if scale != 1.0:
                import cv2

                gray = np.asarray(cv2.resize(gray, (int(gray.shape[1] * scale), int(gray.shape[0] * scale))))
            yield t, gray


def _simplify(points: list[tuple[float, Box]]) -> list[tuple[float, Box]]:
    """The fewest keyframes whose straight lines stay within TOLERANCE pixels of every followed position."""
    if len(points) <= 2:
        return points
    kept = [points[0]]
    anchor = 0
    for index in range(2, len(points)):
        t0, b0 = points[anchor]
        t1, b1 = points[index]
        off = False
        for t, box in points[anchor + 1 : index]:
            f = (t - t0) / (t1 - t0) if t1 > t0 else 0.0
            guess = [b0[k] + f * (b1[k] - b0[k]) for k in range(4)]
            if max(abs(guess[k] - box[k]) for k in range(4)) > TOLERANCE:
                off = True
                break
        if off:
            anchor = index - 1
            kept.append(points[anchor])
    kept.append(points[-1])
    return kept


def follow_track(
    source: Path,
    track: Track,
    at: float | None = None,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> FollowReport:
    """Follows what `track` covers at time `at` (default: its first keyframe) to where the subject is lost, in
    both directions; returns the track with new keyframes (unapproved, source "followed")."""
    import av

    start_at = track.keyframes[0].t if at is None else at
    box = track.box_at(start_at) or (
        track.keyframes[0].x,
        track.keyframes[0].y,
        track.keyframes[0].w,
        track.keyframes[0].h,
    )
    with av.open(str(source)) as probe:
        if not probe.streams.video:
            raise MediaRedactionError(f"{source.name} has no picture to follow a mask in.")
        stream = probe.streams.video[0]
        width = stream.codec_context.width
        duration = float(probe.duration / av.time_base) if probe.duration else 0.0
    scale = min(1.0, MAX_WIDTH / width) if width else 1.0
    small: Box = (box[0] * scale, box[1] * scale, box[2] * scale, box[3] * scale)

    def report(t: float, what: str) -> None:
        if cancel is not None:
            cancel.raise_if_cancelled()
        if duration:
            progress(ProgressUpdate(min(int(t * 1000), int(duration * 1000)), int(duration * 1000), what))

    forward: list[tuple[float, Box]] = []
    matcher: _Matcher | None = None
    missed = 0
    for t, gray in _frames(source, scale, start_at, None):
        report(t, "Following forwards")
        if matcher is None:
            matcher = _Matcher(gray, small)
            forward.append((t, small))
            continue
        if matcher.step(gray):
            forward.append((t, matcher.box))
            missed = 0
        else:
            missed += 1
            if missed >= LOST_FRAMES:
                break
    if not forward:
        raise MediaRedactionError(f"There is no picture at {start_at:.2f} s to follow the mask from.")
    backward: list[tuple[float, Box]] = []
    window_start = max(0.0, start_at - BACK_SECONDS)
    if start_at > 0:
        earlier: deque[tuple[float, npt.NDArray[np.uint8]]] = deque()
        drawn_frame = None
        for t, gray in _frames(source, scale, window_start, start_at):
            report(t, "Reading earlier frames")
            if t < start_at - 1e-6:
                earlier.append((t, gray))
            else:
                drawn_frame = gray
                break
        if drawn_frame is not None:
            matcher = _Matcher(drawn_frame, small)
            missed = 0
            while earlier:
                t, gray = earlier.pop()
                if matcher.step(gray):
                    backward.append((t, matcher.box))
                    missed = 0
                else:
                    missed += 1
                    if missed >= LOST_FRAMES:
                        break
    followed = [*reversed(backward), *forward]
    points = [(t, (b[0] / scale, b[1] / scale, b[2] / scale, b[3] / scale)) for t, b in followed]
    keyframes = tuple(Keyframe(t, *b) for t, b in _simplify(points))
    first, last = points[0][0], points[-1][0]
    followed_track = replace(
        track,
        keyframes=keyframes,
        start=max(0.0, first - track.hold),
        end=last + track.hold,
        source="followed",
        approved_by="",
        approved_at="",
        tracked=len(points),
    )
    progress(ProgressUpdate(1, 1, "Followed"))
    return FollowReport(followed_track, len(points), first, last, len(keyframes))
