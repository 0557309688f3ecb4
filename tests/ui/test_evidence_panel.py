"""The evidence panel: list/grid with thumbnails, search, filter, import (incl. drag and drop, cancel),
exhibit editing with continuity, integrity check. Real vault, real workers, offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN
from casebridge.ui.main_window import MainWindow
from casebridge.workspace import Workspace
from tests.fixtures.media import make_text_pdf


def _open_evidence(window: MainWindow) -> None:
    window.case_list.select(DEMO_URN)
    window.case_view.tabs.setCurrentWidget(window.case_view.evidence_tab)


def test_lists_demo_exhibits_with_thumbnails(qtbot: QtBot, window: MainWindow) -> None:
    _open_evidence(window)
    panel = window.case_view.evidence
    assert panel.model.rowCount() == 8
    refs = [panel.model.exhibit(r).reference for r in range(8)]
    assert refs[:5] == ["SE/1", "SE/2", "SE/3", "SE/4", "SE/5"]
    photo = panel.model.exhibit(1)
    qtbot.waitUntil(lambda: panel.model.has_thumbnail(photo.sha256), timeout=20_000)
    assert panel.model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    qtbot.waitUntil(lambda: not panel.thumbnails_busy(), timeout=30_000)
    panel.grid_button.click()
    assert panel.views.currentWidget() is panel.grid


def test_search_and_filter(qtbot: QtBot, window: MainWindow) -> None:
    _open_evidence(window)
    panel = window.case_view.evidence
    qtbot.keyClicks(panel.search, "kitchen knife")  # words inside the statements' text
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.exhibit(0).reference == "AK/1"
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 8)
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("image"))
    panel.kind_filter.activated.emit(panel.kind_filter.currentIndex())
    assert [panel.model.exhibit(r).reference for r in range(panel.model.rowCount())] == ["SE/2", "SE/3", "SE/4"]


def test_import_by_drag_and_drop(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path) -> None:
    _open_evidence(window)
    panel = window.case_view.evidence
    dropped = make_text_pdf(tmp_path / "house_to_house.pdf", "House-to-house enquiries, Queen Street")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    panel.dropEvent(event)
    assert panel.busy
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    refs = [e.reference for e in demo_workspace.exhibits.for_case(DEMO_URN)]
    assert "SE/6" in refs
    assert panel.model.rowCount() == 9
    assert panel.last_report[0].imported == 1


def test_cancel_leaves_nothing_half_written(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path
) -> None:
    _open_evidence(window)
    panel = window.case_view.evidence
    big = tmp_path / "long_cctv.bin"
    with big.open("wb") as handle:
        block = os.urandom(1024 * 1024)
        for _ in range(400):
            handle.write(block)
    import hashlib

    content = hashlib.sha256(big.read_bytes()).hexdigest()
    job = panel.import_paths([big])
    assert job is not None
    seen: list[float] = []
    job.progress.connect(
        lambda update: (seen.append(update.fraction), panel.cancel() if update.fraction > 0.05 else None)
    )
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)
    assert panel.last_report[0].count("skipped") == 1
    assert content not in set(demo_workspace.vault.digests())  # (thumbnails may still be arriving meanwhile)
    assert list(demo_workspace.vault.temporary.iterdir()) == []
    assert build_services(demo_workspace).importer.pending() == []


def test_exhibit_editor_saves_and_logs_continuity(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:
    _open_evidence(window)
    panel = window.case_view.evidence
    panel.select(panel.model.exhibit(0).id)
    editor = panel.editor
    assert editor.reference.text() == "SE/1"
    editor.reference.setText("SE/1/")
    editor.reference.editingFinished.emit()
    assert editor.error.isVisibleTo(editor)
    assert "not an exhibit reference" in editor.error.text()
    editor.description.setPlainText("CCTV, camera 3, 21:40 to 21:55")
    editor.flush_pending()
    exhibit = demo_workspace.exhibits.find_by_reference(DEMO_URN, "SE/1")
    assert exhibit.description == "CCTV, camera 3, 21:40 to 21:55"
    lines = [editor.continuity.item(i).text() for i in range(editor.continuity.count())]
    assert any("Imported from 'SE-1_CCTV_Cam3_Nisa_QueenSt.avi'" in line for line in lines)
    assert any("Description changed" in line for line in lines)


def test_verify_integrity_names_a_damaged_exhibit(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:
    _open_evidence(window)
    panel = window.case_view.evidence
    target = demo_workspace.exhibits.find_by_reference(DEMO_URN, "SE/3")
    blob = demo_workspace.vault.path(target.sha256)
    os.chmod(blob, 0o644)
    data = bytearray(blob.read_bytes())
    data[100] ^= 0x55
    blob.write_bytes(bytes(data))
    os.chmod(blob, 0o444)
    panel.verify_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    checked, problems = panel.last_verify
    assert checked == 8
    assert problems == [f"SE/3: stored copy altered: its content now hashes to {_sha(bytes(data))}"]


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def test_ocr_button_makes_a_searchable_copy_in_the_background(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    _open_evidence(window)
    panel = window.case_view.evidence
    photo = demo_workspace.exhibits.find_by_reference(DEMO_URN, "SE/2")
    panel.select(photo.id)
    editor = panel.editor
    assert editor.ocr_button.isVisibleTo(editor)
    with qtbot.waitSignal(editor.saved, timeout=60_000):
        editor.ocr_button.click()
        assert not editor.ocr_button.isEnabled()
    assert demo_workspace.exhibits.derivative(photo.sha256, "ocr") is not None
    lines = [editor.continuity.item(i).text() for i in range(editor.continuity.count())]
    assert any("searchable (OCR) copy" in line for line in lines)


def test_producer_is_asked_for_when_the_case_has_no_single_officer(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    demo_workspace.cases.add_person(DEMO_URN, {"role": "officer", "surname": "Price", "forenames": "Tom"})
    _open_evidence(window)
    panel = window.case_view.evidence
    chosen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        price = next(item for item in dialog.comboBoxItems() if item.startswith("Tom PRICE"))
        dialog.setTextValue(price)
        chosen.append(price)
        dialog.accept()

    QTimer.singleShot(0, answer)
    job = panel.import_paths([make_text_pdf(tmp_path / "note.pdf", "Officer's note")])
    assert job is not None
    assert chosen == ["Tom PRICE (Officer)"]
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    assert "TP/1" in [e.reference for e in demo_workspace.exhibits.for_case(DEMO_URN)]


def test_files_from_someone_not_on_the_case_are_imported_as_theirs(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CCTV operator hands over footage: added to the case in the import itself, their initials on the item."""
    from PySide6.QtWidgets import QApplication, QFileDialog

    from casebridge.ui.person_dialog import PersonDialog
    from casebridge.ui.producer_dialog import ProducerDialog

    _open_evidence(window)
    panel = window.case_view.evidence
    assert panel.import_other_button.accessibleName()
    assert not panel.import_other_button.icon().isNull()  # an icon, its words in the name and tooltip
    export = make_text_pdf(tmp_path / "cctv_log.pdf", "CCTV export log, camera 3, Queen Street")
    chosen: list[str] = []

    def pick_files(*_args: object, **_kwargs: object) -> tuple[list[str], str]:
        chosen.append("asked")
        return [str(export)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick_files)  # the system's file chooser
    seen: list[str] = []

    def add_person() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonDialog)
        assert dialog.role.currentData() == "witness"
        dialog.fields["surname"].edit.setText("Jones")
        dialog.fields["forenames"].edit.setText("Rhys")
        dialog.accept()

    def producer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProducerDialog)
        seen.extend(dialog.people.itemText(i) for i in range(dialog.people.count()))
        QTimer.singleShot(0, add_person)
        dialog.add_button.click()
        seen.append(dialog.people.currentText())
        dialog.ok_button.click()

    QTimer.singleShot(0, producer)
    panel.import_other_button.click()
    assert seen[0].endswith("(Officer)")  # the case's officer is offered first
    assert seen[-1] == "Rhys JONES (Witness)"
    assert chosen == ["asked"]
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    item = next(e for e in demo_workspace.exhibits.for_case(DEMO_URN) if e.original_name == "cctv_log.pdf")
    assert item.reference == "RJ/1"
    person = next(p for p in demo_workspace.cases.get_case(DEMO_URN).people if p.forenames == "Rhys")
    assert person.role.value == "witness"
    assert item.producer_id == person.id
