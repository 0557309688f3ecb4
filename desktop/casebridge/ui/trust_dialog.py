"""File ▸ Trusted workstations: the unit's trust list of workstation signing keys. A case package signed by a key
on the list is imported as coming from that workstation; any other is still checked whole, but the import asks
first and the audit log records that the sender was unknown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebridge.errors import CasebridgeError

if TYPE_CHECKING:
    from casebridge.workspace import Workspace


class TrustDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from casebridge.exchange.keys import own_key_id

        self.ws = workspace
        self.setWindowTitle(self.tr("Trusted workstations"))
        self.setAccessibleName(self.tr("Trusted workstations"))
        own = own_key_id(workspace.paths.config_dir)
        intro = QLabel(
            self.tr(
                "Case packages signed by these workstations are imported as coming from them. Add a key only after "
                "the sending unit has confirmed it to you by telephone or in person."
            )
        )
        intro.setWordWrap(True)
        mine = QLabel(
            self.tr("This workstation's key: %1").replace("%1", own)
            if own
            else self.tr("This workstation has not signed a package yet, so it has no key.")
        )
        mine.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mine.setAccessibleName(self.tr("This workstation's key"))

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Key"), self.tr("Added by"), self.tr("Added")])
        self.table.setAccessibleName(self.tr("Trusted workstation keys"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen workstation"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove)

        self.key = QLineEdit()
        self.key.setPlaceholderText(self.tr("16 characters, 0-9 and a-f"))
        self.key.setAccessibleName(self.tr("Key id"))
        self.key.setMaxLength(16)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Unit and desk, e.g. Leeds FBU desk 3"))
        self.name.setAccessibleName(self.tr("Workstation name"))
        self.name.setMaxLength(120)
        self.add_button = QPushButton(self.tr("&Trust"))
        self.add_button.setAccessibleName(self.tr("Trust this workstation"))
        self.add_button.clicked.connect(self.add)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        form = QFormLayout()
        key_label = QLabel(self.tr("&Key id:"))
        key_label.setBuddy(self.key)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        form.addRow(key_label, self.key)
        form.addRow(name_label, self.name)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(mine)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addLayout(add_row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.refresh()

    def refresh(self) -> None:
        from casebridge.domain.when import uk_day

        entries = self.ws.trust.all()
        self.table.setRowCount(len(entries))
        for number, entry in enumerate(entries):
            cells = (entry.name, entry.key_id, entry.added_by, uk_day(entry.added_at))
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def _chosen(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 1)
        return None if item is None else item.text()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self._chosen() is not None)

    def add(self) -> None:
        try:
            entry = self.ws.trust.trust(self.key.text(), self.name.text())
        except CasebridgeError as exc:
            self.problem.setText(str(exc))
            return
        self.problem.setText(self.tr("%1 is now trusted.").replace("%1", entry.name))
        self.key.clear()
        self.name.clear()
        self.refresh()

    def remove(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        try:
            self.ws.trust.distrust(chosen)
        except CasebridgeError as exc:
            self.problem.setText(str(exc))
            return
        self.problem.setText(self.tr("Key %1 is no longer trusted.").replace("%1", chosen))
        self.refresh()
