"""The one contract for long work: a progress callback and a cooperative cancel token.

Services accept both; the UI wraps them in a worker that turns progress into signals, the CLI prints a
progress line. Nothing here knows about Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from casebridge.errors import CasebridgeError


@dataclass(frozen=True)
class ProgressUpdate:
    done: int
    total: int
    message: str = ""

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


Progress = Callable[[ProgressUpdate], None]


def no_progress(_update: ProgressUpdate) -> None:
    """For callers that do not show progress."""


class Cancelled(CasebridgeError):
    """The user cancelled the operation; whatever it had finished is kept, nothing is half-written."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        """Waits up to `seconds` (backoff, bandwidth limit); True as soon as cancel() is called."""
        return self._event.wait(max(0.0, seconds))

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("Cancelled.")
