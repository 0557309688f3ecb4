"""A form row that checks its value as the user types and says what is wrong right underneath."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from casebridge.errors import ValidationError
from casebridge.ui.style import set_role

Validator = Callable[[str], str]  # returns a confirmation hint (may be "") or raises ValidationError


class ValidatedLineEdit(QWidget):
    """Line edit + message label. `valid` is True when the validator accepts the current text."""

    validity_changed = Signal(bool)

    def __init__(
        self,
        validator: Validator,
        accessible_name: str,
        *,
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._validator = validator
        self._required = required
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("%1: check").replace("%1", accessible_name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.valid = not required
        self.edit.textChanged.connect(self.check)
        self.check(self.edit.text())

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def check(self, text: str) -> None:
        was = self.valid
        if not text.strip():
            self.valid = not self._required
            self._show("", error=False)
        else:
            try:
                hint = self._validator(text)
            except ValidationError as exc:
                self.valid = False
                self._show(exc.message, error=True)
            else:
                self.valid = True
                self._show(hint, error=False)
        if was != self.valid:
            self.validity_changed.emit(self.valid)

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("role", "error" if error else "hint")
        set_role(self.message, "error" if error else "ok")
        self.edit.setAccessibleDescription(text)
        top = self.window()
        if top is not self and top.isVisible() and top.sizeHint().height() > top.height():
            top.resize(top.width(), top.sizeHint().height())
