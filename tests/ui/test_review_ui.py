"""The loop in the app, two windows and one hub: the reviewer opens the submission from the CPS inbox, accepts
the items and asks for a statement; the officer sees the request, answers it with a new exhibit and resubmits."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from casebridge.app import Workspace, build_services, open_workspace
from casebridge.demo.builder import build_demo
from tests.fixtures.hub import PASSWORD, HubProcess

URN = "62CF0088826"  # used by no other test: the shared hub's other submissions stay out of it


def _workspace(root: Path, hub: HubProcess, user: str) -> Workspace:
    (root / "config").mkdir(parents=True)
    (root / "config" / "settings.json").write_text(json.dumps({"ca_bundle": str(hub.ca), "operator_name": user}))
    ws = open_workspace(root)
    build_services(ws).exchange.login(hub.url, user, PASSWORD)
    return ws


@pytest.fixture
def two_sides(tmp_path: Path, hub: HubProcess, keyring_file: Path) -> Iterator[tuple[Workspace, Workspace]]:
    police = _workspace(tmp_path / "police", hub, "pc-south-wales")
    cps = _workspace(tmp_path / "cps", hub, "cps-wales")
    build_demo(build_services(police), urn=URN, derivatives=False)
    yield police, cps
    police.close()
    cps.close()


def _window(qtbot: Any, ws: Workspace) -> Any:
    from casebridge.ui.main_window import MainWindow

    window = MainWindow(ws.paths)
    qtbot.addWidget(window)
    window.show()
    window.attach(build_services(ws))
    return window


def test_inbox_review_request_then_police_answer(
    qtbot: Any, two_sides: tuple[Workspace, Workspace], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casebridge.ui.feedback_dialogs import AnswerDialog, FeedbackDialog
    from casebridge.ui.hub_dialogs import ConfirmSubmissionDialog
    from casebridge.ui.review_panel import ReviewPanel

    police, cps = two_sides
    first = build_services(police).exchange.send(build_services(police).exchange.queue(URN).id)

    # --- the reviewer
    reviewer = _window(qtbot, cps)
    reviewer.open_inbox()
    inbox = reviewer.inbox
    qtbot.waitUntil(lambda: inbox.table.rowCount() > 0, timeout=20_000)
    rows = [inbox.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(inbox.table.rowCount())]
    inbox.table.selectRow(rows.index(first.id))
    inbox.open_button.click()
    qtbot.waitUntil(lambda: reviewer.case_view.case is not None and reviewer.case_view.case.urn == URN, timeout=60_000)
    panel = reviewer.case_view.submissions
    assert isinstance(panel, ReviewPanel)
    # what the police sent is read, not edited, in the reviewer's workspace
    view = reviewer.case_view
    assert view.title_edit.isReadOnly()
    assert not view.add_person_button.isEnabled()
    assert "read-only" in view.saved_label.text()
    casefile = view.casefile
    assert casefile.read_only
    assert all(
        not b.isEnabled() for page in casefile.record_pages.values() for b in (page.add_button, page.delete_button)
    )
    assert casefile.person_combo.isEnabled()
    qtbot.waitUntil(lambda: panel.latest_submission == first.id, timeout=20_000)
    assert panel.items.rowCount() == len(cps.exhibits.for_case(URN))
    assert all("received" in panel.items.item(r, 2).text() for r in range(panel.items.rowCount()))
    panel.accept_all.click()
    assert set(v.status for v in cps.review.items(URN).values()) == {"accepted"}
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    panel.send_review.click()
    qtbot.waitUntil(lambda: panel.history.count() == 1, timeout=20_000)
    count = len(cps.exhibits.for_case(URN))
    assert f"Your review of {count} item(s) goes to the police: {count} accepted, 0 reviewed" in asked[0]
    assert "no verdict yet" not in asked[0]

    def ask(dialog: FeedbackDialog) -> int:
        dialog.description.setPlainText("Statement from the shop manager about the till")
        dialog.witness.setCurrentIndex(dialog.witness.findData("Bethan HUGHES"))  # from the case's people
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FeedbackDialog, "exec", ask)
    panel.request.click()
    qtbot.waitUntil(lambda: panel.history.count() == 2, timeout=20_000)

    # --- the officer
    officer = _window(qtbot, police)
    officer.open_case(URN)
    view = officer.case_view
    view.tabs.setCurrentWidget(view.submissions_tab)
    outbox = view.submissions
    qtbot.waitUntil(lambda: outbox.action_table.rowCount() == 1, timeout=20_000)
    assert outbox.action_table.item(0, 0).text() == "R1"
    assert "Bethan HUGHES" in outbox.action_table.item(0, 1).text()
    assert outbox.feedback.count() == 2
    statement = tmp_path / "mg11-hughes.pdf"
    document = pymupdf.open()
    document.new_page().insert_text((72, 90), "MG11 Witness statement — Bethan HUGHES")
    document.save(statement)
    build_services(police).importer.import_paths(URN, [statement], producer="Bethan Hughes")
    added = next(e for e in police.exhibits.for_case(URN) if e.original_name == "mg11-hughes.pdf")

    def tick(dialog: AnswerDialog) -> int:
        for row in range(dialog.list.count()):
            item = dialog.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == added.reference:
                item.setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnswerDialog, "exec", tick)
    outbox.action_table.selectRow(0)
    outbox.answer_button.click()
    assert added.reference in outbox.action_table.item(0, 4).text()
    monkeypatch.setattr(ConfirmSubmissionDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    outbox.submit_button.click()
    qtbot.waitUntil(
        lambda: outbox.sending is None and "Receipt verified" in outbox.receipt_state.text(), timeout=60_000
    )
    latest = police.outbox.listing(URN)[0]
    assert {i.label for i in latest.items if i.state == "sent"} == {added.reference}
    assert latest.manifest["answers"][0]["request"] == "R1"
    assert "answer sent" in outbox.action_table.item(0, 3).text()


URN_LOOP = "62CF0077726"  # this test's own case on the shared hub


def test_the_cps_loop_from_an_empty_workspace_to_the_officers_to_do(
    qtbot: Any,
    tmp_path: Path,
    hub: HubProcess,
    keyring_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A CPS paralegal with a new, empty workspace signs in from the landing view, opens the inbox, reviews an
    item with the item open beside the list, writes a note on it and sends the review; the officer's Exchange tab
    shows the note as a to-do with its text, item and page."""

    from casebridge.ui.hub_dialogs import SignInDialog
    from casebridge.ui.review_panel import ReviewPanel

    police = _workspace(tmp_path / "police", hub, "pc-south-wales")
    build_demo(build_services(police), urn=URN_LOOP, derivatives=False)
    sent = build_services(police).exchange.send(build_services(police).exchange.queue(URN_LOOP).id)
    (tmp_path / "cps" / "config").mkdir(parents=True)
    (tmp_path / "cps" / "config" / "settings.json").write_text(json.dumps({"ca_bundle": str(hub.ca)}))
    cps = open_workspace(tmp_path / "cps")  # empty, and signed in nowhere
    try:
        reviewer = _window(qtbot, cps)
        assert reviewer.stack.currentWidget() is reviewer.landing
        assert "Not signed in" in reviewer.sign_in_state.text()
        assert reviewer.landing_sign_in.isEnabled()
        assert not reviewer.landing_inbox.isEnabled()

        def details(dialog: SignInDialog) -> int:
            dialog.address.setText(hub.url)
            dialog.user.setText("cps-wales")
            dialog.password.setText(PASSWORD)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(SignInDialog, "exec", details)
        reviewer.landing_sign_in.click()
        qtbot.waitUntil(lambda: getattr(reviewer, "inbox", None) is not None, timeout=20_000)  # opened for CPS
        assert "as cps-wales (CPS reviewer)" in reviewer.sign_in_state.text()
        assert reviewer.landing_inbox.isEnabled()
        inbox = reviewer.inbox
        qtbot.waitUntil(lambda: inbox.table.rowCount() > 0, timeout=20_000)
        rows = [inbox.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(inbox.table.rowCount())]
        inbox.table.selectRow(rows.index(sent.id))
        inbox.open_button.click()
        qtbot.waitUntil(lambda: reviewer.case_view.case is not None, timeout=60_000)
        panel = reviewer.case_view.submissions
        assert isinstance(panel, ReviewPanel)
        references = [panel.items.item(r, 0).text() for r in range(panel.items.rowCount())]
        row = references.index("GHM/1")  # the witness's signed statement, a PDF
        panel.items.setCurrentCell(row, 0)
        qtbot.waitUntil(lambda: panel.preview.stack.currentWidget() is panel.preview.pdf, timeout=10_000)
        qtbot.waitUntil(lambda: bool(panel.preview.pdf.pages), timeout=10_000)
        assert panel.preview.exhibit is not None
        assert panel.preview.exhibit.reference == "GHM/1"
        panel.items.setFocus()
        qtbot.keyClick(panel.items, Qt.Key.Key_N)  # N: needs action, from the keyboard
        assert cps.review.items(URN_LOOP)["GHM/1"].status == "needs_action"
        panel.items.item(row, 4).setText("Which till camera is he describing? No time given for the sighting.")
        verdict = cps.review.items(URN_LOOP)["GHM/1"]
        assert (verdict.note.startswith("Which till camera"), verdict.page) == (True, 1)
        # a highlight and note on the page (shared), and one for the CPS alone
        from PySide6.QtCore import QRectF

        from casebridge.ui.review_panel import PageNoteDialog

        typed = iter([("The sighting has no time: ask him when.", True), ("Compare with the CCTV log.", False)])

        def write(dialog: PageNoteDialog) -> int:
            text, shared = next(typed)
            dialog.edit.setPlainText(text)
            dialog.share.setChecked(shared)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(PageNoteDialog, "exec", write)
        panel.preview.pdf.canvas.selected.emit(0, QRectF(40, 120, 200, 30))  # dragged over part of page 1
        panel.note_button.click()
        panel.note_button.click()  # no area this time: the whole page
        notes = cps.review.notes(URN_LOOP, "GHM/1")
        assert [(n.page, n.shared, n.area is not None) for n in notes] == [(1, True, True), (1, False, False)]
        assert panel.page_notes.count() == 2
        assert panel.page_notes.item(0).text().startswith("p. 1 · shared · The sighting")
        page_one = panel.preview.pdf.pages[0].overlays
        assert len([o for o in page_one if o[1].alpha() == 80]) == 2  # both highlighted on the page
        assert any(e.action == "review.note_added" for e in cps.cases.history(URN_LOOP))
        asked: list[str] = []
        monkeypatch.setattr(
            QMessageBox, "question", lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.Yes
        )
        panel.send_review.click()
        qtbot.waitUntil(lambda: panel.history.count() == 1, timeout=20_000)
        assert "1 item(s) goes to the police: 0 accepted, 0 reviewed, 1 needing action; 1 note(s)" in asked[0]
        assert "have no verdict yet and are not included" in asked[0]
        assert "Item review sent to the police" in panel.state.text()

        # --- the officer's to-do
        officer = _window(qtbot, police)
        officer.open_case(URN_LOOP)
        view = officer.case_view
        view.tabs.setCurrentWidget(view.submissions_tab)
        outbox = view.submissions
        outbox.check_feedback()
        qtbot.waitUntil(lambda: outbox.action_table.rowCount() == 2, timeout=20_000)
        assert outbox.action_table.item(0, 0).text() == "GHM/1"
        assert outbox.action_table.item(0, 1).text() == (
            "GHM/1 (page 1): Which till camera is he describing? No time given for the sighting."
        )
        assert outbox.action_table.item(1, 1).text() == "GHM/1 (page 1): The sighting has no time: ask him when."
        assert "to do" in outbox.action_table.item(0, 3).text()
        cps.reload_settings()
    finally:
        police.close()
        cps.close()


def test_a_sign_in_made_on_the_command_line_counts_without_a_restart(
    qtbot: Any,
    tmp_path: Path,
    hub: HubProcess,
    keyring_file: Path,
) -> None:
    (tmp_path / "cps" / "config").mkdir(parents=True)
    (tmp_path / "cps" / "config" / "settings.json").write_text(json.dumps({"ca_bundle": str(hub.ca)}))
    running = open_workspace(tmp_path / "cps")
    try:
        window = _window(qtbot, running)
        elsewhere = open_workspace(tmp_path / "cps")  # what `casebridge login` does in another process
        build_services(elsewhere).exchange.login(hub.url, "cps-wales", PASSWORD)
        elsewhere.close()
        window.open_inbox()  # the running app reads the sign-in now, with no restart
        assert getattr(window, "inbox", None) is not None
        assert "as cps-wales (CPS reviewer)" in window.sign_in_state.text()
    finally:
        running.close()
