"""Every occurrence of a value being removed is found and offered up front (issue 21, part 1): a date of birth
found once by its label is also offered where it stands bare — a rotated page, invisible OCR text, a form
XObject — and accept-all then gives a copy that verifies, in which neither the product's check nor an independent
scan of every page, object, outline, attachment and the document information finds it."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.redaction.failed import inspect_document
from casebridge.redaction.verify import check_file
from casebridge.workspace import Workspace
from tests.integration.test_redaction import run_cli
from tests.redaction_fixtures import DOB, hidden_style_pdf, leaks


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    build_demo(build_services(workspace))
    return workspace


def test_a_value_found_once_by_its_label_is_offered_everywhere_and_accept_all_verifies(
    demo: Workspace, tmp_path: Path
) -> None:
    source = tmp_path / "statement_hidden.pdf"
    source.write_bytes(hidden_style_pdf())
    report = build_services(demo).importer.import_paths(DEMO_URN, [source])
    exhibit = demo.exhibits.get(report.outcomes[0].exhibit_id or 0)

    suggested = json.loads(run_cli(demo, "redact", "suggest", DEMO_URN, exhibit.reference, "--json").stdout)
    dates = [s for s in suggested["suggestions"] if s["text"].replace(" ", "") == DOB]
    assert {s["page"] for s in dates} == {1, 2, 3, 4}, dates
    first = next(s for s in dates if s["page"] == 1)
    assert first["detector"] == "pattern:date_of_birth"
    assert all(s["detector"] == "same:pattern:date_of_birth" for s in dates if s["page"] != 1)
    assert all("the same as on page 1" in s["label"] for s in dates if s["page"] != 1)

    made = run_cli(demo, "redact", "apply", DEMO_URN, exhibit.reference, "--accept-all-suggestions", "--json")
    assert made.returncode == 0, made.stdout + made.stderr
    copy = demo.exhibits.find_by_reference(DEMO_URN, json.loads(made.stdout)["redacted"])
    data = demo.vault.path(copy.sha256).read_bytes()
    assert leaks(data, DOB) == []  # pages, document information, XMP, outline, every object and stream
    assert data.count(b"startxref") == 1  # the old revision is gone
    assert check_file(data, "copy", [DOB]) == []
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        assert doc.embfile_count() == 0
        assert inspect_document(doc) == []
        assert all(DOB not in page.get_text() for page in doc)
