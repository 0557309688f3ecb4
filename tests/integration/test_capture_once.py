"""Capture once (issue 24, part 3): the officer named when a case is created is the case's officer — a person of
the case and the default producer of its exhibits — and a producer not on the case can be added on the fly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casebridge.domain.case import PersonRole, officer_from_text
from casebridge.workspace import Workspace

URN = "01ZD0300108"


@pytest.mark.parametrize(
    ("text", "rank_free"),
    [
        ("PC 1234 Able", ("", "Able", "1234")),
        ("DC 4471 Sarah Evans", ("Sarah", "Evans", "4471")),
        ("Detective Sergeant Ravi Patel 2201", ("Ravi", "Patel", "2201")),
        ("Evans", ("", "Evans", "")),
        ("PS. 88 Ceri Ann Jones-Price", ("Ceri Ann", "Jones-Price", "88")),
    ],
)
def test_an_officer_is_read_from_how_people_write_one(text: str, rank_free: tuple[str, str, str]) -> None:
    officer = officer_from_text(text)
    assert officer is not None
    assert officer.role is PersonRole.OFFICER
    assert (officer.forenames, officer.surname, officer.collar_number) == rank_free


@pytest.mark.parametrize("text", ["", "1234", "PC 1234", "  "])
def test_no_name_no_person(text: str) -> None:
    assert officer_from_text(text) is None


def test_the_officer_named_at_creation_is_on_the_case_once(workspace: Workspace) -> None:
    workspace.cases.create_case(URN, title="Theft from Boots", officer_in_case="PC 1234 Able")
    officers = [p for p in workspace.cases.get_case(URN).people if p.role is PersonRole.OFFICER]
    assert [(p.surname, p.collar_number) for p in officers] == [("Able", "1234")]
    workspace.cases.update_case(URN, "officer_in_case", "PC 1234 ABLE")  # the same officer, written differently
    assert len([p for p in workspace.cases.get_case(URN).people if p.role is PersonRole.OFFICER]) == 1
    workspace.cases.update_case(URN, "officer_in_case", "DC 77 Nia Rees")  # the case handed over
    officers = [p for p in workspace.cases.get_case(URN).people if p.role is PersonRole.OFFICER]
    assert [(p.forenames, p.surname) for p in officers] == [("", "Able"), ("Nia", "Rees")]
    actions = [event.action for event in workspace.cases.history(URN)]
    assert actions.count("person.added") == 2


def _cli(ws_root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CASEBRIDGE_WORKSPACE": str(ws_root)}
    return subprocess.run([sys.executable, "-m", "casebridge", *args], capture_output=True, text=True, env=env)


def test_the_readme_order_works_and_a_producer_is_added_on_the_fly(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    made = _cli(root, "case", "new", "--urn", URN, "--title", "Theft from Boots", "--oic", "PC 1234 Able")
    assert made.returncode == 0, made.stderr
    cctv = tmp_path / "CCTV"
    cctv.mkdir()
    (cctv / "till.jpg").write_bytes(_jpeg())
    first = _cli(root, "evidence", "import", URN, str(cctv), "--json")
    assert first.returncode == 0, first.stderr
    listed = json.loads(_cli(root, "evidence", "list", URN, "--json").stdout)
    assert listed[0]["producer"].upper().endswith("ABLE")
    assert listed[0]["reference"].startswith("A/")  # the officer's initial
    more = tmp_path / "more"
    more.mkdir()
    (more / "door.jpg").write_bytes(_jpeg((20, 90, 200)))
    added = _cli(root, "evidence", "import", URN, str(more), "--add-producer", "Tom Reed", "--role", "witness")
    assert added.returncode == 0, added.stderr
    assert "Tom Reed added" in added.stderr
    people = json.loads(_cli(root, "case", "export", URN).stdout)["people"]
    assert any(p["surname"] == "Reed" and p["role"] == "witness" for p in people)
    listed = json.loads(_cli(root, "evidence", "list", URN, "--json").stdout)
    assert any(e["reference"].startswith("TR/") for e in listed)


def _jpeg(colour: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "JPEG")
    return out.getvalue()
