"""A CPS reviewer's notes on pages (issue 24, part 7): a highlighted area or the whole page, private or shared;
listed per item by page; shared ones carried into the review feedback with their page (and valid against the
feedback schema), each a to-do for the police; every addition and deletion in the audit log; the CLI does the same."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casebridge.app import build_services, open_workspace
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.errors import ValidationError
from casebridge.exchange.feedback_schema import validate_feedback
from casebridge.exchange.review import review_feedback
from casebridge.store.review import _actions_of


def test_notes_on_pages_go_to_the_police_only_when_shared(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "ws")
    build_demo(build_services(ws), derivatives=False)
    statement = ws.exhibits.find_by_reference(DEMO_URN, "AK/1")
    photo = ws.exhibits.find_by_reference(DEMO_URN, "SE/2")
    shared = ws.review.add_note(
        DEMO_URN,
        "AK/1",
        statement.sha256,
        1,
        "The time differs from the 999 log",
        area=(60, 200, 400, 240),
        shared=True,
    )
    ws.review.add_note(DEMO_URN, "AK/1", statement.sha256, 1, "Ask the OIC about the till roll")
    ws.review.add_note(DEMO_URN, "SE/2", photo.sha256, 1, "Private: compare with SE/3")
    ws.review.set_item(DEMO_URN, "SE/2", photo.sha256, "accepted")
    assert [(n.reference, n.shared) for n in ws.review.notes(DEMO_URN)] == [
        ("AK/1", True),
        ("AK/1", False),
        ("SE/2", False),
    ]
    assert shared.area == (60.0, 200.0, 400.0, 240.0)
    body = review_feedback(ws, DEMO_URN)
    validate_feedback(body)
    items = {item["reference"]: item for item in body["items"]}
    assert items["AK/1"]["status"] == "reviewed"  # shared notes, no verdict yet
    assert items["AK/1"]["notes"] == [
        {"page": 1, "text": "The time differs from the 999 log", "area": [60.0, 200.0, 400.0, 240.0]}
    ]
    assert "notes" not in items["SE/2"]  # private notes stay with the CPS
    assert "Ask the OIC" not in json.dumps(body)
    todo = _actions_of(body)
    assert ("AK/1:note1", "note", "AK/1 (page 1): The time differs from the 999 log", None) in todo
    ws.review.delete_note(DEMO_URN, shared.id)
    assert "notes" not in json.dumps(review_feedback(ws, DEMO_URN))
    actions = [e.action for e in ws.cases.history(DEMO_URN)]
    assert actions.count("review.note_added") == 3
    assert actions.count("review.note_deleted") == 1
    with pytest.raises(ValidationError):
        ws.review.add_note(DEMO_URN, "AK/1", statement.sha256, 1, "   ")
    with pytest.raises(ValidationError):
        ws.review.add_note(DEMO_URN, "AK/1", statement.sha256, 0, "page nought")
    with pytest.raises(ValidationError):
        ws.review.add_note(DEMO_URN, "AK/1", statement.sha256, 1, "empty area", area=(10, 10, 10, 40))


def test_the_command_line_writes_lists_and_deletes_notes(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    build_demo(build_services(open_workspace(workspace)), derivatives=False)

    def cb(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "casebridge", "--workspace", str(workspace), *args],
            capture_output=True,
            text=True,
            check=False,
        )

    made = cb(
        "review",
        "note",
        DEMO_URN,
        "AK/1",
        "--page",
        "1",
        "--text",
        "Check the time",
        "--area",
        "10,20,300,60",
        "--shared",
    )
    assert made.returncode == 0, made.stderr
    assert "shared with the police" in made.stdout
    listed = json.loads(cb("review", "notes", DEMO_URN, "--json").stdout)
    assert [(n["reference"], n["page"], n["area"], n["shared"]) for n in listed] == [
        ("AK/1", 1, [10.0, 20.0, 300.0, 60.0], True)
    ]
    bad = cb("review", "note", DEMO_URN, "AK/1", "--page", "1", "--text", "x", "--area", "ten")
    assert bad.returncode != 0
    assert "is not an area" in bad.stderr
    assert cb("review", "delete-note", DEMO_URN, str(listed[0]["id"])).returncode == 0
    assert "No notes" in cb("review", "notes", DEMO_URN).stdout
