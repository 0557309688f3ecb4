"""Bundles: one definition, audience variants, stamps and labels on every page, links and bookmarks that land,
media alongside, identical bytes from identical inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from casebridge.app import build_services
from casebridge.bundle.audience import resolve
from casebridge.bundle.build import build_bundle
from casebridge.bundle.definition import BundleDefinition, default_definition
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.domain.view import CaseFileView
from casebridge.errors import ValidationError
from casebridge.forms.document import Audience
from casebridge.workspace import Workspace

PHONE = "07700 900461"  # the victim's number, in her statement AK/1


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    build_demo(build_services(workspace))
    return workspace


def redact(ws: Workspace, reference: str) -> str:
    """Accept and apply every suggestion on an exhibit, as a file-builder would; returns the copy's reference."""
    service = build_services(ws).redaction
    exhibit = ws.exhibits.find_by_reference(DEMO_URN, reference)
    return service.apply(exhibit, service.accept(exhibit, service.suggest(exhibit), approve=True)).copy.reference


@pytest.fixture
def served_demo(demo: Workspace) -> Workspace:
    """The demo with every signed statement that carries withheld details redacted: ready to serve."""
    redact(demo, "AK/1")
    redact(demo, "GHM/1")
    return demo


def text_of(pdf: bytes, pages: range | None = None) -> str:
    flags = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        chosen = pages if pages is not None else range(doc.page_count)
        return " ".join(" ".join(doc[n].get_text(flags=flags).split()) for n in chosen)


def pages_of(bundle: object, key: str) -> range:
    row = next(r for r in bundle.rows if r.key == key)  # type: ignore[attr-defined]
    return range(row.pdf_page - 1, row.pdf_page - 1 + row.pages)


def test_every_page_is_stamped_labelled_and_every_link_and_bookmark_lands(demo: Workspace) -> None:
    bundle = build_bundle(demo, DEMO_URN, Audience.CPS)
    with pymupdf.open(stream=bundle.pdf, filetype="pdf") as doc:
        index_pages = bundle.rows[0].pdf_page - 1
        for row in bundle.rows:
            for offset in range(row.pages):
                page = doc[row.pdf_page - 1 + offset]
                expected = row.refs[offset]
                assert page.get_label() == expected
                bottom = page.get_text("text", clip=pymupdf.Rect(0, page.rect.y1 - 24, page.rect.x1, page.rect.y1))
                assert expected in bottom, f"page {row.pdf_page + offset} lacks its stamp {expected}"
                assert f"URN {DEMO_URN}" in bottom
                assert "CPS" in bottom
        targets = {}
        for number in range(index_pages):
            for link in doc[number].get_links():
                words = doc[number].get_textbox(link["from"]).strip()
                targets[words] = link["page"]
        for row in bundle.rows:
            text = row.first if row.first == row.last else f"{row.first} to {row.last}"
            assert targets[text] == row.pdf_page - 1, f"index link for {row.title}"
        toc = doc.get_toc()
        documents = [entry for entry in toc if entry[0] == 2]
        shown = [(f"{row.title} ({row.first})", row.pdf_page) for row in bundle.rows]  # each shows its page
        assert [(entry[1], entry[2]) for entry in documents] == shown
        assert doc.xref_get_key(doc.pdf_catalog(), "Lang") == ("string", "en-GB")


def test_the_defence_never_receives_restricted_forms_or_unredacted_originals(demo: Workspace) -> None:
    cps_bundle = build_bundle(demo, DEMO_URN, Audience.CPS)
    cps = text_of(cps_bundle.pdf)
    assert "Report to Crown Prosecutor" in cps  # MG3, police/CPS only
    assert PHONE in text_of(cps_bundle.pdf, pages_of(cps_bundle, "AK/1"))  # the original statement
    copy = redact(demo, "AK/1")
    defence = build_bundle(demo, DEMO_URN, Audience.DEFENCE)
    text = text_of(defence.pdf)
    assert "Report to Crown Prosecutor" not in text
    assert "NOT DISCLOSABLE" not in text
    assert PHONE not in text_of(defence.pdf, pages_of(defence, "AK/1"))  # the redacted copy, not the original
    row = next(r for r in defence.rows if r.key == "AK/1")
    assert row.note == f"redacted copy {copy} of the signed statement AK/1; the typed MG11 is not served"
    assert row.served == copy
    assert {left.reason for left in defence.left_out} >= {"police and CPS only section"}


