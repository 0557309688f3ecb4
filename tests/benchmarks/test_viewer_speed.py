"""Viewer timings: a 1,000-page PDF to its first visible page (and memory after scrolling through every
page), and a 1080p H.264 clip to its first frame, each against the bare library call in the same run.

    .venv/bin/python -m pytest tests/benchmarks/test_viewer_speed.py -p no:cacheprovider -s
"""

from __future__ import annotations

import resource
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pymupdf
from PySide6.QtCore import QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from casebridge.app import new_player
from casebridge.ui.viewers.pdf_viewer import PdfViewer


def _thousand(path: Path) -> Path:
    doc = pymupdf.open()
    for number in range(1000):
        page = doc.new_page()
        page.insert_text((72, 72), f"Page {number + 1}: " + "lorem ipsum dolor sit amet " * 6, fontsize=11)
    doc.save(path)
    doc.close()
    return path


def test_pdf_first_page_and_memory(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = _thousand(tmp_path / "thousand.pdf")
    start = time.perf_counter()
    with pymupdf.open(pdf) as doc:
        doc[0].get_pixmap(dpi=96)
    bare = time.perf_counter() - start
    viewer = PdfViewer()
    qtbot.addWidget(viewer)
    viewer.resize(900, 1000)
    viewer.show()
    stalls: list[int] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: stalls.append(clock.restart()))
    clock.start()
    ticker.start()
    start = time.perf_counter()
    with qtbot.waitSignal(viewer.page_shown, timeout=30_000):
        viewer.open(pdf)
    first = time.perf_counter() - start
    ticker.stop()
    for number in range(0, 1000, 3):
        viewer.go_to_page(number)
        qtbot.waitUntil(lambda number=number: viewer.pages[number].pixmap is not None, timeout=10_000)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\n1,000-page PDF: first page visible in {first * 1000:.0f} ms (bare PyMuPDF open + render page 1: "
        f"{bare * 1000:.0f} ms, ratio {first / bare:.1f}x); longest event-loop stall while opening "
        f"{max(stalls)} ms; peak RSS after visiting every third page {peak:.0f} MB; pages held "
        f"{viewer.cached_pages()}"
    )
    viewer.shutdown()


def test_h264_1080p_first_frame(qtbot: QtBot, tmp_path: Path) -> None:
    from casebridge.ui.viewers.media_player import MediaPlayer

    clip = tmp_path / "hd.mp4"
    with av.open(str(clip), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=25)
        stream.width, stream.height, stream.pix_fmt = 1920, 1080, "yuv420p"
        for i in range(100):
            frame = av.VideoFrame.from_ndarray(np.full((1080, 1920, 3), i, dtype=np.uint8), format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, 25)
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    start = time.perf_counter()
    with av.open(str(clip)) as container:
        next(container.decode(video=0))
    bare = time.perf_counter() - start
    player = MediaPlayer(headless=True, make_player=new_player)
    qtbot.addWidget(player)
    assert player.player is not None
    start = time.perf_counter()
    player.open(clip, fps=25)
    player.toggle()
    qtbot.waitUntil(lambda: player.player is not None and player.player.video_size() is not None, timeout=10_000)
    first = time.perf_counter() - start
    print(
        f"\n1080p H.264: first frame decoded by libvlc {first * 1000:.0f} ms after selecting "
        f"(bare PyAV open + first frame {bare * 1000:.0f} ms, ratio {first / bare:.1f}x)"
    )
    player.shutdown()
