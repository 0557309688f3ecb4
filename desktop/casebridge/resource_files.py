"""The one function that finds Casebridge's data files (`resources/`: reference data, schemas, templates,
redaction patterns, translations, icons) in a source checkout, an installed wheel and a frozen build.

The files live in the repository's top-level `resources/` folder; the wheel maps that folder into the package
as `casebridge/resources/` (setup.py), and the PyInstaller spec copies it to the same place in the bundle.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "casebridge" / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent.parent / "resources"  # desktop/casebridge -> the checkout's resources/


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
