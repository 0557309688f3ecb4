"""My work (issue 24, part 1): custody clocks running out, CPS requests waiting for an answer, the outbox and
interrupted imports, across the workspace, most urgent first — the same list from `casebridge work` and from the
window's landing view."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime

from casebridge.domain.case import Person, PersonRole
from casebridge.worklist import work_items
from casebridge.workspace import Workspace

NOW = datetime(2026, 12, 3, 20, 0, tzinfo=UTC)  # GMT: UK local time is UTC


def _busy(ws: Workspace) -> None:
    ws.cases.create_case("01ZD0300108", title="Theft from Boots", officer_in_case="PC 1234 Able")
    ws.cases.create_case("62CF0052326", title="Assault, St Mary Street", officer_in_case="DC 4471 Sarah Evans")
    ws.cases.create_case("13AB0781226", title="Burglary, Headingley")
    for urn, relevant in (("01ZD0300108", "03/12/2026 00:00"), ("62CF0052326", "03/12/2026 10:30")):
        suspect = ws.cases.add_person(urn, Person(PersonRole.SUSPECT, surname="Smith", forenames="Dan"))
        assert suspect.id is not None
        ws.casefile.set_person_detail(suspect.id, "relevant_time", relevant)
        ws.casefile.set_person_detail(suspect.id, "detention_authorised_at", relevant)
        ws.casefile.set_person_detail(suspect.id, "remand_status", "custody")
    feedback = {
        "id": "fb-1",
        "urn": "13AB0781226",
        "kind": "action_plan",
        "author": "cps.reviewer",
        "issued_at": "2026-12-02T09:00:00+00:00",
        "requests": [
            {
                "id": "r1",
                "type": "further_statement",
                "description": "Statement from the neighbour",
                "target_date": "2026-12-10",
            },
        ],
        "tasks": [{"id": "t1", "text": "Exhibit the doorbell footage", "target_date": "2026-12-05"}],
    }
    ws.review.record_feedback({"feedback": feedback})


def test_the_most_urgent_work_comes_first(workspace: Workspace) -> None:
    _busy(workspace)
    items = work_items(workspace, NOW)
    kinds = [item.kind for item in items]
    assert kinds[:2] == ["custody", "custody"]
    first, second = items[0], items[1]
    assert first.urn == "01ZD0300108"  # 4 h left before the other's 14 h 30 min
    assert "4 h 00 min left" in first.detail
    assert "14 h 30 min left" in second.detail
    assert first.place == "casefile"
    requests = [item for item in items if item.kind == "request"]
    assert [r.detail.split(":")[0] for r in requests] == ["CPS task by 05/12/2026", "CPS request by 10/12/2026"]
    assert all(r.urn == "13AB0781226" and r.place == "exchange" for r in requests)
    assert {item.urn for item in items if item.kind == "recent"} <= {"01ZD0300108", "62CF0052326", "13AB0781226"}
    not_ready = [item for item in items if item.kind == "readiness"]
    assert {item.urn for item in not_ready} == {"01ZD0300108", "62CF0052326", "13AB0781226"}  # bare new cases
    assert all("blocking error(s) — first: " in item.detail and item.place == "casefile" for item in not_ready)
    assert kinds.index("readiness") > kinds.index("request")


def test_an_expired_clock_shows_for_a_day_then_leaves_my_work(workspace: Workspace) -> None:
    _busy(workspace)
    later = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)  # the first clock ran out at midnight
    custody = [item for item in work_items(workspace, later) if item.kind == "custody"]
    assert "expired 12 h 00 min ago" in custody[0].detail
    much_later = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    assert [item for item in work_items(workspace, much_later) if item.kind == "custody"] == []


def test_casebridge_work_prints_the_same_list(workspace: Workspace) -> None:
    _busy(workspace)
    env = {**os.environ, "CASEBRIDGE_WORKSPACE": str(workspace.location.root)}
    done = subprocess.run(
        [sys.executable, "-m", "casebridge", "work", "--json"], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    assert {line["kind"] for line in listed} >= {"custody", "request"}
    text = subprocess.run([sys.executable, "-m", "casebridge", "work"], capture_output=True, text=True, env=env)
    assert "CPS requests waiting for an answer (2)" in text.stdout
