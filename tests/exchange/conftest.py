"""Shared set-up for the exchange tests: a police workstation signed in to the session's real hub."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebridge.app import Workspace, build_services, open_workspace
from casebridge.demo.builder import DEMO_URN, build_demo
from tests.fixtures.hub import PASSWORD, HubProcess


def workstation(root: Path, hub: HubProcess, user: str = "pc-south-wales") -> Workspace:
    (root / "config").mkdir(parents=True, exist_ok=True)
    settings = {"ca_bundle": str(hub.ca), "operator_name": user}
    (root / "config" / "settings.json").write_text(json.dumps(settings))
    ws = open_workspace(root)
    build_services(ws).exchange.login(hub.url, user, PASSWORD)
    return ws


@pytest.fixture
def police(tmp_path: Path, hub: HubProcess, keyring_file: Path) -> Iterator[Workspace]:
    """The demo case (force 62, South Wales) on a workstation signed in as a South Wales submitter."""
    ws = workstation(tmp_path / "police", hub)
    build_demo(build_services(ws), derivatives=False)
    yield ws
    ws.close()


def add_unique_file(ws: Workspace, folder: Path, size: int, name: str = "download.bin") -> str:
    """A file no other test sends (so the hub has to receive it), imported as an exhibit; returns its digest."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    block = os.urandom(1024 * 1024)
    with open(path, "wb") as handle:
        remaining = size
        while remaining > 0:
            handle.write(block[: min(remaining, len(block))])
            remaining -= len(block)
            block = block[1:] + block[:1]  # different megabytes
    build_services(ws).importer.import_paths(DEMO_URN, [path], producer="Sarah Evans")
    path.unlink()  # the vault holds its own copy
    found = [e for e in ws.exhibits.for_case(DEMO_URN) if e.original_name == name]
    return found[-1].sha256


def discard(*paths: Path) -> None:
    """Removes large read-only test files (vault and hub copies) so a run does not fill the disk."""
    for path in paths:
        if path.exists():
            path.chmod(0o600)
            path.unlink()
