from __future__ import annotations

from collections.abc import Iterator

import pytest

from casebridge.app import build_services
from casebridge.demo.builder import build_demo
from casebridge.workspace import Workspace


@pytest.fixture
def demo_workspace(workspace: Workspace) -> Workspace:
    build_demo(build_services(workspace), derivatives=False)
    workspace.cases.create_case("01ZD0300108", title="Shop theft, Oxford Street")
    return workspace


@pytest.fixture
def window(qtbot: object, demo_workspace: Workspace) -> Iterator[object]:
    from casebridge.ui.main_window import MainWindow

    win = MainWindow(demo_workspace.paths)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    win.attach(build_services(demo_workspace))
    return win
