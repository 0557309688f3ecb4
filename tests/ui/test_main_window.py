"""The app shell driven like a user would: keyboard and mouse through pytest-qt, offscreen, no sleeps."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN
from casebridge.ui.main_window import MainWindow
from casebridge.workspace import Workspace


def test_case_list_shows_cases_and_searches(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.case_list
    assert pane.model.rowCount() == 2
    qtbot.keyClicks(pane.search, "jones")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert pane.model.summary(0).urn == DEMO_URN
    pane.search.clear()
    qtbot.keyClicks(pane.search, "oxford")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1 and pane.model.summary(0).urn == "01ZD0300108")
    pane.search.clear()
    qtbot.keyClicks(pane.search, "robbery")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1 and pane.model.summary(0).urn == DEMO_URN)


def test_sorting_by_urn(qtbot: QtBot, window: MainWindow) -> None:
    table = window.case_list.table
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert table.model().index(0, 0).data() == "01ZD0300108"
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert table.model().index(0, 0).data() == DEMO_URN


def test_selecting_a_case_shows_it(qtbot: QtBot, window: MainWindow) -> None:
    assert window.case_list.select(DEMO_URN)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.case_view)
    view = window.case_view
    assert DEMO_URN in view.urn_label.text()
    assert "South Wales" in view.urn_label.text()
    assert view.people_model.rowCount() == 5
    assert view.offences_model.rowCount() == 2
    assert view.offences_model.index(0, 6).data() == "JONES, Rhys Alun"
    assert DEMO_URN in window.windowTitle()


def test_edit_autosaves_audits_and_undoes(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:
    window.case_list.select(DEMO_URN)
    view = window.case_view
    view.title_edit.setFocus()
    view.title_edit.selectAll()
    qtbot.keyClicks(view.title_edit, "Robbery, Queen St")
    qtbot.keyClick(view.title_edit, Qt.Key.Key_Tab)  # leaving the field saves it
    assert demo_workspace.cases.get_case(DEMO_URN).title == "Robbery, Queen St"
    edits = [e for e in demo_workspace.cases.history(DEMO_URN) if e.action == "case.updated"]
    assert edits[-1].after == {"title": "Robbery, Queen St"}
    qtbot.waitUntil(
        lambda: window.case_list.model.summary(window.case_list.model.row_of(DEMO_URN)).title == "Robbery, Queen St"
    )
    window.undo_action.trigger()
    assert demo_workspace.cases.get_case(DEMO_URN).title == "Robbery at Nisa Local, Queen Street, Cardiff"
    assert view.title_edit.text() == "Robbery at Nisa Local, Queen Street, Cardiff"
    window.redo_action.trigger()
    assert demo_workspace.cases.get_case(DEMO_URN).title == "Robbery, Queen St"
    assert demo_workspace.verify_audit().ok


def test_status_and_summary_autosave(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:
    window.case_list.select(DEMO_URN)
    view = window.case_view
    index = view.status_combo.findData("ready")
    view.status_combo.setCurrentIndex(index)
    view.status_combo.activated.emit(index)
    assert demo_workspace.cases.get_case(DEMO_URN).status.value == "ready"
    view.summary_edit.setFocus()
    qtbot.keyClick(view.summary_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.summary_edit, " More.")
    qtbot.waitUntil(lambda: demo_workspace.cases.get_case(DEMO_URN).summary.endswith("More."), timeout=5000)


def test_table_edit_is_validated_inline(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:
    window.case_list.select(DEMO_URN)
    view = window.case_view
    model = view.people_model
    postcode = model.index(1, 4)
    assert not model.setData(postcode, "not a postcode")
    assert view.field_error.isVisibleTo(view)
    assert "not a UK postcode" in view.field_error.text()
    assert model.setData(postcode, "cf10 1aa")
    assert demo_workspace.cases.get_case(DEMO_URN).people[1].postcode == "CF10 1AA"
    assert not view.field_error.isVisibleTo(view)
    window.undo_action.trigger()
    assert demo_workspace.cases.get_case(DEMO_URN).people[1].postcode == "CF10 5BT"


def test_new_case_dialog_validates_as_you_type(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:
    from casebridge.ui.new_case_dialog import NewCaseDialog

    dialog = NewCaseDialog(demo_workspace.cases, demo_workspace.reference, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.urn.edit, "99ZZ1234567")
    assert not dialog.ok_button.isEnabled()
    assert "99 is not a known police force code" in dialog.urn.message.text()
    dialog.urn.edit.clear()
    qtbot.keyClicks(dialog.urn.edit, DEMO_URN)
    assert "already exists" in dialog.urn.message.text()
    dialog.urn.edit.clear()
    qtbot.keyClicks(dialog.urn.edit, "13ab1234526")
    assert dialog.ok_button.isEnabled()
    assert "West Yorkshire" in dialog.urn.message.text()
    qtbot.keyClicks(dialog.title_edit, "Burglary, Headingley")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.created_urn == "13AB1234526"
    assert demo_workspace.cases.get_case("13AB1234526").title == "Burglary, Headingley"


def test_new_case_by_keyboard_only(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:
    """Ctrl+N, type the URN into the field that has focus, Enter: the case exists and is open."""
    from casebridge.ui.new_case_dialog import NewCaseDialog

    problems: list[str] = []

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewCaseDialog):
            problems.append(f"no new-case dialog, got {dialog!r}")
            return
        try:
            target = dialog.focusWidget()
            if target is not dialog.urn.edit:
                problems.append(f"focus starts on {target!r}, not the URN field")
                target = dialog.urn.edit
            qtbot.keyClicks(target, "01ZD0300126")
            qtbot.keyClick(target, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                problems.append("Enter did not accept the dialog")
                dialog.reject()

    window.activateWindow()
    QTimer.singleShot(0, fill_dialog)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    assert demo_workspace.cases.exists("01ZD0300126")
    qtbot.waitUntil(lambda: window.case_view.case is not None and window.case_view.case.urn == "01ZD0300126")


def test_add_person_and_offence_dialogs(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:
    from casebridge.ui.offence_dialog import OffenceDialog
    from casebridge.ui.person_dialog import PersonDialog

    window.case_list.select("01ZD0300108")
    cases = demo_workspace.cases
    person_dialog = PersonDialog(lambda v: cases.add_person("01ZD0300108", v), cases.today, window)
    qtbot.addWidget(person_dialog)
    assert not person_dialog.ok_button.isEnabled()  # surname required
    person_dialog.role.setCurrentIndex(person_dialog.role.findData("defendant"))
    qtbot.keyClicks(person_dialog.fields["surname"].edit, "Smith")
    qtbot.keyClicks(person_dialog.fields["date_of_birth"].edit, "31/02/1990")
    assert not person_dialog.ok_button.isEnabled()
    person_dialog.fields["date_of_birth"].edit.clear()
    qtbot.keyClicks(person_dialog.fields["date_of_birth"].edit, "01/02/1990")
    assert "Age" in person_dialog.fields["date_of_birth"].message.text()
    qtbot.keyClicks(person_dialog.fields["postcode"].edit, "w1d1an")
    assert "W1D 1AN" in person_dialog.fields["postcode"].message.text()
    assert person_dialog.ok_button.isEnabled()
    person_dialog.accept()
    smith = cases.get_case("01ZD0300108").people[0]
    assert (smith.surname, smith.postcode, smith.role.value) == ("Smith", "W1D 1AN", "defendant")

    offence_dialog = OffenceDialog(
        demo_workspace.reference.offences, [smith], lambda v: cases.add_offence("01ZD0300108", v), window
    )
    qtbot.addWidget(offence_dialog)
    qtbot.keyClicks(offence_dialog.search, "theft shop")
    qtbot.keyClick(offence_dialog.search, Qt.Key.Key_Return)
    assert offence_dialog.selected_code() == "TH68010"
    qtbot.keyClicks(offence_dialog.date_from.edit, "14/11/2026")
    assert offence_dialog.ok_button.isEnabled()
    offence_dialog.accept()
    offence = cases.get_case("01ZD0300108").offences[0]
    assert offence.title == "Theft from a shop"
    assert offence.defendant_id == smith.id


def test_every_control_is_named_and_keyboard_reachable(qtbot: QtBot, window: MainWindow) -> None:
    window.case_list.select(DEMO_URN)
    controls = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QPlainTextEdit | QAbstractButton | QTableView)
        and w.isVisibleTo(window)
        and w.window() is window
    ]
    assert len(controls) > 10
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in controls
        if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert unnamed == []
    # a toolbar button is reached from the keyboard through its action, which is also on a menu (Alt) — as in
    # every desktop application; Tab does not stop on toolbars
    in_menus = {a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()}
    on_toolbar = [w for w in controls if isinstance(w.parent(), QToolBar)]
    assert on_toolbar
    assert all(w.defaultAction() in in_menus for w in on_toolbar)  # type: ignore[attr-defined]
    unreachable = [
        w.accessibleName() or w.text()
        for w in controls  # type: ignore[attr-defined]
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w not in on_toolbar
    ]
    assert unreachable == []
    # Tab from the search box walks through the case view's fields
    window.activateWindow()
    window.case_list.search.setFocus()
    visited = set()
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.add(QApplication.focusWidget())
    view = window.case_view
    for needed in (
        view.title_edit,
        view.status_combo,
        view.summary_edit,
        view.people_table,
        view.add_person_button,
        view.offences_table,
        view.add_offence_button,
    ):
        assert needed in visited, needed.accessibleName()


def test_exception_dialog_copies_a_scrubbed_report(qtbot: QtBot) -> None:
    from casebridge.ui.exception_dialog import ExceptionDialog, error_report

    try:
        raise ValueError("bad postcode CF10 3NP for password=hunter2")
    except ValueError as exc:
        report = error_report(type(exc), exc, exc.__traceback__)
    assert "CF10 3NP" not in report
    assert "hunter2" not in report
    assert "ValueError" in report
    dialog = ExceptionDialog(report)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == report


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("case.cbcase", "case.cbcase was not imported: case.cbcase is not a case package"),
        ("scan.pdf", "To add scan.pdf to a case as evidence, open the case and use Import on its Evidence tab."),
        ("missing.cbcase", "missing.cbcase cannot be opened: there is no such file."),
    ],
)
def test_a_file_handed_over_by_windows_is_answered_not_ignored(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, expected: str
) -> None:
    from casebridge import __version__

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    path = tmp_path / name
    if not name.startswith("missing"):
        path.write_bytes(b"PK\x03\x04")
    window.open_requested(path)
    qtbot.waitUntil(lambda: len(shown) == 1)  # a package is checked in the background
    assert expected.format(v=__version__) in shown[0]


def _answer_unknown_sender(button_text: str, seen: list[str]) -> None:
    """Waits for the unknown-sender question and presses one of its buttons, as a user would."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        button.click()

    QTimer.singleShot(20, answer)


