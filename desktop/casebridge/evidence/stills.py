"""Stills from video for evidence: the exact frame at a time, decoded with PyAV, saved as a new exhibit
linked to its source exhibit and the time it shows (a sub-exhibit: SE/1 -> SE/1/1)."""

from __future__ import annotations

import io
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebridge.errors import CasebridgeError
from casebridge.playback.player import format_timecode

if TYPE_CHECKING:
    from casebridge.domain.exhibit import Exhibit
    from casebridge.workspace import Workspace


def frame_at(path: Path, ms: int) -> tuple[bytes, int]:
    """PNG of the frame displayed at `ms` (the last frame starting at or before it) and its exact time."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        target = ms / 1000
        time_base = stream.time_base or Fraction(1, 1000)
        container.seek(int(target / time_base), stream=stream, backward=True, any_frame=False)
        chosen = None
        for frame in container.decode(stream):
            when = float(frame.pts * time_base) if frame.pts is not None else 0.0
            if chosen is not None and when > target + 1e-6:
                break
            chosen = (frame, when)
        if chosen is None:
            raise CasebridgeError(f"No picture could be decoded at {format_timecode(ms)}.")
        buffer = io.BytesIO()
        chosen[0].to_image().save(buffer, "PNG")  # type: ignore[no-untyped-call]
        return buffer.getvalue(), round(chosen[1] * 1000)


def save_still(ws: Workspace, source: Exhibit, ms: int) -> Exhibit:
    """Stores the frame at `ms` of a video exhibit as a new (sub-)exhibit, recorded in both continuity logs."""
    if source.kind != "video":
        raise CasebridgeError(f"{source.reference} is not a video: there is no frame to save.")
    data, exact = frame_at(ws.vault.path(source.sha256), ms)
    stored = ws.vault.put_bytes(data)
    recipe: dict[str, Any] = {
        "tool": "PyAV",
        "source_sha256": source.sha256,
        "time_ms": exact,
        "timecode": format_timecode(exact),
    }
    return ws.exhibits.add_still(source.id, stored.digest, len(data), recipe)
