"""Arranging a case's bundle: the order of documents, their sections, and what is left out — saved per case."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebridge.bundle.definition import BundleDefinition, Entry

if TYPE_CHECKING:
    from casebridge.workspace import Workspace


class ArrangeDialog(QDialog):
    def __init__(self, ws: Workspace, urn: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from casebridge.bundle.build import case_definition
        from casebridge.domain.view import CaseFileView

        self.ws, self.urn = ws, urn
        self.definition: BundleDefinition = case_definition(ws, CaseFileView.load(ws, urn))
        self.setWindowTitle(self.tr("Arrange the bundle of %1").replace("%1", urn))
        self.setAccessibleName(self.windowTitle())
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Documents in bundle order"))
        self.section = QComboBox()
        self.section.setAccessibleName(self.tr("Section of the selected document"))
        for section in self.definition.sections:
            self.section.addItem(f"{section.code} {section.title}", section.code)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.leave_button = QPushButton(self.tr("&Leave out / include"))
        self.reset_button = QPushButton(self.tr("&Reset to default"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (
            self.up_button,
            self.down_button,
            self.leave_button,
            self.reset_button,
            self.save_button,
            self.cancel_button,
        ):
            button.setAccessibleName(button.text().replace("&", ""))
        form = QFormLayout()
        caption = QLabel(self.tr("Se&ction:"))
        caption.setBuddy(self.section)
        form.addRow(caption, self.section)
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.leave_button):
            moves.addWidget(button)
        ends = QHBoxLayout()
        ends.addWidget(self.reset_button)
        ends.addStretch(1)
        ends.addWidget(self.save_button)
        ends.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.entries, 1)
        layout.addLayout(form)
        layout.addLayout(moves)
        layout.addLayout(ends)
        self.up_button.clicked.connect(lambda: self.move_entry(-1))
        self.down_button.clicked.connect(lambda: self.move_entry(1))
        self.leave_button.clicked.connect(self.toggle)
        self.section.activated.connect(lambda _i: self.set_section())
        self.entries.currentRowChanged.connect(lambda _r: self._selected())
        self.reset_button.clicked.connect(self.reset)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.show_entries(0)
        self.resize(720, 560)

    def show_entries(self, row: int) -> None:
        self.entries.clear()
        for entry in self.definition.entries:
            out = entry.key in self.definition.excluded
            text = f"{entry.section}  {entry.title}" + (self.tr("  (left out)") if out else "")
            QListWidgetItem(text, self.entries).setData(Qt.ItemDataRole.UserRole, entry.key)
        self.entries.setCurrentRow(min(max(row, 0), self.entries.count() - 1))

    def _selected(self) -> None:
        row = self.entries.currentRow()
        if 0 <= row < len(self.definition.entries):
            self.section.setCurrentIndex(max(0, self.section.findData(self.definition.entries[row].section)))

    def move_entry(self, step: int) -> None:
        row = self.entries.currentRow()
        target = row + step
        entries = list(self.definition.entries)
        if not (0 <= row < len(entries) and 0 <= target < len(entries)):
            return
        entries[row], entries[target] = entries[target], entries[row]
        self.definition = replace(self.definition, entries=tuple(entries))
        self.show_entries(target)

    def set_section(self) -> None:
        row = self.entries.currentRow()
        entries: list[Entry] = list(self.definition.entries)
        if 0 <= row < len(entries):
            entries[row] = replace(entries[row], section=str(self.section.currentData()))
            self.definition = replace(self.definition, entries=tuple(entries))
            self.show_entries(row)

    def toggle(self) -> None:
        row = self.entries.currentRow()
        if not 0 <= row < len(self.definition.entries):
            return
        key = self.definition.entries[row].key
        excluded = set(self.definition.excluded)
        excluded.symmetric_difference_update({key})
        self.definition = replace(self.definition, excluded=tuple(sorted(excluded)))
        self.show_entries(row)

    def reset(self) -> None:
        from casebridge.bundle.definition import default_definition
        from casebridge.domain.view import CaseFileView

        self.definition = default_definition(CaseFileView.load(self.ws, self.urn))
        self.show_entries(0)

    def save(self) -> None:
        self.ws.bundles.save_definition(self.urn, self.definition.to_json())
        self.accept()
