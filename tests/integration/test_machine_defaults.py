"""Machine-wide defaults: what the MSI's HUB_URL / CA_BUNDLE / DATA_DIR become, and how the app uses them."""

from __future__ import annotations

import getpass
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casebridge.settings import AppPaths, load_settings, resolve_workspace


def machine(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casebridge", "machine-defaults", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=60,
    )


def test_set_merges_and_keeps_what_an_administrator_put_there(tmp_path: Path) -> None:
    target = tmp_path / "ProgramData" / "Casebridge" / "defaults.json"
    target.parent.mkdir(parents=True)
    target.write_text(json.dumps({"log_level": "DEBUG", "hub_url": "https://old.example"}), encoding="utf-8")
    result = machine(
        "set", "--file", str(target), "--hub-url", "https://hub.cps.example/cb", "--ca-bundle", "", "--data-dir", ""
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(target.read_text(encoding="utf-8")) == {
        "hub_url": "https://hub.cps.example/cb",
        "log_level": "DEBUG",
    }
    result = machine("set", "--file", str(target), "--data-dir", r"D:\Casebridge\%USERNAME%", "--ca-bundle", "x.pem")
    assert result.returncode == 0
    assert "x.pem does not exist (yet); saved anyway" in result.stderr
    shown = machine("show", "--file", str(target))
    assert shown.returncode == 0
    assert json.loads(shown.stdout.split("\n", 1)[1]) == {
        "ca_bundle": "x.pem",
        "data_dir": r"D:\Casebridge\%USERNAME%",
        "hub_url": "https://hub.cps.example/cb",
        "log_level": "DEBUG",
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--hub-url", "http://hub.example"], "HUB_URL must be an https:// address"),
        (["--data-dir", 'D:\\Data" --hub-url x'], "remove any trailing backslash"),
    ],
)
def test_set_refuses_bad_values_and_writes_nothing(tmp_path: Path, args: list[str], message: str) -> None:
    target = tmp_path / "defaults.json"
    result = machine("set", "--file", str(target), *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert not target.exists()


def test_show_reports_a_corrupt_file(tmp_path: Path) -> None:
    target = tmp_path / "defaults.json"
    target.write_text('{"hub_url": 5}', encoding="utf-8")
    result = machine("show", "--file", str(target))
    assert result.returncode == 1
    assert "gives 'hub_url' a int, expected str; ignored" in result.stderr


def test_data_dir_moves_each_users_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    defaults = tmp_path / "defaults.json"
    defaults.write_text(json.dumps({"data_dir": str(tmp_path / "shared" / "%USERNAME%")}), encoding="utf-8")
    monkeypatch.setenv("CASEBRIDGE_MACHINE_DEFAULTS", str(defaults))
    monkeypatch.delenv("USERNAME", raising=False)
    paths = AppPaths.resolve()
    location = resolve_workspace(paths, load_settings(paths).settings)
    assert location.root == tmp_path / "shared" / getpass.getuser()
    assert location.vault_dir == location.root / "vault"

    explicit = AppPaths.resolve(tmp_path / "explicit")
    assert resolve_workspace(explicit, load_settings(explicit).settings).root == tmp_path / "explicit"
