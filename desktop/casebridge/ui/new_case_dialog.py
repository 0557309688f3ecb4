"""The 'new case' flow: URN checked as it is typed (format and force), then the case header."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from casebridge.domain.identifiers import normalise_urn
from casebridge.errors import CasebridgeError, ValidationError
from casebridge.reference_data import ReferenceData

if TYPE_CHECKING:
    from casebridge.store.cases import CaseStore
from casebridge.ui.style import set_role
from casebridge.ui.validated_field import ValidatedLineEdit


class NewCaseDialog(QDialog):
    def __init__(self, cases: CaseStore, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self.setAccessibleName(self.tr("New case"))
        self._cases = cases
        self._reference = reference
        self.created_urn: str | None = None
        self.urn = ValidatedLineEdit(self._check_urn, self.tr("URN"), required=True)
        self.urn.edit.setPlaceholderText(self.tr("e.g. 62CF0041226"))
        self.urn.edit.setMaxLength(14)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Case title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Robbery at Nisa Local, Queen Street"))
        self.oic = QLineEdit()
        self.oic.setAccessibleName(self.tr("Officer in the case"))
        self.crime_ref = QLineEdit()
        self.crime_ref.setAccessibleName(self.tr("Crime reference"))
        form = QFormLayout()
        form.addRow(self.tr("&URN:"), self.urn)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Officer in the case:"), self.oic)
        form.addRow(self.tr("&Crime reference:"), self.crime_ref)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create case"))
        self.ok_button.setAccessibleName(self.tr("Create case"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.urn.validity_changed.connect(self.ok_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.urn.setFocus()

    def _check_urn(self, text: str) -> str:
        urn = normalise_urn(text, self._reference.urn_forces)
        if self._cases.exists(urn):
            raise ValidationError("urn", self.tr("A case with URN %1 already exists.").replace("%1", urn))
        force = self._reference.forces.name(urn[:2]) or urn[:2]
        return (
            self.tr("%1 — unit %2, serial %3, year 20%4")
            .replace("%1", force)
            .replace("%2", urn[2:4])
            .replace("%3", urn[4:9])
            .replace("%4", urn[9:])
        )

    def accept(self) -> None:
        if not self.urn.valid:
            return
        try:
            case = self._cases.create_case(
                self.urn.text(),
                title=self.title_edit.text(),
                officer_in_case=self.oic.text(),
                crime_reference=self.crime_ref.text(),
            )
        except CasebridgeError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.created_urn = case.urn
        super().accept()
