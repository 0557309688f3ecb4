"""The CPS reviewer's inbox: submissions received on the hub for the reviewer's area, custody deadlines first,
filtered by review state, charging category, force and custody time left. Opening one downloads it into this
workspace (resumable, every file's SHA-256 checked) and shows the case."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebridge.ui.i18n import warning_colour
from casebridge.ui.jobs import JobRunner, failure_text

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.exchange.protocol import SubmissionSummary

HEADERS = (
    QT_TRANSLATE_NOOP("InboxDialog", "URN"),
    QT_TRANSLATE_NOOP("InboxDialog", "Title"),
    QT_TRANSLATE_NOOP("InboxDialog", "Force"),
    QT_TRANSLATE_NOOP("InboxDialog", "Category"),
    QT_TRANSLATE_NOOP("InboxDialog", "Custody until"),
    QT_TRANSLATE_NOOP("InboxDialog", "Received"),
    QT_TRANSLATE_NOOP("InboxDialog", "Review"),
    QT_TRANSLATE_NOOP("InboxDialog", "Answers"),
)


class InboxDialog(QDialog):
    opened = Signal(str)  # the URN now in the workspace

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ws = services.workspace
        self.rows: list[SubmissionSummary] = []
        self.jobs = JobRunner(self, failed=self._failed)
        self.wanted = ""  # the submission to select when the rows arrive (from a line of My work)
        self.setWindowTitle(self.tr("CPS inbox"))
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("Review state"))
        for code, label in (
            ("", self.tr("Any state")),
            ("new", self.tr("New")),
            ("in_review", self.tr("In review")),
            ("needs_action", self.tr("Waiting for police")),
            ("decided", self.tr("Decided")),
            ("rejected", self.tr("Rejected")),
        ):
            self.state.addItem(label, code)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Charging category"))
        for code, label in (
            ("", self.tr("Any category")),
            ("red", self.tr("Red (custody)")),
            ("green_priority", self.tr("Green priority")),
            ("green", self.tr("Green")),
        ):
            self.category.addItem(label, code)
        self.custody = QComboBox()
        self.custody.setAccessibleName(self.tr("Custody deadline"))
        for hours, label in (
            (None, self.tr("Any deadline")),
            (6.0, self.tr("Custody within 6 hours")),
            (24.0, self.tr("Custody within 24 hours")),
        ):
            self.custody.addItem(label, hours)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setAccessibleName(self.tr("Received submissions"))
        self.table.setHorizontalHeaderLabels([self.tr(str(h)) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Inbox status"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.hide()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the inbox from the hub"))
        self.open_button = QPushButton(self.tr("&Open case"))
        self.open_button.setAccessibleName(self.tr("Download the selected submission and open its case"))
        self.open_button.setDefault(True)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the inbox"))

        filters = QHBoxLayout()
        for caption, box in (
            (self.tr("&State:"), self.state),
            (self.tr("Ca&tegory:"), self.category),
            (self.tr("C&ustody:"), self.custody),
        ):
            buddy = QLabel(caption)
            buddy.setBuddy(box)
            filters.addWidget(buddy)
            filters.addWidget(box)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        column = QVBoxLayout(self)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        self.resize(1100, 560)

        for box in (self.state, self.category, self.custody):
            box.activated.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(self.open_selected)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        close.clicked.connect(self.reject)

    def refresh(self) -> None:
        state, category, hours = self.state.currentData(), self.category.currentData(), self.custody.currentData()

        def work(_progress: Any, _cancel: Any) -> Any:
            from casebridge.exchange.review import inbox

            with self.services.hub_client() as client:
                return inbox(client, state=state or None, category=category or None, custody_within_hours=hours)

        self.status.setText(self.tr("Asking the hub…"))
        self.jobs.run(work, self._show)

    def _show(self, rows: object) -> None:
        self.rows = list(rows)  # type: ignore[call-overload]
        states = {
            "new": self.tr("new"),
            "in_review": self.tr("in review"),
            "needs_action": self.tr("waiting for police"),
            "decided": self.tr("decided"),
            "rejected": self.tr("rejected"),
        }
        from datetime import UTC, datetime

        from casebridge.domain.casefile import CATEGORY
        from casebridge.domain.when import parse_moment, uk_datetime
        from casebridge.ui.domain_text import dt

        categories = dict(CATEGORY)
        forces = self.ws.reference.forces
        now = datetime.now(UTC)
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            custody = uk_datetime(row.custody_expiry) if row.custody_expiry else ""
            expiry = parse_moment(row.custody_expiry)
            late = expiry is not None and expiry <= now
            if late:
                custody = self.tr("EXPIRED %1").replace("%1", custody)
            force = forces.name(row.force_code) or row.force_code
            values = (
                row.urn,
                row.title,
                force,
                dt(categories.get(row.category, row.category.replace("_", " "))),
                custody,
                uk_datetime(row.created_at),
                states.get(row.review_state, row.review_state),
                self.tr("%1 request(s)").replace("%1", str(row.answers)) if row.answers else "",
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.submission_id)
                if col == 2:
                    item.setToolTip(self.tr("Force code %1").replace("%1", row.force_code))
                if col == 4 and late:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setForeground(warning_colour())
                    item.setToolTip(self.tr("The custody time limit has passed."))
                self.table.setItem(number, col, item)
        if self.rows:
            wanted = [n for n, row in enumerate(self.rows) if row.submission_id == self.wanted]
            self.table.selectRow(wanted[0] if wanted else 0)
        self.status.setText(self.tr("%1 submission(s)").replace("%1", str(len(self.rows))))

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.rows):
            return
        chosen = self.rows[row]
        ws = self.ws

        def work(progress: Any, cancel: Any) -> Any:
            from casebridge.exchange.review import download_submission

            with self.services.hub_client() as client:
                return download_submission(ws, client, chosen.submission_id, progress=progress, cancel=cancel)

        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.show()
        self.open_button.setEnabled(False)
        moved = lambda update: self.progress.setValue(int(1000 * update.fraction))  # noqa: E731
        self.status.setText(self.tr("Downloading %1 and checking every file…").replace("%1", chosen.urn))
        self.jobs.run(work, self._opened).progress.connect(moved)

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.open_button.setEnabled(True)
        self.status.setText(failure_text(exc))

    def _opened(self, got: object) -> None:
        self.progress.hide()
        self.open_button.setEnabled(True)
        added = getattr(got, "added", [])
        urn = str(getattr(got, "urn", ""))
        self.status.setText(
            self.tr("%1: %2 new item(s), every file's SHA-256 checked.")
            .replace("%1", urn)
            .replace("%2", str(len(added)))
        )
        self.opened.emit(urn)
