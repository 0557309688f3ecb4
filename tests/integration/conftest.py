from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebridge.app import Workspace, open_workspace


@pytest.fixture
def db_workspace(database_url: str, tmp_path: Path) -> Iterator[Workspace]:
    """A workspace whose settings point at the SQLite or PostgreSQL database under test."""
    root = tmp_path / "ws"
    (root / "config").mkdir(parents=True)
    (root / "config" / "settings.json").write_text(json.dumps({"database_url": database_url}))
    ws = open_workspace(root)
    yield ws
    ws.close()
