"""My work: the landing view — custody clocks running out (live countdown), CPS requests waiting for an answer,
the outbox, interrupted imports and recent cases, from `casebridge.worklist`; Enter or a double-click on a line
opens the case where the work is done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from casebridge.worklist import WorkItem
    from casebridge.workspace import Workspace

URGENT_HOURS = 4  # a custody clock with less than this left is shown in the warning colour


class MyWork(QWidget):
    """The lines of work, grouped, most urgent first; `open_place(urn, place)` asks the window to open them."""

    open_place = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.now: Callable[[], datetime] | None = None
        self.items: list[WorkItem] = []
        self.heading = QLabel(self.tr("My work"))
        self.heading.setAccessibleName(self.tr("My work"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("My work: custody clocks, CPS requests, outbox, imports, recent cases"))
        self.tree.setHeaderLabels([self.tr("Case"), self.tr("What is waiting"), self.tr("Title")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setToolTip(self.tr("Enter or double-click: open the case where this is done."))
        self.tree.itemActivated.connect(self._activated)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.tree, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)  # the custody countdown moves on a minute at a time
        self.timer.timeout.connect(self.refresh)

    def headings(self) -> dict[str, str]:
        return {
            "custody": self.tr("Custody clocks"),
            "request": self.tr("CPS requests waiting for an answer"),
            "outbox": self.tr("Outbox: not yet delivered"),
            "import": self.tr("Interrupted imports"),
            "readiness": self.tr("Not ready to submit"),
            "recent": self.tr("Recent cases"),
        }

    def attach(self, workspace: Workspace, now: Callable[[], datetime]) -> None:
        self.workspace = workspace
        self.now = now
        self.refresh()
        self.timer.start()

    def refresh(self) -> None:
        if self.workspace is None or self.now is None:
            return
        from casebridge.worklist import KINDS, work_items

        self.items = work_items(self.workspace, self.now())
        current = self.tree.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        self.tree.clear()
        now = self.now()
        for kind in KINDS:
            mine = [item for item in self.items if item.kind == kind]
            if not mine:
                continue
            group = QTreeWidgetItem(self.tree, [f"{self.headings()[kind]} ({len(mine)})"])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for item in mine:
                line = QTreeWidgetItem(group, [item.urn, item.detail, item.title])
                line.setData(0, Qt.ItemDataRole.UserRole, (item.urn, item.place, item.kind, item.key))
                line.setToolTip(1, item.detail)
                urgent = (
                    item.kind == "custody"
                    and item.due is not None
                    and (item.due - now).total_seconds() < (URGENT_HOURS * 3600)
                )
                if urgent:  # colour and words: the text already says how long is left
                    line.setForeground(1, QBrush(QColor("#b00020")))
                if keep == line.data(0, Qt.ItemDataRole.UserRole):
                    self.tree.setCurrentItem(line)
            group.setExpanded(True)
        if not self.items:
            QTreeWidgetItem(self.tree, [self.tr("Nothing waiting: create a case with File ▸ New case (Ctrl+N).")])
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    def _activated(self, line: QTreeWidgetItem, _column: int) -> None:
        data = line.data(0, Qt.ItemDataRole.UserRole)
        if data:
            urn, place, _kind, _key = data
            self.open_place.emit(urn, place)
