"""Screenshots of the review loop for the user guide, from two real app windows and a real hub over TLS:
the CPS inbox, the review tab, a request for material, the officer's feedback and actions, and the resubmission
seen by the reviewer (run under Xvfb).

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots_review.py docs/images
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from casebridge.app import build_services

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from screenshots_outbox import PASSWORD, start_hub  # noqa: E402


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["CASEBRIDGE_TEST_KEYRING"] = str(folder / "keyring.json")
        import keyring
        from tests.keyring_file import FileKeyring

        keyring.set_keyring(FileKeyring())
        hub, url, ca = start_hub(folder)
        config = folder / "hub.json"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "casebridge",
                "hub",
                "user",
                "add",
                "paralegal.jones",
                "--role",
                "cps",
                "--force",
                "60,61,62,63",
                "--config",
                str(config),
            ],
            input=PASSWORD + "\n",
            text=True,
            check=True,
            capture_output=True,
        )
        try:
            return drive(folder, url, ca, out_dir)
        finally:
            hub.terminate()
            hub.wait(30)


def drive(folder: Path, url: str, ca: Path, out_dir: Path) -> int:
    import pymupdf
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from casebridge.app import open_workspace
    from casebridge.demo.builder import DEMO_URN, build_demo
    from casebridge.ui import feedback_dialogs
    from casebridge.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)

    def workspace(name: str, user: str, operator: str) -> object:
        root = folder / name
        (root / "config").mkdir(parents=True)
        (root / "config" / "settings.json").write_text(json.dumps({"ca_bundle": str(ca), "operator_name": operator}))
        ws = open_workspace(root)
        build_services(ws).exchange.login(url, user, PASSWORD)
        return ws

    police = workspace("police", "pc4471", "PC 4471 Rees")
    cps = workspace("cps", "paralegal.jones", "Ffion Jones (CPS)")
    build_demo(build_services(police))
    first = build_services(police).exchange.send(build_services(police).exchange.queue(DEMO_URN).id)

    def wait(condition: Callable[[], bool], seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            app.processEvents()
            if time.monotonic() > deadline:
                raise RuntimeError("timed out")
            time.sleep(0.02)

    def grab(widget: QWidget, name: str) -> None:
        app.processEvents()
        widget.grab().save(str(out_dir / name))
        print(f"wrote {out_dir / name}")

    def window(ws: object) -> MainWindow:
        win = MainWindow(ws.paths)  # type: ignore[attr-defined]
        win.resize(1400, 860)
        win.show()
        win.attach(build_services(ws))
        return win

    from PySide6.QtWidgets import QMessageBox

    QMessageBox.question = lambda *_args, **_kw: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]
    reviewer = window(cps)
    grab(reviewer, "review-landing.png")  # signed in: the landing view says so and offers the inbox
    reviewer.open_inbox()
    wait(lambda: reviewer.inbox.table.rowCount() > 0)
    grab(reviewer.inbox, "review-inbox.png")
    reviewer.inbox.open_button.click()
    wait(lambda: reviewer.case_view.case is not None)
    reviewer.inbox.close()
    panel = reviewer.case_view.submissions
    wait(lambda: panel.latest_submission == first.id)
    for exhibit in cps.exhibits.for_case(DEMO_URN):  # type: ignore[attr-defined]
        status = "accepted" if exhibit.reference not in ("SE/1", "GHM/1") else "needs_action"
        note = {
            "SE/1": "Camera 3 only: is there a second camera on the door?",
            "GHM/1": "He says 9.45pm; the CCTV clock says 21:47. Which is right?",
        }.get(exhibit.reference, "")
        page = 1 if exhibit.reference == "GHM/1" else None
        cps.review.set_item(DEMO_URN, exhibit.reference, exhibit.sha256, status, note, page)  # type: ignore[attr-defined]
    panel.refresh()
    references = [panel.items.item(r, 0).text() for r in range(panel.items.rowCount())]
    panel.items.setCurrentCell(references.index("GHM/1"), 0)  # the statement opens beside the list
    wait(lambda: bool(panel.preview.pdf.pages) and panel.preview.pdf.pages[0].pixmap is not None)
    wait(lambda: panel.preview.pdf.thumbnail_count() > 0)
    time.sleep(0.5)
    app.processEvents()
    grab(reviewer, "review-viewer.png")
    panel.send_review.click()
    wait(lambda: panel.history.count() == 1)

    def ask(dialog: feedback_dialogs.FeedbackDialog) -> int:
        dialog.summary.setText("Everything else is accepted; the manager's statement is missing.")
        dialog.description.setPlainText("Statement from the shop manager about the till and the takings that night")
        dialog.witness.setCurrentIndex(dialog.witness.findData("Bethan HUGHES"))
        dialog.location.setText("Nisa Local, Queen Street, Cardiff")
        dialog.show()
        grab(dialog, "review-request.png")
        return QDialog.DialogCode.Accepted

    feedback_dialogs.FeedbackDialog.exec = ask  # type: ignore[method-assign]
    panel.request.click()
    wait(lambda: panel.history.count() == 2)
    grab(reviewer, "review-items.png")

    officer = window(police)
    officer.open_case(DEMO_URN)
    view = officer.case_view
    view.tabs.setCurrentWidget(view.submissions_tab)
    outbox = view.submissions
    outbox.check_feedback()
    wait(lambda: outbox.action_table.rowCount() == 3)
    grab(officer, "review-police-feedback.png")
    statement = folder / "MG11 Bethan Hughes.pdf"
    document = pymupdf.open()
    document.new_page().insert_text((72, 90), "MG11 Witness statement — Bethan HUGHES, shop manager")
    document.save(statement)
    build_services(police).importer.import_paths(DEMO_URN, [statement], producer="Bethan Hughes")  # type: ignore[attr-defined]
    added = next(e for e in police.exhibits.for_case(DEMO_URN) if e.original_name == statement.name)  # type: ignore[attr-defined]

    def tick(dialog: feedback_dialogs.AnswerDialog) -> int:
        for row in range(dialog.list.count()):
            if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) == added.reference:
                dialog.list.item(row).setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    feedback_dialogs.AnswerDialog.exec = tick  # type: ignore[method-assign]
    keys = [outbox.action_table.item(r, 0).text() for r in range(outbox.action_table.rowCount())]
    outbox.action_table.selectRow(keys.index("R1"))
    outbox.answer_button.click()
    build_services(police).exchange.send(build_services(police).exchange.queue(DEMO_URN).id)
    officer.close()

    reviewer.open_inbox()
    wait(lambda: reviewer.inbox.table.rowCount() > 1)
    reviewer.inbox.open_button.click()
    wait(lambda: len(cps.exhibits.for_case(DEMO_URN)) == len(police.exhibits.for_case(DEMO_URN)))  # type: ignore[attr-defined]
    reviewer.inbox.close()
    panel = reviewer.case_view.submissions
    panel.fetch_hub_lines()
    wait(
        lambda: any(
            "answers" in (panel.items.item(r, 2).text() if panel.items.item(r, 2) else "")
            for r in range(panel.items.rowCount())
        )
    )
    grab(reviewer, "review-answered.png")
    reviewer.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")))
