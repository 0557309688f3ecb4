"""The media player: libvlc video embedded in a native child window, controls, shortcuts, waveform for
audio, stills to exhibits, and a fallback to the viewing proxy when libvlc cannot decode the original."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPaintEvent, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebridge.errors import DependencyMissingError
from casebridge.playback.player import SPEEDS, Player, format_timecode
from casebridge.ui.style import set_role


class Passage(NamedTuple):
    """A passage of a transcript as the player shows it: when, who (speaker or channel), what, and its words."""

    start: float
    end: float
    who: str
    text: str
    words: tuple[tuple[float, float, str], ...] = ()  # (start, end, word) in seconds


class _Bridge(QObject):
    """libvlc calls back on its own threads; signals carry the news to the GUI thread."""

    ended = Signal()
    failed = Signal()


class VideoSurface(QWidget):
    """A native window libvlc draws into."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("black"))
        self.setPalette(palette)
        self.setMinimumSize(320, 180)
        self.setAccessibleName(self.tr("Video"))


class Poster(QLabel):
    """A video's poster frame, shown until it plays (libvlc draws nothing before then: a black box). A click plays."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(320, 180)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("black"))
        self.setPalette(palette)
        self.setAccessibleName(self.tr("Video: poster frame"))
        self._image: QPixmap | None = None

    def set_frame(self, png: bytes) -> None:
        image = QPixmap()
        self._image = image if image.loadFromData(png) else None
        self._fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._image is None:
            self.clear()
            return
        self.setPixmap(
            self._image.scaled(
                self.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def mousePressEvent(self, event: Any) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class Waveform(QWidget):
    """Peaks of an audio track with the playhead on it; click to seek."""

    seek_requested = Signal(float)  # fraction 0..1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.peaks: list[float] = []
        self.position = 0.0
        self.setMinimumHeight(120)
        self.setAccessibleName(self.tr("Waveform"))

    def set_peaks(self, peaks: list[float]) -> None:
        self.peaks = peaks
        self.update()

    def set_position(self, fraction: float) -> None:
        self.position = max(0.0, min(1.0, fraction))
        self.update()

    def mousePressEvent(self, event: Any) -> None:
        self.seek_requested.emit(event.position().x() / max(1, self.width()))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(245, 247, 250))
        middle, width = self.height() / 2, self.width()
        painter.setPen(QColor(30, 90, 160))
        if self.peaks:
            for x in range(width):
                level = self.peaks[min(len(self.peaks) - 1, int(x * len(self.peaks) / width))]
                half = max(1.0, level * (middle - 2))
                painter.drawLine(x, int(middle - half), x, int(middle + half))
        painter.setPen(QColor(200, 30, 30))
        x = int(self.position * width)
        painter.drawLine(x, 0, x, self.height())
        painter.end()


class MediaPlayer(QWidget):
    still_saved = Signal(object)  # the new exhibit

    def __init__(
        self, parent: QWidget | None = None, *, make_player: Callable[[bool], Player], headless: bool = False
    ) -> None:
        super().__init__(parent)
        self.player: Player | None = None
        self.problem = ""
        try:
            self.player = make_player(headless)
        except DependencyMissingError as exc:
            self.problem = str(exc)
        self._bridge = _Bridge(self)
        self.fallback: Callable[[], Path | None] | None = None
        self.on_still: Callable[[int], None] | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Player message"))
        self.surface = VideoSurface()
        self.waveform = Waveform()
        self.poster = Poster()
        self._moved = False  # played, stepped or sought since the file was opened: the poster is not shown
        self.display = QStackedWidget()
        self.display.addWidget(self.surface)
        self.display.addWidget(self.waveform)
        self.display.addWidget(self.poster)
        self.play_button = self._button(self.tr("Play"), self.tr("Play or pause (Space)"), self.toggle)
        self.back_button = self._button("◀|", self.tr("Previous frame (Left arrow)"), self.step_back)
        self.forward_button = self._button("|▶", self.tr("Next frame (Right arrow)"), self.step_forward)
        self.mute_button = self._button(self.tr("Mute"), self.tr("Mute or unmute"), self.toggle_mute)
        self.full_button = self._button(self.tr("Full screen"), self.tr("Full screen (F)"), self.toggle_full_screen)
        self.still_button = self._button(
            self.tr("Save still as exhibit"), self.tr("Save the current frame as a new exhibit"), self.save_still
        )
        # the transcript beside the picture: a passage per row, Enter or a click plays from it, the passage being
        # played is selected as it plays
        self.on_transcribe: Callable[[], None] | None = None
        self.transcript = QListWidget()
        self.transcript.setAccessibleName(self.tr("Transcript"))
        self.transcript.setToolTip(self.tr("Click or press Enter on a passage to play from it."))
        self.transcript.setWordWrap(True)
        self.transcript.setMaximumHeight(170)
        self.transcript.hide()
        self.transcript.itemClicked.connect(self._play_passage)
        self.transcript.itemActivated.connect(self._play_passage)
        self.transcript.currentRowChanged.connect(lambda _row: self._show_words())
        self._passages: list[Passage] = []
        # the passage's words: the word being said is highlighted as it plays; a click (or Tab, Enter) on a word
        # plays from it
        self.words = QLabel()
        self.words.setAccessibleName(self.tr("Words of the passage"))
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.RichText)
        self.words.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.words.linkActivated.connect(lambda href: self.seek(int(href)))
        self.words.hide()
        self._shown_word: tuple[int, int] = (-1, -1)
        self.on_correct: Callable[[Passage], None] | None = None
        self.correct_button = self._button(
            self.tr("Correct passage…"), self.tr("Put the selected passage of the transcript right"), self._correct
        )
        self.correct_button.hide()
        self.transcribe_button = self._button(
            self.tr("Transcribe"), self.tr("Transcribe the speech, word by word, on this computer"), self._transcribe
        )
        self.transcribe_button.hide()
        self.seek_bar = QSlider(Qt.Orientation.Horizontal)
        self.seek_bar.setAccessibleName(self.tr("Position"))
        self.seek_bar.setMinimumWidth(160)
        self.seek_bar.sliderMoved.connect(lambda value: self.seek(value))
        self.timecode = QLabel(format_timecode(0))
        self.timecode.setAccessibleName(self.tr("Time"))
        self.speed = QComboBox()
        self.speed.setAccessibleName(self.tr("Speed"))
        for rate in SPEEDS:
            self.speed.addItem(f"{rate:g}×", rate)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.activated.connect(lambda _i: self.set_rate(float(self.speed.currentData())))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setMinimumWidth(70)
        self.volume.setMaximumWidth(100)
        self.volume.valueChanged.connect(lambda v: self.player.set_volume(v) if self.player else None)
        transport = QHBoxLayout()
        left: list[QWidget] = [self.play_button, self.back_button, self.forward_button, self.timecode]
        for widget in left:
            transport.addWidget(widget)
        transport.addWidget(self.seek_bar, 1)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Speed:")))
        right: list[QWidget] = [self.speed, self.mute_button, self.volume, self.full_button]
        for widget in right:
            options.addWidget(widget)
        options.addStretch(1)
        options.addWidget(self.transcribe_button)
        options.addWidget(self.correct_button)
        options.addWidget(self.still_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.display, 1)
        layout.addLayout(transport)
        layout.addLayout(options)
        layout.addWidget(self.transcript)
        layout.addWidget(self.words)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)
        self.poster.clicked.connect(self.toggle)
        self.waveform.seek_requested.connect(lambda f: self.seek(int(f * (self.player.length if self.player else 0))))
        self._bridge.failed.connect(self._failed)
        self._bridge.ended.connect(self._tick)
        if self.player is not None:
            self.player.on("error", self._bridge.failed.emit)
            self.player.on("ended", self._bridge.ended.emit)
        for key, slot in (
            (Qt.Key.Key_Space, self.toggle),
            (Qt.Key.Key_K, self.pause),
            (Qt.Key.Key_Right, self.step_forward),
            (Qt.Key.Key_Left, self.step_back),
            (Qt.Key.Key_L, lambda: self._shift_speed(1)),
            (Qt.Key.Key_J, lambda: self._shift_speed(-1)),
            (Qt.Key.Key_F, self.toggle_full_screen),
            (Qt.Key.Key_Escape, self.leave_full_screen),
        ):
            QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._show_problem()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(slot)
        return button

    def _show_problem(self) -> None:
        usable = self.player is not None
        for widget in (
            self.play_button,
            self.back_button,
            self.forward_button,
            self.seek_bar,
            self.speed,
            self.mute_button,
            self.volume,
            self.full_button,
            self.still_button,
        ):
            widget.setEnabled(usable)
        if not usable:
            self.note.setText(self.tr("Media cannot be played on this computer. %1").replace("%1", self.problem))
            set_role(self.note, "error")

    # ----- media -----
    def open(
        self,
        path: Path,
        *,
        fps: float | None = None,
        audio_only: bool = False,
        peaks_loader: Callable[[Callable[[list[float]], None]], None] | None = None,
        poster_loader: Callable[[Callable[[bytes], None]], None] | None = None,
    ) -> None:
        if self.player is None:
            return
        self.note.clear()
        self.display.setCurrentWidget(self.waveform if audio_only else self.surface)
        self._moved = False
        if not audio_only and poster_loader is not None:
            self.poster.set_frame(b"")
            poster_loader(self._show_poster)
        self.still_button.setEnabled(not audio_only)
        if not audio_only:
            self.player.embed(int(self.surface.winId()))
        self.player.open(path, fps=fps)
        self.player.set_volume(self.volume.value())
        self.waveform.set_peaks([])
        if audio_only and peaks_loader is not None:
            peaks_loader(self.waveform.set_peaks)
        self._timer.start()

    def _show_poster(self, png: bytes) -> None:
        """The poster frame arrived: shown instead of the black surface, unless playing has already begun."""
        if self.player is None or self._moved or self.player.is_playing or not png:
            return
        self.poster.set_frame(png)
        self.display.setCurrentWidget(self.poster)

    def _to_video(self) -> None:
        """Anything that moves the picture shows the real surface."""
        self._moved = True
        if self.display.currentWidget() is self.poster:
            self.display.setCurrentWidget(self.surface)

    def _failed(self) -> None:
        proxy = self.fallback() if self.fallback is not None else None
        if proxy is not None and self.player is not None and self.player.path != proxy:
            self.note.setText(self.tr("The original could not be decoded here: playing its viewing proxy."))
            self.player.open(proxy, fps=self.player.fps)
            self.player.play()
        else:
            self.note.setText(self.tr("This item cannot be played: the media engine could not decode it."))

    def stop(self) -> None:
        self._timer.stop()
        if self.player is not None:
            self.player.stop()

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.stop()
        if self.player is not None:
            self.player.release()
            self.player = None

    # ----- controls -----
    def toggle(self) -> None:
        if self.player is not None:
            self._to_video()
            self.player.toggle()
            self._tick()

    def pause(self) -> None:
        if self.player is not None:
            self.player.pause()

    def step_forward(self) -> None:
        if self.player is not None:
            self._to_video()
            self.player.step_forward()
            self._tick()

    def step_back(self) -> None:
        if self.player is not None:
            self._to_video()
            self.player.step_back()
            self._tick()

    def seek(self, ms: int) -> None:
        if self.player is not None:
            self._to_video()
            self.player.seek(ms)
            self._tick()

    def set_rate(self, rate: float) -> None:
        if self.player is not None:
            self.player.set_rate(rate)
            self.speed.setCurrentIndex(SPEEDS.index(rate) if rate in SPEEDS else SPEEDS.index(1.0))

    def _shift_speed(self, direction: int) -> None:
        index = max(0, min(len(SPEEDS) - 1, self.speed.currentIndex() + direction))
        self.set_rate(SPEEDS[index])

    def toggle_mute(self) -> None:
        if self.player is not None:
            self.player.set_muted(not self.player.muted)
            self.mute_button.setText(self.tr("Unmute") if self.player.muted else self.tr("Mute"))

    def toggle_full_screen(self) -> None:
        window = self.window()
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.window().isFullScreen():
            self.window().showNormal()

    def save_still(self) -> None:
        if self.player is not None and self.on_still is not None:
            self.pause()
            self.on_still(self.player.time)

    def set_transcript(self, passages: list[Passage] | None) -> None:
        """The transcript a passage per row; None: not transcribed yet (offers to transcribe)."""
        row = self.transcript.currentRow()
        self.transcript.clear()
        self._passages = list(passages or [])
        self._shown_word = (-1, -1)
        for passage in self._passages:
            item = QListWidgetItem(
                f"{format_timecode(round(passage.start * 1000))}  {passage.who}: {passage.text}", self.transcript
            )
            item.setData(Qt.ItemDataRole.UserRole, passage.start)
        if passages is not None and not passages:
            QListWidgetItem(self.tr("No speech was found in this recording."), self.transcript)
        self.transcript.setVisible(passages is not None)
        self.words.setVisible(bool(passages))
        self.transcribe_button.setVisible(passages is None and self.on_transcribe is not None)
        self.correct_button.setVisible(bool(passages) and self.on_correct is not None)
        if 0 <= row < len(self._passages):
            self.transcript.setCurrentRow(row)
        self._show_words()

    def _play_passage(self, item: QListWidgetItem) -> None:
        start = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(start, float | int):
            self.seek(round(float(start) * 1000))

    def _show_words(self, playing: int = -1) -> None:
        """The selected passage's words as links to where each is said, the word being said highlighted."""
        row = self.transcript.currentRow()
        if not 0 <= row < len(self._passages) or (row, playing) == self._shown_word:
            if not 0 <= row < len(self._passages):
                self.words.clear()
            return
        self._shown_word = (row, playing)
        palette = self.palette()
        marked = palette.highlight().color().name(), palette.highlightedText().color().name()
        parts = []
        for number, (start, _end, word) in enumerate(self._passages[row].words):
            text = html.escape(word.strip())
            link = f'<a href="{round(start * 1000)}" style="text-decoration:none">{text}</a>'
            if number == playing:
                link = f'<span style="background-color:{marked[0]}; color:{marked[1]}">{link}</span>'
            parts.append(link)
        self.words.setText(" ".join(parts) or html.escape(self._passages[row].text))

    def _correct(self) -> None:
        row = self.transcript.currentRow()
        if self.on_correct is not None and 0 <= row < len(self._passages):
            self.pause()
            self.on_correct(self._passages[row])

    def _transcribe(self) -> None:
        if self.on_transcribe is not None:
            self.transcribe_button.setEnabled(False)
            self.on_transcribe()

    def _tick(self) -> None:
        if self.player is None:
            return
        length, now = self.player.length, self.player.time
        seconds = now / 1000
        playing = next((n for n, p in enumerate(self._passages) if p.start <= seconds < p.end), -1)
        if playing >= 0 and playing != self.transcript.currentRow():
            self.transcript.blockSignals(True)
            self.transcript.setCurrentRow(playing)
            self.transcript.blockSignals(False)
        if playing >= 0:
            words = self._passages[playing].words
            said = next(
                (n for n, (a, b, _w) in reversed(list(enumerate(words))) if a <= seconds < max(b, a + 0.05)), -1
            )
            self._show_words(said)
        self.seek_bar.blockSignals(True)
        self.seek_bar.setRange(0, max(length, 1))
        self.seek_bar.setValue(now)
        self.seek_bar.blockSignals(False)
        self.timecode.setText(f"{format_timecode(now)} / {format_timecode(length)}")
        self.play_button.setText(self.tr("Pause") if self.player.is_playing else self.tr("Play"))
        if length:
            self.waveform.set_position(now / length)
