"""Kill -9 during an import: on restart the state is consistent and the import can be finished."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casebridge.app import build_services, open_workspace

URN = "01ZD0300108"

SETUP_AND_IMPORT = textwrap.dedent(
    """
    import os, signal, sys
    from casebridge.app import build_services, open_workspace
    ws = open_workspace(sys.argv[1])
    if not ws.cases.exists("01ZD0300108"):
        ws.cases.create_case("01ZD0300108")
        ws.cases.add_person("01ZD0300108", {"role": "officer", "surname": "Evans", "forenames": "Sarah"})
    if sys.argv[3] == "before-record":
        from casebridge.store.exhibits import ExhibitStore
        def die(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)
        ExhibitStore.create = die
    def progress(update):
        print(update.done, flush=True)
    build_services(ws).importer.import_paths("01ZD0300108", [sys.argv[2]], progress=progress)
    print("finished", flush=True)
    """
)


def _big_file(path: Path, megabytes: int) -> str:
    block = os.urandom(1024 * 1024)
    digest = hashlib.sha256()
    with path.open("wb") as handle:
        for index in range(megabytes):
            chunk = block[:-4] + index.to_bytes(4, "big")
            handle.write(chunk)
            digest.update(chunk)
    return digest.hexdigest()


def _run(workspace: Path, source: Path, mode: str, kill_after: int | None) -> int:
    proc = subprocess.Popen(
        [sys.executable, "-c", SETUP_AND_IMPORT, str(workspace), str(source), mode], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if kill_after is not None and line.strip().isdigit() and int(line) >= kill_after:
            os.kill(proc.pid, signal.SIGKILL)
            break
    return proc.wait(timeout=120)


def test_kill_while_copying_a_large_file_then_resume(tmp_path: Path) -> None:
    source = tmp_path / "bodycam_export.mp4"
    expected = _big_file(source, 600)
    ws_dir = tmp_path / "ws"
    assert _run(ws_dir, source, "normal", kill_after=150 * 1024 * 1024) == -signal.SIGKILL

    ws = open_workspace(ws_dir)
    try:
        # consistent: nothing recorded, nothing stored, the journal remembers the file
        assert ws.exhibits.for_case(URN) == []
        assert list(ws.vault.digests()) == []
        assert [Path(p.source_path).name for p in build_services(ws).importer.pending()] == ["bodycam_export.mp4"]
        assert any(ws.vault.temporary.glob("*.part"))  # the dead process's half-written copy
        report = build_services(ws).importer.resume()
        assert [o.status for o in report.outcomes] == ["done"]
        (exhibit,) = ws.exhibits.for_case(URN)
        assert exhibit.sha256 == expected
        assert exhibit.size == 600 * 1024 * 1024
        assert list(ws.vault.temporary.iterdir()) == []
        assert build_services(ws).importer.pending() == []
        assert ws.vault.verify([expected]) == []
        assert ws.verify_audit().ok
    finally:
        ws.close()


def test_kill_after_storing_before_recording_finishes_from_the_vault(tmp_path: Path) -> None:
    source = tmp_path / "statement.bin"
    expected = _big_file(source, 3)
    ws_dir = tmp_path / "ws"
    assert _run(ws_dir, source, "before-record", kill_after=None) == -signal.SIGKILL
    source.unlink()  # the source has gone (a disc ejected): the vault copy is enough
    ws = open_workspace(ws_dir)
    try:
        assert ws.exhibits.for_case(URN) == []
        assert list(ws.vault.digests()) == [expected]  # stored, owned by the pending journal row
        report = build_services(ws).importer.resume()
        assert [o.status for o in report.outcomes] == ["done"]
        assert [e.sha256 for e in ws.exhibits.for_case(URN)] == [expected]
    finally:
        ws.close()


def test_discarding_an_interrupted_import_leaves_nothing(tmp_path: Path) -> None:
    source = tmp_path / "statement.bin"
    _big_file(source, 3)
    ws_dir = tmp_path / "ws"
    _run(ws_dir, source, "before-record", kill_after=None)
    ws = open_workspace(ws_dir)
    try:
        assert build_services(ws).importer.discard_pending() == 1
        assert list(ws.vault.digests()) == []
        assert build_services(ws).importer.pending() == []
    finally:
        ws.close()


@pytest.mark.slow
def test_file_over_4_gb(tmp_path: Path) -> None:
    """Sizes past 2**32 are stored and reported exactly (sparse source: fast to make, real bytes to copy)."""
    source = tmp_path / "overnight_cctv.mkv"
    size = 4 * 1024**3 + 12345
    with source.open("wb") as handle:
        handle.truncate(size)
    ws = open_workspace(tmp_path / "ws")
    try:
        ws.cases.create_case(URN)
        ws.cases.add_person(URN, {"role": "officer", "surname": "Evans", "forenames": "Sarah"})
        report = build_services(ws).importer.import_paths(URN, [source])
        (exhibit,) = ws.exhibits.for_case(URN)
        assert report.outcomes[0].status == "done"
        assert exhibit.size == size
        assert ws.vault.size(exhibit.sha256) == size
        digest = hashlib.sha256()
        with source.open("rb") as handle:
            while chunk := handle.read(8 * 1024 * 1024):
                digest.update(chunk)
        assert exhibit.sha256 == digest.hexdigest()
    finally:
        ws.close()
