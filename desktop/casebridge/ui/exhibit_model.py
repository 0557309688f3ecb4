"""Item model for a case's exhibits: list columns, and thumbnails as decorations (made in the background)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap

from casebridge.domain.exhibit import Exhibit
from casebridge.evidence.describe import size_text

Index = QModelIndex | QPersistentModelIndex
KIND_LABELS = {
    "video": "Video",
    "audio": "Audio",
    "image": "Image",
    "document": "Document",
    "executable": "Player program",
    "other": "Other",
}


class ExhibitModel(QAbstractTableModel):
    REFERENCE, DESCRIPTION, KIND, SIZE, PRODUCER, SEIZED = range(6)
    thumbnails_wanted = Signal(list)  # exhibits whose thumbnails are not loaded yet

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Exhibit] = []
        self._icons: dict[str, QIcon] = {}
        self._asked: set[str] = set()
        self._headers = [
            self.tr("Exhibit"),
            self.tr("Description"),
            self.tr("Type"),
            self.tr("Size"),
            self.tr("Producer"),
            self.tr("Seized / received"),
        ]

    def set_exhibits(self, rows: list[Exhibit]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        missing = [e for e in rows if e.sha256 not in self._icons and e.sha256 not in self._asked and e.previewable]
        self._asked.update(e.sha256 for e in missing)
        if missing:
            self.thumbnails_wanted.emit(missing)

    def exhibit(self, row: int) -> Exhibit:
        return self._rows[row]

    def row_of(self, exhibit_id: int) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == exhibit_id), -1)

    def set_thumbnail(self, sha256: str, data: bytes) -> None:
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            return
        self._icons[sha256] = QIcon(pixmap)
        for row, exhibit in enumerate(self._rows):
            if exhibit.sha256 == sha256:
                index = self.index(row, self.REFERENCE)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def has_thumbnail(self, sha256: str) -> bool:
        return sha256 in self._icons

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        exhibit = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == self.REFERENCE:
            return self._icons.get(exhibit.sha256)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{exhibit.reference} — {exhibit.summary}"
            return f"{tip}\n{exhibit.problem}" if exhibit.problem else tip
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == self.REFERENCE:
            return exhibit.reference
        if column == self.DESCRIPTION:
            return exhibit.display_description
        if column == self.KIND:
            return self.tr(KIND_LABELS.get(exhibit.kind, exhibit.kind))
        if column == self.SIZE:
            return size_text(exhibit.size)
        if column == self.PRODUCER:
            return exhibit.producer_name
        if column == self.SEIZED:
            return exhibit.seized_at.strftime("%d/%m/%Y %H:%M") if exhibit.seized_at else ""
        return None
