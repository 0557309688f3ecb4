"""Builds the interface translations: every `resources/translations/*.ts` into a `.qm` beside it, with Qt's
lrelease (shipped in PySide6). Run by dev.sh and the PyInstaller spec; the `.qm` files are not committed.

    python scripts/build_translations.py            # build
    python scripts/build_translations.py --update   # first refresh the .ts sources from the code (lupdate)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "desktop" / "casebridge" / "resources" / "translations"
SOURCES = ROOT / "desktop" / "casebridge" / "ui"


def tool(name: str) -> list[str]:
    """Qt's lupdate/lrelease through PySide6's own launcher (the same on Windows, Linux and under Wine)."""
    return [
        sys.executable,
        "-c",
        f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.argv[0] = '{name}'; {name}()",
    ]


def update() -> None:
    files = sorted(str(p) for p in SOURCES.rglob("*.py"))
    for ts in sorted(FOLDER.glob("*.ts")):
        subprocess.run([*tool("lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", str(ts)], check=True)


def build() -> list[Path]:
    built = []
    for ts in sorted(FOLDER.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([*tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    for path in build():
        print(path.relative_to(ROOT))
