"""The main window: case list on the left, the chosen case on the right.

The window is built and shown before the workspace is open (the database layer takes longer to load than
Qt itself); `attach` connects it to the workspace as soon as that is ready.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from casebridge import __version__
from casebridge.settings import AppPaths
from casebridge.ui.case_list import CaseListPane
from casebridge.ui.jobs import JobRunner

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.ui.case_view import CaseView
    from casebridge.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.workspace: Workspace | None = None
        self.services: Services | None = None
        self.setWindowTitle(self.tr("Casebridge"))
        self.setAccessibleName(self.tr("Casebridge main window"))
        self.undo_stack = QUndoStack(self)
        self.case_list = CaseListPane(self)
        self._case_view: CaseView | None = None  # made when a case is first opened (start-up does without it)
        self._icons = False
        self.empty = QLabel(self.tr("Opening the workspace…"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("Workspace status"))
        self.landing = self._landing()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.landing)
        splitter = QSplitter()
        splitter.addWidget(self.case_list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 940])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self._build_menus()
        self.new_case_action.setEnabled(False)
        self.case_list.case_chosen.connect(self.open_case)
        self.case_list.model.deadline_close.connect(lambda text: self.announce(text, 30000))
        self.resize(1280, 800)
        self._window_state = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
        geometry = self._window_state.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.statusBar().showMessage(self.tr("Opening the workspace…"))
        self.case_list.search.setFocus()
        self.jobs = JobRunner(self)

    @property
    def case_view(self) -> CaseView:
        """The case's tabs, made the first time they are needed (its modules and widgets cost a fifth of
        start-up, and the app opens on My work)."""
        if self._case_view is None:
            from casebridge.ui.case_view import CaseView

            view = CaseView(self.undo_stack, self)
            self.stack.addWidget(view)
            view.changed.connect(lambda _urn: self.case_list.refresh())
            view.status_message.connect(self.announce)
            if self.services is not None:
                view.attach(self.services)
            if self._icons:
                view.show_icons()
            self._case_view = view
        return self._case_view

    def _landing(self) -> QWidget:
        """What the right side shows before a case is chosen: where things stand, and the way in for everyone —
        a new case, signing in to the hub, the CPS inbox."""
        page = QWidget()
        self.sign_in_state = QLabel()
        self.sign_in_state.setWordWrap(True)
        self.sign_in_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sign_in_state.setAccessibleName(self.tr("Hub sign-in"))
        self.landing_new = QPushButton(self.tr("&New case…"))
        self.landing_new.setAccessibleName(self.tr("Create a new case"))
        self.landing_sign_in = QPushButton(self.tr("Si&gn in to the hub…"))
        self.landing_sign_in.setAccessibleName(self.tr("Sign in to the hub (police or CPS)"))
        self.landing_inbox = QPushButton(self.tr("CPS &inbox…"))
        self.landing_inbox.setAccessibleName(self.tr("Open the CPS inbox of received cases"))
        self.landing_demo = QPushButton(self.tr("Try the &demo case"))
        self.landing_demo.setAccessibleName(self.tr("Add the demo case, brought to today"))
        self.landing_demo.setToolTip(
            self.tr(
                "A robbery case with statements, CCTV, a 999 call and photos, brought to today: a suspect in "
                "custody with hours left, a CPS request waiting and an interrupted upload."
            )
        )
        self.landing_demo.hide()  # only in a workspace with no cases yet
        for button in (self.landing_new, self.landing_sign_in, self.landing_inbox, self.landing_demo):
            button.setEnabled(False)
        self.landing_demo.clicked.connect(self.add_demo)
        self.landing_new.clicked.connect(self.new_case)
        self.landing_sign_in.clicked.connect(self.sign_in)
        self.landing_inbox.clicked.connect(lambda: self.open_inbox())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.landing_new, self.landing_demo, self.landing_sign_in, self.landing_inbox):
            buttons.addWidget(button)
        buttons.addStretch(1)
        from casebridge.ui.my_work import MyWork

        self.my_work = MyWork(page)
        self.my_work.open_place.connect(self.open_place)
        self.my_work.open_submission.connect(self.open_inbox)
        column = QVBoxLayout(page)
        column.addWidget(self.empty)
        column.addLayout(buttons)
        column.addWidget(self.sign_in_state)
        column.addWidget(self.my_work, 1)
        return page

    def _build_toolbar(self) -> None:
        """The day's way in, one click away: My work, a new case, a package, the hub, the inbox, undo and redo."""
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.my_work_action,
            self.new_case_action,
            self.import_package_action,
            self.sign_in_action,
            self.inbox_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _apply_icons(self) -> None:
        """Icons on the actions and the case's tabs (ui/icons.py); the font is read the first time."""
        from casebridge.ui.icons import icon

        for action, name in (
            (self.my_work_action, "my_work"),
            (self.new_case_action, "new_case"),
            (self.import_package_action, "import_package"),
            (self.sign_in_action, "sign_in"),
            (self.inbox_action, "inbox"),
            (self.undo_action, "undo"),
            (self.redo_action, "redo"),
        ):
            action.setIcon(icon(name, self))
        self._icons = True
        if self._case_view is not None:
            self._case_view.show_icons()

    def show_my_work(self) -> None:
        """Back to My work from a case."""
        self.stack.setCurrentWidget(self.landing)
        self.setWindowTitle(self.tr("Casebridge"))
        if self.workspace is not None:
            self.my_work.refresh()

    def _show_sign_in(self) -> None:
        if self.workspace is None:
            return
        from casebridge.ui.hub_signin import describe_sign_in

        self.workspace.reload_settings()
        self.sign_in_state.setText(describe_sign_in(self.workspace))
        reviewer = self.workspace.settings.hub_role == "cps"
        self.landing_inbox.setEnabled(reviewer)
        self.inbox_action.setEnabled(True)

    def attach(self, services: Services) -> None:
        """Connect to an open workspace and its services: the case list fills and every action becomes available."""
        workspace = services.workspace
        self.workspace = workspace
        self.services = services
        if self._case_view is not None:
            self._case_view.attach(services)
        self._apply_icons()
        self.case_list.attach(workspace.cases, workspace.casefile.custody_expiries)
        self.empty.setText(self.tr("Choose a case on the left, or a line of your work below."))
        self.my_work.attach(workspace, workspace.clock.now, self._hub_inbox)
        self.new_case_action.setEnabled(True)
        self.landing_new.setEnabled(True)
        self.landing_demo.setEnabled(True)
        self.landing_demo.setVisible(self.case_list.model.rowCount() == 0 and not self.case_list.search.text())
        self.landing_sign_in.setEnabled(True)
        self.sign_in_action.setEnabled(True)
        self.import_package_action.setEnabled(True)
        self.trust_action.setEnabled(True)
        self._show_sign_in()
        self.statusBar().showMessage(
            self.tr("Workspace: %1").replace("%1", str(workspace.location.root))
            if workspace.location.is_sqlite
            else self.tr("Shared database workspace")
        )
        for warning in workspace.warnings:
            self.statusBar().showMessage(warning, 15000)

    def open_requested(self, path: Path) -> None:
        """A file handed over by Windows (double-clicked .cbcase, or `--open FILE`)."""
        if not path.is_file():
            text = self.tr("%1 cannot be opened: there is no such file.").replace("%1", str(path))
        elif path.suffix.lower() == ".cbcase":
            self.import_package(path)
            return
        else:
            text = self.tr(
                "Casebridge opens case packages (.cbcase). To add %1 to a case as evidence, open the case and "
                "use Import on its Evidence tab."
            ).replace("%1", path.name)
        QMessageBox.information(self, self.tr("Open file"), text)

    def choose_package(self) -> None:
        """File ▸ Import case package: pick a .cbcase and import it."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import case package"), str(Path.home()), self.tr("Case packages (*.cbcase)")
        )
        if chosen:
            self.import_package(Path(chosen))

    def show_trust(self) -> None:
        if self.workspace is None:
            return
        from casebridge.ui.trust_dialog import TrustDialog

        TrustDialog(self.workspace, self).exec()

    def import_package(self, path: Path) -> None:
        """A case package: checked in the background (signature, schema, limits, every file's digest); if the key
        that signed it is not on the unit's trust list the user decides; then imported in one transaction."""
        if self.workspace is None:
            QMessageBox.information(self, self.tr("Open file"), self.tr("Open a workspace before importing a case."))
            return
        workspace = self.workspace

        def check(_progress: object, _cancel: object) -> tuple[Any, str | None]:
            from casebridge.exchange.package import open_package
            from casebridge.exchange.receive import sender_of

            opened = open_package(path)
            return opened, sender_of(workspace, opened.signer)

        def checked(result: object) -> None:
            assert isinstance(result, tuple)
            opened: Any = result[0]
            sender: str | None = result[1]
            if sender is None and not self._accept_unknown_sender(path, opened.signer):
                self.statusBar().showMessage(self.tr("%1 was not imported.").replace("%1", path.name), 8000)
                return
            self._import_opened(path, opened)

        self.statusBar().showMessage(self.tr("Checking %1…").replace("%1", path.name))
        self.jobs.run(check, checked, failed=lambda exc: self._package_failed(path, exc))

    def unknown_sender_box(self, path: Path, signer: str) -> tuple[QMessageBox, Any, Any]:
        """The question asked about a package signed by a key the unit does not know: (box, trust, once)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unknown sender"))
        box.setText(
            self.tr("%1 is intact, but it was signed by workstation key %2, which is not on this unit's trust list.")
            .replace("%1", path.name)
            .replace("%2", signer)
        )
        box.setInformativeText(
            self.tr(
                "Confirm the key with the sending unit by telephone or in person before you trust it. If you import "
                "it once, the audit log records that the sender was unknown."
            )
        )
        trust = box.addButton(self.tr("&Trust and import…"), QMessageBox.ButtonRole.AcceptRole)
        once = box.addButton(self.tr("Import &once"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box, trust, once

    def _accept_unknown_sender(self, path: Path, signer: str) -> bool:
        """Asks about a package signed by a key the unit does not know; True to go on importing."""
        from PySide6.QtWidgets import QInputDialog

        assert self.workspace is not None
        box, trust, once = self.unknown_sender_box(path, signer)
        box.exec()
        if box.clickedButton() is once:
            return True
        if box.clickedButton() is not trust:
            return False
        name, ok = QInputDialog.getText(
            self,
            self.tr("Trust and import"),
            self.tr("Name the workstation with key %1 (its unit and desk):").replace("%1", signer),
        )
        if not ok:
            return False
        try:
            self.workspace.trust.trust(signer, name)
        except Exception as exc:  # a blank or over-long name: say so and import nothing
            QMessageBox.information(self, self.tr("Trust and import"), str(exc))
            return False
        return True

    def _import_opened(self, path: Path, opened: Any) -> None:
        assert self.workspace is not None
        workspace = self.workspace

        def work(progress: Any, _cancel: object) -> Any:
            from casebridge.exchange.receive import import_opened

            return import_opened(workspace, opened, path.name, progress=progress)

        def done(result: Any) -> None:
            self.case_list.refresh()
            self.open_case(result.urn)
            text = self.tr(
                "Case %1 was imported from %2 with %3 exhibit(s). Its signature and the digest of every file were "
                "checked."
            )
            text = text.replace("%1", result.urn).replace("%2", path.name).replace("%3", str(result.exhibits))
            sender = (
                self.tr("Signed by %1 (key %2).").replace("%1", result.sender)
                if result.sender
                else self.tr("Signed by key %2, which is not on this unit's trust list.")
            ).replace("%2", result.signer)
            QMessageBox.information(self, self.tr("Case imported"), f"{text}\n\n{sender}")

        self.statusBar().showMessage(self.tr("Importing %1…").replace("%1", path.name))
        job = self.jobs.run(work, done, failed=lambda exc: self._package_failed(path, exc))
        job.progress.connect(lambda update: self.statusBar().showMessage(update.message))

    def _package_failed(self, path: Path, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        text = self.tr("%1 was not imported: %2").replace("%1", path.name).replace("%2", str(exc))
        QMessageBox.information(self, self.tr("Open file"), text)

    def show_open_failure(self, message: str) -> None:
        self.empty.setText(self.tr("The workspace could not be opened:\n\n%1").replace("%1", message))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.my_work_action = QAction(self.tr("&My work"), self)
        self.my_work_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.my_work_action.setToolTip(self.tr("My work: custody clocks, CPS requests, the outbox (Ctrl+Shift+H)"))
        self.my_work_action.triggered.connect(self.show_my_work)
        file_menu.addAction(self.my_work_action)
        self.new_case_action = QAction(self.tr("&New case…"), self)
        self.new_case_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_case_action.triggered.connect(self.new_case)
        file_menu.addAction(self.new_case_action)
        self.sign_in_action = QAction(self.tr("Si&gn in to the hub…"), self)
        self.sign_in_action.setEnabled(False)
        self.sign_in_action.triggered.connect(self.sign_in)
        file_menu.addAction(self.sign_in_action)
        self.inbox_action = QAction(self.tr("CPS &inbox…"), self)
        self.inbox_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.inbox_action.triggered.connect(lambda: self.open_inbox())
        file_menu.addAction(self.inbox_action)
        file_menu.addSeparator()
        self.import_package_action = QAction(self.tr("Im&port case package…"), self)
        self.import_package_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.import_package_action.setEnabled(False)
        self.import_package_action.triggered.connect(self.choose_package)
        file_menu.addAction(self.import_package_action)
        self.trust_action = QAction(self.tr("&Trusted workstations…"), self)
        self.trust_action.setEnabled(False)
        self.trust_action.triggered.connect(self.show_trust)
        file_menu.addAction(self.trust_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        find_action = QAction(self.tr("&Find case"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_search)
        edit_menu.addAction(find_action)
        edit_menu.addSeparator()
        language_menu = edit_menu.addMenu(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        from casebridge.ui.i18n import LANGUAGES

        for code, name in LANGUAGES.items():  # each language named in itself, never translated
            action = QAction(name, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked, c=code: self.switch_language(c))
            language_menu.addAction(action)
            self.language_actions[code] = action
        self.contrast_action = QAction(self.tr("High &contrast"), self)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setShortcut(QKeySequence("Ctrl+Alt+H"))
        self.contrast_action.toggled.connect(self.set_high_contrast)
        edit_menu.addAction(self.contrast_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts_action)
        logs_action = QAction(self.tr("Open &log folder"), self)
        logs_action.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.log_dir))))
        help_menu.addAction(logs_action)
        self._build_toolbar()
        about_action = QAction(self.tr("&About Casebridge"), self)
        about_action.triggered.connect(self.about)
        help_menu.addAction(about_action)

    def announce(self, text: str, timeout: int = 5000) -> None:
        """Shows a status change in the status bar and has screen readers speak it (import finished, upload failed,
        feedback arrived…)."""
        self.statusBar().showMessage(text, timeout)
        if text and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.statusBar(), text))

    def show_shortcuts(self) -> None:
        """Every keyboard shortcut and Alt key of the window, in a list a screen reader can read."""
        from casebridge.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_language(self, language: str, theme: str) -> None:
        """Ticks the language and theme in use in the Edit menu."""
        for code, action in self.language_actions.items():
            action.setChecked(code == language)
        self.contrast_action.blockSignals(True)
        self.contrast_action.setChecked(theme == "high_contrast")
        self.contrast_action.blockSignals(False)

    def set_high_contrast(self, on: bool) -> None:
        from casebridge.settings import save_user_settings
        from casebridge.ui.i18n import apply_theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, "high_contrast" if on else "standard")
        save_user_settings(self.paths, {"theme": "high_contrast" if on else "standard"})

    def switch_language(self, language: str) -> MainWindow:
        """Saves any pending edit, switches the interface language and rebuilds the window on the same case and
        tab: everything is saved as it is typed, so nothing is lost."""
        from casebridge.settings import save_user_settings
        from casebridge.ui.i18n import install_language

        if self._case_view is not None:
            self._case_view.flush_pending()
        save_user_settings(self.paths, {"language": language})
        app = QApplication.instance()
        assert app is not None
        in_use = install_language(app, language)
        replacement = MainWindow(self.paths)
        replacement.setGeometry(self.geometry())
        replacement.show()
        if self.services is not None:
            replacement.attach(self.services)
            if self._case_view is not None and self._case_view.case is not None:
                replacement.open_case(self._case_view.case.urn)
                replacement.case_view.tabs.setCurrentIndex(self.case_view.tabs.currentIndex())
        replacement.show_language(in_use, "high_contrast" if self.contrast_action.isChecked() else "standard")
        self.workspace = self.services = None  # the workspace now belongs to the new window
        self.replacement = replacement
        self.close()
        return replacement

    def _focus_search(self) -> None:
        self.case_list.search.setFocus()
        self.case_list.search.selectAll()

    def open_case(self, urn: str) -> None:
        if self.workspace is None:
            return
        if self.case_view.case is None or self.case_view.case.urn != urn:
            self.undo_stack.clear()
        self.case_view.show_case(urn)
        self.stack.setCurrentWidget(self.case_view)
        self.setWindowTitle(self.tr("%1 — Casebridge").replace("%1", urn))

    def open_place(self, urn: str, place: str) -> None:
        """A line of My work: the case, on the tab where that work is done."""
        self.open_case(urn)
        self.case_view.show_place(place)

    def sign_in(self) -> None:
        """Sign in to the hub (police or CPS) from anywhere; it takes effect at once, no restart. A CPS sign-in
        opens the inbox."""
        if self.services is None:
            return
        from casebridge.ui.hub_signin import HubSignIn

        signing = HubSignIn(self.services, self)
        self._sign_in = signing

        def done(message: str) -> None:
            self.announce(message, 15000)
            self._show_sign_in()
            if self._case_view is not None:
                self._case_view.rebuild_exchange()
            self.my_work.fetch_inbox()
            if self.workspace is not None and self.workspace.settings.hub_role == "cps":
                self.open_inbox()

        def failed(reason: str) -> None:
            self.announce(reason, 15000)
            QMessageBox.warning(self, self.tr("Sign in to the hub"), reason)

        signing.signed_in.connect(done)
        signing.failed.connect(failed)
        if signing.start():
            self.announce(self.tr("Signing in…"))

    def add_demo(self) -> None:
        """The demo case, made off the GUI thread and brought to today, so My work shows a working day at once."""
        if self.services is None or self.jobs.busy:
            return
        services = self.services
        self.landing_demo.setEnabled(False)
        self.announce(self.tr("Making the demo case…"), 0)

        def work(progress: Any, cancel: Any) -> Any:
            from casebridge.demo.builder import build_demo
            from casebridge.demo.live import make_live

            made = build_demo(services, progress=progress, cancel=cancel)
            make_live(services, made.urn, services.workspace.clock.now())
            return made.urn

        def done(urn: object) -> None:
            self.landing_demo.hide()
            self.case_list.refresh()
            self.my_work.refresh()
            self.announce(
                self.tr("The demo case %1 is ready: its custody clock, CPS request and upload are on My work.").replace(
                    "%1", str(urn)
                ),
                15000,
            )

        def failed(exc: BaseException) -> None:
            from casebridge.ui.jobs import failure_text

            self.landing_demo.setEnabled(True)
            self.announce("")
            QMessageBox.warning(self, self.tr("Demo case"), failure_text(exc))

        def moved(update: Any) -> None:
            self.announce(self.tr("Making the demo case: %1").replace("%1", str(update.message)), 0)

        job = self.jobs.run(work, done, failed=failed)
        job.progress.connect(moved)

    def _hub_inbox(self) -> list[Any]:
        """The hub's inbox as the signed-in reviewer sees it (blocking: My work asks off the GUI thread)."""
        from casebridge.exchange.review import inbox

        assert self.services is not None
        with self.services.hub_client() as client:
            return list(inbox(client))

    def open_inbox(self, submission_id: str = "") -> None:
        """The reviewer's inbox of received submissions (CPS sign-in needed), at `submission_id` if given."""
        if self.workspace is None:
            return
        self._show_sign_in()  # a sign-in made from the command line counts without a restart
        settings = self.workspace.settings
        if settings.hub_role != "cps":
            answer = QMessageBox.question(
                self,
                self.tr("CPS inbox"),
                self.tr("The inbox is for CPS reviewers. Sign in to the hub with a CPS account now?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.sign_in()
            return
        from casebridge.ui.inbox_dialog import InboxDialog

        assert self.services is not None
        dialog = InboxDialog(self.services, self)
        dialog.wanted = submission_id
        self.inbox = dialog

        def opened(urn: str) -> None:
            self.case_list.refresh()
            self.my_work.fetch_inbox()
            self.open_case(urn)
            self.case_view.tabs.setCurrentWidget(self.case_view.submissions_tab)

        dialog.opened.connect(opened)
        dialog.show()
        dialog.refresh()

    def new_case(self) -> None:
        from casebridge.ui.new_case_dialog import NewCaseDialog

        if self.workspace is None:
            return
        dialog = NewCaseDialog(self.workspace.cases, self.workspace.reference, self)
        if dialog.exec() and dialog.created_urn:
            self.case_list.search.clear()
            self.case_list.refresh()
            self.case_list.select(dialog.created_urn)
            self.open_case(dialog.created_urn)
            self.case_view.title_edit.setFocus()

    def about(self) -> None:
        reference = self.workspace.reference.version if self.workspace else "—"
        root = str(self.workspace.location.root) if self.workspace else "—"
        text = (
            self.tr("Casebridge %1\nReference data: %2\nWorkspace: %3\n\nLicensed under the GNU AGPL v3 or later.")
            .replace("%1", __version__)
            .replace("%2", reference)
            .replace("%3", root)
        )
        notices = Path(sys.executable).parent / "licenses"
        if getattr(sys, "frozen", False) and notices.is_dir():
            text += "\n" + self.tr("Licences and third-party notices: %1").replace("%1", str(notices))
        QMessageBox.about(self, self.tr("About Casebridge"), text)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._case_view is not None:
            self._case_view.flush_pending()
            self._case_view.shutdown()
        self._window_state.setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
