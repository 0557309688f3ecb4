"""Frames of a recording by time, for the media redaction editor: seek to the nearest keyframe before the time
asked for, decode forward to it, and keep the last few frames (stepping back and forth costs nothing)."""

from __future__ import annotations

from collections import OrderedDict
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from casebridge.redaction.media_apply import MediaRedactionError

CACHE = 48


class FrameSource:
    """Not thread-safe: one per thread (the editor's worker owns one)."""

    def __init__(self, path: Path) -> None:
        import av

        try:
            self._container: Any = av.open(str(path))
        except (av.FFmpegError, OSError) as exc:
            raise MediaRedactionError(f"{path.name} cannot be opened as a recording: {exc}.") from None
        if not self._container.streams.video:
            self._container.close()
            raise MediaRedactionError(f"{path.name} has no picture.")
        self._stream = self._container.streams.video[0]
        self.width = int(self._stream.codec_context.width)
        self.height = int(self._stream.codec_context.height)
        self.fps = float(self._stream.average_rate or 25)
        self.duration = float(self._container.duration or 0) / 1_000_000 if self._container.duration else 0.0
        self._cache: OrderedDict[int, tuple[float, npt.NDArray[np.uint8]]] = OrderedDict()
        self._decoder: Any = None
        self._next = -1  # frame number the running decoder will yield next

    def frame_number(self, t: float) -> int:
        return max(0, round(t * self.fps))

    def frame(self, number: int) -> tuple[float, npt.NDArray[np.uint8]]:
        """(time, RGB array) of frame `number` (clamped to the last frame)."""
        if number in self._cache:
            self._cache.move_to_end(number)
            return self._cache[number]
        if self._decoder is None or number < self._next or number > self._next + self.fps * 2:
            base = self._stream.time_base or Fraction(1, 90000)
            self._container.seek(int(max(0.0, number / self.fps - 0.01) / base), stream=self._stream, backward=True)
            self._decoder = self._container.decode(self._stream)
            self._next = -1
        last: tuple[float, npt.NDArray[np.uint8]] | None = None
        for decoded in self._decoder:
            t = float(decoded.time or 0.0)
            current = round(t * self.fps)
            picture = np.asarray(decoded.to_ndarray(format="rgb24"), dtype=np.uint8)
            self._cache[current] = (t, picture)
            while len(self._cache) > CACHE:
                self._cache.popitem(last=False)
            last = (t, picture)
            self._next = current + 1
            if current >= number:
                return last
        self._decoder = None
        if last is None and self._cache:
            return next(reversed(self._cache.values()))
        if last is None:
            raise MediaRedactionError("No picture could be decoded at that point.")
        return last

    def close(self) -> None:
        self._container.close()
