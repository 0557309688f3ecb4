"""Image viewer: zoom, pan, fit, rotate the view; EXIF facts (capture time, camera, GPS) beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut, QTransform, QWheelEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class _View(QGraphicsView):
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.25 if event.angleDelta().y() > 0 else 0.8
            self.scale(factor, factor)
            event.accept()
        else:
            super().wheelEvent(event)


class ImageViewer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = _View(self.scene)
        self.view.setAccessibleName(self.tr("Picture"))
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.rotation = 0
        self.zoom = 1.0
        buttons = []
        for text, name, slot in (
            (self.tr("Fit"), self.tr("Fit picture to window"), self.fit),
            (self.tr("100%"), self.tr("Actual size"), lambda: self.set_zoom(1.0)),
            (self.tr("Zoom in"), self.tr("Zoom in"), lambda: self.set_zoom(self.zoom * 1.25)),
            (self.tr("Zoom out"), self.tr("Zoom out"), lambda: self.set_zoom(self.zoom / 1.25)),
            (self.tr("Rotate"), self.tr("Rotate view 90 degrees clockwise"), self.rotate),
        ):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            buttons.append(button)
        self.fit_button, self.actual_button, self.zoom_in_button, self.zoom_out_button, self.rotate_button = buttons
        self.exif = QLabel()
        self.exif.setAccessibleName(self.tr("Picture details"))
        self.exif.setWordWrap(True)
        self.exif.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        tools = QHBoxLayout()
        for button in buttons:
            tools.addWidget(button)
        tools.addStretch(1)
        side = QFormLayout()
        side.addRow(self.exif)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        details = QWidget()
        details.setLayout(side)
        details.setMaximumWidth(240)
        body.addWidget(details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addLayout(body, 1)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.set_zoom(self.zoom * 1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.set_zoom(self.zoom / 1.25))

    def show_image(self, data: bytes, facts: dict[str, Any]) -> bool:
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            return False
        self.item.setPixmap(pixmap)
        self.scene.setSceneRect(self.item.boundingRect())
        self.rotation = 0
        self.exif.setText(self._describe(facts, pixmap.width(), pixmap.height()))
        self.fit()
        return True

    def _describe(self, facts: dict[str, Any], width: int, height: int) -> str:
        lines = [self.tr("%1 × %2 pixels").replace("%1", str(width)).replace("%2", str(height))]
        if facts.get("taken"):
            lines.append(self.tr("Taken: %1").replace("%1", str(facts["taken"]).replace("T", " ")))
        if facts.get("camera"):
            lines.append(self.tr("Camera: %1").replace("%1", str(facts["camera"])))
        gps = facts.get("gps")
        if gps:
            lines.append(
                self.tr("GPS: %1, %2").replace("%1", f"{gps['latitude']:.6f}").replace("%2", f"{gps['longitude']:.6f}")
            )
        return "\n".join(lines)

    def _apply(self) -> None:
        self.view.setTransform(QTransform().rotate(self.rotation).scale(self.zoom, self.zoom))

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.02, min(zoom, 32.0))
        self._apply()

    def fit(self) -> None:
        self.view.resetTransform()
        self.view.rotate(self.rotation)
        self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom = self.view.transform().m11() if self.rotation % 180 == 0 else abs(self.view.transform().m12())

    def rotate(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self._apply()
