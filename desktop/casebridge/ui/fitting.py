"""Views that fit their pane: a table's optional columns shown only when there is room, so nothing scrolls
sideways and the stretching column (a title, a description) keeps enough width to be read whole (it wraps); a
tool row that puts its last group on a row of its own when the pane is too narrow for both; a text box as wide
as its hint."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QLineEdit, QTableView, QWidget


class ColumnsByWidth(QObject):
    """Watches a table's width: each optional column is shown from the width given for it (in the table's own
    pixels), hidden below it. The user can still widen a shown column; a hidden one comes back with room."""

    def __init__(self, table: QTableView, optional: tuple[tuple[int, int], ...]) -> None:
        super().__init__(table)
        self.table = table
        self.optional = optional
        table.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        width = self.table.width()
        for column, needs in self.optional:
            hidden = width < needs
            if self.table.isColumnHidden(column) != hidden:
                self.table.setColumnHidden(column, hidden)


class RowWhenNarrow(QObject):
    """Keeps `moving` (a group of controls) at the end of the row `first` while the row fits `owner`'s width, and
    on the row `second` (under it) while it does not. What the row needs is each control's own size, a text box
    as wide as its hint: nothing is squeezed, and no minimum width is forced on the pane (which would make the
    page around it scroll sideways instead)."""

    def __init__(
        self, owner: QWidget, first: QBoxLayout, second: QBoxLayout, moving: QWidget, stretch: int = 0
    ) -> None:
        super().__init__(owner)
        self.owner, self.first, self.second, self.moving, self.stretch = owner, first, second, moving, stretch
        second.addStretch()  # a group on a row of its own keeps to the right, where it was
        owner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.owner and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def need(self) -> int:
        inline = self.first.indexOf(self.moving) >= 0
        need = self.first.sizeHint().width()
        if not inline:
            need += self.moving.sizeHint().width() + max(0, self.first.spacing())
        boxes = [self.first.itemAt(i).widget() for i in range(self.first.count())]
        boxes += self.moving.findChildren(QLineEdit)
        for box in boxes:
            if isinstance(box, QLineEdit) and box.placeholderText():
                need += max(0, hint_width(box) - box.sizeHint().width())
        return need

    def fit(self) -> None:
        inline = self.first.indexOf(self.moving) >= 0
        layout = self.owner.layout()
        margins = layout.contentsMargins() if layout is not None else self.owner.contentsMargins()
        fits = self.need() <= self.owner.width() - margins.left() - margins.right()
        if fits != inline:
            (self.first if fits else self.second).addWidget(self.moving, self.stretch)  # taken from the other


def hint_width(line: QLineEdit) -> int:
    """The width a text box needs to show its placeholder whole."""
    margins = line.textMargins()
    return line.fontMetrics().horizontalAdvance(line.placeholderText()) + margins.left() + margins.right() + 16
