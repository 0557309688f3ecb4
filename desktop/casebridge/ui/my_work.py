"""My work: the landing view — custody clocks running out (live countdown), CPS requests waiting for an answer,
the outbox, interrupted imports and recent cases, from `casebridge.worklist`; for a CPS reviewer also the hub's
inbox (asked off the GUI thread every few minutes) and received cases still to review. Enter or a double-click
on a line opens the case where the work is done, or the inbox at that submission."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebridge.ui.icons import status_icon

if TYPE_CHECKING:
    from casebridge.worklist import WorkItem
    from casebridge.workspace import Workspace

URGENT_HOURS = 4  # a custody clock with less than this left is shown in the warning colour
INBOX_EVERY_MS = 5 * 60_000  # how often a reviewer's My work asks the hub for its inbox


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the column's width (a tree's own row heights ignore wrapping)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        width = max(40, self.tree.columnWidth(index.column()) - 8)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = self.tree.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(base.width(), max(base.height(), lines.height() + 4))


class MyWork(QWidget):
    """The lines of work, grouped, most urgent first; `open_place(urn, place)` asks the window to open them."""

    open_place = Signal(str, str)
    open_submission = Signal(str)  # a line of the hub's inbox: its submission id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from casebridge.ui.jobs import JobRunner

        self.workspace: Workspace | None = None
        self.now: Callable[[], datetime] | None = None
        self.hub_inbox: Callable[[], list[Any]] | None = None
        self.inbox_rows: list[Any] = []
        self.items: list[WorkItem] = []
        self.jobs = JobRunner(self)
        self.heading = QLabel(self.tr("My work"))
        self.heading.setAccessibleName(self.tr("My work"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("My work: custody clocks, CPS requests, outbox, imports, recent cases"))
        self.tree.setHeaderLabels([self.tr("Case"), self.tr("What is waiting")])  # the case's title: its tooltip
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)  # what is waiting wraps, whole, rather than scrolling sideways
        tree_header = self.tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        tree_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        tree_header.sectionResized.connect(lambda *_args: self.tree.doItemsLayout())  # rows re-wrap to the width
        self.tree.setItemDelegateForColumn(1, WrappingDelegate(self.tree))
        self.tree.setToolTip(self.tr("Enter or double-click: open the case where this is done."))
        self.tree.itemActivated.connect(self._activated)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.inbox_note = QLabel()  # why the hub's inbox is missing, when it is
        self.inbox_note.setWordWrap(True)
        self.inbox_note.setAccessibleName(self.tr("CPS inbox"))
        self.inbox_note.hide()
        column.addWidget(self.heading)
        column.addWidget(self.inbox_note)
        column.addWidget(self.tree, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)  # the custody countdown moves on a minute at a time
        self.timer.timeout.connect(self.refresh)
        self.inbox_timer = QTimer(self)
        self.inbox_timer.setInterval(INBOX_EVERY_MS)
        self.inbox_timer.timeout.connect(self.fetch_inbox)

    def headings(self) -> dict[str, str]:
        return {
            "custody": self.tr("Custody clocks"),
            "inbox": self.tr("CPS inbox: not yet opened"),
            "request": self.tr("CPS requests waiting for an answer"),
            "review": self.tr("Received: to review"),
            "outbox": self.tr("Outbox: not yet delivered"),
            "import": self.tr("Interrupted imports"),
            "readiness": self.tr("Not ready to submit"),
            "recent": self.tr("Recent cases"),
        }

    def attach(
        self, workspace: Workspace, now: Callable[[], datetime], hub_inbox: Callable[[], list[Any]] | None = None
    ) -> None:
        """`hub_inbox` reads the hub's inbox (blocking: it runs off the GUI thread) for a CPS sign-in."""
        self.workspace = workspace
        self.now = now
        self.hub_inbox = hub_inbox
        self.refresh()
        self.timer.start()
        self.inbox_timer.start()
        self.fetch_inbox()

    def fetch_inbox(self) -> None:
        """Asks the hub for its inbox when a CPS reviewer is signed in; the list shows it when it comes."""
        reviewer = self.workspace is not None and self.workspace.settings.hub_role == "cps"
        if not reviewer or self.hub_inbox is None:
            if self.inbox_rows or self.inbox_note.isVisible():
                self.inbox_rows = []
                self.inbox_note.hide()
                self.refresh()
            return
        if self.jobs.busy:
            return
        ask = self.hub_inbox

        def failed(exc: BaseException) -> None:
            from casebridge.ui.jobs import failure_text

            text = self.tr("The hub's inbox was not reached (%1): what is shown is from this computer.")
            self.inbox_note.setText(text.replace("%1", failure_text(exc)))
            self.inbox_note.show()

        def arrived(rows: Any) -> None:
            self.inbox_rows = list(rows)
            self.inbox_note.hide()
            self.refresh()

        self.jobs.run(lambda _progress, _cancel: ask(), arrived, failed=failed, show=False)

    def refresh(self) -> None:
        if self.workspace is None or self.now is None:
            return
        from casebridge.worklist import KINDS, work_items

        self.items = work_items(self.workspace, self.now(), self.inbox_rows)
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
                line = QTreeWidgetItem(group, [item.urn, item.detail])
                line.setData(0, Qt.ItemDataRole.UserRole, (item.urn, item.place, item.kind, item.key))
                for column in (0, 1):
                    line.setToolTip(column, f"{item.title}\n{item.detail}" if item.title else item.detail)
                urgent = (
                    item.kind in ("custody", "inbox")
                    and item.due is not None
                    and (item.due - now).total_seconds() < (URGENT_HOURS * 3600)
                )
                if urgent:  # colour and words: the text already says how long is left
                    line.setForeground(1, QBrush(QColor("#b00020")))
                if urgent or item.kind == "readiness":
                    line.setIcon(1, status_icon("error" if urgent else "warning", self.tree))
                if keep == line.data(0, Qt.ItemDataRole.UserRole):
                    self.tree.setCurrentItem(line)
            group.setExpanded(True)
        if not self.items:
            QTreeWidgetItem(self.tree, [self.tr("Nothing waiting: create a case with File ▸ New case (Ctrl+N).")])
        self.tree.resizeColumnToContents(0)
        self.tree.doItemsLayout()

    def _activated(self, line: QTreeWidgetItem, _column: int) -> None:
        data = line.data(0, Qt.ItemDataRole.UserRole)
        if data:
            urn, place, kind, key = data
            if kind == "inbox":
                self.open_submission.emit(key)
            else:
                self.open_place.emit(urn, place)
