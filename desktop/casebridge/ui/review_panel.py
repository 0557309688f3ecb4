"""The reviewer's tab on a received case (CPS role): every item with the hub's receipt line, whether it arrived
in an earlier submission ("already received on … in submission …", so nobody asks for it again), which request
it answers, and your verdict and note — with the item itself open beside the list; then feedback to the police —
the review, a request for material, an action plan, a charging decision or a rejection — sent through the hub,
which signs it.

Keyboard: in the list, A marks the item accepted, R reviewed, N needs action; F2 types a note (it remembers the
page shown beside it); the arrow keys move to the next item, which opens beside the list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebridge.domain.feedback import FEEDBACK_KINDS
from casebridge.domain.when import uk_datetime, uk_day
from casebridge.errors import CasebridgeError
from casebridge.ui.domain_text import dt
from casebridge.ui.feedback_dialogs import FeedbackDialog
from casebridge.ui.jobs import JobRunner, failure_text
from casebridge.ui.preview_pane import PreviewPane

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.workspace import Workspace

COLUMNS = (
    QT_TRANSLATE_NOOP("ReviewPanel", "Exhibit"),
    QT_TRANSLATE_NOOP("ReviewPanel", "Description"),
    QT_TRANSLATE_NOOP("ReviewPanel", "Hub receipt"),  # with "already received" and the requests it answers
    QT_TRANSLATE_NOOP("ReviewPanel", "Your verdict"),
    QT_TRANSLATE_NOOP("ReviewPanel", "Note"),
)
VERDICT_COLUMN, NOTE_COLUMN = 3, 4
VERDICTS = (
    ("", QT_TRANSLATE_NOOP("ReviewPanel", "—")),
    ("reviewed", QT_TRANSLATE_NOOP("ReviewPanel", "Reviewed")),
    ("accepted", QT_TRANSLATE_NOOP("ReviewPanel", "Accepted")),
    ("needs_action", QT_TRANSLATE_NOOP("ReviewPanel", "Needs action")),
)
NOTE_FILL, NOTE_EDGE = QColor(255, 214, 0, 80), QColor(200, 150, 0)  # a highlighter's yellow, its edge
VERDICT_KEYS = {Qt.Key.Key_A: "accepted", Qt.Key.Key_R: "reviewed", Qt.Key.Key_N: "needs_action"}


class PageNoteDialog(QDialog):
    """What the note says, and whether the police see it."""

    def __init__(self, reference: str, page: int, on_area: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note on %1, page %2").replace("%1", reference).replace("%2", str(page)))
        where = self.tr("On the area you highlighted.") if on_area else self.tr("On the whole page.")
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(self.tr("Note"))
        caption = QLabel(self.tr("&Note:"))
        caption.setBuddy(self.edit)
        self.share = QCheckBox(self.tr("S&hare with the police (it goes with your next review)"))
        self.share.setAccessibleName(self.tr("Share the note with the police"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(where))
        column.addWidget(caption)
        column.addWidget(self.edit)
        column.addWidget(self.share)
        column.addWidget(buttons)
        self.resize(460, 260)

    def text(self) -> str:
        return self.edit.toPlainText()

    def shared(self) -> bool:
        return self.share.isChecked()


class ReviewPanel(QWidget):
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, headless_player: bool = False) -> None:
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.urn: str | None = None
        self.hub_lines: dict[str, Any] = {}
        self.latest_submission: str | None = None
        self.jobs = JobRunner(self, failed=lambda exc: self.state.setText(failure_text(exc)))
        self._filling = False
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Review status"))
        self.accept_all = QPushButton(self.tr("&Accept all"))
        self.accept_all.setAccessibleName(self.tr("Mark every item accepted"))
        self.send_review = QPushButton(self.tr("Send re&view"))
        self.send_review.setAccessibleName(self.tr("Send your item verdicts to the police"))
        self.request = QPushButton(self.tr("Re&quest material…"))
        self.request.setAccessibleName(self.tr("Request missing material"))
        self.plan = QPushButton(self.tr("Action &plan…"))
        self.plan.setAccessibleName(self.tr("Set an action plan task"))
        self.decision = QPushButton(self.tr("Char&ging decision…"))
        self.decision.setAccessibleName(self.tr("Record the charging decision"))
        self.reject = QPushButton(self.tr("Re&ject file…"))
        self.reject.setAccessibleName(self.tr("Reject the file with reasons"))
        self.items = QTableWidget(0, len(COLUMNS))
        self.items.setAccessibleName(self.tr("Items to review"))
        self.items.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.verticalHeader().setVisible(False)
        header = self.items.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 150)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 80)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.items.setWordWrap(False)
        self.items.setToolTip(self.tr("A: accepted · R: reviewed · N: needs action · F2: note"))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Feedback sent on this case"))
        # notes on the pages of the item shown: drag over the page to highlight, then Note on this page
        self.page_notes = QListWidget()
        self.page_notes.setAccessibleName(self.tr("Your notes on the pages of this item"))
        self.page_notes.setWordWrap(True)
        self.page_notes.setToolTip(self.tr("Enter: show the page of the note."))
        self.note_button = QPushButton(self.tr("Note on t&his page…"))
        self.note_button.setAccessibleName(
            self.tr("Write a note on the page shown, on the area you dragged over or the whole page")
        )
        self.delete_note_button = QPushButton(self.tr("Delete n&ote"))
        self.delete_note_button.setAccessibleName(self.tr("Delete the selected note"))
        self._area: tuple[int, QRectF] | None = None  # the area last dragged over: page (0-based), pixels
        self._notes: list[Any] = []
        self.preview = PreviewPane(headless_player=headless_player)
        self.preview.setAccessibleName(self.tr("The item under review"))
        self.items.installEventFilter(self)  # A, R, N: the verdict on the current item

        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        for button in (self.accept_all, self.send_review, self.request, self.plan, self.decision, self.reject):
            top.addWidget(button)
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 0, 0, 0)
        notes_caption = QLabel(self.tr("Notes on pages (shared ones go to the police with your review)"))
        notes_caption.setWordWrap(True)
        notes_caption.setBuddy(self.page_notes)
        lower_column.addWidget(notes_caption)
        lower_column.addWidget(self.page_notes)
        note_buttons = QHBoxLayout()
        note_buttons.addWidget(self.note_button)
        note_buttons.addWidget(self.delete_note_button)
        note_buttons.addStretch(1)
        lower_column.addLayout(note_buttons)
        caption = QLabel(self.tr("Feedback &sent"))
        caption.setBuddy(self.history)
        lower_column.addWidget(caption)
        lower_column.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.items)
        splitter.addWidget(lower)
        splitter.setSizes([400, 280])
        beside = QSplitter()
        beside.addWidget(splitter)
        beside.addWidget(self.preview)
        beside.setSizes([640, 400])
        beside.setChildrenCollapsible(False)
        page = QVBoxLayout(self)
        page.addLayout(top)
        page.addWidget(beside, 1)

        self.accept_all.clicked.connect(self.mark_all_accepted)
        self.send_review.clicked.connect(self.send_verdicts)
        self.request.clicked.connect(lambda: self.compose("request"))
        self.plan.clicked.connect(lambda: self.compose("action_plan"))
        self.decision.clicked.connect(lambda: self.compose("decision"))
        self.reject.clicked.connect(lambda: self.compose("rejection"))
        self.items.itemChanged.connect(self._note_changed)
        self.note_button.clicked.connect(self.add_page_note)
        self.delete_note_button.clicked.connect(self.delete_page_note)
        self.page_notes.itemActivated.connect(lambda _item: self._go_to_note())
        self.preview.pdf.canvas.selected.connect(lambda page, rect: setattr(self, "_area", (page, rect)))
        self.preview.pdf.layout_changed.connect(self._place_notes)
        self.items.currentCellChanged.connect(lambda row, _c, old, _o: self._show_item(row) if row != old else None)

    def attach(self, services: Services) -> None:
        self.services = services
        self.ws = services.workspace
        self.preview.attach(services)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.items and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            status = VERDICT_KEYS.get(Qt.Key(event.key()))
            if status and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.set_current(status)
                return True
        return super().eventFilter(watched, event)

    def current_reference(self) -> str | None:
        cell = self.items.item(self.items.currentRow(), 0)
        return str(cell.data(Qt.ItemDataRole.UserRole)) if cell is not None else None

    def _show_item(self, row: int) -> None:
        if self.ws is None or self.urn is None or row < 0:
            return
        cell = self.items.item(row, 0)
        if cell is None:
            return
        self.preview.show_exhibit(
            self.ws.exhibits.find_by_reference(self.urn, str(cell.data(Qt.ItemDataRole.UserRole)))
        )
        self._area = None
        self.show_notes()

    # ----- notes on pages -----
    def show_notes(self) -> None:
        """The notes on the item shown, by page, and their highlights on its pages."""
        self.page_notes.clear()
        reference = self.preview.exhibit.reference if self.preview.exhibit else None
        if self.ws is None or self.urn is None or reference is None:
            self._notes = []
            return
        self._notes = self.ws.review.notes(self.urn, reference)
        for note in self._notes:
            shared = self.tr("shared") if note.shared else self.tr("private")
            where = self.tr("p. %1").replace("%1", str(note.page))
            QListWidgetItem(f"{where} · {shared} · {note.text}", self.page_notes)
        self._place_notes()

    def _place_notes(self) -> None:
        viewer = self.preview.pdf
        for state in viewer.pages:
            state.overlays = [o for o in state.overlays if o[1] != NOTE_FILL]
        for note in self._notes:
            number = note.page - 1
            if not 0 <= number < len(viewer.pages):
                continue
            state = viewer.pages[number]
            rect = viewer.to_widget(number, note.area) if note.area else QRectF(0, 0, state.width(), state.height())
            state.overlays.append((rect, NOTE_FILL, NOTE_EDGE))
            state.update()

    def add_page_note(self) -> None:
        """A note on the page shown — on the area dragged over on it, or the whole page."""
        exhibit = self.preview.exhibit
        page = self._page_shown()
        if self.ws is None or self.urn is None or exhibit is None or page is None:
            self.state.setText(self.tr("Open a document beside the list to write on its pages."))
            return
        area = None
        if self._area is not None:
            page = self._area[0] + 1
            area = self.preview.pdf.from_widget(self._area[0], self._area[1])
        dialog = PageNoteDialog(exhibit.reference, page, area is not None, self)
        if not dialog.exec():
            return
        try:
            self.ws.review.add_note(
                self.urn, exhibit.reference, exhibit.sha256, page, dialog.text(), area=area, shared=dialog.shared()
            )
        except CasebridgeError as exc:
            self.state.setText(str(exc))
            return
        self._area = None
        for state in self.preview.pdf.pages:
            state.selection = None
        self.show_notes()
        self.status_message.emit(
            self.tr("Note on %1 page %2 saved").replace("%1", exhibit.reference).replace("%2", str(page))
        )

    def delete_page_note(self) -> None:
        row = self.page_notes.currentRow()
        if self.ws is None or self.urn is None or not 0 <= row < len(self._notes):
            return
        self.ws.review.delete_note(self.urn, self._notes[row].id)
        self.show_notes()

    def _go_to_note(self) -> None:
        row = self.page_notes.currentRow()
        if 0 <= row < len(self._notes):
            self.preview.pdf.go_to_page(self._notes[row].page - 1)

    def _page_shown(self) -> int | None:
        """The page of the item in view beside the list (1-based), when it is a document."""
        if self.preview.stack.currentWidget() is self.preview.pdf and self.preview.pdf.pages:
            return self.preview.pdf.current_page() + 1
        return None

    def set_current(self, status: str) -> None:
        """The keyboard verdict on the item in the list's current row."""
        if self.ws is None or self.urn is None:
            return
        reference = self.current_reference()
        if reference is None:
            return
        exhibit = self.ws.exhibits.find_by_reference(self.urn, reference)
        row = self.items.currentRow()
        self._set(reference, exhibit.sha256, status)
        self.items.setCurrentCell(row, 0)
        label = str(dict(VERDICTS)[status])
        self.status_message.emit(self.tr("%1: %2").replace("%1", reference).replace("%2", self.tr(label)))

    def show_case(self, urn: str) -> None:
        self.urn = urn
        self.hub_lines = {}
        self.refresh()
        self.fetch_hub_lines()

    # ------------------------------------------------------------------ the table
    def refresh(self) -> None:
        if self.ws is None or self.urn is None:
            return
        exhibits = self.ws.exhibits.for_case(self.urn)
        verdicts = self.ws.review.items(self.urn)
        self._filling = True
        self.items.setRowCount(len(exhibits))
        for row, exhibit in enumerate(exhibits):
            line = self.hub_lines.get(exhibit.reference)
            receipt, details = self._receipt_text(line)
            values = (exhibit.reference, exhibit.display_description, receipt)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(Qt.ItemDataRole.UserRole, exhibit.reference)
                if column == 0:
                    item.setToolTip(self.tr("SHA-256 %1").replace("%1", exhibit.sha256))
                elif column == 1:
                    item.setToolTip(exhibit.display_description)
                elif column == 2 and details:
                    item.setToolTip(details)
                self.items.setItem(row, column, item)
            verdict = verdicts.get(exhibit.reference)
            combo = self.items.cellWidget(row, VERDICT_COLUMN)
            if not isinstance(combo, QComboBox) or combo.property("reference") != exhibit.reference:
                combo = QComboBox()
                combo.setProperty("reference", exhibit.reference)
                combo.setAccessibleName(self.tr("Verdict on %1").replace("%1", exhibit.reference))
                for code, label in VERDICTS:
                    combo.addItem(self.tr(str(label)), code)
                combo.activated.connect(
                    lambda _i, c=combo, r=exhibit.reference, d=exhibit.sha256: self._set(r, d, str(c.currentData()))
                )
                self.items.setCellWidget(row, VERDICT_COLUMN, combo)
            combo.setCurrentIndex(max(0, combo.findData(verdict.status if verdict else "")))
            note = QTableWidgetItem(verdict.note if verdict else "")
            note.setData(Qt.ItemDataRole.UserRole, exhibit.reference)
            page = f" (p. {verdict.page})" if verdict and verdict.page and verdict.note else ""
            note.setToolTip(self.tr("Type a note; it goes with your verdict.") + page)
            self.items.setItem(row, NOTE_COLUMN, note)
        self._filling = False
        feedback = self.ws.review.feedback(self.urn)
        self.history.clear()
        for entry in feedback:
            summary = entry.body.get("summary", "")
            kind = dt(dict(FEEDBACK_KINDS).get(entry.kind, entry.kind))
            self.history.addItem(f"{uk_datetime(entry.issued_at)}  {kind}  {entry.author}  {summary}".rstrip())
        reviewed = sum(1 for v in verdicts.values() if v.status)
        self.state.setText(
            self.tr("%1 of %2 item(s) reviewed.").replace("%1", str(reviewed)).replace("%2", str(len(exhibits)))
        )

    def _receipt_text(self, line: Any) -> tuple[str, str]:
        """(what the column shows, the details for its tooltip): received or not, what the hub recognised it
        as, an earlier submission that already brought it, and the requests it answers."""
        if line is None:
            return "", ""
        states = {
            "received": self.tr("received"),
            "refused": self.tr("refused"),
            "not_received": self.tr("not received"),
        }
        recognised = str(line.recognised_type or "").replace("application/pdf", "PDF")
        parts = [states.get(line.status, line.status)]
        if line.first_received:
            parts.append(self.tr("already received %1").replace("%1", uk_day(line.first_received_at)))
        if line.answers:
            parts.append(self.tr("answers %1").replace("%1", ", ".join(line.answers)))
        details = "; ".join(p for p in (recognised, *parts[1:]) if p)
        if line.first_received:
            details += " " + self.tr("(submission %1)").replace("%1", line.first_received[:8])
        return " · ".join(parts), details

    def _set(self, reference: str, sha256: str, status: str) -> None:
        if self.ws is None or self.urn is None or not status:
            return
        note = ""
        for row in range(self.items.rowCount()):
            cell = self.items.item(row, NOTE_COLUMN)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == reference:
                note = cell.text()
        earlier = self.ws.review.items(self.urn).get(reference)
        self.ws.review.set_item(self.urn, reference, sha256, status, note, earlier.page if earlier else None)
        self.refresh()

    def _note_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != NOTE_COLUMN or self.ws is None or self.urn is None:
            return
        reference = str(item.data(Qt.ItemDataRole.UserRole))
        verdict = self.ws.review.items(self.urn).get(reference)
        exhibit = self.ws.exhibits.find_by_reference(self.urn, reference)
        page = (
            self._page_shown()
            if reference == (self.preview.exhibit.reference if self.preview.exhibit else None)
            else None
        )
        self.ws.review.set_item(
            self.urn,
            reference,
            exhibit.sha256,
            verdict.status if verdict else "reviewed",
            item.text(),
            page or (verdict.page if verdict else None),
        )

    def mark_all_accepted(self) -> None:
        if self.ws is None or self.urn is None:
            return
        for exhibit in self.ws.exhibits.for_case(self.urn):
            current = self.ws.review.items(self.urn).get(exhibit.reference)
            self.ws.review.set_item(
                self.urn, exhibit.reference, exhibit.sha256, "accepted", current.note if current else ""
            )
        self.refresh()

    # ------------------------------------------------------------------ hub
    def fetch_hub_lines(self) -> None:
        if self.ws is None or self.urn is None or not self.ws.settings.hub_url:
            return
        urn = self.urn

        def work(_progress: Any, _cancel: Any) -> Any:

            lines: dict[str, Any] = {}
            latest = None
            with self.services.hub_client() as client:
                for submission in sorted(client.submissions(urn), key=lambda s: s.created_at):
                    if submission.state != "complete":
                        continue
                    latest = submission.submission_id
                    for line in client.items(submission.submission_id):
                        lines[line.reference] = line
            return latest, lines

        def done(result: Any) -> None:
            self.latest_submission = result[0]
            self.hub_lines = result[1]
            self.refresh()

        self.jobs.run(work, done)

    def send_verdicts(self) -> None:
        """Says exactly what goes — how many items with which verdict, how many notes — and asks first when some
        items have no verdict yet."""
        if self.ws is None or self.urn is None:
            return
        from casebridge.exchange.review import review_feedback

        try:
            body = review_feedback(self.ws, self.urn, self.latest_submission)
        except CasebridgeError as exc:
            QMessageBox.information(self, self.tr("Send review"), str(exc))
            return
        items = body["items"]
        counts = {status: sum(1 for i in items if i["status"] == status) for status, _label in VERDICTS[1:]}
        notes = sum(1 for i in items if i.get("note"))
        reviewed = {i["reference"] for i in items}
        waiting = [e.reference for e in self.ws.exhibits.for_case(self.urn) if e.reference not in reviewed]
        text = (
            self.tr(
                "Your review of %1 item(s) goes to the police: %2 accepted, %3 reviewed, %4 needing action; %5 note(s)."
            )
            .replace("%1", str(len(items)))
            .replace("%2", str(counts["accepted"]))
            .replace("%3", str(counts["reviewed"]))
            .replace("%4", str(counts["needs_action"]))
            .replace("%5", str(notes))
        )
        if waiting:
            text += "\n\n" + self.tr("%1 item(s) have no verdict yet and are not included: %2.").replace(
                "%1", str(len(waiting))
            ).replace("%2", ", ".join(waiting[:12]) + (" …" if len(waiting) > 12 else ""))
        answer = QMessageBox.question(self, self.tr("Send review"), text + "\n\n" + self.tr("Send it now?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._sent_summary = text.split("\n")[0]
        self._send(body)

    def compose(self, kind: str) -> None:
        if self.ws is None or self.urn is None:
            return
        prefix = {"request": "R", "action_plan": "T"}.get(kind, "X")
        used = {a.key for f in self.ws.review.feedback(self.urn) for a in f.actions}
        number = 1
        while f"{prefix}{number}" in used:
            number += 1
        people = self.ws.cases.get_case(self.urn).people
        dialog = FeedbackDialog(kind, self.urn, self.latest_submission, f"{prefix}{number}", self, people=people)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._send(dialog.body())

    def _send(self, body: dict[str, Any]) -> None:
        assert self.ws is not None
        ws = self.ws

        def work(_progress: Any, _cancel: Any) -> Any:
            from casebridge.exchange.review import send_feedback

            with self.services.hub_client() as client:
                return send_feedback(ws, client, body)

        def done(signed: object) -> None:
            kinds = {
                "review": self.tr("Item review"),
                "decision": self.tr("Charging decision"),
                "action_plan": self.tr("Action plan"),
                "request": self.tr("Request for material"),
                "rejection": self.tr("Rejection of the file"),
            }
            kind = kinds.get(body["kind"], body["kind"])
            sent = self.tr("%1 sent to the police; the hub signed it.").replace("%1", kind)
            if body["kind"] == "review" and getattr(self, "_sent_summary", ""):
                sent += " " + self._sent_summary
            self.state.setText(sent)
            self.status_message.emit(sent)
            self.refresh()
            self.state.setText(sent)

        self.jobs.run(work, done)

    def shutdown(self) -> None:
        self.jobs.cancel_all()
        self.preview.shutdown()
