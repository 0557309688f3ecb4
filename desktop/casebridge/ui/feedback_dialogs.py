"""Dialogs for CPS feedback: the reviewer composes a request for material, an action-plan task, a charging
decision or a rejection; the police officer picks the exhibits that answer a request."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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

from casebridge.domain.feedback import REQUEST_TYPES
from casebridge.ui.domain_text import dt


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text.replace("&", ""))
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(dialog.tr("Cancel"))
    cancel.setAccessibleName(dialog.tr("Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _row(form: QFormLayout, text: str, field: QWidget, name: str) -> None:
    field.setAccessibleName(name)
    caption = QLabel(text)
    caption.setBuddy(field)
    form.addRow(caption, field)


class FeedbackDialog(QDialog):
    """One piece of feedback of a chosen kind; `body()` is the feedback-v1 JSON to send."""

    def __init__(
        self,
        kind: str,
        urn: str,
        submission_id: str | None,
        next_id: str,
        parent: QWidget | None = None,
        *,
        people: list[Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind, self.urn, self.submission_id, self.next_id = kind, urn, submission_id, next_id
        titles = {
            "request": self.tr("Request material for %1"),
            "action_plan": self.tr("Action plan for %1"),
            "decision": self.tr("Charging decision on %1"),
            "rejection": self.tr("Reject the file for %1"),
        }
        self.setWindowTitle(titles[kind].replace("%1", urn))
        form = QFormLayout()
        self.summary = QLineEdit()
        _row(form, self.tr("S&ummary:"), self.summary, self.tr("Summary"))
        self.type = QComboBox()
        for code, label in REQUEST_TYPES:
            self.type.addItem(dt(label), code)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        # the case's people to choose from (a witness not yet on the case can be typed in)
        self.witness = QComboBox()
        self.witness.setEditable(True)
        self.witness.addItem("", "")
        for person in people or []:
            role = getattr(person.role, "label", str(person.role))
            name = f"{person.forenames} {person.surname.upper()}".strip()
            self.witness.addItem(f"{name} ({role.lower()})", name)
        self.witness.setCurrentIndex(0)
        self.location = QLineEdit()
        self.target = QDateEdit(QDate.currentDate().addDays(7))
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("dd/MM/yyyy")
        self.outcome = QComboBox()
        for code, label in (
            ("charge", "Charge"),
            ("no_further_action", "No further action"),
            ("more_information", "More information needed"),
        ):
            self.outcome.addItem(self.tr(label), code)
        self.test = QComboBox()
        for code, label in (("full_code", "Full Code Test"), ("threshold", "Threshold Test")):
            self.test.addItem(self.tr(label), code)
        self.charges = QPlainTextEdit()
        self.charges.setTabChangesFocus(True)
        self.charges.setToolTip(self.tr("One charge per line; a CJS code first if you have it (TH68010 Theft …)."))
        if kind == "request":
            _row(form, self.tr("&Type:"), self.type, self.tr("Material type"))
            _row(form, self.tr("&What is needed:"), self.description, self.tr("What is needed"))
            _row(form, self.tr("&Witness:"), self.witness, self.tr("Witness"))
            _row(form, self.tr("&Location:"), self.location, self.tr("Location"))
            _row(form, self.tr("&By:"), self.target, self.tr("Target date"))
        elif kind == "action_plan":
            _row(form, self.tr("&Task:"), self.description, self.tr("Task"))
            _row(form, self.tr("&By:"), self.target, self.tr("Target date"))
        elif kind == "decision":
            _row(form, self.tr("&Outcome:"), self.outcome, self.tr("Outcome"))
            _row(form, self.tr("&Test:"), self.test, self.tr("Test applied"))
            _row(form, self.tr("&Charges:"), self.charges, self.tr("Charges"))
            _row(form, self.tr("&Reasons:"), self.description, self.tr("Reasons"))
        else:
            _row(form, self.tr("&Reasons:"), self.description, self.tr("Reasons for rejecting the file"))
        self.problem = QLabel()
        self.problem.setAccessibleName(self.tr("Problem"))
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.problem)
        box = _buttons(self, self.tr("&Send"))
        box.accepted.disconnect()
        box.accepted.connect(self._check)
        column.addWidget(box)
        self.resize(560, 380)

    def _check(self) -> None:
        if self.kind != "decision" and not self.description.toPlainText().strip():
            self.problem.setText(self.tr("Say what is needed."))
            return
        self.accept()

    def witness_name(self) -> str:
        """The chosen person's name (without the role shown beside it in the list), or what was typed."""
        typed = self.witness.currentText().strip()
        index = self.witness.currentIndex()
        if index > 0 and typed == self.witness.itemText(index):
            return str(self.witness.itemData(index))
        return typed

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"kind": self.kind, "urn": self.urn}
        if self.submission_id:
            body["submission_id"] = self.submission_id
        if self.summary.text().strip():
            body["summary"] = self.summary.text().strip()
        text = self.description.toPlainText().strip()
        due = self.target.date().toString("yyyy-MM-dd")
        if self.kind == "request":
            request: dict[str, Any] = {
                "id": self.next_id,
                "type": self.type.currentData(),
                "description": text,
                "target_date": due,
            }
            witness = self.witness_name()
            if witness:
                request["witness"] = witness
            if self.location.text().strip():
                request["location"] = self.location.text().strip()
            body["requests"] = [request]
        elif self.kind == "action_plan":
            body["tasks"] = [{"id": self.next_id, "text": text, "target_date": due}]
        elif self.kind == "decision":
            charges = []
            for line in filter(None, (line.strip() for line in self.charges.toPlainText().splitlines())):
                code, _, rest = line.partition(" ")
                if len(code) in (7, 8) and code[:2].isalpha() and code[2:7].isdigit():
                    charges.append({"cjs_code": code.upper(), "wording": rest.strip() or code})
                else:
                    charges.append({"wording": line})
            body["decision"] = {
                "outcome": self.outcome.currentData(),
                "test": self.test.currentData(),
                "charges": charges,
                **({"reasons": text} if text else {}),
            }
        else:
            body["reasons"] = [r.strip() for r in text.splitlines() if r.strip()]
        return body


class AnswerDialog(QDialog):
    """Ticks the exhibits that answer one request or task."""

    def __init__(self, action_text: str, exhibits: list[Any], chosen: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answer with exhibits"))
        caption = QLabel(self.tr("Which exhibits answer: %1").replace("%1", action_text))
        caption.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Exhibits of the case"))
        for exhibit in exhibits:
            item = QListWidgetItem(f"{exhibit.reference}  {exhibit.display_description}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, exhibit.reference)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if exhibit.reference in chosen else Qt.CheckState.Unchecked)
        column = QVBoxLayout(self)
        column.addWidget(caption)
        column.addWidget(self.list, 1)
        column.addWidget(_buttons(self, self.tr("&Answer")))
        self.resize(560, 420)

    def chosen(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
