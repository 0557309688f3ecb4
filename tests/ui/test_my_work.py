"""My work as the landing view: custody clocks with their countdown, CPS requests, recent cases; a line opens the
case on the tab where the work is done; every control named."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from casebridge.app import build_services
from casebridge.domain.case import Person, PersonRole
from casebridge.ui.main_window import MainWindow
from casebridge.workspace import Workspace


def _lines(tree: object) -> dict[str, list[QTreeWidgetItem]]:
    groups: dict[str, list[QTreeWidgetItem]] = {}
    for n in range(tree.topLevelItemCount()):  # type: ignore[attr-defined]
        group = tree.topLevelItem(n)  # type: ignore[attr-defined]
        groups[group.text(0)] = [group.child(c) for c in range(group.childCount())]
    return groups


def test_the_landing_view_is_my_work_and_a_line_opens_where_it_is_done(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    suspect = demo_workspace.cases.add_person("01ZD0300108", Person(PersonRole.SUSPECT, surname="Smith"))
    assert suspect.id is not None
    now = demo_workspace.clock.now().astimezone()
    relevant = now.replace(microsecond=0) - timedelta(hours=21)
    demo_workspace.casefile.set_person_detail(suspect.id, "relevant_time", relevant.strftime("%d/%m/%Y %H:%M"))
    demo_workspace.casefile.set_person_detail(suspect.id, "remand_status", "custody")
    window.attach(build_services(demo_workspace))
    assert window.stack.currentWidget() is window.landing
    groups = _lines(window.my_work.tree)
    custody = next(lines for title, lines in groups.items() if title.startswith("Custody clocks"))
    assert custody[0].text(0) == "01ZD0300108"
    assert "left" in custody[0].text(1)
    assert custody[0].foreground(1).color().name() == "#b00020"  # under 4 hours: the warning colour, and words
    assert any(title.startswith("Recent cases") for title in groups)
    window.my_work.tree.setCurrentItem(custody[0])
    window.my_work.tree.itemActivated.emit(custody[0], 0)
    assert window.stack.currentWidget() is window.case_view
    assert window.case_view.case is not None
    assert window.case_view.case.urn == "01ZD0300108"
    assert window.case_view.tabs.currentWidget() is window.case_view.casefile_tab
    assert window.my_work.tree.accessibleName()
    assert window.my_work.tree.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_a_reviewers_landing_view_holds_the_hub_inbox_and_says_when_it_cannot(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    from casebridge.exchange.protocol import SubmissionSummary
    from casebridge.settings import save_user_settings

    save_user_settings(demo_workspace.paths, {"hub_role": "cps", "hub_url": "https://127.0.0.1:9"})
    demo_workspace.reload_settings()
    window.attach(build_services(demo_workspace))  # nobody answers at that address: said, not hidden
    qtbot.waitUntil(lambda: window.my_work.inbox_note.isVisibleTo(window.my_work), timeout=20000)
    assert "inbox was not reached" in window.my_work.inbox_note.text()
    assert not any(title.startswith("CPS inbox") for title in _lines(window.my_work.tree))

    soon = (demo_workspace.clock.now() + timedelta(hours=2)).isoformat()
    row = SubmissionSummary(
        submission_id="5f0c2a9e-0000-4000-8000-000000000001",
        urn="62CF0041226",
        submitter="pc4471",
        force_code="62",
        state="complete",
        created_at="2026-12-03T08:15:00+00:00",
        title="Robbery at Nisa Local",
        custody_expiry=soon,
    )
    window.my_work.hub_inbox = lambda: [row]
    window.my_work.fetch_inbox()
    qtbot.waitUntil(lambda: any(t.startswith("CPS inbox") for t in _lines(window.my_work.tree)), timeout=20000)
    assert not window.my_work.inbox_note.isVisibleTo(window.my_work)
    groups = _lines(window.my_work.tree)
    line = next(lines for title, lines in groups.items() if title.startswith("CPS inbox"))[0]
    assert line.text(0) == "62CF0041226"
    assert line.text(1).startswith("New submission 5f0c2a9e, sent 03/12/2026 08:15; suspect in custody: ")
    assert line.foreground(1).color().name() == "#b00020"  # custody runs out within hours
    assert not line.icon(1).isNull()
    with qtbot.waitSignal(window.my_work.open_submission) as opened:
        window.my_work._activated(line, 0)
    assert opened.args == [row.submission_id]


def test_a_new_workspace_offers_the_demo_brought_to_today(qtbot: QtBot, workspace: Workspace) -> None:
    """First run: no cases, so the landing view offers the demo; made off the GUI thread, then My work shows a
    working day — a custody clock with hours left, the CPS request, the interrupted upload."""
    window = MainWindow(workspace.paths)
    qtbot.addWidget(window)
    window.show()
    window.attach(build_services(workspace))
    assert window.landing_demo.isVisibleTo(window)
    assert window.landing_demo.accessibleName()
    ticks: list[int] = []
    window.landing_demo.click()
    qtbot.waitUntil(lambda: ticks.append(1) is None and window.case_list.model.rowCount() == 1, timeout=180_000)
    assert len(ticks) > 1  # the window kept answering while the case was made
    assert not window.landing_demo.isVisibleTo(window)
    groups = _lines(window.my_work.tree)
    custody = next(lines for title, lines in groups.items() if title.startswith("Custody clocks"))
    assert custody[0].text(0) == "62CF0041226"
    assert " h " in custody[0].text(1)
    assert "left" in custody[0].text(1)
    assert any(title.startswith("CPS requests") for title in groups)
    assert any(title.startswith("Outbox") for title in groups)
    assert "62CF0041226" in window.statusBar().currentMessage()
