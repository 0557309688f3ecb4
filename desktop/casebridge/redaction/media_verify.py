"""Proving a redacted recording: decode source and output side by side and measure, frame by frame.

- inside every mask, in every frame where it is active: a fill is black within codec tolerance; under pixelate
  and blur the source's fine detail (luma minus its 3×3 average) correlates at most 1/3 with the output's;
- outside the masks (with an 8-pixel margin for codec bleed) the output matches the source: PSNR ≥ 30 dB;
- muted audio ranges measure below -60 dBFS (25 ms in from each edge, for the codec's frame overlap);
- the same number of frames, and the duration within one frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from casebridge.domain.media_recipe import MediaRecipe
from casebridge.redaction.media_apply import kept_before

FILL_TOLERANCE = 14.0  # mean |Y - 16| inside a black mask, after H.264
DETAIL_KEPT = 1 / 3
MIN_PSNR = 30.0
SILENCE_DBFS = -60.0
EDGE = 0.025
MARGIN = 8
Luma = npt.NDArray[np.float64]


@dataclass(frozen=True)
class MediaProblem:
    check: str  # mask | outside | audio | frames | duration | streams | attack | listen
    time: float | None
    detail: str

    @property
    def message(self) -> str:
        return f"{self.time:.2f} s: {self.detail}" if self.time is not None else self.detail


def _luma_frames(path: Path, recipe: MediaRecipe | None) -> list[tuple[float, Luma]]:
    import av

    frames = []
    with av.open(str(path)) as container:
        if not container.streams.video:
            return []
        for frame in container.decode(video=0):
            t = float(frame.time or 0.0)
            if recipe is not None and not recipe.kept(t):
                continue
            picture = frame if frame.format.name == "yuv420p" else frame.reformat(format="yuv420p")
            luma = picture.to_ndarray()[: picture.height].astype(np.float64)  # Y as coded: black is 16
            frames.append((t, luma))
    return frames


def _sharpness(region: Luma) -> float:
    if region.shape[0] < 3 or region.shape[1] < 3:
        return 0.0
    lap = 4 * region[1:-1, 1:-1] - region[:-2, 1:-1] - region[2:, 1:-1] - region[1:-1, :-2] - region[1:-1, 2:]
    return float(np.abs(lap).mean())


def _fine(region: Luma) -> Luma:
    """The fine detail of a region: itself minus a 3×3 average (what identifies a face or a character)."""
    padded = np.pad(region, 1, mode="edge")
    smooth = sum(padded[dy : dy + region.shape[0], dx : dx + region.shape[1]] for dy in range(3) for dx in range(3)) / 9
    return region - smooth


def detail_kept(source: Luma, output: Luma, inside: npt.NDArray[np.bool_] | None = None) -> float:
    """How much of the source's fine detail survives in the output: the correlation of the two detail layers
    (0 = none survives, 1 = all), over the mask's own pixels. Pixelation's block edges and blur's softness do
    not correlate with the face they hide."""
    a, b = _fine(source), _fine(output)
    if inside is not None:
        a, b = a[inside], b[inside]
    a, b = a.ravel(), b.ravel()
    a, b = a - a.mean(), b - b.mean()
    scale = math.sqrt(float((a * a).sum()) * float((b * b).sum()))
    return 0.0 if scale == 0 else abs(float((a * b).sum())) / scale


def _shape(shape: str, size: tuple[int, int], frame: tuple[float, float, float, float]) -> npt.NDArray[np.bool_]:
    """Which pixels of a checked region the mask covers: all of them for a rectangle; the ellipse inscribed in
    the mask's box (shrunk by two pixels, like the region) for an ellipse."""
    if shape != "ellipse":
        return np.ones(size, dtype=bool)
    offset_x, offset_y, w, h = frame
    yy, xx = np.mgrid[0 : size[0], 0 : size[1]]
    cx, cy = w / 2 - offset_x, h / 2 - offset_y
    rx, ry = max(1.0, w / 2 - 2), max(1.0, h / 2 - 2)
    return np.asarray(((xx + 0.5 - cx) / rx) ** 2 + ((yy + 0.5 - cy) / ry) ** 2 <= 1.0, dtype=bool)


def _psnr(a: Luma, b: Luma) -> float:
    mse = float(((a - b) ** 2).mean()) if a.size else 0.0
    return 99.0 if mse == 0 else 10 * math.log10(255.0**2 / mse)


def verify_video(source: Path, output: Path, recipe: MediaRecipe) -> tuple[list[MediaProblem], dict[str, int]]:
    """Problems, and per track the frames in which it was checked (for the coverage report)."""
    problems: list[MediaProblem] = []
    checked: dict[str, int] = {t.id: 0 for t in recipe.tracks if t.masked}
    before = _luma_frames(source, recipe)
    after = _luma_frames(output, None)
    if len(before) != len(after):
        problems.append(MediaProblem("frames", None, f"{len(after)} frames written, {len(before)} expected"))
    for (t, src), (_t_out, out) in zip(before, after, strict=False):
        if src.shape != out.shape:
            problems.append(MediaProblem("frames", t, "the picture size changed"))
            break
        outside = np.ones(src.shape, dtype=bool)
        for track, (x, y, w, h) in recipe.masks_at(t):
            x0, y0 = max(0, math.floor(x)), max(0, math.floor(y))
            x1, y1 = min(src.shape[1], math.ceil(x + w)), min(src.shape[0], math.ceil(y + h))
            if x1 <= x0 or y1 <= y0:
                continue
            outside[max(0, y0 - MARGIN) : y1 + MARGIN, max(0, x0 - MARGIN) : x1 + MARGIN] = False
            inner = (slice(y0 + 2, y1 - 2), slice(x0 + 2, x1 - 2))  # chroma subsampling blurs the edge
            region_out, region_src = out[inner], src[inner]
            if region_out.size == 0:
                continue
            checked[track.id] += 1
            inside = _shape(track.shape, region_out.shape, (x0 + 2 - x, y0 + 2 - y, w, h))
            if track.effect == "fill":
                level = float(np.abs(region_out - 16)[inside].mean()) if inside.any() else 0.0
                if level > FILL_TOLERANCE:
                    problems.append(MediaProblem("mask", t, f"mask {track.id} is not solid ({level:.0f} from black)"))
            elif _sharpness(region_src) > 2:  # a flat area has no detail to lose
                kept = detail_kept(region_src, region_out, inside)
                if kept > DETAIL_KEPT:
                    detail = f"mask {track.id} keeps {kept:.0%} of the detail under it"
                    problems.append(MediaProblem("mask", t, detail))
        if outside.any():
            quality = _psnr(src[outside], out[outside])
            if quality < MIN_PSNR:
                problems.append(
                    MediaProblem("outside", t, f"outside the masks the picture changed (PSNR {quality:.1f} dB)")
                )
    return problems, checked


