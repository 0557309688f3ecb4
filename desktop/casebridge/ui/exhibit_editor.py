"""Edit one exhibit (reference, producer, when seized, description) and read its continuity log."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebridge.domain.exhibit import Exhibit, continuity_text
from casebridge.domain.when import uk_datetime
from casebridge.errors import CasebridgeError
from casebridge.ui.style import set_role

if TYPE_CHECKING:
    from casebridge.workspace import Workspace


class ExhibitEditor(QWidget):
    saved = Signal(int)  # exhibit id
    problem = Signal(str)  # a rejected value, for the status bar and screen readers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = None
        self.exhibit: Exhibit | None = None
        self._loading = False
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Exhibit reference"))
        self.producer = QComboBox()
        self.producer.setAccessibleName(self.tr("Producer"))
        self.seized = QLineEdit()
        self.seized.setAccessibleName(self.tr("Seized or received (date and time)"))
        self.seized.setPlaceholderText(self.tr("dd/mm/yyyy hh:mm"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Exhibit description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Automatic description"))
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setAccessibleName(self.tr("File and fingerprint"))
        self.note = QLabel()  # what the OCR run says
        set_role(self.note, "error")
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Searchable copy"))
        self.note.hide()
        self.problems: dict[str, QLabel] = {}  # each field's own problem line, right under it
        self._last_problem = "reference"
        self.continuity = QListWidget()
        self.continuity.setAccessibleName(self.tr("Continuity log"))
        self.continuity.setWordWrap(True)
        self.ocr_button = QPushButton(self.tr("Make &searchable copy (OCR)"))
        self.ocr_button.setAccessibleName(self.tr("Read the text of this picture or scan"))
        self.ocr_button.clicked.connect(self.make_searchable)
        self.record_button = QPushButton(self.tr("Record hand&ling…"))
        self.record_button.setAccessibleName(self.tr("Record handling of this exhibit"))
        form = QFormLayout()
        for field, text, widget in (
            ("reference", self.tr("&Reference:"), self.reference),
            ("producer_id", self.tr("Prod&ucer:"), self.producer),
            ("seized_at", self.tr("Sei&zed/received:"), self.seized),
            ("description", self.tr("Des&cription:"), self.description),
        ):
            problem = QLabel()
            set_role(problem, "error")
            problem.setWordWrap(True)
            problem.setAccessibleName(self.tr("Problem with %1").replace("%1", text.replace("&", "").rstrip(":")))
            problem.hide()
            self.problems[field] = problem
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(widget)
            cell_layout.addWidget(problem)
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, cell)
        form.addRow(self.tr("Automatic:"), self.summary)
        form.addRow(self.tr("File:"), self.file_label)
        details = QGroupBox(self.tr("Exhibit"))
        inner = QVBoxLayout(details)
        inner.addLayout(form)
        inner.addWidget(self.ocr_button)
        inner.addWidget(self.note)
        log_box = QGroupBox(self.tr("Continuity"))
        log_layout = QVBoxLayout(log_box)
        log_layout.addWidget(self.continuity)
        log_layout.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(details)
        layout.addWidget(log_box, 1)
        self.reference.editingFinished.connect(lambda: self._save("reference", self.reference.text()))
        self.seized.editingFinished.connect(lambda: self._save("seized_at", self.seized.text()))
        self.producer.activated.connect(lambda _i: self._save("producer_id", self.producer.currentData()))
        self._description_timer = QTimer(self)
        self._description_timer.setSingleShot(True)
        self._description_timer.setInterval(800)
        self._description_timer.timeout.connect(self.flush_pending)
        self.description.textChanged.connect(self._description_changed)
        self.record_button.clicked.connect(self.record_handling)
        self.setEnabled(False)

    @property
    def error(self) -> QLabel:
        """The problem line of the field rejected last."""
        return self.problems[self._last_problem]

    def attach(self, workspace: Workspace) -> None:
        self._ws = workspace

    def show_exhibit(self, exhibit: Exhibit | None) -> None:
        if self._description_timer.isActive():
            self.flush_pending()
        self.exhibit = exhibit
        self.setEnabled(exhibit is not None and self._ws is not None)
        self._loading = True
        try:
            for problem in (*self.problems.values(), self.note):
                problem.hide()
            if exhibit is None or self._ws is None:
                for edit in (self.reference, self.seized):
                    edit.clear()
                self.description.clear()
                self.summary.clear()
                self.file_label.clear()
                self.continuity.clear()
                return
            self.reference.setText(exhibit.reference)
            self.ocr_button.setVisible(exhibit.kind == "image" or exhibit.media_type == "application/pdf")
            self.seized.setText(exhibit.seized_at.strftime("%d/%m/%Y %H:%M") if exhibit.seized_at else "")
            if self.description.toPlainText() != exhibit.description:
                self.description.setPlainText(exhibit.description)
            summary = exhibit.summary + (f"\n⚠ {exhibit.problem}" if exhibit.problem else "")
            self.summary.setText(summary)
            self.file_label.setText(f"{exhibit.original_name}\nSHA-256 {exhibit.sha256}")
            self.producer.clear()
            self.producer.addItem(self.tr("(none)"), None)
            for person in self._ws.cases.get_case(exhibit.case_urn).people:
                self.producer.addItem(f"{person.forenames} {person.surname.upper()}".strip(), person.id)
            self.producer.setCurrentIndex(max(0, self.producer.findData(exhibit.producer_id)))
            self._load_continuity(exhibit.id)
        finally:
            self._loading = False

    def _load_continuity(self, exhibit_id: int) -> None:
        assert self._ws is not None
        self.continuity.clear()
        for event in self._ws.exhibits.continuity(exhibit_id):
            self.continuity.addItem(
                f"{uk_datetime(event.at)} — {continuity_text(event.action, event.before, event.after)} — {event.actor}"
            )

    def _description_changed(self) -> None:
        if not self._loading:
            self._description_timer.start()

    def flush_pending(self) -> None:
        """Saves a description still being typed (debounced so one edit is one audit entry)."""
        self._description_timer.stop()
        if self.exhibit is not None and self.description.toPlainText() != self.exhibit.description:
            self._save("description", self.description.toPlainText())

    def _save(self, field: str, value: Any) -> None:
        if self._loading or self.exhibit is None or self._ws is None:
            return
        try:
            old, new = self._ws.exhibits.update(self.exhibit.id, field, value)
        except CasebridgeError as exc:
            self.problems[field].setText(str(exc))
            self.problems[field].show()
            self._last_problem = field
            self.problem.emit(str(exc))
            return
        self.problems[field].hide()
        if old != new:
            self.exhibit = self._ws.exhibits.get(self.exhibit.id)
            self._load_continuity(self.exhibit.id)
            self.saved.emit(self.exhibit.id)

    def make_searchable(self) -> None:
        """OCR runs for a few seconds: on a worker thread, the button says so meanwhile."""
        from casebridge.ui.workers import BackgroundJob

        if self.exhibit is None or self._ws is None:
            return
        ws, exhibit = self._ws, self.exhibit

        def work(_progress: Any, _cancel: Any) -> str | None:
            from casebridge.evidence.derivatives import make_searchable

            return make_searchable(ws, exhibit)

        def done(note: str | None) -> None:
            self.ocr_button.setEnabled(True)
            self.ocr_button.setText(self.tr("Make &searchable copy (OCR)"))
            if note:
                self.note.setText(note)
                self.note.show()
            elif self.exhibit is not None and self.exhibit.id == exhibit.id:
                self._load_continuity(exhibit.id)
            self.saved.emit(exhibit.id)

        self.ocr_button.setEnabled(False)
        self.ocr_button.setText(self.tr("Reading the text…"))
        self._ocr_job = BackgroundJob(work, self)
        self._ocr_job.finished.connect(done)
        self._ocr_job.failed.connect(lambda exc: done(str(exc)))
        self._ocr_job.start()

    def record_handling(self) -> None:
        if self.exhibit is None or self._ws is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Record handling"),
            self.tr("What was done with %1 (for example: booked into store, locker 14)?").replace(
                "%1", self.exhibit.reference
            ),
        )
        if ok and text.strip():
            self._ws.exhibits.record_handling(self.exhibit.id, text)
            self._load_continuity(self.exhibit.id)
