"""Nothing cut off (issue 24): every main view at 1366×768 and 1920×1080 at 100 %, and 1920×1080 at 150 %, in
English and Welsh, walked widget by widget by scripts/fit_check.py — and the walker itself shown to find what it
must (a label too narrow, a tab bar that scrolls, a cell elided, a column header cut, a table scrolling sideways,
a cell past the edge)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.fixtures.xvfb import xvfb

ROOT = Path(__file__).resolve().parents[2]


def fit_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fit_check", ROOT / "scripts" / "fit_check.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fit_check"] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def full_hd_display() -> Iterator[str]:
    """An X server the size of a 1920×1080 screen (the suite's own is 1280×800)."""
    yield from xvfb("1920x1080x24")


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_no_text_is_cut_off_in_any_main_view(scale: str, full_hd_display: str) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "DISPLAY": full_hd_display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "fit_check.py"), "--scale", scale, "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr[-3000:]
    findings = json.loads(done.stdout)
    assert findings == [], "\n".join(
        f"{f['view']} {f['size']} {f['language']}: {f['kind']} '{f['text'][:60]}' in {f['widget']} "
        f"needs {f['need']} px, has {f['has']}"
        for f in findings
    )


def test_the_walker_finds_what_is_cut_off(qtbot: QtBot) -> None:
    walker = fit_check()
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    narrow = QLabel("A readiness warning far too long for the room it was given")
    narrow.setFixedWidth(80)
    tabs = QTabWidget()
    for title in ("Index of every document", "Left out for this audience", "Withheld values found", "Pre-flight"):
        tabs.addTab(QWidget(), title)
    tabs.setFixedWidth(200)
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Seized or received by the officer", "Description"])
    model.setItem(0, 0, QStandardItem("short"))
    model.setItem(0, 1, QStandardItem("CCTV export, camera 3 (till and door), Nisa Local, 14/11/2026 21:47"))
    table = QTableView()
    table.setModel(model)
    table.setWordWrap(False)
    table.horizontalHeader().resizeSection(0, 40)
    table.horizontalHeader().resizeSection(1, 400)
    table.setFixedWidth(260)
    row = QHBoxLayout()
    row.addWidget(table)
    column.addWidget(narrow)
    column.addWidget(tabs)
    column.addLayout(row)
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    kinds = {(kind, text[:20]) for kind, _widget, text, _need, _has in walker.walk(window)}
    assert ("label", "A readiness warning ") in kinds
    assert any(kind == "tabs" for kind, _text in kinds)
    assert ("header", "Seized or received b") in kinds
    assert ("sideways", "the table scrolls si") in kinds
    assert ("cell", "CCTV export, camera ") in kinds
    table.setHorizontalScrollBarPolicy(table.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
    qtbot.wait(50)
    assert any(kind == "cut" for kind, _widget, _text, _need, _has in walker.walk(window))


def test_the_walker_finds_hints_choices_and_pages_that_do_not_fit(qtbot: QtBot) -> None:
    walker = fit_check()
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    search = QLineEdit()
    search.setPlaceholderText("Search descriptions and document text")
    search.setFixedWidth(90)
    choice = QComboBox()
    choice.addItem("Defence / court (everything served)")
    choice.setFixedWidth(90)
    area = QScrollArea()
    area.setWidgetResizable(True)
    page = QWidget()
    page.setMinimumWidth(900)  # a page that will not shrink to the window: it scrolls sideways
    area.setWidget(page)
    for widget in (search, choice, area):
        column.addWidget(widget)
    window.resize(500, 300)
    window.show()
    qtbot.waitExposed(window)
    kinds = {(kind, text[:12]) for kind, _widget, text, _need, _has in walker.walk(window)}
    assert ("hint", "Search descr") in kinds
    assert ("choice", "Defence / co") in kinds
    assert ("sideways", "the page scr") in kinds


def test_a_tool_row_puts_its_last_group_below_when_narrow(qtbot: QtBot) -> None:
    from casebridge.ui.fitting import RowWhenNarrow

    owner = QWidget()
    qtbot.addWidget(owner)
    column = QVBoxLayout(owner)
    first, second = QHBoxLayout(), QHBoxLayout()
    search = QLineEdit()
    search.setPlaceholderText("Find in document, every page")
    first.addWidget(QPushButton("Rotate"))
    group = QWidget()
    row = QHBoxLayout(group)
    row.addWidget(search, 1)
    row.addWidget(QPushButton("Previous"))
    first.addWidget(group, 1)
    column.addLayout(first)
    column.addLayout(second)
    mover = RowWhenNarrow(owner, first, second, group, stretch=1)
    owner.resize(900, 200)
    owner.show()
    qtbot.waitExposed(owner)
    assert first.indexOf(group) >= 0
    owner.resize(260, 200)
    qtbot.waitUntil(lambda: second.indexOf(group) >= 0)
    assert mover.need() > 260
    assert owner.minimumSizeHint().width() < 260  # nothing forces the pane wider: the page around it never scrolls
    owner.resize(900, 200)
    qtbot.waitUntil(lambda: first.indexOf(group) >= 0)
