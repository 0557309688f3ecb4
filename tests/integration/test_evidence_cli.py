"""`casebridge evidence …` and `casebridge vault verify` as a user runs them."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.fixtures.media import make_text_pdf, make_video
from tests.integration.test_cli import run

URN = "62CF0041226"


def _setup(ws: Path) -> None:
    run(ws, "case", "new", "--urn", URN, check=True)
    run(ws, "case", "add-person", URN, "--role", "officer", "--surname", "Evans", "--forenames", "Sarah", check=True)
    run(ws, "case", "add-person", URN, "--role", "witness", "--surname", "Morgan", "--forenames", "Gareth", check=True)


def test_import_list_show_and_verify(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    _setup(ws)
    folder = tmp_path / "in"
    folder.mkdir()
    make_text_pdf(folder / "statement.pdf")
    make_video(folder / "cctv.avi")
    (folder / "empty.wav").write_bytes(b"")
    result = run(ws, "evidence", "import", URN, str(folder), "--producer", "Gareth Morgan")
    assert result.returncode == 1  # one item failed; the others went in
    assert "2 imported, 0 duplicate, 1 failed" in result.stdout
    assert "empty.wav is empty (0 bytes)" in result.stdout
    listing = json.loads(run(ws, "evidence", "list", URN, "--json", check=True).stdout)
    assert [(e["reference"], e["kind"], e["producer"]) for e in listing] == [
        ("GM/1", "video", "Gareth MORGAN"),
        ("GM/2", "document", "Gareth MORGAN"),
    ]
    assert (
        json.loads(run(ws, "evidence", "list", URN, "--kind", "document", "--json", check=True).stdout)[0][
            "original_name"
        ]
        == "statement.pdf"
    )
    run(ws, "evidence", "handled", URN, "GM/1", "Booked into property store, locker 14", check=True)
    shown = run(ws, "evidence", "show", URN, "gm/1", check=True).stdout
    assert "Imported from 'cctv.avi' as GM/1" in shown
    assert "Booked into property store, locker 14" in shown
    assert "stored items re-hashed" in run(ws, "vault", "verify", check=True).stdout

    digest = listing[1]["sha256"]
    blob = ws / "vault" / "objects" / digest[:2] / digest[2:4] / digest
    os.chmod(blob, 0o644)
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0xFF
    blob.write_bytes(bytes(data))
    os.chmod(blob, 0o444)
    broken = run(ws, "vault", "verify")
    assert broken.returncode == 3
    assert f"{URN} GM/2: stored copy altered" in broken.stderr


def test_producer_must_be_on_the_case(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    _setup(ws)
    (tmp_path / "a.txt").write_text("note")
    result = run(ws, "evidence", "import", URN, str(tmp_path / "a.txt"), "--producer", "Nobody")
    assert result.returncode == 1
    assert "Producer 'Nobody' is not a person on this case" in result.stderr
    assert "Sarah Evans" in result.stderr


def test_default_producer_is_the_officer(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    _setup(ws)
    (tmp_path / "a.txt").write_text("note")
    assert "imported as SE/1" in run(ws, "evidence", "import", URN, str(tmp_path / "a.txt"), check=True).stdout


def test_ocr_of_a_photographed_document(tmp_path: Path) -> None:
    import pymupdf

    ws = tmp_path / "ws"
    _setup(ws)
    page = pymupdf.open().new_page()
    page.insert_text((60, 100), "Pocket notebook: suspect seen near the castle", fontsize=16)
    photo = tmp_path / "notebook_photo.png"
    page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY).save(str(photo))
    run(ws, "evidence", "import", URN, str(photo), check=True)
    assert json.loads(run(ws, "evidence", "list", URN, "--search", "castle", "--json", check=True).stdout) == []
    made = run(ws, "evidence", "ocr", URN, "SE/1", check=True)
    assert "Searchable copy of SE/1 made" in made.stdout
    found = json.loads(run(ws, "evidence", "list", URN, "--search", "castle", "--json", check=True).stdout)
    assert [e["reference"] for e in found] == ["SE/1"]
    shown = run(ws, "evidence", "show", URN, "SE/1", check=True).stdout
    assert "derived   ocr:" in shown
    assert "Made a searchable (OCR) copy (original untouched)" in shown
    refused = run(ws, "evidence", "ocr", URN, "SE/2")
    assert refused.returncode == 1
    assert "no exhibit SE/2" in refused.stderr


def test_edit_an_exhibits_description_seizure_time_and_reference(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    _setup(ws)
    make_video(tmp_path / "cctv.avi")
    run(ws, "evidence", "import", URN, str(tmp_path / "cctv.avi"), "--no-derivatives", check=True)
    blocked = run(ws, "case", "check", URN, "--json")
    assert "SE/1" in blocked.stdout  # a recording without a description is a blocking finding
    changed = run(
        ws,
        "evidence",
        "edit",
        URN,
        "SE/1",
        "--description",
        "CCTV from the till camera, 21:40-21:50",
        "--seized",
        "14/11/2026 22:30",
        "--new-reference",
        "SE/12",
        check=True,
    ).stdout
    assert "SE/1: description changed" in changed
    shown = json.loads(run(ws, "evidence", "show", URN, "SE/12", "--json", check=True).stdout)
    assert shown["description"] == "CCTV from the till camera, 21:40-21:50"
    assert shown["seized_at"].startswith("2026-11-14 22:30")
    assert [e["action"] for e in shown["continuity"]].count("exhibit.updated") == 3  # each change audited
    assert "SE/12" not in run(ws, "case", "check", URN).stdout
    nothing = run(ws, "evidence", "edit", URN, "SE/12")
    assert nothing.returncode == 1
    assert "Nothing to change" in nothing.stderr
