"""Starts the desktop app: QApplication, exception dialog hook, workspace, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from casebridge import __version__


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Casebridge")
    QCoreApplication.setApplicationName("Casebridge")
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return app


def run_gui(workspace: str | Path | None = None) -> int:
    app = make_application()
    from casebridge.ui.exception_dialog import install_exception_hook

    install_exception_hook()
    from casebridge.app import open_workspace
    from casebridge.errors import CasebridgeError

    try:
        ws = open_workspace(workspace)
    except CasebridgeError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Launch", "Casebridge cannot start"),
            QCoreApplication.translate("Launch", "The workspace could not be opened:\n\n{0}").format(exc),
        )
        return 1
    from casebridge.ui.main_window import MainWindow

    window = MainWindow(ws)
    window.show()
    for warning in ws.warnings:
        window.statusBar().showMessage(warning, 15000)
    code = app.exec()
    ws.close()
    return code
