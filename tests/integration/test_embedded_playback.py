"""Embedded playback on a real X server: libvlc draws into our native child window, and a grab of the
screen there shows the clip's frame (decoded from its colour), not a black box."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.fixtures.media import make_counting_video

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QElapsedTimer, QPoint, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from casebridge.app import new_player
    from casebridge.ui.viewers.media_player import MediaPlayer
    from tests.fixtures.media import frame_index_of
    player = MediaPlayer(make_player=new_player)
    player.resize(640, 520)
    player.show()
    app.processEvents()
    player.open(Path(sys.argv[1]), fps=25)
    player.toggle()
    clock = QElapsedTimer()
    clock.start()
    def check():
        if player.player.time < 1500 and clock.elapsed() < 15000:
            QTimer.singleShot(50, check)
            return
        player.pause()
        QTimer.singleShot(400, shoot)
    def shoot():
        surface = player.surface
        origin = surface.mapToGlobal(QPoint(0, 0))
        image = app.primaryScreen().grabWindow(0).toImage()
        colour = image.pixelColor(origin.x() + surface.width() // 2, origin.y() + surface.height() // 2)
        rgb = (colour.red(), colour.green(), colour.blue())
        print(json.dumps({"rgb": rgb, "index": frame_index_of(rgb), "time": player.player.time,
                          "surface": [surface.width(), surface.height()]}), flush=True)
        player.shutdown()
        app.quit()
    QTimer.singleShot(50, check)
    app.exec()
    """
)


def test_video_is_drawn_into_the_window(xvfb_display: str, tmp_path: Path) -> None:
    clip = make_counting_video(tmp_path / "counting.mp4", seconds=6)
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb", "XDG_RUNTIME_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(clip)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parents[2],
    )
    assert result.returncode == 0, result.stderr[-2000:]
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown["rgb"] != [0, 0, 0], "the video area is black: libvlc did not draw into the window"
    assert shown["rgb"][2] in range(70, 111)  # the clip's blue channel is 90 in every frame
    assert abs(shown["index"] - shown["time"] / 40) <= 12
