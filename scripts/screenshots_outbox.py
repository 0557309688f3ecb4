"""Screenshots of the police flow for the user guide: readiness check → Submit to CPS → progress → receipts,
from the real app talking to a real hub over TLS (run under Xvfb).

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots_outbox.py docs/images

Starts `casebridge hub serve` with a development certificate in a temporary folder, signs a demo workstation in
(sign-ins go to a file keyring kept in the same temporary folder), then drives the Outbox tab.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from casebridge.app import build_services

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "correct horse battery staple"


def start_hub(folder: Path) -> tuple[subprocess.Popen[bytes], str, Path]:
    import socket
    import ssl
    import urllib.request

    from casebridge.exchange.devcert import make_dev_certificates

    certs = make_dev_certificates(folder / "certs")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = folder / "hub.json"
    config.write_text(
        json.dumps(
            {
                "data_dir": str(folder / "data"),
                "port": port,
                "name": "CPS Wales hub (pilot)",
                "certificate": str(certs.certificate),
                "private_key": str(certs.private_key),
            }
        )
    )
    base = [sys.executable, "-m", "casebridge", "hub"]
    subprocess.run(
        [*base, "user", "add", "pc4471", "--role", "police", "--force", "62", "--config", str(config)],
        input=PASSWORD + "\n",
        text=True,
        check=True,
        capture_output=True,
    )
    hub = subprocess.Popen([*base, "serve", "--config", str(config)])
    url = f"https://127.0.0.1:{port}"
    context = ssl.create_default_context(cafile=str(certs.ca_certificate))
    for _ in range(300):
        try:
            urllib.request.urlopen(f"{url}/api/v1/hub", context=context, timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    return hub, url, certs.ca_certificate


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["CASEBRIDGE_TEST_KEYRING"] = str(folder / "keyring.json")
        sys.path.insert(0, str(ROOT))
        import keyring
        from tests.keyring_file import FileKeyring

        keyring.set_keyring(FileKeyring())
        hub, url, ca = start_hub(folder)
        try:
            return drive(folder, url, ca, out_dir)
        finally:
            hub.terminate()
            hub.wait(30)


def drive(folder: Path, url: str, ca: Path, out_dir: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from casebridge.app import open_workspace
    from casebridge.demo.builder import DEMO_URN, build_demo
    from casebridge.ui import hub_dialogs
    from casebridge.ui.main_window import MainWindow

    root = folder / "ws"
    (root / "config").mkdir(parents=True)
    (root / "config" / "settings.json").write_text(json.dumps({"ca_bundle": str(ca), "upload_limit_kbit": 40000}))
    ws = open_workspace(root)
    build_demo(build_services(ws))
    ws.cases.create_case("62CF0077726", title="Criminal damage, Caroline Street", officer_in_case="PC 4471 Rees")
    big = folder / "phone-extraction.bin"
    big.write_bytes(os.urandom(60 * 1024 * 1024))
    build_services(ws).importer.import_paths(DEMO_URN, [big], producer="Sarah Evans")
    build_services(ws).exchange.login(url, "pc4471", PASSWORD)

    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(ws.paths)
    window.resize(1400, 860)
    window.show()
    window.attach(build_services(ws))
    window.open_case(DEMO_URN)
    view = window.case_view
    view.tabs.setCurrentWidget(view.submissions_tab)
    panel = view.submissions

    def grab(widget: object, name: str) -> None:
        widget.grab().save(str(out_dir / name))  # type: ignore[attr-defined]
        print(f"wrote {out_dir / name}")

    def confirm(dialog: QDialog) -> int:
        dialog.show()
        app.processEvents()
        grab(dialog, "outbox-confirm.png")
        return QDialog.DialogCode.Accepted

    hub_dialogs.ConfirmSubmissionDialog.exec = confirm  # type: ignore[method-assign]
    steps = {"progress": False}

    def watch() -> None:
        app.processEvents()
        if panel.sending and not steps["progress"] and ws.outbox.listing(DEMO_URN)[0].bytes_sent > 25 * 1024 * 1024:
            steps["progress"] = True
            grab(window, "outbox-sending.png")
        if panel.sending is None and "Receipt verified" in panel.receipt_state.text():
            timer.stop()
            grab(window, "outbox-receipt.png")
            window.open_case("62CF0077726")
            warned: list[str] = []
            QMessageBox.warning = lambda _p, _t, text: warned.append(text)  # type: ignore[method-assign,assignment]
            panel.submit_button.click()
            box = QMessageBox(QMessageBox.Icon.Warning, "Not ready to submit", warned[0], parent=window)
            box.show()
            app.processEvents()
            grab(box, "outbox-blocked.png")
            box.close()
            app.quit()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(100)
    QTimer.singleShot(500, panel.submit_button.click)
    app.exec()
    window.close()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")))
