"""Starts the desktop app: QApplication, exception dialog hook, main window, then the workspace.

The window appears first; the workspace (database layer, migrations) opens on a worker thread and is
attached when ready, so start-up costs little more than a bare Qt window.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

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


def run_gui(
    workspace: str | Path | None = None,
    *,
    on_shown: Callable[[Any], None] | None = None,
    on_ready: Callable[[Any], None] | None = None,
    open_file: str | None = None,
    on_listed: Callable[[Any], None] | None = None,
) -> int:
    """Runs the app until the main window closes. `on_shown` (window shown), `on_listed` (the case list first
    filled) and `on_ready` (the workspace open, every action available) are start-up probes for benchmarks.

    `open_file` is a file Windows handed over (a double-clicked .cbcase), dealt with once the workspace is open.
    """
    app = make_application()
    from casebridge.settings import AppPaths
    from casebridge.ui.main_window import MainWindow
    from casebridge.ui.workers import BackgroundJob

    _install_exception_hook()
    paths = AppPaths.resolve(workspace)
    from casebridge.settings import load_settings
    from casebridge.ui.i18n import apply_theme, install_language

    settings = load_settings(paths).settings  # a small file read: language and theme before the first window
    language = install_language(app, settings.language)
    theme = apply_theme(app, settings.theme)
    window = MainWindow(paths)
    window.show_language(language, theme)
    listed = _glance(window, paths, settings)
    window.show()
    if on_shown is not None:
        on_shown(window)
    if listed and on_listed is not None:
        on_listed(window)

    def open_it(_progress: object, _cancel: object) -> object:
        from casebridge.app import build_services, open_workspace
        from casebridge.ui.icons import preload

        services = build_services(open_workspace(workspace))
        preload()  # the icon library's import, off the GUI thread
        return services

    def opened(services: Any) -> None:
        window.attach(services)
        if open_file:
            window.open_requested(Path(open_file))
        if not listed and on_listed is not None:
            on_listed(window)
        if on_ready is not None:
            on_ready(window)

    def failed(exc: BaseException) -> None:
        from casebridge.errors import CasebridgeError

        if not isinstance(exc, CasebridgeError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        window.show_open_failure(str(exc))
        QMessageBox.critical(
            window,
            QCoreApplication.translate("Launch", "Casebridge cannot open the workspace"),
            QCoreApplication.translate("Launch", "The workspace could not be opened:\n\n{0}").format(exc),
        )

    job = BackgroundJob(open_it, window)
    job.finished.connect(opened)
    job.failed.connect(failed)
    job.start()
    code = app.exec()
    while getattr(window, "replacement", None) is not None:  # the language was switched: a newer window
        window = window.replacement
    if window.services is not None:
        window.services.close()
    return code


def _glance(window: Any, paths: Any, settings: Any) -> bool:
    """Fills the case list from a SQLite workspace before it opens (store/glance.py); False if it cannot."""
    from casebridge.settings import resolve_workspace
    from casebridge.store.glance import case_list_glance

    location = resolve_workspace(paths, settings)
    database = location.sqlite_file
    found = case_list_glance(database) if database is not None else None
    if not found or not found[0]:
        return False
    window.case_list.show_glance(*found)
    return True


def _install_exception_hook() -> None:
    """Unhandled exceptions go to the error report dialog; its module (and logging's handlers) is imported when
    one arrives, not at start-up."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from casebridge.ui.exception_dialog import handle_exception

        handle_exception(exc_type, exc, tb)

    sys.excepthook = hook
