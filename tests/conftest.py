"""Every test builds its own world: settings, data and logs under tmp_path, a fresh migrated database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CASEBRIDGE_WORKSPACE", None)
os.environ.pop("CASEBRIDGE_MACHINE_DEFAULTS", None)

pytest_plugins = ["tests.fixtures.postgres", "tests.fixtures.xvfb", "tests.fixtures.hub"]


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does can reach the real user's config, data or logs."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home))
    monkeypatch.delenv("CASEBRIDGE_WORKSPACE", raising=False)


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def workspace(workspace_dir: Path) -> Iterator[object]:
    from casebridge.app import open_workspace

    ws = open_workspace(workspace_dir)
    yield ws
    ws.close()
