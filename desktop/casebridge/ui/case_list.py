"""The case list: every case in the workspace, searchable by URN, name or offence, sortable by any column."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebridge.ui.domain_text import dt
from casebridge.ui.fitting import ColumnsByWidth
from casebridge.ui.i18n import warning_colour

if TYPE_CHECKING:
    from casebridge.domain.case import CaseSummary
    from casebridge.store.cases import CaseStore

Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractTableModel):
    deadline_close = Signal(str)  # a sentence to announce
    URN, CUSTODY, TITLE, DEFENDANTS, OFFENCES, STATUS, UPDATED = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self.custody: dict[str, datetime] = {}
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._announced: set[tuple[str, int]] = set()
        self._headers = [
            self.tr("URN"),
            self.tr("Custody"),
            self.tr("Title"),
            self.tr("Defendants"),
            self.tr("Offences"),
            self.tr("Status"),
            self.tr("Last changed"),
        ]

    def set_cases(self, rows: list[CaseSummary], custody: dict[str, datetime] | None = None) -> None:
        """Custody cases first, most urgent at the top; then the rest as given (most recently changed first)."""
        self.beginResetModel()
        self.custody = custody or {}
        far = datetime.max.replace(tzinfo=UTC)
        self._rows = sorted(rows, key=lambda r: self.custody.get(r.urn, far))
        self.endResetModel()

    # Thresholds at which a custody deadline is announced (status bar and screen readers), once each per case.
    WARN_AT = (6 * 3600, 3600)

    def tick(self) -> None:
        """Time has passed: redraw the custody countdowns (the order by expiry does not change) and announce a
        deadline crossing 6 hours or 1 hour left."""
        if self._rows and self.custody:
            last = self.index(len(self._rows) - 1, self.CUSTODY)
            self.dataChanged.emit(self.index(0, self.CUSTODY), last)
        for urn, expiry in self.custody.items():
            left = (expiry - self.now()).total_seconds()
            for limit in self.WARN_AT:
                if 0 < left <= limit and (urn, limit) not in self._announced:
                    self._announced.add((urn, limit))
                    self.deadline_close.emit(
                        self.tr("Custody deadline close: %1 — %2")
                        .replace("%1", urn)
                        .replace("%2", self.custody_text(urn))
                    )

    def custody_text(self, urn: str) -> str:
        expiry = self.custody.get(urn)
        if expiry is None:
            return ""
        from casebridge.domain.custody import describe_remaining

        return self.tr("PACE: %1").replace("%1", describe_remaining(expiry - self.now()))

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def row_of(self, urn: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.urn == urn), -1)

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
        case = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.URN:
                return case.urn
            if column == self.CUSTODY:
                return self.custody_text(case.urn)
            if column == self.TITLE:
                return case.title
            if column == self.DEFENDANTS:
                return "; ".join(case.defendants)
            if column == self.OFFENCES:
                return "; ".join(case.offences)
            if column == self.STATUS:
                return dt(case.status.label)
            if column == self.UPDATED:
                return datetime.fromisoformat(case.updated_at).astimezone().strftime("%d/%m/%Y %H:%M")
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if column == self.CUSTODY:
                expiry = self.custody.get(case.urn)
                if expiry is not None:
                    return f"0-{expiry.astimezone(UTC).isoformat()}"
                age = 10**11 - int(datetime.fromisoformat(case.updated_at).timestamp())
                return f"1-{age:012d}"  # then the rest, most recently changed first
            return case.updated_at if column == self.UPDATED else self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CUSTODY and case.urn in self.custody:
            left = self.custody[case.urn] - self.now()
            return warning_colour() if left.total_seconds() < 6 * 3600 else None
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.DEFENDANTS, self.OFFENCES):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None


class CaseListPane(QWidget):
    """Search box + table. Emits `case_chosen(urn)` when the selection changes."""

    case_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QSortFilterProxyModel

        self._cases: CaseStore | None = None
        self._custody: Callable[[], dict[str, datetime]] | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by URN, name or offence"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.model = CaseListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortLocaleAware(True)  # Welsh and English names sort as a reader expects
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        # Custody cases first, most urgent at the top; then the rest, most recently changed first.
        self.table.sortByColumn(CaseListModel.CUSTODY, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column in (CaseListModel.URN, CaseListModel.CUSTODY, CaseListModel.UPDATED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CaseListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (CaseListModel.DEFENDANTS, 150),
            (CaseListModel.OFFENCES, 190),
            (CaseListModel.STATUS, 160),
        ):
            header.resizeSection(column, width)
        # a title wraps rather than being cut: each row as tall as its text
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # URN, custody and title always; the rest as the list gets wider (the title takes what is left)
        self.columns = ColumnsByWidth(
            self.table,
            (
                (CaseListModel.DEFENDANTS, 600),
                (CaseListModel.STATUS, 760),
                (CaseListModel.OFFENCES, 950),
                (CaseListModel.UPDATED, 1080),
            ),
        )
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("<b>Cases</b>"))
        heading.setBuddy(self.search)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.clock = QTimer(self)  # the PACE countdowns move on by the minute
        self.clock.setInterval(60_000)
        self.clock.timeout.connect(self.model.tick)
        self.clock.start()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def show_glance(self, rows: list[CaseSummary], custody: dict[str, datetime]) -> None:
        """The list as read at a glance before the workspace opened (store/glance.py): shown until the store
        is attached, which reads it again."""
        if self._cases is not None:
            return
        self.model.set_cases(rows, custody)
        self.count_label.setText(self.tr("%n case(s)", "", self.model.rowCount()))

    def attach(self, cases: CaseStore, custody: Callable[[], dict[str, datetime]] | None = None) -> None:
        self._cases = cases
        self._custody = custody
        self.refresh()

    def refresh(self) -> None:
        if self._cases is None:
            return
        current = self.current_urn()
        custody = self._custody() if self._custody is not None else {}
        self.model.set_cases(self._cases.list_cases(self.search.text()), custody)
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n case(s)", "", count))
        if current:
            self.select(current, emit=False)

    def current_urn(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.summary(self.proxy.mapToSource(index).row()).urn

    def select(self, urn: str, *, emit: bool = True) -> bool:
        row = self.model.row_of(urn)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        blocker = None if emit else self.table.selectionModel().blockSignals(True)
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        if blocker is not None:
            self.table.selectionModel().blockSignals(blocker)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.case_chosen.emit(self.model.summary(self.proxy.mapToSource(current).row()).urn)
