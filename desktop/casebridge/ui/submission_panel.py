"""The Submissions tab: "Submit to CPS" (readiness check first; blocking errors stop it; then what will be sent),
the outbox with per-item progress, speed, time left and state, pause and resume, and every submission's signed
receipt shown item by item after its signature is checked against the hub's key.

Sending runs in the background; the table is redrawn from the outbox (the case database) twice a second while it
runs, so progress survives a restart and a send started from the CLI shows here too.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebridge.domain.when import uk_datetime, uk_day
from casebridge.errors import CasebridgeError
from casebridge.ui.domain_text import finding_text
from casebridge.ui.hub_dialogs import ConfirmSubmissionDialog, human_size
from casebridge.ui.i18n import warning_colour
from casebridge.ui.jobs import JobRunner, failure_text

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.store.outbox import OutboxSubmission
    from casebridge.workspace import Workspace

COLUMNS = (
    QT_TRANSLATE_NOOP("SubmissionPanel", "Exhibit"),
    QT_TRANSLATE_NOOP("SubmissionPanel", "Size"),
    QT_TRANSLATE_NOOP("SubmissionPanel", "State"),
    QT_TRANSLATE_NOOP("SubmissionPanel", "Progress"),
    QT_TRANSLATE_NOOP("SubmissionPanel", "Speed"),
    QT_TRANSLATE_NOOP("SubmissionPanel", "Time left"),
    QT_TRANSLATE_NOOP("SubmissionPanel", "Receipt"),
    QT_TRANSLATE_NOOP("SubmissionPanel", "Hub's check"),
)


class SubmissionPanel(QWidget):
    status_message = Signal(str)
    signed_in = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.urn: str | None = None
        self.jobs = JobRunner(self, failed=self._send_failed)
        self.sending: str | None = None  # the submission being sent by this window
        self._rates: dict[str, tuple[float, int, float]] = {}  # sha256 -> (time, sent, bytes per second)

        self.hub_state = QLabel()
        self.hub_state.setWordWrap(True)
        self.hub_state.setAccessibleName(self.tr("Hub sign-in"))
        self.sign_in_button = QPushButton(self.tr("Si&gn in to hub…"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in to the hub"))
        self.submit_button = QPushButton(self.tr("Submit to &CPS…"))
        self.submit_button.setAccessibleName(self.tr("Check readiness and submit this case to CPS"))
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause sending"))
        self.resume_button = QPushButton(self.tr("&Resume"))
        self.resume_button.setAccessibleName(self.tr("Resume the selected submission from where it stopped"))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Submission history"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Submission status"))
        self.receipt_state = QLabel()
        self.receipt_state.setWordWrap(True)
        self.receipt_state.setAccessibleName(self.tr("Receipt check"))
        self.items = QTableWidget(0, len(COLUMNS))
        self.items.setAccessibleName(self.tr("Items in the submission"))
        self.items.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.verticalHeader().setVisible(False)
        header = self.items.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)

        self.feedback = QListWidget()
        self.feedback.setAccessibleName(self.tr("Feedback from CPS"))
        self.feedback.setWordWrap(True)
        self.action_table = QTableWidget(0, 5)
        self.action_table.setAccessibleName(self.tr("What CPS asked for"))
        self.action_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("What is needed"), self.tr("By"), self.tr("State"), self.tr("Answered by")]
        )
        self.action_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.action_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_table.verticalHeader().setVisible(False)
        self.action_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.action_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.action_table.setWordWrap(True)
        self.action_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.check_button = QPushButton(self.tr("Chec&k for feedback"))
        self.check_button.setAccessibleName(self.tr("Fetch new feedback from CPS"))
        self.answer_button = QPushButton(self.tr("Ans&wer…"))
        self.answer_button.setAccessibleName(self.tr("Choose the exhibits that answer the selected request"))
        self.feedback_state = QLabel()
        self.feedback_state.setAccessibleName(self.tr("Feedback status"))
        self.feedback_state.setWordWrap(True)
        self._action_keys: list[tuple[str, str, str]] = []

        top = QHBoxLayout()
        top.addWidget(self.hub_state, 1)
        for button in (self.sign_in_button, self.submit_button, self.pause_button, self.resume_button):
            top.addWidget(button)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Submission histor&y"))
        caption.setBuddy(self.history)
        left_column.addWidget(caption)
        left_column.addWidget(self.history, 1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.summary)
        right_column.addWidget(self.receipt_state)
        right_column.addWidget(self.items, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 940])
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 0, 0, 0)
        feedback_row = QHBoxLayout()
        feedback_row.addWidget(QLabel(self.tr("Feedback from CPS")))
        feedback_row.addWidget(self.feedback_state, 1)
        feedback_row.addWidget(self.check_button)
        feedback_row.addWidget(self.answer_button)
        lower_column.addLayout(feedback_row)
        feedback_split = QSplitter()
        feedback_split.addWidget(self.feedback)
        feedback_split.addWidget(self.action_table)
        feedback_split.setSizes([480, 720])
        lower_column.addWidget(feedback_split, 1)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(splitter)
        vertical.addWidget(lower)
        vertical.setSizes([520, 240])
        page = QVBoxLayout(self)
        page.addLayout(top)
        page.addWidget(vertical, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self.refresh_items)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.submit_button.clicked.connect(self.submit)
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.history.currentRowChanged.connect(lambda _row: self.refresh_items())
        self.check_button.clicked.connect(self.check_feedback)
        self.answer_button.clicked.connect(self.answer)

    # ------------------------------------------------------------------ wiring
    def attach(self, services: Services) -> None:
        self.services = services
        self.ws = services.workspace

    def show_case(self, urn: str) -> None:
        self.urn = urn
        self.refresh()
        if self.ws is not None and self.ws.settings.hub_url and self.ws.settings.hub_username:
            self.check_feedback()

    def selected(self) -> str | None:
        item = self.history.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def refresh(self, select: str | None = None) -> None:
        if self.ws is None or self.urn is None:
            return
        settings = self.ws.settings
        if settings.hub_url and settings.hub_username:
            self.hub_state.setText(
                self.tr("Hub: %1, signed in as %2.")
                .replace("%1", settings.hub_url)
                .replace("%2", settings.hub_username)
            )
            self.hub_state.setToolTip(
                self.tr("Receipts must be signed by the hub's key %1.").replace("%1", settings.hub_key_id or "?")
            )
        else:
            self.hub_state.setText(self.tr("Not signed in to a hub: sign in before submitting."))
        keep = select or self.selected()
        submissions = self.ws.outbox.listing(self.urn)
        self.history.blockSignals(True)
        self.history.clear()
        for submission in submissions:
            item = QListWidgetItem(self._history_text(submission), self.history)
            item.setData(Qt.ItemDataRole.UserRole, submission.id)
            item.setToolTip(self.tr("Submission %1").replace("%1", submission.id) + "\n" + item.text())
        self.history.blockSignals(False)
        rows = [s.id for s in submissions]
        if rows:
            self.history.setCurrentRow(rows.index(keep) if keep in rows else 0)
        self.refresh_items()
        self.refresh_feedback()

    # ------------------------------------------------------------------ feedback from CPS
    def refresh_feedback(self) -> None:
        if self.ws is None or self.urn is None:
            return
        entries = self.ws.review.feedback(self.urn)
        kinds = {
            "review": self.tr("Item review"),
            "decision": self.tr("Charging decision"),
            "action_plan": self.tr("Action plan"),
            "request": self.tr("Request for material"),
            "rejection": self.tr("File rejected"),
        }
        self.feedback.clear()
        for entry in reversed(entries):
            body = entry.body
            text = f"{uk_datetime(entry.issued_at)} · {kinds.get(entry.kind, entry.kind)} · {entry.author}"
            details = body.get("summary") or ""
            if entry.kind == "decision":
                details = body["decision"]["outcome"].replace("_", " ") + (f" — {details}" if details else "")
            elif entry.kind == "rejection":
                details = "; ".join(body.get("reasons", []))
            elif entry.kind == "review":
                needs = [i["reference"] for i in body.get("items", []) if i["status"] == "needs_action"]
                accepted = sum(1 for i in body.get("items", []) if i["status"] == "accepted")
                details = self.tr("%1 accepted").replace("%1", str(accepted)) + (
                    self.tr("; needs action: %1").replace("%1", ", ".join(needs)) if needs else ""
                )
            item = QListWidgetItem(f"{text}\n{details}".strip(), self.feedback)
            item.setToolTip(details)
            if not entry.seen:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        states = {
            "open": self.tr("to do"),
            "answered": self.tr("answered — goes with the next submission"),
            "sent": self.tr("answer sent"),
            "done": self.tr("done"),
        }
        actions = [(f, a) for f in entries for a in f.actions]
        self._action_keys = [(f.id, a.key, a.text) for f, a in actions]
        self.action_table.setRowCount(len(actions))
        for row, (_entry, action) in enumerate(actions):
            values = (
                action.key,
                action.text,
                uk_day(action.target_date) if action.target_date else "",
                states.get(action.state, action.state),
                ", ".join(action.answered_by),
            )
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.action_table.setItem(row, column, cell)
        waiting = sum(1 for _f, a in actions if a.state == "open")
        self.feedback_state.setText(self.tr("%1 action(s) to do").replace("%1", str(waiting)) if waiting else "")
        self.answer_button.setEnabled(bool(actions))

    def check_feedback(self) -> None:
        if self.ws is None or self.urn is None:
            return
        ws, urn = self.ws, self.urn

        def work(_progress: Any, _cancel: Any) -> Any:
            from casebridge.exchange.review import fetch_feedback

            with self.services.hub_client() as client:
                return fetch_feedback(ws, client, [urn])

        def done(new: object) -> None:
            count = len(new)  # type: ignore[arg-type]
            if count:
                self.status_message.emit(
                    self.tr("%1 new feedback from CPS on %2").replace("%1", str(count)).replace("%2", urn)
                )
            self.refresh_feedback()

        self.status_message.emit(self.tr("Checking for feedback from CPS…"))
        self.jobs.run(work, done, failed=lambda exc: self.feedback_state.setText(failure_text(exc)))

    def answer(self) -> None:
        if self.ws is None or self.urn is None:
            return
        row = self.action_table.currentRow()
        if row < 0 or row >= len(self._action_keys):
            QMessageBox.information(self, self.tr("Answer"), self.tr("Choose what CPS asked for first."))
            return
        feedback_id, key, text = self._action_keys[row]
        from casebridge.ui.feedback_dialogs import AnswerDialog

        current = next(
            (
                a.answered_by
                for f in self.ws.review.feedback(self.urn)
                for a in f.actions
                if f.id == feedback_id and a.key == key
            ),
            [],
        )
        dialog = AnswerDialog(text, self.ws.exhibits.for_case(self.urn), current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        self.ws.review.answer(self.urn, feedback_id, key, chosen)
        self.ws.review.mark_seen(self.urn)
        self.status_message.emit(
            self.tr("%1 answered by %2: submit again to send only what is new.")
            .replace("%1", key)
            .replace("%2", ", ".join(chosen))
            if chosen
            else self.tr("%1 is open again.").replace("%1", key)
        )
        self.refresh_feedback()

    def _history_text(self, submission: OutboxSubmission) -> str:
        when = uk_datetime(submission.created_at)
        states = {
            "queued": self.tr("queued"),
            "sending": self.tr("sending"),
            "paused": self.tr("paused"),
            "failed": self.tr("stopped"),
            "complete": self.tr("receipted"),
        }
        text = f"{when} · {states.get(submission.state, submission.state)}"
        if submission.receipt:
            items = submission.receipt["receipt"]["items"]
            received = sum(1 for i in items if i["status"] == "received")
            text += " · " + self.tr("%1 of %2 received").replace("%1", str(received)).replace("%2", str(len(items)))
        return text

    # ------------------------------------------------------------------ the item table
    def refresh_items(self) -> None:
        if self.ws is None:
            return
        submission_id = self.selected()
        if submission_id is None:
            self.items.setRowCount(0)
            self.summary.setText(self.tr("Nothing has been submitted for this case yet."))
            self.receipt_state.clear()
            self._buttons(None)
            return
        submission = self.ws.outbox.get(submission_id)
        current = self.history.currentItem()
        if current is not None:
            current.setText(self._history_text(submission))
        receipt_items = self._receipt_items(submission)
        exhibits = submission.manifest["exhibits"]
        self.items.setRowCount(len(exhibits))
        progress = {i.sha256: i for i in submission.items}
        now = time.monotonic()
        for row, exhibit in enumerate(exhibits):
            item = progress.get(exhibit["sha256"])
            sent = item.size if item and item.state in ("sent", "held") else (item.sent if item else 0)
            speed = self._speed(exhibit["sha256"], sent, now) if submission.state == "sending" else 0.0
            left = (exhibit["size"] - sent) / speed if speed > 0 else None
            receipt = receipt_items.get(exhibit["reference"])
            values = [
                exhibit["reference"],
                human_size(exhibit["size"]),
                self._item_state(item.state if item else "waiting"),
                f"{(100 * sent / exhibit['size']) if exhibit['size'] else 100:.0f}%",
                f"{human_size(speed)}/s" if speed > 0 else "",
                self._duration(left) if left is not None else "",
                self._receipt_state(receipt),
                self._hub_check(receipt),
            ]
            for column, text in enumerate(values):
                cell = self.items.item(row, column)
                if cell is None:
                    cell = QTableWidgetItem()
                    self.items.setItem(row, column, cell)
                cell.setText(text)
                if column == 6 and receipt is not None and receipt["status"] != "received":
                    cell.setForeground(warning_colour())
        self.summary.setText(self._summary(submission))
        self._buttons(submission)
        if submission.state != "sending" and self.sending is None:
            self.timer.stop()

    def _speed(self, digest: str, sent: int, now: float) -> float:
        previous = self._rates.get(digest)
        if previous is None or sent < previous[1]:
            self._rates[digest] = (now, sent, 0.0)
            return 0.0
        elapsed = now - previous[0]
        if elapsed < 0.25:
            return previous[2]
        instant = (sent - previous[1]) / elapsed
        smoothed = instant if previous[2] == 0 else 0.7 * previous[2] + 0.3 * instant
        self._rates[digest] = (now, sent, smoothed)
        return smoothed

    def _duration(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("%1 s").replace("%1", str(max(1, int(seconds))))
        if seconds < 3600:
            return self.tr("%1 min").replace("%1", str(int(seconds // 60)))
        return (
            self.tr("%1 h %2 min")
            .replace("%1", str(int(seconds // 3600)))
            .replace("%2", str(int(seconds % 3600 // 60)))
        )

    def _item_state(self, state: str) -> str:
        return {
            "waiting": self.tr("waiting"),
            "sending": self.tr("sending"),
            "sent": self.tr("sent"),
            "held": self.tr("already at the hub"),
            "refused": self.tr("refused"),
        }.get(state, state)

    @staticmethod
    def _hub_check(receipt: dict[str, Any] | None) -> str:
        if receipt is None:
            return ""
        found = str(receipt.get("recognised_type") or "").replace("application/pdf", "PDF")
        reason = str(receipt.get("reason") or "")
        return f"{found} — {reason}" if found and reason else found or reason

    def _receipt_state(self, receipt: dict[str, Any] | None) -> str:
        if receipt is None:
            return ""
        labels = {
            "received": self.tr("received"),
            "refused": self.tr("REFUSED"),
            "not_received": self.tr("NOT RECEIVED"),
        }
        return labels.get(str(receipt["status"]), str(receipt["status"]))

    def _receipt_items(self, submission: OutboxSubmission) -> dict[str, dict[str, Any]]:
        """The receipt's items by exhibit reference, once its signature checks; the check is shown."""
        if submission.receipt is None:
            self.receipt_state.setText(self.tr("No receipt yet."))
            return {}
        from casebridge.exchange.keys import SignatureError
        from casebridge.exchange.receipts import verify_receipt

        assert self.ws is not None
        trusted = self.ws.settings.hub_key_id
        try:
            signed = verify_receipt(submission.receipt, {trusted} if trusted else None)
        except (SignatureError, ValueError) as exc:
            self.receipt_state.setText(self.tr("The stored receipt does NOT verify: %1").replace("%1", str(exc)))
            return {}
        self.receipt_state.setText(
            self.tr("Receipt verified: signed by the hub on %1.").replace("%1", uk_datetime(signed.receipt.issued_at))
        )
        self.receipt_state.setToolTip(self.tr("Signing key %1").replace("%1", signed.signature.key_id))
        return {i.reference: i.model_dump() for i in signed.receipt.items}

    def _summary(self, submission: OutboxSubmission) -> str:
        text = self.tr("%1 of %2 sent to %3.").replace("%1", human_size(submission.bytes_sent))
        text = text.replace("%2", human_size(submission.bytes_total)).replace("%3", submission.hub_url)
        if submission.problem:
            text += " " + submission.problem
        return text

    def _buttons(self, submission: OutboxSubmission | None) -> None:
        busy = self.sending is not None
        self.submit_button.setEnabled(not busy and self.urn is not None)
        self.pause_button.setEnabled(busy)
        self.resume_button.setEnabled(not busy and submission is not None and submission.state != "complete")

    # ------------------------------------------------------------------ actions
    def sign_in(self) -> None:
        if self.ws is None:
            return
        from casebridge.ui.hub_signin import HubSignIn

        signing = HubSignIn(self.services, self)
        self._signing = signing
        signing.signed_in.connect(self._signed_in)
        signing.failed.connect(lambda reason: QMessageBox.warning(self, self.tr("Hub"), reason))
        if signing.start():
            self.status_message.emit(self.tr("Signing in…"))

    def _signed_in(self, message: object) -> None:
        self.status_message.emit(str(message))
        self.refresh()
        if self.ws is not None and self.ws.settings.hub_role == "cps":
            self.signed_in.emit()  # a reviewer's sign-in: the tab becomes the review tools

    def submit(self) -> None:
        if self.ws is None or self.urn is None:
            return
        from casebridge.exchange import submit

        if not self.ws.settings.hub_url or not self.ws.settings.hub_username:
            QMessageBox.information(self, self.tr("Submit to CPS"), self.tr("Sign in to the hub first."))
            return
        try:
            blocking = submit.blocking_findings(self.ws, self.urn)
        except CasebridgeError as exc:
            QMessageBox.warning(self, self.tr("Submit to CPS"), str(exc))
            return
        if blocking:
            QMessageBox.warning(
                self,
                self.tr("Not ready to submit"),
                self.tr("%1 cannot be submitted until these are put right (Case file tab, Readiness):").replace(
                    "%1", self.urn
                )
                + "\n\n• "
                + "\n• ".join(finding_text(f.message, f.rule) for f in blocking[:12]),
            )
            return
        from casebridge import readiness
        from casebridge.domain.view import CaseFileView

        view = CaseFileView.load(self.ws, self.urn)
        warnings = [
            finding_text(f.message, f.rule)
            for f in readiness.check(view, readiness.file_type_of(view))
            if not f.blocking
        ]
        exhibits = self.ws.exhibits.for_case(self.urn)
        dialog = ConfirmSubmissionDialog(self.urn, self.ws.settings.hub_url, exhibits, warnings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            queued = self.services.exchange.queue(self.urn)
        except CasebridgeError as exc:
            QMessageBox.warning(self, self.tr("Submit to CPS"), str(exc))
            return
        self.refresh(select=queued.id)
        self._send(queued.id)

    def resume(self) -> None:
        submission_id = self.selected()
        if submission_id is not None:
            self._send(submission_id)

    def pause(self) -> None:
        self.jobs.cancel_all()

    def _send(self, submission_id: str) -> None:
        assert self.ws is not None
        exchange = self.services.exchange

        def work(progress: Any, cancel: Any) -> Any:
            return exchange.send(submission_id, progress=progress, cancel=cancel)

        self.sending = submission_id
        self._rates.clear()
        self.status_message.emit(self.tr("Sending to the hub…"))
        self.jobs.run(work, self._sent)
        self.timer.start()
        self._buttons(None)

    def _send_failed(self, exc: BaseException) -> None:
        self.sending = None
        from casebridge.jobs import Cancelled

        if isinstance(exc, Cancelled):
            self.status_message.emit(self.tr("Paused: Resume carries on from where it stopped."))
        else:
            text = failure_text(exc)
            self.summary.setText(text)
            QMessageBox.warning(self, self.tr("Hub"), text)
        self.refresh()

    def _sent(self, submission: object) -> None:
        self.sending = None
        received = 0
        total = 0
        receipt = getattr(submission, "receipt", None)
        if receipt:
            items = receipt["receipt"]["items"]
            total = len(items)
            received = sum(1 for i in items if i["status"] == "received")
        self.status_message.emit(
            self.tr("Receipt from the hub: %1 of %2 item(s) received.")
            .replace("%1", str(received))
            .replace("%2", str(total))
        )
        self.refresh()

    def shutdown(self) -> None:
        self.pause()
        self.timer.stop()
