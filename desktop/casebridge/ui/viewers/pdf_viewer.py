"""PDF viewer: PyMuPDF renders on a worker thread (one Document per thread), QImages are built on the GUI
thread. Continuous scroll with only visible pages rendered and a bounded cache, zoom (fit width, fit page,
percent), rotate view, go to page with page labels, search with every hit highlighted and next/previous,
copy the text inside a dragged rectangle."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QSize, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casebridge.ui.fitting import RowWhenNarrow
from casebridge.ui.style import styled

SCREEN_SCALE = 96 / 72  # 100 % = real size on a 96 dpi screen
CACHE_PAGES = 24
THUMB_WIDTH = 90
GAP = 12


@dataclass(frozen=True)
class Hit:
    page: int
    rect: tuple[float, float, float, float]


class _Renderer(QObject):
    opened = Signal(list, list)  # [(width, height)] in points, [label]
    rendered = Signal(int, float, int, int, int, int, bytes)  # page, scale, rotation, w, h, stride, samples
    found = Signal(str, list)  # query, [Hit]
    text_ready = Signal(str)
    thumbnail_ready = Signal(int, int, int, int, bytes)  # page, w, h, stride, samples
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.doc: Any = None

    @Slot(str)
    def open(self, path: str) -> None:
        self._open(path, None)

    @Slot(bytes)
    def open_data(self, data: bytes) -> None:
        self._open("", data)

    def _open(self, path: str, data: bytes | None) -> None:
        import pymupdf

        try:
            self.doc = pymupdf.open(stream=data, filetype="pdf") if data is not None else pymupdf.open(path)
            sizes = []
            labels = []
            for number in range(self.doc.page_count):
                rect = self.doc[number].rect  # as displayed: a page with /Rotate 90 is landscape
                sizes.append((float(rect.width), float(rect.height)))
            try:
                has_labels = bool(self.doc.get_page_labels())
            except Exception:  # malformed label trees: fall back to numbers
                has_labels = False
            for number in range(self.doc.page_count):
                labels.append(self.doc[number].get_label() if has_labels else "")
            self.opened.emit(sizes, labels)
        except Exception as exc:  # any PyMuPDF failure is shown in the viewer, never raised into Qt
            self.failed.emit(str(exc))

    @Slot(int, float, int)
    def render(self, number: int, scale: float, rotation: int) -> None:
        import pymupdf

        if self.doc is None:
            return
        try:
            matrix = pymupdf.Matrix(scale, scale).prerotate(rotation)
            pixmap = self.doc[number].get_pixmap(matrix=matrix, alpha=False)
            self.rendered.emit(
                number, scale, rotation, pixmap.width, pixmap.height, pixmap.stride, bytes(pixmap.samples)
            )
        except Exception as exc:  # a damaged page becomes a message, the rest still shows
            self.failed.emit(f"Page {number + 1}: {exc}")

    @Slot(int)
    def thumbnail(self, number: int) -> None:
        import pymupdf

        if self.doc is None:
            return
        try:
            page = self.doc[number]
            zoom = THUMB_WIDTH / max(page.rect.width, 1)
            pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
            self.thumbnail_ready.emit(number, pixmap.width, pixmap.height, pixmap.stride, bytes(pixmap.samples))
        except Exception as exc:  # a damaged page gets no thumbnail; the viewer says why elsewhere
            self.failed.emit(f"Page {number + 1}: {exc}")

    @Slot(str)
    def search(self, query: str) -> None:
        hits: list[Hit] = []
        if self.doc is not None and query.strip():
            for number in range(self.doc.page_count):
                for rect in self.doc[number].search_for(query):
                    hits.append(Hit(number, (rect.x0, rect.y0, rect.x1, rect.y1)))
        self.found.emit(query, hits)

    @Slot(int, float, float, float, float)
    def text_in(self, number: int, x0: float, y0: float, x1: float, y1: float) -> None:
        import pymupdf

        if self.doc is not None:
            self.text_ready.emit(self.doc[number].get_textbox(pymupdf.Rect(x0, y0, x1, y1)))

    @Slot()
    def close(self) -> None:
        if self.doc is not None:
            self.doc.close()
            self.doc = None


class PageState:
    """One page's place on the canvas, its rendered picture (if cached) and its highlights."""

    def __init__(self, number: int, canvas: PagesCanvas) -> None:
        self.number = number
        self.canvas = canvas
        self.rect = QRect()
        self.pixmap: QPixmap | None = None
        self.hits: list[QRectF] = []
        self.current: QRectF | None = None
        self.selection: QRect | None = None
        self.overlays: list[tuple[QRectF, QColor, QColor]] = []  # rect, fill, outline (redaction marks)

    def width(self) -> int:
        return self.rect.width()

    def height(self) -> int:
        return self.rect.height()

    def y(self) -> int:
        return self.rect.y()

    def update(self) -> None:
        self.canvas.update(self.rect)


