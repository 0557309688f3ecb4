"""An editor built from field specs (casebridge.domain.casefile): one widget per field, saved as you go.

Every field saves on its own — text when you leave it (long text also after a pause in typing), choices at
once — through a `save(name, value)` callback that validates in the store. A rejected value stays on screen
with the reason right under its field (and is announced to screen readers through `problem`); an accepted one
becomes an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casebridge.domain.casefile import FieldSpec
from casebridge.domain.custody import uk_local
from casebridge.errors import CasebridgeError
from casebridge.ui.domain_text import dt
from casebridge.ui.style import set_role

LABEL_WIDTH = 210
Saver = Callable[[Any, str, Any], tuple[Any, Any]]  # (record key, field name, value) -> (old, new)


def show_date(value: object) -> str:
    if not value:
        return ""
    try:
        return date.fromisoformat(str(value)).strftime("%d/%m/%Y")
    except ValueError:
        return str(value)


def show_datetime(value: object) -> str:
    if not value:
        return ""
    try:
        return uk_local(datetime.fromisoformat(str(value))).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return str(value)


def show_avoid(entries: object) -> str:
    lines = []
    for entry in entries or []:  # type: ignore[attr-defined]
        span = show_date(entry["from"]) + ("" if entry["to"] == entry["from"] else f"-{show_date(entry['to'])}")
        lines.append(f"{span} {entry['code']} {entry.get('reason', '')}".strip())
    return "\n".join(lines)


def parse_avoid(text: str) -> list[dict[str, str]]:
    """'21/12/2026-02/01/2027 H Family visit' per line (the code defaults to O, which needs details)."""
    entries = []
    for line in text.splitlines():
        parts = line.split(maxsplit=2)
        if not parts:
            continue
        start, _, end = parts[0].partition("-")
        code = parts[1] if len(parts) > 1 and len(parts[1]) == 1 else "O"
        reason = parts[2] if len(parts) > 2 else (parts[1] if len(parts) > 1 and len(parts[1]) != 1 else "")
        entries.append({"from": start, "to": end or start, "code": code, "reason": reason})
    return entries


def _blank(value: Any) -> bool:
    """No value, however it is held (None, "", an empty list)."""
    return value is None or value == "" or value == []


class ValueCommand(QUndoCommand):
    """Undo/redo of one saved field: the first redo() is the save that already happened."""

    def __init__(
        self, label: str, apply: Callable[[Any], object], old: Any, new: Any, after: Callable[[Any], None]
    ) -> None:
        super().__init__(f"edit {label.lower()}")
        self._apply, self._old, self._new, self._after = apply, old, new, after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(self._new)
        self._after(self._new)

    def undo(self) -> None:
        value = self._old if self._old is not None else ""
        self._apply(value)
        self._after(value)


class SpecForm(QWidget):
    """Fields for one record. `load(values, key)` shows them; edits go to `save(key, name, value)`; `saved`
    fires after each. An undo or redo writes to the record it was made on (`key`), even if another is shown
    by then, and redraws the field only when that record is still the one on screen."""

    saved = Signal(str)  # field name
    problem = Signal(str)  # a rejected value: the field and the reason, for the status bar and screen readers

    def __init__(
        self,
        specs: tuple[FieldSpec, ...],
        save: Saver,
        undo: QUndoStack,
        *,
        owner: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._specs = {s.name: s for s in specs}
        self._save = save
        self._undo = undo
        self._held: dict[str, Any] = {}  # the values shown, as the store holds them
        self._owner = owner
        self._loading = False
        self.key: Any = None
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}  # each field's own problem line, under it
        self._last_error: str | None = None
        self._timers: dict[str, QTimer] = {}
        layout = QFormLayout()
        # A label too long to sit beside its field goes above it, so the form fits a narrow pane (and Welsh).
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            widget = self._make(spec)
            widget.setAccessibleName(f"{dt(spec.label)} ({dt(owner)})")
            if spec.restricted:
                widget.setToolTip(self.tr("Restricted: never shown on a disclosable form."))
            self.widgets[spec.name] = widget
            label = QLabel(dt(spec.label) + (self.tr(" (restricted)") if spec.restricted else "") + ":")
            label.setBuddy(widget)
            label.setWordWrap(True)  # long labels wrap in a fixed column rather than squeezing the fields
            label.setFixedWidth(LABEL_WIDTH)
            label.setMinimumHeight(label.heightForWidth(LABEL_WIDTH))
            error = QLabel()
            error.setWordWrap(True)
            error.setObjectName("fieldProblem")
            set_role(error, "error")
            error.setAccessibleName(self.tr("Problem with %1").replace("%1", dt(spec.label)))
            error.hide()
            self.errors[spec.name] = error
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(widget)
            cell_layout.addWidget(error)
            layout.addRow(label, cell)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addStretch(1)

    # ----- building -----
    def _make(self, spec: FieldSpec) -> QWidget:
        if spec.type == "longtext" or spec.type == "dates_to_avoid":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(110 if spec.type == "longtext" else 70)
            if spec.type == "dates_to_avoid":
                edit.setToolTip(
                    self.tr(
                        "One per line: dd/mm/yyyy[-dd/mm/yyyy] CODE reason "
                        "(C course, H holiday, S sickness, W work, O other)"
                    )
                )
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(800)
            timer.timeout.connect(lambda name=spec.name: self._commit(name))
            edit.textChanged.connect(lambda timer=timer: None if self._loading else timer.start())
            self._timers[spec.name] = timer
            return edit
        if spec.type in ("choice", "bool"):
            combo = QComboBox()
            options = (
                [("", "—"), *spec.choices]
                if spec.type == "choice"
                else [("", self.tr("Not recorded")), ("yes", self.tr("Yes")), ("no", self.tr("No"))]
            )
            for code, label in options:
                combo.addItem(dt(label), code)
            combo.activated.connect(lambda _i, name=spec.name: self._commit(name))
            return combo
        if spec.type == "choices":
            box = QWidget()
            grid = QGridLayout(box)  # two columns: six special measures in one row would not fit
            grid.setContentsMargins(0, 0, 0, 0)
            for index, (code, label) in enumerate(spec.choices):
                check = QCheckBox(dt(label))
                check.setObjectName(code)
                check.setAccessibleName(f"{dt(spec.label)}: {dt(label)}")
                check.toggled.connect(lambda _on, name=spec.name: None if self._loading else self._commit(name))
                grid.addWidget(check, index // 2, index % 2)
            grid.setColumnStretch(2, 1)
            return box
        line = QLineEdit()
        hints = {"date": "dd/mm/yyyy", "datetime": "dd/mm/yyyy hh:mm (UK time)", "datetimes": "dd/mm/yyyy hh:mm, …"}
        if spec.type in hints:
            line.setToolTip(hints[spec.type])
        line.editingFinished.connect(lambda name=spec.name: self._commit(name))
        return line

    @property
    def error(self) -> QLabel:
        """The problem line of the field that was rejected last (any field's, hidden, when none was)."""
        name = self._last_error or next(iter(self.errors))
        return self.errors[name]

    def _clear_error(self, name: str) -> None:
        self.errors[name].hide()
        self.errors[name].clear()
        self.widgets[name].setAccessibleDescription("")
        if self._last_error == name:
            self._last_error = None

    # ----- values -----
    def load(self, values: dict[str, Any], key: Any = None) -> None:
        self.key = key
        self._held = dict(values)
        self._loading = True
        try:
            for name, spec in self._specs.items():
                self._show(spec, self.widgets[name], values.get(name))
                self._clear_error(name)
        finally:
            self._loading = False

    def show_value(self, name: str, value: Any) -> None:
        """Shows a value the store holds now (after a save that changed another field too)."""
        self._held[name] = value
        self._loading = True
        try:
            self._show(self._specs[name], self.widgets[name], value)
        finally:
            self._loading = False

    def _show(self, spec: FieldSpec, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QPlainTextEdit):
            text = show_avoid(value) if spec.type == "dates_to_avoid" else str(value or "")
            if widget.toPlainText() != text:
                widget.setPlainText(text)
        elif isinstance(widget, QComboBox):
            code = (
                ("yes" if value is True else "no" if value is False else "")
                if spec.type == "bool"
                else str(value or "")
            )
            widget.setCurrentIndex(max(0, widget.findData(code)))
        elif isinstance(widget, QLineEdit):
            shown = {"date": show_date, "datetime": show_datetime}.get(spec.type)
            if spec.type == "datetimes":
                text = ", ".join(show_datetime(v) for v in value or [])
            elif spec.type == "list":
                text = ", ".join(value or [])
            else:
                text = shown(value) if shown else str(value or "")
            widget.setText(text)
        else:
            chosen = set(value or [])
            for check in widget.findChildren(QCheckBox):
                check.setChecked(check.objectName() in chosen)

    def value_of(self, name: str) -> Any:
        spec, widget = self._specs[name], self.widgets[name]
        if isinstance(widget, QPlainTextEdit):
            text = widget.toPlainText()
            return parse_avoid(text) if spec.type == "dates_to_avoid" else text
        if isinstance(widget, QComboBox):
            code = widget.currentData()
            return {"yes": True, "no": False}.get(code) if spec.type == "bool" else code
        if isinstance(widget, QLineEdit):
            return widget.text()
        return [c.objectName() for c in widget.findChildren(QCheckBox) if c.isChecked()]

    def flush(self) -> None:
        """Save any long text still waiting for its pause (before switching record or closing)."""
        for name, timer in self._timers.items():
            if timer.isActive():
                timer.stop()
                self._commit(name)

    def _commit(self, name: str) -> None:
        if self._loading:
            return
        spec = self._specs[name]
        key = self.key
        typed = self.value_of(name)
        if _blank(typed) and _blank(self._held.get(name)):  # focus passed through an empty field: nothing to save
            self._clear_error(name)
            return
        try:
            old, new = self._save(key, name, typed)
        except CasebridgeError as exc:
            reason = str(exc)
            for prefix in (f"{spec.label}: ", f"{dt(spec.label)}: "):  # the field is named beside it already
                reason = reason.removeprefix(prefix)
            reason = reason[:1].upper() + reason[1:]
            self.errors[name].setText(reason)
            self.errors[name].show()
            self._last_error = name
            self.widgets[name].setAccessibleDescription(reason)
            self.problem.emit(f"{dt(spec.label)}: {reason}")
            return
        self._clear_error(name)
        if new != typed and spec.type == "dates_to_avoid":
            self.show_value(name, new)  # e.g. "none" recorded as the "No dates to avoid" switch
        self._held[name] = new
        if old != new and not (_blank(old) and _blank(new)):
            self._undo.push(
                ValueCommand(
                    dt(spec.label),
                    lambda v: self._save(key, name, v),
                    old,
                    new,
                    lambda v: self._undone(key, name, v),
                )
            )
            self.saved.emit(name)

    def _undone(self, key: Any, name: str, value: Any) -> None:
        """After an undo/redo: show the value again if its record is on screen, and tell the owner."""
        if key == self.key:
            self._loading = True
            try:
                self._show(self._specs[name], self.widgets[name], value)
            finally:
                self._loading = False
        self.saved.emit(name)

    def focus_field(self, name: str) -> None:
        widget = self.widgets.get(name)
        if widget is None:
            return
        target = widget.findChildren(QCheckBox)[0] if widget.findChildren(QCheckBox) else widget
        target.setFocus()
