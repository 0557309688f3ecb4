"""Run plain service calls off the GUI thread; results and errors come back as queued signals.

Services know nothing of Qt: they take a `Progress` callback and a `CancelToken` (casebridge.jobs).
This adapter turns those into signals, and never terminates a thread: cancel is cooperative.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from casebridge.jobs import CancelToken, ProgressUpdate


class _Signals(QObject):
    progress = Signal(object)  # ProgressUpdate
    finished = Signal(object)  # the call's result
    failed = Signal(object)  # the exception


class _Call(QRunnable):
    def __init__(
        self, fn: Callable[[Callable[[ProgressUpdate], None], CancelToken], Any], signals: _Signals, token: CancelToken
    ) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self._token = token

    def run(self) -> None:
        try:
            result = self._fn(self._emit_progress, self._token)
        except BaseException as exc:  # reported to the GUI thread, which decides what the user sees
            self._emit(self._signals.failed, exc)
        else:
            self._emit(self._signals.finished, result)

    def _emit_progress(self, update: ProgressUpdate) -> None:
        self._emit(self._signals.progress, update)

    def _emit(self, signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window that asked has closed: nobody is left to tell
            self._token.cancel()


class BackgroundJob(QObject):
    """One background call. Keep a reference until `finished` or `failed` fires."""

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self, fn: Callable[[Callable[[ProgressUpdate], None], CancelToken], Any], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self._signals = _Signals()
        self._signals.progress.connect(self.progress)
        self._signals.finished.connect(self.finished)
        self._signals.failed.connect(self.failed)
        self._runnable = _Call(fn, self._signals, self.token)
        self._runnable.setAutoDelete(False)

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self._runnable)

    def cancel(self) -> None:
        self.token.cancel()


def finish_background_work(timeout_ms: int = 60_000) -> bool:
    """Waits for running jobs (after cancelling them) so nothing outlives the window it reports to."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
