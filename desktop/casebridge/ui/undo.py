"""Undo/redo of edits: each saved field change becomes a command that reverts or re-applies it (audited)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from casebridge.store.cases import CaseStore, FieldChange


class FieldEditCommand(QUndoCommand):
    """Pushed after the edit was saved: the first redo() is the save that already happened."""

    def __init__(self, cases: CaseStore, change: FieldChange, after: Callable[[str], None]) -> None:
        label = change.field.replace("_", " ")
        super().__init__(f"edit {label}")
        self._cases = cases
        self._change = change
        self._after = after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        change = self._change
        if change.entity == "case":
            self._cases.update_case(change.case_urn, change.field, change.new if change.new is not None else "")
        elif change.entity == "person":
            self._cases.update_person(int(change.entity_id), change.field, change.new)
        else:
            self._cases.update_offence(int(change.entity_id), change.field, change.new)
        self._after(change.case_urn)

    def undo(self) -> None:
        self._cases.revert(self._change)
        self._after(self._change.case_urn)


class SnapshotCommand(QUndoCommand):
    """Undo/redo between two whole values (a redaction recipe before and after a change), applied through
    `show(value)`. Pushed after the change was made: the first redo() is that change."""

    def __init__(self, show: Callable[[Any], None], before: Any, after: Any, label: str) -> None:
        super().__init__(label)
        self._show, self._before, self._after = show, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._show(self._after)

    def undo(self) -> None:
        self._show(self._before)
