"""`casebridge --self-test` from source: what force IT runs after an install, and what it catches."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casebridge import selftest


def run_selftest(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casebridge", "--self-test", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=180,
    )


def test_passes_from_source_with_media_required(tmp_path: Path) -> None:
    result = run_selftest("--require-media", env={"CASEBRIDGE_MACHINE_DEFAULTS": str(tmp_path / "none.json")})
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "from source" in lines[0]
    for name, _check in selftest.CHECKS:
        row = next(line for line in lines if line.strip().startswith(name))
        assert ("ok" in row.split()) or ("UNAVAILABLE" in row and name == "Credential store"), row
    assert "libvlc 3." in result.stdout
    assert "played 1 s" in result.stdout
    assert "migrated to" in result.stdout
    assert "audit chain verified" in result.stdout
    assert lines[-1].startswith("Self-test passed")


def test_names_the_failed_check_and_exits_non_zero(tmp_path: Path) -> None:
    broken = tmp_path / "defaults.json"
    broken.write_text("{ not json", encoding="utf-8")
    not_pem = tmp_path / "ca.pem"
    not_pem.write_text("this is not a certificate", encoding="utf-8")
    result = run_selftest(env={"CASEBRIDGE_MACHINE_DEFAULTS": str(broken)})
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == "Self-test FAILED: Settings"
    assert str(broken) in result.stdout

    broken.write_text(f'{{"ca_bundle": "{not_pem.as_posix()}"}}', encoding="utf-8")
    result = run_selftest(env={"CASEBRIDGE_MACHINE_DEFAULTS": str(broken)})
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == "Self-test FAILED: Trusted certificates"
    assert f"the trusted certificates file {not_pem}" in result.stdout


def test_missing_libvlc_is_unavailable_unless_required(monkeypatch: pytest.MonkeyPatch) -> None:
    from casebridge.playback import libvlc

    monkeypatch.setattr(libvlc, "load", lambda: (None, libvlc.LibVlcStatus(False, problem="No VLC.", fix="Get it.")))
    relaxed = selftest.run(only=["Media preview"])
    strict = selftest.run(only=["Media preview"], require_media=True)
    assert (relaxed[0].status, strict[0].status) == ("unavailable", "failed")
    assert "media preview off: No VLC. Get it." in relaxed[0].detail


def test_a_hanging_check_is_reported_not_waited_for(monkeypatch: pytest.MonkeyPatch) -> None:
    def hangs(_ctx: selftest.Context) -> str:
        time.sleep(30)
        return "never"

    monkeypatch.setattr(selftest, "CHECKS", [("Stuck", hangs)])
    started = time.monotonic()
    (result,) = selftest.run(timeout=0.5)
    assert time.monotonic() - started < 5
    assert (result.status, result.detail) == ("failed", "did not finish within 0 s")


def test_a_bug_in_a_check_is_a_failure_naming_where(monkeypatch: pytest.MonkeyPatch) -> None:
    def buggy(_ctx: selftest.Context) -> str:
        raise KeyError("oops")

    monkeypatch.setattr(selftest, "CHECKS", [("Buggy", buggy)])
    (result,) = selftest.run()
    assert result.status == "failed"
    assert result.detail.startswith("KeyError: 'oops' at test_selftest.py:")


def test_a_missing_migration_script_fails_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    from casebridge.store import migrate

    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999")
    (result,) = selftest.run(only=["Resources and reference data"])
    assert result.status == "failed"
    assert "migration scripts are missing" in result.detail
