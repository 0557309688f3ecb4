"""One way for a panel or window to run work off the GUI thread: `JobRunner`.

It keeps each job alive until it ends, shows it on the owner's progress bar (busy, then a fraction), hands the
result to `done` and a failure to the owner's handler, says when the owner is busy (to disable buttons) and
cancels everything when the owner closes. The work itself is a plain service call taking `Progress` and a
`CancelToken` (see `workers.BackgroundJob`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from casebridge.errors import CasebridgeError
from casebridge.jobs import ProgressUpdate
from casebridge.ui.workers import BackgroundJob

Work = Callable[[Callable[[ProgressUpdate], None], Any], Any]
Failed = Callable[[BaseException], None]


def failure_text(exc: BaseException) -> str:
    """What the user reads for a failed job: our own errors are sentences; anything else is named as it is."""
    return str(exc) if isinstance(exc, CasebridgeError) else repr(exc)


class JobRunner(QObject):
    """The background jobs of one owner. `busy_changed(True)` when the first starts, `(False)` when the last ends."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        owner: QWidget,
        *,
        progress: QProgressBar | None = None,
        failed: Failed | None = None,
        scale: int = 1000,
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._bar = progress
        self._failed = failed
        self._scale = scale
        self.jobs: list[BackgroundJob] = []

    @property
    def busy(self) -> bool:
        return bool(self.jobs)

    def run(
        self,
        work: Work,
        done: Callable[[Any], None],
        *,
        failed: Failed | None = None,
        show: bool = True,
    ) -> BackgroundJob:
        """Starts `work`; `done(result)` on success, `failed(exc)` (or the runner's handler) on failure. With
        `show`, the progress bar shows the job (busy until the first update) and hides when no shown job is left."""
        job = BackgroundJob(work, self._owner)
        job.setProperty("shown", show)
        self.jobs.append(job)
        if len(self.jobs) == 1:
            self.busy_changed.emit(True)
        if show and self._bar is not None:
            self._bar.setRange(0, 0)
            self._bar.show()
            job.progress.connect(self._moved)

        def finished(result: Any) -> None:
            self._ended(job)
            done(result)

        def went_wrong(exc: BaseException) -> None:
            self._ended(job)
            handler = failed or self._failed
            if handler is not None:
                handler(exc)

        job.finished.connect(finished)
        job.failed.connect(went_wrong)
        job.start()
        return job

    def cancel_all(self) -> None:
        for job in list(self.jobs):
            job.cancel()

    def _moved(self, update: ProgressUpdate) -> None:
        if self._bar is not None and update.total:
            self._bar.setRange(0, self._scale)
            self._bar.setValue(int(update.fraction * self._scale))
            self._bar.setFormat(f"{update.message} — %p%" if update.message else "%p%")

    def _ended(self, job: BackgroundJob) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        if self._bar is not None and not any(j.property("shown") for j in self.jobs):
            self._bar.hide()
        if not self.jobs:
            self.busy_changed.emit(False)
