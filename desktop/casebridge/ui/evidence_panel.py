"""The evidence panel of a case: import (buttons or drag and drop), list or grid with thumbnails,
filter and search (descriptions and document/OCR text), the exhibit editor and integrity check.

Imports, derivatives, thumbnails and verification run on worker threads with progress and cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casebridge.jobs import ProgressUpdate
from casebridge.ui.exhibit_editor import ExhibitEditor
from casebridge.ui.exhibit_model import KIND_LABELS, ExhibitModel
from casebridge.ui.fitting import ColumnsByWidth, RowWhenNarrow
from casebridge.ui.jobs import JobRunner
from casebridge.ui.preview_pane import PreviewPane
from casebridge.ui.workers import BackgroundJob, finish_background_work

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.domain.exhibit import Exhibit
    from casebridge.evidence.importer import ImportReport
    from casebridge.workspace import Workspace


class EvidencePanel(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = None
        self.urn: str | None = None
        self._job: BackgroundJob | None = None
        self.thumbnail_jobs = JobRunner(self)
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Evidence"))

        self.import_files_button = QPushButton(self.tr("I&mport files…"))
        self.import_files_button.setAccessibleName(self.tr("Import files"))
        self.import_folder_button = QPushButton(self.tr("Import f&older…"))
        self.import_folder_button.setAccessibleName(self.tr("Import a folder"))
        self.import_other_button = QToolButton()  # an icon beside the two imports (its words when icons are off)
        self.import_other_button.setText(self.tr("Other producer…"))
        self.import_other_button.setAccessibleName(self.tr("Import files produced by someone else"))
        self.import_other_button.setToolTip(
            self.tr(
                "Import files produced or seized by someone else — a CCTV operator, a witness — adding them "
                "to the case if they are not on it yet."
            )
        )
        self.verify_button = QPushButton(self.tr("&Verify integrity"))
        self.verify_button.setAccessibleName(self.tr("Verify integrity of this case's exhibits"))
        self.redact_button = QPushButton(self.tr("Red&act…"))
        self.redact_button.setAccessibleName(self.tr("Redact the selected exhibit"))
        self.redact_button.setToolTip(self.tr("Mark what to remove, approve, then make a verified redacted copy."))
        self.redaction_windows: list[QWidget] = []
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show type"))
        self.kind_filter.addItem(self.tr("All types"), None)
        for kind, label in KIND_LABELS.items():
            self.kind_filter.addItem(self.tr(label), kind)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search exhibits"))
        self.search.setPlaceholderText(self.tr("Search descriptions and document text"))
        self.search.setClearButtonEnabled(True)
        self.list_button = QPushButton(self.tr("List"))
        self.list_button.setAccessibleName(self.tr("Show as list"))
        self.grid_button = QPushButton(self.tr("Grid"))
        self.grid_button.setAccessibleName(self.tr("Show as grid of thumbnails"))
        for button in (self.list_button, self.grid_button):
            button.setCheckable(True)
        self.list_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.list_button)
        group.addButton(self.grid_button)

        self.model = ExhibitModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Exhibits"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setIconSize(QSize(48, 36))
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ExhibitModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)  # wraps, whole
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # reference and description always; the rest as the table gets wider (the description takes what is left)
        self.columns = ColumnsByWidth(
            self.table,
            (
                (ExhibitModel.SEIZED, 560),
                (ExhibitModel.PRODUCER, 680),
                (ExhibitModel.KIND, 780),
                (ExhibitModel.SIZE, 860),
            ),
        )
        self.grid = QListView()
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Exhibit thumbnails"))
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(128, 96))
        self.grid.setGridSize(QSize(150, 130))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setSelectionModel(self.table.selectionModel())
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.grid)
        self.editor = ExhibitEditor()
        self.preview = PreviewPane()
        self.side = QTabWidget()
        self.side.tabBar().setAccessibleName(self.tr("Exhibit preview and details"))
        self.side.setAccessibleName(self.tr("Exhibit preview and details"))
        self.side.addTab(self.preview, self.tr("&Preview"))
        self.side.addTab(self.editor, self.tr("De&tails"))
        self.drop_hint = QLabel(self.tr("Drag files or folders here to import them into this case."))
        self.drop_hint.setAccessibleName(self.tr("Import hint"))

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running import"))
        self.resume_label = QLabel()
        self.resume_button = QPushButton(self.tr("Finish interrupted import"))
        self.resume_button.setAccessibleName(self.tr("Finish interrupted import"))
        self.discard_button = QPushButton(self.tr("Discard it"))
        self.discard_button.setAccessibleName(self.tr("Discard interrupted import"))

        tools = QHBoxLayout()
        for widget in (self.import_files_button, self.import_folder_button, self.import_other_button):
            tools.addWidget(widget)
        tools.addWidget(self.kind_filter)
        tools.addWidget(self.search, 1)
        self.view_tools = QWidget()  # on the row while there is room, on a row of its own under it when not
        view_row = QHBoxLayout(self.view_tools)
        view_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.list_button, self.grid_button, self.redact_button, self.verify_button):
            view_row.addWidget(widget)
        tools.addWidget(self.view_tools)
        tools_below = QHBoxLayout()
        self.job_bar = QWidget()
        job_row = QHBoxLayout(self.job_bar)
        job_row.setContentsMargins(0, 0, 0, 0)
        job_row.addWidget(self.progress_label)
        job_row.addWidget(self.progress, 1)
        job_row.addWidget(self.cancel_button)
        self.job_bar.hide()
        self.jobs = JobRunner(self, progress=self.progress, failed=self._failed)  # imports and checks, one at a time
        self.jobs.busy_changed.connect(self._busy)
        self.resume_bar = QWidget()
        resume_row = QHBoxLayout(self.resume_bar)
        resume_row.setContentsMargins(0, 0, 0, 0)
        resume_row.addWidget(self.resume_label, 1)
        resume_row.addWidget(self.resume_button)
        resume_row.addWidget(self.discard_button)
        self.resume_bar.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.views, 1)
        left_layout.addWidget(self.drop_hint)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 560])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addLayout(tools_below)
        self._view_row = RowWhenNarrow(self, tools, tools_below, self.view_tools)
        layout.addWidget(self.resume_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.job_bar)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.kind_filter.activated.connect(lambda _i: self.refresh())
        self.list_button.toggled.connect(lambda on: self.views.setCurrentWidget(self.table if on else self.grid))
        self.import_files_button.clicked.connect(self.choose_files)
        self.import_folder_button.clicked.connect(self.choose_folder)
        self.import_other_button.clicked.connect(self.import_from_someone_else)
        self.verify_button.clicked.connect(self.verify)
        self.redact_button.clicked.connect(self.redact)
        self.cancel_button.clicked.connect(self.cancel)
        self.resume_button.clicked.connect(self.resume)
        self.discard_button.clicked.connect(self.discard)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.thumbnails_wanted.connect(self._load_thumbnails)
        self.editor.saved.connect(lambda _id: self.refresh())
        self.editor.problem.connect(self.status_message)
        self.preview.still_saved.connect(self._still_saved)

    # ----- wiring -----
    def attach(self, services: Services) -> None:
        from casebridge.ui.icons import icon

        self._services = services
        self._ws = services.workspace
        drawn = icon("other_producer", self.import_other_button)
        if not drawn.isNull():
            self.import_other_button.setIcon(drawn)
            self.import_other_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.editor.attach(services.workspace)
        self.preview.attach(services)

    def show_case(self, urn: str) -> None:
        self.urn = urn
        self.search.clear()
        self.refresh()
        self._check_interrupted()

    def refresh(self) -> None:
        if self._ws is None or self.urn is None:
            return
        current = self.current_exhibit()
        exhibits = self._ws.exhibits.for_case(self.urn, self.search.text(), self.kind_filter.currentData())
        self.model.set_exhibits(exhibits)
        self.drop_hint.setVisible(not exhibits and not self.search.text())
        if current is not None:
            self.select(current.id)
        elif exhibits:
            self.select(exhibits[0].id)
        else:
            self.editor.show_exhibit(None)
            self.preview.show_exhibit(None)

    def current_exhibit(self) -> Exhibit | None:
        index = self.table.currentIndex()
        return self.model.exhibit(index.row()) if index.isValid() else None

    def select(self, exhibit_id: int) -> None:
        row = self.model.row_of(exhibit_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
            self.editor.show_exhibit(self.model.exhibit(row))
            if self.preview.exhibit is None or self.preview.exhibit.id != exhibit_id:
                self.preview.show_exhibit(self.model.exhibit(row))

    def _current_changed(self, current: Any, _previous: Any) -> None:
        exhibit = self.model.exhibit(current.row()) if current.isValid() else None
        self.editor.show_exhibit(exhibit)
        if exhibit is None or self.preview.exhibit is None or exhibit.id != self.preview.exhibit.id:
            self.preview.show_exhibit(exhibit)

    def redact(self) -> QWidget | None:
        """Open the redaction workspace for the selected exhibit (a PDF, a converted document or an image)."""
        exhibit = self.current_exhibit()
        if exhibit is None or self._ws is None:
            return None
        from casebridge.errors import CasebridgeError

        try:
            if exhibit.kind in ("video", "audio"):
                from casebridge.ui.media_redaction_window import MediaRedactionWindow

                window: Any = MediaRedactionWindow(self._services, exhibit)
            else:
                from casebridge.ui.redaction_window import RedactionWindow

                window = RedactionWindow(self._services, exhibit)
        except CasebridgeError as exc:
            self.status_message.emit(str(exc))
            return None
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.copy_made.connect(self._copy_made)
        window.status_message.connect(self.status_message)
        window.destroyed.connect(
            lambda *_: self.redaction_windows.remove(window) if window in self.redaction_windows else None
        )
        self.redaction_windows.append(window)
        window.show()
        shown: QWidget = window
        return shown

    def _copy_made(self, exhibit_id: int) -> None:
        self.refresh()
        self.changed.emit()
        self.status_message.emit(self.tr("Redacted copy added to the exhibits."))

    def _still_saved(self, still: Exhibit) -> None:
        self.refresh()
        self.status_message.emit(self.tr("Still saved as %1").replace("%1", still.reference))

    # ----- import -----
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files into %1").replace("%1", self.urn or ""))
        if files:
            self.import_paths([Path(f) for f in files])

    def import_from_someone_else(self) -> None:
        """Files produced by someone other than the case's officer: choose them (or add them), then the files."""
        if self._ws is None or self.urn is None:
            return
        from casebridge.ui.producer_dialog import ProducerDialog

        dialog = ProducerDialog(self._ws, self.urn, self)
        if not dialog.exec() or dialog.producer is None:
            return
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files into %1").replace("%1", self.urn))
        if files:
            self.import_paths([Path(f) for f in files], producer=dialog.producer)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import a folder into %1").replace("%1", self.urn or "")
        )
        if folder:
            self.import_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.urn is not None and self._job is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def choose_producer(self) -> int | None:
        """The officer on the case when there is exactly one; otherwise ask who produced the items."""
        if self._ws is None or self.urn is None:
            return None
        people = self._ws.cases.get_case(self.urn).people
        officers = [p for p in people if p.role.value == "officer"]
        if len(officers) == 1:
            return officers[0].id
        if not people:  # nobody on the case yet: say who, adding them there and then
            from casebridge.ui.producer_dialog import ProducerDialog

            dialog = ProducerDialog(self._ws, self.urn, self)
            return dialog.producer if dialog.exec() else None
        choices = [f"{p.forenames} {p.surname.upper()} ({p.role.label})".strip() for p in people]
        preferred = people.index(officers[0]) if officers else 0
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Who produced these items?"),
            self.tr("Producer (their initials start the exhibit references):"),
            choices,
            preferred,
            False,
        )
        return people[choices.index(choice)].id if ok else None

    def import_paths(self, paths: list[Path], producer: int | str | None = None) -> BackgroundJob | None:
        if self._ws is None or self.urn is None or self._job is not None:
            return None
        if producer is None:
            producer = self.choose_producer()
            if producer is None:
                return None
        ws, urn, importer = self._ws, self.urn, self._services.importer

        def work(progress: Any, cancel: Any) -> tuple[ImportReport, list[str]]:
            from casebridge.evidence.derivatives import make_derivatives

            report = importer.import_paths(urn, paths, producer=producer, progress=progress, cancel=cancel)
            notes = make_derivatives(ws, report, progress=progress, cancel=cancel)
            return report, notes

        return self._start(work, self.tr("Importing"), self._import_finished)

    def resume(self) -> None:
        if self._ws is None:
            return
        importer = self._services.importer
        self._start(
            lambda progress, cancel: (importer.resume(progress=progress, cancel=cancel), []),
            self.tr("Finishing interrupted import"),
            self._import_finished,
        )

    def discard(self) -> None:
        if self._ws is not None:
            count = self._services.importer.discard_pending()
            self.status_message.emit(self.tr("Discarded %n interrupted item(s).", "", count))
            self._check_interrupted()

    def _check_interrupted(self) -> None:
        if self._ws is None:
            return
        pending = self._services.importer.pending()
        self.resume_bar.setVisible(bool(pending) and self._job is None)
        self.resume_label.setText(self.tr("An import was interrupted: %n file(s) not yet finished.", "", len(pending)))

    def _import_finished(self, result: tuple[ImportReport, list[str]]) -> None:
        report, notes = result
        self.refresh()
        self._check_interrupted()
        self.changed.emit()
        summary = self.tr("%1 imported, %2 already in the case, %3 could not be imported, %4 skipped.")
        summary = (
            summary.replace("%1", str(report.imported))
            .replace("%2", str(report.count("duplicate")))
            .replace("%3", str(report.count("failed")))
            .replace("%4", str(report.count("skipped")))
        )
        details = [o.message for o in report.outcomes if o.status != "done"] + notes
        self.last_report = (report, notes)
        self.status_message.emit(summary)
        if details:
            box = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Import finished"), summary, QMessageBox.StandardButton.Ok, self
            )
            box.setDetailedText("\n".join(details))
            box.setInformativeText(self.tr("Some items need your attention: see the details."))
            box.open()

    # ----- verify -----
    def verify(self) -> None:
        if self._ws is None or self.urn is None:
            return
        ws, urn = self._ws, self.urn

        def work(progress: Any, cancel: Any) -> tuple[int, list[str]]:
            exhibits = ws.exhibits.for_case(urn)
            digests = sorted({e.sha256 for e in exhibits})
            problems = ws.vault.verify(
                digests, on_item=lambda i, n: progress(ProgressUpdate(i, n, "Checking")), cancel=cancel
            )
            by_digest = {e.sha256: e.reference for e in exhibits}
            return len(digests), [f"{by_digest[p.digest]}: stored copy {p.message}" for p in problems]

        self._start(work, self.tr("Verifying"), self._verify_finished)

    def _verify_finished(self, result: tuple[int, list[str]]) -> None:
        checked, problems = result
        self.last_verify = result
        if problems:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                self.tr("Integrity problem"),
                self.tr("%n exhibit(s) no longer match their fingerprint.", "", len(problems)),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setDetailedText("\n".join(problems))
            box.open()
        else:
            self.status_message.emit(self.tr("All %n stored item(s) match their fingerprints.", "", checked))

    # ----- background plumbing -----
    def _start(self, work: Any, label: str, done: Any) -> BackgroundJob:
        self.progress_label.setText(label)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        job = self.jobs.run(work, done)
        self._job = job
        return job

    def _busy(self, busy: bool) -> None:
        """While an import or check runs: its bar shows, the buttons that would start another wait."""
        if not busy:
            self._job = None
        self.job_bar.setVisible(busy)
        if busy:
            self.resume_bar.hide()
        for button in (self.import_files_button, self.import_folder_button, self.import_other_button):
            button.setEnabled(not busy)
        self.verify_button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        import sys

        from casebridge.errors import CasebridgeError

        self.refresh()
        self._check_interrupted()
        if isinstance(exc, CasebridgeError):
            self.status_message.emit(str(exc))
            QMessageBox.warning(self, self.tr("Could not finish"), str(exc))
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.progress_label.setText(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        """Cancel and wait for background work; called when the window closes."""
        self.jobs.cancel_all()
        self.thumbnail_jobs.cancel_all()
        self.preview.shutdown()
        finish_background_work()

    @property
    def busy(self) -> bool:
        return self._job is not None

    # ----- thumbnails -----
    def _load_thumbnails(self, exhibits: list[Exhibit]) -> None:
        if self._ws is None:
            return
        ws = self._ws
        model = self.model

        def work(progress: Any, cancel: Any) -> None:
            from casebridge.evidence.derivatives import thumbnail

            for index, exhibit in enumerate(exhibits, start=1):
                if cancel.cancelled:
                    return
                if thumbnail(ws, exhibit):
                    progress(ProgressUpdate(index, len(exhibits), exhibit.sha256))

        def show(update: ProgressUpdate) -> None:
            from casebridge.evidence.derivatives import stored_thumbnail

            data = stored_thumbnail(ws, update.message)
            if data:
                model.set_thumbnail(update.message, data)

        self.thumbnail_jobs.run(work, lambda _r: None, show=False).progress.connect(show)

    def thumbnails_busy(self) -> bool:
        return self.thumbnail_jobs.busy
