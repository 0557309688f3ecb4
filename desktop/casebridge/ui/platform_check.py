"""What the self-test asks of Qt without starting an application (none can start under Wine or as a service)."""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QLibraryInfo, qVersion


class QtInstallationError(Exception):
    pass


def qt_installation() -> str:
    """One line about the Qt in use; raises QtInstallationError when no window could ever open."""
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    wanted = {"win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}.get(sys.platform, "libqxcb.so")
    platform_plugin = plugins / "platforms" / wanted
    if not platform_plugin.is_file():
        raise QtInstallationError(f"the Qt platform plugin {platform_plugin} is missing: no window can open")
    formats = list((plugins / "imageformats").glob("*")) if (plugins / "imageformats").is_dir() else []
    return f"Qt {qVersion()} (PySide6 {PySide6.__version__}); {wanted} present, {len(formats)} image format plugins"
