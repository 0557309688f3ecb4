"""Accessibility across every screen: each focusable control has an accessible name and is reached by Tab; the
default and high-contrast palettes meet their contrast ratios; the whole window works in Welsh (no Alt key
claimed twice); and with every string 40% longer (pseudo-localisation) no button or label text is cut off."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QWidget,
)

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN
from tests.ui.test_keyboard import clashes


def screens(qtbot: Any, window: Any) -> Iterator[str]:
    """Puts the window through every screen in turn, yielding each one's name."""
    yield "case list"
    window.open_case(DEMO_URN)
    view = window.case_view
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda index=index: view.tabs.currentIndex() == index)
        if view.tabs.currentWidget() is view.evidence_tab:
            evidence = view.evidence
            for side in range(evidence.side.count()):
                evidence.side.setCurrentIndex(side)
                yield f"evidence / {evidence.side.tabText(side)}"
        elif view.tabs.currentWidget() is view.casefile_tab:
            panel = view.casefile
            for row in range(panel.nav.count()):
                panel.nav.setCurrentRow(row)
                yield f"case file / {panel.nav.item(row).text()}"
        else:
            yield view.tabs.tabText(index)


def focusable(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is window
    ]


def test_every_focusable_control_has_an_accessible_name_and_is_reached_by_tab(qtbot: Any, window: Any) -> None:
    unnamed: dict[str, list[str]] = {}
    unreached: dict[str, list[str]] = {}
    for screen in screens(qtbot, window):
        controls = focusable(window)
        missing = [
            f"{type(w).__name__}({w.objectName() or (w.text() if isinstance(w, QAbstractButton) else '')})"
            for w in controls
            if not w.accessibleName().strip() and not (isinstance(w, QAbstractButton) and w.text().strip())
        ]
        if missing:
            unnamed[screen] = missing
        start = controls[0] if controls else window
        start.setFocus(Qt.FocusReason.TabFocusReason)
        seen: set[int] = set()
        for _ in range(len(controls) * 2 + 10):
            current = QApplication.focusWidget()
            if current is not None:
                seen.add(id(current))
            QTest.keyClick(current or window, Qt.Key.Key_Tab)
        missed = [type(w).__name__ for w in controls if id(w.focusProxy() or w) not in seen and w.isVisible()]
        if missed:
            unreached[screen] = missed
    assert unnamed == {}, unnamed
    assert unreached == {}, unreached


def test_palettes_meet_contrast_ratios(qapp: QApplication) -> None:
    from casebridge.ui.i18n import contrast_ratio, high_contrast_palette, standard_palette

    pairs = (
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    )
    standard = standard_palette(qapp)
    for foreground, background in pairs:
        ratio = contrast_ratio(standard.color(foreground), standard.color(background))
        assert ratio >= 4.5, (foreground, background, ratio)
    high = high_contrast_palette()
    for foreground, background in pairs:
        assert contrast_ratio(high.color(foreground), high.color(background)) >= 7.0


@pytest.fixture
def welsh(qapp: QApplication) -> Iterator[None]:
    from casebridge.ui.i18n import install_language

    assert install_language(qapp, "cy_GB") == "cy_GB"
    yield
    install_language(qapp, "en_GB")


def test_the_window_in_welsh_has_no_alt_key_twice(qtbot: Any, welsh: None, demo_workspace: Any) -> None:
    from casebridge.ui.main_window import MainWindow

    window = MainWindow(demo_workspace.paths)
    qtbot.addWidget(window)
    window.show()
    window.attach(build_services(demo_workspace))
    assert [a.text() for a in window.menuBar().actions()] == ["&Ffeil", "&Golygu", "C&ymorth"]
    found: dict[str, dict[str, int]] = {}
    for screen in screens(qtbot, window):
        if clashes(window):
            found[screen] = clashes(window)
    assert found == {}, found
    view = window.case_view
    assert view.tabs.tabText(view.tabs.indexOf(view.submissions_tab)) == "Cyfne&wid"