def _receiving_window(qtbot: QtBot, sender: Workspace, tmp_path: Path) -> tuple[MainWindow, Workspace, Path, str]:
    """A second workstation's window on its own empty workspace, and a package the first one signed."""
    from casebridge.app import open_workspace
    from casebridge.exchange.keys import WorkstationKey
    from casebridge.exchange.package import export_package

    key = WorkstationKey.load_or_create(tmp_path)
    package = export_package(sender, DEMO_URN, tmp_path / "case.cbcase", key)
    receiving = open_workspace(tmp_path / "cps")
    other = MainWindow(receiving.paths)
    qtbot.addWidget(other)
    other.show()
    other.attach(build_services(receiving))
    return other, receiving, package, key.id


def test_a_case_package_opened_from_windows_is_checked_imported_and_shown(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    other, receiving, package, key_id = _receiving_window(qtbot, demo_workspace, tmp_path)

    asked: list[str] = []
    _answer_unknown_sender("Cancel", asked)
    other.open_requested(package)
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    assert f"signed by workstation key {key_id}, which is not on this unit's trust list" in asked[0]
    qtbot.waitUntil(lambda: "case.cbcase was not imported" in other.statusBar().currentMessage())
    assert not receiving.cases.exists(DEMO_URN)

    _answer_unknown_sender("Import once", asked)
    other.open_requested(package)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=30_000)
    assert f"Case {DEMO_URN} was imported" in shown[0]
    assert f"Signed by key {key_id}, which is not on this unit's trust list." in shown[0]
    assert other.case_view.case is not None
    assert other.case_view.case.urn == DEMO_URN
    assert [e.after["trusted_as"] for e in receiving.cases.history(DEMO_URN) if e.action == "package.imported"] == [
        None
    ]
    receiving.close()


def test_trust_and_import_names_the_sender_and_keeps_the_key(
    qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from casebridge.ui.trust_dialog import TrustDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("Leeds FBU desk 3", True))
    other, receiving, package, key_id = _receiving_window(qtbot, demo_workspace, tmp_path)
    asked: list[str] = []
    _answer_unknown_sender("Trust and import…", asked)
    other.import_package(package)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=30_000)
    assert f"Signed by Leeds FBU desk 3 (key {key_id})." in shown[0]

    dialog = TrustDialog(receiving, other)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in (0, 1)] == ["Leeds FBU desk 3", key_id]
    qtbot.keyClicks(dialog.key, "not-a-key")
    qtbot.keyClicks(dialog.name, "Somewhere")
    dialog.add_button.click()
    assert "is not a workstation key id" in dialog.problem.text()
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert dialog.table.rowCount() == 0
    assert receiving.trust.get(key_id) is None
    actions = [e.action for e in receiving.cases.history(DEMO_URN)]
    assert "package.imported" in actions
    receiving.close()
