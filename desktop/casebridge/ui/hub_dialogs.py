"""Dialogs for the exchange: signing in to the hub, and confirming what a submission will send."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def human_size(size: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if size < 1000 or unit == "TB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{size:.1f} TB"


class SignInDialog(QDialog):
    """Hub address, user name and password. The password is handed to the sign-in and never kept."""

    def __init__(self, hub_url: str, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the hub"))
        self.address = QLineEdit(hub_url)
        self.address.setAccessibleName(self.tr("Hub address"))
        self.address.setToolTip(self.tr("The https:// address your force gave you for the hub."))
        self.user = QLineEdit(username)
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Sign-in problem"))
        form = QFormLayout()
        for text, field in (
            (self.tr("Hub &address:"), self.address),
            (self.tr("&User name:"), self.user),
            (self.tr("&Password:"), self.password),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Sign in"))
        ok.setAccessibleName(self.tr("Sign in"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(buttons)
        (self.password if hub_url and username else self.address).setFocus()

    def _check(self) -> None:
        if not self.address.text().strip().startswith("https://"):
            self.problem.setText(self.tr("The hub address starts with https://"))
        elif not self.user.text().strip() or not self.password.text():
            self.problem.setText(self.tr("Enter your user name and password."))
        else:
            self.accept()

    def values(self) -> tuple[str, str, str]:
        return self.address.text().strip(), self.user.text().strip(), self.password.text()


class ConfirmSubmissionDialog(QDialog):
    """What will be sent, before anything is: every exhibit with its size, the total and the hub."""

    def __init__(
        self, urn: str, hub_url: str, exhibits: list[Any], warnings: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Submit %1 to CPS").replace("%1", urn))
        total = sum(e.size for e in exhibits)
        summary = QLabel(
            self.tr("%1 item(s), %2 in all, will be sent to %3. Files the hub already holds are not sent again.")
            .replace("%1", str(len(exhibits)))
            .replace("%2", human_size(total))
            .replace("%3", hub_url)
        )
        summary.setWordWrap(True)
        summary.setAccessibleName(self.tr("What will be sent"))
        table = QTableWidget(len(exhibits), 3)
        table.setAccessibleName(self.tr("Items to send"))
        table.setHorizontalHeaderLabels([self.tr("Exhibit"), self.tr("Description"), self.tr("Size")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        for row, exhibit in enumerate(exhibits):
            for column, text in enumerate((exhibit.reference, exhibit.display_description, human_size(exhibit.size))):
                table.setItem(row, column, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table = table
        column_layout = QVBoxLayout(self)
        column_layout.addWidget(summary)
        if warnings:
            notes = QLabel(self.tr("Readiness warnings (not blocking):") + "\n• " + "\n• ".join(warnings[:8]))
            notes.setWordWrap(True)
            notes.setAccessibleName(self.tr("Readiness warnings"))
            column_layout.addWidget(notes)
        column_layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        send = buttons.button(QDialogButtonBox.StandardButton.Ok)
        send.setText(self.tr("&Send to CPS"))
        send.setAccessibleName(self.tr("Send to CPS"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column_layout.addWidget(buttons)
        self.resize(720, 460)