def test_a_planned_redaction_without_a_copy_keeps_the_original_out(demo: Workspace) -> None:
    service = build_services(demo).redaction
    statement = demo.exhibits.find_by_reference(DEMO_URN, "AK/1")
    service.accept(statement, service.suggest(statement))  # marked, not yet approved or applied
    view = CaseFileView.load(demo, DEMO_URN)
    planned = {r.exhibit_id: True for r in demo.redactions.for_case(DEMO_URN)}
    included, left = resolve(default_definition(view), view, Audience.DEFENCE, planned)
    assert "AK/1" not in [item.entry.key for item in included]
    assert any(item.entry.key == "AK/1" and "no verified redacted copy" in item.reason for item in left)
    defence = build_bundle(demo, DEMO_URN, Audience.DEFENCE)
    assert "AK/1" not in [row.key for row in defence.rows]


def test_media_travel_alongside_with_a_placeholder_page_and_the_same_inputs_give_the_same_bytes(
    demo: Workspace, tmp_path: Path
) -> None:
    first = build_bundle(demo, DEMO_URN, Audience.DEFENCE)
    second = build_bundle(demo, DEMO_URN, Audience.DEFENCE)
    assert first.pdf == second.pdf
    assert first.index_json == second.index_json
    cctv = next(r for r in first.rows if r.key == "SE/1")
    exhibit = demo.exhibits.find_by_reference(DEMO_URN, "SE/1")
    assert cctv.media == f"media/SE_1{Path(exhibit.original_name).suffix.lower()}"  # the original file, untouched
    pdf = first.write(tmp_path / "served", "bundle")
    assert (tmp_path / "served" / cctv.media).read_bytes() == demo.vault.path(exhibit.sha256).read_bytes()
    with pymupdf.open(pdf) as doc:
        page = doc[cctv.pdf_page - 1]
        text = " ".join(page.get_text().split())
        assert exhibit.sha256 in text
        assert cctv.media in text
        assert any(link.get("file") == cctv.media for link in page.get_links())
        assert len(page.get_images()) >= 2  # the thumbnail strip
    index = json.loads((tmp_path / "served" / "bundle.json").read_text(encoding="utf-8"))
    assert index["audience"] == "defence"
    assert [d["first"] for d in index["documents"]] == [r.first for r in first.rows]
    assert "SE/1" in (tmp_path / "served" / "bundle.csv").read_text(encoding="utf-8")


def test_a_definition_round_trips_and_refuses_nonsense(demo: Workspace) -> None:
    definition = default_definition(CaseFileView.load(demo, DEMO_URN))
    assert BundleDefinition.from_json(definition.to_json()) == definition
    with pytest.raises(ValidationError, match="does not exist"):
        BundleDefinition(
            definition.sections, (*definition.entries, definition.entries[0].__class__("Z", "form", "MG5", "x"))
        )


def test_after_service_no_reference_moves_and_new_material_is_slotted_in(
    served_demo: Workspace, tmp_path: Path
) -> None:

    demo = served_demo
    service = build_services(demo).bundles
    first, v1 = service.build(DEMO_URN, Audience.DEFENCE)
    demo.bundles.serve(DEMO_URN, "defence")
    photo = tmp_path / "late_photo.png"
    from PIL import Image

    Image.new("RGB", (400, 300), (200, 30, 30)).save(photo)
    build_services(demo).importer.import_paths(DEMO_URN, [photo], producer="Sarah Evans")  # a new exhibit, served late
    second, v2 = service.build(DEMO_URN, Audience.DEFENCE)
    assert v2.number == v1.number + 1
    before = {row.key: row.refs for row in first.rows}
    after = {row.key: row for row in second.rows}
    for key, refs in before.items():
        assert after[key].refs == refs, f"{key} moved after service"
    added = [row for row in second.rows if row.key not in before]
    assert len(added) == 1
    new = added[0]
    assert new.first.endswith("A")  # slotted in after the last exhibit: C-9A, nothing renumbered
    assert new.note.startswith("additional evidence")
    with pymupdf.open(stream=second.pdf, filetype="pdf") as doc:
        assert doc[new.pdf_page - 1].get_label() == new.first
        bottom = doc[new.pdf_page - 1].get_text("text", clip=pymupdf.Rect(0, 800, 600, 842))
        assert new.first in bottom
    changes = service.compare(DEMO_URN, Audience.DEFENCE, v1.number, v2.number)
    # the exhibit list (MG12) now names the new exhibit: a new version in the same pages; the photo is added
    assert [(c.kind, c.key) for c in changes] == [("replaced", "MG12"), ("added", new.key)]


