"""One decision, every medium: a value marked for removal in one exhibit, looked for in every other exhibit of the
case (documents, pictures with text, transcripts of recordings) with a count per exhibit, and offered in all of
them in one action — as suggestions each exhibit's editor then approves. The same as `casebridge redact
everywhere`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebridge.ui.jobs import JobRunner, failure_text

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.redaction.everywhere import Place

HEADERS = (
    QT_TRANSLATE_NOOP("EverywhereDialog", "Exhibit"),
    QT_TRANSLATE_NOOP("EverywhereDialog", "Kind"),
    QT_TRANSLATE_NOOP("EverywhereDialog", "Found"),
    QT_TRANSLATE_NOOP("EverywhereDialog", "Already marked"),
    QT_TRANSLATE_NOOP("EverywhereDialog", "Where"),
)


class EverywhereDialog(QDialog):
    offered = Signal(int)  # how many suggestions were made

    def __init__(
        self, services: Services, urn: str, value: str, reason: str, origin: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.urn, self.reason, self.origin = services, urn, reason, origin
        self.places: list[Place] = []
        self.setWindowTitle(self.tr("Everywhere in the case"))
        self.value = QLineEdit(value)
        self.value.setAccessibleName(self.tr("Words or number to look for"))
        self.look_button = QPushButton(self.tr("&Look again"))
        self.look_button.setAccessibleName(self.tr("Look for it in every other exhibit of the case"))
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setAccessibleName(self.tr("Where it is found"))
        self.table.setHorizontalHeaderLabels([self.tr(str(h)) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for index in range(len(HEADERS) - 1):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What was found"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.offer_button = QPushButton(self.tr("&Offer in all"))
        self.offer_button.setAccessibleName(self.tr("Suggest it in every exhibit where it was found, to approve there"))
        self.offer_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        self.jobs = JobRunner(self, progress=self.progress, failed=lambda exc: self.status.setText(failure_text(exc)))

        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.value, 1)
        row.addWidget(self.look_button)
        label = QLabel(self.tr("&Value:"))
        label.setBuddy(self.value)
        form.addRow(label, row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        buttons.addWidget(self.offer_button)
        buttons.addWidget(close)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.table, 1)
        column.addWidget(self.status)
        column.addLayout(buttons)
        self.resize(900, 420)

        self.look_button.clicked.connect(lambda: self.look(offer=False))
        self.value.returnPressed.connect(lambda: self.look(offer=False))
        self.offer_button.clicked.connect(lambda: self.look(offer=True))
        close.clicked.connect(self.accept)
        self.look(offer=False)

    def look(self, *, offer: bool) -> None:
        value, everywhere = self.value.text(), self.services.everywhere
        if not value.strip() or self.jobs.busy:
            return
        urn, reason, origin = self.urn, self.reason, self.origin

        def work(progress: Any, cancel: Any) -> list[Place]:
            return everywhere.places(
                urn, value, reason=reason, exclude=origin, offer=offer, progress=progress, cancel=cancel
            )

        self.offer_button.setEnabled(False)
        self.status.setText(self.tr("Looking in every exhibit of the case…"))
        self.jobs.run(work, lambda places: self._show(places, offered=offer))

    def _show(self, places: list[Place], *, offered: bool) -> None:
        self.places = places
        kinds = {"document": self.tr("document"), "image": self.tr("picture"), "recording": self.tr("recording")}
        self.table.setRowCount(len(places))
        for number, place in enumerate(places):
            tip = ""
            if place.note == "not transcribed yet":
                where = self.tr("not transcribed yet")
                tip = self.tr("Transcribe the recording (under the player) to look in what is said in it.")
            elif place.note:
                where = self.tr("not looked in: %1").replace("%1", place.note)
            elif place.pages:
                where = self.tr("page(s) %1").replace("%1", ", ".join(str(p) for p in dict.fromkeys(place.pages)))
            elif place.times:
                where = self.tr("said at %1").replace(
                    "%1", ", ".join(f"{int(t // 60)}:{t % 60:04.1f}" for t in place.times)
                )
            else:
                where = ""
            values = (
                f"{place.reference} — {place.description}",
                kinds.get(place.medium, place.medium),
                str(place.found),
                str(place.marked),
                where,
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(tip or text)
                if col in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(number, col, item)
        self.table.resizeRowsToContents()
        found = [p for p in places if p.found]
        total = sum(p.found for p in found)
        if offered:
            text = self.tr("%1 suggestion(s) made in %2 exhibit(s): approve them in each exhibit's editor.")
            self.offered.emit(total)
        elif found:
            text = self.tr("Found %1 time(s) in %2 other exhibit(s), not yet marked there.")
        else:
            text = self.tr("Not found anywhere else that is not already marked.")
        self.status.setText(text.replace("%1", str(total)).replace("%2", str(len(found))))
        self.offer_button.setEnabled(bool(found) and not offered)
