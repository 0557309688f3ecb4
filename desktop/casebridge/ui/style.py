"""The app's look as style sheets (`resources/styles/standard.qss`, `high_contrast.qss`): colours and spacing
live there, not in the code. A widget that means something by its colour takes a role (`set_role`), which the
sheet of the theme in use colours.

High contrast restyles everything, so its sheet is the application's. The standard look changes only a few
widgets, so its sheet is given to just those (`styled`): an application-wide style sheet would make Qt style every
widget through it and cost about 12 ms of start-up (tests/benchmarks/test_startup.py) for no visible change."""

from __future__ import annotations

from functools import cache

from PySide6.QtWidgets import QApplication, QWidget

from casebridge.resource_files import resource_path

THEMES = ("standard", "high_contrast")
ROLES = ("error", "ok", "")
_THEME = "casebridgeTheme"  # the application property naming the theme in use
_STYLED = "casebridgeStyled"  # a widget that takes its colours from the standard sheet


@cache
def style_sheet(theme: str) -> str:
    return resource_path("styles", f"{theme}.qss").read_text(encoding="utf-8")


def apply_style(app: QApplication, theme: str) -> None:
    """The theme's sheet: the application's for high contrast; for the standard look, the widgets' own (those
    already made are restyled, so switching themes while the app runs recolours what is on screen)."""
    app.setProperty(_THEME, theme)
    app.setStyleSheet(style_sheet(theme) if theme == "high_contrast" else "")
    for widget in app.allWidgets():
        if widget.property(_STYLED):
            widget.setStyleSheet("" if app.styleSheet() else style_sheet(theme))


def styled(widget: QWidget) -> QWidget:
    """Gives `widget` the standard sheet when no application-wide sheet styles it already; returns it."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.styleSheet():
        widget.setProperty(_STYLED, True)
        return widget
    theme = app.property(_THEME) if isinstance(app, QApplication) else None
    widget.setProperty(_STYLED, True)
    widget.setStyleSheet(style_sheet(str(theme or "standard")))
    return widget


def set_role(widget: QWidget, role: str) -> None:
    """Colours `widget` for `role` ("error", "ok", or "" for none) from the style sheet; safe to call again."""
    if role not in ROLES:
        raise ValueError(f"unknown style role {role!r}")
    if widget.property("role") == role and widget.property(_STYLED):
        return
    widget.setProperty("role", role)
    styled(widget)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
