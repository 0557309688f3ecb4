"""The Case file tab driven like a user: edit a field, see readiness change, jump to a finding, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from casebridge.demo.builder import DEMO_URN
from casebridge.ui.main_window import MainWindow
from casebridge.workspace import Workspace


def open_case_file(qtbot: QtBot, window: MainWindow) -> object:
    window.open_case(DEMO_URN)
    view = window.case_view
    view.tabs.setCurrentWidget(view.casefile_tab)
    panel = view.casefile
    qtbot.waitUntil(lambda: panel.forms.count() > 0)
    return panel


def test_unsigned_statement_is_a_blocking_finding_that_leads_to_its_field(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    panel = open_case_file(qtbot, window)
    panel.file_type.setCurrentIndex(panel.file_type.findData("ngap"))
    panel.check()
    assert "0 blocking error(s)" in panel.readiness_summary.text()
    page = panel.record_pages["statement"]
    panel.go_to(f"statement:{page.items[0].id}:signed_on")
    signed = page.form.widgets["signed_on"]
    assert isinstance(signed, QLineEdit)
    signed.setFocus()
    signed.clear()
    signed.editingFinished.emit()
    assert "1 blocking error(s)" in panel.readiness_summary.text()
    finding = panel.findings.item(0)
    assert finding.text().startswith("ERROR: The statement has no signature date.")
    marked = finding.icon().pixmap(16, 16).toImage()  # an error mark in the error colour beside the words
    assert not finding.icon().isNull()
    reds = [marked.pixelColor(x, y) for x in range(16) for y in range(16)]
    assert any(c.alpha() > 128 and c.red() > 150 and c.green() < 60 for c in reds)
    assert demo_workspace.casefile.load(DEMO_URN).of("statement")[0].data["signed_on"] == ""
    panel.go_to("section:mg5:certified_by")  # somewhere else in the file
    assert panel.nav.currentItem().data(Qt.ItemDataRole.UserRole) != "statement"
    panel.findings.itemActivated.emit(finding)  # the checklist item goes to the field that fixes it
    assert panel.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "statement"
    assert window.undo_stack.count() == 1  # passing through an empty field saved nothing and left no undo step
    window.undo_stack.undo()
    assert demo_workspace.casefile.load(DEMO_URN).of("statement")[0].data["signed_on"] == "2026-11-14"
    panel.check()
    assert "0 blocking error(s)" in panel.readiness_summary.text()


def test_invalid_value_is_shown_inline_and_not_saved(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    panel = open_case_file(qtbot, window)
    page = panel.record_pages["outstanding"]
    panel.go_to(f"outstanding:{page.items[0].id}:target_date")
    target = page.form.widgets["target_date"]
    assert isinstance(target, QLineEdit)
    target.setText("31/02/2026")
    target.editingFinished.emit()
    assert page.form.error.isVisibleTo(panel)
    assert "not a date" in page.form.error.text()
    assert page.form.error.parent() is target.parent()  # right under its own field, not at the foot of the form
    assert not page.form.error.text().startswith("Target")  # the field is named beside it, not twice
    assert target.accessibleDescription() == page.form.error.text()
    assert demo_workspace.casefile.load(DEMO_URN).of("outstanding")[0].data["target_date"] == "2026-12-04"


def test_the_dates_to_avoid_advice_works_as_written_and_as_a_button(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    panel = open_case_file(qtbot, window)
    panel.file_type.setCurrentIndex(panel.file_type.findData("ngap"))
    panel.check()
    rows = [panel.findings.item(r).text() for r in range(panel.findings.count())]
    hughes = next(r for r, text in enumerate(rows) if "Dates to avoid" in text and "HUGHES" in text.upper())
    assert "No dates to avoid" in rows[hughes]
    panel.findings.setCurrentRow(hughes)
    assert panel.fix_button.isEnabled()
    assert panel.fix_button.text() == "&Put it right: no dates to avoid"
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    people = {p.surname: p for p in demo_workspace.cases.get_case(DEMO_URN).people}
    details = demo_workspace.casefile.load(DEMO_URN).details(people["Hughes"].id)
    assert details["no_dates_to_avoid"] is True
    assert not any("HUGHES" in panel.findings.item(r).text().upper() for r in range(panel.findings.count()))
    # typing "none", as the advice once said, records the same thing instead of being refused
    morgan = people["Morgan"].id
    panel.go_to(f"person:{morgan}:dates_to_avoid")
    assert panel.person_combo.currentData() == morgan
    box = panel.person_form.widgets["dates_to_avoid"]
    box.setPlainText("none")
    panel.person_form.flush()
    assert not panel.person_form.errors["dates_to_avoid"].isVisibleTo(panel)
    after = demo_workspace.casefile.load(DEMO_URN).details(morgan)
    assert (after.get("dates_to_avoid"), after["no_dates_to_avoid"]) == ([], True)
    assert panel.person_form.widgets["no_dates_to_avoid"].currentData() == "yes"
    assert box.toPlainText() == ""


def test_adding_an_unused_item_numbers_it_and_lists_it(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    panel = open_case_file(qtbot, window)
    page = panel.record_pages["mg6c"]
    before = len(page.items)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert len(page.items) == before + 1
    assert page.items[-1].number == before + 1


def test_every_control_on_the_tab_is_named(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_case_file(qtbot, window)
    unnamed = [
        type(w).__name__
        for w in panel.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(panel)
        and not w.accessibleName()
        and type(w).__name__ not in {"QScrollBar", "QSplitterHandle", "QWidget", "QStackedWidget", "QGroupBox"}
    ]
    assert unnamed == []


def test_custody_cases_lead_the_case_list_with_time_left_in_words(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    from datetime import UTC, datetime

    from casebridge.ui.case_list import CaseListModel

    pane = window.case_list
    pane.model.now = lambda: datetime(2026, 11, 17, 5, 0, tzinfo=UTC)  # the demo suspect's clock ends 07:52
    pane.refresh()
    first = pane.table.model().index(0, CaseListModel.URN).data()
    custody = pane.table.model().index(0, CaseListModel.CUSTODY).data()
    assert first == DEMO_URN
    assert custody == "PACE: 2 h 52 min left"
    other = pane.table.model().index(1, CaseListModel.CUSTODY).data()
    assert other == ""
    assert pane.clock.isActive()
    assert pane.clock.interval() == 60_000
    redrawn: list[int] = []
    pane.model.dataChanged.connect(lambda top, _bottom, *_: redrawn.append(top.column()))
    pane.model.now = lambda: datetime(2026, 11, 17, 5, 1, tzinfo=UTC)
    pane.clock.timeout.emit()  # a minute passes
    assert redrawn == [CaseListModel.CUSTODY]
    assert pane.table.model().index(0, CaseListModel.CUSTODY).data() == "PACE: 2 h 51 min left"


def test_undo_after_moving_to_another_record_restores_the_record_it_was_made_on(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    panel = open_case_file(qtbot, window)
    page = panel.record_pages["action"]
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)  # a second record to move to
    first, second = page.items[0].id, page.items[-1].id
    panel.go_to(f"action:{first}:target_date")
    field = page.form.widgets["target_date"]
    assert isinstance(field, QLineEdit)
    before = field.text()
    field.setText("01/03/2027")
    field.editingFinished.emit()
    panel.go_to(f"action:{second}:target_date")
    assert field.text() == ""
    window.undo_stack.undo()
    stored = {i.id: i.data.get("target_date", "") for i in demo_workspace.casefile.load(DEMO_URN).of("action")}
    assert stored[second] == ""  # the record on screen is untouched
    assert stored[first] == (date_iso(before) if before else "")
    assert field.text() == ""  # and the field on screen still shows the second record
    panel.go_to(f"action:{first}:target_date")
    assert field.text() == before


def date_iso(text: str) -> str:
    day, month, year = text.split("/")
    return f"{year}-{month}-{day}"
