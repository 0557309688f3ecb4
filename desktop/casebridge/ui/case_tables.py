"""Editable table models for the people and offences on a case. Edits go straight to the store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from casebridge.domain.case import Offence, Person, PersonRole
from casebridge.ui.domain_text import dt

Index = QModelIndex | QPersistentModelIndex
EditFn = Callable[[int, str, Any], bool]  # (record id, field, value) -> saved?


def _fmt(value: Any) -> str:
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)


class _RecordTable(QAbstractTableModel):
    columns: list[tuple[str, str, bool]]  # (field, header, editable)

    def __init__(self, on_edit: EditFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_edit = on_edit
        self._rows: list[Any] = []

    def set_records(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()][2]:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def display(self, record: Any, field: str) -> str:
        return _fmt(getattr(record, field))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        field = self.columns[index.column()][0]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.display(record, field)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        record = self._rows[index.row()]
        field = self.columns[index.column()][0]
        if str(value).strip() == self.display(record, field):
            return False
        return self._on_edit(int(record.id), field, value)


class PeopleTable(_RecordTable):
    def __init__(self, on_edit: EditFn, parent: QObject | None = None) -> None:
        super().__init__(on_edit, parent)
        self.columns = [
            ("role", self.tr("Role"), True),
            ("surname", self.tr("Surname"), True),
            ("forenames", self.tr("Forenames"), True),
            ("date_of_birth", self.tr("Date of birth"), True),
            ("postcode", self.tr("Postcode"), True),
            ("pnc_id", self.tr("PNC ID"), True),
            ("asn", self.tr("ASN"), True),
            ("cro_number", self.tr("CRO no."), True),
            ("collar_number", self.tr("Collar no."), True),
        ]

    def display(self, record: Person, field: str) -> str:
        if field == "role":
            return dt(record.role.label)
        return super().display(record, field)


class OffencesTable(_RecordTable):
    def __init__(self, on_edit: EditFn, parent: QObject | None = None) -> None:
        super().__init__(on_edit, parent)
        self.columns = [
            ("cjs_code", self.tr("CJS code"), True),
            ("title", self.tr("Offence"), False),
            ("wording", self.tr("Wording"), True),
            ("date_from", self.tr("From"), True),
            ("date_to", self.tr("To"), True),
            ("location", self.tr("Location"), True),
            ("defendant_id", self.tr("Defendant"), False),
        ]
        self.names: dict[int, str] = {}

    def display(self, record: Offence, field: str) -> str:
        if field == "defendant_id":
            return self.names.get(record.defendant_id or -1, "")
        return super().display(record, field)


class RoleDelegate(QStyledItemDelegate):
    """Edits the role column with a list of roles instead of free text."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Role"))
        for role in PersonRole:
            combo.addItem(dt(role.label), role.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findText(str(index.data()))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
