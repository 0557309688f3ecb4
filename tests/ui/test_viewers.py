"""Viewers: PDF (lazy, search, copy), image (zoom, rotate, EXIF), media (real libvlc, dummy output),
the preview pane choosing among them, and a still saved to an exhibit."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QRectF, Qt, QTimer
from pytestqt.qtbot import QtBot

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN
from casebridge.ui.preview_pane import PreviewPane
from casebridge.ui.viewers.pdf_viewer import CACHE_PAGES, PdfViewer
from casebridge.workspace import Workspace


@pytest.fixture(scope="module")
def thousand_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "thousand.pdf"
    doc = pymupdf.open()
    for number in range(1000):
        page = doc.new_page()
        page.insert_text((72, 72), f"Page {number + 1} of the disclosure bundle", fontsize=12)
        if number in (499, 777):
            page.insert_text((72, 300), "the needle in the haystack", fontsize=12)
    doc.save(path)
    doc.close()
    return path


def test_pdf_opens_lazily_without_freezing(qtbot: QtBot, thousand_pages: Path) -> None:
    viewer = PdfViewer()
    qtbot.addWidget(viewer)
    viewer.resize(800, 900)
    viewer.show()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(viewer.page_shown, timeout=20_000):
        viewer.open(thousand_pages)
    timer.stop()
    assert viewer.page_count() == 1000
    assert ticks  # the event loop kept turning while the document opened on the worker thread
    for target in range(0, 1000, 25):
        viewer.go_to_page(target)
        qtbot.waitUntil(lambda target=target: viewer.pages[target].pixmap is not None, timeout=10_000)
    assert viewer.cached_pages() <= CACHE_PAGES
    assert viewer.pages[0].pixmap is None  # long scrolled away: evicted
    qtbot.waitUntil(lambda: viewer.thumbnail_count() >= 1, timeout=10_000)  # page thumbnails, made lazily:
    # only rows that were on screen (12 at a time, at most once per place visited; how many of the 40 places get
    # theirs depends on how fast the machine turns the pages), never the rest of the 1,000
    assert viewer.thumbnail_count() <= 12 * 41
    never_shown = range(990, 1000)  # past the last place visited (975) and the rows shown with it
    assert not any(not viewer.thumbnails.item(n).icon().isNull() for n in never_shown)
    viewer.thumbnails.setCurrentRow(600)  # choosing a thumbnail goes to its page
    assert viewer.page_box.value() == 601
    viewer.shutdown()


def test_the_page_box_follows_the_page_on_screen_and_thumbnails_stand_in_one_column(
    qtbot: QtBot, thousand_pages: Path
) -> None:
    """Scrolled so page 3 fills the view with the foot of page 2 still showing, the box says 3 (it said 2)."""
    viewer = PdfViewer()
    qtbot.addWidget(viewer)
    viewer.resize(800, 900)
    viewer.show()
    with qtbot.waitSignal(viewer.page_shown, timeout=20_000):
        viewer.open(thousand_pages)
    third = viewer.pages[2]
    viewer.pages_area.verticalScrollBar().setValue(third.y() - 60)  # the last 60 px of page 2 above it
    qtbot.waitUntil(lambda: viewer.page_box.value() == 3, timeout=5_000)
    assert viewer.current_page() == 2
    qtbot.waitUntil(lambda: viewer.thumbnail_count() >= 3, timeout=10_000)
    first, second = (viewer.thumbnails.visualItemRect(viewer.thumbnails.item(n)) for n in (0, 1))
    assert first.left() == second.left()  # one column
    assert second.top() >= first.bottom()  # never stacked over each other
    assert first.height() >= viewer.thumbnails.iconSize().height()
    viewer.shutdown()


def test_pdf_search_hits_and_copy(qtbot: QtBot, thousand_pages: Path) -> None:
    viewer = PdfViewer()
    qtbot.addWidget(viewer)
    viewer.resize(800, 900)
    viewer.show()
    with qtbot.waitSignal(viewer.page_shown, timeout=20_000):
        viewer.open(thousand_pages)
    viewer.search_box.setText("needle")
    viewer.search()
    qtbot.waitUntil(lambda: bool(viewer.hits), timeout=20_000)
    assert [h.page for h in viewer.hits] == [499, 777]
    x0, y0, x1, y1 = viewer.hits[0].rect
    assert 85 <= x0 <= 100  # "needle" starts after "the " at x = 72
    assert 285 <= y0 <= 300
    assert x1 > x0 + 25
    assert y1 <= 305
    assert viewer.hits_label.text() == "2 matches on 2 pages"
    assert len(viewer.pages[499].hits) == 1
    assert viewer.pages[499].current is not None
    viewer.next_hit(1)
    assert viewer.pages[777].current is not None
    assert viewer.pages[499].current is None
    s = viewer.scale
    viewer._selected(499, QRectF(60 * s, 280 * s, 300 * s, 40 * s))  # a dragged box around the words
    qtbot.waitUntil(lambda: "needle" in viewer.selected_text, timeout=10_000)
    viewer.copy_selection()
    from PySide6.QtWidgets import QApplication

    assert "the needle in the haystack" in QApplication.clipboard().text()
    viewer.rotate()
    assert viewer.rotation == 90
    viewer.set_zoom(200)
    assert viewer.pages[0].width() == round(viewer.sizes[0][1] * viewer.scale)
    viewer.shutdown()


def test_damaged_pdf_is_explained(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
    viewer = PdfViewer()
    qtbot.addWidget(viewer)
    viewer.open(broken)
    qtbot.waitUntil(lambda: bool(viewer.error), timeout=10_000)
    assert "cannot be shown" in viewer.message.text()
    viewer.shutdown()


@pytest.fixture
def pane(qtbot: QtBot, demo_workspace: Workspace) -> PreviewPane:
    made = PreviewPane(headless_player=True)
    qtbot.addWidget(made)
    made.attach(build_services(demo_workspace))
    made.resize(900, 700)
    made.show()
    yield made
    made.shutdown()


def test_preview_picks_the_viewer(qtbot: QtBot, pane: PreviewPane, demo_workspace: Workspace) -> None:
    exhibits = {e.reference: e for e in demo_workspace.exhibits.for_case(DEMO_URN)}
    pane.show_exhibit(exhibits["SE/2"])
    assert pane.stack.currentWidget() is pane.image
    assert "Camera: Canon EOS 250D" in pane.image.exif.text()
    assert "GPS: 51.481750, -3.175040" in pane.image.exif.text()
    before = pane.image.zoom
    pane.image.zoom_in_button.click()
    assert pane.image.zoom == pytest.approx(before * 1.25)
    pane.image.rotate()
    assert pane.image.rotation == 90
    pane.show_exhibit(exhibits["AK/1"])
    assert pane.stack.currentWidget() is pane.pdf
    qtbot.waitUntil(lambda: pane.pdf.page_count() == 1, timeout=10_000)
    pane.show_exhibit(exhibits["SE/1"])
    assert pane.stack.currentWidget() is pane.media


def test_media_preview_plays_and_saves_a_still(qtbot: QtBot, pane: PreviewPane, demo_workspace: Workspace) -> None:
    video = demo_workspace.exhibits.find_by_reference(DEMO_URN, "SE/1")
    pane.show_exhibit(video)
    media = pane.media
    assert media.player is not None
    media.toggle()
    qtbot.waitUntil(lambda: media.player is not None and media.player.time > 300, timeout=10_000)
    media.set_rate(2.0)
    assert media.speed.currentText() == "2×"
    media.pause()
    qtbot.waitUntil(lambda: media.player is not None and not media.player.is_playing, timeout=5_000)
    media.step_forward()
    assert media.timecode.text().startswith("00:00:0")
    with qtbot.waitSignal(pane.still_saved, timeout=10_000) as saved:
        media.save_still()
    still = saved.args[0]
    assert still.reference == "SE/1/1"
    assert still.summary.startswith("Still from SE/1 at 00:00:0")


def test_audio_preview_shows_a_waveform(qtbot: QtBot, pane: PreviewPane, demo_workspace: Workspace) -> None:
    call = demo_workspace.exhibits.find_by_reference(DEMO_URN, "SE/5")
    pane.show_exhibit(call)
    media = pane.media
    assert media.display.currentWidget() is media.waveform
    qtbot.waitUntil(lambda: len(media.waveform.peaks) == 1200, timeout=15_000)
    assert max(media.waveform.peaks) > 0.1


def test_a_recording_is_transcribed_beside_the_player_and_a_passage_plays_from_where_it_is_said(
    qtbot: QtBot, pane: PreviewPane, demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import numpy as np

    from tests.integration.test_transcripts import RATE, speak, write_wav

    first, second = speak("Police, what is your emergency?"), speak("He ran towards the station.")
    call = tmp_path / "call.wav"
    write_wav(call, [np.concatenate([first, np.zeros(RATE, np.float32), second])])
    report = build_services(demo_workspace).importer.import_paths(DEMO_URN, [call])
    exhibit = demo_workspace.exhibits.get(report.outcomes[0].exhibit_id or 0)
    pane.show_exhibit(exhibit)
    media = pane.media
    assert media.transcribe_button.isVisible()  # not transcribed yet: offered
    assert not media.transcript.isVisible()
    media.transcribe_button.click()
    qtbot.waitUntil(lambda: media.transcript.count() >= 2, timeout=60_000)
    assert not media.transcribe_button.isVisible()
    rows = [media.transcript.item(n).text() for n in range(media.transcript.count())]
    assert "emergency" in rows[0].lower()
    assert "station" in rows[-1].lower()
    assert rows[0].startswith("00:00:00")
    media.transcript.setCurrentRow(len(rows) - 1)
    media.transcript.itemActivated.emit(media.transcript.item(len(rows) - 1))  # Enter on the passage: played from it
    start = media.transcript.item(len(rows) - 1).data(Qt.ItemDataRole.UserRole)
    qtbot.waitUntil(lambda: media.player is not None and abs(media.player.time - start * 1000) < 400, timeout=5_000)
    pane.show_exhibit(exhibit)  # shown again: the kept transcript, no offer to make it again
    assert media.transcript.count() == len(rows)
    assert not media.transcribe_button.isVisible()

    # the words of the passage: each a link to where it is said; the word being said is highlighted as it plays
    media.transcript.setCurrentRow(len(rows) - 1)
    links = re.findall(r'<a href="(\d+)"[^>]*>([^<]+)</a>', media.words.text())
    assert [w for _ms, w in links][-1].strip(".") == "station"
    ms, _word = links[-1]
    media.words.linkActivated.emit(ms)  # a click (or Enter) on "station": played from it
    qtbot.waitUntil(lambda: media.player is not None and abs(media.player.time - int(ms)) < 400, timeout=5_000)
    media.seek(int(links[1][0]))
    media.toggle()
    qtbot.waitUntil(lambda: "background-color" in media.words.text(), timeout=10_000)
    media.pause()
    highlighted = re.search(r'background-color:[^>]+><a href="\d+"[^>]*>([^<]+)</a>', media.words.text())
    assert highlighted is not None
    playing = media.transcript.currentRow()  # the passage being played is the one whose words are shown
    assert highlighted.group(1) in rows[playing]
    assert media.transcript.item(playing).data(Qt.ItemDataRole.UserRole) * 1000 <= media.player.time + 200

    # a passage put right: the list shows it at once, the correction is kept (the machine's transcript too)
    corrected = "He ran towards Cardiff Central station."
    monkeypatch.setattr("casebridge.ui.preview_pane.QInputDialog.getMultiLineText", lambda *_a, **_k: (corrected, True))
    media.transcript.setCurrentRow(len(rows) - 1)
    assert media.correct_button.isVisible()
    media.correct_button.click()
    assert media.transcript.item(len(rows) - 1).text().endswith(corrected)
    assert media.transcript.currentRow() == len(rows) - 1
    assert "Cardiff" in media.words.text()
    kept = build_services(demo_workspace).transcripts.transcript(exhibit)
    assert kept is not None
    assert kept.corrections[0].after == corrected
    assert "corrected" in media.note.text()


def test_unpreviewable_item_says_why(
    qtbot: QtBot, pane: PreviewPane, demo_workspace: Workspace, tmp_path: Path
) -> None:
    odd = tmp_path / "CH01.dav"
    odd.write_bytes(b"DHAV" + os.urandom(3000))
    report = build_services(demo_workspace).importer.import_paths(DEMO_URN, [odd])
    exhibit = demo_workspace.exhibits.get(report.outcomes[0].exhibit_id or 0)
    pane.show_exhibit(exhibit)
    assert pane.stack.currentWidget() is pane.message
    assert "kept exactly as supplied but cannot be previewed" in pane.message.text()


def test_open_in_separate_window(qtbot: QtBot, pane: PreviewPane, demo_workspace: Workspace) -> None:
    photo = demo_workspace.exhibits.find_by_reference(DEMO_URN, "SE/3")
    pane.show_exhibit(photo)
    pane.open_separately()
    window = pane._windows[-1]
    assert isinstance(window, PreviewPane)
    assert window.isVisible()
    assert window.exhibit is not None
    assert window.exhibit.reference == "SE/3"


def test_missing_libvlc_leaves_the_rest_working(tmp_path: Path) -> None:
    code = (
        "import os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from casebridge.app import new_player\nfrom casebridge.ui.viewers.media_player import MediaPlayer\n"
        "player = MediaPlayer(headless=True, make_player=new_player)\n"
        "print(player.player is None, player.play_button.isEnabled())\n"
        "print(player.note.text())\n"
    )
    env = {**os.environ, "PYTHON_VLC_LIB_PATH": str(tmp_path / "nowhere" / "libvlc.so.5")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    lines = out.stdout.splitlines()
    assert lines[0] == "True False", out.stderr
    assert "Media cannot be played on this computer" in lines[1]
    assert "apt-get install libvlc5" in lines[1]


def test_fallback_to_the_viewing_proxy(qtbot: QtBot, pane: PreviewPane, demo_workspace: Workspace) -> None:
    from casebridge.evidence.derivatives import make

    video = demo_workspace.exhibits.find_by_reference(DEMO_URN, "SE/1")
    assert make(demo_workspace, video, "proxy") is None  # the AVI gets an H.264 proxy
    proxy = demo_workspace.exhibits.derivative(video.sha256, "proxy")
    assert proxy is not None
    pane.show_exhibit(video)
    media = pane.media
    assert media.player is not None
    media.player._fire("error", None)  # what libvlc reports when it cannot decode the original
    qtbot.waitUntil(lambda: media.player is not None and media.player.path == demo_workspace.vault.path(proxy.sha256))
    assert "viewing proxy" in media.note.text()


def test_a_video_shows_its_poster_frame_until_it_plays(
    qtbot: QtBot, pane: PreviewPane, demo_workspace: Workspace
) -> None:
    """Not a black box: the frame at one second stands in until Play (or a click on it) starts the video."""
    video = demo_workspace.exhibits.find_by_reference(DEMO_URN, "SE/1")
    pane.show_exhibit(video)
    media = pane.media
    qtbot.waitUntil(lambda: media.display.currentWidget() is media.poster, timeout=10_000)
    picture = media.poster.pixmap().toImage()
    assert not picture.isNull()
    middle = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    assert max(middle.red(), middle.green(), middle.blue()) > 30  # a picture, not black
    qtbot.mouseClick(media.poster, Qt.MouseButton.LeftButton)
    assert media.display.currentWidget() is media.surface
    qtbot.waitUntil(lambda: media.player is not None and media.player.time > 200, timeout=10_000)
    media.pause()
