"""The helper process for the second core: one process (spawn, never fork — the desktop runs Qt threads), started
on first use and kept for later documents, since starting a Python with PyMuPDF costs about a quarter of a second.

The pool belongs to `app.Services` (built once, closed with it); code given no pool does all the work itself."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

_T = TypeVar("_T")


def second_core_available() -> bool:
    return (os.cpu_count() or 1) >= 2


class HelperPool:
    """One helper process, started when first asked for work; `close` stops it (and a later `submit` starts a
    new one, so a closed pool is never a trap)."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    @property
    def started(self) -> bool:
        return self._pool is not None

    def submit(self, work: Callable[..., _T], *args: Any) -> Future[_T]:
        with self._lock:
            if self._pool is None:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            return self._pool.submit(work, *args)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def use_second_core(helpers: HelperPool | None, pages: int, threshold: int) -> bool:
    """Whether work of `pages` pages is split with the helper process."""
    return helpers is not None and pages >= threshold and second_core_available()
