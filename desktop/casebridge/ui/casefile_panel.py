"""The Case file tab: every section and record of the structured case file, the readiness panel and the forms.

Left: the sections (MG3, MG5, MG6, people's details, statements, interviews, schedules, enquiries, actions,
claims, TICs). Middle: the editor for the chosen section or record, built from the field specs. Right: the
readiness findings for the chosen file type (activate one to jump to the field that fixes it) and the forms
this case can produce, with a PDF preview.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebridge.domain.casefile import ITEM_KINDS, PERSON_DETAILS, CaseFileData, CaseFileItem
from casebridge.errors import CasebridgeError
from casebridge.ui.domain_text import dt, finding_text
from casebridge.ui.icons import status_icon
from casebridge.ui.spec_form import SpecForm, show_date, show_datetime

if TYPE_CHECKING:
    from casebridge.workspace import Workspace

SECTIONS = ("charging", "mg5", "mg6")
RECORD_KINDS = (
    "event",
    "location",
    "object",
    "statement",
    "interview",
    "mg6c",
    "mg6d",
    "mg6e",
    "mg6b",
    "enquiry",
    "outstanding",
    "action",
    "compensation",
    "tic",
)
WITH_PERSON = {"statement", "interview", "mg6b", "compensation", "mg6c", "object", "event"}


# the button's words for each one-step fix a readiness finding can offer (readiness.FIXES)
FIX_LABELS = {"no_dates_to_avoid": QT_TRANSLATE_NOOP("CaseFilePanel", "&Put it right: no dates to avoid")}


class RecordPage(QWidget):
    """The records of one kind: list, add, delete, and the editor of the selected one."""

    def __init__(self, panel: CaseFilePanel, kind: str) -> None:
        super().__init__(panel)
        self.panel, self.kind = panel, kind
        title, specs = ITEM_KINDS[kind]
        self.items: list[CaseFileItem] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("%1: records").replace("%1", title))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add %1").replace("%1", title))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setAccessibleName(self.tr("Delete selected %1").replace("%1", title))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person for this record"))
        self.form = SpecForm(specs, self._save, panel.undo, owner=title)
        self.form.problem.connect(panel.status_message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        person_row = QFormLayout()
        if kind in WITH_PERSON:
            label = QLabel(self.tr("&Person:"))
            label.setBuddy(self.person)
            person_row.addRow(label, self.person)
        else:
            self.person.hide()
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(person_row)
        layout.addWidget(self.form, 3)
        self.list.currentRowChanged.connect(self._selected)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        self.person.activated.connect(self._person_chosen)
        self.form.saved.connect(lambda _n: self.panel.record_changed(self))

    def show_data(self, data: CaseFileData, keep: int | None = None) -> None:
        self.form.flush()
        self.items = data.of(self.kind)
        current = keep if keep is not None else self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            QListWidgetItem(self._label(item), self.list)
        self.list.blockSignals(False)
        self.person.clear()
        self.person.addItem("—", None)
        for person in self.panel.people:
            self.person.addItem(f"{person.forenames} {person.surname.upper()} ({person.role.label})", person.id)
        row = next((i for i, item in enumerate(self.items) if item.id == current), 0 if self.items else -1)
        self.list.setCurrentRow(row)
        self._selected(row)

    def _label(self, item: CaseFileItem) -> str:
        who = self.panel.name(item.person_id)
        main = item.get("description") or item.get("text") or item.get("summary") or item.get("details") or ""
        main = str(main).splitlines()[0][:70] if main else ""
        main = item.get("name") or main
        moment = item.get("held_at") or item.get("occurred_at")
        day = item.get("taken_on") or item.get("target_date")
        parts = [
            f"No. {item.number}" if item.number else "",
            who,
            show_datetime(moment) if moment else show_date(day) if day else "",
            main,
        ]
        return " — ".join(p for p in parts if p) or self.tr("(new record)")

    def current_id(self) -> int | None:
        row = self.list.currentRow()
        return self.items[row].id if 0 <= row < len(self.items) else None

    def _selected(self, row: int) -> None:
        has = 0 <= row < len(self.items)
        self.form.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.person.setEnabled(has)
        if has:
            item = self.items[row]
            self.form.load(item.data, item.id)
            self.person.setCurrentIndex(max(0, self.person.findData(item.person_id)))
        else:
            self.form.load({})

    def _save(self, item_id: int | None, name: str, value: Any) -> tuple[Any, Any]:
        if item_id is None:
            raise CasebridgeError(self.tr("Add a record first."))
        result: tuple[Any, Any] = self.panel.casefile.update_item(item_id, name, value)
        return result

    def _person_chosen(self, _index: int) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        self.panel.casefile.update_item(item_id, "person_id", self.person.currentData())
        self.panel.record_changed(self)

    def add(self) -> None:
        urn = self.panel.urn
        if urn is None:
            return
        item = self.panel.casefile.add_item(urn, self.kind)
        self.panel.reload(keep={self.kind: item.id})
        self.form.focus_field(next(iter(self.form.widgets)))
        self.panel.status_message.emit(self.tr("Added: %1").replace("%1", dt(ITEM_KINDS[self.kind][0])))

    def delete(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        self.panel.casefile.delete_item(item_id)
        self.panel.reload()
        numbered = self.kind in ("mg6c", "mg6d")
        message = self.tr("Deleted. Its schedule number is never reused.") if numbered else self.tr("Deleted.")
        self.panel.status_message.emit(message)


class CaseFilePanel(QWidget):
    changed = Signal()
    status_message = Signal(str)
    open_evidence = Signal()

    def __init__(self, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo = undo
        self.workspace: Workspace | None = None
        self.urn: str | None = None
        self.people: list[Any] = []
        self.data = CaseFileData()
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Case file sections"))
        self.nav.setWordWrap(True)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.section_forms: dict[str, SpecForm] = {}
        for kind in SECTIONS:
            title, specs = ITEM_KINDS[kind]
            title = dt(title)
            form = SpecForm(specs, self._section_saver(kind), undo, owner=title)
            form.problem.connect(self.status_message)
            form.saved.connect(lambda _n: self._after_edit())
            page = QWidget()
            column = QVBoxLayout(page)
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(form)
            self._add_page(kind, title, page)
            self.section_forms[kind] = form
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(self.tr("Person whose details are shown"))
        self.person_form = SpecForm(PERSON_DETAILS, self._save_person, undo, owner=self.tr("person details"))
        self.person_form.problem.connect(self.status_message)
        self.person_form.saved.connect(self._person_saved)
        people_page = QWidget()
        column = QVBoxLayout(people_page)
        pick = QFormLayout()
        who = QLabel(self.tr("Pe&rson:"))
        who.setBuddy(self.person_combo)
        pick.addRow(who, self.person_combo)
        column.addWidget(QLabel(self.tr("<b>People: witness, victim and defendant details</b>")))
        column.addLayout(pick)
        self.custody_summary = QLabel()
        self.custody_summary.setObjectName("custodySummary")
        self.custody_summary.setAccessibleName(self.tr("PACE custody clock"))
        self.custody_summary.setWordWrap(True)
        self.custody_summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.custody_summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        column.addWidget(self.custody_summary)
        column.addWidget(self.person_form)
        self._add_page("people", self.tr("People: details"), people_page)
        self.person_combo.currentIndexChanged.connect(lambda _i: self._show_person())
        self.record_pages: dict[str, RecordPage] = {}
        for kind in RECORD_KINDS:
            page = RecordPage(self, kind)
            self.record_pages[kind] = page
            self._add_page(kind, ITEM_KINDS[kind][0], page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        # readiness
        self.file_type = QComboBox()
        self.file_type.setAccessibleName(self.tr("File type to check"))
        for code, label in (
            ("", self.tr("As set in the MG3")),
            ("pre_charge", "Pre-charge"),
            ("gap", "GAP"),
            ("ngap", "NGAP"),
            ("crown", "Crown Court"),
        ):
            self.file_type.addItem(label, code)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Readiness findings"))
        self.findings.setWordWrap(True)  # a finding is read whole, never cut mid-word
        self.readiness_summary = QLabel()
        self.readiness_summary.setAccessibleName(self.tr("Readiness summary"))
        self.readiness_summary.setWordWrap(True)
        readiness_box = QGroupBox(self.tr("Readiness"))
        r_layout = QVBoxLayout(readiness_box)
        r_form = QFormLayout()
        ft_label = QLabel(self.tr("File &type:"))
        ft_label.setBuddy(self.file_type)
        r_form.addRow(ft_label, self.file_type)
        r_layout.addLayout(r_form)
        self.fix_button = QPushButton(self.tr("&Put it right"))
        self.fix_button.setAccessibleName(self.tr("Make the fix the selected finding offers"))
        self.fix_button.setEnabled(False)
        r_layout.addWidget(self.readiness_summary)
        r_layout.addWidget(self.findings, 1)
        r_layout.addWidget(self.fix_button)
        self._findings: list[Any] = []
        self.file_type.activated.connect(lambda _i: self.check())
        self.findings.itemActivated.connect(lambda item: self.go_to(item.data(Qt.ItemDataRole.UserRole)))
        self.findings.currentRowChanged.connect(self._offer_fix)
        self.fix_button.clicked.connect(self.fix_finding)

        # forms
        self.forms = QListWidget()
        self.forms.setAccessibleName(self.tr("Forms this case can produce"))
        self.forms.setWordWrap(True)
        self.audience = QComboBox()
        self.audience.setAccessibleName(self.tr("Preview for"))
        for code, label in (
            ("cps", self.tr("CPS")),
            ("police", self.tr("Police (originals)")),
            ("defence", self.tr("Defence / court")),
        ):
            self.audience.addItem(label, code)
        self.preview_button = QPushButton(self.tr("Pre&view as PDF"))
        self.preview_button.setAccessibleName(self.tr("Preview the selected form as PDF"))
        forms_box = QGroupBox(self.tr("Forms"))
        f_layout = QVBoxLayout(forms_box)
        f_form = QFormLayout()
        aud_label = QLabel(self.tr("F&or:"))
        aud_label.setBuddy(self.audience)
        f_form.addRow(aud_label, self.audience)
        f_layout.addLayout(f_form)
        f_layout.addWidget(self.forms, 1)
        f_layout.addWidget(self.preview_button)
        self.preview_button.clicked.connect(self.preview)
        self.forms.itemActivated.connect(lambda _item: self.preview())
        self._preview_windows: list[QWidget] = []

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(readiness_box)
        right.addWidget(forms_box)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([190, 600, 320])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def set_read_only(self, locked: bool) -> None:
        """Shows the case file without letting it change (a CPS reviewer reading what the police sent)."""
        from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit

        self.read_only = locked
        for page in self.pages.values():
            for widget in page.findChildren(QWidget):
                if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                    widget.setReadOnly(locked)
                elif (
                    isinstance(widget, (QComboBox, QAbstractButton, QDateTimeEdit)) and widget is not self.person_combo
                ):
                    widget.setEnabled(not locked)  # the person chooser stays: it changes the view, not the data

    def _add_page(self, key: str, label: str, page: QWidget) -> None:
        """A section page, scrolled: the people page alone is taller than a 768-line screen."""
        self.pages[key] = page
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(page)
        self.stack.addWidget(scroll)
        item = QListWidgetItem(dt(label), self.nav)
        item.setData(Qt.ItemDataRole.UserRole, key)

    # ----- data -----
    @property
    def casefile(self) -> Any:
        assert self.workspace is not None
        return self.workspace.casefile

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def show_case(self, urn: str) -> None:
        self.urn = urn
        self.reload()
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def flush(self) -> None:
        for form in [*self.section_forms.values(), self.person_form]:
            form.flush()
        for page in self.record_pages.values():
            page.form.flush()

    def reload(self, keep: dict[str, int] | None = None) -> None:
        if self.workspace is None or self.urn is None:
            return
        self.people = self.workspace.cases.get_case(self.urn).people
        self.data = self.casefile.load(self.urn)
        for kind, form in self.section_forms.items():
            form.load(self.data.section(kind).data, kind)
        current_person = self.person_combo.currentData()
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for person in self.people:
            self.person_combo.addItem(
                f"{person.forenames} {person.surname.upper()} ({dt(person.role.label)})", person.id
            )
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(current_person)))
        self.person_combo.blockSignals(False)
        self._show_person()
        for kind, page in self.record_pages.items():
            page.show_data(self.data, (keep or {}).get(kind))
        self._refresh_forms()
        self.check()
        if getattr(self, "read_only", False):
            self.set_read_only(True)

    def name(self, person_id: int | None) -> str:
        person = next((p for p in self.people if p.id == person_id), None)
        return f"{person.forenames} {person.surname.upper()}".strip() if person else ""

    def _show_person(self) -> None:
        person_id = self.person_combo.currentData()
        self.person_form.load(self.data.details(person_id), person_id)
        self.person_form.setEnabled(self.person_combo.currentData() is not None)
        self.show_custody_clock()

    def show_custody_clock(self) -> None:
        """The chosen person's PACE clock: what it counts down to, the computed cross-check, next review."""
        from datetime import UTC, datetime

        from casebridge.domain.custody import describe_remaining, read_custody_clock, uk_local

        reading = read_custody_clock(self.data.details(self.person_combo.currentData()))
        clock = reading.clock
        if reading.problem:
            text = self.tr("<b>PACE clock:</b> these entries are not possible: %1.").replace("%1", reading.problem)
        elif clock is None:
            self.custody_summary.clear()
            self.custody_summary.hide()
            return
        else:

            def when(moment: datetime) -> str:
                return uk_local(moment).strftime("%a %d/%m/%Y %H:%M")

            left = clock.remaining(datetime.now(UTC))
            source = self.tr("custody record") if clock.authoritative_expiry else self.tr("computed")
            lines = [
                self.tr("<b>PACE clock:</b> detention expires %1 (%2) — <b>%3</b> [%4].")
                .replace("%1", when(clock.expiry))
                .replace("%2", source)
                .replace("%3", describe_remaining(left))
                .replace("%4", clock.urgency(datetime.now(UTC)).label),
                self.tr("Computed from the entries: %1. Next review due: %2. Absolute limit (96 h): %3.")
                .replace("%1", when(clock.computed_expiry))
                .replace("%2", when(clock.next_review_due()))
                .replace("%3", when(clock.absolute_limit)),
            ]
            if clock.discrepancy is not None:
                lines.append(
                    self.tr("The custody record differs from the computed expiry by %1: confirm it.").replace(
                        "%1", describe_remaining(abs(clock.discrepancy)).removesuffix(" left")
                    )
                )
            text = "<br>".join(lines)
        self.custody_summary.setText(text)
        self.custody_summary.show()

    def _save_person(self, person_id: int | None, name: str, value: Any) -> tuple[Any, Any]:
        if person_id is None:
            raise CasebridgeError(self.tr("Add a person to the case first."))
        result: tuple[Any, Any] = self.casefile.set_person_detail(person_id, name, value)
        return result

    def _section_saver(self, kind: str) -> Any:
        return lambda _key, name, value: self._save_section(kind, name, value)

    def _save_section(self, kind: str, name: str, value: Any) -> tuple[Any, Any]:
        assert self.urn is not None
        section = self.casefile.section(self.urn, kind)
        result: tuple[Any, Any] = self.casefile.update_item(section.id, name, value)
        return result

    def record_changed(self, page: RecordPage) -> None:
        self.data = self.casefile.load(self.urn) if self.urn else self.data
        row = page.list.currentRow()
        if 0 <= row < len(page.items):
            page.items = self.data.of(page.kind)
            if row < len(page.items):
                page.list.item(row).setText(page._label(page.items[row]))
        self._after_edit()

    def _person_saved(self, name: str) -> None:
        self._after_edit()
        if name == "dates_to_avoid":  # "none" also set the "No dates to avoid" switch
            details = self.data.details(self.person_combo.currentData())
            self.person_form.show_value("no_dates_to_avoid", details.get("no_dates_to_avoid"))

    def _after_edit(self) -> None:
        if self.urn is not None:
            self.data = self.casefile.load(self.urn)
        self.show_custody_clock()
        self._refresh_forms()
        self.check()
        self.changed.emit()

    # ----- readiness -----
    def check(self) -> None:
        if self.workspace is None or self.urn is None:
            return
        from casebridge import readiness
        from casebridge.domain.view import CaseFileView

        view = CaseFileView.load(self.workspace, self.urn)
        stage = self.file_type.currentData() or readiness.file_type_of(view)
        findings = readiness.check(view, stage)
        self._findings = findings
        self.findings.clear()
        errors = sum(1 for f in findings if f.blocking)
        for finding in findings:
            prefix = self.tr("ERROR") if finding.blocking else self.tr("Warning")
            item = QListWidgetItem(f"{prefix}: {finding_text(finding.message, finding.rule)}", self.findings)
            item.setIcon(status_icon("error" if finding.blocking else "warning", self.findings))
            item.setData(Qt.ItemDataRole.UserRole, finding.target)
            tip = self.tr("Press Enter to go to the field that fixes this.")
            if finding.fix:
                tip += " " + self.tr("Or press Put it right to do it now.")
            item.setToolTip(tip)
        self._offer_fix(self.findings.currentRow())
        stage_label = stage.replace("_", "-").upper()
        if findings:
            text = self.tr("%1 file: %2 blocking error(s), %3 warning(s).")
            text = text.replace("%1", stage_label).replace("%2", str(errors)).replace("%3", str(len(findings) - errors))
        else:
            text = self.tr("%1 file: ready — no errors or warnings.").replace("%1", stage_label)
        self.readiness_summary.setText(text)

    def _offer_fix(self, row: int) -> None:
        finding = self._findings[row] if 0 <= row < len(self._findings) else None
        offered = finding is not None and bool(finding.fix) and not getattr(self, "read_only", False)
        label = str(FIX_LABELS.get(finding.fix, "")) if finding is not None else ""
        self.fix_button.setText(self.tr(label) if offered and label else self.tr("&Put it right"))
        self.fix_button.setEnabled(offered)

    def fix_finding(self) -> None:
        """The selected finding's one-step fix (e.g. "No dates to avoid" for that witness), then check again."""
        row = self.findings.currentRow()
        if self.workspace is None or not 0 <= row < len(self._findings):
            return
        from casebridge import readiness

        finding = self._findings[row]
        try:
            readiness.apply_fix(self.workspace, finding)
        except CasebridgeError as exc:
            self.status_message.emit(str(exc))
            return
        self._after_edit()
        self._show_person()
        self.status_message.emit(
            self.tr("Done: %1").replace("%1", finding_text(finding.message, finding.rule).split(":")[0])
        )

    def go_to(self, target: str) -> None:
        """Show and focus the field a finding names ('person:12:vps', 'statement:5:signed_on', ...)."""
        kind, _, rest = target.partition(":")
        ident, _, field = rest.partition(":")
        if kind == "exhibit":
            self.open_evidence.emit()
            return
        if kind == "section":
            key = ident if ident in self.pages else "charging"
            self._select_page(key)
            if ident in self.section_forms:
                self.section_forms[ident].focus_field(field)
            elif ident in self.record_pages:
                self.record_pages[ident].add_button.setFocus()
            return
        if kind == "person":
            self._select_page("people")
            self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(int(ident))))
            if field in self.person_form.widgets:
                self.person_form.focus_field(field)
            return
        if kind in self.record_pages:
            page = self.record_pages[kind]
            self._select_page(kind)
            row = next((i for i, item in enumerate(page.items) if str(item.id) == ident), -1)
            page.list.setCurrentRow(row)
            page.form.focus_field(field)

    def _select_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    # ----- forms -----
    def _refresh_forms(self) -> None:
        if self.workspace is None or self.urn is None:
            return
        from casebridge.domain.view import CaseFileView
        from casebridge.forms.builders import FORMS, build, catalogue

        view = CaseFileView.load(self.workspace, self.urn)
        current = self.forms.currentItem().data(Qt.ItemDataRole.UserRole) if self.forms.currentItem() else None
        self.forms.clear()
        for key in catalogue(view):
            doc = build(view, key)
            spec = FORMS[doc.code]
            status = self.tr("disclosable") if spec.disclosable else self.tr("police/CPS only")
            subject = f" — {doc.subject}" if doc.subject else ""
            item = QListWidgetItem(f"{doc.key} {doc.title}{subject} ({status})", self.forms)
            item.setData(Qt.ItemDataRole.UserRole, key)
            if key == current:
                self.forms.setCurrentItem(item)
        if self.forms.currentRow() < 0 and self.forms.count():
            self.forms.setCurrentRow(0)

    def preview(self) -> None:
        if self.workspace is None or self.urn is None or self.forms.currentItem() is None:
            return
        from casebridge.forms.document import Audience
        from casebridge.ui.workers import BackgroundJob

        key = self.forms.currentItem().data(Qt.ItemDataRole.UserRole)
        audience = Audience(self.audience.currentData())
        workspace, urn = self.workspace, self.urn
        self.flush()

        def render(_progress: object, _cancel: object) -> object:
            import tempfile
            from pathlib import Path

            from casebridge.disclosure.forms import form_pdf
            from casebridge.domain.view import CaseFileView
            from casebridge.forms.builders import build

            view = CaseFileView.load(workspace, urn)
            doc = build(view, key, audience)
            data = form_pdf(workspace, view, key, audience)  # the defence's copy carries the case's redactions
            folder = Path(tempfile.mkdtemp(prefix="casebridge-preview-"))
            path = folder / f"{urn}-{doc.file_stem}-{audience}.pdf"
            path.write_bytes(data)
            return path

        job = BackgroundJob(render, self)
        job.finished.connect(self._show_preview)
        job.failed.connect(lambda exc: self.status_message.emit(str(exc)))
        job.start()
        self.status_message.emit(self.tr("Rendering %1…").replace("%1", key))

    def _show_preview(self, path: Any) -> None:
        from casebridge.ui.viewers.pdf_viewer import PdfViewer

        viewer = PdfViewer()
        viewer.setWindowTitle(self.tr("%1 — preview").replace("%1", path.name))
        viewer.setAccessibleName(self.tr("Form preview"))
        viewer.open(path)
        viewer.resize(820, 900)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        self._preview_windows.append(viewer)
        self.status_message.emit(self.tr("Preview of %1 opened.").replace("%1", path.name))
