"""Court-ready bundles (issue 22): the profiles' own sections and numbering, checked independently with pikepdf;
the pre-flight catching each planted fault; splitting under a size limit; serving blocked on errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pymupdf
import pytest

from casebridge.app import build_services
from casebridge.bundle.build import Bundle, build_bundle
from casebridge.bundle.preflight import Finding, check_bundle, errors
from casebridge.bundle.profiles import profile
from casebridge.bundle.service import PreflightFailed
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.forms.document import Audience
from casebridge.workspace import Workspace
from tests.integration.test_bundle import redact, text_of


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    from casebridge.app import open_workspace

    ws = open_workspace(tmp_path_factory.mktemp("profiles"))
    build_demo(build_services(ws))
    redact(ws, "AK/1")
    redact(ws, "GHM/1")
    return ws


@pytest.fixture(scope="module")
def bundles(demo: Workspace) -> dict[str, Bundle]:
    return {
        name: build_bundle(demo, DEMO_URN, Audience.DEFENCE, profile=profile(name))
        for name in ("classic", "dcs", "ebundle", "jury")
    }


def _sections(bundle: Bundle) -> dict[str, str]:
    return {row.key: row.section for row in bundle.rows}


def test_the_dcs_profile_uses_the_courts_letters(bundles: dict[str, Bundle]) -> None:
    dcs = bundles["dcs"]
    sections = _sections(dcs)
    assert {sections[key] for key in ("SE/1", "SE/2", "SE/3", "SE/4", "SE/5")} == {"J"}  # exhibits under J
    assert sections["MG15:4"] == "K"  # the interview record under K
    assert sections["MG6C"] == "UND1"  # the unused schedule between J and K
    order = [s.code for s in profile("dcs").sections]
    assert order.index("J") < order.index("UND1") < order.index("UND2") < order.index("K")
    assert all(row.first.startswith(f"{row.section}-") for row in dcs.rows)  # J-1, K-1…
    assert "POL" not in set(sections.values())  # the police and CPS only section never reaches the court
    assert errors(dcs.findings) == []


def test_the_ebundle_numbers_every_page_as_the_pdf_does_and_bookmarks_show_pages(bundles: dict[str, Bundle]) -> None:
    bundle = bundles["ebundle"]
    with pymupdf.open(stream=bundle.pdf, filetype="pdf") as doc:
        for number in range(doc.page_count):
            assert doc[number].get_label() == str(number + 1)  # index included: page 1 is the index
            bottom = doc[number].get_text("text", clip=pymupdf.Rect(0, doc[number].rect.y1 - 30, 600, 900))
            assert f"Page {number + 1}" in bottom
    for row in bundle.rows:
        assert row.first == str(row.pdf_page)
    # independently, with pikepdf (qpdf): labels, outline destinations and titles, links, the opening view
    with pikepdf.open(io.BytesIO(bundle.pdf)) as pdf:
        pages = {page.obj.objgen: n for n, page in enumerate(pdf.pages)}
        labels = pdf.Root.PageLabels.Nums
        assert len(labels) == 2
        assert int(labels[0]) == 0
        assert labels[1].S == pikepdf.Name.D
        assert int(labels[1].get("/St", 1)) == 1
        with pdf.open_outline() as outline:
            items = list(_walk(outline.root))
        assert items
        for title, destination in items:
            number = pages[destination[0].objgen] + 1
            assert title.endswith(f"(p. {number})"), title
        open_action = pdf.Root.OpenAction
        assert pages[open_action[0].objgen] == 0
        assert open_action[1] == pikepdf.Name.XYZ
        assert float(open_action[4]) == 1.0
        for n, page in enumerate(pdf.pages):
            for annot in page.get("/Annots", []):
                if annot.get("/Subtype") != pikepdf.Name.Link:
                    continue
                target = annot.get("/Dest") or (annot.A.get("/D") if "/A" in annot else None)
                if target is not None and annot.A.get("/S") != pikepdf.Name.GoToR if "/A" in annot else True:
                    assert target[0].objgen in pages, f"a link on page {n + 1} lands outside the file"
    assert errors(bundle.findings) == []


def _walk(items: list[pikepdf.OutlineItem]) -> list[tuple[str, pikepdf.Array]]:
    found: list[tuple[str, pikepdf.Array]] = []
    for item in items:
        target = item.destination if item.destination is not None else item.action.D  # /Dest or a GoTo /A
        found.append((str(item.title), target))
        found += _walk(item.children)
    return found


def test_the_jury_bundle_holds_only_exhibits_and_interviews(bundles: dict[str, Bundle]) -> None:
    jury = bundles["jury"]
    keys = [row.key for row in jury.rows]
    assert keys[:5] == ["SE/1", "SE/2", "SE/3", "SE/4", "SE/5"]
    assert keys[5:] == ["MG15:4"]
    assert not any(key.startswith(("AK/", "GHM/", "MG11", "MG5", "MG6")) for key in keys)
    assert jury.audience is Audience.DEFENCE
    assert errors(jury.findings) == []


def test_classic_keeps_its_letters(bundles: dict[str, Bundle]) -> None:
    sections = _sections(bundles["classic"])
    assert sections["SE/1"] == "C"
    assert sections["MG15:4"] == "D"


# ----- the pre-flight, one planted fault per fixture -----
def _edit(data: bytes, change: Callable[[pymupdf.Document], None]) -> bytes:
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        change(doc)
        out: bytes = doc.tobytes(garbage=1)
    return out


def _body_page(bundle: Bundle) -> int:
    return bundle.rows[0].pdf_page - 1


def _numbering(doc: pymupdf.Document) -> None:
    doc.set_page_labels([{"startpage": 0, "prefix": "", "style": "D", "firstpagenum": 2}])


def _bookmark_without_page(doc: pymupdf.Document) -> None:
    toc = doc.get_toc()
    toc[2][1] = "A document with no page number"
    doc.set_toc(toc)


def _no_bookmarks(doc: pymupdf.Document) -> None:
    doc.set_toc([])


def _dangling_link(doc: pymupdf.Document) -> None:
    page = doc[0]
    annot = doc.get_new_xref()
    doc.update_object(annot, "<</Type/Annot/Subtype/Link/Rect[10 10 40 20]/Border[0 0 0]/Dest[9999 0 R/XYZ 0 0 0]>>")
    kind, value = doc.xref_get_key(page.xref, "Annots")
    existing = value.strip("[]") if kind == "array" else ""
    doc.xref_set_key(page.xref, "Annots", f"[{existing} {annot} 0 R]")


def _launch(doc: pymupdf.Document) -> None:
    doc[0].insert_link({"kind": pymupdf.LINK_LAUNCH, "from": pymupdf.Rect(10, 10, 40, 20), "file": "C:/x.exe"})


def _picture_without_text(doc: pymupdf.Document) -> None:
    page = doc.new_page(-1)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 300, 400), False)
    pix.set_rect(pix.irect, (230, 230, 230))
    page.insert_image(page.rect, pixmap=pix)
    _relabel(doc)


def _sideways(doc: pymupdf.Document) -> None:
    page = doc.new_page(-1)
    for n in range(12):
        page.insert_text((100 + 20 * n, 700), "This statement runs up the page sideways", rotate=90, fontsize=11)
    _relabel(doc)


def _relabel(doc: pymupdf.Document) -> None:
    """An added page numbered like the rest (so only the planted fault is found)."""
    doc.set_page_labels([{"startpage": 0, "prefix": "", "style": "D", "firstpagenum": 1}])
    page = doc[-1]
    page.insert_text((page.rect.x1 - 80, page.rect.y1 - 12), f"Page {doc.page_count}", fontsize=8, fontname="helv")
    toc = doc.get_toc()
    doc.set_toc([*toc, [2, f"Added (p. {doc.page_count})", doc.page_count]])


def _no_view(doc: pymupdf.Document) -> None:
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction", "null")


def _high_resolution(doc: pymupdf.Document) -> None:
    page = doc.new_page(-1)
    _relabel(doc)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 1200, 1200), False)
    pix.set_rect(pix.irect, (200, 30, 30))
    page.insert_image(pymupdf.Rect(50, 50, 194, 194), pixmap=pix)  # 2 inches: 600 dpi


def _unembedded_font(doc: pymupdf.Document) -> None:
    page = doc[-1]
    font = doc.get_new_xref()
    doc.update_object(font, "<</Type/Font/Subtype/TrueType/BaseFont/Arial/Encoding/WinAnsiEncoding>>")
    doc.xref_set_key(page.xref, "Resources/Font/FArial", f"{font} 0 R")
    stream = doc.get_new_xref()
    doc.update_object(stream, "<<>>")
    doc.update_stream(stream, b"BT /FArial 9 Tf 60 60 Td (Arial text) Tj ET")
    contents = " ".join(f"{x} 0 R" for x in [*page.get_contents(), stream])
    doc.xref_set_key(page.xref, "Contents", f"[{contents}]")


def _javascript(doc: pymupdf.Document) -> None:
    action = doc.get_new_xref()
    doc.update_object(action, "<</S/JavaScript/JS(app.alert\\(1\\))>>")
    doc.xref_set_key(doc.pdf_catalog(), "AA", f"<</WC {action} 0 R>>")


def _attachment(doc: pymupdf.Document) -> None:
    doc.embfile_add("notes.txt", b"not for the court")


def _failed_redaction(doc: pymupdf.Document) -> None:
    page = doc[-1]
    page.insert_text((72, 300), "Witness mobile 07700 900123 at home", fontsize=12)
    page.draw_rect(pymupdf.Rect(60, 285, 320, 305), color=(0, 0, 0), fill=(0, 0, 0))


FAULTS: dict[str, tuple[Callable[[pymupdf.Document], None], set[str]]] = {
    # every bookmark then shows a page number its page no longer carries: found too
    "numbering that starts at 2": (_numbering, {"numbering", "bookmarks"}),
    "a bookmark without its page": (_bookmark_without_page, {"bookmarks"}),
    "no bookmarks": (_no_bookmarks, {"bookmarks"}),
    "a link to a page that is not there": (_dangling_link, {"links"}),
    "a link that launches a program": (_launch, {"active"}),
    "a scanned page without text": (_picture_without_text, {"text"}),
    "a page shown sideways": (_sideways, {"orientation"}),
    "no 100 % opening view": (_no_view, {"view"}),
    "a picture at 600 dpi": (_high_resolution, {"resolution"}),
    "a font that is not embedded": (_unembedded_font, {"fonts"}),
    "JavaScript": (_javascript, {"active"}),
    "an attached file": (_attachment, {"active"}),
    "a failed redaction (text under a box)": (_failed_redaction, {"redaction"}),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_the_preflight_catches_each_planted_fault(bundles: dict[str, Bundle], fault: str) -> None:
    bundle = bundles["ebundle"]
    assert errors(check_bundle(bundle.pdf, profile("ebundle"))) == []  # the bundle as built is clean
    change, checks = FAULTS[fault]
    found = errors(check_bundle(_edit(bundle.pdf, change), profile("ebundle")))
    assert found, f"{fault}: nothing found"
    assert {f.check for f in found} == checks, [f.line() for f in found]


def test_the_preflight_checks_size_sections_and_the_jury(bundles: dict[str, Bundle]) -> None:
    bundle = bundles["ebundle"]
    over = errors(check_bundle(bundle.pdf, profile("ebundle"), max_part_mb=0.1))
    assert [f.check for f in over] == ["size"]
    index = json.loads(bundle.index_json)
    index["documents"][0]["section"] = "F"  # police and CPS only, in a defence bundle
    restricted = errors(check_bundle(bundle.pdf, profile("ebundle"), json.dumps(index)))
    assert [f.check for f in restricted] == ["sections"]
    jury = bundles["jury"]
    index = json.loads(jury.index_json)
    index["documents"].append({**index["documents"][0], "key": "MG11:3", "title": "MG11 Witness statement"})
    findings = errors(check_bundle(jury.pdf, profile("jury"), json.dumps(index)))
    assert [f.check for f in findings if f.check == "sections"] == ["sections"]


def test_a_split_bundle_keeps_documents_whole_and_the_index_names_their_parts(demo: Workspace) -> None:
    bundle = build_bundle(demo, DEMO_URN, Audience.DEFENCE, profile=profile("ebundle"), max_part_mb=0.5)
    assert len(bundle.parts) > 1
    index = json.loads(bundle.index_json)
    assert all(document["part"] >= 1 for document in index["documents"])
    assert [p["part"] for p in index["parts"]] == list(range(1, len(bundle.parts) + 1))
    first_pages: dict[int, int] = {}
    for document in index["documents"]:
        first_pages.setdefault(document["part"], document["pdf_page"])
    total = 0
    for number, data in enumerate(bundle.parts, 1):
        with pymupdf.open(stream=data, filetype="pdf") as part:
            mine = [d for d in index["documents"] if d["part"] == number]
            start = 1 if number == 1 else mine[0]["pdf_page"]
            assert part[0].get_label() == str(start)  # the bundle's page numbers run on across parts
            assert part.page_count == mine[-1]["pdf_page"] + mine[-1]["pages"] - start
            total += part.page_count
            lone = len(mine) == 1
            assert len(data) <= 500_000 or lone, f"part {number} is {len(data)} bytes with {len(mine)} documents"
    with pymupdf.open(stream=bundle.pdf, filetype="pdf") as whole:
        assert total == whole.page_count
    with pymupdf.open(stream=bundle.parts[0], filetype="pdf") as first:
        files = {link.get("file") for n in range(2) for link in first[n].get_links() if link.get("file")}
        assert files == {f"{bundle.part_prefix}-part{n}.pdf" for n in range(2, len(bundle.parts) + 1)}
        assert "Part 2" in text_of(bundle.parts[0], range(2))
    assert errors(bundle.findings) == [f for f in bundle.findings if f.check == "size"]


def test_the_command_line_builds_each_profile_checks_and_refuses_to_serve_errors(
    demo: Workspace, tmp_path: Path
) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "casebridge", *args, "--workspace", str(demo.location.root)],
            capture_output=True,
            text=True,
            timeout=300,
        )

    built = run(
        "bundle", "build", DEMO_URN, "--audience", "defence", "--profile", "dcs", "--out", str(tmp_path), "--json"
    )
    assert built.returncode == 0, built.stderr
    made = json.loads(built.stdout)
    assert made["profile"] == "dcs"
    assert not [f for f in made["preflight"] if f["severity"] == "error"]
    checked = run("bundle", "check", made["pdf"], "--profile", "dcs")
    assert checked.returncode == 0, checked.stdout
    assert "0 error(s)" in checked.stdout
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(_edit(Path(made["pdf"]).read_bytes(), _no_view))
    failed = run("bundle", "check", str(broken), "--profile", "dcs", "--json")
    assert failed.returncode == 1
    assert [f["check"] for f in json.loads(failed.stdout)["findings"] if f["severity"] == "error"] == ["view"]
    assert run("bundle", "serve", DEMO_URN, "--audience", "defence", "--profile", "dcs").returncode == 0

    over = run("bundle", "build", DEMO_URN, "--audience", "defence", "--profile", "ebundle", "--max-part-mb", "0.05",
               "--out", str(tmp_path / "small"))  # fmt: skip
    assert over.returncode == 0, over.stderr
    assert "ERROR   size" in over.stdout
    refused = run("bundle", "serve", DEMO_URN, "--audience", "defence", "--profile", "ebundle")
    assert refused.returncode != 0
    assert "cannot be served" in refused.stderr


def test_serving_is_refused_while_the_preflight_finds_errors(demo: Workspace) -> None:
    services = build_services(demo)
    services.bundles.build(DEMO_URN, Audience.DEFENCE, "jury", max_part_mb=0.01)
    with pytest.raises(PreflightFailed, match="size"):
        services.bundles.serve(DEMO_URN, Audience.DEFENCE, profile="jury")


def test_findings_read_as_lines() -> None:
    finding = Finding("view", "error", "does not open at 100 %", None, 2)
    assert finding.line() == "ERROR   view        part 2 does not open at 100 %"


def test_a_recordings_timed_transcript_goes_to_the_transcripts_section(workspace: Workspace) -> None:
    """The 999 call transcribed with the checked speech model: its timed PDF is in K (DCS), D (e-bundle) and 2
    (jury), after what is there already, linked from the index like any document."""
    services = build_services(workspace)
    build_demo(services)
    call = workspace.exhibits.find_by_reference(DEMO_URN, "SE/5")
    services.transcripts.transcribe(call)
    for name, section in (("dcs", "K"), ("ebundle", "D"), ("jury", "2")):
        bundle = build_bundle(workspace, DEMO_URN, Audience.CPS, profile=profile(name))
        rows = [row for row in bundle.rows if row.key == "SE/5:transcript"]
        assert len(rows) == 1, name
        row = rows[0]
        assert row.section == section
        same = [r for r in bundle.rows if r.section == section]
        assert same[-1] is row  # after the interview record
        assert "SE/5" in text_of(bundle.pdf, range(row.pdf_page - 1, row.pdf_page))
        assert errors(bundle.findings) == []


def test_every_redacted_copy_is_verified_again_as_it_sits_in_the_bundle(
    demo: Workspace, bundles: dict[str, Bundle]
) -> None:
    """The pre-flight's `redaction` check: each redacted copy's pages taken out of the bundle as built and held to
    the copy's recipe again. Clean as built; a removed value written back onto the copy's page (outside any box),
    and a word written under a box, are each found on that copy and nothing else."""
    from casebridge.bundle.reverify import reverify

    bundle = bundles["dcs"]
    copies = {
        row.key: demo.exhibits.find_by_reference(DEMO_URN, row.served)
        for row in bundle.rows
        if row.served and row.served != row.key
    }
    assert copies  # AK/1 and GHM/1 go as their redacted copies
    redacted = [e for e in copies.values() if e is not None and "redacted_from" in e.facts]
    assert redacted
    assert all(f.check != "redaction" for f in bundle.findings)
    assert reverify(demo, bundle.pdf, bundle.rows, copies) == []
    row = next(r for r in bundle.rows if r.key == "AK/1")
    copy = copies["AK/1"]
    assert copy is not None
    recipe = demo.redactions.get(copy.parent_id or 0)
    assert recipe is not None
    text_mark = next(m for m in recipe.recipe.marks if m.kind == "text" and len(m.text) >= 4)  # type: ignore[union-attr]
    with pymupdf.open(stream=bundle.pdf, filetype="pdf") as doc:
        page = doc[row.pdf_page - 1 + text_mark.page]
        page.insert_text((40, 30), text_mark.text, fontsize=9)  # the value back, in the top margin
        written_back = doc.tobytes()
    found = reverify(demo, written_back, bundle.rows, copies)
    assert found
    assert all(f.check == "redaction" and f.severity == "error" for f in found)
    assert any(text_mark.text.casefold() in f.message.casefold() and "AK/1" in f.message for f in found), found
    box = pymupdf.Rect(text_mark.rects[0])
    with pymupdf.open(stream=bundle.pdf, filetype="pdf") as doc:
        page = doc[row.pdf_page - 1 + text_mark.page]
        page.insert_text((box.x0 + 1, box.y1 - 2), "Xq", fontsize=6, render_mode=3)  # invisible, under the box
        under = doc.tobytes()
    found = reverify(demo, under, bundle.rows, copies)
    assert any("under mark" in f.message for f in found), [f.message for f in found]


def test_a_recordings_page_shows_the_moments_a_user_marked(tmp_path: Path) -> None:
    """Stills taken from a video are the moments marked on it: its bundle page shows the frame at each (taken from
    the file as served), captioned with the time and the still's reference; without any, four thumbnails."""
    from casebridge.app import open_workspace
    from casebridge.evidence.stills import save_still

    ws = open_workspace(tmp_path / "ws")
    build_demo(build_services(ws))
    video = next(e for e in ws.exhibits.for_case(DEMO_URN) if e.kind == "video" and e.parent_id is None)
    before = build_bundle(ws, DEMO_URN, Audience.CPS, profile=profile("dcs"))
    row = next(r for r in before.rows if r.key == video.reference)
    with pymupdf.open(stream=before.pdf, filetype="pdf") as doc:
        page = doc[row.pdf_page - 1]
        assert len(page.get_images()) == 4
        assert "Key moments" not in page.get_text()
    stills = [save_still(ws, video, ms) for ms in (1500, 400)]
    after = build_bundle(ws, DEMO_URN, Audience.CPS, profile=profile("dcs"))
    row = next(r for r in after.rows if r.key == video.reference)
    with pymupdf.open(stream=after.pdf, filetype="pdf") as doc:
        page = doc[row.pdf_page - 1]
        text = " ".join(page.get_text().split())
        assert len(page.get_images()) == 2
        assert "Key moments" in text
        times = [str(s.facts["timecode"]) for s in sorted(stills, key=lambda s: int(s.facts["time_ms"]))]
        assert text.index(times[0]) < text.index(times[1])  # in time order
        assert all(s.reference in text for s in stills)