def test_the_command_line_builds_serves_and_compares(served_demo: Workspace, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    demo = served_demo
    env = {**os.environ, "CASEBRIDGE_WORKSPACE": str(demo.location.root)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "casebridge", *args], capture_output=True, text=True, env=env, check=False
        )

    built = run("bundle", "build", DEMO_URN, "--audience", "defence", "--out", str(tmp_path / "v1"), "--json")
    assert built.returncode == 0, built.stderr
    record = json.loads(built.stdout)
    assert Path(record["pdf"]).is_file()
    assert record["version"] == 1
    assert {o["key"] for o in record["left_out"]} >= {"MG3", "MG6"}
    assert run("bundle", "serve", DEMO_URN, "--audience", "defence").returncode == 0
    again = run("bundle", "serve", DEMO_URN, "--audience", "defence", "--version", "1")
    assert again.returncode == 1
    assert "already served" in again.stderr
    second = run("bundle", "build", DEMO_URN, "--audience", "defence", "--out", str(tmp_path / "v2"))
    assert second.returncode == 0, second.stderr
    compared = run("bundle", "diff", str(tmp_path / "v1"), str(tmp_path / "v2"))
    assert compared.returncode == 0
    assert compared.stdout.startswith("0 change(s)")


def test_a_saved_arrangement_is_used_kept_up_to_date_and_can_be_reset(demo: Workspace, tmp_path: Path) -> None:
    from dataclasses import replace

    from casebridge.bundle.build import case_definition
    from casebridge.bundle.definition import arranged

    view = CaseFileView.load(demo, DEMO_URN)
    default = default_definition(view)
    entries = list(default.entries)
    photos = [e for e in entries if e.key in ("SE/2", "SE/3")]
    first, second = entries.index(photos[0]), entries.index(photos[1])
    entries[first], entries[second] = entries[second], entries[first]  # SE/3 before SE/2
    entries = [replace(e, section="A") if e.key == "MG15:4" or e.key.startswith("MG15") else e for e in entries]
    mine = replace(default, entries=tuple(entries), excluded=("SE/4",))
    demo.bundles.save_definition(DEMO_URN, mine.to_json())
    bundle = build_bundle(demo, DEMO_URN, Audience.CPS)
    keys = [row.key for row in bundle.rows]
    assert keys.index("SE/3") < keys.index("SE/2")
    assert "SE/4" not in keys
    assert any(left.entry.key == "SE/4" and "left out" in left.reason for left in bundle.left_out)
    assert next(row for row in bundle.rows if row.key.startswith("MG15")).section == "A"
    from PIL import Image

    late = tmp_path / "late.png"
    Image.new("RGB", (100, 100), (0, 0, 200)).save(late)
    build_services(demo).importer.import_paths(DEMO_URN, [late], producer="Sarah Evans")
    refreshed = case_definition(demo, CaseFileView.load(demo, DEMO_URN))
    added = [e for e in refreshed.entries if e.key not in {x.key for x in mine.entries}]
    assert [e.section for e in added] == ["C"]  # new material appears, in its default section
    assert arranged(mine, default) == arranged(arranged(mine, default), default)
    demo.bundles.save_definition(DEMO_URN, None)
    assert case_definition(demo, CaseFileView.load(demo, DEMO_URN)).excluded == ()
