"""Finding libvlc: in development (system VLC), in a frozen build (bundled next to the app), or not at all.

python-vlc loads libvlc when it is imported and fails in several ways when it cannot; `load()` turns every
one of them into a `LibVlcStatus` that says what is missing and how to fix it, so the rest of the app runs.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

FIX_WINDOWS = "Reinstall Casebridge, or install VLC media player 3 (64-bit) from videolan.org."
FIX_LINUX = "Install it with: sudo apt-get install libvlc5 vlc-plugin-base vlc-plugin-video-output"


@dataclass(frozen=True)
class LibVlcStatus:
    available: bool
    version: str = ""
    problem: str = ""
    fix: str = ""

    @property
    def message(self) -> str:
        return f"{self.problem} {self.fix}".strip()


def _bundled() -> Path | None:
    base = getattr(sys, "_MEIPASS", None)
    if base is None:
        return None
    folder = Path(base) / "vlc"
    return folder if folder.is_dir() else None


def _prepare_environment() -> None:
    """Point python-vlc at the copy shipped with a frozen build, unless the caller chose one."""
    bundled = _bundled()
    if bundled is None or os.environ.get("PYTHON_VLC_LIB_PATH"):
        return
    library = bundled / ("libvlc.dll" if os.name == "nt" else "libvlc.so.5")
    os.environ["PYTHON_VLC_LIB_PATH"] = str(library)
    os.environ["PYTHON_VLC_MODULE_PATH"] = str(bundled / "plugins")
    if os.name == "nt" and hasattr(os, "add_dll_directory"):
        os.add_dll_directory(str(bundled))


def load() -> tuple[ModuleType | None, LibVlcStatus]:
    fix = FIX_WINDOWS if os.name == "nt" else FIX_LINUX
    _prepare_environment()
    try:
        import vlc
    except SystemExit:  # python-vlc exits the process when PYTHON_VLC_LIB_PATH names an unusable library
        return None, LibVlcStatus(
            False, problem="The VLC media engine (libvlc) named by PYTHON_VLC_LIB_PATH could not be loaded.", fix=fix
        )
    except ImportError:
        return None, LibVlcStatus(False, problem="The python-vlc package is missing.", fix=fix)
    except (OSError, FileNotFoundError, NameError, AttributeError) as exc:
        return None, LibVlcStatus(False, problem=f"The VLC media engine (libvlc) could not be loaded ({exc}).", fix=fix)
    try:
        version = vlc.libvlc_get_version()
    except (AttributeError, NameError, OSError, TypeError):
        return None, LibVlcStatus(
            False, problem="The VLC media engine (libvlc) was not found on this computer.", fix=fix
        )
    text = version.decode(errors="replace") if isinstance(version, bytes) else str(version)
    if not text.startswith("3."):
        return None, LibVlcStatus(False, problem=f"VLC {text} is installed; Casebridge needs VLC 3.", fix=fix)
    return vlc, LibVlcStatus(True, version=text)
