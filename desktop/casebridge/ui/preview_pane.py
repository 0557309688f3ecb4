"""One preview pane for whichever exhibit is selected, with the right viewer; "open in separate window"
puts the same item in its own window for side-by-side review."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebridge.errors import CasebridgeError
from casebridge.ui.jobs import JobRunner
from casebridge.ui.viewers.image_viewer import ImageViewer
from casebridge.ui.viewers.pdf_viewer import PdfViewer

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.domain.exhibit import Exhibit
    from casebridge.playback.player import Player
    from casebridge.ui.viewers.media_player import MediaPlayer, Passage
    from casebridge.workspace import Workspace


class PreviewPane(QWidget):
    still_saved = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, headless_player: bool = False) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = None
        self._services: Services | None = None
        self.exhibit: Exhibit | None = None
        self._headless = headless_player
        self._windows: list[QWidget] = []
        self.jobs = JobRunner(self)
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Previewed item"))
        self.separate_button = QPushButton(self.tr("Open in separate &window"))
        self.separate_button.setAccessibleName(self.tr("Open this item in a separate window"))
        self.separate_button.clicked.connect(self.open_separately)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Preview message"))
        self.pdf = PdfViewer()
        self.image = ImageViewer()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text"))
        self._media: MediaPlayer | None = None
        self.stack = QStackedWidget()
        for widget in (self.message, self.pdf, self.image, self.text):
            self.stack.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.separate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.show_exhibit(None)

    def attach(self, services: Services) -> None:
        self._services = services
        self._ws = services.workspace

    def _player_factory(self) -> Callable[[bool], Player]:
        if self._services is not None:
            return self._services.new_player
        from casebridge.app import new_player  # a pane shown before any workspace (tests, the viewer on its own)

        return new_player

    @property
    def media(self) -> MediaPlayer:
        if self._media is None:  # libvlc starts only when media is first shown
            from casebridge.ui.viewers.media_player import MediaPlayer

            self._media = MediaPlayer(headless=self._headless, make_player=self._player_factory())
            self._media.on_still = self._save_still
            self.stack.addWidget(self._media)
        return self._media

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_exhibit(self, exhibit: Exhibit | None) -> None:
        if self._media is not None:
            self._media.stop()
        self.exhibit = exhibit
        self.separate_button.setEnabled(exhibit is not None)
        if exhibit is None or self._ws is None:
            self.title.clear()
            self._say(self.tr("Select an item to preview it."))
            return
        self.title.setText(f"<b>{exhibit.reference}</b> — {exhibit.display_description}")
        if not exhibit.previewable:
            reason = exhibit.problem or self.tr("this format cannot be previewed")
            self._say(
                self.tr("%1 is kept exactly as supplied but cannot be previewed: %2.")
                .replace("%1", exhibit.reference)
                .replace("%2", reason)
            )
            return
        path = self._ws.vault.path(exhibit.sha256)
        if exhibit.kind in ("video", "audio"):
            self._show_media(exhibit, path)
        elif exhibit.kind == "image":
            if not self.image.show_image(path.read_bytes(), exhibit.facts):
                self._say(self.tr("This picture's format cannot be shown on this computer; it is kept as supplied."))
                return
            self.stack.setCurrentWidget(self.image)
        elif exhibit.media_type == "application/pdf":
            self.pdf.open(path)
            self.stack.setCurrentWidget(self.pdf)
        elif exhibit.media_type == "text/plain":
            self.text.setPlainText(self._ws.exhibits.text(exhibit.id))
            self.stack.setCurrentWidget(self.text)
        else:
            copy = self._ws.exhibits.derivative(exhibit.sha256, "pdf")
            if copy is None:
                self._say(self.tr("No PDF copy of this document has been made (LibreOffice is not installed)."))
                return
            self.pdf.open(self._ws.vault.path(copy.sha256))
            self.stack.setCurrentWidget(self.pdf)

    def _show_media(self, exhibit: Exhibit, path: Path) -> None:
        ws = self._ws
        assert ws is not None
        media = self.media
        self.stack.setCurrentWidget(media)
        if media.player is None:
            return
        proxy = ws.exhibits.derivative(exhibit.sha256, "proxy")
        media.fallback = (lambda: ws.vault.path(proxy.sha256)) if proxy is not None else None
        videos = exhibit.facts.get("video") or []
        fps = videos[0].get("fps") if videos else None
        duration = float(exhibit.facts.get("duration") or exhibit.facts.get("duration_s") or 0)
        media.open(
            path,
            fps=fps,
            audio_only=exhibit.kind == "audio",
            peaks_loader=lambda done: self._load_peaks(path, done),
            poster_loader=lambda done: self._load_poster(path, duration, done),
        )
        self._show_transcript(exhibit)

    def _show_transcript(self, exhibit: Exhibit) -> None:
        """The recording's transcript under the player, or the offer to make one."""
        services, media = self._services, self.media
        if services is None:
            return
        media.on_transcribe = lambda: self._transcribe(exhibit)
        media.on_correct = lambda passage: self._correct(exhibit, passage)
        media.transcribe_button.setEnabled(True)
        try:
            transcript = services.transcripts.transcript(exhibit)
        except CasebridgeError as exc:
            media.note.setText(str(exc))
            transcript = None
        media.set_transcript(_passages(transcript) if transcript is not None else None)

    def _transcribe(self, exhibit: Exhibit) -> None:
        services = self._services
        if services is None:
            return
        self.media.note.setText(self.tr("Transcribing on this computer…"))

        def done(result: Any) -> None:
            if self.exhibit is not None and self.exhibit.id == exhibit.id:
                self.media.note.clear()
                self.media.set_transcript(_passages(result[0]))

        def failed(exc: BaseException) -> None:
            self.media.note.setText(str(exc))
            self.media.transcribe_button.setEnabled(True)

        self.jobs.run(
            lambda progress, cancel: services.transcripts.transcribe(exhibit, progress=progress, cancel=cancel),
            done,
            failed=failed,
        )

    def _correct(self, exhibit: Exhibit, passage: Passage) -> None:
        """Puts a passage right as the user says it was said; the machine's transcript stays in the vault."""
        from casebridge.playback.player import format_timecode

        services = self._services
        if services is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Correct passage"),
            self.tr("What was said at %1 (%2):")
            .replace("%1", format_timecode(round(passage.start * 1000)))
            .replace("%2", passage.who),
            passage.text,
        )
        if not ok or " ".join(text.split()) == " ".join(passage.text.split()):
            return
        try:
            fixed = services.transcripts.correct(exhibit, passage.start, text, channel=passage.who)
        except CasebridgeError as exc:
            self.media.note.setText(str(exc))
            return
        self.media.set_transcript(_passages(fixed))
        self.media.note.setText(
            self.tr("Passage corrected (%1 correction(s)); the machine's transcript is kept.").replace(
                "%1", str(len(fixed.corrections))
            )
        )

    def _load_peaks(self, path: Path, done: Any) -> None:
        from casebridge.evidence.waveform import peaks

        self.jobs.run(lambda _progress, cancel: peaks(path, 1200, cancel)[0], done, show=False)

    def _load_poster(self, path: Path, duration: float, done: Any) -> None:
        """The poster frame: the picture at one second in (or half way through a shorter clip), decoded off the
        GUI thread; a file that cannot be decoded keeps the black surface."""
        from casebridge.evidence.stills import frame_at

        at = int(min(1000.0, duration * 500)) if duration else 0

        def work(_progress: Any, _cancel: Any) -> bytes:
            try:
                return frame_at(path, at)[0]
            except Exception:  # any decoding problem: no poster, the player still says what it can
                return b""

        self.jobs.run(work, done, show=False)

    def _save_still(self, ms: int) -> None:
        from casebridge.errors import CasebridgeError
        from casebridge.evidence.stills import save_still

        if self._ws is None or self.exhibit is None:
            return
        try:
            still = save_still(self._ws, self.exhibit, ms)
        except CasebridgeError as exc:
            self.media.note.setText(str(exc))
            return
        self.media.note.setText(self.tr("Saved as %1.").replace("%1", still.reference))
        self.still_saved.emit(still)

    def open_separately(self) -> None:
        if self._ws is None or self.exhibit is None:
            return
        window = PreviewPane(headless_player=self._headless)
        if self._services is not None:
            window.attach(self._services)
        window.setWindowTitle(f"{self.exhibit.reference} — {self.exhibit.case_urn}")
        window.separate_button.hide()
        window.resize(900, 700)
        window.show()
        window.show_exhibit(self.exhibit)
        self._windows.append(window)

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.jobs.cancel_all()
        for window in self._windows:
            if isinstance(window, PreviewPane):
                window.shutdown()
            window.close()
        self.pdf.shutdown()
        if self._media is not None:
            self._media.shutdown()


def _passages(transcript: Any) -> list[Passage]:
    from casebridge.ui.viewers.media_player import Passage

    return [
        Passage(s.start, s.end, s.channel, s.text.strip(), tuple((w.start, w.end, w.text) for w in s.words))
        for s in sorted(transcript.segments, key=lambda s: (s.start, s.channel))
    ]
