"""Screenshots of case-package trust for the user guide: the question asked about a package from an unknown
workstation, and File ▸ Trusted workstations (run under Xvfb).

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots_packages.py docs/images
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from casebridge.app import build_services, open_workspace
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.exchange.keys import WorkstationKey
from casebridge.exchange.package import export_package
from casebridge.ui.launch import run_gui
from casebridge.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import save


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sender = open_workspace(folder / "sender")
        build_demo(build_services(sender), derivatives=False)
        key = WorkstationKey.load_or_create(folder / "sender-key")
        package = export_package(sender, DEMO_URN, folder / f"{DEMO_URN}.cbcase", key)
        sender.close()
        (folder / "receiver" / "config").mkdir(parents=True)
        (folder / "receiver" / "config" / "settings.json").write_text('{"operator_name": "Paralegal Jones"}')
        receiver = open_workspace(folder / "receiver")
        receiver.trust.trust("5c0e93d1a7b24f68", "Cardiff FBU desk 3")
        receiver.trust.trust("b81f4a2c6d09e3a7", "Swansea custody file unit")
        receiver.close()

        def ready(window: MainWindow) -> None:
            window.resize(1280, 800)
            QTimer.singleShot(300, lambda: shoot(window))

        def shoot(window: MainWindow) -> None:
            from casebridge.ui.trust_dialog import TrustDialog

            box, _trust, _once = window.unknown_sender_box(package, key.id)
            box.show()
            QApplication.processEvents()
            save(box, out_dir / "package-unknown-sender.png")
            box.reject()
            assert window.workspace is not None
            dialog = TrustDialog(window.workspace, window)
            dialog.show()
            dialog.table.selectRow(0)
            QApplication.processEvents()
            save(dialog, out_dir / "trusted-workstations.png")
            dialog.reject()
            window.close()

        return run_gui(folder / "receiver", on_ready=ready)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")))
