"""Rule 1 of the house: nothing outside casebridge.ui imports Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import casebridge


def test_no_module_outside_ui_imports_pyside6() -> None:
    names = [
        m.name
        for m in pkgutil.walk_packages(casebridge.__path__, "casebridge.")
        if not m.name.startswith("casebridge.ui") and not m.name.endswith("__main__") and ".migrations." not in m.name
    ]
    assert "casebridge.store.cases" in names
    assert "casebridge.cli" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == ""


def test_source_tree_has_no_qt_import_outside_ui() -> None:
    root = Path(casebridge.__file__).parent
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "ui" not in path.relative_to(root).parts[:1]
        and any(line.lstrip().startswith(("import PySide6", "from PySide6")) for line in path.read_text().splitlines())
    ]
    assert offenders == []
