"""kill -9 at any point of `package import`: no half case is ever visible, and importing again completes with the
same case as an import that was never interrupted."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from casebridge.app import build_services, open_workspace
from casebridge.exchange.keys import WorkstationKey
from casebridge.exchange.package import build_manifest
from tests.security.test_hostile_packages import URN, write_package

EXHIBITS = 400

# Imports the package in its own process and kills itself (SIGKILL: no clean-up of any kind) at one point:
# after storing the n-th file, while writing the n-th exhibit inside the transaction, just before the commit, or
# just after it.
IMPORT_AND_DIE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from casebridge.app import open_workspace
    from casebridge.exchange import receive
    from casebridge.store.exhibits import ExhibitStore
    from casebridge.store.trust import TrustStore

    workspace, package, point, n = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    die = lambda: os.kill(os.getpid(), signal.SIGKILL)
    ws = open_workspace(workspace)

    def progress(update):
        if point == "copying" and update.done >= n:
            die()

    if point == "writing":
        original = ExhibitStore.add_received
        calls = []
        def add_received(self, *args, **kwargs):
            calls.append(1)
            if len(calls) >= n:
                die()
            return original(self, *args, **kwargs)
        ExhibitStore.add_received = add_received
    if point == "commit":
        TrustStore.record_import = lambda *args, **kwargs: die()
    receive.import_package(ws, package, progress=progress)
    if point == "after":
        die()
    print("imported", flush=True)
    """
)


def _import(workspace: Path, package: Path, point: str = "none", n: int = 0) -> int:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_AND_DIE, str(workspace), str(package), point, str(n)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode


def _case(workspace: Path) -> dict[str, Any] | None:
    """The whole case as it would be sent on (manifest form), without what differs by when it was imported."""
    ws = open_workspace(workspace)
    try:
        if not ws.cases.exists(URN):
            return None
        manifest = build_manifest(ws, URN, WorkstationKey.load_or_create(workspace / "snapshot-key"))
        imported = [e for e in ws.cases.history(URN) if e.action == "package.imported"]
        vault = sorted(ws.vault.digests())
    finally:
        ws.close()
    for name in ("created_at", "sender"):
        manifest.pop(name)
    for name in ("created_at", "updated_at"):
        manifest["case"].pop(name)
    manifest["imported_events"] = len(imported)
    manifest["vault"] = vault
    return manifest


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A signed package of one case with many exhibits (so the transaction is long) and a few larger files (so the
    copying takes a while)."""
    tmp = tmp_path_factory.mktemp("kill-package")
    ws = open_workspace(tmp / "source")
    try:
        ws.cases.create_case(URN, title="Burglary series, Heol y Castell", summary="Forty-one premises.")
        ws.cases.add_person(URN, {"role": "officer", "surname": "Evans", "forenames": "Sarah"})
        ws.cases.add_person(URN, {"role": "suspect", "surname": "Pryce", "forenames": "Gareth"})
        source = tmp / "first.txt"
        source.write_text("Statement of Sarah Evans.")
        build_services(ws).importer.import_paths(URN, [source], producer="Sarah Evans")
        key = WorkstationKey.load_or_create(tmp / "key")
        manifest = build_manifest(ws, URN, key)
    finally:
        ws.close()
    template = manifest["exhibits"][0]
    exhibits, files = [], {}
    for number in range(1, EXHIBITS + 1):
        big = number % 100 == 0
        data = os.urandom(8 * 1024 * 1024) if big else f"Property log entry {number}: ".encode() + os.urandom(64)
        digest = hashlib.sha256(data).hexdigest()
        files[digest] = data
        exhibits.append(
            {
                **template,
                "reference": f"SE/{number}",
                "sha256": digest,
                "size": len(data),
                "original_name": f"item-{number}.bin",
                "description": f"Item {number} from the property log",
            }
        )
    manifest["exhibits"] = exhibits
    manifest["blobs"] = sorted(({"sha256": d, "size": len(b)} for d, b in files.items()), key=lambda b: b["sha256"])
    return write_package(tmp / "series.cbcase", manifest, key, dict(files))


@pytest.fixture(scope="module")
def uninterrupted(package: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    workspace = tmp_path_factory.mktemp("uninterrupted")
    assert _import(workspace, package) == 0
    case = _case(workspace)
    assert case is not None
    assert len(case["exhibits"]) == EXHIBITS
    return case


@pytest.mark.slow
@pytest.mark.parametrize(
    ("point", "n"),
    [
        ("copying", 1),
        ("copying", EXHIBITS // 2),
        ("copying", EXHIBITS),
        ("writing", 1),
        ("writing", EXHIBITS // 2),
        ("writing", EXHIBITS),
        ("commit", 0),
        ("after", 0),
    ],
)
def test_kill_during_package_import_then_import_again_gives_the_same_case(
    package: Path, uninterrupted: dict[str, Any], tmp_path: Path, point: str, n: int
) -> None:
    workspace = tmp_path / "ws"
    assert _import(workspace, package, point, n) == -signal.SIGKILL
    after_kill = _case(workspace)
    if point == "after":
        assert after_kill == uninterrupted  # the commit had happened: the whole case is there
        return
    assert after_kill is None, "a half-imported case is visible"
    assert _import(workspace, package) == 0
    again = _case(workspace)
    assert again is not None
    assert json.dumps(again, sort_keys=True) == json.dumps(uninterrupted, sort_keys=True)
