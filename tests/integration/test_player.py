"""The player against real libvlc with dummy outputs: length, seek, frame step, speed, end, snapshot pixels."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from casebridge.app import build_services
from casebridge.playback.player import Player, format_timecode
from tests.fixtures.media import frame_index_of, make_audio, make_counting_video


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    tick = threading.Event()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        tick.wait(0.02)


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_counting_video(tmp_path_factory.mktemp("clip") / "counting.mp4")


@pytest.fixture
def player() -> Player:
    made = Player(headless=True)
    yield made
    made.release()


def _playing_then_paused(player: Player, clip: Path) -> None:
    player.open(clip, fps=25)
    player.play()
    wait_for(lambda: player.is_playing and player.length > 0)
    player.pause()
    wait_for(lambda: not player.is_playing)


def test_length_seek_and_time(player: Player, clip: Path) -> None:
    _playing_then_paused(player, clip)
    assert 3900 <= player.length <= 4100
    player.seek(2000)
    wait_for(lambda: abs(player.time - 2000) <= 80)
    assert format_timecode(player.time).startswith("00:00:0")


def _shown(player: Player, folder: Path) -> int:
    """The frame index the player is showing, read from a snapshot's pixels."""
    path = folder / f"shot{len(list(folder.glob('shot*.png')))}.png"
    try:
        player.snapshot(path)
    except RuntimeError:  # no new picture yet: the caller waits and asks again
        return -999
    with Image.open(path) as image:
        return frame_index_of(image.convert("RGB").getpixel((160, 120)))


def test_snapshot_shows_the_frame_being_played(player: Player, clip: Path, tmp_path: Path) -> None:
    """libvlc snapshots the next picture it renders, so take it while playing (slowly) and compare the
    frame in the pixels with the clock: a real decoded frame of this clip, at about that time."""
    player.open(clip, fps=25)
    player.set_rate(0.25)
    player.play()
    wait_for(lambda: player.is_playing and player.time > 400)
    at = player.time
    shot = player.snapshot(tmp_path / "frame.png")
    with Image.open(shot) as image:
        assert image.size == (320, 240)
        index = frame_index_of(image.convert("RGB").getpixel((160, 120)))
    assert abs(index - at / 40) <= 6


def test_frame_step_forward_and_back(player: Player, clip: Path) -> None:
    _playing_then_paused(player, clip)
    player.seek(1000)
    for _ in range(3):
        player.step_forward()
    assert player.time == 1120  # one frame (40 ms at 25 fps) per step
    player.step_back()
    player.step_back()
    assert player.time == 1040
    assert not player.is_playing
    player.seek(0)
    player.step_back()
    assert player.time == 0  # never before the start


def test_speed_volume_mute(player: Player, clip: Path) -> None:
    _playing_then_paused(player, clip)
    player.set_rate(0.25)
    assert player.rate == pytest.approx(0.25)
    player.set_rate(4.0)
    assert player.rate == pytest.approx(4.0)
    with pytest.raises(ValueError, match="speed"):
        player.set_rate(8)
    player.set_volume(40)
    player.set_muted(True)
    wait_for(lambda: player.muted)


def test_end_of_media(player: Player, clip: Path) -> None:
    ended = threading.Event()
    player.on("ended", ended.set)
    player.open(clip, fps=25)
    player.set_rate(4.0)
    player.play()
    assert ended.wait(10)
    assert player.ended
    player.play()  # plays again from the start
    wait_for(lambda: player.is_playing)


def test_audio_only(player: Player, tmp_path: Path) -> None:
    audio = make_audio(tmp_path / "call_ulaw.wav", seconds=2)
    player.open(audio)
    player.play()
    wait_for(lambda: player.length > 0)
    assert 1900 <= player.length <= 2100
    assert player.video_size() is None


def test_undecodable_file_reports_an_error(player: Player, tmp_path: Path) -> None:
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(4000))
    errored = threading.Event()
    player.on("error", errored.set)
    player.open(broken)
    player.play()
    assert errored.wait(10)


def test_missing_libvlc_is_explained() -> None:
    code = (
        "from casebridge.playback.libvlc import load\n"
        "vlc, status = load()\n"
        "print(vlc is None, status.available)\n"
        "print(status.message)\n"
    )
    env = {**os.environ, "PYTHON_VLC_LIB_PATH": "/nonexistent/libvlc.so.5"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    lines = out.stdout.splitlines()
    assert lines[0] == "True False", out.stderr
    assert "libvlc" in lines[1]
    assert "apt-get install libvlc5" in lines[1]


def test_timecode() -> None:
    assert format_timecode(0) == "00:00:00.000"
    assert format_timecode(3_723_456) == "01:02:03.456"


def test_still_to_exhibit_is_the_exact_frame(tmp_path: Path, clip: Path) -> None:
    from casebridge.app import open_workspace
    from casebridge.evidence.stills import save_still

    ws = open_workspace(tmp_path / "ws")
    try:
        ws.cases.create_case("01ZD0300108")
        ws.cases.add_person("01ZD0300108", {"role": "officer", "surname": "Evans", "forenames": "Sarah"})
        build_services(ws).importer.import_paths("01ZD0300108", [clip])
        (video,) = ws.exhibits.for_case("01ZD0300108")
        still = save_still(ws, video, 2010)  # inside frame 50 (2000-2040 ms)
        assert still.reference == "SE/1/1"
        assert still.parent_id == video.id
        assert still.summary == "Still from SE/1 at 00:00:02.000"
        with Image.open(ws.vault.path(still.sha256)) as image:
            assert frame_index_of(image.convert("RGB").getpixel((160, 120))) == 50
        lines = [e.after.get("what") for e in ws.exhibits.continuity(video.id) if e.action == "exhibit.handled"]
        assert lines == ["Still at 00:00:02.000 saved as SE/1/1"]
        assert ws.verify_audit().ok
    finally:
        ws.close()