def test_dcs_partitions_keep_each_defendants_documents_to_that_defendant(tmp_path: Path) -> None:
    """DCS sections C (basis of plea) and D (defence statement) are kept per defendant: a defence bundle built for
    one defendant carries their documents there and not the co-defendant's; with two defendants and none chosen,
    neither; the CPS sees both. The index says whose partition each is, and the pre-flight finds a row of the
    wrong partition."""
    import dataclasses

    from casebridge.app import open_workspace
    from casebridge.bundle.definition import default_definition
    from casebridge.bundle.service import track
    from casebridge.domain.case import Person, PersonRole
    from casebridge.domain.view import CaseFileView, full_name

    ws = open_workspace(tmp_path / "ws")
    services = build_services(ws)
    build_demo(services)
    redact(ws, "AK/1")
    redact(ws, "GHM/1")
    ws.cases.add_person(DEMO_URN, Person(PersonRole.SUSPECT, surname="Okafor", forenames="Dami"))
    view = CaseFileView.load(ws, DEMO_URN)
    first, second = (full_name(p) for p in view.defendants)
    definition = default_definition(view, profile("dcs"))
    exhibits = [e for e in definition.entries if e.kind == "exhibit" and e.section == "J"][:4]
    owners = {exhibits[0].key: first, exhibits[1].key: second}
    disclosed = {exhibits[2].key: "", exhibits[3].key: second}  # UND2: unassigned goes to both, assigned to one
    moved = tuple(
        dataclasses.replace(e, section="D", defendant=owners[e.key])
        if e.key in owners
        else dataclasses.replace(e, section="UND2", defendant=disclosed[e.key])
        if e.key in disclosed
        else e
        for e in definition.entries
    )
    ws.bundles.save_definition(DEMO_URN, dataclasses.replace(definition, entries=moved).to_json())

    def keys(bundle: Bundle, section: str) -> set[str]:
        return {row.key for row in bundle.rows if row.section == section}

    mine, _ = services.bundles.build(DEMO_URN, Audience.DEFENCE, "dcs", defendant=first.split()[-1].lower())
    assert mine.defendant == first
    assert keys(mine, "D") == {exhibits[0].key}
    assert keys(mine, "UND2") == {exhibits[2].key}
    assert any(o.entry.key == exhibits[1].key and "another defendant" in o.reason for o in mine.left_out)
    assert json.loads(mine.index_json)["defendant"] == first
    assert errors(mine.findings) == []
    theirs, version = services.bundles.build(DEMO_URN, Audience.DEFENCE, "dcs", defendant=second)
    assert keys(theirs, "D") == {exhibits[1].key}
    assert keys(theirs, "UND2") == {exhibits[2].key, exhibits[3].key}
    assert version.number == 1  # each defendant's bundles are versioned on their own
    assert track(Audience.DEFENCE, "dcs", second) == "defence+dcs+dami-okafor"
    neither = build_bundle(ws, DEMO_URN, Audience.DEFENCE, profile=profile("dcs"))
    assert keys(neither, "D") == set()
    cps = build_bundle(ws, DEMO_URN, Audience.CPS, profile=profile("dcs"))
    assert keys(cps, "D") == set(owners)
    index = json.loads(mine.index_json)
    for row in index["documents"]:
        if row["section"] == "D":
            row["defendant"] = second  # planted: the co-defendant's statement in this defendant's bundle
    found = check_bundle(mine.pdf, profile("dcs"), json.dumps(index))
    assert [f.check for f in errors(found)] == ["sections"]
    assert second in errors(found)[0].message
    with pytest.raises(Exception, match="no defendant of this case is called 'Nobody'"):
        services.bundles.build(DEMO_URN, Audience.DEFENCE, "dcs", defendant="Nobody")
    ws.cases.remove_person(view.defendants[1].id)  # one defendant again: every partition is theirs
    alone = build_bundle(ws, DEMO_URN, Audience.DEFENCE, profile=profile("dcs"))
    assert keys(alone, "D") == set(owners)