def _samples(path: Path, number: int = 0) -> tuple[npt.NDArray[np.float64], int]:
    """The `number`th sound stream of a file as channels × samples (every channel kept: each is checked)."""
    import av

    with av.open(str(path)) as container:
        if len(container.streams.audio) <= number:
            return np.zeros((1, 0)), 0
        stream = container.streams.audio[number]
        rate = stream.codec_context.sample_rate or 48000
        layout = "mono" if (stream.codec_context.channels or 1) == 1 else stream.layout.name
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate)
        blocks: list[Any] = []
        for frame in container.decode(stream):
            frame.pts = None
            blocks.extend(chunk.to_ndarray() for chunk in resampler.resample(frame))
        blocks.extend(chunk.to_ndarray() for chunk in resampler.resample(None))
    return (np.concatenate(blocks, axis=1).astype(np.float64) if blocks else np.zeros((1, 0))), rate


def dbfs(samples: npt.NDArray[np.float64]) -> float:
    rms = math.sqrt(float((samples**2).mean())) if samples.size else 0.0
    return -240.0 if rms <= 1e-12 else 20 * math.log10(rms)


def verify_audio(output: Path, recipe: MediaRecipe) -> list[MediaProblem]:
    """Every sound stream of the copy, every channel: muted ranges silent, bleeps the tone at its level."""
    import av

    with av.open(str(output)) as container:
        count = len(container.streams.audio)
    problems: list[MediaProblem] = []
    for number in range(count):
        samples, rate = _samples(output, number)
        if not rate:
            continue
        which = f"sound stream {number + 1}: " if count > 1 else ""
        for span in recipe.silenced:
            start = kept_before(recipe, span.start) + EDGE
            end = kept_before(recipe, span.end) - EDGE
            if end <= start:
                continue
            levels = [dbfs(channel[int(start * rate) : int(end * rate)]) for channel in samples]
            if span.mode == "mute" and max(levels) > SILENCE_DBFS:
                problems.append(
                    MediaProblem("audio", span.start, f"{which}the muted range measures {max(levels):.0f} dBFS")
                )
            if span.mode == "bleep" and not all(-30.0 <= level <= -10.0 for level in levels):
                shown = ", ".join(f"{level:.0f}" for level in levels)
                problems.append(MediaProblem("audio", span.start, f"{which}the bleep measures {shown} dBFS"))
    return problems


def verify_streams(source: Path, output: Path, recipe: MediaRecipe) -> list[MediaProblem]:
    """The copy holds every sound stream of the source that no decision left out (an MP4 copy; a WAV or MP3 copy
    holds one), and its picture if the source has one."""
    import av

    left_out = {d.index for d in recipe.dropped}
    with av.open(str(source)) as a, av.open(str(output)) as b:
        wanted = [s for s in a.streams.audio if s.index not in left_out]
        one = (b.format.name or "").split(",")[0] in ("wav", "mp3")
        expected = len(wanted[:1]) if one else len(wanted)
        got = len(b.streams.audio)
        pictures = (bool(a.streams.video), bool(b.streams.video))
        channels = [s.codec_context.channels for s in wanted[:got]]
        copied = [s.codec_context.channels for s in b.streams.audio]
    problems: list[MediaProblem] = []
    if got != expected:
        problems.append(
            MediaProblem("streams", None, f"the copy has {got} sound stream(s); {expected} were to be carried")
        )
    if pictures[0] and not pictures[1] and not one:
        problems.append(MediaProblem("streams", None, "the copy has no picture"))
    for number, (was, now) in enumerate(zip(channels, copied, strict=False), start=1):
        if was != now and not (one and now == 2 and was > 2):
            problems.append(
                MediaProblem("streams", None, f"sound stream {number} has {now} channel(s) in the copy, {was} before")
            )
    return problems


def verify_media(source: Path, output: Path, recipe: MediaRecipe) -> tuple[list[MediaProblem], dict[str, int]]:
    import av

    problems, checked = verify_video(source, output, recipe)
    problems += verify_audio(output, recipe)
    problems += verify_streams(source, output, recipe)
    with av.open(str(source)) as a, av.open(str(output)) as b:
        expected = kept_before(recipe, float(a.duration or 0) / av.time_base)
        got = float(b.duration or 0) / av.time_base
        frame = 1 / float(b.streams.video[0].average_rate or 25) if b.streams.video else 0.05
    if expected and abs(got - expected) > max(frame, 0.05) + 0.03:
        problems.append(MediaProblem("duration", None, f"the copy lasts {got:.2f} s, {expected:.2f} s expected"))
    return problems, checked
