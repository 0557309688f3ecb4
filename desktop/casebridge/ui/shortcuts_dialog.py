"""Help ▸ Keyboard shortcuts (F1): every shortcut of the menus and the Alt keys of the screen on show, read from
the window itself so the list is always true, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

GENERAL = (
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous control")),
    ("Ctrl+Tab / Ctrl+Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous tab")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the chosen case, exhibit or index entry")),
    ("Space", QT_TRANSLATE_NOOP("ShortcutsDialog", "Play or pause a recording in the viewer")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "Close a dialog, or leave full-screen video")),
)


def _mnemonic(text: str) -> str:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return f"Alt+{plain[at + 1].upper()}" if at >= 0 and at + 1 < len(plain) else ""


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows: list[tuple[str, str]] = []
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if not isinstance(menu, QMenu):
                continue
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    rows.append((keys, action.text().replace("&", "")))
        for bar in window.findChildren(QTabBar):
            if bar.isVisible():
                for index in range(bar.count()):
                    key = _mnemonic(bar.tabText(index))
                    if key:
                        rows.append((key, self.tr("Tab: %1").replace("%1", bar.tabText(index).replace("&", ""))))
        for button in window.findChildren(QAbstractButton):
            if button.isVisible() and not isinstance(button.parent(), QTabBar):
                key = _mnemonic(button.text())
                if key:
                    rows.append((key, button.text().replace("&", "").rstrip("…")))
        for keys, meaning in GENERAL:
            rows.append((keys, self.tr(str(meaning))))
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, meaning) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(meaning))
        self.table = table
        note = QLabel(
            self.tr("Alt keys belong to the screen on show; menus open with Alt and their underlined letter.")
        )
        note.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(table, 1)
        layout.addWidget(box)
        self.resize(620, 560)
        table.setFocus()
