"""Add a person to a case: every identifier is checked as it is typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from casebridge.domain import identifiers as ids
from casebridge.domain.case import PersonRole, validate_person_field
from casebridge.errors import CasebridgeError
from casebridge.ui.domain_text import dt
from casebridge.ui.style import set_role
from casebridge.ui.validated_field import ValidatedLineEdit


class PersonDialog(QDialog):
    def __init__(
        self,
        save: Callable[[dict[str, Any]], object],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add person"))
        self.setAccessibleName(self.tr("Add person"))
        self._save = save
        self._today = today
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in PersonRole:
            self.role.addItem(dt(role.label), role.value)
        self.fields: dict[str, ValidatedLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Role:"), self.role)
        specs: list[tuple[str, str, Callable[[str], str], bool]] = [
            ("surname", self.tr("&Surname:"), self._plain("surname"), True),
            ("forenames", self.tr("&Forenames:"), self._plain("forenames"), False),
            ("date_of_birth", self.tr("&Date of birth:"), self._dob, False),
            ("postcode", self.tr("&Postcode:"), self._plain("postcode"), False),
            ("pnc_id", self.tr("PNC &ID:"), self._pnc, False),
            ("asn", self.tr("&ASN:"), self._plain("asn"), False),
            ("cro_number", self.tr("&CRO number:"), self._plain("cro_number"), False),
            ("collar_number", self.tr("C&ollar number:"), self._plain("collar_number"), False),
        ]
        for name, label, check, required in specs:
            field = ValidatedLineEdit(check, label.replace("&", "").rstrip(":"), required=required)
            field.validity_changed.connect(self._update_ok)
            self.fields[name] = field
            form.addRow(label, field)
        self.fields["date_of_birth"].edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.error = QLabel()
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add person"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update_ok()

    def _plain(self, name: str) -> Callable[[str], str]:
        def check(text: str) -> str:
            value = validate_person_field(name, text, self._today())
            return "" if value == text else self.tr("Will be saved as %1").replace("%1", str(value))

        return check

    def _dob(self, text: str) -> str:
        value = validate_person_field("date_of_birth", text, self._today())
        assert isinstance(value, date)
        today = self._today()
        age = today.year - value.year - ((today.month, today.day) < (value.month, value.day))
        return self.tr("Age %1").replace("%1", str(age))

    def _pnc(self, text: str) -> str:
        _value, warning = ids.normalise_pnc_id(text)
        return warning or ""

    def _update_ok(self, *_args: object) -> None:
        self.ok_button.setEnabled(all(f.valid for f in self.fields.values()))

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {name: field.text() for name, field in self.fields.items()}
        data["role"] = self.role.currentData()
        return data

    def accept(self) -> None:
        try:
            self._save(self.values())
        except CasebridgeError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
