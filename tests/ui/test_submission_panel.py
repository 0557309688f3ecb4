"""The Outbox tab against the real hub: sign in, Submit to CPS (readiness first, then what will be sent), progress,
and the receipt shown item by item once its signature checks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from casebridge.app import Workspace, build_services, open_workspace
from casebridge.demo.builder import DEMO_URN, build_demo
from tests.fixtures.hub import PASSWORD, HubProcess


@pytest.fixture
def hub_workspace(tmp_path: Path, hub: HubProcess, keyring_file: Path) -> Iterator[Workspace]:
    import json

    root = tmp_path / "police"
    (root / "config").mkdir(parents=True)
    (root / "config" / "settings.json").write_text(json.dumps({"ca_bundle": str(hub.ca)}))
    ws = open_workspace(root)
    build_demo(build_services(ws), derivatives=False)
    ws.cases.create_case("62CF0077726", title="Criminal damage, nothing recorded yet")
    yield ws
    ws.close()


@pytest.fixture
def outbox(qtbot: Any, hub_workspace: Workspace) -> Any:
    from casebridge.ui.main_window import MainWindow

    window = MainWindow(hub_workspace.paths)
    qtbot.addWidget(window)
    window.show()
    window.attach(build_services(hub_workspace))
    window.open_case(DEMO_URN)
    view = window.case_view
    view.tabs.setCurrentWidget(view.submissions_tab)
    panel = view.submissions
    qtbot.waitUntil(lambda: panel.isVisible())
    return window, panel


def test_sign_in_then_submit_and_see_every_item_receipted(
    qtbot: Any, outbox: Any, hub: HubProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casebridge.ui.hub_dialogs import ConfirmSubmissionDialog, SignInDialog

    window, panel = outbox
    assert "Not signed in" in panel.hub_state.text()
    assert not panel.pause_button.isEnabled()
    monkeypatch.setattr(SignInDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(SignInDialog, "values", lambda self: (hub.url, "pc-south-wales", PASSWORD))
    panel.sign_in_button.click()
    qtbot.waitUntil(lambda: "pc-south-wales" in panel.hub_state.text(), timeout=20_000)
    assert hub.url in panel.hub_state.text()

    shown: list[int] = []

    def confirm(dialog: ConfirmSubmissionDialog) -> int:
        shown.append(dialog.table.rowCount())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConfirmSubmissionDialog, "exec", confirm)
    panel.submit_button.click()
    exhibits = panel.ws.exhibits.for_case(DEMO_URN)
    assert shown == [len(exhibits)]
    qtbot.waitUntil(lambda: panel.sending is None and "Receipt verified" in panel.receipt_state.text(), timeout=60_000)
    table = panel.items
    assert table.rowCount() == len(exhibits)
    states = {table.item(r, 0).text(): table.item(r, 6).text() for r in range(table.rowCount())}
    assert states == {e.reference: "received" for e in exhibits}
    assert all(table.item(r, 3).text() == "100%" for r in range(table.rowCount()))
    assert any("page" in table.item(r, 7).text() for r in range(table.rowCount()))
    assert "received" in panel.history.item(0).text()
    assert panel.history.accessibleName()
    assert "Receipt from the hub" in window.statusBar().currentMessage()


def test_blocking_readiness_errors_stop_the_submission(
    qtbot: Any, outbox: Any, hub: HubProcess, hub_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:

    window, panel = outbox
    build_services(hub_workspace).exchange.login(hub.url, "pc-south-wales", PASSWORD)
    window.open_case("62CF0077726")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    panel.submit_button.click()
    assert warned
    assert "cannot be submitted" in warned[0]
    assert hub_workspace.outbox.listing("62CF0077726") == []
