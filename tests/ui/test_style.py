"""Colours with a meaning come from the style sheets by role, in both themes, and switching themes recolours
what is already on screen."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

import casebridge
from casebridge.ui.i18n import apply_theme, contrast_ratio
from casebridge.ui.style import set_role


def _colour(label: QLabel) -> tuple[str, float]:
    label.ensurePolished()
    text = label.palette().color(QPalette.ColorRole.WindowText)
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return text.name(), contrast_ratio(text, window)


def test_error_and_ok_colours_in_both_themes(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    error, ok = QLabel("Not a valid URN"), QLabel("Valid")
    for label in (error, ok):
        qtbot.addWidget(label)
    try:
        apply_theme(app, "standard")
        set_role(error, "error")
        set_role(ok, "ok")
        assert _colour(error)[0] == "#b00020"
        assert _colour(error)[1] >= 4.5
        assert _colour(ok)[0] == "#2e6b30"
        assert _colour(ok)[1] >= 4.5
        apply_theme(app, "high_contrast")
        assert _colour(error)[0] == "#ff8a8a"
        assert _colour(error)[1] >= 7
        assert _colour(ok)[0] == "#8aff8a"
        assert _colour(ok)[1] >= 7
        apply_theme(app, "standard")
        assert _colour(error)[0] == "#b00020"
        set_role(error, "ok")  # a field put right turns green
        assert _colour(error)[0] == "#2e6b30"
    finally:
        apply_theme(app, "standard")


def test_no_colour_is_written_inline_in_the_interface() -> None:
    ui = Path(casebridge.__file__).parent / "ui"
    inline = [
        f"{path.name}:{number}"
        for path in ui.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"setStyleSheet\(\s*f?[\"'][^\"']+[\"']", line)
    ]
    assert inline == []
