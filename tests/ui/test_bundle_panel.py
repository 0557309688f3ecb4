"""The Bundle tab: build, review with the index beside it, jump to a page or to the exhibit, serve, compare."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QWidget
from pytestqt.qtbot import QtBot

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN
from casebridge.ui.main_window import MainWindow
from casebridge.workspace import Workspace


def test_build_review_jump_serve_and_compare(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:

    window.open_case(DEMO_URN)
    view = window.case_view
    view.tabs.setCurrentWidget(view.bundle_tab)
    panel = view.bundle
    # the demo's signed statements still carry the witnesses' contact details: the defence bundle is stopped
    qtbot.mouseClick(panel.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.leaks.count() > 0, timeout=60_000)
    assert panel.versions.count() == 0  # nothing recorded, nothing to serve
    assert "Not made" in panel.state.text()
    assert panel.lists.currentIndex() == 2
    assert f"({panel.leaks.count()})" in panel.lists.tabText(2)
    lines = [panel.leaks.item(r).text() for r in range(panel.leaks.count())]
    assert any(line.startswith("page B-1 (AK/1): Phone of Amira Khan (victim)") for line in lines)
    panel.leaks.setCurrentRow(next(r for r, line in enumerate(lines) if line.startswith("page B-2 (GHM/1)")))
    qtbot.waitUntil(lambda: panel.viewer.page_count() > 0, timeout=20_000)
    qtbot.mouseClick(panel.leak_page_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.viewer.labels[panel.viewer.current_page()] == "B-2", timeout=10_000)
    service = build_services(demo_workspace).redaction
    for reference in ("AK/1", "GHM/1"):
        statement = demo_workspace.exhibits.find_by_reference(DEMO_URN, reference)
        service.apply(statement, service.accept(statement, service.suggest(statement), approve=True))
    qtbot.mouseClick(panel.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.versions.count() == 1, timeout=60_000)
    qtbot.waitUntil(lambda: panel.viewer.page_count() > 0, timeout=20_000)
    assert "No withheld value found" in panel.state.text()
    assert panel.leaks.count() == 0
    assert panel.index.count() == len(panel.rows) > 10
    assert panel.left_out.count() > 0
    assert "police and CPS only section" in panel.left_out.item(0).text()
    row = next(i for i, r in enumerate(panel.rows) if r["key"] == "SE/2")
    panel.index.setCurrentRow(row)
    panel.go_to_entry()
    assert panel.viewer.page_box.value() == panel.rows[row]["pdf_page"]
    panel.open_item()  # straight into the exhibit's viewer
    assert view.tabs.currentWidget() is view.evidence_tab
    current = view.evidence.current_exhibit()
    assert current is not None
    assert current.reference == "SE/2"
    view.tabs.setCurrentWidget(view.bundle_tab)
    panel.index.setCurrentRow(next(i for i, r in enumerate(panel.rows) if r["key"] == "AK/1"))
    panel.open_item()  # the version served, not the original
    current = view.evidence.current_exhibit()
    assert current is not None
    assert current.reference == "AK/1/1"
    view.tabs.setCurrentWidget(view.bundle_tab)
    qtbot.mouseClick(panel.serve_button, Qt.MouseButton.LeftButton)
    assert "frozen" in panel.state.text()
    assert not panel.serve_button.isEnabled()
    qtbot.mouseClick(panel.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.versions.count() == 2, timeout=60_000)
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert panel.changes.toPlainText() == "No changes."
    unnamed = [
        type(w).__name__
        for w in panel.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(panel)
        and not w.accessibleName()
        and not isinstance(w.parent(), QAbstractSpinBox)
        and type(w).__name__ not in {"QScrollBar", "QSplitterHandle", "QWidget"}
    ]
    assert unnamed == []


def test_the_arrangement_is_edited_with_the_keyboard_and_saved(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    from casebridge.bundle.definition import BundleDefinition
    from casebridge.ui.bundle_arrange import ArrangeDialog

    dialog = ArrangeDialog(demo_workspace, DEMO_URN, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.entries.setCurrentRow(1)
    moved = dialog.definition.entries[1].key
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert dialog.definition.entries[0].key == moved
    qtbot.mouseClick(dialog.leave_button, Qt.MouseButton.LeftButton)
    assert moved in dialog.definition.excluded
    assert "(left out)" in dialog.entries.item(0).text()
    dialog.section.setCurrentIndex(dialog.section.findData("F"))
    dialog.set_section()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = demo_workspace.bundles.definition(DEMO_URN)
    assert saved is not None
    stored = BundleDefinition.from_json(saved)
    assert stored.entries[0].key == moved
    assert stored.entries[0].section == "F"
    assert moved in stored.excluded


def test_a_profile_is_chosen_its_preflight_shown_and_an_error_stops_serving(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    service = build_services(demo_workspace).redaction
    for reference in ("AK/1", "GHM/1"):
        statement = demo_workspace.exhibits.find_by_reference(DEMO_URN, reference)
        service.apply(statement, service.accept(statement, service.suggest(statement), approve=True))
    window.open_case(DEMO_URN)
    view = window.case_view
    view.tabs.setCurrentWidget(view.bundle_tab)
    panel = view.bundle
    panel.profile.setCurrentIndex(panel.profile.findData("dcs"))
    panel.refresh()
    assert "No bundle built for this audience and profile yet." in panel.state.text()
    qtbot.mouseClick(panel.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.versions.count() == 1, timeout=60_000)
    exhibits = [r for r in panel.rows if r["key"] in {"SE/1", "SE/2", "SE/3", "SE/4", "SE/5"}]
    assert len(exhibits) == 5
    assert all(r["section"] == "J" for r in exhibits)
    assert panel.index.item(0).text().startswith("B-1")
    assert "errors" not in panel.lists.tabText(3)  # warnings only: it can be served
    assert panel.serve_button.isEnabled()
    # a version with a pre-flight error (recorded as the service records it) cannot be served from the panel
    track = panel.track()
    version = demo_workspace.bundles.versions(DEMO_URN, track)[-1]
    failing = {"check": "view", "severity": "error", "message": "no 100 % view", "page": None, "part": 0}
    index = {**version.index, "preflight": [failing]}
    demo_workspace.bundles.record(DEMO_URN, track, json.dumps(index), version.pdf_sha256)
    panel.refresh()
    assert "(1 errors)" in panel.lists.tabText(3)
    assert not panel.serve_button.isEnabled()
    assert "cannot be served" in panel.state.text()
    assert panel.findings.item(0).text().startswith("Error · view")


def test_a_dcs_defence_bundle_is_built_for_one_defendant(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    """With two defendants, the DCS defence bundle's Defendant choice (Alt+D) picks whose partition it is: that
    defendant's versions are listed on their own."""
    from casebridge.domain.case import Person, PersonRole

    demo_workspace.cases.add_person(DEMO_URN, Person(PersonRole.SUSPECT, surname="Okafor", forenames="Dami"))
    window.open_case(DEMO_URN)
    view = window.case_view
    view.tabs.setCurrentWidget(view.bundle_tab)
    panel = view.bundle
    panel.refresh()
    assert not panel.defendant.isEnabled()  # Casebridge classic has no per-defendant sections
    panel.profile.setCurrentIndex(panel.profile.findData("dcs"))
    panel.refresh()
    assert panel.defendant.isEnabled()
    assert panel.defendant.count() == 3  # all, and each of the two
    assert panel.defendant.itemText(2) == "Dami OKAFOR"
    panel.defendant.setCurrentIndex(2)
    assert panel.track() == "defence+dcs+dami-okafor"
    panel.audience.setCurrentIndex(panel.audience.findData("cps"))
    panel.refresh()
    assert not panel.defendant.isEnabled()
    assert panel.track() == "cps+dcs"
