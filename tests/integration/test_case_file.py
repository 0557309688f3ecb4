"""The case file: capture once (one change reaches every form and the export), schedule numbering, the
audience gate, rendered PDFs, readiness rules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from casebridge import readiness
from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.domain.case import PersonRole
from casebridge.domain.view import CaseFileView
from casebridge.errors import ValidationError
from casebridge.forms.builders import FORMS, build, catalogue
from casebridge.forms.document import Audience, DisclosureError
from casebridge.forms.render import NON_DISCLOSABLE, render_pdf
from casebridge.workspace import Workspace


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    build_demo(build_services(workspace), derivatives=False)
    return workspace


def pdf_text(data: bytes) -> list[str]:
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        # Ligatures ("ﬀ" in "Cardiﬀ") read as their letters, as a reader copying the text would get them.
        flags = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES
        return [page.get_text(flags=flags) for page in doc]


def all_text(ws: Workspace, key: str, audience: Audience = Audience.CPS) -> str:
    """The rendered form's text with runs of whitespace as single spaces (table cells wrap names)."""
    view = CaseFileView.load(ws, DEMO_URN)
    return " ".join(" ".join(pdf_text(render_pdf(build(view, key, audience), audience))).split())


def test_a_name_changed_once_is_changed_everywhere(demo: Workspace, tmp_path: Path) -> None:
    case = demo.cases.get_case(DEMO_URN)
    morgan = next(p for p in case.people if p.surname == "Morgan")
    # Morgan produces an exhibit, so he appears on the MG12 as producer too.
    exhibit = demo.exhibits.for_case(DEMO_URN)[0]
    demo.exhibits.update(exhibit.id, "producer_id", morgan.id)
    statement = next(s for s in demo.casefile.load(DEMO_URN).of("statement") if s.person_id == morgan.id)

    def everywhere() -> str:
        keys = ["MG9", f"MG11:{statement.id}", "MG12", "MG6C"]
        exported = subprocess.run(
            [sys.executable, "-m", "casebridge", "case", "export", DEMO_URN],
            capture_output=True,
            text=True,
            env={**os.environ, "CASEBRIDGE_WORKSPACE": str(demo.location.root)},
            check=True,
        ).stdout
        return "\n".join([*(all_text(demo, key) for key in keys), exported])

    before = everywhere()
    assert before.count("MORGAN") >= 5  # MG9, MG11, MG12 producer, MG6C item, export
    demo.cases.update_person(morgan.id or 0, "surname", "Pritchard")
    after = everywhere()
    for form in ("MG9", f"MG11:{statement.id}", "MG12", "MG6C"):
        assert "Gareth Huw PRITCHARD" in all_text(demo, form), form
    exported = json.loads(after[after.index('{\n  "urn"') :])
    assert any(p["surname"] == "Pritchard" for p in exported["people"])
    assert "MORGAN" not in after.upper().replace("GLAMORGAN", "")


def test_schedule_numbers_continue_across_submissions_and_are_never_reused(demo: Workspace) -> None:
    store = demo.casefile
    first = [i.number for i in store.load(DEMO_URN).of("mg6c")]
    assert first == [1, 2, 3, 4]
    store.record_submission(DEMO_URN, "ngap")
    sent = store.load(DEMO_URN).of("mg6c")
    assert {i.submission_no for i in sent} == {1}
    store.delete_item(sent[1].id)  # item 2 withdrawn after being served
    added = store.add_item(DEMO_URN, "mg6c", {"description": "CAD printout", "location": "Control room"})
    assert added.number == 5
    unsent = store.add_item(DEMO_URN, "mg6c", {"description": "Draft note", "location": "OIC"})
    store.delete_item(unsent.id)  # never sent: dropped from the schedule, but its number is gone for good
    again = store.add_item(DEMO_URN, "mg6c", {"description": "Scene log", "location": "Cardiff Bay"})
    assert again.number == 7
    second = store.record_submission(DEMO_URN, "ngap")
    assert second.number == 2
    data = store.load(DEMO_URN)
    assert [(i.number, i.submission_no) for i in data.of("mg6c")] == [(1, 1), (3, 1), (4, 1), (5, 2), (7, 2)]
    text = all_text(demo, "MG6C")
    assert "[withdrawn]" in text  # item 2 keeps its number on the schedule
    assert "Draft note" not in text
    # MG6D has its own sequence
    assert [i.number for i in data.of("mg6d")] == [1]


