"""The app's icons: Material Design Icons (Pictogrammers, Apache-2.0) drawn by QtAwesome (MIT) from the one icon
font Casebridge uses, in the palette's text colour (so high contrast and dark themes recolour them).

QtAwesome's import (through QtPy's Qt shims) costs about 0.1 s, so `preload()` runs on the thread that opens the
workspace; the font itself (9 ms) is read on the GUI thread the first time an icon is asked for. Without
QtAwesome (a trimmed build), actions keep their text and no icon: nothing else changes.
"""

from __future__ import annotations

import atexit
import logging
import os
from functools import cache
from typing import Any

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

FONT = ("mdi6", "materialdesignicons6-webfont-6.9.96.ttf", "materialdesignicons6-webfont-charmap-6.9.96.json")

# what each action or place is drawn with (Material Design Icons names)
ICONS = {
    "my_work": "home-outline",
    "new_case": "folder-plus-outline",
    "import_package": "package-variant-closed",
    "sign_in": "login",
    "inbox": "inbox-arrow-down-outline",
    "undo": "undo",
    "redo": "redo",
    "find": "magnify",
    "details": "card-account-details-outline",
    "evidence": "paperclip",
    "casefile": "file-document-multiple-outline",
    "bundle": "book-open-page-variant-outline",
    "exchange": "swap-horizontal",
    "other_producer": "account-plus-outline",
}


# readiness and checks: (icon, standard colour, high-contrast colour); the words beside them say the same
STATUS = {
    "error": ("alert-circle", "#b00020", "#ff8a8a"),
    "warning": ("alert-outline", "#8a5300", "#ffd54f"),
    "ok": ("check-circle-outline", "#2e6b30", "#8aff8a"),
}


SIZES = (16, 20, 24, 32, 40, 48, 64, 96)  # 16–48 px at 100 %, 150 % and 200 %


def preload() -> None:
    """Imports QtAwesome (any thread): the GUI thread then only reads the font."""
    os.environ.setdefault("QT_API", "pyside6")  # QtPy would otherwise look for PyQt first
    try:
        import qtawesome.iconic_font  # noqa: F401
    except Exception as exc:  # a build without it: text-only actions
        log.info("icons unavailable: %s", exc)


@cache
def _font() -> Any:
    preload()
    try:
        from qtawesome.iconic_font import IconicFont

        return IconicFont(FONT)
    except Exception as exc:  # a build without it, or without the font: text-only actions
        log.info("icons unavailable: %s", exc)
        return None


def icon(name: str, widget: QWidget) -> QIcon:
    """The icon for `name` (a key of ICONS) in `widget`'s text colours; an empty icon without QtAwesome."""
    if name not in ICONS:
        return QIcon()
    palette = widget.palette()
    normal = palette.color(QPalette.ColorRole.ButtonText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
    return _drawn(ICONS[name], normal, disabled)


def status_icon(status: str, widget: QWidget) -> QIcon:
    """A finding's mark ("error", "warning" or "ok") in the theme's status colour; empty without QtAwesome."""
    from PySide6.QtWidgets import QApplication

    if status not in STATUS:
        return QIcon()
    name, standard, high_contrast = STATUS[status]
    app = QApplication.instance()
    contrast = isinstance(app, QApplication) and bool(app.styleSheet())  # only high contrast styles the app
    colour = high_contrast if contrast else standard
    return _drawn(name, colour, colour)


@cache
def _drawn(glyph: str, colour: str, disabled: str) -> QIcon:
    """The glyph drawn once into pixmaps (sizes for 100 % to 200 % scaling), held by Qt's own pixmap icon engine:
    painting an icon never calls back into Python (QtAwesome's engine would, on every paint)."""
    from PySide6.QtCore import QSize

    font = _font()
    if font is None:
        return QIcon()
    source = font.icon(f"mdi6.{glyph}", color=colour, color_disabled=disabled)
    drawn = QIcon()
    for size in SIZES:
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
            drawn.addPixmap(source.pixmap(QSize(size, size), mode), mode)
    return drawn


atexit.register(_drawn.cache_clear)  # the pixmaps go while the application still exists
