"""The video and audio redaction editor: masks that follow people, silenced ranges, trimming, export.

The picture is decoded by PyAV (not libvlc: masks must be drawn over exact frames), with every mask drawn on
it — or, with "Show result", the real effect. Under it, the timeline: one lane per mask (its range and
keyframes) and the sound's waveform with the silenced ranges; click to move, drag on the waveform to select.
Keyboard: Left/Right step a frame (Shift: a second), Space plays, Alt+arrows move the selected mask and
Shift+Alt+arrows resize it — each move is a keyframe at the current frame. Every change is saved at once and
undoable (Ctrl+Z).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casebridge.domain.media_recipe import AudioRange, Keyframe, MediaRecipe, Track
from casebridge.errors import CasebridgeError
from casebridge.ui.redaction_base import RedactionEditor
from casebridge.ui.undo import SnapshotCommand
from casebridge.ui.workers import BackgroundJob

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.domain.exhibit import Exhibit

STEP = 4.0  # pixels per Alt+arrow


class FrameView(QWidget):
    """The current frame, scaled to fit, with the masks drawn over it; drag to draw a new mask."""

    drawn = Signal(QRectF)  # in frame pixels

    def __init__(self, window: MediaRedactionWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.image: QImage | None = None
        self._drag: QPointF | None = None
        self._rubber: QRectF | None = None
        self.setMinimumSize(320, 200)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Video frame"))

    def _scale(self) -> tuple[float, float, float]:
        if self.image is None or self.image.width() == 0:
            return 1.0, 0.0, 0.0
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        return scale, (self.width() - self.image.width() * scale) / 2, (self.height() - self.image.height() * scale) / 2

    def to_frame(self, point: QPointF) -> QPointF:
        scale, dx, dy = self._scale()
        return QPointF((point.x() - dx) / scale, (point.y() - dy) / scale)

    def to_widget(self, x: float, y: float, w: float, h: float) -> QRectF:
        scale, dx, dy = self._scale()
        return QRectF(dx + x * scale, dy + y * scale, w * scale, h * scale)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(30, 30, 30))
        if self.image is not None:
            scale, dx, dy = self._scale()
            painter.drawImage(QRectF(dx, dy, self.image.width() * scale, self.image.height() * scale), self.image)
        if not self.window_.result_shown():
            current = self.window_.current_track()
            for track, (x, y, w, h) in self.window_.recipe.masks_at(self.window_.t):
                box = self.to_widget(x, y, w, h)
                fill = QColor(0, 0, 0, 150) if track.approved else QColor(150, 0, 0, 120)
                painter.setBrush(fill)
                painter.setPen(QColor(30, 100, 230) if current is not None and track.id == current.id else fill)
                if track.shape == "ellipse":
                    painter.drawEllipse(box)
                else:
                    painter.drawRect(box)
        if self._rubber is not None:
            painter.setBrush(QColor(40, 110, 220, 60))
            painter.setPen(QColor(40, 110, 220))
            painter.drawRect(self._rubber)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._drag = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._rubber = QRectF(self._drag, event.position()).normalized()
            self.update()

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        if self._rubber is not None and self._rubber.width() > 4 and self._rubber.height() > 4:
            a, b = self.to_frame(self._rubber.topLeft()), self.to_frame(self._rubber.bottomRight())
            self.drawn.emit(QRectF(a, b).normalized())
        self._drag, self._rubber = None, None
        self.update()


class Timeline(QWidget):
    """Lanes: one per mask (range and keyframes), then the waveform with silenced ranges and the selection."""

    moved = Signal(float)  # seconds
    selected = Signal(float, float)  # a range on the waveform

    LANE = 18

    def __init__(self, window: MediaRedactionWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.peaks: list[float] = []
        self.selection: tuple[float, float] | None = None
        self._press: float | None = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Timeline"))

    def sizeHint(self) -> Any:
        from PySide6.QtCore import QSize

        return QSize(600, self.LANE * (len(self.window_.recipe.tracks) + 1) + 70)

    def _x(self, t: float) -> float:
        length = max(self.window_.duration, 1e-6)
        return 4 + (self.width() - 8) * t / length

    def _t(self, x: float) -> float:
        length = max(self.window_.duration, 1e-6)
        return min(length, max(0.0, (x - 4) / max(1.0, self.width() - 8) * length))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(245, 245, 245))
        recipe = self.window_.recipe
        current = self.window_.current_track()
        for lane, track in enumerate(recipe.tracks):
            y = 4 + lane * self.LANE
            colour = QColor(0, 0, 0) if track.approved else QColor(150, 0, 0)
            if not track.masked:
                colour = QColor(200, 140, 0)
            box = QRectF(self._x(track.first), y, max(2.0, self._x(track.last) - self._x(track.first)), self.LANE - 6)
            painter.fillRect(box, colour)
            if current is not None and track.id == current.id:
                painter.setPen(QColor(30, 100, 230))
                painter.drawRect(box.adjusted(-1, -1, 1, 1))
            painter.setPen(QColor(255, 255, 255))
            for key in track.keyframes[:: max(1, len(track.keyframes) // 60)]:
                painter.drawLine(QPointF(self._x(key.t), y + 2), QPointF(self._x(key.t), y + self.LANE - 8))
            painter.setPen(QColor(20, 20, 20))
            painter.drawText(QPointF(box.right() + 4, y + self.LANE - 8), track.label or track.id)
        top = 4 + len(recipe.tracks) * self.LANE + 4
        height = max(30, self.height() - top - 4)
        for start, end in [(a.start, a.end) for a in recipe.audio]:
            painter.fillRect(QRectF(self._x(start), top, self._x(end) - self._x(start), height), QColor(90, 90, 90, 90))
        if recipe.keep:
            painter.fillRect(QRectF(0, top, self.width(), height), QColor(255, 255, 255, 120))
            for start, end in recipe.keep:
                painter.fillRect(QRectF(self._x(start), top - 3, self._x(end) - self._x(start), 3), QColor(0, 120, 0))
        if self.peaks:
            painter.setPen(QColor(40, 80, 160))
            middle = top + height / 2
            for index, level in enumerate(self.peaks):
                x = 4 + (self.width() - 8) * index / len(self.peaks)
                painter.drawLine(QPointF(x, middle - level * height / 2), QPointF(x, middle + level * height / 2))
        if self.selection is not None:
            a, b = self.selection
            painter.fillRect(QRectF(self._x(a), top, self._x(b) - self._x(a), height), QColor(40, 110, 220, 70))
        painter.setPen(QColor(220, 0, 0))
        x = self._x(self.window_.t)
        painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = self._t(event.position().x())
        self.moved.emit(self._press)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            now = self._t(event.position().x())
            self.selection = (min(self._press, now), max(self._press, now))
            self.update()

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        if self.selection is not None and self.selection[1] - self.selection[0] > 0.05:
            self.selected.emit(*self.selection)
        self._press = None


class MediaRedactionWindow(RedactionEditor[MediaRecipe]):
    def __init__(self, services: Services, exhibit: Exhibit, parent: QWidget | None = None) -> None:
        super().__init__(services.workspace, exhibit, services.media, parent)
        from casebridge.redaction import detectors
        from casebridge.redaction.frames import FrameSource

        self.services, self.service = services, services.media
        self.path = self.service.source_path(exhibit)
        self.recipe = self.service.recipe(exhibit)
        self.frames = FrameSource(self.path) if exhibit.kind == "video" else None
        self.duration = self.frames.duration if self.frames else float(exhibit.facts.get("duration") or 0.0)
        self.t = 0.0
        self.thumbnails: dict[str, bytes] = {}
        self.setWindowTitle(self.tr("Redact %1 (video and audio)").replace("%1", exhibit.reference))
        self.setAccessibleName(self.windowTitle())

        self.view = FrameView(self)
        self.view.drawn.connect(self.add_mask)
        self.timeline = Timeline(self)
        self.timeline.moved.connect(self.seek)
        self.timeline.selected.connect(self._range_selected)
        self.position = QLabel()
        self.position.setAccessibleName(self.tr("Position"))
        self.play_button = QPushButton(self.tr("&Play"))
        self.back_button = QPushButton(self.tr("◀ Frame"))
        self.back_button.setAccessibleName(self.tr("Previous frame"))
        self.forward_button = QPushButton(self.tr("Frame ▶"))
        self.forward_button.setAccessibleName(self.tr("Next frame"))
        self.result_button = QPushButton(self.tr("Show &result"))
        self.result_button.setCheckable(True)

        reasons = detectors.reasons()
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason for new masks and ranges"))
        for code, entry in reasons.items():
            self.reason.addItem(f"{code} — {entry['label']}", code)
        self.effect = QComboBox()
        self.effect.setAccessibleName(self.tr("Effect of the selected mask"))
        for code, label in (("blur", self.tr("Blur")), ("pixelate", self.tr("Pixelate")), ("fill", self.tr("Black"))):
            self.effect.addItem(label, code)
        self.shape = QComboBox()
        self.shape.setAccessibleName(self.tr("Shape of the selected mask"))
        self.shape.addItem(self.tr("Ellipse"), "ellipse")
        self.shape.addItem(self.tr("Rectangle"), "rect")
        self.tracks = QListWidget()
        self.tracks.setAccessibleName(self.tr("Masks"))
        self.tracks.setToolTip(self.tr("Enter: go to the mask's start. Alt+arrows move it here, Shift+Alt resize."))
        self.new_button = QPushButton(self.tr("&New mask here"))
        self.end_button = QPushButton(self.tr("&End mask here"))
        self.approve_button = QPushButton(self.tr("&Approve selected"))
        self.approve_all_button = QPushButton(self.tr("Approve a&ll"))
        self.visible_button = QPushButton(self.tr("Leave &visible…"))
        self.visible_button.setAccessibleName(self.tr("Leave the selected person visible, with a justification"))
        self.delete_button = QPushButton(self.tr("&Delete mask"))
        self.everywhere_button = QPushButton(self.tr("Ever&ywhere…"))
        self.everywhere_button.setAccessibleName(
            self.tr("Look for what was said in the selected range in every other exhibit")
        )
        self.detect_button = QPushButton(self.tr("Find &faces, plates, text"))
        self.follow_button = QPushButton(self.tr("F&ollow subject"))
        self.follow_button.setAccessibleName(self.tr("Make the selected mask follow its subject from this frame"))
        self.fail_secure = QComboBox()
        self.fail_secure.setAccessibleName(self.tr("When a detected face is lost"))
        self.fail_secure.addItem(self.tr("Hold its mask for a second"), "hold")
        self.fail_secure.addItem(self.tr("Also blur the whole picture until a face is found"), "frame")
        self.speech_button = QPushButton(self.tr("Find spoken &identifiers"))
        self.speech_button.setAccessibleName(
            self.tr("Transcribe the recording and suggest ranges of sound for identifiers and names said in it")
        )
        self.mute_button = QPushButton(self.tr("&Mute selection"))
        self.bleep_button = QPushButton(self.tr("&Bleep selection"))
        self.keep_button = QPushButton(self.tr("&Keep only selection"))
        self.keep_button.setAccessibleName(self.tr("Trim the copy to the selected range (adds to earlier ones)"))
        self.quality = QComboBox()
        self.quality.setAccessibleName(self.tr("Export quality"))
        for code, label in (
            ("standard", self.tr("Standard")),
            ("high", self.tr("High")),
            ("small", self.tr("Small file")),
        ):
            self.quality.addItem(label, code)
        self.export_button = QPushButton(self.tr("E&xport and verify"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()

        self._lay_out()

        self.player = QTimer(self)
        self.player.setInterval(max(20, round(1000 / (self.frames.fps if self.frames else 25))))
        self._connect()
        self._load_waveform()
        self.quality.setCurrentIndex(max(0, self.quality.findData(self.recipe.quality)))
        self.show_recipe(self.recipe)
        self.seek(0.0)
        self.resize(1280, 820)

    def _lay_out(self) -> None:
        """The picture, transport and timeline on the left; masks, effects, audio and export on the right."""
        transport = QHBoxLayout()
        for control in (self.back_button, self.play_button, self.forward_button, self.position, self.result_button):
            transport.addWidget(control)
        transport.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.view, 3)
        column.addLayout(transport)
        column.addWidget(self.timeline, 1)
        side = QWidget()
        right = QVBoxLayout(side)
        form = QFormLayout()
        for caption, combo in (
            (self.tr("Rea&son:"), self.reason),
            (self.tr("Effe&ct:"), self.effect),
            (self.tr("S&hape:"), self.shape),
            (self.tr("&Quality:"), self.quality),
        ):
            buddy = QLabel(caption)
            buddy.setBuddy(combo)
            form.addRow(buddy, combo)
        right.addLayout(form)
        right.addWidget(self.tracks, 1)
        for row in (
            (self.new_button, self.end_button, self.delete_button, self.follow_button),
            (self.approve_button, self.approve_all_button, self.visible_button, self.everywhere_button),
            (self.detect_button, self.fail_secure),
            (self.mute_button, self.bleep_button, self.keep_button, self.speech_button),
            (self.export_button, self.cancel_button),
        ):
            line = QHBoxLayout()
            for button in row:
                line.addWidget(button)
            right.addLayout(line)
        right.addWidget(self.progress)
        right.addWidget(self.state)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

    def _connect(self) -> None:
        self.player.timeout.connect(lambda: self.step(1, wrap=False))
        self.play_button.clicked.connect(self.toggle_play)
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.result_button.toggled.connect(lambda _on: self.show_frame())
        self.tracks.currentRowChanged.connect(lambda _r: self._track_selected())
        self.tracks.itemActivated.connect(lambda _i: self.go_to_track())
        self.effect.activated.connect(lambda _i: self._restyle())
        self.shape.activated.connect(lambda _i: self._restyle())
        self.quality.activated.connect(
            lambda _i: self.change(replace(self.recipe, quality=str(self.quality.currentData())), self.tr("quality"))
        )
        self.new_button.clicked.connect(self.new_mask)
        self.end_button.clicked.connect(self.end_mask)
        self.delete_button.clicked.connect(self.delete_mask)
        self.approve_button.clicked.connect(lambda: self.approve(selected_only=True))
        self.approve_all_button.clicked.connect(lambda: self.approve(selected_only=False))
        self.visible_button.clicked.connect(self.leave_visible)
        self.everywhere_button.clicked.connect(self.sound_everywhere)
        self.detect_button.clicked.connect(self.detect)
        self.follow_button.clicked.connect(self.follow)
        self.speech_button.clicked.connect(self.suggest_sound)
        self.mute_button.clicked.connect(lambda: self.silence("mute"))
        self.bleep_button.clicked.connect(lambda: self.silence("bleep"))
        self.keep_button.clicked.connect(self.keep_selection)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo.redo)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.toggle_play)
        for key, (dx, dy) in (
            (Qt.Key.Key_Left, (-STEP, 0.0)),
            (Qt.Key.Key_Right, (STEP, 0.0)),
            (Qt.Key.Key_Up, (0.0, -STEP)),
            (Qt.Key.Key_Down, (0.0, STEP)),
        ):
            name = QKeySequence(key).toString()
            QShortcut(QKeySequence(f"Alt+{name}"), self, lambda dx=dx, dy=dy: self.move_mask(dx, dy, False))
            QShortcut(QKeySequence(f"Alt+Shift+{name}"), self, lambda dx=dx, dy=dy: self.move_mask(dx, dy, True))
        for picture_control in (
            self.view,
            self.effect,
            self.shape,
            self.new_button,
            self.end_button,
            self.detect_button,
            self.follow_button,
            self.result_button,
        ):
            picture_control.setEnabled(self.frames is not None)
        for named in self.findChildren(QAbstractButton):
            if not named.accessibleName():
                named.setAccessibleName(named.text().replace("&", "").rstrip("…"))

    def _range_selected(self, start: float, end: float) -> None:
        text = self.tr("Selected %1–%2 s: mute, bleep or keep it.")
        self.state.setText(text.replace("%1", f"{start:.2f}").replace("%2", f"{end:.2f}"))

    def go_to_track(self) -> None:
        track, sound = self.current_track(), self.current_sound()
        if track is not None:
            self.seek(track.first)
        elif sound is not None:  # a suggested range of sound: select it on the timeline to hear it
            self.seek(sound.start)
            self.timeline.selection = (sound.start, sound.end)
            self.timeline.update()

    # ----- recipe -----
    def show_recipe(self, recipe: MediaRecipe, *, save: bool = False) -> None:
        if save and not self.save_recipe(recipe):
            return
        self.recipe = recipe
        current = self.current_track()
        self.tracks.blockSignals(True)
        self.tracks.clear()
        for track in sorted(recipe.tracks, key=lambda t: (t.first, t.id)):
            state = self.tr("approved") if track.approved else self.tr("awaiting approval")
            if not track.masked:
                state = self.tr("left visible")
            text = f"{track.label or track.id}  {track.first:.1f}–{track.last:.1f} s  {track.effect}  ({state})"
            item = QListWidgetItem(text, self.tracks)
            item.setData(Qt.ItemDataRole.UserRole, track.id)
            if track.id in self.thumbnails:
                from PySide6.QtGui import QIcon, QPixmap

                pixmap = QPixmap()
                pixmap.loadFromData(self.thumbnails[track.id])
                item.setIcon(QIcon(pixmap))
            if current is not None and track.id == current.id:
                self.tracks.setCurrentItem(item)
        for sound in sorted((a for a in recipe.audio if a.id), key=lambda a: (a.start, a.id)):
            state = self.tr("approved") if sound.approved_by else self.tr("awaiting approval")
            if sound.audible:
                state = self.tr("left audible")
            text = f"♪ {sound.label}  {sound.start:.1f}–{sound.end:.1f} s  {sound.mode}  ({state})"
            item = QListWidgetItem(text, self.tracks)
            item.setData(Qt.ItemDataRole.UserRole, sound.id)
        self.tracks.blockSignals(False)
        pending = len(recipe.unapproved)
        self.export_button.setEnabled(not pending and bool(recipe.tracks or recipe.audio or recipe.keep))
        self.state.setText(
            self.tr("%1 mask(s), %2 awaiting approval; %3 silenced range(s).")
            .replace("%1", str(len(recipe.tracks)))
            .replace("%2", str(pending))
            .replace("%3", str(len(recipe.audio)))
        )
        self.timeline.updateGeometry()
        self.timeline.update()
        self.view.update()

    def current_track(self) -> Track | None:
        item = self.tracks.currentItem() if hasattr(self, "tracks") else None
        if item is None:
            return None
        return next((t for t in self.recipe.tracks if t.id == item.data(Qt.ItemDataRole.UserRole)), None)

    def _track_selected(self) -> None:
        track = self.current_track()
        if track is not None:
            self.effect.setCurrentIndex(max(0, self.effect.findData(track.effect)))
            self.shape.setCurrentIndex(max(0, self.shape.findData(track.shape)))
        self.view.update()
        self.timeline.update()

    def _next_id(self) -> str:
        used = {t.id for t in self.recipe.tracks}
        number = len(used) + 1
        while f"mask{number}" in used:
            number += 1
        return f"mask{number}"

    # ----- masks -----
    def add_mask(self, rect: QRectF) -> Track:

        track = Track(
            self._next_id(),
            (Keyframe(self.t, max(0.0, rect.x()), max(0.0, rect.y()), rect.width(), rect.height()),),
            str(self.reason.currentData()),
            effect=str(self.effect.currentData()),
            shape=str(self.shape.currentData()),
            start=self.t,
            end=self.duration or None,
            proposed_by=self.ws.exhibits.actor,
            proposed_at=self.stamp(),
        )
        self.change(self.recipe.with_track(track), self.tr("add mask"))
        self.select_by_id(self.tracks, track.id)
        return track

    def new_mask(self) -> None:
        if self.frames is None:
            return
        w, h = self.frames.width / 6, self.frames.height / 5
        self.add_mask(QRectF(self.frames.width / 2 - w / 2, self.frames.height / 2 - h / 2, w, h))
        self.tracks.setFocus()

    def end_mask(self) -> None:
        track = self.current_track()
        if track is not None and self.t > track.first:
            self.change(self.recipe.with_track(replace(track, end=self.t, approved_by="")), self.tr("end mask"))

    def move_mask(self, dx: float, dy: float, resize: bool) -> None:
        """Moves (or resizes) the selected mask at the current frame: a keyframe here."""
        track = self.current_track()
        if track is None:
            return
        box = track.box_at(self.t) or (
            track.keyframes[-1].x,
            track.keyframes[-1].y,
            track.keyframes[-1].w,
            track.keyframes[-1].h,
        )
        x, y, w, h = box
        key = (
            Keyframe(self.t, x, y, max(4.0, w + dx), max(4.0, h + dy))
            if resize
            else Keyframe(self.t, max(0.0, x + dx), max(0.0, y + dy), w, h)
        )
        frames = (*(k for k in track.keyframes if abs(k.t - self.t) > 1e-3), key)
        start = min(track.first, self.t)
        end = max(track.last, self.t) if track.end is not None else None
        moved = replace(track, keyframes=frames, start=start, end=end, approved_by="", approved_at="")
        self.change(self.recipe.with_track(moved), self.tr("move mask"))
        self.select_by_id(self.tracks, track.id)

    def _restyle(self) -> None:
        track = self.current_track()
        if track is not None:
            styled = replace(track, effect=str(self.effect.currentData()), shape=str(self.shape.currentData()))
            self.change(self.recipe.with_track(styled), self.tr("change mask"))

    def delete_mask(self) -> None:
        track = self.current_track()
        if track is not None:
            self.change(
                replace(self.recipe, tracks=tuple(t for t in self.recipe.tracks if t.id != track.id)),
                self.tr("delete mask"),
            )

    def approve(self, *, selected_only: bool) -> None:
        """Approves the selected mask or suggested range of sound, or every one of them."""
        now = self.stamp()
        chosen = [self.current_track()] if selected_only else list(self.recipe.tracks)
        recipe = self.recipe
        for track in chosen:
            if track is not None and track.masked and not track.approved:
                recipe = recipe.with_track(replace(track, approved_by=self.ws.exhibits.actor, approved_at=now))
        sound = self.current_sound()
        wanted = {sound.id} if selected_only and sound is not None else {a.id for a in recipe.audio if a.id}
        audio = tuple(
            replace(a, approved_by=self.ws.exhibits.actor, approved_at=now)
            if a.id in wanted and a.source == "spoken" and not a.audible and not a.approved_by
            else a
            for a in recipe.audio
        )
        self.change(replace(recipe, audio=audio), self.tr("approve"))

    def current_sound(self) -> AudioRange | None:
        """The suggested range of sound selected in the list, if the selection is one."""
        item = self.tracks.currentItem() if hasattr(self, "tracks") else None
        if item is None:
            return None
        return next((a for a in self.recipe.audio if a.id and a.id == item.data(Qt.ItemDataRole.UserRole)), None)

    def suggest_sound(self) -> None:
        exhibit, service = self.exhibit, self.service
        self.service.save(exhibit, self.recipe)

        def work(progress: Any, cancel: Any) -> Any:
            return service.audio_suggest(exhibit, progress=progress, cancel=cancel)

        def done(result: Any) -> None:
            recipe, hits = result
            before = self.recipe
            self.show_recipe(recipe)
            self.undo.push(
                SnapshotCommand(lambda r: self.show_recipe(r, save=True), before, recipe, self.tr("spoken identifiers"))
            )
            waiting = [a for a in recipe.audio if a.source == "spoken" and not a.approved_by and not a.audible]
            text = self.tr(
                "%1 identifier(s) or name(s) heard; %2 range(s) of sound suggested: approve each, or leave one "
                "audible with a reason."
            )
            self.state.setText(text.replace("%1", str(len(hits))).replace("%2", str(len(waiting))))

        self.state.setText(self.tr("Transcribing and listening for identifiers…"))
        self.run_job(work, done)

    def sound_everywhere(self) -> None:
        sound = self.current_sound()
        heard = [v.strip() for v in sound.heard.split(";") if v.strip()] if sound is not None else []
        if sound is None or not heard:
            self.state.setText(self.tr("Select a range of sound found in the transcript (♪) first."))
            return
        self.everywhere(heard[0], sound.reason)

    def leave_visible(self) -> None:
        sound = self.current_sound()
        if sound is not None:
            said, ok = QInputDialog.getMultiLineText(
                self, self.tr("Leave audible"), self.tr("Why should %1 stay audible?").replace("%1", sound.label)
            )
            if ok and said.strip():
                audible = replace(sound, audible=True, justification=said.strip(), approved_by="", approved_at="")
                audio = tuple(audible if a is sound else a for a in self.recipe.audio)
                self.change(replace(self.recipe, audio=audio), self.tr("leave audible"))
            return
        track = self.current_track()
        if track is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Leave visible"),
            self.tr("Why should %1 stay visible?").replace("%1", track.label or track.id),
        )
        if ok and text.strip():
            visible = replace(track, masked=False, justification=text.strip(), approved_by="", approved_at="")
            self.change(self.recipe.with_track(visible), self.tr("leave visible"))

    # ----- audio and trimming -----
    def silence(self, mode: str) -> None:
        if self.timeline.selection is None:
            self.state.setText(self.tr("Drag across the waveform to select what to silence."))
            return
        start, end = self.timeline.selection
        span = AudioRange(round(start, 3), round(end, 3), str(self.reason.currentData()), mode=mode)
        self.change(replace(self.recipe, audio=(*self.recipe.audio, span)), self.tr("silence"))

    def keep_selection(self) -> None:
        if self.timeline.selection is None:
            self.state.setText(self.tr("Drag across the timeline to select what to keep."))
            return
        start, end = self.timeline.selection
        keep = tuple(sorted((*self.recipe.keep, (round(start, 3), round(end, 3)))))
        self.change(replace(self.recipe, keep=keep), self.tr("trim"))

    def _load_waveform(self) -> None:
        if self.exhibit.kind not in ("video", "audio"):
            return
        from casebridge.evidence.waveform import peaks

        path = self.path

        def work(_progress: Any, cancel: Any) -> Any:
            return peaks(path, 800, cancel)

        def done(result: Any) -> None:
            self.timeline.peaks = list(result[0])
            if not self.duration:
                self.duration = float(result[1])
            self.timeline.update()

        self.run_job(work, done, quiet=True)

    # ----- the picture -----
    def seek(self, t: float) -> None:
        self.t = max(0.0, min(t, self.duration or t))
        self.show_frame()

    def step(self, frames: int, *, wrap: bool = True) -> None:
        if self.frames is None:
            self.seek(self.t + frames / 25)
            return
        number = self.frames.frame_number(self.t) + frames
        last = max(0, round(self.duration * self.frames.fps) - 1)
        if number > last:
            if not wrap:
                self.player.stop()
                self.play_button.setText(self.tr("&Play"))
            number = last
        self.seek(max(0, number) / self.frames.fps)

    def toggle_play(self) -> None:
        if self.player.isActive():
            self.player.stop()
            self.play_button.setText(self.tr("&Play"))
        else:
            self.player.start()
            self.play_button.setText(self.tr("&Pause"))

    def result_shown(self) -> bool:
        return self.result_button.isChecked()

    def show_frame(self) -> None:
        self.position.setText(f"{self.t:7.2f} s / {self.duration:.2f} s")
        self.timeline.update()
        if self.frames is None:
            return
        try:
            t, picture = self.frames.frame(self.frames.frame_number(self.t))
        except CasebridgeError as exc:
            self.state.setText(str(exc))
            return
        if self.result_button.isChecked():
            picture = self._with_effects(picture, t)
        height, width = picture.shape[:2]
        self.view.image = QImage(picture.data, width, height, width * 3, QImage.Format.Format_RGB888).copy()
        self.view.update()

    def _with_effects(self, picture: Any, t: float) -> Any:
        """The frame as the copy will show it: the real effects, through the same code as the export."""
        from casebridge.redaction.media_apply import mask_rgb

        return mask_rgb(picture, self.recipe.masks_at(t))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not alt:
            fps = self.frames.fps if self.frames else 25
            self.step((1 if key == Qt.Key.Key_Right else -1) * (round(fps) if shift else 1))
            return
        if key == Qt.Key.Key_Delete:
            self.delete_mask()
            return
        super().keyPressEvent(event)

    # ----- detection and export -----
    def run_job(self, work: Any, done: Any, label: str | None = None, *, quiet: bool = False) -> BackgroundJob:
        job = super().run_job(work, done, label, quiet=quiet)
        if not quiet:  # a long job (detection, export) can be stopped
            self.cancel_button.show()
            job.finished.connect(self.cancel_button.hide)
            job.failed.connect(self.cancel_button.hide)
        return job

    def detect(self) -> None:
        exhibit, service, mode = self.exhibit, self.service, str(self.fail_secure.currentData())

        def work(progress: Any, cancel: Any) -> Any:
            return service.detect(exhibit, fail_secure=mode, progress=progress, cancel=cancel)

        def done(result: Any) -> None:
            recipe, report = result
            self.thumbnails = {d.track.id: d.thumbnail for d in report.tracks}
            kinds = [d.track.kind for d in report.tracks]
            before = self.recipe
            self.show_recipe(recipe)
            self.undo.push(
                SnapshotCommand(
                    lambda r: self.show_recipe(r, save=True), before, recipe, self.tr("find faces, plates and text")
                )
            )
            text = self.tr(
                "%1 person(s), %2 number plate(s) and %3 piece(s) of text found: approve each mask, or leave one "
                "visible with a reason."
            )
            counts = (kinds.count("face"), kinds.count("plate"), kinds.count("text"))
            self.state.setText(
                text.replace("%1", str(counts[0])).replace("%2", str(counts[1])).replace("%3", str(counts[2]))
            )

        self.state.setText(self.tr("Looking for faces, number plates and text…"))
        self.run_job(work, done)

    def follow(self) -> None:
        """The selected mask follows its subject from the frame on show, forwards and back (unapproved after)."""
        track = self.current_track()
        if track is None:
            self.state.setText(self.tr("Select the mask to follow first."))
            return
        exhibit, service, at = self.exhibit, self.service, self.t
        self.service.save(exhibit, self.recipe)

        def work(progress: Any, cancel: Any) -> Any:
            return service.follow(exhibit, track.id, at, progress=progress, cancel=cancel)

        def done(report: Any) -> None:
            before = self.recipe
            recipe = service.recipe(exhibit)
            self.show_recipe(recipe)
            self.select_by_id(self.tracks, track.id)
            self.undo.push(
                SnapshotCommand(lambda r: self.show_recipe(r, save=True), before, recipe, self.tr("follow subject"))
            )
            text = self.tr("Mask %1 follows its subject from %2 s to %3 s (%4 keyframes): check it, then approve it.")
            self.state.setText(
                text.replace("%1", track.label or track.id)
                .replace("%2", f"{report.first:.1f}")
                .replace("%3", f"{report.last:.1f}")
                .replace("%4", str(report.keyframes))
            )

        self.state.setText(self.tr("Following the subject…"))
        self.run_job(work, done)

    def export(self) -> None:
        exhibit, recipe, service = self.exhibit, self.recipe, self.service

        def work(progress: Any, cancel: Any) -> Any:
            return service.apply(exhibit, recipe, progress=progress, cancel=cancel)

        def done(result: Any) -> None:
            text = self.tr(
                "Redacted copy %1 exported. Verified frame by frame: every mask, muted range and cut is applied "
                "exactly as the recipe says. Whether each mask still covers its subject is not the same check: "
                "a face detector was run on %2 frame(s) of the copy and found no face left showing, and a text "
                "reader run on %3 frame(s) read nothing inside a mask and no number plate left showing. Step "
                "through the result before it is disclosed."
            )
            attack = result.copy.facts.get("attack", {})
            attacked, read = str(attack.get("frames_attacked", 0)), str(attack.get("frames_read", 0))
            self.state.setText(text.replace("%1", result.copy.reference).replace("%2", attacked).replace("%3", read))
            self.status_message.emit(self.state.text())
            self.copy_made.emit(result.copy.id)

        self.state.setText(self.tr("Exporting…"))
        self.run_job(work, done)

    def closeEvent(self, event: Any) -> None:
        self.player.stop()
        self.cancel()
        if self.frames is not None:
            self.frames.close()
        super().closeEvent(event)
