"""A media player over libvlc, free of Qt: the UI embeds its video in a native window handle.

Times are in milliseconds. Stepping forward uses libvlc's `next_frame`; libvlc has no reverse step, so
stepping back seeks one frame before the position we track ourselves (libvlc's clock does not move while
stepping, and a paused seek can land a frame early or late). Speed keeps the pitch (audio time-stretch).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from casebridge.errors import DependencyMissingError
from casebridge.playback.libvlc import LibVlcStatus, load

SPEEDS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


def format_timecode(ms: int | float | None) -> str:
    """hh:mm:ss.mmm"""
    total = max(0, int(ms or 0))
    hours, rest = divmod(total, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


class Player:
    """One libvlc media player. `headless=True` plays with dummy video/audio outputs (tests, snapshots)."""

    def __init__(self, *, headless: bool = False) -> None:
        vlc, status = load()
        self.status: LibVlcStatus = status
        if vlc is None:
            raise DependencyMissingError(status.message)
        self._vlc: ModuleType = vlc
        args = ["--no-video-title-show", "--quiet", "--no-xlib" if os.name != "nt" and headless else "--no-osd"]
        if headless:
            args += ["--vout=dummy", "--aout=dummy"]
        self._instance = vlc.Instance(args)
        if self._instance is None:
            raise DependencyMissingError(f"libvlc could not start. {status.fix}")
        self._player = self._instance.media_player_new()
        self._ended = threading.Event()
        self._errored = threading.Event()
        self._listeners: dict[str, list[Callable[[], None]]] = {"ended": [], "error": [], "playing": []}
        events = self._player.event_manager()
        events.event_attach(vlc.EventType.MediaPlayerEndReached, lambda _e: self._end_reached())
        events.event_attach(vlc.EventType.MediaPlayerEncounteredError, lambda _e: self._fire("error", self._errored))
        events.event_attach(vlc.EventType.MediaPlayerPlaying, lambda _e: self._fire("playing", None))
        self.path: Path | None = None
        self.fps: float = 25.0
        self._muted = False
        self._position: int | None = None  # exact position while paused (libvlc's clock is coarse then)

    # ----- events (called on a libvlc thread) -----
    def on(self, name: str, callback: Callable[[], None]) -> None:
        self._listeners[name].append(callback)

    def _end_reached(self) -> None:
        # libvlc "ends" a file it could not decode at all instead of reporting an error: say so.
        if self._player.get_length() <= 0 and not self._player.has_vout():
            self._fire("error", self._errored)
        self._fire("ended", self._ended)

    def _fire(self, name: str, flag: threading.Event | None) -> None:
        if flag is not None:
            flag.set()
        for callback in self._listeners[name]:
            callback()

    # ----- media -----
    def open(self, path: Path, *, fps: float | None = None) -> None:
        self._ended.clear()
        self._errored.clear()
        media = self._instance.media_new_path(str(path))
        self._player.set_media(media)
        self.path = path
        self.fps = fps or 25.0

    def embed(self, window_id: int) -> None:
        """Draw video into a native window: HWND on Windows, X11 window id on Linux, NSView on macOS."""
        if os.name == "nt":
            self._player.set_hwnd(window_id)
        elif os.uname().sysname == "Darwin":
            self._player.set_nsobject(window_id)
        else:
            self._player.set_xwindow(window_id)

    def play(self) -> None:
        self._position = None
        if self._ended.is_set():
            self._ended.clear()
            self._player.stop()
        self._player.play()

    def pause(self) -> None:
        self._player.set_pause(1)

    def toggle(self) -> None:
        if self.is_playing:
            self.pause()
        else:
            self.play()

    def stop(self) -> None:
        self._player.stop()

    def release(self) -> None:
        self._player.stop()
        self._player.release()
        self._instance.release()

    # ----- state -----
    @property
    def is_playing(self) -> bool:
        return bool(self._player.is_playing())

    @property
    def ended(self) -> bool:
        return self._ended.is_set()

    @property
    def errored(self) -> bool:
        return self._errored.is_set()

    @property
    def length(self) -> int:
        return max(0, int(self._player.get_length()))

    @property
    def time(self) -> int:
        if self._position is not None and not self.is_playing:
            return self._position
        return max(0, int(self._player.get_time()))

    def seek(self, ms: int) -> None:
        length = self.length
        target = max(0, min(int(ms), length - 1 if length else int(ms)))
        self._player.set_time(target)
        self._position = None if self.is_playing else target

    @property
    def frame_ms(self) -> float:
        return 1000 / self.fps

    def step_forward(self) -> None:
        base = self._paused_position()
        self._player.next_frame()
        self._position = min(base + round(self.frame_ms), max(self.length - 1, 0))

    def step_back(self) -> None:
        base = self._paused_position()
        target = max(0, base - round(self.frame_ms))
        self._player.set_time(target)
        self._position = target

    def _paused_position(self) -> int:
        if self.is_playing:
            self.pause()
        return self._position if self._position is not None else int(self._player.get_time())

    @property
    def rate(self) -> float:
        return float(self._player.get_rate())

    def set_rate(self, rate: float) -> None:
        if not SPEEDS[0] <= rate <= SPEEDS[-1]:
            raise ValueError(f"speed must be between {SPEEDS[0]} and {SPEEDS[-1]}")
        self._player.set_rate(rate)

    @property
    def volume(self) -> int:
        return int(self._player.audio_get_volume())

    def set_volume(self, volume: int) -> None:
        self._player.audio_set_volume(max(0, min(100, int(volume))))

    @property
    def muted(self) -> bool:
        # libvlc reports -1 until an audio output exists: keep our own record of what the user chose.
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self._player.audio_set_mute(muted)

    def video_size(self) -> tuple[int, int] | None:
        size = self._player.video_get_size(0)
        return (int(size[0]), int(size[1])) if size and size[0] else None

    def snapshot(self, target: Path, timeout: float = 5.0) -> Path:
        """The frame being shown, as PNG at its native size.

        libvlc waits for the next picture it renders (none comes after a paused seek until a frame is
        asked for), so the call runs on a helper thread and gives up after `timeout`. Exact stills for
        evidence come from PyAV (`casebridge.evidence.stills`), not from here.
        """
        result: list[int] = []
        worker = threading.Thread(
            target=lambda: result.append(self._player.video_take_snapshot(0, str(target), 0, 0)), daemon=True
        )
        worker.start()
        worker.join(timeout)
        if not result or result[0] != 0 or not target.exists():
            raise RuntimeError("libvlc could not take a snapshot (no picture is being shown)")
        return target

    def native(self) -> Any:
        return self._player
