"""The real start-up path: window first, workspace opened on a worker thread, then attached."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from casebridge.app import open_workspace
from casebridge.ui.launch import run_gui
from casebridge.ui.main_window import MainWindow


def test_run_gui_shows_window_then_fills_case_list(qtbot: QtBot, tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "ws")
    ws.cases.create_case("01ZD0300108", title="Shop theft")
    ws.close()
    seen: dict[str, object] = {}

    def shown(window: MainWindow) -> None:
        seen["attached_when_shown"] = window.workspace is not None
        seen["new_enabled_when_shown"] = window.new_case_action.isEnabled()

    def ready(window: MainWindow) -> None:
        seen["rows"] = window.case_list.model.rowCount()
        seen["new_enabled"] = window.new_case_action.isEnabled()
        window.close()

    assert run_gui(tmp_path / "ws", on_shown=shown, on_ready=ready) == 0
    assert seen == {"attached_when_shown": False, "new_enabled_when_shown": False, "rows": 1, "new_enabled": True}


def test_unopenable_workspace_is_explained_not_crashed(qtbot: QtBot, tmp_path: Path) -> None:
    ws_dir = tmp_path / "ws"
    ws_dir.mkdir()
    (ws_dir / "casebridge.db").write_bytes(b"garbage" * 500)
    messages: list[str] = []
    windows: list[MainWindow] = []

    def dismiss() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            messages.append(box.text())
            box.accept()
            windows[0].close()
        else:
            QTimer.singleShot(20, dismiss)

    def shown(window: MainWindow) -> None:
        windows.append(window)
        QTimer.singleShot(20, dismiss)

    assert run_gui(ws_dir, on_shown=shown) == 0
    assert len(messages) == 1
    assert "casebridge.db" in messages[0]
    assert "cannot be opened" in messages[0]
    assert "could not be opened" in windows[0].empty.text()