class PseudoTranslator(QTranslator):
    """Every string 40% longer, with Welsh accents, keeping & mnemonics, %1 markers and line breaks."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source or source.isspace():
            return source
        padding = "ŵŷâêî" * (1 + len(source) // 10)
        return f"{source} {padding[: max(2, int(len(source) * 0.4))]}"


def test_no_text_is_cut_off_with_strings_forty_percent_longer(
    qtbot: Any, qapp: QApplication, demo_workspace: Any
) -> None:
    from casebridge.ui.main_window import MainWindow

    pseudo = PseudoTranslator()
    QCoreApplication.installTranslator(pseudo)
    try:
        window = MainWindow(demo_workspace.paths)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.attach(build_services(demo_workspace))
        assert window.menuBar().actions()[0].text().startswith("&File ŵ")  # the pseudo-translation is in use
        clipped: dict[str, list[str]] = {}
        for screen in screens(qtbot, window):
            cut = []
            for widget in window.findChildren(QWidget):
                if not widget.isVisible() or widget.window() is not window:
                    continue
                if isinstance(widget, (QPushButton, QCheckBox)):
                    text = widget.text().replace("&", "")
                    needed = widget.fontMetrics().horizontalAdvance(text) + 12
                    if text and needed > widget.width():
                        cut.append(f"{type(widget).__name__} '{text}' {needed}>{widget.width()}")
                elif isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and not widget.pixmap():
                    text = widget.text().replace("&", "")
                    if (
                        "<" not in text
                        and widget.fontMetrics().horizontalAdvance(text.split("\n")[0]) > widget.width() + 1
                    ):
                        cut.append(f"QLabel '{text[:40]}'")
            if cut:
                clipped[screen] = cut
        assert clipped == {}, clipped
    finally:
        QCoreApplication.removeTranslator(pseudo)


def test_f1_lists_the_shortcuts_of_the_screen_on_show(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from casebridge.ui.shortcuts_dialog import ShortcutsDialog

    window.open_case(DEMO_URN)
    shown: list[list[tuple[str, str]]] = []

    def capture(dialog: ShortcutsDialog) -> int:
        table = dialog.table
        shown.append([(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())])
        return 0

    monkeypatch.setattr(ShortcutsDialog, "exec", capture)
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert shown
    rows = dict(shown[0])
    assert rows["Ctrl+N"] == "New case…"
    assert rows["Alt+X"] == "Tab: Exchange"
    assert "Alt+P" in rows  # Add person, on the case details screen


def test_status_changes_are_shown_and_announced(qtbot: Any, window: Any) -> None:
    window.announce("Import finished: 3 exhibits")
    assert window.statusBar().currentMessage() == "Import finished: 3 exhibits"


def test_write_letter_saves_it_in_the_persons_language(
    qtbot: Any, window: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pymupdf
    from PySide6.QtWidgets import QFileDialog

    window.open_case(DEMO_URN)
    view = window.case_view
    model = view.people_model
    row = next(r for r in range(model.rowCount()) if model.record(r).surname == "Hughes")
    view.people_table.selectRow(row)
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF (*.pdf)"))
    view.letter_button.click()
    with pymupdf.open(target) as doc:
        assert "Annwyl Bethan Hughes" in doc[0].get_text()  # she asked for Welsh
    assert "Letter to" in window.statusBar().currentMessage()


def test_every_screen_fits_a_full_hd_display_at_200_percent(qtbot: Any, window: Any) -> None:
    """1920×1080 at 200% leaves about 960×500 logical pixels under a taskbar: every screen must fit (its panels
    scroll rather than push the window off the screen)."""
    too_big = {}
    for screen in screens(qtbot, window):
        hint = window.minimumSizeHint()
        if hint.width() > 960 or hint.height() > 500:
            too_big[screen] = (hint.width(), hint.height())
    assert too_big == {}, too_big


def test_switching_language_keeps_the_case_and_tab(qtbot: Any, window: Any, qapp: QApplication) -> None:
    from casebridge.ui.i18n import install_language

    window.open_case(DEMO_URN)
    view = window.case_view
    view.tabs.setCurrentWidget(view.casefile_tab)
    try:
        welsh = window.switch_language("cy_GB")
        qtbot.addWidget(welsh)
        assert welsh.case_view.case.urn == DEMO_URN
        assert welsh.case_view.tabs.currentWidget() is welsh.case_view.casefile_tab
        assert welsh.menuBar().actions()[0].text() == "&Ffeil"
        assert welsh.language_actions["cy_GB"].isChecked()
        findings = welsh.case_view.casefile.findings
        texts = [findings.item(i).text() for i in range(findings.count())]
        assert any("Mae'r dyddiadau i'w hosgoi ar goll" in t for t in texts), texts  # a finding, in Welsh
        assert not window.isVisible()
    finally:
        install_language(qapp, "en_GB")


def test_a_custody_deadline_getting_close_is_announced_once(qtbot: Any, window: Any) -> None:
    from datetime import UTC, datetime

    pane = window.case_list
    pane.model.now = lambda: datetime(2026, 11, 17, 5, 0, tzinfo=UTC)  # the demo clock ends 07:52: under 6 h
    pane.refresh()
    pane.clock.timeout.emit()
    assert "Custody deadline close: " + DEMO_URN in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    pane.clock.timeout.emit()  # a minute later: not said again
    assert window.statusBar().currentMessage() == ""
    pane.model.now = lambda: datetime(2026, 11, 17, 7, 0, tzinfo=UTC)  # under 1 h: said once more
    pane.clock.timeout.emit()
    assert "52 min left" in window.statusBar().currentMessage()
