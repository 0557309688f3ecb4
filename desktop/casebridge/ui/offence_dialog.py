"""Add an offence: search all CJS codes by code or words, then wording, dates, place and defendant."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casebridge.domain.case import Person, validate_offence_field
from casebridge.domain.reference import OffenceIndex
from casebridge.errors import CasebridgeError
from casebridge.ui.style import set_role
from casebridge.ui.validated_field import ValidatedLineEdit


class OffenceDialog(QDialog):
    def __init__(
        self,
        offences: OffenceIndex,
        defendants: list[Person],
        save: Callable[[dict[str, Any]], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add offence"))
        self.setAccessibleName(self.tr("Add offence"))
        self._offences = offences
        self._save = save
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search offences"))
        self.search.setPlaceholderText(self.tr("Code or words, e.g. TH68010 or 'theft shop'"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching offences"))
        self.wording = QPlainTextEdit()
        self.wording.setAccessibleName(self.tr("Offence wording"))
        self.wording.setTabChangesFocus(True)
        self.wording.setFixedHeight(80)
        self.date_from = ValidatedLineEdit(self._date_check, self.tr("Date from"))
        self.date_to = ValidatedLineEdit(self._date_check, self.tr("Date to"))
        for edit in (self.date_from, self.date_to):
            edit.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
            edit.validity_changed.connect(self._update_ok)
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Location"))
        self.location.setMaxLength(80)
        self.defendant = QComboBox()
        self.defendant.setAccessibleName(self.tr("Defendant"))
        self.defendant.addItem(self.tr("(not yet linked)"), None)
        for person in defendants:
            self.defendant.addItem(person.display_name, person.id)
        if defendants:
            self.defendant.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(self.tr("&Find offence:"), self.search)
        form.addRow("", self.results)
        form.addRow(self.tr("&Wording:"), self.wording)
        form.addRow(self.tr("Date &from:"), self.date_from)
        form.addRow(self.tr("Date &to:"), self.date_to)
        form.addRow(self.tr("&Location:"), self.location)
        form.addRow(self.tr("&Defendant:"), self.defendant)
        self.error = QLabel()
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add offence"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.run_search)
        self.results.currentItemChanged.connect(self._update_ok)
        self.resize(620, 560)
        self._update_ok()

    @staticmethod
    def _date_check(text: str) -> str:
        validate_offence_field("date_from", text, ())
        return ""

    def run_search(self) -> None:
        self._debounce.stop()
        self.results.clear()
        for offence in self._offences.search(self.search.text(), limit=100):
            item = QListWidgetItem(f"{offence.code}  {offence.title}  [{offence.category}]")
            item.setData(Qt.ItemDataRole.UserRole, offence.code)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def selected_code(self) -> str | None:
        item = self.results.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _update_ok(self, *_args: object) -> None:
        self.ok_button.setEnabled(self.selected_code() is not None and self.date_from.valid and self.date_to.valid)

    def values(self) -> dict[str, Any]:
        return {
            "cjs_code": self.selected_code(),
            "wording": self.wording.toPlainText(),
            "date_from": self.date_from.text(),
            "date_to": self.date_to.text(),
            "location": self.location.text(),
            "defendant_id": self.defendant.currentData(),
        }

    def accept(self) -> None:
        try:
            self._save(self.values())
        except CasebridgeError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
