"""An unexpected error becomes a dialog with a copyable report (scrubbed of personal data), never a crash."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebridge import __version__
from casebridge.logs import scrub

log = logging.getLogger(__name__)


def error_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """Version, platform and traceback. Exception messages are scrubbed: they can quote user data."""
    frames = "".join(traceback.format_tb(tb))
    return scrub(
        f"Casebridge {__version__}\nPython {platform.python_version()} on {platform.platform()}\n\n"
        f"Traceback (most recent call last):\n{frames}{exc_type.__name__}: {exc}\n"
    )


class ExceptionDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAccessibleName(self.tr("Error report"))
        intro = QLabel(
            self.tr(
                "Casebridge hit an unexpected problem. Your saved work is safe. Copy the report below and send it "
                "to your IT service desk; it contains no case details."
            )
        )
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Error report text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.setAccessibleName(self.tr("Copy report to clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An exception nothing caught: logged (scrubbed) and shown in the error report dialog."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report = error_report(exc_type, exc, tb)
    log.error("Unhandled exception\n%s", report)
    if QCoreApplication.instance() is not None:
        ExceptionDialog(report).exec()


def install_exception_hook() -> None:
    """The hook imports this module (and the logging it needs) only when an exception arrives: start-up does not
    pay for it (`ui/launch.py` installs it this way)."""
    sys.excepthook = handle_exception
