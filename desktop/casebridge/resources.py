"""The one function that finds bundled resources, in development, installed, and in a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) / "casebridge" / "resources" if base else Path(__file__).resolve().parent / "resources"
    return root.joinpath(*parts)
