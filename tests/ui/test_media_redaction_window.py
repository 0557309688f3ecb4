"""The video redaction editor driven like a user: detect, approve, draw and move masks, silence, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget
from pytestqt.qtbot import QtBot

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN
from casebridge.domain.exhibit import Exhibit
from casebridge.ui.media_redaction_window import MediaRedactionWindow
from casebridge.workspace import Workspace
from tests.integration.test_media_redaction import make_face_clip


@pytest.fixture
def walk(demo_workspace: Workspace, tmp_path: Path) -> Exhibit:
    path = make_face_clip(tmp_path / "bodycam_walk.mp4")
    report = build_services(demo_workspace).importer.import_paths(DEMO_URN, [path])
    exhibit_id = report.outcomes[0].exhibit_id
    assert exhibit_id is not None, report.outcomes[0].message
    return demo_workspace.exhibits.get(exhibit_id)


@pytest.fixture
def editor(qtbot: QtBot, demo_workspace: Workspace, walk: Exhibit) -> MediaRedactionWindow:
    window = MediaRedactionWindow(build_services(demo_workspace), walk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.view.image is not None)
    return window


def test_detect_approve_export_gives_a_verified_copy(
    qtbot: QtBot, editor: MediaRedactionWindow, demo_workspace: Workspace
) -> None:
    qtbot.mouseClick(editor.detect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(editor.recipe.tracks), timeout=60_000)
    assert editor.tracks.count() == 1
    assert not editor.tracks.item(0).icon().isNull()  # the person's thumbnail, to decide who is masked
    assert not editor.export_button.isEnabled()  # nothing leaves before approval
    qtbot.mouseClick(editor.approve_all_button, Qt.MouseButton.LeftButton)
    assert editor.export_button.isEnabled()
    made: list[int] = []
    editor.copy_made.connect(made.append)
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(made), timeout=60_000)
    copy = demo_workspace.exhibits.get(made[0])
    assert copy.parent_id == editor.exhibit.id
    assert copy.facts["coverage"] == {editor.recipe.tracks[0].id: 100}
    assert "Verified frame by frame: every mask, muted range and cut is applied exactly" in editor.state.text()
    assert "Whether each mask still covers its subject is not the same check" in editor.state.text()
    assert "a face detector was run on" in editor.state.text()


def test_a_drawn_mask_follows_its_subject_from_the_editor(qtbot: QtBot, editor: MediaRedactionWindow) -> None:
    from tests.fixtures.face_clip import FACE_H, FACE_W, face_position

    x, y = face_position(0)
    editor.view.drawn.emit(QRectF(x, y, FACE_W, FACE_H))  # drawn by hand on her face in the first frame
    assert editor.recipe.tracks[0].source == "manual"
    editor.tracks.setCurrentRow(0)
    qtbot.mouseClick(editor.follow_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.recipe.tracks[0].source == "followed", timeout=60_000)
    track = editor.recipe.tracks[0]
    box = track.box_at(3.0)
    assert box is not None
    assert abs(box[0] - face_position(75)[0]) <= 6  # where she is at 3 s, not where the mask was drawn
    assert not track.approved
    assert "follows its subject from 0.0 s to 4.0 s" in editor.state.text()
    editor.undo.undo()
    assert editor.recipe.tracks[0].source == "manual"


def test_masks_are_drawn_moved_at_a_frame_and_undone_with_the_keyboard(
    qtbot: QtBot, editor: MediaRedactionWindow
) -> None:
    editor.view.drawn.emit(QRectF(100, 80, 60, 60))
    track = editor.recipe.tracks[0]
    assert track.box_at(0.0) == (100, 80, 60, 60)
    editor.view.setFocus()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    for _ in range(10):
        qtbot.keyClick(editor.view, Qt.Key.Key_Right)  # ten frames on
    assert editor.t == pytest.approx(0.4)
    qtbot.keyClick(editor.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # move the mask here
    moved = editor.recipe.tracks[0]
    assert moved.box_at(0.4) == pytest.approx((104, 80, 60, 60))
    assert moved.box_at(0.2) == pytest.approx((102, 80, 60, 60))  # interpolated between the keyframes
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.recipe.tracks[0].box_at(0.4) == pytest.approx((104, 80, 60, 64))
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.recipe.tracks[0].box_at(0.4) == pytest.approx((104, 80, 60, 60))
    editor.result_button.setChecked(True)  # the real effect on the frame shown
    assert editor.view.image is not None
    stored = editor.ws.redactions.get(editor.exhibit.id)
    assert stored is not None
    assert stored.recipe == editor.recipe


def test_audio_ranges_and_trimming_from_the_timeline_and_every_control_named(
    qtbot: QtBot, editor: MediaRedactionWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor.timeline.selection = (1.0, 1.5)
    qtbot.mouseClick(editor.mute_button, Qt.MouseButton.LeftButton)
    assert [(a.start, a.end, a.mode) for a in editor.recipe.audio] == [(1.0, 1.5, "mute")]
    editor.timeline.selection = (0.5, 3.0)
    qtbot.mouseClick(editor.keep_button, Qt.MouseButton.LeftButton)
    assert editor.recipe.keep == ((0.5, 3.0),)
    editor.view.drawn.emit(QRectF(10, 10, 40, 40))
    monkeypatch.setattr(
        "casebridge.ui.media_redaction_window.QInputDialog.getMultiLineText",
        lambda *_a, **_k: ("The suspect: identification is in issue.", True),
    )
    editor.leave_visible()
    assert editor.recipe.tracks[0].masked is False
    assert editor.export_button.isEnabled()  # a person left visible needs no approval; nothing else pending
    unnamed = [
        type(w).__name__
        for w in editor.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(editor)
        and not w.accessibleName()
        and not isinstance(w.parent(), QAbstractSpinBox)
        and type(w).__name__ not in {"QScrollBar", "QSplitterHandle", "QWidget"}
    ]
    assert unnamed == []


def test_spoken_identifiers_are_suggested_approved_and_listened_for_from_the_editor(
    qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path
) -> None:
    from tests.integration.test_transcripts import speak, write_wav

    call = tmp_path / "callback.wav"
    write_wav(call, [speak("Hello. My mobile number is oh seven seven zero zero, nine zero zero, one two three.")])
    report = build_services(demo_workspace).importer.import_paths(DEMO_URN, [call])
    exhibit = demo_workspace.exhibits.get(report.outcomes[0].exhibit_id or 0)
    window = MediaRedactionWindow(build_services(demo_workspace), exhibit)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.speech_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(a.source == "spoken" for a in window.recipe.audio), timeout=60_000)
    listed = [window.tracks.item(n).text() for n in range(window.tracks.count())]
    assert any(text.startswith("♪ ") and "awaiting approval" in text for text in listed)
    assert "range(s) of sound suggested" in window.state.text()
    assert not window.export_button.isEnabled()  # nothing leaves before approval
    window.tracks.setCurrentRow(0)
    qtbot.mouseClick(window.approve_button, Qt.MouseButton.LeftButton)
    assert window.recipe.audio[0].approved_by
    qtbot.mouseClick(window.approve_all_button, Qt.MouseButton.LeftButton)
    assert window.export_button.isEnabled()
    made: list[int] = []
    window.copy_made.connect(made.append)
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(made), timeout=120_000)
    copy = demo_workspace.exhibits.get(made[0])
    assert copy.facts["listened"]["found"] == 0
    assert copy.facts["listened"]["values_listened_for"] >= 1
