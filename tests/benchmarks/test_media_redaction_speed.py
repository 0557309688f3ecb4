"""Video redaction speed against the ffmpeg command line doing the same boxes, and face detection at 720p.

.venv/bin/python -m pytest tests/benchmarks/test_media_redaction_speed.py -p no:cacheprovider -s
(needs the ffmpeg program: apt-get install ffmpeg)
"""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image

from casebridge.domain.media_recipe import Keyframe, MediaRecipe, Track
from casebridge.redaction.faces import detect_in_shot
from casebridge.redaction.media_apply import redact_media
from casebridge.redaction.media_attack import attack_copy

W, H, FPS, SECONDS = 1280, 720, 25, 30
FACE = Path(__file__).resolve().parents[1] / "fixtures" / "faces" / "astronaut.png"


def clip(path: Path, with_face: bool = False, with_text: bool = False) -> Path:
    """Scrolling blocks; with a face moving across; with a phone showing a message and a car's plate passing."""
    from tests.fixtures.text_clip import draw_phone, plate_image

    rng = np.random.default_rng(2)
    background = (rng.random((H // 8, W // 8, 3)) * 200).astype(np.uint8).repeat(8, 0).repeat(8, 1)
    face = np.asarray(Image.open(FACE).convert("RGB").crop((130, 10, 330, 230)).resize((180, 198)))
    with av.open(str(path), "w") as out:
        video = out.add_stream("libx264", rate=FPS)
        video.width, video.height, video.pix_fmt = W, H, "yuv420p"
        video.options = {"preset": "veryfast", "crf": "20"}
        audio = out.add_stream("aac", rate=48000)
        audio.layout = "mono"
        for index in range(FPS * SECONDS):
            image = np.roll(background, index * 3, axis=1)
            if with_face:
                x = 40 + (index * 3) % (W - 260)
                image = image.copy()
                image[200:398, x : x + 180] = face
            if with_text:
                picture = Image.fromarray(image)
                draw_phone(picture)
                picture.paste(plate_image(), (W - (index * 9) % (W + 300), 560))  # type: ignore[arg-type]
                image = np.asarray(picture)
            frame = av.VideoFrame.from_ndarray(image, format="rgb24")
            frame.pts, frame.time_base = index, Fraction(1, FPS)
            for packet in video.encode(frame):
                out.mux(packet)
        noise = (0.1 * rng.standard_normal(48000 * SECONDS)).astype(np.float32)
        for start in range(0, noise.size, 1024):
            block = av.AudioFrame.from_ndarray(noise[None, start : start + 1024], format="fltp", layout="mono")
            block.sample_rate, block.pts = 48000, start
            for packet in audio.encode(block):
                out.mux(packet)
        for stream in (video, audio):
            for packet in stream.encode():
                out.mux(packet)
    return path


def two_masks(effect: str) -> MediaRecipe:
    tracks = (
        Track(
            "a",
            (Keyframe(0, 100, 100, 160, 160), Keyframe(SECONDS, 100 + 20 * SECONDS, 100, 160, 160)),
            "TPD",
            effect=effect,
            approved_by="b",
        ),
        Track(
            "b",
            (Keyframe(0, 800, 400, 200, 120), Keyframe(SECONDS, 800, 400 - 8 * SECONDS, 200, 120)),
            "TPD",
            effect=effect,
            approved_by="b",
        ),
    )
    return MediaRecipe("0" * 64, tracks=tracks)


def ffmpeg_boxes(source: Path, target: Path) -> float:
    boxes = (
        "drawbox=x='100+20*t':y=100:w=160:h=160:color=black:t=fill,"
        "drawbox=x=800:y='400-8*t':w=200:h=120:color=black:t=fill"
    )
    start = time.perf_counter()
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-y",
            "-i",
            str(source),
            "-vf",
            boxes,
            "-c:v",
            "libx264",
            "-preset",
            "veryfast",
            "-crf",
            "20",
            "-c:a",
            "aac",
            "-b:a",
            "160k",
            str(target),
        ],
        check=True,
    )
    return time.perf_counter() - start


def test_two_moving_masks_at_720p_against_ffmpeg(tmp_path: Path) -> None:
    assert shutil.which("ffmpeg"), "the baseline needs the ffmpeg program (apt-get install ffmpeg)"
    source = clip(tmp_path / "cctv720.mp4")
    ffmpeg = min(ffmpeg_boxes(source, tmp_path / f"ff{i}.mp4") for i in range(2))
    results = {}
    for effect in ("fill", "pixelate", "blur"):
        runs = []
        for attempt in range(2):
            start = time.perf_counter()
            redact_media(source, tmp_path / f"{effect}{attempt}.mp4", two_masks(effect))
            runs.append(time.perf_counter() - start)
        results[effect] = min(runs)
    start = time.perf_counter()
    redact_media(source, tmp_path / "seg.mp4", two_masks("fill"), parts=tmp_path / "parts")
    segmented = time.perf_counter() - start
    print(f"\n{SECONDS} s of 720p25, two moving boxes: ffmpeg drawbox {ffmpeg:.1f} s ({SECONDS / ffmpeg:.1f}x)")
    for effect, seconds in results.items():
        rate = f"{seconds:.1f} s ({SECONDS / seconds:.1f}x real time)"
        print(f"  Casebridge {effect}: {rate} = {seconds / ffmpeg:.2f}x ffmpeg")
    print(f"  Casebridge fill, resumable segments: {segmented:.1f} s = {segmented / ffmpeg:.2f}x ffmpeg")


def test_detection_plus_export_at_720p(tmp_path: Path) -> None:
    """Faces alone (the named baseline: what detection cost before plates and text were read), then faces, plates
    and text on the same kind of clip with a phone and a passing car added; export and the attack on the copy."""
    source = clip(tmp_path / "bwv720.mp4", with_face=True, with_text=True)
    start = time.perf_counter()
    faces_only = detect_in_shot(source, every=4, width=640)
    faces_seconds = time.perf_counter() - start
    start = time.perf_counter()
    report = detect_in_shot(source, every=4, width=640, text=True)
    detected = time.perf_counter() - start
    recipe = MediaRecipe("0" * 64, tracks=tuple(replace(d.track, approved_by="b") for d in report.tracks))
    start = time.perf_counter()
    redact_media(source, tmp_path / "out.mp4", recipe)
    exported = time.perf_counter() - start
    start = time.perf_counter()
    attacked = attack_copy(source, tmp_path / "out.mp4", recipe)
    attack = time.perf_counter() - start
    kinds = [d.track.kind for d in report.tracks]
    onset = sum(d.onset + d.entering for d in report.tracks)
    print(
        f"\n{SECONDS} s of 720p25 with a face, a phone's message and passing plates: faces alone {faces_seconds:.1f} s "
        f"({len(faces_only.tracks)} track(s)); faces, plates and text {detected:.1f} s = "
        f"{detected / faces_seconds:.2f}x faces alone ({kinds.count('face')} face, {kinds.count('plate')} plate, "
        f"{kinds.count('text')} text track(s); {report.read_frames} frames read; {onset} onset frame(s)); "
        f"export {exported:.1f} s; "
        f"detection + export {detected + exported:.1f} s = {SECONDS / (detected + exported):.2f}x real time "
        f"(goal >= 1x); attack on the copy {attack:.1f} s ({attacked.frames} frames for faces, "
        f"{attacked.read_frames} read for text; {attacked.faces_found} face(s), {len(attacked.problems)} leak(s)) "
        f"= {attack / exported:.2f}x the export; all three {SECONDS / (detected + exported + attack):.2f}x real time"
    )
    assert attacked.problems == []