def test_non_disclosable_forms_never_reach_the_defence(demo: Workspace) -> None:
    view = CaseFileView.load(demo, DEMO_URN)
    for key in catalogue(view):
        code = key.partition(":")[0]
        doc = build(view, key, Audience.DEFENCE)
        if FORMS[code].disclosable:
            render_pdf(doc, Audience.DEFENCE)
        else:
            with pytest.raises(DisclosureError, match="police and prosecution only"):
                render_pdf(doc, Audience.DEFENCE)


def test_every_page_carries_the_urn_and_marking_and_police_only_forms_the_banding(demo: Workspace) -> None:
    view = CaseFileView.load(demo, DEMO_URN)
    for key in catalogue(view):
        doc = build(view, key, Audience.CPS)
        pages = pdf_text(render_pdf(doc, Audience.CPS))
        for number, text in enumerate(pages, start=1):
            assert f"URN {DEMO_URN}" in text, (key, number)
            assert doc.marking in text
            assert f"page {number} of {len(pages)}" in text
            assert (NON_DISCLOSABLE in text) is (not doc.disclosable), key
    with pymupdf.open(stream=render_pdf(build(view, "MG6D", Audience.CPS), Audience.CPS), filetype="pdf") as pdf:
        assert pdf.metadata["title"].startswith("MG6D Schedule of relevant sensitive material")
        assert pdf.xref_get_key(pdf.pdf_catalog(), "Lang") == ("string", "en-GB")
        band = [d for d in pdf[0].get_drawings() if d.get("fill") and abs(d["fill"][0] - 0.15) < 0.01]
        squares = [item for d in band for item in d["items"] if item[0] == "re" and item[1].height == 7]
        assert len(squares) > 80  # the chequered band, top and bottom


def test_mg19_copy_for_the_cps_has_the_victims_address_edited_out(demo: Workspace) -> None:
    claim = demo.casefile.load(DEMO_URN).of("compensation")[0]
    police = all_text(demo, f"MG19:{claim.id}", Audience.POLICE)
    cps = all_text(demo, f"MG19:{claim.id}", Audience.CPS)
    assert "14 Ninian Park Road" in police
    assert "14 Ninian Park Road" not in cps
    assert "victim's address has been removed" in cps


def test_restricted_back_page_is_separate_from_the_served_statement(demo: Workspace) -> None:
    statement = demo.casefile.load(DEMO_URN).of("statement")[0]
    front = all_text(demo, f"MG11:{statement.id}", Audience.DEFENCE)
    back = all_text(demo, f"MG11B:{statement.id}", Audience.CPS)
    assert "14 Ninian Park Road" not in front
    assert "14 Ninian Park Road" in back
    assert "21/12/2026" in back  # dates to avoid


def test_values_are_validated_per_field(demo: Workspace) -> None:
    victim = next(p for p in demo.cases.get_case(DEMO_URN).people if p.role is PersonRole.VICTIM)
    with pytest.raises(ValidationError, match="not one of"):
        demo.casefile.set_person_detail(victim.id or 0, "statuses", ["key", "famous"])
    with pytest.raises(ValidationError, match="code O needs details"):
        demo.casefile.set_person_detail(victim.id or 0, "dates_to_avoid", [{"from": "01/12/2026", "code": "O"}])
    with pytest.raises(ValidationError, match="does not exist in the UK"):
        demo.casefile.set_person_detail(victim.id or 0, "arrested_at", "2026-03-29T01:30")
    with pytest.raises(ValidationError, match="already has its CHARGING section"):
        demo.casefile.add_item(DEMO_URN, "charging")


