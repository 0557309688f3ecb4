"""The redaction workspace for one exhibit: mark, review, approve, preview, apply — then the copy is verified.

Left, the document (or photograph) with every mark drawn over it: black for approved, dark red for awaiting
approval, amber for suggestions not yet accepted, grey over pages to be removed. Right, the tools: draw boxes
with the mouse (or add one and move it with the arrow keys, Shift+arrows to resize), search-and-redact in this
document or the whole case, remove the current page, suggestions to accept or decline with a justification, the
list of marks (filter, jump to, reason, approve, delete), "Show result", and "Apply and verify". Every change to
the recipe is saved at once and can be undone (Ctrl+Z).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casebridge.domain.recipe import Decision, Mark, Recipe, Suggestion
from casebridge.errors import CasebridgeError
from casebridge.ui.redaction_base import RedactionEditor
from casebridge.ui.viewers.pdf_viewer import PdfViewer

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.domain.exhibit import Exhibit

APPROVED = QColor(0, 0, 0, 150)
PENDING = QColor(150, 0, 0, 110)
SUGGESTED = QColor(255, 190, 0, 90)
REMOVED = QColor(90, 90, 90, 120)
SELECTED = QColor(30, 100, 230)
NUDGE = 2.0


class MarksList(QListWidget):
    """The marks, with arrow keys moving the selected box and Shift+arrows resizing it."""

    nudge = Signal(float, float, bool)  # dx, dy, resize
    remove = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: (-NUDGE, 0.0),
            Qt.Key.Key_Right: (NUDGE, 0.0),
            Qt.Key.Key_Up: (0.0, -NUDGE),
            Qt.Key.Key_Down: (0.0, NUDGE),
        }
        modifiers = event.modifiers()
        if event.key() in steps and modifiers & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier):
            dx, dy = steps[Qt.Key(event.key())]
            self.nudge.emit(dx, dy, bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
            return
        if event.key() == Qt.Key.Key_Delete:
            self.remove.emit()
            return
        super().keyPressEvent(event)


class RedactionWindow(RedactionEditor[Recipe]):
    def __init__(self, services: Services, exhibit: Exhibit, parent: QWidget | None = None) -> None:
        super().__init__(services.workspace, exhibit, services.redaction, parent)
        import pymupdf

        from casebridge.redaction import detectors

        self.services, self.service = services, services.redaction
        self.source = self.service.source(exhibit)  # RedactionError: the caller says why it cannot open
        self.recipe = self.service.recipe(exhibit)
        self.suggestions: list[Suggestion] = []
        self._folder = Path(tempfile.mkdtemp(prefix="casebridge-redact-"))
        self.setWindowTitle(self.tr("Redact %1").replace("%1", exhibit.reference))
        self.setAccessibleName(self.tr("Redaction of %1").replace("%1", exhibit.reference))

        data = self.service.read(self.source.sha256)
        self.source_file = self._folder / "source.pdf"
        if self.source.kind == "image":
            from casebridge.redaction.image_apply import open_image

            upright = open_image(data, exhibit.reference).convert("RGB")
            png = self._folder / "upright.png"
            upright.save(png)
            doc = pymupdf.open()
            page = doc.new_page(width=upright.width, height=upright.height)  # one point = one pixel
            page.insert_image(page.rect, filename=str(png))
            doc.save(self.source_file)
            doc.close()
        else:
            self.source_file.write_bytes(data)
        with pymupdf.open(self.source_file) as geometry:
            self._to_display = [tuple(p.rotation_matrix) for p in geometry]
            self._to_page = [tuple(p.derotation_matrix) for p in geometry]

        self.viewer = PdfViewer()
        self.viewer.setAccessibleName(self.tr("Document being redacted"))
        self.viewer.layout_changed.connect(self.place_marks)
        self.viewer.page_shown.connect(lambda _n: self.place_marks())
        self.viewer.canvas.selected.connect(self._drawn)

        reasons = detectors.reasons()
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason for new marks"))
        for code, entry in reasons.items():
            self.reason.addItem(f"{code} — {entry['label']}", code)
            self.reason.setItemData(self.reason.count() - 1, entry["basis"], Qt.ItemDataRole.ToolTipRole)
        self.effect = QComboBox()
        self.effect.setAccessibleName(self.tr("Effect for new marks on an image"))
        for code, label in (
            ("box", self.tr("Black box")),
            ("pixelate", self.tr("Pixelate")),
            ("blur", self.tr("Blur")),
        ):
            self.effect.addItem(label, code)
        self.effect.setEnabled(self.source.kind == "image")
        self.draw_button = QPushButton(self.tr("Draw &boxes"))
        self.draw_button.setCheckable(True)
        self.draw_button.setChecked(True)
        self.draw_button.setAccessibleName(self.tr("Drag on the page to add a box"))
        self.snap = QCheckBox(self.tr("Snap to &words"))
        self.snap.setChecked(self.source.kind == "pdf")
        self.snap.setEnabled(self.source.kind == "pdf")
        self.snap.setToolTip(
            self.tr(
                "A box dragged over text marks the whole words under it, as selected text, so the check "
                "afterwards looks for those words everywhere in the copy."
            )
        )
        self.new_box_button = QPushButton(self.tr("Add box on this pa&ge"))
        self.new_box_button.setAccessibleName(self.tr("Add a box in the middle of the current page"))
        self.remove_page_button = QPushButton(self.tr("Remove this page"))
        self.remove_page_button.setAccessibleName(self.tr("Remove the current page from the redacted copy"))
        self.remove_page_button.setEnabled(self.source.kind == "pdf")
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Text or pattern to redact"))
        self.search.setToolTip(self.tr("Every occurrence is marked for approval."))
        self.regex = QCheckBox(self.tr("Regular e&xpression"))
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Where to search"))
        self.scope.addItem(self.tr("This document"), "document")
        self.scope.addItem(self.tr("Every document of the case"), "case")
        self.search_button = QPushButton(self.tr("Mar&k matches"))
        self.search_button.setAccessibleName(self.tr("Mark every match for redaction"))
        for widget in (self.search, self.regex, self.scope, self.search_button):
            widget.setEnabled(self.source.kind == "pdf")

        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Material is going to"))
        for code, label in (
            ("served", self.tr("Served on the defence")),
            ("pre_charge", self.tr("The CPS, before charge")),
            ("unused", self.tr("Disclosed unused material")),
        ):
            self.stage.addItem(label, code)
        self.suggest_button = QPushButton(self.tr("&Find suggestions"))
        self.suggest_button.setEnabled(self.source.kind == "pdf")
        self.suggestion_list = QListWidget()
        self.suggestion_list.setAccessibleName(self.tr("Suggestions: tick to accept"))
        self.accept_button = QPushButton(self.tr("Accept ticked"))
        self.accept_all_button = QPushButton(self.tr("Accept all"))
        self.decline_button = QPushButton(self.tr("Decline selected…"))
        self.decline_button.setAccessibleName(self.tr("Decline the selected suggestion, with a justification"))

        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show marks"))
        self.filter.addItem(self.tr("All marks"), "")
        self.filter.addItem(self.tr("Awaiting approval"), "pending")
        for code in reasons:
            self.filter.addItem(self.tr("Reason %1").replace("%1", code), code)
        self.marks = MarksList()
        self.marks.setAccessibleName(self.tr("Marks"))
        self.marks.setToolTip(
            self.tr("Enter: go to the mark. Alt+arrows move it, Shift+arrows resize it, Delete removes it.")
        )
        self.mark_reason = QComboBox()
        self.mark_reason.setAccessibleName(self.tr("Reason of the selected mark"))
        for code in reasons:
            self.mark_reason.addItem(code, code)
        self.approve_button = QPushButton(self.tr("&Approve selected"))
        self.approve_all_button = QPushButton(self.tr("Approve a&ll"))
        self.delete_button = QPushButton(self.tr("&Delete mark"))
        self.line_end_button = QPushButton(self.tr("To end of l&ine"))
        self.line_end_button.setAccessibleName(self.tr("Remove the rest of the line with the selected marks"))
        self.line_end_button.setToolTip(
            self.tr(
                "The box runs to the end of the line, so its width says nothing of how long the removed words were. "
                "A value that ends its line gets this without asking."
            )
        )
        self.everywhere_button = QPushButton(self.tr("Ever&ywhere…"))
        self.everywhere_button.setAccessibleName(self.tr("Look for the selected mark's text in every other exhibit"))
        self.everywhere_button.setToolTip(
            self.tr(
                "Counts where the same words or number appear in the case's other documents, pictures and "
                "recordings, and offers them there in one action."
            )
        )
        self.preview_button = QPushButton(self.tr("&Show result"))
        self.preview_button.setCheckable(True)
        self.preview_button.setAccessibleName(self.tr("Show the document as the redacted copy will be"))
        self.apply_button = QPushButton(self.tr("Apply and &verify"))
        self.apply_button.setAccessibleName(self.tr("Make the redacted copy and verify it"))
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Verification problems"))
        self.problems.hide()

        self._lay_out()

        self._connect()
        self.viewer.open(self.source_file)
        self.show_recipe(self.recipe)
        self.resize(1280, 860)

    def _lay_out(self) -> None:
        """The document on the left; on the right, adding marks, suggestions, the marks, then apply."""
        widget: QWidget
        add_box = QGroupBox(self.tr("Add marks"))
        add = QFormLayout(add_box)
        add.addRow(self._label(self.tr("&Reason:"), self.reason), self.reason)
        add.addRow(self._label(self.tr("&Effect:"), self.effect), self.effect)
        row = QHBoxLayout()
        for widget in (self.draw_button, self.snap, self.new_box_button, self.remove_page_button):
            row.addWidget(widget)
        add.addRow(row)
        add.addRow(self._label(self.tr("Fi&nd:"), self.search), self.search)
        row = QHBoxLayout()
        for widget in (self.regex, self.scope, self.search_button):
            row.addWidget(widget)
        add.addRow(row)
        suggest_box = QGroupBox(self.tr("Suggestions"))
        suggest = QVBoxLayout(suggest_box)
        form = QFormLayout()
        form.addRow(self._label(self.tr("Going &to:"), self.stage), self.stage)
        suggest.addLayout(form)
        suggest.addWidget(self.suggest_button)
        suggest.addWidget(self.suggestion_list, 1)
        row = QHBoxLayout()
        for widget in (self.accept_button, self.accept_all_button, self.decline_button):
            row.addWidget(widget)
        suggest.addLayout(row)
        marks_box = QGroupBox(self.tr("Marks"))
        marks = QVBoxLayout(marks_box)
        form = QFormLayout()
        form.addRow(self._label(self.tr("S&how:"), self.filter), self.filter)
        marks.addLayout(form)
        marks.addWidget(self.marks, 1)
        row = QHBoxLayout()
        row.addWidget(self._label(self.tr("Reas&on:"), self.mark_reason))
        for widget in (self.mark_reason, self.approve_button, self.approve_all_button):
            row.addWidget(widget)
        marks.addLayout(row)
        row = QHBoxLayout()
        row.addStretch(1)
        for widget in (self.delete_button, self.line_end_button, self.everywhere_button):
            row.addWidget(widget)
        marks.addLayout(row)
        side = QWidget()
        column = QVBoxLayout(side)
        column.addWidget(add_box)
        column.addWidget(suggest_box, 1)
        column.addWidget(marks_box, 2)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.apply_button)
        column.addLayout(row)
        column.addWidget(self.progress)
        column.addWidget(self.state)
        column.addWidget(self.problems)
        splitter = QSplitter()
        splitter.addWidget(self.viewer)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.new_box_button.clicked.connect(self.add_box)
        self.remove_page_button.clicked.connect(self.remove_page)
        self.search_button.clicked.connect(self.mark_matches)
        self.search.returnPressed.connect(self.mark_matches)
        self.suggest_button.clicked.connect(self.find_suggestions)
        self.accept_button.clicked.connect(lambda: self.accept_suggestions(ticked_only=True))
        self.accept_all_button.clicked.connect(lambda: self.accept_suggestions(ticked_only=False))
        self.decline_button.clicked.connect(self.decline_suggestion)
        self.suggestion_list.itemActivated.connect(lambda item: self._go_to_suggestion(item))
        self.filter.activated.connect(lambda _i: self.list_marks())
        self.marks.itemActivated.connect(lambda _item: self.go_to_mark())
        self.marks.currentRowChanged.connect(lambda _r: self._mark_selected())
        self.marks.nudge.connect(self.nudge)
        self.marks.remove.connect(self.delete_marks)
        self.mark_reason.activated.connect(lambda _i: self.set_reason())
        self.approve_button.clicked.connect(lambda: self.approve(selected_only=True))
        self.approve_all_button.clicked.connect(lambda: self.approve(selected_only=False))
        self.delete_button.clicked.connect(self.delete_marks)
        self.everywhere_button.clicked.connect(self.mark_everywhere)
        self.line_end_button.clicked.connect(self.to_line_end)
        self.preview_button.toggled.connect(self.show_result)
        self.apply_button.clicked.connect(self.apply)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo.redo)
        for button in self.findChildren(QAbstractButton):
            if not button.accessibleName():  # a button's name is what it says, without the mnemonic
                button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # ----- the recipe -----
    def show_recipe(self, recipe: Recipe, *, save: bool = False) -> None:
        if save and not self.save_recipe(recipe):
            return
        self.recipe = recipe
        self.list_marks()
        self.place_marks()
        self._update_state()

    def _update_state(self) -> None:
        record = self.ws.redactions.get(self.exhibit.id)
        pending = len(self.recipe.unapproved)
        text = self.tr("%1 mark(s), %2 awaiting approval; %3 page(s) to remove.")
        text = (
            text.replace("%1", str(len(self.recipe.marks)))
            .replace("%2", str(pending))
            .replace("%3", str(len(self.recipe.removed_pages)))
        )
        if record is not None and record.up_to_date and record.output_exhibit_id:
            copy = self.ws.exhibits.get(record.output_exhibit_id)
            text += " " + self.tr("Redacted copy %1 is up to date and verified.").replace("%1", copy.reference)
        self.state.setText(text)
        self.apply_button.setEnabled(bool(self.recipe.marks) and not pending)

    def visible_marks(self) -> list[Mark]:
        wanted = self.filter.currentData()
        marks = sorted(self.recipe.marks, key=lambda m: (m.page, m.rects[0][1] if m.rects else 0, m.id))
        if wanted == "pending":
            return [m for m in marks if not m.approved]
        return [m for m in marks if not wanted or m.reason == wanted]

    def list_marks(self) -> None:
        current = self.current_mark()
        self.marks.blockSignals(True)
        self.marks.clear()
        for mark in self.visible_marks():
            what = {"page": self.tr("whole page"), "text": mark.text[:40], "region": self.tr("area")}[mark.kind]
            state = self.tr("approved") if mark.approved else self.tr("awaiting approval")
            if mark.to_line_end:
                what += " " + self.tr("→ end of line")
            label = f"p.{mark.page + 1}  {mark.reason}  {what}  ({state})"
            item = QListWidgetItem(label, self.marks)
            item.setData(Qt.ItemDataRole.UserRole, mark.id)
            if current is not None and mark.id == current.id:
                self.marks.setCurrentItem(item)
        self.marks.blockSignals(False)

    def current_mark(self) -> Mark | None:
        item = self.marks.currentItem() if hasattr(self, "marks") else None
        if item is None:
            return None
        mark_id = item.data(Qt.ItemDataRole.UserRole)
        return next((m for m in self.recipe.marks if m.id == mark_id), None)

    def selected_marks(self) -> list[Mark]:
        ids = {item.data(Qt.ItemDataRole.UserRole) for item in self.marks.selectedItems()}
        current = self.current_mark()
        if current is not None:
            ids.add(current.id)
        return [m for m in self.recipe.marks if m.id in ids]

    # ----- drawing over the pages -----
    def _display(self, page: int, rect: tuple[float, float, float, float]) -> QRectF:
        import pymupdf

        shown = pymupdf.Rect(rect) * pymupdf.Matrix(self._to_display[page])
        return self.viewer.to_widget(page, (shown.x0, shown.y0, shown.x1, shown.y1))

    def place_marks(self) -> None:
        if self.preview_button.isChecked() or not self.viewer.pages:
            for state in self.viewer.pages:
                state.overlays = []
                state.update()
            return
        current = self.current_mark()
        for state in self.viewer.pages:
            state.overlays = []
        for mark in self.recipe.marks:
            if mark.page >= len(self.viewer.pages):
                continue
            state = self.viewer.pages[mark.page]
            outline = SELECTED if current is not None and mark.id == current.id else QColor(0, 0, 0, 0)
            if mark.kind == "page":
                state.overlays.append((QRectF(0, 0, state.width(), state.height()), REMOVED, outline))
                continue
            fill = APPROVED if mark.approved else PENDING
            for rect in mark.rects:
                state.overlays.append((self._display(mark.page, rect), fill, outline))
        for suggestion in self.suggestions:
            if suggestion.page < len(self.viewer.pages):
                for rect in suggestion.rects:
                    self.viewer.pages[suggestion.page].overlays.append(
                        (self._display(suggestion.page, rect), SUGGESTED, QColor(200, 120, 0))
                    )
        for state in self.viewer.pages:
            state.update()

    def _drawn(self, page: int, rect: QRectF) -> None:
        if not self.draw_button.isChecked() or self.preview_button.isChecked():
            return
        points = self.viewer.from_widget(page, rect)
        if points is None:
            self.state.setText(self.tr("Turn the page upright to draw boxes."))
            return
        words = self.words_under(page, points) if self.snap.isChecked() else None
        if words is not None:
            self.add_text(page, *words)
        else:
            self.add_region(page, points)
        for state in self.viewer.pages:
            state.selection = None
            state.update()

    def add_region(self, page: int, shown: tuple[float, float, float, float]) -> Mark:
        """A box drawn on the page as shown becomes a mark in the page's own (unrotated) space."""
        import pymupdf

        rect = pymupdf.Rect(shown) * pymupdf.Matrix(self._to_page[page])
        mark = Mark(
            id=self.recipe.next_id(),
            kind="region",
            page=page,
            reason=str(self.reason.currentData()),
            rects=((rect.x0, rect.y0, rect.x1, rect.y1),),
            proposed_by=self.service.actor,
            proposed_at=self.stamp(),
            effect=str(self.effect.currentData()) if self.source.kind == "image" else "box",
        )
        self.change(self.recipe.with_mark(mark), self.tr("add box"))
        self.select_by_id(self.marks, mark.id)
        return mark

    def words_under(
        self, page: int, shown: tuple[float, float, float, float]
    ) -> tuple[str, tuple[tuple[float, float, float, float], ...]] | None:
        """The whole words a box drawn on the page touches, from the first to the last in reading order (as a
        text selection): their text and one rectangle per line. None when the box holds no text."""
        import pymupdf

        from casebridge.redaction.textmap import PageText

        area = pymupdf.Rect(shown) * pymupdf.Matrix(self._to_page[page])
        with pymupdf.open(self.source_file) as doc:
            text = PageText.of(doc[page], page)
        touched = [
            i
            for i, box in enumerate(text.boxes)
            if box is not None and not text.text[i].isspace() and pymupdf.Rect(box).intersects(area)
        ]
        if not touched:
            return None
        start, end = touched[0], touched[-1] + 1
        while start > 0 and text.text[start - 1].isalnum():
            start -= 1
        while end < len(text.text) and text.text[end].isalnum():
            end += 1
        rects = text.rects_for(start, end)
        return (" ".join(text.text[start:end].split()), rects) if rects else None

    def add_text(self, page: int, words: str, rects: tuple[tuple[float, float, float, float], ...]) -> Mark:

        mark = Mark(
            id=self.recipe.next_id(),
            kind="text",
            page=page,
            reason=str(self.reason.currentData()),
            rects=rects,
            text=words,
            proposed_by=self.service.actor,
            proposed_at=self.stamp(),
        )
        self.change(self.recipe.with_mark(mark), self.tr("mark words"))
        self.select_by_id(self.marks, mark.id)
        return mark

    def add_box(self) -> None:
        page = max(0, self.viewer.current_page())
        width, height = self.viewer.sizes[page] if self.viewer.sizes else (200.0, 200.0)
        self.add_region(page, (width / 2 - 60, height / 2 - 12, width / 2 + 60, height / 2 + 12))
        self.marks.setFocus()

    def remove_page(self) -> None:

        page = max(0, self.viewer.current_page())
        if page in self.recipe.removed_pages:
            return
        mark = Mark(
            self.recipe.next_id(),
            "page",
            page,
            str(self.reason.currentData()),
            proposed_by=self.service.actor,
            proposed_at=self.stamp(),
        )
        self.change(self.recipe.with_mark(mark), self.tr("remove page"))

    def _mark_selected(self) -> None:
        mark = self.current_mark()
        if mark is not None:
            self.mark_reason.setCurrentIndex(max(0, self.mark_reason.findData(mark.reason)))
        self.place_marks()

    def go_to_mark(self) -> None:
        mark = self.current_mark()
        if mark is not None:
            self.viewer.go_to_page(mark.page)

    def nudge(self, dx: float, dy: float, resize: bool) -> None:
        mark = self.current_mark()
        if mark is None or mark.kind == "page":
            return
        x0, y0, x1, y1 = mark.rects[0]
        moved = (x0, y0, max(x0 + 2, x1 + dx), max(y0 + 2, y1 + dy)) if resize else (x0 + dx, y0 + dy, x1 + dx, y1 + dy)
        self.change(
            self.recipe.with_mark(replace(mark, rects=(moved, *mark.rects[1:]), approved_by="", approved_at="")),
            self.tr("move box"),
        )
        self.select_by_id(self.marks, mark.id)

    def delete_marks(self) -> None:
        chosen = self.selected_marks()
        if not chosen:
            return
        recipe = self.recipe
        for mark in chosen:
            recipe = recipe.without_mark(mark.id)
        self.change(recipe, self.tr("delete mark"))

    def set_reason(self) -> None:
        code = str(self.mark_reason.currentData())
        recipe = self.recipe
        for mark in self.selected_marks():
            if mark.reason != code:
                recipe = recipe.with_mark(replace(mark, reason=code))
        self.change(recipe, self.tr("change reason"))

    def approve(self, *, selected_only: bool) -> None:

        now = self.stamp()
        chosen = self.selected_marks() if selected_only else self.recipe.unapproved
        recipe = self.recipe
        for mark in chosen:
            if not mark.approved:
                recipe = recipe.with_mark(replace(mark, approved_by=self.service.actor, approved_at=now))
        self.change(recipe, self.tr("approve"))

    def to_line_end(self) -> None:
        """The selected text marks remove the rest of their lines (undoable); asked again, they stop at the words."""
        chosen = [m for m in self.selected_marks() if m.kind == "text"]
        if not chosen:
            self.state.setText(self.tr("Select a mark over text first."))
            return
        on = not all(m.to_line_end for m in chosen)
        recipe = self.recipe
        for mark in chosen:
            recipe = recipe.with_mark(replace(mark, to_line_end=on, approved_by="", approved_at=""))
        self.change(recipe, self.tr("to end of line"))

    def mark_everywhere(self) -> None:
        mark = self.current_mark()
        if mark is None or not mark.text.strip():
            self.state.setText(self.tr("Select a mark over text (a suggestion, a match or snapped words) first."))
            return
        self.everywhere(mark.text, mark.reason)

    # ----- search and suggestions -----
    def job_failed(self, exc: BaseException) -> None:
        from casebridge.redaction.service import VerificationFailed

        if isinstance(exc, VerificationFailed):
            self.problems.clear()
            for problem in exc.problems:
                QListWidgetItem(problem.message, self.problems)
            self.problems.show()
        super().job_failed(exc)

    def mark_matches(self) -> None:
        query, regex, reason = self.search.text(), self.regex.isChecked(), str(self.reason.currentData())
        if not query.strip():
            return
        service, actor = self.service, self.service.actor
        if self.scope.currentData() == "case":
            urn = self.exhibit.case_urn

            def whole_case(_progress: Any, _cancel: Any) -> tuple[int, int]:
                total, documents = 0, 0
                for exhibit in service.case_documents(urn):
                    found = service.find(exhibit, query, regex=regex, reason=reason)
                    if found:
                        service.accept(exhibit, found)
                        total, documents = total + len(found), documents + 1
                return total, documents

            def done(result: tuple[int, int]) -> None:
                self.show_recipe(self.service.recipe(self.exhibit))
                text = self.tr("%1 match(es) marked in %2 document(s), awaiting approval.")
                self.state.setText(text.replace("%1", str(result[0])).replace("%2", str(result[1])))

            self.run_job(whole_case, done, self.tr("Searching every document of the case…"))
            return

        def here(_progress: Any, _cancel: Any) -> list[Suggestion]:
            return service.find(self.exhibit, query, regex=regex, reason=reason)

        def marked(found: list[Suggestion]) -> None:

            recipe = self.recipe
            for suggestion in found:
                recipe = recipe.with_mark(suggestion.to_mark(recipe.next_id(), actor, self.stamp()))
            self.change(recipe, self.tr("mark matches"))
            self.state.setText(self.tr("%1 match(es) marked, awaiting approval.").replace("%1", str(len(found))))

        self.run_job(here, marked, self.tr("Searching…"))

    def find_suggestions(self) -> None:
        stage = str(self.stage.currentData())

        def work(progress: Any, cancel: Any) -> list[Suggestion]:
            return self.service.suggest(self.exhibit, stage, progress=progress, cancel=cancel)

        self.run_job(work, self._show_suggestions, self.tr("Looking for personal data…"))

    def _show_suggestions(self, found: list[Suggestion]) -> None:
        self.suggestions = found
        self.suggestion_list.clear()
        for suggestion in found:
            item = QListWidgetItem(
                f"p.{suggestion.page + 1}  {suggestion.reason}  {suggestion.label}: {suggestion.text}"
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, suggestion.key)
            self.suggestion_list.addItem(item)
        self.state.setText(self.tr("%1 suggestion(s).").replace("%1", str(len(found))))
        self.place_marks()

    def _go_to_suggestion(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        suggestion = next((s for s in self.suggestions if s.key == key), None)
        if suggestion is not None:
            self.viewer.go_to_page(suggestion.page)

    def accept_suggestions(self, *, ticked_only: bool) -> None:

        keys = {
            self.suggestion_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.suggestion_list.count())
            if not ticked_only or self.suggestion_list.item(r).checkState() == Qt.CheckState.Checked
        }
        chosen = [s for s in self.suggestions if s.key in keys]
        recipe = self.recipe
        for suggestion in chosen:
            recipe = recipe.with_mark(suggestion.to_mark(recipe.next_id(), self.service.actor, self.stamp()))
        self.suggestions = [s for s in self.suggestions if s.key not in keys]
        self._show_suggestions(self.suggestions)
        self.change(recipe, self.tr("accept suggestions"))
        self._look_elsewhere([s.text for s in chosen])

    def _look_elsewhere(self, values: list[str]) -> None:
        """After accepting: the same values in the case's other exhibits, counted in the background, so that one
        Everywhere… offers them there (nothing is marked elsewhere without asking)."""
        wanted = list(dict.fromkeys(v for v in values if sum(c.isalnum() for c in v) >= 3))[:5]
        if not wanted:
            return
        everywhere, urn, reference = self.services.everywhere, self.exhibit.case_urn, self.exhibit.reference

        def work(_progress: Any, cancel: Any) -> dict[str, list[Any]]:
            found = {}
            for value in wanted:
                places = everywhere.places(urn, value, exclude=reference, cancel=cancel)
                found[value] = [p for p in places if p.found]
            return found

        def done(found: dict[str, list[Any]]) -> None:
            parts = [
                f"“{value}” " + ", ".join(f"{p.reference} ({p.found})" for p in places)
                for value, places in found.items()
                if places
            ]
            if parts:
                text = self.tr("Also in other exhibits: %1. Select its mark and choose Everywhere… to offer it there.")
                self.state.setText(text.replace("%1", "; ".join(parts)))
                self.status_message.emit(self.state.text())

        self.run_job(work, done, quiet=True)

    def decline_suggestion(self) -> None:

        item = self.suggestion_list.currentItem()
        if item is None:
            return
        suggestion = next((s for s in self.suggestions if s.key == item.data(Qt.ItemDataRole.UserRole)), None)
        if suggestion is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Leave unredacted"),
            self.tr("Why should '%1' stay in the copy?").replace("%1", suggestion.text),
        )
        if not ok or not text.strip():
            return
        decision = Decision(
            suggestion.key, suggestion.text, suggestion.page, text.strip(), self.service.actor, self.stamp()
        )
        self.suggestions = [s for s in self.suggestions if s.key != suggestion.key]
        self._show_suggestions(self.suggestions)
        self.change(self.recipe.with_decision(decision), self.tr("decline suggestion"))

    # ----- result -----
    def show_result(self, on: bool) -> None:
        if not on:
            self.viewer.open(self.source_file)
            self.place_marks()
            return
        try:
            data = self.service.preview(self.exhibit, self.recipe)
        except CasebridgeError as exc:
            self.state.setText(str(exc))
            self.preview_button.setChecked(False)
            return
        preview = self._folder / "preview.pdf"
        if self.source.kind == "image":
            import pymupdf

            image = self._folder / "preview.png"
            image.write_bytes(data)
            doc = pymupdf.open()
            with pymupdf.open(image) as picture:
                rect = picture[0].rect
            page = doc.new_page(width=rect.width, height=rect.height)
            page.insert_image(page.rect, filename=str(image))
            doc.save(preview)
            doc.close()
        else:
            preview.write_bytes(data)
        self.place_marks()
        self.viewer.open(preview)

    def apply(self) -> None:
        self.problems.hide()
        exhibit, recipe, service = self.exhibit, self.recipe, self.service

        def work(progress: Any, cancel: Any) -> Any:
            return service.apply(exhibit, recipe, progress=progress, cancel=cancel)

        def done(result: Any) -> None:
            text = self.tr("Redacted copy %1 made and verified: nothing under the marks can be recovered.")
            self.state.setText(text.replace("%1", result.copy.reference))
            self.status_message.emit(self.state.text())
            self.copy_made.emit(result.copy.id)
            self._update_state()

        self.run_job(work, done, self.tr("Applying and verifying…"))

    def closeEvent(self, event: Any) -> None:
        self.viewer.shutdown()
        super().closeEvent(event)
