"""Who produced or seized the items about to be imported: a person on the case, or someone added there and then
(a CCTV operator, a store manager handing over footage) — the same person record Case details keeps, so the
exhibit references start with their initials and the continuity names them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebridge.ui.domain_text import dt

if TYPE_CHECKING:
    from casebridge.domain.case import Person
    from casebridge.workspace import Workspace


class ProducerDialog(QDialog):
    """Choose the producer (the case's officer first), or add someone new to the case; `producer` is the id."""

    def __init__(self, workspace: Workspace, urn: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.urn = urn
        self.producer: int | None = None
        self.setWindowTitle(self.tr("Who produced these items?"))
        self.setAccessibleName(self.tr("Who produced these items?"))
        intro = QLabel(
            self.tr(
                "The person who produced or seized the items you import. Their initials start the exhibit "
                "references, and the continuity record names them."
            )
        )
        intro.setWordWrap(True)
        self.people = QComboBox()
        self.people.setAccessibleName(self.tr("Producer"))
        self.add_button = QPushButton(self.tr("Add someone &new…"))
        self.add_button.setAccessibleName(self.tr("Add someone new to the case as the producer"))
        self.add_button.setToolTip(self.tr("Someone not yet on the case, such as the CCTV operator."))
        self.add_button.clicked.connect(self.add_someone)
        form = QFormLayout()
        form.addRow(self.tr("&Producer:"), self.people)
        form.addRow("", self.add_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Choose files…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.fill()

    def fill(self, chosen: int | None = None) -> None:
        """The case's people, officers first; `chosen` (or the first officer) selected."""
        people = self.workspace.cases.get_case(self.urn).people
        ordered = sorted(people, key=lambda p: (p.role.value != "officer", p.id or 0))
        self.people.clear()
        for person in ordered:
            self.people.addItem(_label(person, dt(person.role.label)), person.id)
        if chosen is not None:
            self.people.setCurrentIndex(max(0, self.people.findData(chosen)))
        self.ok_button.setEnabled(self.people.count() > 0)

    def add_someone(self) -> None:
        from casebridge.ui.person_dialog import PersonDialog

        added: list[Person] = []
        cases = self.workspace.cases
        dialog = PersonDialog(lambda values: added.append(cases.add_person(self.urn, values)), cases.today, self)
        dialog.role.setCurrentIndex(max(0, dialog.role.findData("witness")))  # most often: the CCTV operator
        if dialog.exec() and added:
            self.fill(added[0].id)

    def accept(self) -> None:
        self.producer = self.people.currentData()
        if self.producer is not None:
            super().accept()


def _label(person: Person, role: str) -> str:
    name = f"{person.forenames} {person.surname.upper()}".strip()
    return f"{name} ({role})"
