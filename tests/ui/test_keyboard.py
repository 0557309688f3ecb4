"""Keyboard-only use: no two visible mnemonics clash, and the Case file tab can be worked without a mouse."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from casebridge.demo.builder import DEMO_URN
from casebridge.ui.main_window import MainWindow
from casebridge.workspace import Workspace

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics_on_screen(window: MainWindow) -> Counter[str]:
    """Alt+letter shortcuts live on the screen as it stands: menus, visible tab bars, buttons, buddied labels."""
    found: list[str] = []

    def add(text: str) -> None:
        match = MNEMONIC.search(text.replace("&&", ""))
        if match:
            found.append(match.group(1).lower())

    for action in window.menuBar().actions():
        add(action.text())
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            for index in range(bar.count()):
                add(bar.tabText(index))
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and not isinstance(button.parent(), QTabBar):
            add(button.text())
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            add(label.text())
    return Counter(found)


def clashes(window: MainWindow) -> dict[str, int]:
    return {key: n for key, n in mnemonics_on_screen(window).items() if n > 1}


def test_no_alt_key_is_claimed_twice_on_any_screen(qtbot: QtBot, window: MainWindow) -> None:
    assert clashes(window) == {}, "case list"
    window.open_case(DEMO_URN)
    view = window.case_view
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda index=index: view.tabs.currentIndex() == index)
        assert clashes(window) == {}, view.tabs.tabText(index)
    evidence = view.evidence
    evidence_index = view.tabs.indexOf(view.evidence_tab)
    view.tabs.setCurrentIndex(evidence_index)
    for side in range(evidence.side.count()):
        evidence.side.setCurrentIndex(side)
        assert clashes(window) == {}, f"evidence / {evidence.side.tabText(side)}"
    view.tabs.setCurrentWidget(view.casefile_tab)
    panel = view.casefile
    for row in range(panel.nav.count()):
        panel.nav.setCurrentRow(row)
        assert clashes(window) == {}, f"case file / {panel.nav.item(row).text()}"


def focus(qtbot: QtBot) -> QWidget | None:
    return QApplication.focusWidget()


def tab_until(qtbot: QtBot, target: QWidget, *, back: bool = False, limit: int = 120) -> int:
    """Press Tab (or Shift+Tab) until `target` has the focus; the number of presses, failing past `limit`."""
    for presses in range(limit):
        if QApplication.focusWidget() is target:
            return presses
        widget = QApplication.focusWidget()
        assert widget is not None
        key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
        modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(widget, key, modifier)
    raise AssertionError(f"{target.accessibleName()} not reached with {limit} presses of Tab")


def type_and_leave(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_End)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_recording_a_custody_extension_with_the_keyboard_alone(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    """Open the case from the list, reach the Case file tab and the suspect, record a superintendent's
    extension, follow the readiness finding it raises, fix the cause, and undo — never touching the mouse."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table = window.case_list.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: window.case_view.case is not None and window.case_view.case.urn == DEMO_URN)
    view = window.case_view
    qtbot.keyClick(table, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Case f&ile
    assert view.tabs.currentWidget() is view.casefile_tab
    panel = view.casefile
    qtbot.waitUntil(lambda: panel.forms.count() > 0 and panel.isVisible())

    tab_until(qtbot, panel.nav)
    qtbot.keyClick(panel.nav, Qt.Key.Key_Home)
    while panel.nav.currentItem().data(Qt.ItemDataRole.UserRole) != "people":
        qtbot.keyClick(panel.nav, Qt.Key.Key_Down)
    qtbot.keyClick(panel.nav, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Pe&rson
    assert focus(qtbot) is panel.person_combo
    suspect = next(p for p in panel.people if p.role.value == "suspect")
    while panel.person_combo.currentData() != suspect.id:
        qtbot.keyClick(panel.person_combo, Qt.Key.Key_Down)
    assert "PACE clock" in panel.custody_summary.text()
    assert "custody record" in panel.custody_summary.text()

    granted = panel.person_form.widgets["superintendent_extension_at"]
    until = panel.person_form.widgets["superintendent_extension_until"]
    presses = tab_until(qtbot, granted)
    assert presses > 10  # the whole person form lies between; every field on the way took the focus
    type_and_leave(qtbot, "16/11/2026 20:00")
    assert focus(qtbot) is until
    assert "not possible" in panel.custody_summary.text()  # the end of the extension is missing
    type_and_leave(qtbot, "17/11/2026 19:52")
    details = demo_workspace.casefile.load(DEMO_URN).details(suspect.id)
    assert details["superintendent_extension_until"] == "2026-11-17T19:52:00+00:00"
    assert "second review" in panel.custody_summary.text()  # only one review is recorded

    tab_until(qtbot, panel.findings)
    rows = [panel.findings.item(r).text() for r in range(panel.findings.count())]
    wanted = next(r for r, text in enumerate(rows) if "not possible under PACE" in text)
    qtbot.keyClick(panel.findings, Qt.Key.Key_Home)
    for _ in range(wanted):
        qtbot.keyClick(panel.findings, Qt.Key.Key_Down)
    qtbot.keyClick(panel.findings, Qt.Key.Key_Return)
    assert focus(qtbot) is granted  # the finding leads to the field that fixes it

    reviews = panel.person_form.widgets["custody_reviews"]
    tab_until(qtbot, reviews, back=True)
    type_and_leave(qtbot, ", 16/11/2026 19:30")
    summary = panel.custody_summary.text()
    assert "not possible" not in summary
    assert "Computed from the entries: Tue 17/11/2026 19:52" in summary
    assert "differs from the computed expiry by 12 h 00 min" in summary  # the custody record still says 07:52
    qtbot.keyClick(focus(qtbot), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # File &type: check pre-charge
    assert focus(qtbot) is panel.file_type
    while panel.file_type.currentData() != "pre_charge":
        qtbot.keyClick(panel.file_type, Qt.Key.Key_Down)
    assert "PRE-CHARGE file" in panel.readiness_summary.text()
    texts = [panel.findings.item(r).text() for r in range(panel.findings.count())]
    assert not any("not possible under PACE" in t for t in texts)
    assert any("custody record's expiry differs" in t and "12 h 00 min earlier" in t for t in texts)

    tab_until(qtbot, panel.findings)  # in a text box Ctrl+Z undoes typing; elsewhere it undoes the last save
    qtbot.keyClick(panel.findings, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert reviews.text() == "16/11/2026 13:40"
    assert demo_workspace.casefile.load(DEMO_URN).details(suspect.id)["custody_reviews"] == [
        "2026-11-16T13:40:00+00:00"
    ]
    assert "second review" in panel.custody_summary.text()
