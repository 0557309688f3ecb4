"""Kill -9 in the middle of a burst of writes: the database stays intact and the audit chain valid."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casebridge.app import open_workspace

WRITER = textwrap.dedent(
    """
    import sys
    from casebridge.app import open_workspace
    ws = open_workspace(sys.argv[1])
    ws.cases.create_case("01ZD0300108", title="t0")
    i = 0
    while True:
        i += 1
        ws.cases.update_case("01ZD0300108", "title", f"t{i}")
        ws.cases.add_person("01ZD0300108", {"role": "witness", "surname": f"W{i}"})
        print(i, flush=True)
    """
)


@pytest.mark.parametrize("writes_before_kill", [40, 120])
def test_kill_during_writes_leaves_a_consistent_workspace(tmp_path: Path, writes_before_kill: int) -> None:
    ws_dir = tmp_path / "ws"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(ws_dir)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    seen = 0
    for line in proc.stdout:
        seen = int(line)
        if seen >= writes_before_kill:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert seen >= writes_before_kill

    ws = open_workspace(ws_dir)
    try:
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        report = ws.verify_audit()
        assert report.ok, report.problems
        case = ws.cases.get_case("01ZD0300108")
        last_title = int(case.title[1:])
        # every committed action is complete: title edits and people added move in step with the audit log
        assert last_title >= seen
        assert len(case.people) in (last_title, last_title - 1)
        assert report.checked == 1 + last_title + len(case.people)
        # and the workspace is still writable
        ws.cases.update_case("01ZD0300108", "title", "after the crash")
        assert ws.verify_audit().ok
    finally:
        ws.close()
