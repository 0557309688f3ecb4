"""Nothing cut off: every main view at force screen sizes, in English and Welsh, walked widget by widget.

    QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/fit_check.py \
        --scale 1.5 [--out docs/images/fit] [--json]

One process per scale (Qt reads the scale factor once, at start). Sizes are the screen less a 40 px taskbar,
in Qt's logical pixels: at 100 %, 1366×768 and 1920×1080; at 150 %, 1920×1080 (1280×693 logical). 1366×768 at
150 % (911×485 logical) is not a supported combination: Windows recommends 100 % for that screen.

A finding is text that does not fit where it is shown: a label narrower than its text (or, wrapped, shorter than
its lines), a button, check box or radio button narrower than it needs, a tab whose title is cut or a tab bar that
scrolls, a column header narrower than its title, a list or table cell whose text is elided, a table that scrolls
sideways. Views: My work, the case's Details, Evidence, Case file, Bundle and Exchange tabs, the document and the
media redaction editors. Prints the findings (JSON with --json); exit 1 when there are any. With --out, a
screenshot of every view at every size and language.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
)

SIZES = {1.0: [(1366, 728), (1920, 1040)], 1.5: [(1280, 693)]}
LANGUAGES = ("en_GB", "cy_GB")
ROWS_CHECKED = 40  # cells of the first rows of each list or table


@dataclass(frozen=True)
class Finding:
    view: str
    size: str
    language: str
    widget: str  # accessible name or class
    kind: str  # label | button | choice | hint | tab | tabs | toolbar | header | cell | cut | sideways
    text: str
    need: int  # pixels the text needs
    has: int  # pixels it has

    def line(self) -> str:
        return (
            f"{self.view} {self.size} {self.language}: {self.kind} '{self.text[:60]}' in {self.widget} "
            f"needs {self.need} px, has {self.has}"
        )


def name_of(widget: QWidget) -> str:
    return widget.accessibleName() or widget.objectName() or type(widget).__name__


def shown(widget: QWidget, window: QWidget) -> bool:
    """On screen in the view: visible, with some area, inside the window."""
    if not widget.isVisibleTo(window) or widget.width() <= 1 or widget.height() <= 1:
        return False
    return widget.visibleRegion().boundingRect().width() > 1


def _rich(text: str) -> bool:
    from PySide6.QtGui import Qt as GuiQt

    might: Callable[[str], bool] = getattr(GuiQt, "mightBeRichText", lambda t: "<" in t and ">" in t)
    return might(text)


def walk(window: QWidget) -> Iterator[tuple[str, QWidget, str, int, int]]:
    """(kind, widget, text, need, has) for every text that does not fit."""
    for label in window.findChildren(QLabel):
        if not shown(label, window) or not label.text().strip():
            continue
        if label.textFormat() == Qt.TextFormat.RichText or _rich(label.text()):
            continue  # rich text lays itself out; its box is checked by its own widget's size hint
        room = label.contentsRect()
        metrics = label.fontMetrics()
        text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if label.wordWrap():
            need = label.heightForWidth(room.width()) if label.hasHeightForWidth() else label.sizeHint().height()
            if need > room.height() + 2:
                yield "label", label, text, need, room.height()
            continue
        widest = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [""])
        if widest > room.width() + 1:
            yield "label", label, text, widest, room.width()
    for button in window.findChildren(QAbstractButton):
        if not shown(button, window) or not button.text().strip() or isinstance(button.parent(), QTabBar):
            continue
        need = button.minimumSizeHint().width() if button.minimumSizeHint().isValid() else 0
        need = max(need, button.sizeHint().width())
        if need > button.width() + 1:
            yield "button", button, button.text().replace("&", ""), need, button.width()
    for combo in window.findChildren(QComboBox):
        if not shown(combo, window) or combo.isEditable() or not combo.currentText().strip():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        room = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
        need = combo.fontMetrics().horizontalAdvance(combo.currentText()) + icon
        if need > room.width() + 1:
            yield "choice", combo, combo.currentText(), need, room.width()
    for line in window.findChildren(QLineEdit):
        hint = line.placeholderText()
        if not shown(line, window) or line.text() or not hint or isinstance(line.parent(), QComboBox):
            continue
        margins = line.textMargins()
        room = line.contentsRect().width() - margins.left() - margins.right() - 4  # QLineEdit's own 2 px a side
        need = line.fontMetrics().horizontalAdvance(hint)
        if need > room + 1:
            yield "hint", line, hint, need, room
    for bar in window.findChildren(QTabBar):
        if not shown(bar, window):
            continue
        total = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        if total > bar.width() + 1 and bar.count() > 1:
            yield (
                "tabs",
                bar,
                " | ".join(bar.tabText(i).replace("&", "") for i in range(bar.count())),
                total,
                bar.width(),
            )
            continue
        for i in range(bar.count()):
            if bar.tabRect(i).width() + 1 < bar.tabSizeHint(i).width():
                yield "tab", bar, bar.tabText(i).replace("&", ""), bar.tabSizeHint(i).width(), bar.tabRect(i).width()
    for toolbar in window.findChildren(QToolBar):
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if shown(toolbar, window) and extension is not None and extension.isVisible():
            hidden = [
                a.text().replace("&", "") for a in toolbar.actions() if not toolbar.widgetForAction(a).isVisible()
            ]
            yield "toolbar", toolbar, " | ".join(hidden), 0, toolbar.width()
    for view in window.findChildren(QAbstractItemView):
        if not shown(view, window) or view.model() is None:
            continue
        yield from _view_findings(view)
    for area in window.findChildren(QScrollArea):  # a page laid out in a scroll area: wider than the window gives
        if shown(area, window) and area.widgetResizable() and area.horizontalScrollBar().isVisible():
            inner = area.widget()
            need = inner.minimumSizeHint().width() if inner is not None else 0
            yield "sideways", area, "the page scrolls sideways", need, area.viewport().width()


def _view_findings(view: QAbstractItemView) -> Iterator[tuple[str, QWidget, str, int, int]]:
    model = view.model()
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    if isinstance(view, QTreeView):
        header = view.header()
    if header is not None and not header.isHidden():
        yield from _header_findings(header, model)
    if isinstance(view, QTableView | QTreeView) and view.horizontalScrollBar().isVisible():
        yield "sideways", view, "the table scrolls sideways", view.horizontalScrollBar().maximum(), 0
    if view.textElideMode() == Qt.TextElideMode.ElideNone:
        return
    wraps = view.wordWrap() if isinstance(view, QTableView | QTreeView | QListView) else False
    metrics = view.fontMetrics()
    viewport = view.viewport().rect()
    columns = header.count() if header is not None else 1
    for index in _indexes(view, model, columns):
        if isinstance(view, QTableView) and view.isColumnHidden(index.column()):
            continue
        text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
        rect = view.visualRect(index)
        if not text.strip() or not rect.isValid() or not rect.intersects(viewport):
            continue
        if rect.right() > viewport.right() + 1 and not view.horizontalScrollBar().isVisible():
            yield "cut", view, text, rect.width(), viewport.right() - rect.left()  # past the edge, no way to it
            continue
        if wraps:
            room = QRect(0, 0, max(1, rect.width() - _cell_padding(view, index)), 100_000)
            height = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text).height()
            if height > rect.height() + 1:
                yield "cell", view, text, height, rect.height()
            continue
        widest = max(metrics.horizontalAdvance(line) for line in text.splitlines())
        if widest + _cell_padding(view, index) > rect.width() + 1:
            yield "cell", view, text, widest + _cell_padding(view, index), rect.width()


def _indexes(view: QAbstractItemView, model: Any, columns: int) -> Iterator[QModelIndex]:
    """The cells of the first rows, and in a tree the rows under each expanded one."""
    shown = 0
    pending = [QModelIndex()]
    while pending and shown < ROWS_CHECKED * 3:
        parent = pending.pop(0)
        row = 0
        while model.index(row, 0, parent).isValid() and row < ROWS_CHECKED:
            first = model.index(row, 0, parent)
            for column in range(columns):
                yield model.index(row, column, parent)
            if isinstance(view, QTreeView) and view.isExpanded(first):
                pending.append(first)
            row += 1
            shown += 1


def _rows(model: Any) -> int:
    count = 0
    while count < ROWS_CHECKED and model.index(count, 0).isValid():
        count += 1
    return count


def _cell_need(view: QAbstractItemView, index: QModelIndex, metrics: Any, text: str) -> int:
    return int(max(metrics.horizontalAdvance(line) for line in text.splitlines()))


def _cell_padding(view: QAbstractItemView, index: QModelIndex) -> int:
    """The item's margins (Qt's item delegate: 3 px each side), and its check box and icon when it has them."""
    padding = 6
    if view.model().data(index, Qt.ItemDataRole.CheckStateRole) is not None:
        padding += 22
    if view.model().data(index, Qt.ItemDataRole.DecorationRole) is not None:
        padding += view.iconSize().width() + 4 if view.iconSize().isValid() else 20
    if isinstance(view, QTreeView) and index.column() == 0:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        padding += view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
    return padding


def _header_findings(header: QHeaderView, model: Any) -> Iterator[tuple[str, QWidget, str, int, int]]:
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        if not text.strip():
            continue
        sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == section
        need = metrics.horizontalAdvance(text) + 8 + (14 if sorted_here else 0)
        if need > header.sectionSize(section) + 1:
            yield "header", header, text, need, header.sectionSize(section)


# ----- the views -----
def settle(seconds: float = 0.3, until: Callable[[], bool] | None = None, limit: float = 30.0) -> None:
    """Lets the event loop run (layouts, background loads): for `seconds`, and then until `until()` is true."""
    end = time.monotonic() + seconds
    deadline = time.monotonic() + limit
    while time.monotonic() < end or (until is not None and not until() and time.monotonic() < deadline):
        QApplication.processEvents()
        time.sleep(0.02)


def build_workspace(root: Path) -> None:
    """The screenshots' workspace (the demo on a working day, three other cases), with AK/1's suggested marks
    waiting for approval, as mid-way through a redaction."""
    from casebridge.app import build_services, open_workspace
    from casebridge.demo.builder import DEMO_URN

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from screenshots import build_workspace as screenshots_workspace

    screenshots_workspace(root)
    ws = open_workspace(root)
    redaction = build_services(ws).redaction
    statement = ws.exhibits.find_by_reference(DEMO_URN, "AK/1")
    redaction.accept(statement, redaction.suggest(statement))
    ws.close()


def views(window: Any, services: Any) -> Iterator[tuple[str, QWidget, Callable[[], None]]]:
    """(name, the widget to walk and grab, closing) for each main view, each shown and loaded."""
    from casebridge.demo.builder import DEMO_URN

    window.show_landing() if hasattr(window, "show_landing") else window.stack.setCurrentWidget(window.landing)
    settle(0.5)
    yield "my-work", window, lambda: None
    window.open_case(DEMO_URN)
    case = window.case_view
    settle(0.5)
    yield "details", window, lambda: None
    case.tabs.setCurrentWidget(case.evidence_tab)
    panel = case.evidence
    settle(0.5, lambda: not panel.thumbnails_busy() and not panel.busy)
    yield "evidence", window, lambda: None
    case.tabs.setCurrentWidget(case.casefile_tab)
    settle(0.8)
    yield "case-file", window, lambda: None
    case.tabs.setCurrentWidget(case.bundle_tab)
    settle(0.5)
    yield "bundle", window, lambda: None
    case.tabs.setCurrentWidget(case.submissions_tab)
    settle(0.8)
    yield "exchange", window, lambda: None

    from casebridge.ui.media_redaction_window import MediaRedactionWindow
    from casebridge.ui.redaction_window import RedactionWindow

    statement = services.workspace.exhibits.find_by_reference(DEMO_URN, "AK/1")
    editor = RedactionWindow(services, statement)
    editor.resize(window.size())
    editor.show()
    settle(1.5)
    yield "redaction", editor, editor.close
    cctv = services.workspace.exhibits.find_by_reference(DEMO_URN, "SE/1")
    media = MediaRedactionWindow(services, cctv)
    media.resize(window.size())
    media.show()
    settle(1.5)
    yield "media-redaction", media, media.close


def shot(widget: QWidget, target: Path) -> None:
    """A grab of the view, stored as a 256-colour PNG (a third of the size; screenshots are flat colours)."""
    from PIL import Image

    widget.grab().save(str(target))
    with Image.open(target) as picture:
        small = picture.convert("RGB").quantize(256)
    small.save(target, optimize=True)


def check(scale: float, out: Path | None) -> list[Finding]:
    from casebridge.app import build_services, open_workspace
    from casebridge.settings import AppPaths
    from casebridge.ui.i18n import install_language
    from casebridge.ui.launch import make_application
    from casebridge.ui.main_window import MainWindow

    app = make_application()
    findings: list[Finding] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ws"
        build_workspace(root)
        services = build_services(open_workspace(root))
        for language in LANGUAGES:
            install_language(app, language)
            for width, height in SIZES[scale]:
                size = f"{width}x{height}@{int(scale * 100)}%"
                window = MainWindow(AppPaths.resolve(root))
                window.attach(services)
                window.resize(width, height)
                window.show()
                settle(0.5)
                for name, widget, close in views(window, services):
                    widget.resize(width, height)
                    settle(0.4)
                    for kind, found, text, need, has in walk(widget):
                        findings.append(Finding(name, size, language, name_of(found), kind, text, need, has))
                    if out is not None:
                        out.mkdir(parents=True, exist_ok=True)
                        short = "en" if language == "en_GB" else "cy"
                        shot(widget, out / f"{name}-{width}x{height}-{int(scale * 100)}-{short}.png")
                    close()
                window.close()
                window.deleteLater()
                settle(0.2)
        services.workspace.close()
    return findings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--scale", type=float, choices=sorted(SIZES), default=1.0)
    parser.add_argument("--out", type=Path, default=None, help="write a screenshot of every view here")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if abs(float(os.environ.get("QT_SCALE_FACTOR", "1") or 1) - args.scale) > 0.01:
        parser.error(f"run with QT_SCALE_FACTOR={args.scale:g} (Qt reads it once, when it starts)")
    findings = check(args.scale, args.out)
    if args.json:
        print(json.dumps([asdict(f) for f in findings], indent=1, ensure_ascii=False))
    else:
        for finding in findings:
            print(finding.line())
        print(f"{len(findings)} finding(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
