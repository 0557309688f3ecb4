"""Redaction that removes, then proves it: planted data in hard places, the real-world corpus, failed
redactions in received files, images, and the whole flow through a workspace and the command line."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from PIL import Image

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.domain.recipe import Mark, Recipe
from casebridge.redaction.failed import inspect_document
from casebridge.redaction.image_apply import apply_image
from casebridge.redaction.pdf_apply import RedactionError, apply_pdf
from casebridge.redaction.service import VerificationFailed
from casebridge.redaction.textmap import PageText
from casebridge.redaction.verify import check_file, verify_image, verify_pdf
from casebridge.workspace import Workspace
from tests.redaction_fixtures import ADDRESS, NAME, SECRET, leaks, planted_pdf

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
FAILED = {
    "rectangles_yes.pdf",
    "rectangles_yes_2.pdf",
    "bad_cross_hatched_redactions.pdf",
    "hidden_text_on_visible_text.pdf",
}


def recipe_for(source: bytes, *needles: str, remove_pages: tuple[int, ...] = ()) -> Recipe:
    recipe = Recipe(hashlib.sha256(source).hexdigest())
    with pymupdf.open(stream=source, filetype="pdf") as doc:
        for number, page in enumerate(doc):
            for needle in needles:
                for quad in page.search_for(needle):
                    mark = Mark(recipe.next_id(), "text", number, "VWC", (tuple(quad),), text=needle, approved_by="t")
                    recipe = recipe.with_mark(mark)
    for number in remove_pages:
        recipe = recipe.with_mark(Mark(recipe.next_id(), "page", number, "SEN", approved_by="t"))
    return recipe


def test_planted_personal_data_comes_out_of_every_hiding_place() -> None:
    source = planted_pdf()
    assert len(leaks(source, SECRET)) >= 10  # page text on every page, metadata, XMP, outline, attachment...
    recipe = recipe_for(source, SECRET, ADDRESS, remove_pages=(6,))
    applied = apply_pdf(source, recipe)
    assert verify_pdf(applied, recipe, source) == []
    assert check_file(applied.data, secrets=[SECRET, ADDRESS]) == []
    assert leaks(applied.data, SECRET) == []  # rotated page, form XObject, OCR layer, white text, annotations...
    assert leaks(applied.data, ADDRESS) == []
    assert leaks(applied.data, "07700900461") == []  # the tel: link went with the text it sat on
    with pymupdf.open(stream=applied.data, filetype="pdf") as out:
        assert out.page_count == 6  # the intelligence page is gone
        assert [t[1] for t in out.get_toc()] == ["Statement"]  # its bookmark and the revealing one too
        assert out.embfile_count() == 0
        assert not any(v for k, v in out.metadata.items() if k not in ("format", "encryption"))
        assert all(not list(p.annots()) and not list(p.widgets()) for p in out)
        assert applied.data.count(b"startxref") == 1
        assert NAME in out[0].get_text()  # what was not marked stays, and stays searchable
        assert "Visible text on page five." in out[4].get_text()
    assert apply_pdf(source, recipe).data == applied.data  # same source + recipe = same bytes


def test_pixels_under_a_mark_on_a_scan_are_removed_not_just_covered() -> None:
    source = planted_pdf()
    recipe = recipe_for(source, SECRET)
    applied = apply_pdf(source, recipe)
    mark = next(m for m in recipe.marks if m.page == 3)
    with pymupdf.open(stream=applied.data, filetype="pdf") as out:
        page = out[3]
        info = page.get_image_info(xrefs=True)[0]
        image_rect = pymupdf.Rect(info["bbox"])
        pix = pymupdf.Pixmap(out, info["xref"])
        pixels = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[..., 0]
    sx, sy = pix.width / image_rect.width, pix.height / image_rect.height
    x0, y0, x1, y1 = mark.rects[0]
    inside = pixels[
        int((y0 - image_rect.y0) * sy) + 1 : int((y1 - image_rect.y0) * sy) - 1,
        int((x0 - image_rect.x0) * sx) + 1 : int((x1 - image_rect.x0) * sx) - 1,
    ]
    assert inside.size > 0
    assert inside.std() < 1.0  # one flat value: the scanned digits are gone from the image itself
    assert (pixels < 128).mean() > 0  # the rest of the scan is still there


@pytest.mark.parametrize("path", sorted((CORPUS / "py-pdf-sample-files").glob("*.pdf")), ids=lambda p: p.name[:40])
def test_every_real_world_pdf_is_redacted_and_verified_or_refused_with_a_reason(path: Path) -> None:
    source = path.read_bytes()
    try:
        doc = pymupdf.open(stream=source, filetype="pdf")
    except pymupdf.FileDataError:
        doc = None
    recipe = Recipe(hashlib.sha256(source).hexdigest())
    if doc is not None and not doc.needs_pass:
        for number, page in enumerate(doc):
            words = page.get_text("words")
            if words:
                rect = pymupdf.Rect(words[len(words) // 2][:4])
            else:
                r = page.rect
                rect = pymupdf.Rect(r.x0 + r.width * 0.3, r.y0 + r.height * 0.3, r.x0 + r.width * 0.6, r.y1 * 0.4)
            rect = pymupdf.Rect(rect.x0 - 1, rect.y0 - 1, rect.x1 + 1, rect.y1 + 1)
            recipe = recipe.with_mark(Mark(recipe.next_id(), "region", number, "TPD", (tuple(rect),), approved_by="t"))
    if doc is None or doc.needs_pass or doc.page_count == 0:
        with pytest.raises(RedactionError, match=r"password|no pages") as refused:
            apply_pdf(source, recipe, name=path.name)
        assert path.name in str(refused.value)
        return
    applied = apply_pdf(source, recipe, name=path.name)
    assert recipe.marks
    problems = verify_pdf(applied, recipe, source)
    assert [p for p in problems if p.blocking] == []  # a box grown past its word may take a neighbour's letter
    with pymupdf.open(stream=applied.data, filetype="pdf") as out:
        for mark in recipe.marks:
            x0, y0, x1, y1 = mark.rects[0]
            left = out[mark.page].get_text("text", clip=pymupdf.Rect(x0 + 1, y0 + 1, x1 - 1, y1 - 1)).strip()
            assert left in ("", "TPD")


@pytest.mark.parametrize("path", sorted((CORPUS / "xray-redaction-cases").glob("*.pdf")), ids=lambda p: p.name)
def test_failed_redactions_in_received_files_are_found_and_the_traps_are_not(path: Path) -> None:
    with pymupdf.open(path) as doc:
        findings = inspect_document(doc)
    if path.name in FAILED:
        assert findings, f"{path.name}: a failed redaction was missed"
        assert all(f.text for f in findings)
    else:
        assert findings == [], f"{path.name}: false alarm {[f.message for f in findings]}"


def test_a_failed_redaction_found_on_import_can_be_made_real() -> None:
    path = CORPUS / "xray-redaction-cases" / "rectangles_yes.pdf"
    source = path.read_bytes()
    with pymupdf.open(stream=source, filetype="pdf") as doc:
        findings = inspect_document(doc)
    recipe = Recipe(hashlib.sha256(source).hexdigest())
    for finding in findings:
        mark = Mark(
            recipe.next_id(),
            "text",
            finding.page,
            "FRX",
            finding.rects,
            text=finding.text,
            source="failed-redaction",
            approved_by="t",
        )
        recipe = recipe.with_mark(mark)
    applied = apply_pdf(source, recipe)
    assert verify_pdf(applied, recipe, source) == []
    assert check_file(applied.data) == []
    assert "did not disclose all relevant" not in pymupdf.open(stream=applied.data, filetype="pdf")[0].get_text()


def test_verification_blocks_a_copy_that_still_leaks() -> None:
    source = planted_pdf()
    recipe = recipe_for(source, SECRET)
    first = recipe.marks[0]  # keep only the first occurrence on page 1: the second still shows the number
    partial = Recipe(recipe.source_sha256, marks=(first,))
    problems = verify_pdf(apply_pdf(source, partial), partial)
    assert any(p.check == "string_found" and SECRET in p.detail for p in problems)


def _photo() -> bytes:
    rng = np.random.default_rng(7)
    picture = Image.fromarray((rng.random((300, 400, 3)) * 255).astype("uint8"))
    exif = Image.Exif()
    exif[0x010F] = "Police camera 12"
    exif[0x8825] = {1: "N", 2: (51.0, 28.0, 59.0)}  # GPS
    out = io.BytesIO()
    picture.save(out, "JPEG", exif=exif, quality=95)
    return out.getvalue()


def test_an_image_is_boxed_pixelated_and_blurred_and_loses_its_metadata() -> None:
    source = _photo()
    assert Image.open(io.BytesIO(source)).getexif()
    recipe = Recipe(hashlib.sha256(source).hexdigest())
    for effect, rect in (("box", (10, 10, 110, 60)), ("pixelate", (150, 50, 300, 200)), ("blur", (20, 150, 140, 290))):
        recipe = recipe.with_mark(Mark(recipe.next_id(), "region", 0, "TPD", (rect,), effect=effect, approved_by="t"))
    applied = apply_image(source, recipe)
    assert verify_image(applied, recipe, source) == []
    out = Image.open(io.BytesIO(applied.data))
    assert not out.getexif()
    assert "exif" not in out.info
    pixels = np.asarray(out.convert("L"), dtype=float)
    assert (pixels[12:58, 12:108] < 60).mean() > 0.75  # the box (with its reason code)
    assert apply_image(source, recipe).data == applied.data
    weak = Recipe(recipe.source_sha256, marks=(Mark("m1", "region", 0, "TPD", ((150, 50, 300, 200),), effect="box"),))
    untouched = apply_image(source, Recipe(recipe.source_sha256))
    assert verify_image(untouched, weak, source)  # a box that is not there is caught


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    build_demo(build_services(workspace))
    return workspace


def test_the_redacted_copy_is_a_verified_sub_exhibit_and_the_original_is_untouched(demo: Workspace) -> None:
    service = build_services(demo).redaction
    statement = demo.exhibits.find_by_reference(DEMO_URN, "AK/1")
    original = demo.vault.path(statement.sha256).read_bytes()
    found = service.suggest(statement)
    labels = {s.label for s in found}
    assert "Phone of Amira Khan (victim)" in labels  # case-aware: her number from the person's details
    with pytest.raises(RedactionError, match="not approved"):
        service.apply(statement, service.accept(statement, found))
    recipe = service.recipe(statement).approved_all("Sgt 1 Reviewer", "2026-11-24T11:00:00+00:00")
    result = service.apply(statement, recipe)
    copy = result.copy
    assert copy.reference == "AK/1/1"
    assert copy.parent_id == statement.id
    assert copy.facts["redacted_from"] == statement.sha256
    assert copy.facts["recipe_sha256"] == recipe.digest
    assert copy.facts["verified"] is True
    assert demo.vault.path(statement.sha256).read_bytes() == original
    assert hashlib.sha256(original).hexdigest() == statement.sha256
    redacted = demo.vault.path(copy.sha256).read_bytes()
    assert leaks(redacted, "07700 900461") == []
    assert service.apply(statement, recipe).reused
    record = demo.redactions.get(statement.id)
    assert record is not None
    assert record.up_to_date
    actions = [e.action for e in demo.exhibits.continuity(statement.id)]
    assert "redaction.recipe_saved" in actions
    assert any(
        "Redacted copy made and verified as AK/1/1" in str(e.after) for e in demo.exhibits.continuity(statement.id)
    )


def test_a_copy_that_fails_verification_is_not_kept(demo: Workspace) -> None:
    service = build_services(demo).redaction
    statement = demo.exhibits.find_by_reference(DEMO_URN, "AK/1")
    recipe = service.recipe(statement)
    # a text mark naming the phone number but placed over an empty corner: the number is still on the page
    bad = Mark("m1", "text", 0, "VWC", ((5, 5, 40, 15),), text="07700 900461", approved_by="t")
    before = len(demo.exhibits.for_case(DEMO_URN))
    with pytest.raises(VerificationFailed, match="failed verification") as failed:
        service.apply(statement, recipe.with_mark(bad))
    assert any(p.check == "string_found" for p in failed.value.problems)
    assert len(demo.exhibits.for_case(DEMO_URN)) == before


def run_cli(ws: Workspace, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casebridge", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "CASEBRIDGE_WORKSPACE": str(ws.location.root)},
        check=False,
    )


def test_the_command_line_suggests_applies_logs_and_verifies(demo: Workspace, tmp_path: Path) -> None:
    suggested = run_cli(demo, "redact", "suggest", DEMO_URN, "AK/1", "--json")
    assert suggested.returncode == 0, suggested.stderr
    suggestions = json.loads(suggested.stdout)["suggestions"]
    assert any(s["detector"] == "case:victim:phone" for s in suggestions)
    applied = run_cli(demo, "redact", "apply", DEMO_URN, "AK/1", "--accept-all-suggestions", "--json")
    assert applied.returncode == 0, applied.stderr
    result = json.loads(applied.stdout)
    assert result["redacted"] == "AK/1/1"
    assert result["verified"] is True
    assert Path(result["path"]).is_file()
    clean = run_cli(demo, "redact", "verify", result["path"])
    assert clean.returncode == 0, clean.stdout
    recipe_file = tmp_path / "recipe.json"
    recipe_file.write_text(run_cli(demo, "redact", "recipe", DEMO_URN, "AK/1").stdout, encoding="utf-8")
    again = run_cli(demo, "redact", "apply", DEMO_URN, "AK/1", "--recipe", str(recipe_file), "--json")
    assert json.loads(again.stdout)["reused"] is True
    log_csv = tmp_path / "log.csv"
    assert run_cli(demo, "redact", "log", DEMO_URN, "--out", str(log_csv)).returncode == 0
    text = log_csv.read_text(encoding="utf-8")
    assert "AK/1,AK/1/1" in text
    assert "07700" not in text  # the log says how a mark was found, never what it removed
    log_pdf = tmp_path / "log.pdf"
    assert run_cli(demo, "redact", "log", DEMO_URN, "--out", str(log_pdf)).returncode == 0
    assert "Redaction log" in pymupdf.open(log_pdf)[0].get_text()
    leaky = run_cli(demo, "redact", "verify", str(CORPUS / "xray-redaction-cases" / "rectangles_yes.pdf"), "--json")
    assert leaky.returncode == 1
    assert any(p["check"] == "failed_redaction" for p in json.loads(leaky.stdout)["problems"])
    refused = run_cli(demo, "redact", "suggest", DEMO_URN, "SE/1")
    assert refused.returncode == 1
    assert "cannot be redacted here" in refused.stderr


def test_failed_redactions_are_flagged_on_import_and_offered_first(demo: Workspace, tmp_path: Path) -> None:
    received = tmp_path / "received_filing.pdf"
    received.write_bytes((CORPUS / "xray-redaction-cases" / "rectangles_yes.pdf").read_bytes())
    report = build_services(demo).importer.import_paths(DEMO_URN, [received])
    exhibit = demo.exhibits.get(report.outcomes[0].exhibit_id or 0)
    assert exhibit.problem is not None
    assert "failed redaction" in exhibit.problem
    assert exhibit.facts["failed_redactions"][0]["page"] == 1
    assert "did not disclose" not in json.dumps(exhibit.facts)  # recorded by place, never by content
    service = build_services(demo).redaction
    found = service.suggest(exhibit)
    assert found[0].detector == "failed-redaction"
    failed = [s for s in found if s.detector == "failed-redaction"]
    recipe = service.accept(exhibit, failed, approve=True)
    copy = service.apply(exhibit, recipe).copy
    assert check_file(demo.vault.path(copy.sha256).read_bytes()) == []


def test_a_mark_that_clips_the_next_line_is_caught_as_over_redaction() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Call 07700 900461 today", fontsize=11)
    page.insert_text((72, 112), "Second line must survive intact", fontsize=11)
    source = doc.tobytes()
    with pymupdf.open(stream=source, filetype="pdf") as opened:
        word = opened[0].search_for(SECRET)[0]
    sloppy = (word.x0, word.y0, word.x1, word.y1 + 2)  # reaches into the tops of the next line's letters
    recipe = Recipe(hashlib.sha256(source).hexdigest(), marks=(Mark("m1", "text", 0, "VWC", (sloppy,), text=SECRET),))
    applied = apply_pdf(source, recipe)
    problems = verify_pdf(applied, recipe, source)
    assert [p.check for p in problems] == ["over_redaction"]
    assert not problems[0].blocking
    assert "Second line" not in pymupdf.open(stream=applied.data, filetype="pdf")[0].get_text()
    # Casebridge's own marks hug the letters (not the font's line box), so the tight second line survives
    with pymupdf.open(stream=source, filetype="pdf") as opened:
        text = PageText.of(opened[0], 0)
    start = text.text.index(SECRET)
    hugging = text.rects_for(start, start + len(SECRET))
    tidy = Recipe(recipe.source_sha256, marks=(Mark("m1", "text", 0, "VWC", hugging, text=SECRET),))
    assert verify_pdf(apply_pdf(source, tidy), tidy, source) == []


def test_an_mg6c_edited_entry_must_name_a_verified_redacted_copy(demo: Workspace) -> None:
    from casebridge import readiness
    from casebridge.domain.view import CaseFileView
    from casebridge.forms.builders import build

    item = demo.casefile.load(DEMO_URN).of("mg6c")[0]
    demo.casefile.update_item(item.id, "edited_exhibit", "AK/1")  # the original: not good enough
    findings = readiness.check(CaseFileView.load(demo, DEMO_URN), "ngap")
    assert any(f.rule == "mg6c-edited-copy" and f.target == f"mg6c:{item.id}:edited_exhibit" for f in findings)
    service = build_services(demo).redaction
    statement = demo.exhibits.find_by_reference(DEMO_URN, "AK/1")
    copy = service.apply(statement, service.accept(statement, service.suggest(statement), approve=True)).copy
    demo.casefile.update_item(item.id, "edited_exhibit", copy.reference)
    view = CaseFileView.load(demo, DEMO_URN)
    assert not any(f.rule == "mg6c-edited-copy" for f in readiness.check(view, "ngap"))
    mg6c = build(view, "MG6C")
    assert any(f"edited copy: {copy.reference}, redaction verified" in row[1] for b in mg6c.blocks for row in b.table)
