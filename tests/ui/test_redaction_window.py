"""The redaction workspace driven like a user: suggestions, boxes by mouse and keyboard, approve, apply."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget
from pytestqt.qtbot import QtBot

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN
from casebridge.domain.exhibit import Exhibit
from casebridge.ui.redaction_window import RedactionWindow
from casebridge.workspace import Workspace
from tests.redaction_fixtures import SECRET, leaks, planted_pdf


@pytest.fixture
def planted(demo_workspace: Workspace, tmp_path: Path) -> Exhibit:
    path = tmp_path / "statement_with_contacts.pdf"
    path.write_bytes(planted_pdf())
    report = build_services(demo_workspace).importer.import_paths(DEMO_URN, [path])
    exhibit_id = report.outcomes[0].exhibit_id
    assert exhibit_id is not None, report.outcomes[0].message
    return demo_workspace.exhibits.get(exhibit_id)


@pytest.fixture
def redactor(qtbot: QtBot, demo_workspace: Workspace, planted: Exhibit) -> RedactionWindow:
    window = RedactionWindow(build_services(demo_workspace), planted)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(window.viewer.pages) == 7)
    return window


def test_suggestions_accepted_approved_and_applied_give_a_verified_copy(
    qtbot: QtBot, redactor: RedactionWindow, demo_workspace: Workspace
) -> None:
    redactor.find_suggestions()
    qtbot.waitUntil(lambda: redactor.suggestion_list.count() > 0, timeout=20_000)
    texts = [redactor.suggestion_list.item(r).text() for r in range(redactor.suggestion_list.count())]
    assert any(SECRET in t for t in texts)
    assert any(state.overlays for state in redactor.viewer.pages)  # suggestions are drawn in amber
    qtbot.mouseClick(redactor.accept_all_button, Qt.MouseButton.LeftButton)
    assert redactor.suggestion_list.count() == 0
    assert redactor.recipe.marks
    assert not redactor.apply_button.isEnabled()  # nothing leaves before approval
    qtbot.mouseClick(redactor.approve_all_button, Qt.MouseButton.LeftButton)
    assert redactor.apply_button.isEnabled()
    made: list[int] = []
    redactor.copy_made.connect(made.append)
    qtbot.mouseClick(redactor.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(made), timeout=30_000)
    copy = demo_workspace.exhibits.get(made[0])
    assert copy.parent_id == redactor.exhibit.id
    assert "verified" in redactor.state.text()
    assert leaks(demo_workspace.vault.path(copy.sha256).read_bytes(), SECRET) == []


def test_a_box_drawn_on_a_rotated_page_lands_on_the_page_content(qtbot: QtBot, redactor: RedactionWindow) -> None:
    redactor.viewer.set_zoom(100)
    with pymupdf.open(redactor.source_file) as doc:
        page = doc[1]
        assert page.rotation == 90
        target = page.search_for(SECRET)[0]  # unrotated page space
        shown = target * page.rotation_matrix  # where the reader sees it
    widget = redactor.viewer.to_widget(1, (shown.x0, shown.y0, shown.x1, shown.y1))
    redactor.snap.setChecked(False)  # a plain box, exactly where it was drawn
    redactor.viewer.canvas.selected.emit(1, QRectF(widget))
    mark = redactor.recipe.marks[-1]
    x0, _y0, _x1, y1 = mark.rects[0]
    assert mark.page == 1
    assert abs(x0 - target.x0) < 1
    assert abs(y1 - target.y1) < 1
    assert redactor.viewer.pages[1].overlays


def test_boxes_can_be_added_moved_resized_and_removed_with_the_keyboard(
    qtbot: QtBot, redactor: RedactionWindow
) -> None:
    redactor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is redactor)
    redactor.marks.setFocus()
    qtbot.keyClick(redactor.marks, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Add box on this pa&ge
    qtbot.waitUntil(lambda: len(redactor.recipe.marks) == 1)  # a mnemonic clicks the button after a flash
    assert redactor.marks.hasFocus()
    first = redactor.recipe.marks[0].rects[0]
    qtbot.keyClick(redactor.marks, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    moved = redactor.recipe.marks[0].rects[0]
    assert moved[0] == pytest.approx(first[0] + 2)
    qtbot.keyClick(redactor.marks, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    grown = redactor.recipe.marks[0].rects[0]
    assert grown[3] == pytest.approx(moved[3] + 2)
    assert grown[1] == pytest.approx(moved[1])
    qtbot.keyClick(redactor.marks, Qt.Key.Key_Delete)
    assert redactor.recipe.marks == ()
    qtbot.keyClick(redactor.marks, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert redactor.recipe.marks[0].rects[0] == grown  # undo brings the box back where it was
    stored = redactor.ws.redactions.get(redactor.exhibit.id)
    assert stored is not None
    assert stored.recipe == redactor.recipe  # every change is saved at once


def test_search_across_the_case_remove_a_page_decline_and_preview(
    qtbot: QtBot, redactor: RedactionWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    redactor.search.setText("Ninian Park")
    redactor.scope.setCurrentIndex(redactor.scope.findData("document"))
    redactor.mark_matches()
    qtbot.waitUntil(lambda: bool(redactor.recipe.marks), timeout=20_000)
    assert all(m.text == "Ninian Park" and not m.approved for m in redactor.recipe.marks)
    redactor.viewer.go_to_page(6)
    qtbot.waitUntil(lambda: redactor.viewer.current_page() == 6)
    redactor.remove_page()
    assert redactor.recipe.removed_pages == [6]
    redactor.find_suggestions()
    qtbot.waitUntil(lambda: redactor.suggestion_list.count() > 0, timeout=20_000)
    monkeypatch.setattr(
        "casebridge.ui.redaction_window.QInputDialog.getMultiLineText",
        lambda *_a, **_k: ("The officer's work number: already public on the force website.", True),
    )
    redactor.suggestion_list.setCurrentRow(0)
    before = redactor.suggestion_list.count()
    redactor.decline_suggestion()
    assert redactor.suggestion_list.count() == before - 1
    assert redactor.recipe.decisions[0].justification.startswith("The officer's work number")
    redactor.preview_button.setChecked(True)
    qtbot.waitUntil(lambda: len(redactor.viewer.pages) == 6)  # the removed page is gone from the result
    assert not any(state.overlays for state in redactor.viewer.pages)
    redactor.preview_button.setChecked(False)
    qtbot.waitUntil(lambda: len(redactor.viewer.pages) == 7)


def test_the_evidence_tab_opens_the_workspace_and_every_control_is_named(
    qtbot: QtBot, window: QWidget, planted: Exhibit
) -> None:
    view = window.case_view  # type: ignore[attr-defined]
    window.open_case(DEMO_URN)  # type: ignore[attr-defined]
    view.tabs.setCurrentWidget(view.evidence_tab)
    panel = view.evidence
    panel.refresh()
    panel.select(planted.id)
    opened = panel.redact()
    assert isinstance(opened, RedactionWindow)
    qtbot.waitUntil(lambda: len(opened.viewer.pages) == 7)
    unnamed = [
        type(w).__name__
        for w in opened.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(opened)
        and not w.accessibleName()
        and not isinstance(w.parent(), QAbstractSpinBox)  # the spin box's own editor: the box is named
        and type(w).__name__ not in {"QScrollBar", "QSplitterHandle", "QWidget", "QGroupBox"}
    ]
    assert unnamed == []
    video = next(
        panel.model.exhibit(r) for r in range(panel.model.rowCount()) if panel.model.exhibit(r).kind == "video"
    )
    panel.select(video.id)
    media = panel.redact()  # a recording opens the video and audio editor instead
    from casebridge.ui.media_redaction_window import MediaRedactionWindow

    assert isinstance(media, MediaRedactionWindow)
    media.close()
    opened.close()


def test_a_box_dragged_over_text_marks_the_whole_words_under_it(qtbot: QtBot, redactor: RedactionWindow) -> None:
    redactor.viewer.set_zoom(100)
    with pymupdf.open(redactor.source_file) as doc:
        hit = doc[0].search_for("Amira Khan")[0]
    middle = pymupdf.Rect(hit.x0 + 8, hit.y0 + 3, hit.x1 - 8, hit.y1 - 3)  # a lazy drag, inside the words
    widget = redactor.viewer.to_widget(0, (middle.x0, middle.y0, middle.x1, middle.y1))
    assert redactor.snap.isChecked()
    redactor.viewer.canvas.selected.emit(0, QRectF(widget))
    mark = redactor.recipe.marks[-1]
    assert mark.kind == "text"
    assert mark.text == "Amira Khan"
    assert "Amira Khan" in redactor.marks.currentItem().text()  # listed and selected


def test_a_marked_number_is_counted_and_offered_in_the_cases_other_documents(
    qtbot: QtBot, redactor: RedactionWindow, demo_workspace: Workspace, tmp_path: Path
) -> None:
    from casebridge.ui.everywhere_dialog import EverywhereDialog

    other = tmp_path / "second_statement.pdf"
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), f"He rang me from {SECRET.replace(' ', '')} twice.", fontsize=12)
    doc.new_page().insert_text((72, 100), f"Later, {SECRET} again.", fontsize=12)
    doc.save(other)
    report = build_services(demo_workspace).importer.import_paths(DEMO_URN, [other])
    second = demo_workspace.exhibits.get(report.outcomes[0].exhibit_id or 0)

    redactor.search.setText(SECRET)
    redactor.scope.setCurrentIndex(redactor.scope.findData("document"))
    redactor.mark_matches()
    qtbot.waitUntil(lambda: bool(redactor.recipe.marks), timeout=20_000)
    redactor.marks.setCurrentRow(0)
    qtbot.mouseClick(redactor.everywhere_button, Qt.MouseButton.LeftButton)
    dialog = redactor.findChild(EverywhereDialog)
    assert dialog is not None
    assert dialog.value.text() == SECRET
    qtbot.waitUntil(lambda: bool(dialog.places), timeout=30_000)
    found = {p.reference: p for p in dialog.places}
    assert found[second.reference].found == 2
    assert found[second.reference].pages == (1, 2)
    assert redactor.exhibit.reference not in found  # where it was marked is not looked in again
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text().startswith(second.reference))
    assert dialog.table.item(row, 2).text() == "2"
    assert dialog.offer_button.isEnabled()
    offered: list[int] = []
    dialog.offered.connect(offered.append)
    qtbot.mouseClick(dialog.offer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(offered), timeout=30_000)
    assert offered[0] >= 2
    marks = build_services(demo_workspace).redaction.recipe(second).marks
    assert len(marks) == 2
    assert not any(m.approved for m in marks)
    assert not dialog.offer_button.isEnabled()


def test_to_end_of_line_is_one_action_on_the_selected_marks_and_undoable(
    qtbot: QtBot, redactor: RedactionWindow
) -> None:
    redactor.search.setText(SECRET)
    redactor.scope.setCurrentIndex(redactor.scope.findData("document"))
    redactor.mark_matches()
    qtbot.waitUntil(lambda: bool(redactor.recipe.marks), timeout=20_000)
    redactor.marks.setCurrentRow(0)
    chosen = redactor.current_mark()
    assert chosen is not None
    qtbot.mouseClick(redactor.line_end_button, Qt.MouseButton.LeftButton)
    marked = next(m for m in redactor.recipe.marks if m.id == chosen.id)
    assert marked.to_line_end
    assert not marked.approved  # a changed mark is approved again
    assert "→ end of line" in redactor.marks.currentItem().text()
    redactor.undo.undo()
    assert not next(m for m in redactor.recipe.marks if m.id == chosen.id).to_line_end


def test_accepting_a_suggestion_says_where_else_in_the_case_the_same_value_is(
    qtbot: QtBot, redactor: RedactionWindow, demo_workspace: Workspace, tmp_path: Path
) -> None:
    other = tmp_path / "officer_notes.pdf"
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), f"Victim's mobile given as {SECRET}.", fontsize=12)
    doc.save(other)
    report = build_services(demo_workspace).importer.import_paths(DEMO_URN, [other])
    notes = demo_workspace.exhibits.get(report.outcomes[0].exhibit_id or 0)
    redactor.find_suggestions()
    qtbot.waitUntil(lambda: redactor.suggestion_list.count() > 0, timeout=20_000)
    for row in range(redactor.suggestion_list.count()):
        item = redactor.suggestion_list.item(row)
        item.setCheckState(Qt.CheckState.Checked if SECRET in item.text() else Qt.CheckState.Unchecked)
    qtbot.mouseClick(redactor.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Also in other exhibits" in redactor.state.text(), timeout=30_000)
    said = redactor.state.text()
    assert f"“{SECRET}” AK/1 (1), {notes.reference} (1)" in said  # the victim's statement and the new notes
    assert build_services(demo_workspace).redaction.recipe(notes).marks == ()  # said, not marked without asking
