"""The `casebridge` command, run as a real subprocess against an isolated workspace."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casebridge import __version__


def run(workspace: Path, *args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CASEBRIDGE_WORKSPACE": str(workspace)}
    result = subprocess.run(
        [sys.executable, "-m", "casebridge", *args], capture_output=True, text=True, env=env, timeout=120
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_version(tmp_path: Path) -> None:
    result = run(tmp_path, "--version", check=True)
    assert result.stdout.strip() == f"casebridge {__version__}"


def test_case_new_list_show_export(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert (
        "Created case 01ZD0300108"
        in run(ws, "case", "new", "--urn", "01ZD0300108", "--title", "Shop theft", check=True).stdout
    )
    run(
        ws,
        "case",
        "add-person",
        "01ZD0300108",
        "--role",
        "suspect",
        "--surname",
        "Jones",
        "--dob",
        "17/03/2000",
        check=True,
    )
    run(ws, "case", "add-offence", "01ZD0300108", "--code", "TH68010", "--from", "14/11/2026", check=True)
    listing = json.loads(run(ws, "case", "list", "--json", check=True).stdout)
    assert listing[0]["urn"] == "01ZD0300108"
    assert listing[0]["defendants"] == ["JONES"]
    shown = run(ws, "case", "show", "01ZD0300108", check=True).stdout
    assert "Metropolitan Police Service" in shown
    assert "TH68010" in shown
    exported = json.loads(run(ws, "case", "export", "01ZD0300108", check=True).stdout)
    assert exported["offences"][0]["title"] == "Theft from a shop"
    assert exported["people"][0]["date_of_birth"] == "2000-03-17"
    out_file = tmp_path / "case.json"
    run(ws, "case", "export", "01ZD0300108", "-o", str(out_file), check=True)
    assert json.loads(out_file.read_text()) == exported


def test_workspace_flag_overrides_environment(tmp_path: Path) -> None:
    run(tmp_path / "env", "--workspace", str(tmp_path / "flag"), "case", "new", "--urn", "01ZD0300108", check=True)
    assert (tmp_path / "flag" / "casebridge.db").exists()
    assert not (tmp_path / "env" / "casebridge.db").exists()
    run(tmp_path / "env", "case", "list", "--workspace", str(tmp_path / "flag"), check=True)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("case", "new", "--urn", "99ZZ1234567"), "99 is not a known police force code"),
        (("case", "new", "--urn", "01ZD03001"), "A URN has 11 characters"),
        (("case", "show", "01ZD0300199"), "no case with URN 01ZD0300199"),
        (("case", "add-offence", "01ZD0300199", "--code", "XX"), "not a CJS offence code"),
    ],
)
def test_errors_are_one_line_and_non_zero(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = run(tmp_path, *args)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("casebridge: error: ")
    assert message in lines[0]


def test_usage_error_exits_2(tmp_path: Path) -> None:
    assert run(tmp_path, "case", "frobnicate").returncode == 2


def test_offence_search(tmp_path: Path) -> None:
    hits = json.loads(run(tmp_path, "offence", "search", "theft", "shop", "--json", check=True).stdout)
    assert hits[0]["code"] == "TH68010"


def test_audit_verify_names_a_tampered_event(tmp_path: Path) -> None:
    import sqlite3

    ws = tmp_path / "ws"
    run(ws, "case", "new", "--urn", "01ZD0300108", "--title", "A", check=True)
    run(ws, "case", "add-person", "01ZD0300108", "--role", "witness", "--surname", "Smith", check=True)
    ok = run(ws, "audit", "verify", check=True)
    assert "intact: 2 events" in ok.stdout
    with sqlite3.connect(ws / "casebridge.db") as conn:
        conn.execute("UPDATE audit_events SET actor = 'someone else' WHERE seq = 2")
    broken = run(ws, "audit", "verify")
    assert broken.returncode == 3
    assert "event 2 (person.added on 01ZD0300108" in broken.stderr
    log = json.loads(run(ws, "audit", "log", "01ZD0300108", "--json", check=True).stdout)
    assert [e["action"] for e in log] == ["case.created", "person.added"]


def test_corrupt_database_is_a_clear_error(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "casebridge.db").write_bytes(b"this is not a database" * 100)
    result = run(ws, "case", "list")
    assert result.returncode == 1
    assert "casebridge.db" in result.stderr
    assert "Traceback" not in result.stderr


def test_redirected_output_is_utf8_even_where_the_system_code_page_is_not(tmp_path: Path) -> None:
    """Windows writes redirected output in the ANSI code page (cp1252): a Welsh name once stopped a command."""
    ws = tmp_path / "ws"
    env = {**os.environ, "CASEBRIDGE_WORKSPACE": str(ws), "PYTHONIOENCODING": "cp1252"}
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "casebridge",
            "case",
            "new",
            "--urn",
            "62CF0041226",
            "--title",
            "Lladrad, Heol y Frenhines",
        ],
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    subprocess.run(
        [
            sys.executable,
            "-m",
            "casebridge",
            "case",
            "add-person",
            "62CF0041226",
            "--role",
            "witness",
            "--surname",
            "Glyndŵr",
            "--forenames",
            "Siân",
        ],
        capture_output=True,
        env=env,
        timeout=120,
        check=True,
    )
    shown = subprocess.run(
        [sys.executable, "-m", "casebridge", "case", "show", "62CF0041226"], capture_output=True, env=env, timeout=120
    )
    assert shown.returncode == 0, shown.stderr
    assert "Witness    GLYNDŴR, Siân" in shown.stdout.decode("utf-8")
