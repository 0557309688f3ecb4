"""Takes the user-guide screenshots from the real app on a real X server (run under Xvfb).

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots.py docs/images

Builds a throwaway workspace with the demo case and a few others, starts the app through the same
`run_gui` users get, and grabs each window once it is filled.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from casebridge.app import build_services, open_workspace
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.demo.live import make_live
from casebridge.ui.launch import run_gui
from casebridge.ui.main_window import MainWindow

OTHER_CASES = [
    ("01ZD0300108", "Theft from Boots, Oxford Street", "Smith", "Daniel", "TH68010"),
    ("13AB0781226", "Burglary, Headingley", "Walsh", "Kieran", "TH68046"),
    ("60NW0114526", "Assault outside the Albion, Bangor", "Parry", "Owain", "CJ88116"),
]


def build_workspace(root: Path) -> None:
    ws = open_workspace(root)
    for urn, title, surname, forenames, code in OTHER_CASES:
        ws.cases.create_case(urn, title=title, officer_in_case="DC 2201 Lee")
        person = ws.cases.add_person(urn, {"role": "suspect", "surname": surname, "forenames": forenames})
        ws.cases.add_offence(urn, {"cjs_code": code, "defendant_id": person.id})
    services = build_services(ws)
    build_demo(services)
    make_live(services, DEMO_URN, ws.clock.now())  # what My work shows on a working day (`casebridge demo --live`)
    ws.close()


def grab_screen(window: QWidget, target: Path) -> None:
    """A grab of the screen where the window is, so a native video window (libvlc) is included."""
    origin = window.mapToGlobal(window.rect().topLeft())
    screen = QApplication.primaryScreen()
    screen.grabWindow(0, origin.x(), origin.y(), window.width(), window.height()).save(str(target))
    print(f"wrote {target}")


def save(widget: QWidget, target: Path) -> None:
    widget.grab().save(str(target))
    print(f"wrote {target}")


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ws"
        build_workspace(root)

        def ready(window: MainWindow) -> None:
            window.resize(1400, 860)
            QTimer.singleShot(300, lambda: landing(window))

        def landing(window: MainWindow) -> None:
            save(window, out_dir / "my-work.png")
            window.case_list.select(DEMO_URN)
            QTimer.singleShot(300, lambda: shoot(window))

        def shoot(window: MainWindow) -> None:
            save(window, out_dir / "main-window.png")
            from casebridge.ui.new_case_dialog import NewCaseDialog
            from casebridge.ui.offence_dialog import OffenceDialog

            assert window.workspace is not None
            dialog = NewCaseDialog(window.workspace.cases, window.workspace.reference, window)
            dialog.show()
            dialog.urn.edit.setText("99ZZ1234567")
            QApplication.processEvents()
            save(dialog, out_dir / "new-case-invalid.png")
            dialog.urn.edit.setText("62CF0051926")
            dialog.title_edit.setText("Criminal damage, Cathays")
            QApplication.processEvents()
            save(dialog, out_dir / "new-case-valid.png")
            dialog.reject()
            case = window.workspace.cases.get_case(DEMO_URN)
            offences = OffenceDialog(window.workspace.reference.offences, case.defendants(), lambda v: None, window)
            offences.show()
            offences.search.setText("offensive weapon")
            offences.run_search()
            QApplication.processEvents()
            save(offences, out_dir / "add-offence.png")
            offences.reject()
            window.case_view.tabs.setCurrentWidget(window.case_view.evidence_tab)
            wait_for_thumbnails(window)

        def wait_for_thumbnails(window: MainWindow) -> None:
            panel = window.case_view.evidence
            if panel.thumbnails_busy() or panel.busy:
                QTimer.singleShot(200, lambda: wait_for_thumbnails(window))
                return
            panel.select(panel.model.exhibit(0).id)
            panel.side.setCurrentWidget(panel.editor)
            QApplication.processEvents()
            save(window, out_dir / "evidence-list.png")
            panel.grid_button.click()
            QApplication.processEvents()
            save(window, out_dir / "evidence-grid.png")
            panel.list_button.click()
            panel.side.setCurrentWidget(panel.preview)
            show(window, "SE/2", "viewer-image.png", 600)

        def show(window: MainWindow, reference: str, name: str, delay: int) -> None:
            panel = window.case_view.evidence
            target = next(
                panel.model.exhibit(r)
                for r in range(panel.model.rowCount())
                if panel.model.exhibit(r).reference == reference
            )
            panel.select(target.id)
            QTimer.singleShot(delay, lambda: after_show(window, reference, name))

        def after_show(window: MainWindow, reference: str, name: str) -> None:
            grab_screen(window, out_dir / name)
            following = {
                "SE/2": ("AK/1", "viewer-pdf.png", 1200),
                "AK/1": ("SE/1", "viewer-video.png", 2500),
                "SE/1": ("SE/5", "viewer-audio.png", 2500),
            }
            if reference in following:
                if reference == "SE/1":
                    window.case_view.evidence.preview.media.pause()
                nxt = following[reference]
                if nxt[0] in ("SE/1", "SE/5"):
                    QTimer.singleShot(10, lambda: start_media(window, *nxt))
                else:
                    show(window, *nxt)
            else:
                window.case_view.evidence.preview.media.pause()
                QTimer.singleShot(10, lambda: case_file(window))

        def case_file(window: MainWindow) -> None:
            view = window.case_view
            view.tabs.setCurrentWidget(view.casefile_tab)
            panel = view.casefile
            panel.file_type.setCurrentIndex(panel.file_type.findData("pre_charge"))
            panel.check()
            panel.go_to("section:charging:category")
            QTimer.singleShot(500, lambda: case_file_pages(window))

        def case_file_pages(window: MainWindow) -> None:
            panel = window.case_view.casefile
            save(window, out_dir / "casefile-mg3.png")
            suspect = next(p for p in panel.people if p.role.value == "suspect")
            panel.go_to(f"person:{suspect.id}:relevant_time")
            QApplication.processEvents()
            save(window, out_dir / "casefile-custody.png")
            panel.go_to("section:event:")
            QApplication.processEvents()
            save(window, out_dir / "casefile-timeline.png")
            redaction(window)

        def redaction(window: MainWindow) -> None:
            from casebridge.ui.redaction_window import RedactionWindow

            assert window.workspace is not None
            statement = window.workspace.exhibits.find_by_reference(DEMO_URN, "AK/1")
            redactor = RedactionWindow(window.services, statement)
            redactor.resize(1400, 860)
            redactor.show()
            found = redactor.service.suggest(statement, "served")
            redactor._show_suggestions(found)
            redactor.suggestion_list.item(len(found) - 1).setCheckState(Qt.CheckState.Unchecked)
            redactor.accept_suggestions(ticked_only=True)
            redactor.viewer.set_zoom(100)
            redactor.search.setText("Khan")
            QTimer.singleShot(1500, lambda: redaction_shots(window, redactor, found))

        def redaction_shots(window: MainWindow, redactor: Any, found: list[Any]) -> None:
            redactor._show_suggestions(found[-1:])
            redactor.marks.setCurrentRow(0)
            QApplication.processEvents()
            save(redactor, out_dir / "redaction-marks.png")
            redactor.approve(selected_only=False)
            redactor.preview_button.setChecked(True)
            QTimer.singleShot(
                1500, lambda: (save(redactor, out_dir / "redaction-result.png"), everywhere(window, redactor))
            )

        def everywhere(window: MainWindow, redactor: Any) -> None:
            from casebridge.ui.everywhere_dialog import EverywhereDialog

            redactor.preview_button.setChecked(False)
            phone = next(m for m in redactor.recipe.marks if m.text.replace(" ", "").isdigit())
            redactor.everywhere(phone.text, phone.reason)
            dialog = redactor.findChild(EverywhereDialog)

            def shot() -> None:
                if dialog.jobs.busy:
                    QTimer.singleShot(300, shot)
                    return
                save(dialog, out_dir / "redaction-everywhere.png")
                dialog.close()
                finish(window, redactor)

            QTimer.singleShot(500, shot)

        def finish(window: MainWindow, redactor: Any) -> None:
            redactor.close()
            media(window)

        def media(window: MainWindow) -> None:
            from PySide6.QtCore import QRectF

            from casebridge.ui.media_redaction_window import MediaRedactionWindow

            assert window.workspace is not None
            cctv = window.workspace.exhibits.find_by_reference(DEMO_URN, "SE/1")
            editor = MediaRedactionWindow(window.services, cctv)
            editor.resize(1400, 860)
            editor.show()
            editor.seek(1.0)
            width = editor.frames.width if editor.frames else 640
            editor.view.drawn.emit(QRectF(width * 0.62, 40, width * 0.2, 90))
            editor.approve(selected_only=False)
            editor.view.drawn.emit(QRectF(width * 0.1, 150, 80, 80))
            editor.timeline.selection = (2.0, 3.5)
            editor.seek(2.0)
            QTimer.singleShot(800, lambda: media_shot(window, editor))

        def media_shot(window: MainWindow, editor: Any) -> None:
            save(editor, out_dir / "media-redaction.png")
            editor.close()
            bundle(window)

        def bundle(window: MainWindow) -> None:
            view = window.case_view
            view.tabs.setCurrentWidget(view.bundle_tab)
            panel = view.bundle
            panel.build()  # stopped by the leak scan: the witness statement still carries his details
            wait_for_leaks(window, panel)

        def wait_for_leaks(window: MainWindow, panel: Any) -> None:
            if panel.busy() or panel.leaks.count() == 0 or panel.viewer.page_count() == 0:
                QTimer.singleShot(300, lambda: wait_for_leaks(window, panel))
                return
            panel.viewer.set_zoom("page")
            panel.leaks.setCurrentRow(0)
            panel.go_to_leak()
            QTimer.singleShot(1200, lambda: leaks_shot(window, panel))

        def leaks_shot(window: MainWindow, panel: Any) -> None:
            save(window, out_dir / "bundle-leaks.png")
            assert window.workspace is not None
            assert window.services is not None
            service = window.services.redaction
            for reference in ("AK/1", "GHM/1"):
                exhibit = window.workspace.exhibits.find_by_reference(DEMO_URN, reference)
                service.apply(exhibit, service.accept(exhibit, service.suggest(exhibit), approve=True))
            panel.build()
            wait_for_bundle(window, panel)

        def wait_for_bundle(window: MainWindow, panel: Any) -> None:
            if panel.busy() or panel.versions.count() == 0 or panel.viewer.page_count() == 0:
                QTimer.singleShot(300, lambda: wait_for_bundle(window, panel))
                return
            panel.viewer.set_zoom("page")
            QTimer.singleShot(1200, lambda: dcs_bundle(window, panel))

        def dcs_bundle(window: MainWindow, panel: Any) -> None:
            save(window, out_dir / "bundle.png")
            panel.profile.setCurrentIndex(panel.profile.findData("dcs"))
            panel.refresh()
            panel.build()
            wait_for_dcs(window, panel)

        def wait_for_dcs(window: MainWindow, panel: Any) -> None:
            if panel.busy() or panel.versions.count() == 0 or panel.viewer.page_count() == 0:
                QTimer.singleShot(300, lambda: wait_for_dcs(window, panel))
                return
            panel.viewer.set_zoom("page")
            panel.lists.setCurrentIndex(3)  # the pre-flight's findings
            panel.index.setCurrentRow(next(i for i, r in enumerate(panel.rows) if r["key"] == "SE/2"))
            panel.go_to_entry()
            QTimer.singleShot(1200, lambda: (save(window, out_dir / "bundle-dcs.png"), window.close()))

        def start_media(window: MainWindow, reference: str, name: str, delay: int) -> None:
            show(window, reference, name, delay)
            QTimer.singleShot(200, lambda: window.case_view.evidence.preview.media.toggle())

        return run_gui(root, on_ready=ready)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")))
