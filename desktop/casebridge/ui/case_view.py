"""One case: header, people and offences. Every edit is saved at once (autosave) and can be undone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casebridge.domain.case import Case, CaseStatus
from casebridge.errors import CasebridgeError
from casebridge.reference_data import ReferenceData
from casebridge.ui.case_tables import OffencesTable, PeopleTable, RoleDelegate
from casebridge.ui.domain_text import dt
from casebridge.ui.style import set_role
from casebridge.ui.undo import FieldEditCommand

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.store.cases import CaseStore, FieldChange
    from casebridge.ui.casefile_panel import CaseFilePanel
    from casebridge.ui.evidence_panel import EvidencePanel
    from casebridge.workspace import Workspace


class CaseView(QWidget):
    """Shows the case whose URN is set with `show_case`; emits `changed(urn)` after every save."""

    changed = Signal(str)
    status_message = Signal(str)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: CaseStore | None = None
        self._reference_data: ReferenceData | None = None
        self._undo = undo_stack
        self.case: Case | None = None
        self._loading = False

        self.urn_label = QLabel()
        self.urn_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.urn_label.setAccessibleName(self.tr("URN and force"))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Case title"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Case status"))
        for status in CaseStatus:
            self.status_combo.addItem(dt(status.label), status.value)
        self.oic_edit = QLineEdit()
        self.oic_edit.setAccessibleName(self.tr("Officer in the case"))
        self.crime_ref_edit = QLineEdit()
        self.crime_ref_edit.setAccessibleName(self.tr("Crime reference"))
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setAccessibleName(self.tr("Case summary"))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(90)
        self.field_error = QLabel()
        set_role(self.field_error, "error")
        self.field_error.setWordWrap(True)
        self.field_error.setAccessibleName(self.tr("Problem with the last edit"))
        self.field_error.hide()
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Save status"))

        header = QGroupBox(self.tr("Case"))
        form = QFormLayout(header)
        form.addRow(self.tr("URN:"), self.urn_label)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("&Officer in the case:"), self.oic_edit)
        form.addRow(self.tr("Crime &reference:"), self.crime_ref_edit)
        form.addRow(self.tr("Su&mmary:"), self.summary_edit)

        self.people_model = PeopleTable(self._edit_person, self)
        self.people_table = self._table(self.people_model, self.tr("People on the case"))
        self.people_table.setItemDelegateForColumn(0, RoleDelegate(self.people_table))
        self.add_person_button = QPushButton(self.tr("Add &person…"))
        self.add_person_button.setAccessibleName(self.tr("Add person"))
        self.remove_person_button = QPushButton(self.tr("Remove person"))
        self.remove_person_button.setAccessibleName(self.tr("Remove selected person"))
        self.letter_button = QPushButton(self.tr("&Write letter…"))
        self.letter_button.setAccessibleName(self.tr("Write a letter to the selected person in their language"))
        people_box = self._section(
            self.tr("People"),
            self.people_table,
            [self.add_person_button, self.remove_person_button, self.letter_button],
        )

        self.offences_model = OffencesTable(self._edit_offence, self)
        self.offences_table = self._table(self.offences_model, self.tr("Offences on the case"))
        self.add_offence_button = QPushButton(self.tr("Add offen&ce…"))
        self.add_offence_button.setAccessibleName(self.tr("Add offence"))
        self.remove_offence_button = QPushButton(self.tr("Remove offence"))
        self.remove_offence_button.setAccessibleName(self.tr("Remove selected offence"))
        offences_header = self.offences_table.horizontalHeader()
        offences_header.setStretchLastSection(False)
        offences_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the wording wraps, whole
        for section, width in ((1, 190), (5, 170)):  # the offence and the location wrap too
            offences_header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
            offences_header.resizeSection(section, width)
        self.offences_table.setWordWrap(True)
        self.offences_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        offences_box = self._section(
            self.tr("Offences"), self.offences_table, [self.add_offence_button, self.remove_offence_button]
        )

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(header)
        column.addWidget(self.field_error)
        column.addWidget(people_box, 1)
        column.addWidget(offences_box, 1)
        column.addWidget(self.saved_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The evidence panel (viewers, libvlc, thumbnails) is built the first time it is shown: start-up
        # pays only for the case details.
        self._evidence: EvidencePanel | None = None
        self._workspace: Workspace | None = None
        self._services: Services | None = None
        self.evidence_tab = QWidget()
        self.evidence_tab.setAccessibleName(self.tr("Evidence"))
        holder = QVBoxLayout(self.evidence_tab)
        holder.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Case sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Case sections"))
        self.tabs.addTab(scroll, self.tr("Case &details"))
        self.tabs.addTab(self.evidence_tab, self.tr("Evide&nce"))
        self._casefile: CaseFilePanel | None = None
        self.casefile_tab = QWidget()
        self.casefile_tab.setAccessibleName(self.tr("Case file"))
        QVBoxLayout(self.casefile_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.casefile_tab, self.tr("Case f&ile"))
        self._bundle: Any = None
        self.bundle_tab = QWidget()
        self.bundle_tab.setAccessibleName(self.tr("Bundle"))
        QVBoxLayout(self.bundle_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.bundle_tab, self.tr("&Bundle"))
        self._submissions: Any = None
        self.submissions_tab = QWidget()
        self.submissions_tab.setAccessibleName(self.tr("Submissions to CPS"))
        QVBoxLayout(self.submissions_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.submissions_tab, self.tr("E&xchange"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._places = {
            "details": scroll,
            "evidence": self.evidence_tab,
            "casefile": self.casefile_tab,
            "bundle": self.bundle_tab,
            "exchange": self.submissions_tab,
        }
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

        for edit, name in (
            (self.title_edit, "title"),
            (self.oic_edit, "officer_in_case"),
            (self.crime_ref_edit, "crime_reference"),
        ):
            edit.editingFinished.connect(self._saver(name, edit.text))
        self.status_combo.activated.connect(lambda _i: self._save_case_field("status", self.status_combo.currentData()))
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(800)
        self._summary_timer.timeout.connect(lambda: self._save_case_field("summary", self.summary_edit.toPlainText()))
        self.summary_edit.textChanged.connect(self._summary_typed)
        self.add_person_button.clicked.connect(self.add_person)
        self.remove_person_button.clicked.connect(self.remove_person)
        self.letter_button.clicked.connect(self.write_letter)
        self.add_offence_button.clicked.connect(self.add_offence)
        self.remove_offence_button.clicked.connect(self.remove_offence)

    def show_place(self, place: str) -> None:
        """The tab where a kind of work is done (My work's lines: custody → Case file, requests → Exchange…)."""
        widget = self._places.get(place)
        if widget is not None:
            self.tabs.setCurrentWidget(widget)

    def attach(self, services: Services) -> None:
        workspace = services.workspace
        self._store = workspace.cases
        self._reference_data = workspace.reference
        self._workspace = workspace
        self._services = services
        if self._evidence is not None:
            self._evidence.attach(services)
        if self._casefile is not None:
            self._casefile.attach(workspace)
        if self._bundle is not None:
            self._bundle.attach(services)
        if self._submissions is not None:
            self._submissions.attach(services)

    @property
    def evidence(self) -> EvidencePanel:
        if self._evidence is None:
            from casebridge.ui.evidence_panel import EvidencePanel

            panel = EvidencePanel()
            panel.status_message.connect(self.status_message)
            panel.changed.connect(lambda: self.changed.emit(self.case.urn) if self.case else None)
            layout = self.evidence_tab.layout()
            assert layout is not None
            layout.addWidget(_scrolled(panel))
            self._evidence = panel
            if self._services is not None:
                panel.attach(self._services)
            if self.case is not None:
                panel.show_case(self.case.urn)
        return self._evidence

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.evidence_tab:
            self.evidence  # noqa: B018 - built on first show
        elif self.tabs.currentWidget() is self.casefile_tab:
            self.casefile.reload()
        elif self.tabs.currentWidget() is self.bundle_tab:
            self.bundle.refresh()
        elif self.tabs.currentWidget() is self.submissions_tab:
            self.submissions.refresh()

    def rebuild_exchange(self) -> None:
        """After a sign-in the role may have changed (police outbox ↔ CPS review): build the tab afresh."""
        if self._submissions is None:
            return
        old = self._submissions
        self._submissions = None
        old.shutdown()
        layout = self.submissions_tab.layout()
        assert layout is not None
        while layout.count():  # the panel's scroll area goes with it
            wrapper = layout.takeAt(0).widget()
            if wrapper is not None:
                wrapper.setParent(None)
                wrapper.deleteLater()
        if self.tabs.currentWidget() is self.submissions_tab:
            self.submissions.refresh()

    @property
    def submissions(self) -> Any:
        """The Exchange tab, built the first time it is shown: for police the outbox (submit to CPS, receipts,
        feedback and its actions); for a CPS reviewer the item review and feedback tools."""
        if self._submissions is None:
            from casebridge.ui.review_panel import ReviewPanel
            from casebridge.ui.submission_panel import SubmissionPanel

            reviewer = self._workspace is not None and self._workspace.settings.hub_role == "cps"
            panel: Any
            if reviewer:
                panel = ReviewPanel()
            else:
                panel = SubmissionPanel()
                panel.signed_in.connect(self.rebuild_exchange)
            panel.status_message.connect(self.status_message)
            layout = self.submissions_tab.layout()
            assert layout is not None
            layout.addWidget(_scrolled(panel))
            self._submissions = panel
            if self._services is not None:
                panel.attach(self._services)
            if self.case is not None:
                panel.show_case(self.case.urn)
        return self._submissions

    @property
    def bundle(self) -> Any:
        """The Bundle tab, built the first time it is shown."""
        if self._bundle is None:
            from casebridge.ui.bundle_panel import BundlePanel

            panel = BundlePanel()
            panel.status_message.connect(self.status_message)
            panel.open_exhibit.connect(self._open_exhibit)
            layout = self.bundle_tab.layout()
            assert layout is not None
            layout.addWidget(_scrolled(panel))
            self._bundle = panel
            if self._services is not None:
                panel.attach(self._services)
            if self.case is not None:
                panel.show_case(self.case.urn)
        return self._bundle

    def _open_exhibit(self, reference: str) -> None:
        """From a bundle's index straight to the exhibit's viewer on the Evidence tab."""
        if self._workspace is None or self.case is None:
            return
        exhibit = self._workspace.exhibits.find_by_reference(self.case.urn, reference)
        self.tabs.setCurrentWidget(self.evidence_tab)
        self.evidence.select(exhibit.id)
        self.evidence.side.setCurrentWidget(self.evidence.preview)

    @property
    def casefile(self) -> CaseFilePanel:
        """The Case file tab (MG forms, schedules, readiness), built the first time it is shown."""
        if self._casefile is None:
            from casebridge.ui.casefile_panel import CaseFilePanel

            panel = CaseFilePanel(self._undo)
            panel.status_message.connect(self.status_message)
            panel.changed.connect(lambda: self.changed.emit(self.case.urn) if self.case else None)
            panel.open_evidence.connect(lambda: self.tabs.setCurrentWidget(self.evidence_tab))
            layout = self.casefile_tab.layout()
            assert layout is not None
            layout.addWidget(_scrolled(panel))
            self._casefile = panel
            if self._workspace is not None:
                panel.attach(self._workspace)
            if self.case is not None:
                panel.show_case(self.case.urn)
            panel.set_read_only(self.read_only)
        return self._casefile

    def shutdown(self) -> None:
        if self._evidence is not None:
            self._evidence.shutdown()
        if self._bundle is not None:
            self._bundle.shutdown()
        if self._submissions is not None:
            self._submissions.shutdown()

    @property
    def _cases(self) -> CaseStore:
        assert self._store is not None, "CaseView used before a workspace was attached"
        return self._store

    @property
    def _reference(self) -> ReferenceData:
        assert self._reference_data is not None, "CaseView used before a workspace was attached"
        return self._reference_data

    # ----- layout helpers -----
    def show_icons(self) -> None:
        """An icon on each tab (ui/icons.py)."""
        from casebridge.ui.icons import icon

        for place, widget in self._places.items():
            self.tabs.setTabIcon(self.tabs.indexOf(widget), icon(place, self))

    def _table(self, model: Any, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(140)
        return table

    def _section(self, title: str, table: QTableView, buttons: list[QPushButton]) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(table)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # ----- loading -----
    def show_case(self, urn: str) -> None:
        self.flush_pending()
        self.case = self._cases.get_case(urn)
        self._populate()
        if self._evidence is not None:
            self._evidence.show_case(self.case.urn)
        if self._casefile is not None:
            self._casefile.show_case(self.case.urn)
        if self._bundle is not None:
            self._bundle.show_case(self.case.urn)
        if self._submissions is not None:
            self._submissions.show_case(self.case.urn)

    def reload(self, _urn: str | None = None) -> None:
        if self.case is not None:
            self.case = self._cases.get_case(self.case.urn)
            self._populate()
            self.changed.emit(self.case.urn)

    def _populate(self) -> None:
        case = self.case
        if case is None:
            return
        self._loading = True
        try:
            force = self._reference.forces.name(case.force_code) or case.force_code
            self.urn_label.setText(f"<b>{case.urn}</b> — {force}")
            for edit, value in (
                (self.title_edit, case.title),
                (self.oic_edit, case.officer_in_case),
                (self.crime_ref_edit, case.crime_reference),
            ):
                if edit.text() != value:
                    edit.setText(value)
            self.status_combo.setCurrentIndex(self.status_combo.findData(case.status.value))
            if self.summary_edit.toPlainText() != case.summary:
                self.summary_edit.setPlainText(case.summary)
            self._summary_timer.stop()
            self.people_model.set_records(case.people)
            self.offences_model.names = {p.id: p.display_name for p in case.people if p.id is not None}
            self.offences_model.set_records(case.offences)
            if case.updated_at:
                stamp = case.updated_at.astimezone().strftime("%H:%M:%S")
                self.saved_label.setText(self.tr("All changes saved (last at %1)").replace("%1", stamp))
            self._apply_read_only()
        finally:
            self._loading = False

    @property
    def read_only(self) -> bool:
        """A CPS reviewer's workspace holds cases as the police sent them: they are read, not edited."""
        return self._workspace is not None and self._workspace.settings.hub_role == "cps"

    def _apply_read_only(self) -> None:
        locked = self.read_only
        for edit in (self.title_edit, self.oic_edit, self.crime_ref_edit):
            edit.setReadOnly(locked)
        self.summary_edit.setReadOnly(locked)
        self.status_combo.setEnabled(not locked)
        for button in (
            self.add_person_button,
            self.remove_person_button,
            self.add_offence_button,
            self.remove_offence_button,
        ):
            button.setEnabled(not locked)
        triggers = (
            QAbstractItemView.EditTrigger.NoEditTriggers
            if locked
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.people_table.setEditTriggers(triggers)
        self.offences_table.setEditTriggers(triggers)
        if locked:
            self.saved_label.setText(self.tr("Received from the police: read-only in a CPS workspace."))
        if self._casefile is not None:
            self._casefile.set_read_only(locked)

    # ----- saving -----
    def _saver(self, field: str, value: Callable[[], str]) -> Callable[[], None]:
        return lambda: self._save_case_field(field, value())

    def _summary_typed(self) -> None:
        if not self._loading:
            self.saved_label.setText(self.tr("Saving…"))
            self._summary_timer.start()

    def flush_pending(self) -> None:
        if self._evidence is not None:
            self._evidence.editor.flush_pending()
        if self._casefile is not None:
            self._casefile.flush()
        if self._summary_timer.isActive():
            self._summary_timer.stop()
            self._save_case_field("summary", self.summary_edit.toPlainText())

    def _save_case_field(self, field: str, value: Any) -> None:
        if self._loading or self.case is None:
            return
        urn = self.case.urn
        self._apply(lambda: self._cases.update_case(urn, field, value))

    def _edit_person(self, person_id: int, field: str, value: Any) -> bool:
        return self._apply(lambda: self._cases.update_person(person_id, field, value))

    def _edit_offence(self, offence_id: int, field: str, value: Any) -> bool:
        return self._apply(lambda: self._cases.update_offence(offence_id, field, value))

    def _apply(self, action: Callable[[], FieldChange]) -> bool:
        try:
            change = action()
        except CasebridgeError as exc:
            self.field_error.setText(str(exc))
            self.field_error.show()
            self.status_message.emit(str(exc))
            return False
        self.field_error.hide()
        if change.old != change.new:
            self._undo.push(FieldEditCommand(self._cases, change, self.reload))
            self.reload()
            self.status_message.emit(self.tr("Saved"))
        return True

    # ----- people and offences -----
    def add_person(self) -> None:
        from casebridge.ui.person_dialog import PersonDialog

        if self.case is None:
            return
        urn = self.case.urn
        dialog = PersonDialog(lambda values: self._cases.add_person(urn, values), self._cases.today, self)
        if dialog.exec():
            self._structure_changed()

    def add_offence(self) -> None:
        from casebridge.ui.offence_dialog import OffenceDialog

        if self.case is None:
            return
        urn = self.case.urn
        dialog = OffenceDialog(
            self._reference.offences,
            self.case.defendants(),
            lambda values: self._cases.add_offence(urn, values),
            self,
        )
        if dialog.exec():
            self._structure_changed()

    def remove_person(self) -> None:
        row = self.people_table.currentIndex().row()
        if self.case is None or row < 0:
            return
        person = self.people_model.record(row)
        if self._confirm(self.tr("Remove %1 from this case?").replace("%1", person.display_name)):
            self._cases.remove_person(int(person.id))
            self._structure_changed()

    def write_letter(self) -> None:
        """The witness-dates letter for the selected person, in their language (Welsh, English or both)."""
        row = self.people_table.currentIndex().row()
        if self.case is None or row < 0 or self._workspace is None:
            self.status_message.emit(self.tr("Choose the person to write to first."))
            return
        from PySide6.QtWidgets import QFileDialog

        from casebridge.forms.letters import render_letter

        person = self.people_model.record(row)
        suggested = str(self._workspace.location.root / f"{self.case.urn}-letter-{person.surname}.pdf")
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter to %1").replace("%1", person.display_name), suggested, "PDF (*.pdf)"
        )
        if not path:
            return
        Path(path).write_bytes(render_letter(self._workspace, self.case.urn, int(person.id)))
        self.status_message.emit(
            self.tr("Letter to %1 saved as %2").replace("%1", person.display_name).replace("%2", path)
        )

    def remove_offence(self) -> None:
        row = self.offences_table.currentIndex().row()
        if self.case is None or row < 0:
            return
        offence = self.offences_model.record(row)
        if self._confirm(
            self.tr("Remove offence %1 (%2) from this case?")
            .replace("%1", offence.cjs_code)
            .replace("%2", offence.title)
        ):
            self._cases.remove_offence(int(offence.id))
            self._structure_changed()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Confirm"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _structure_changed(self) -> None:
        # Field edits recorded before an add/remove may refer to rows that no longer exist: start afresh.
        self._undo.clear()
        self.reload()
        self.status_message.emit(self.tr("Saved %1").replace("%1", datetime.now().strftime("%H:%M:%S")))


def _scrolled(panel: QWidget) -> QScrollArea:
    """A tab's panel inside a scroll area: at 200% scaling or on a small screen the window still fits, and the
    panel scrolls instead of being cut off (WCAG 1.4.10 reflow)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(panel)
    return area
