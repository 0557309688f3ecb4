"""Peak levels of an audio track (0..1 per bucket), decoded with PyAV, for waveform displays."""

from __future__ import annotations

from pathlib import Path

from casebridge.jobs import CancelToken


def peaks(path: Path, buckets: int = 1000, cancel: CancelToken | None = None) -> tuple[list[float], float]:
    """Returns (peaks, duration in seconds)."""
    import av
    import numpy as np

    levels: list[float] = []
    with av.open(str(path)) as container:
        resampler = av.AudioResampler(format="s16", layout="mono", rate=8000)
        for frame in container.decode(audio=0):
            if cancel is not None:
                cancel.raise_if_cancelled()
            for chunk in resampler.resample(frame):
                data = np.abs(chunk.to_ndarray().astype(np.int32)).ravel()
                for block in np.array_split(data, max(1, len(data) // 80)):
                    levels.append(float(block.max()) / 32768 if block.size else 0.0)
    duration = len(levels) * 80 / 8000
    if not levels:
        return [0.0] * buckets, 0.0
    grouped = np.array_split(np.array(levels), buckets)
    return [float(g.max()) if g.size else 0.0 for g in grouped], duration
