"""Served means safe: nothing the case withholds from the defence reaches a bundle.

The demo case, as a file-builder works it: redact the victim's signed statement, build the defence bundle. Every
value the case withholds (what its redactions remove, and the victims' and witnesses' contact details the policy
withholds) is searched for in the bundle as built — independently here, in several spellings — and a planted leak
must stop the build, naming the page.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from casebridge.app import build_services
from casebridge.bundle.build import build_bundle
from casebridge.bundle.definition import default_definition
from casebridge.bundle.service import LeaksFound
from casebridge.demo.builder import DEMO_URN
from casebridge.disclosure.forms import form_pdf
from casebridge.disclosure.scan import scan_pdf
from casebridge.disclosure.withheld import Withheld, literal_term, withheld
from casebridge.domain.view import CaseFileView
from casebridge.forms.document import Audience
from casebridge.workspace import Workspace
from tests.integration.test_bundle import demo, redact, served_demo

__all__ = ["demo", "served_demo"]  # fixtures shared with the bundle tests

# The demo's withheld details (resources/redaction/policy.json, stage "served"), as a reader could search for them.
VICTIM = ["07700 900461", "07700900461", "+44 7700 900461", "14 Ninian Park Road", "CF10 5BT", "CF105BT", "02/08/1994"]
WITNESS = ["07700 900118", "07700900118", "27 Churchill Way", "CF10 2HE", "CF102HE", "30/01/1979"]


def everything_readable(pdf: bytes) -> str:
    """What anyone can read from the file without rendering it: every page's text (ligatures spelt out, hidden
    layers and text outside the page included), annotations, bookmarks and the document information."""
    flags = (pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES) & ~pymupdf.TEXT_MEDIABOX_CLIP
    parts = []
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            parts.append(page.get_text("text", flags=flags))
            parts.extend(str(annot.info) for annot in page.annots() or [])
        parts.extend(str(entry[1]) for entry in doc.get_toc())
        parts.append(json.dumps(doc.metadata))
    return " ".join(" ".join(parts).split())


def test_one_version_of_each_statement_is_served_and_the_index_says_which(demo: Workspace) -> None:
    view = CaseFileView.load(demo, DEMO_URN)
    definition = default_definition(view)
    statements = [e for e in definition.entries if e.section == "B"]
    assert [(e.kind, e.key) for e in statements] == [("exhibit", "AK/1"), ("exhibit", "GHM/1"), ("exhibit", "SE/6")]
    assert all("the typed MG11 is not served" in e.note for e in statements)
    assert not [e for e in definition.entries if e.key.startswith("MG11:")]  # the typed versions are not served
    assert [e.key for e in definition.entries].count("AK/1") == 1  # not again among the exhibits
    # a statement naming no signed copy, whose witness produced two statement documents, keeps its typed MG11
    statement = next(s for s in view.file.of("statement") if view.name(s.person_id).endswith("KHAN"))
    demo.casefile.update_item(statement.id, "signed_copy", "SE/2")
    named = default_definition(CaseFileView.load(demo, DEMO_URN))
    assert next(e for e in named.entries if e.section == "B").key == "SE/2"  # the statement's own choice wins


def test_the_victims_details_reach_no_page_and_the_witness_statement_stops_the_build(demo: Workspace) -> None:
    redact(demo, "AK/1")
    bundle = build_bundle(demo, DEMO_URN, Audience.DEFENCE)
    readable = everything_readable(bundle.pdf)
    assert not [value for value in VICTIM if value in readable]  # B-1 was the typed MG11 with her mobile
    assert {leak.document for leak in bundle.leaks} == {"GHM/1"}  # his signed statement, not yet redacted
    assert {leak.what for leak in bundle.leaks} >= {"Phone of Gareth Huw Morgan (witness)"}
    assert {leak.label for leak in bundle.leaks} == {"B-2"}
    events_before = len(demo.cases.history(DEMO_URN))
    with pytest.raises(LeaksFound, match=r"was not made: it carries 5 withheld value\(s\): page B-2 \(GHM/1\)") as stop:
        build_services(demo).bundles.build(DEMO_URN, Audience.DEFENCE)
    assert [leak.text for leak in stop.value.bundle.leaks if leak.what.startswith("Phone")] == ["07700 900118"]
    assert demo.bundles.versions(DEMO_URN, "defence") == []  # nothing recorded: nothing can be served
    blocked = [e for e in demo.cases.history(DEMO_URN)[events_before:] if e.action == "bundle.blocked"]
    assert len(blocked) == 1
    assert "07700" not in json.dumps(blocked[0].__dict__)  # the audit log says where, never the value


def test_with_the_statements_redacted_the_defence_bundle_carries_no_withheld_detail(served_demo: Workspace) -> None:
    bundle, version = build_services(served_demo).bundles.build(DEMO_URN, Audience.DEFENCE)
    assert bundle.leaks == []
    assert bundle.withheld > 10  # the scan looked for something
    readable = everything_readable(bundle.pdf)
    assert not [value for value in VICTIM + WITNESS if value in readable]
    assert [row.served for row in bundle.rows if row.section == "B"] == ["AK/1/1", "GHM/1/1", "SE/6"]
    cps, _ = build_services(served_demo).bundles.build(DEMO_URN, Audience.CPS)  # the CPS gets the originals
    assert "07700 900461" in everything_readable(cps.pdf)
    assert version.number == 1


def test_a_generated_form_carries_the_cases_redaction_decisions(demo: Workspace) -> None:
    view = CaseFileView.load(demo, DEMO_URN)
    victim = next(s for s in view.file.of("statement") if view.name(s.person_id).endswith("KHAN"))
    key = f"MG11:{victim.id}"
    before = everything_readable(form_pdf(demo, view, key, Audience.DEFENCE))
    assert "07700 900461" in before  # no decision yet: the scan, not this, stops it
    redact(demo, "AK/1")
    view = CaseFileView.load(demo, DEMO_URN)
    decided = [w for w in withheld(demo, view, Audience.DEFENCE) if w.decided]
    # her contact details (the case's policy) and her GP, named only in her statement (a third party)
    assert {w.what for w in decided} == {"07700 900461", "CF10 2GP", "Patel", "Butetown Health Centre"}
    after = form_pdf(demo, view, key, Audience.DEFENCE)
    text = everything_readable(after)
    assert "07700 900461" not in text
    assert "CF10 2GP" not in text
    assert "Butetown Health Centre" not in text
    assert "till" in text  # the rest of her statement is still there
    assert "07700 900461" in everything_readable(form_pdf(demo, view, key, Audience.CPS))
    assert withheld(demo, view, Audience.CPS) == []


def test_a_withheld_value_typed_into_the_mg5_stops_the_build_naming_the_page(
    served_demo: Workspace, tmp_path: Path
) -> None:
    mg5 = served_demo.casefile.section(DEMO_URN, "mg5")
    served_demo.casefile.update_item(
        mg5.id, "key_witnesses", f"{mg5.get('key_witnesses')} Ms Khan (born 2 August 1994) works evenings."
    )
    env = {**os.environ, "CASEBRIDGE_WORKSPACE": str(served_demo.location.root)}
    out = tmp_path / "served"
    done = subprocess.run(
        [sys.executable, "-m", "casebridge", "bundle", "build", DEMO_URN, "--audience", "defence", "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert "bundle NOT MADE: 1 withheld value(s) found; nothing was written" in done.stdout
    assert re.search(r"page A-\d+ \(MG5\): Date of birth of Amira Khan \(victim\) “2 August 1994”", done.stdout)
    assert not out.exists()
    as_json = subprocess.run(
        [sys.executable, "-m", "casebridge", "bundle", "build", DEMO_URN, "--out", str(out), "--json"],
        capture_output=True,
        text=True,
        env={**env},
        check=False,
    )
    assert as_json.returncode == 0  # the CPS may see everything: nothing is withheld from them
    blocked = subprocess.run(
        [
            sys.executable,
            "-m",
            "casebridge",
            "bundle",
            "build",
            DEMO_URN,
            "--audience",
            "defence",
            "--out",
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    record = json.loads(blocked.stdout)
    assert record["blocked"] is True
    assert record["leaks"][0]["document"] == "MG5"


def test_the_scan_reads_what_an_attacker_reads(tmp_path: Path) -> None:
    phone = literal_term("07700 900118", "VWC", "Phone of a witness")
    postcode = literal_term("CF10 2HE", "VWC", "Postcode of a witness")
    office = literal_term("Cardiff Office", "TPD", "A place")
    assert phone is not None
    assert postcode is not None
    assert office is not None
    assert literal_term("12", "VWC", "too short") is None
    items = [Withheld(t, t.label, "test", True) for t in (phone, postcode, office)]
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Nothing to see here.", fontsize=11)
    page.insert_text((72, 100), "call 07700900118", fontsize=11, render_mode=3)  # invisible, as an OCR layer
    page.insert_text((72, 2000), "cf10 2he", fontsize=11)  # below the visible page
    page.add_text_annot((100, 100), "the Cardiﬀ  office")  # a ligature and a line of spacing
    doc.set_toc([[1, "Witness at CF102HE", 1]])
    doc.set_metadata({"subject": "+44 (0) 7700 900 118"})
    leaks = scan_pdf(doc.tobytes(), items)
    found = {(leak.where, leak.what) for leak in leaks}
    assert found == {
        ("page", "Phone of a witness"),
        ("page", "Postcode of a witness"),
        ("annotation", "A place"),
        ("bookmark", "Postcode of a witness"),
        ("document information", "Phone of a witness"),
    }
    assert all(leak.page == 1 for leak in leaks if leak.where in ("page", "annotation"))
