"""Third parties named only in free text are suggested (issue 21, part 2): in the demo's MG11 the victim's GP
("Dr Patel at the Butetown Health Centre") — not on the case — is offered, ranked after the case's own terms and
the UK patterns; the suspect, the officer, the victim (whose name the policy keeps in served material) and the
place of the offence are not."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
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


def test_a_bare_name_and_an_employer_are_found_by_the_language_model(demo: Workspace, tmp_path: Path) -> None:
    """What the rules cannot read — a name with no title or relationship before it, an employer that does not say
    what it is — is suggested by the language model (Presidio over the checked en_core_web_sm), after the rules,
    and logged as found by it; officers by rank, towns after "in" and legislation are not offered."""
    source = tmp_path / "statement-bare.pdf"
    with pymupdf.open() as doc:
        page = doc.new_page()
        page.insert_textbox(
            pymupdf.Rect(50, 50, 550, 400),
            "Afterwards Dylan Okafor drove me home. I work for Tata Steel in Newport. I told PC Evans what I "
            "saw. I make this statement under the Criminal Justice Act 1967. My GP, Dr Patel, saw me on Monday.",
            fontsize=11,
        )
        doc.save(source)
    report = build_services(demo).importer.import_paths(DEMO_URN, [source])
    exhibit = demo.exhibits.get(report.outcomes[0].exhibit_id or 0)
    found = json.loads(run_cli(demo, "redact", "suggest", DEMO_URN, exhibit.reference, "--json").stdout)
    by_text = {s["text"]: s["detector"] for s in found["suggestions"]}
    assert by_text["Dylan Okafor"] == "model:person"
    assert by_text["Tata Steel"] == "model:organisation"
    assert by_text["Patel"] == "text:person"  # the rules' find is offered first, not again by the model
    assert not {"Evans", "PC Evans", "Newport", "Criminal Justice Act 1967", "Criminal Justice Act"} & set(by_text)

    made = run_cli(demo, "redact", "apply", DEMO_URN, exhibit.reference, "--accept-all-suggestions", "--json")
    assert made.returncode == 0, made.stderr
    log = tmp_path / "log.csv"
    assert run_cli(demo, "redact", "log", DEMO_URN, "--out", str(log)).returncode == 0
    text = log.read_text(encoding="utf-8")
    assert "Language model (person)" in text
    assert "Language model (organisation)" in text
    assert "Dylan Okafor" not in text
    assert "Tata Steel" not in text