class PagesCanvas(QWidget):
    """All pages on one widget: only the pages in the exposed area are painted (a 1,000-page file costs
    one widget, not a thousand)."""

    selected = Signal(int, QRectF)  # page, rectangle in page pixels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: list[PageState] = []
        self._drag: tuple[PageState, QPoint] | None = None

    def relayout(self, sizes: list[tuple[int, int]]) -> None:
        widest = max((w for w, _ in sizes), default=0)
        y = GAP
        for page, (width, height) in zip(self.pages, sizes, strict=True):
            page.rect = QRect(GAP + (widest - width) // 2, y, width, height)
            y += height + GAP
        self.setFixedSize(widest + 2 * GAP, y)
        self.update()

    def page_at(self, point: QPoint) -> PageState | None:
        return next((p for p in self.pages if p.rect.contains(point)), None)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        exposed = event.rect()
        for page in self.pages:
            if not page.rect.intersects(exposed):
                continue
            painter.fillRect(page.rect, QColor("white"))
            if page.pixmap is not None:
                painter.drawPixmap(page.rect, page.pixmap)
            else:
                painter.setPen(QColor(150, 150, 150))
                painter.drawText(page.rect, Qt.AlignmentFlag.AlignCenter, str(page.number + 1))
            offset = page.rect.topLeft()
            for rect in page.hits:
                painter.fillRect(rect.translated(offset), QColor(255, 220, 0, 110))
            if page.current is not None:
                painter.fillRect(page.current.translated(offset), QColor(255, 120, 0, 150))
            for rect, fill, outline in page.overlays:
                mark = rect.translated(offset)
                painter.fillRect(mark, fill)
                if outline.alpha():
                    painter.setPen(outline)
                    painter.drawRect(mark.adjusted(0, 0, -1, -1))
            if page.selection is not None:
                box = page.selection.translated(offset)
                painter.fillRect(box, QColor(40, 110, 220, 60))
                painter.setPen(QColor(40, 110, 220))
                painter.drawRect(box)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        page = self.page_at(event.position().toPoint())
        for other in self.pages:
            if other.selection is not None:
                other.selection = None
                other.update()
        self._drag = (page, event.position().toPoint() - page.rect.topLeft()) if page else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            page, start = self._drag
            page.selection = QRect(start, event.position().toPoint() - page.rect.topLeft()).normalized()
            page.update()

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        if self._drag is not None:
            page, _start = self._drag
            if page.selection is not None and page.selection.width() > 3 and page.selection.height() > 3:
                self.selected.emit(page.number, QRectF(page.selection))
        self._drag = None


class PdfViewer(QWidget):
    request_open = Signal(str)
    request_open_data = Signal(bytes)
    request_render = Signal(int, float, int)
    request_search = Signal(str)
    request_text = Signal(int, float, float, float, float)
    request_close = Signal()
    request_thumbnail = Signal(int)
    page_shown = Signal(int)
    layout_changed = Signal()  # zoom, rotation or size changed: anything drawn over pages must be placed again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sizes: list[tuple[float, float]] = []
        self.labels: list[str] = []
        self.pages: list[PageState] = []
        self.scale = SCREEN_SCALE
        self.rotation = 0
        self.mode = "width"
        self.hits: list[Hit] = []
        self.hit_index = -1
        self.selected_text = ""
        self._pending: set[tuple[int, float, int]] = set()
        self._cached: list[int] = []
        self.error = ""
        self._thread = QThread(self)
        self._renderer = _Renderer()
        self._renderer.moveToThread(self._thread)
        self.request_open.connect(self._renderer.open)
        self.request_open_data.connect(self._renderer.open_data)
        self.request_render.connect(self._renderer.render)
        self.request_search.connect(self._renderer.search)
        self.request_text.connect(self._renderer.text_in)
        self.request_close.connect(self._renderer.close)
        self.request_thumbnail.connect(self._renderer.thumbnail)
        self._renderer.thumbnail_ready.connect(self._thumbnail_ready)
        self._renderer.opened.connect(self._opened)
        self._renderer.rendered.connect(self._rendered)
        self._renderer.found.connect(self._found)
        self._renderer.text_ready.connect(self._text_ready)
        self._renderer.failed.connect(self._failed)
        self._thread.start()

        self.page_box = QSpinBox()
        self.page_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a page number, not a field
        self.page_box.setAccessibleName(self.tr("Go to page"))
        self.page_box.setMinimum(1)
        self.page_box.editingFinished.connect(lambda: self.go_to_page(self.page_box.value() - 1))
        self.page_label = QLabel()
        self.page_label.setAccessibleName(self.tr("Page label and count"))
        self.zoom_box = QComboBox()
        self.zoom_box.setAccessibleName(self.tr("Zoom"))
        self.zoom_box.addItem(self.tr("Fit width"), "width")
        self.zoom_box.addItem(self.tr("Fit page"), "page")
        for percent in (50, 75, 100, 125, 150, 200, 300):
            self.zoom_box.addItem(f"{percent}%", percent)
        self.zoom_box.activated.connect(lambda _i: self.set_zoom(self.zoom_box.currentData()))
        self.rotate_button = QPushButton(self.tr("Rotate"))
        self.rotate_button.setAccessibleName(self.tr("Rotate view 90 degrees clockwise"))
        self.rotate_button.clicked.connect(self.rotate)
        self.search_box = QLineEdit()
        self.search_box.setAccessibleName(self.tr("Find in document"))
        self.search_box.setPlaceholderText(self.tr("Find in document"))
        self.search_box.returnPressed.connect(self.search)
        self.prev_button = QPushButton(self.tr("Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous match"))
        self.prev_button.clicked.connect(lambda: self.next_hit(-1))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.next_button.clicked.connect(lambda: self.next_hit(1))
        self.hits_label = QLabel()
        self.hits_label.setAccessibleName(self.tr("Matches"))
        self.copy_button = QPushButton(self.tr("Copy selection"))
        self.copy_button.setAccessibleName(self.tr("Copy the text in the selected area"))
        self.copy_button.clicked.connect(self.copy_selection)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Document message"))
        self.message.setWordWrap(True)
        tools = QHBoxLayout()
        for widget in (self.page_box, self.page_label, self.zoom_box, self.rotate_button, self.copy_button):
            tools.addWidget(widget)
        self.find_bar = QWidget()  # finding: on the same row when there is room, on a row of its own when not
        find_row = QHBoxLayout(self.find_bar)
        find_row.setContentsMargins(0, 0, 0, 0)
        find_row.addWidget(self.search_box, 1)
        for widget in (self.prev_button, self.next_button, self.hits_label):
            find_row.addWidget(widget)
        tools.addWidget(self.find_bar, 1)
        below = QHBoxLayout()
        self.canvas = PagesCanvas()
        self.canvas.selected.connect(self._selected)
        self.pages_area = QScrollArea()
        self.pages_area.setAccessibleName(self.tr("Pages"))
        self.pages_area.setWidget(self.canvas)
        self.pages_area.setWidgetResizable(False)
        self.pages_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_area.setObjectName("pdfPages")  # its grey surround is in the style sheets
        styled(self.pages_area)
        self.thumbnails = QListWidget()
        self.thumbnails.setAccessibleName(self.tr("Page thumbnails"))
        # one column of thumbnails, each with its page label under it (a fixed grid: pictures never overlap)
        self.thumbnails.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbnails.setFlow(QListWidget.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListWidget.Movement.Static)
        self.thumbnails.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.thumbnails.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.42)))
        self.thumbnails.setGridSize(QSize(THUMB_WIDTH + 24, round(THUMB_WIDTH * 1.42) + 30))
        self.thumbnails.setFixedWidth(THUMB_WIDTH + 48)
        self.thumbnails.setUniformItemSizes(True)
        self.thumbnails.currentRowChanged.connect(lambda row: self.go_to_page(row) if row >= 0 else None)
        self._thumbs_asked: set[int] = set()
        body = QHBoxLayout()
        body.addWidget(self.thumbnails)
        body.addWidget(self.pages_area, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addLayout(below)
        self._find_row = RowWhenNarrow(self, tools, below, self.find_bar, stretch=1)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self._thumb_refresh = QTimer(self)
        self._thumb_refresh.setSingleShot(True)
        self._thumb_refresh.setInterval(60)
        self._thumb_refresh.timeout.connect(self._request_thumbnails)
        self.thumbnails.verticalScrollBar().valueChanged.connect(lambda _v: self._thumb_refresh.start())
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(30)
        self._refresh.timeout.connect(self._render_visible)
        self.pages_area.verticalScrollBar().valueChanged.connect(lambda _v: self._refresh.start())

    # ----- opening -----
    def open(self, path: Path) -> None:
        self._clear()
        self.message.setText(self.tr("Opening…"))
        self.request_open.emit(str(path))

    def open_data(self, data: bytes) -> None:
        """A PDF held in memory (a bundle the leak scan stopped is shown, never written to disk)."""
        self._clear()
        self.message.setText(self.tr("Opening…"))
        self.request_open_data.emit(data)

    def _clear(self) -> None:
        self.pages, self.sizes, self.labels, self.hits = [], [], [], []
        self.canvas.pages = self.pages
        self.canvas.relayout([])
        self._pending.clear()
        self._cached.clear()
        self.hits_label.clear()
        self.error = ""

    @Slot(list, list)
    def _opened(self, sizes: list[tuple[float, float]], labels: list[str]) -> None:
        self.sizes, self.labels = sizes, labels
        self.message.clear()
        self.page_box.setMaximum(max(1, len(sizes)))
        self.pages = [PageState(number, self.canvas) for number in range(len(sizes))]
        self.canvas.pages = self.pages
        self._layout_pages()
        self.thumbnails.blockSignals(True)
        self.thumbnails.clear()
        self._thumbs_asked.clear()
        for number in range(len(sizes)):
            label = labels[number] if number < len(labels) and labels[number] else str(number + 1)
            item = QListWidgetItem(label)
            item.setSizeHint(self.thumbnails.gridSize() - QSize(4, 4))  # room for the picture before it arrives
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            self.thumbnails.addItem(item)
        self.thumbnails.blockSignals(False)
        self._thumb_refresh.start()
        self._update_page_label(0)

    def page_count(self) -> int:
        return len(self.sizes)

    # ----- geometry -----
    def _page_size(self, number: int) -> tuple[int, int]:
        width, height = self.sizes[number]
        if self.rotation % 180:
            width, height = height, width
        return round(width * self.scale), round(height * self.scale)

    def _fit_scale(self) -> float:
        if not self.sizes:
            return self.scale
        width, height = self.sizes[0] if self.rotation % 180 == 0 else self.sizes[0][::-1]
        room = self.pages_area.viewport().width() - 2 * GAP - 20
        if self.mode == "page":
            return max(0.05, min(room / width, (self.pages_area.viewport().height() - 2 * GAP) / height))
        return max(0.05, room / width)

    def _layout_pages(self) -> None:
        if self.mode in ("width", "page"):
            self.scale = self._fit_scale()
        for page in self.pages:
            page.pixmap = None
        self.canvas.relayout([self._page_size(page.number) for page in self.pages])
        self._cached.clear()
        self._place_hits()
        self._refresh.start()
        self.layout_changed.emit()

    def set_zoom(self, value: Any) -> None:
        if value in ("width", "page"):
            self.mode = str(value)
        else:
            self.mode = "percent"
            self.scale = SCREEN_SCALE * int(value) / 100
        self._layout_pages()

    def rotate(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self._layout_pages()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.mode in ("width", "page") and self.pages:
            self._layout_pages()

    # ----- lazy rendering -----
    def visible_pages(self) -> list[int]:
        viewport = self.pages_area.viewport()
        top = self.pages_area.verticalScrollBar().value()
        bottom = top + viewport.height()
        return [p.number for p in self.pages if p.y() + p.height() >= top - 200 and p.y() <= bottom + 200]

    def current_page(self) -> int:
        """The page filling most of the view (0-based; 0 when nothing is open). The page box shows this one."""
        if not self.pages:
            return 0
        top = self.pages_area.verticalScrollBar().value()
        bottom = top + self.pages_area.viewport().height()
        return max(
            (p.number for p in self.pages),
            key=lambda n: (min(bottom, self.pages[n].y() + self.pages[n].height()) - max(top, self.pages[n].y()), -n),
        )

    def _render_visible(self) -> None:
        visible = self.visible_pages()
        if visible:
            self._update_page_label(self.current_page())
        for number in visible:
            key = (number, self.scale, self.rotation)
            if self.pages[number].pixmap is None and key not in self._pending:
                self._pending.add(key)
                self.request_render.emit(number, self.scale, self.rotation)

    @Slot(int, float, int, int, int, int, bytes)
    def _rendered(
        self, number: int, scale: float, rotation: int, width: int, height: int, stride: int, samples: bytes
    ) -> None:
        self._pending.discard((number, scale, rotation))
        if number >= len(self.pages) or scale != self.scale or rotation != self.rotation:
            return  # zoom changed since it was asked for
        image = QImage(samples, width, height, stride, QImage.Format.Format_RGB888).copy()
        page = self.pages[number]
        page.pixmap = QPixmap.fromImage(image)
        page.update()
        self._cached.append(number)
        while len(self._cached) > CACHE_PAGES:
            evicted = self._cached.pop(0)
            if evicted not in self.visible_pages():
                self.pages[evicted].pixmap = None
            else:
                self._cached.append(evicted)
                break
        self.page_shown.emit(number)

    def _request_thumbnails(self) -> None:
        first = self.thumbnails.indexAt(QPoint(5, 5)).row()
        first = max(first, 0)
        for number in range(first, min(first + 12, self.thumbnails.count())):
            if number not in self._thumbs_asked:
                self._thumbs_asked.add(number)
                self.request_thumbnail.emit(number)

    @Slot(int, int, int, int, bytes)
    def _thumbnail_ready(self, number: int, width: int, height: int, stride: int, samples: bytes) -> None:
        if number < self.thumbnails.count():
            image = QImage(samples, width, height, stride, QImage.Format.Format_RGB888).copy()
            self.thumbnails.item(number).setIcon(QIcon(QPixmap.fromImage(image)))

    def thumbnail_count(self) -> int:
        return sum(1 for i in range(self.thumbnails.count()) if not self.thumbnails.item(i).icon().isNull())

    def cached_pages(self) -> int:
        return sum(1 for p in self.pages if p.pixmap is not None)

    # ----- navigation -----
    def go_to_page(self, number: int) -> None:
        if 0 <= number < len(self.pages):
            self.pages_area.verticalScrollBar().setValue(self.pages[number].y())
            self._update_page_label(number)

    def _update_page_label(self, number: int) -> None:
        if not self.sizes:
            return
        self.page_box.blockSignals(True)
        self.page_box.setValue(number + 1)
        self.page_box.blockSignals(False)
        if self.thumbnails.count() > number and self.thumbnails.currentRow() != number:
            self.thumbnails.blockSignals(True)
            self.thumbnails.setCurrentRow(number)
            self.thumbnails.blockSignals(False)
        label = self.labels[number] if number < len(self.labels) else ""
        text = self.tr("of %1").replace("%1", str(len(self.sizes)))
        self.page_label.setText(f"({label}) {text}" if label else text)

    # ----- search -----
    def search(self) -> None:
        self.request_search.emit(self.search_box.text())

    @Slot(str, list)
    def _found(self, query: str, hits: list[Hit]) -> None:
        self.hits = hits
        self.hit_index = 0 if hits else -1
        pages = len({h.page for h in hits})
        self.hits_label.setText(
            self.tr("%1 matches on %2 pages").replace("%1", str(len(hits))).replace("%2", str(pages))
            if hits
            else self.tr("No matches")
        )
        self._place_hits()
        if hits:
            self.go_to_page(hits[0].page)

    def next_hit(self, step: int) -> None:
        if self.hits:
            self.hit_index = (self.hit_index + step) % len(self.hits)
            self._place_hits()
            self.go_to_page(self.hits[self.hit_index].page)

    def to_widget(self, number: int, rect: tuple[float, float, float, float]) -> QRectF:
        """A rectangle in displayed page points to pixels on the page as shown (zoom and view rotation)."""
        return self._to_widget(number, rect)

    def from_widget(self, number: int, rect: QRectF) -> tuple[float, float, float, float] | None:
        """Pixels on a page shown upright back to displayed page points (None while the view is turned)."""
        if self.rotation or not 0 <= number < len(self.sizes):
            return None
        s = self.scale
        return (rect.left() / s, rect.top() / s, rect.right() / s, rect.bottom() / s)

    def _to_widget(self, number: int, rect: tuple[float, float, float, float]) -> QRectF:
        x0, y0, x1, y1 = (v * self.scale for v in rect)
        width, height = self.sizes[number][0] * self.scale, self.sizes[number][1] * self.scale
        corners = {
            0: (x0, y0, x1, y1),
            90: (height - y1, x0, height - y0, x1),
            180: (width - x1, height - y1, width - x0, height - y0),
            270: (y0, width - x1, y1, width - x0),
        }
        a, b, c, d = corners[self.rotation]
        return QRectF(a, b, c - a, d - b)

    def _place_hits(self) -> None:
        for page in self.pages:
            page.hits, page.current = [], None
        for index, hit in enumerate(self.hits):
            rect = self._to_widget(hit.page, hit.rect)
            self.pages[hit.page].hits.append(rect)
            if index == self.hit_index:
                self.pages[hit.page].current = rect
        for page in self.pages:
            page.update()

    # ----- copy -----
    def _selected(self, number: int, rect: QRectF) -> None:
        if self.rotation:
            self.message.setText(self.tr("Turn the page upright to select text."))
            return
        s = self.scale
        self.request_text.emit(number, rect.left() / s, rect.top() / s, rect.right() / s, rect.bottom() / s)

    @Slot(str)
    def _text_ready(self, text: str) -> None:
        self.selected_text = text

    def copy_selection(self) -> None:
        if self.selected_text:
            QGuiApplication.clipboard().setText(self.selected_text)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.error = message
        self.message.setText(self.tr("This document cannot be shown: %1").replace("%1", message))

    def shutdown(self) -> None:
        if self._thread.isRunning():
            self.request_close.emit()
            self._thread.quit()
            self._thread.wait(10_000)

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)
