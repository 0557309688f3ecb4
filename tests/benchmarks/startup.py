"""Start-up timing: a bare PySide6 window vs the Casebridge main window, measured in the same run.

Each sample is a fresh process, timed from launch by the parent until the child reports its window shown
(and, for Casebridge, until the workspace is attached and the case list filled). Warm = files in the OS
cache; cold = page cache dropped before each sample (needs root; skipped otherwise).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

BARE = textwrap.dedent(
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    app.exec()
    """
)

CASEBRIDGE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from casebridge.ui.launch import run_gui

    def shown(window):
        QTimer.singleShot(0, lambda: print("shown", flush=True))

    def listed(window):
        assert window.case_list.model.rowCount() > 0
        print("listed", flush=True)

    def ready(window):
        assert window.case_list.model.rowCount() > 0
        print("ready", flush=True)
        window.close()

    sys.exit(run_gui(sys.argv[1], on_shown=shown, on_ready=ready, on_listed=listed))
    """
)


@dataclass
class Sample:
    shown: float
    ready: float | None  # the workspace open, every action available
    listed: float | None = None  # the case list first filled


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def sample(script: str, *args: str, env: dict[str, str]) -> Sample:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    for line in proc.stdout:
        marks[line.strip()] = time.perf_counter() - start
    proc.wait(timeout=60)
    if proc.returncode != 0:
        raise RuntimeError(f"start-up probe exited {proc.returncode}")
    return Sample(marks["shown"], marks.get("ready"), marks.get("listed"))


def measure(workspace: Path, runs: int = 7) -> dict[str, float | None]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("CASEBRIDGE_WORKSPACE", None)
    sample(BARE, env=env)
    sample(CASEBRIDGE, str(workspace), env=env)  # first runs write .pyc files; not counted
    warm_bare, warm_cb = [], []
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        warm_bare.append(sample(BARE, env=env))
        warm_cb.append(sample(CASEBRIDGE, str(workspace), env=env))
    results: dict[str, float | None] = {
        "warm_bare_shown": statistics.median(s.shown for s in warm_bare),
        "warm_casebridge_shown": statistics.median(s.shown for s in warm_cb),
        "warm_casebridge_ready": statistics.median(s.ready or 0 for s in warm_cb),
        "warm_casebridge_listed": statistics.median(s.listed or 0 for s in warm_cb),
    }
    cold_bare, cold_cb = [], []
    for _ in range(3):
        if not drop_caches():
            break
        cold_bare.append(sample(BARE, env=env))
        drop_caches()
        cold_cb.append(sample(CASEBRIDGE, str(workspace), env=env))
    results["cold_bare_shown"] = statistics.median(s.shown for s in cold_bare) if cold_bare else None
    results["cold_casebridge_shown"] = statistics.median(s.shown for s in cold_cb) if cold_cb else None
    results["cold_casebridge_ready"] = statistics.median(s.ready or 0 for s in cold_cb) if cold_cb else None
    results["cold_casebridge_listed"] = statistics.median(s.listed or 0 for s in cold_cb) if cold_cb else None
    return results


def report(results: dict[str, float | None]) -> str:
    lines = [
        "| measure | bare PySide6 window | Casebridge window shown | ratio | case list filled | ratio "
        "| workspace open | ratio |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for kind in ("warm", "cold"):
        bare = results[f"{kind}_bare_shown"]
        shown = results[f"{kind}_casebridge_shown"]
        ready = results[f"{kind}_casebridge_ready"]
        listed = results[f"{kind}_casebridge_listed"]
        if bare is None or shown is None or ready is None or listed is None:
            lines.append(f"| {kind} | not measured (dropping the page cache needs root) | | | | | | |")
            continue
        lines.append(
            f"| {kind} | {bare:.3f} s | {shown:.3f} s | {shown / bare:.2f}× | {listed:.3f} s | {listed / bare:.2f}× "
            f"| {ready:.3f} s | {ready / bare:.2f}× |"
        )
    return "\n".join(lines)
