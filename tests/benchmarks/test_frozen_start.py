"""Run on demand: cold and warm start of the frozen Linux bundle, against a bare PySide6 window, under Xvfb.

    .venv/bin/python -m pytest tests/benchmarks/test_frozen_start.py -p no:cacheprovider -s

Each sample launches a fresh process and polls the X server (xwininfo) until a top-level window with the
expected title is mapped, so the frozen executable is timed exactly as a user sees it, with no probe code in
it. Baseline in the same run: a bare PySide6 window from the development environment. Cold = page cache
dropped before each sample (needs root). Also prints the bundle's size on disk and as a .tar.gz.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.benchmarks.startup import drop_caches

ROOT = Path(__file__).resolve().parents[2]
BARE = textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6")
    window.resize(1280, 800)
    window.show()
    app.exec()
    """
)


def time_to_window(command: list[str], title: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - start < 60:
            tree = subprocess.run(
                ["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env, check=False
            ).stdout
            if f'"{title}"' in tree:
                return time.perf_counter() - start
            time.sleep(0.01)
        raise TimeoutError(f"no window titled {title!r} within 60 s")
    finally:
        proc.kill()
        proc.wait()


def test_frozen_start(xvfb_display: str, tmp_path: Path) -> None:
    bundle = ROOT / "build/linux/dist/casebridge"
    if not (bundle / "casebridge").exists():
        build = [str(ROOT / "installer/build-linux.sh")]
        subprocess.run(build, check=True, env={**os.environ, "PYTHON": sys.executable})
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb", "CASEBRIDGE_WORKSPACE": str(tmp_path)}
    frozen = [str(bundle / "casebridge")]
    source = [sys.executable, "-m", "casebridge"]
    bare = [sys.executable, "-c", BARE]
    for command, title in ((frozen, "Casebridge"), (source, "Casebridge"), (bare, "Bare PySide6")):
        time_to_window(command, title, env)  # first runs create the workspace and byte-code
    warm: dict[str, list[float]] = {"bare": [], "frozen": [], "source": []}
    for _ in range(7):
        warm["bare"].append(time_to_window(bare, "Bare PySide6", env))
        warm["frozen"].append(time_to_window(frozen, "Casebridge", env))
        warm["source"].append(time_to_window(source, "Casebridge", env))
    cold: dict[str, list[float]] = {"bare": [], "frozen": [], "source": []}
    for _ in range(3):
        if not drop_caches():
            break
        cold["bare"].append(time_to_window(bare, "Bare PySide6", env))
        drop_caches()
        cold["frozen"].append(time_to_window(frozen, "Casebridge", env))
        drop_caches()
        cold["source"].append(time_to_window(source, "Casebridge", env))
    size = subprocess.run(["du", "-sm", str(bundle)], capture_output=True, text=True, check=True).stdout.split()[0]
    archives = sorted((ROOT / "build/linux").glob("casebridge-*-linux-x86_64.tar.gz"))
    packed = f"{archives[-1].stat().st_size / 1e6:.0f} MB" if archives else "n/a"
    print(f"\nLinux bundle: {size} MB on disk, {packed} as .tar.gz")
    print("| start (window mapped) | bare PySide6 | frozen Casebridge | ratio | Casebridge from source | ratio |")
    print("|---|---|---|---|---|---|")
    for kind, samples in (("warm", warm), ("cold", cold)):
        if not samples["bare"]:
            print(f"| {kind} | not measured (dropping the page cache needs root) | | | | |")
            continue
        b, f, s = (statistics.median(samples[k]) for k in ("bare", "frozen", "source"))
        print(f"| {kind} | {b:.2f} s | {f:.2f} s | {f / b:.2f}× | {s:.2f} s | {s / b:.2f}× |")
    assert warm["frozen"]


pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")