def test_readiness_rules_find_blocking_errors_and_name_the_field(demo: Workspace) -> None:
    view = CaseFileView.load(demo, DEMO_URN)
    assert not [f for f in readiness.check(view, "ngap") if f.blocking]
    store = demo.casefile
    statement = store.load(DEMO_URN).of("statement")[0]
    store.update_item(statement.id, "signed_on", "")
    store.update_item(statement.id, "exhibits", ["SE/1", "SE/99"])
    for item in store.load(DEMO_URN).of("mg6d"):
        store.delete_item(item.id)
    hughes = next(p for p in demo.cases.get_case(DEMO_URN).people if p.surname == "Hughes")
    store.set_person_detail(hughes.id or 0, "statuses", ["key"])
    findings = {f.rule: f for f in readiness.check(CaseFileView.load(demo, DEMO_URN), "ngap")}
    assert findings["statement-signed"].target == f"statement:{statement.id}:signed_on"
    assert "SE/99" in findings["statement-exhibits"].message
    assert findings["ngap-mg6d"].target == "section:mg6:mg6d_nil"
    assert findings["key-witness-mg11"].target == f"person:{hughes.id}:statuses"
    assert all(
        findings[r].blocking for r in ("statement-signed", "statement-exhibits", "ngap-mg6d", "key-witness-mg11")
    )
    store.update_item(store.section(DEMO_URN, "mg6").id, "mg6d_nil", True)
    assert "ngap-mg6d" not in {f.rule for f in readiness.check(CaseFileView.load(demo, DEMO_URN), "ngap")}


def test_case_check_and_forms_render_from_the_command_line(demo: Workspace, tmp_path: Path) -> None:
    env = {**os.environ, "CASEBRIDGE_WORKSPACE": str(demo.location.root)}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "casebridge", *args], capture_output=True, text=True, env=env)

    assert cli("case", "check", DEMO_URN, "--file-type", "ngap").returncode == 0
    statement = demo.casefile.load(DEMO_URN).of("statement")[0]
    demo.casefile.update_item(statement.id, "signed_on", "")
    failed = cli("case", "check", DEMO_URN, "--file-type", "ngap")
    assert failed.returncode == 1
    assert "ERROR    The statement has no signature date. (Amira KHAN)" in failed.stdout
    out = tmp_path / "mg5.pdf"
    assert cli("forms", "render", DEMO_URN, "--form", "MG5", "--out", str(out)).returncode == 0
    assert "Police report (case summary)" in pdf_text(out.read_bytes())[0]
    refused = cli("forms", "render", DEMO_URN, "--form", "MG6D", "--audience", "defence", "--out", str(out))
    assert refused.returncode == 1
    assert "cannot go into a defence-facing output" in refused.stderr
    folder = tmp_path / "defence"
    assert cli("forms", "render", DEMO_URN, "--all", "--audience", "defence", "--out", str(folder)).returncode == 0
    names = sorted(p.stem for p in folder.glob("*.pdf"))
    assert {"MG5", "MG6C"} <= set(names)
    assert not [n for n in names if n.startswith(("MG9", "MG11B", "MG6D", "MG3"))]


def test_places_things_and_events_are_recorded_once_and_drawn_on_by_the_mg5(demo: Workspace) -> None:
    """POLE records: the MG5 gets a timeline, places and property; a sensitive place never shows its address."""
    text = all_text(demo, "MG5", Audience.DEFENCE)
    assert "Timeline" in text
    assert "14/11/2026 21:46 Nisa Local, Queen Street Knife produced; till opened; victim pushed." in text
    assert "112 Queen Street, Cardiff CF10 2GP" in text
    assert "Suspect's home Withheld (sensitive)" in text
    assert "CF24 2EE" not in text
    assert "Kitchen knife" in text
    assert "£340.00" in text
    place = demo.casefile.load(DEMO_URN).of("location")[0]
    assert demo.casefile.update_item(place.id, "postcode", "cf103nP")[1] == "CF10 3NP"
    with pytest.raises(ValidationError, match="not a UK postcode"):
        demo.casefile.update_item(place.id, "postcode", "CF10")
    exported = json.loads(
        subprocess.run(
            [sys.executable, "-m", "casebridge", "case", "export", DEMO_URN],
            capture_output=True,
            text=True,
            env={**os.environ, "CASEBRIDGE_WORKSPACE": str(demo.location.root)},
            check=True,
        ).stdout
    )
    kinds = {item["kind"] for item in exported["case_file"]["items"]}
    assert {"location", "object", "event"} <= kinds
