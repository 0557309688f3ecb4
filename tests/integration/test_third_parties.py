"""Third parties named only in free text are suggested (issue 21, part 2): in the demo's MG11 the victim's GP
("Dr Patel at the Butetown Health Centre") — not on the case — is offered, ranked after the case's own terms and
the UK patterns; the suspect, the officer, the victim (whose name the policy keeps in served material) and the
place of the offence are not."""

from __future__ import annotations

import json

import pytest

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.workspace import Workspace
from tests.integration.test_redaction import run_cli


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    build_demo(build_services(workspace))
    return workspace


def test_the_victims_gp_is_suggested_and_the_cases_own_people_and_locus_are_not(demo: Workspace) -> None:
    found = json.loads(run_cli(demo, "redact", "suggest", DEMO_URN, "AK/1", "--json").stdout)["suggestions"]
    named = {s["text"]: s for s in found if s["detector"].startswith("text:")}
    assert named["Patel"]["detector"] == "text:person"
    assert named["Butetown Health Centre"]["detector"] == "text:organisation"
    assert named["Patel"]["reason"] == "TPD"
    assert not {"Rhys", "Evans", "Amira Khan", "112 Queen Street"} & set(named)
    by_text = {s["text"]: s["detector"] for s in found}
    assert by_text["07700 900461"] == "case:victim:phone"  # the case's own terms rank first

    made = run_cli(demo, "redact", "apply", DEMO_URN, "AK/1", "--accept-all-suggestions", "--json")
    assert made.returncode == 0, made.stderr
    log = demo.location.root / "log.csv"
    assert run_cli(demo, "redact", "log", DEMO_URN, "--out", str(log)).returncode == 0
    text = log.read_text(encoding="utf-8")
    assert "Named in the text (person)" in text
    assert "Named individual" in text  # the CPS tool's own type
    assert "Patel" not in text  # the log never repeats what was removed
