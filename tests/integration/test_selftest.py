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


def test_wrong_time_zone_rules_fail_the_pace_clock_check(monkeypatch: pytest.MonkeyPatch) -> None:
    from zoneinfo import ZoneInfo

    from casebridge.domain import custody

    assert selftest.run(only=["Time zones"])[0].status == "ok"
    monkeypatch.setattr(custody, "UK", ZoneInfo("UTC"))  # a machine whose zone data has no British Summer Time
    (result,) = selftest.run(only=["Time zones"])
    assert result.status == "failed"
    assert "Europe/London time-zone rules are wrong or missing" in result.detail


def test_a_face_model_that_is_not_the_shipped_one_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    from casebridge.redaction import faces

    assert selftest.run(only=["Face detection model"])[0].status == "ok"
    monkeypatch.setattr(faces, "CENTERFACE_SHA256", "0" * 64)
    (result,) = selftest.run(only=["Face detection model"])
    assert result.status == "failed"
    assert "is not the one Casebridge was tested with" in result.detail


def test_text_models_that_are_not_the_shipped_ones_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    from casebridge.redaction import shot_text

    (result,) = selftest.run(only=["Plate and text reader"])
    assert result.status == "ok"
    assert "read the plate AB12 CDE" in result.detail
    shot_text._engine.cache_clear()
    monkeypatch.setitem(shot_text.MODELS, "ch_PP-OCRv4_rec_infer.onnx", "0" * 64)
    try:
        (result,) = selftest.run(only=["Plate and text reader"])
    finally:
        shot_text._engine.cache_clear()
    assert result.status == "failed"
    assert "ch_PP-OCRv4_rec_infer.onnx is not the one Casebridge was tested with" in result.detail


def test_a_missing_welsh_translation_or_schema_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from casebridge import resource_files

    monkeypatch.setattr(resource_files, "resources_root", lambda: tmp_path)
    results = {r.name: r for r in selftest.run(only=["Welsh translation", "Data standard schemas"])}
    assert results["Welsh translation"].status == "failed"
    assert "casebridge_cy_GB.qm" in results["Welsh translation"].detail
    assert results["Data standard schemas"].status == "failed"
    assert "case-package-v1.schema.json" in results["Data standard schemas"].detail


def _tls_server(folder: Path) -> tuple[int, Path]:
    """A TLS server on 127.0.0.1 with a certificate from its own CA, answering handshakes until the test ends."""
    import socket
    import ssl
    import threading

    from casebridge.exchange.devcert import make_dev_certificates

    made = make_dev_certificates(folder, ["127.0.0.1"])
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(made.certificate, made.private_key)
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            try:
                with context.wrap_socket(connection, server_side=True):
                    pass
            except (OSError, ssl.SSLError):
                continue

    threading.Thread(target=serve, daemon=True).start()
    return listener.getsockname()[1], made.ca_certificate


def test_the_hub_certificate_is_checked_with_the_configured_trust(tmp_path: Path) -> None:
    port, ca = _tls_server(tmp_path / "hub")
    defaults = tmp_path / "defaults.json"
    defaults.write_text(f'{{"hub_url": "https://127.0.0.1:{port}", "ca_bundle": "{ca.as_posix()}"}}', "utf-8")
    trusted = run_selftest(env={"CASEBRIDGE_MACHINE_DEFAULTS": str(defaults)})
    row = next(line for line in trusted.stdout.splitlines() if "Trusted certificates" in line)
    assert " ok " in row
    assert f"hub 127.0.0.1:{port} certificate trusted" in row
    assert "handshake on 127.0.0.1 with the configured trust; an unknown authority refused" in row

    defaults.write_text(f'{{"hub_url": "https://127.0.0.1:{port}"}}', "utf-8")  # the force CA not configured
    refused = run_selftest(env={"CASEBRIDGE_MACHINE_DEFAULTS": str(defaults)})
    assert refused.stdout.splitlines()[-1] == "Self-test FAILED: Trusted certificates"
    assert f"the hub 127.0.0.1:{port} presents a certificate these settings do not trust" in refused.stdout


def test_a_workstation_install_without_the_hub_extra_passes_the_import_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """`pip install casebridge` (no [hub]) has the hub's code but not FastAPI: its modules are not a failure."""
    import importlib.util

    real = importlib.util.find_spec

    def without_hub(name: str, *args: object) -> object:
        return None if name in selftest.HUB_LIBRARIES else real(name, *args)  # type: ignore[arg-type]

    with_hub = selftest.run(only=["Python modules"])[0]
    monkeypatch.setattr(importlib.util, "find_spec", without_hub)
    (workstation,) = selftest.run(only=["Python modules"])
    assert (with_hub.status, workstation.status) == ("ok", "ok")
    assert "hub included" in with_hub.detail
    assert "workstation: no hub" in workstation.detail
    count = int(with_hub.detail.split()[0]) - int(workstation.detail.split()[0])
    assert count == len([m for m in selftest._walk_casebridge(True) if m.startswith("casebridge.hub")]) > 0
