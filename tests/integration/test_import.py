"""Import every format we must take; hashes, read-only originals, duplicates, derivatives, bad input."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from casebridge.app import Workspace, build_services, open_workspace
from casebridge.evidence.derivatives import make_derivatives, thumbnail
from casebridge.jobs import ProgressUpdate
from tests.fixtures.media import make_everything, make_text_pdf, make_video

URN = "01ZD0300108"

SUMMARIES = {
    "cctv.avi": "AVI video (MJPEG), 704×576, 12 fps",
    "dvr.wmv": "Windows Media (ASF) (WMV 8), 352×288, 25 fps",
    "oldphone.3gp": "3GP video (H.263), 176×144, 15 fps",
    "dashcam.ts": "MPEG transport stream (MPEG-2), 352×288",
    "phone.mp4": "MP4 video (H.264), 320×240, 25 fps",
    "call_ulaw.wav": "WAV audio (G.711 µ-law), 8 kHz mono",
    "call_alaw.wav": "WAV audio (G.711 A-law), 8 kHz mono",
    "voicenote.amr": "AMR audio (AMR-NB), 8 kHz mono",
    "voicemail.mp3": "MP3 audio (MP3), 22.05 kHz mono",
    "interview.flac": "FLAC audio (FLAC), 16 kHz stereo",
    "radio.ogg": "Ogg audio (Opus), 48 kHz mono",
    "statement.pdf": "PDF, 1 page, text layer; author PC 4312 Evans",
    "scanned_statement.pdf": "PDF, 1 page, scanned (no text layer)",
    "scene.jpg": "JPEG image, 160×120",
    "scan.tiff": "TIFF image, 160×120",
}


def _case(ws: Workspace) -> None:
    ws.cases.create_case(URN, title="Formats")
    ws.cases.add_person(URN, {"role": "officer", "surname": "Evans", "forenames": "Sarah"})


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_everything(tmp_path_factory.mktemp("material"))


def test_every_format_is_imported_hashed_and_described(workspace: Workspace, material: dict[str, Path]) -> None:
    _case(workspace)
    updates: list[ProgressUpdate] = []
    report = build_services(workspace).importer.import_paths(
        URN, [next(iter(material.values())).parent], progress=updates.append
    )
    assert report.imported == len(material), [o.message for o in report.outcomes if o.status != "done"]
    assert updates[-1].done == updates[-1].total
    exhibits = {e.original_name: e for e in workspace.exhibits.for_case(URN)}
    assert sorted(e.reference for e in exhibits.values()) == sorted(f"SE/{n}" for n in range(1, len(material) + 1))
    sums = subprocess.run(
        ["sha256sum", *[str(p) for p in material.values()]], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    expected = {Path(line.split("  ", 1)[1]).name: line.split("  ", 1)[0] for line in sums if line}
    for name, exhibit in exhibits.items():
        assert exhibit.sha256 == expected[name], name
        blob = workspace.vault.path(exhibit.sha256)
        assert blob.read_bytes() == material[name].read_bytes()
        assert not blob.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH), name
        assert exhibit.producer_name == "Sarah EVANS"
    for name, start in SUMMARIES.items():
        assert exhibits[name].summary.startswith(start), (name, exhibits[name].summary)
    assert workspace.verify_audit().ok


def test_derivatives_proxy_ocr_and_pdf(workspace: Workspace, material: dict[str, Path]) -> None:
    _case(workspace)
    names = ["dvr.wmv", "voicenote.amr", "scanned_statement.pdf", "continuity.docx", "notes.odt", "phone.mp4"]
    report = build_services(workspace).importer.import_paths(URN, [material[n] for n in names])
    notes = make_derivatives(workspace, report)
    assert notes == []
    by_name = {e.original_name: e for e in workspace.exhibits.for_case(URN)}
    import av

    for name in ("dvr.wmv", "voicenote.amr"):
        proxy = workspace.exhibits.derivative(by_name[name].sha256, "proxy")
        assert proxy is not None
        assert proxy.recipe["source_sha256"] == by_name[name].sha256
        with av.open(str(workspace.vault.path(proxy.sha256))) as made:
            codecs = {s.codec_context.name for s in made.streams}
        assert codecs <= {"h264", "aac"}
        assert "aac" in codecs
    assert workspace.exhibits.derivative(by_name["phone.mp4"].sha256, "proxy") is None  # already playable
    ocr = workspace.exhibits.derivative(by_name["scanned_statement.pdf"].sha256, "ocr")
    assert ocr is not None
    assert [e.original_name for e in workspace.exhibits.for_case(URN, search="knife")] == ["scanned_statement.pdf"]
    assert [e.original_name for e in workspace.exhibits.for_case(URN, search="booked store")] == ["continuity.docx"]
    assert [e.original_name for e in workspace.exhibits.for_case(URN, search="castle")] == ["notes.odt"]
    # originals untouched: still the bytes that came in
    for name in names:
        assert workspace.vault.path(by_name[name].sha256).read_bytes() == material[name].read_bytes()
    events = workspace.exhibits.continuity(by_name["dvr.wmv"].id)
    assert [e.action for e in events] == ["exhibit.imported", "exhibit.derived"]


def test_thumbnails_are_made_lazily_and_kept(workspace: Workspace, material: dict[str, Path]) -> None:
    _case(workspace)
    names = ["scene.jpg", "cctv.avi", "statement.pdf", "call_ulaw.wav", "continuity.docx"]
    report = build_services(workspace).importer.import_paths(URN, [material[n] for n in names])
    make_derivatives(workspace, report)
    import io

    from PIL import Image

    for exhibit in workspace.exhibits.for_case(URN):
        assert workspace.exhibits.derivative(exhibit.sha256, "thumbnail") is None
        data = thumbnail(workspace, exhibit)
        assert data is not None, exhibit.original_name
        with Image.open(io.BytesIO(data)) as image:
            assert max(image.size) <= 256
        assert workspace.exhibits.derivative(exhibit.sha256, "thumbnail") is not None


def test_duplicates_are_linked_not_stored_twice(
    workspace: Workspace, material: dict[str, Path], tmp_path: Path
) -> None:
    _case(workspace)
    build_services(workspace).importer.import_paths(URN, [material["scene.jpg"]])
    copy = tmp_path / "same_photo_again.jpg"
    shutil.copyfile(material["scene.jpg"], copy)
    report = build_services(workspace).importer.import_paths(URN, [copy])
    assert [o.status for o in report.outcomes] == ["duplicate"]
    assert "identical to exhibit SE/1" in report.outcomes[0].message
    assert len(workspace.exhibits.for_case(URN)) == 1
    # the same content in another case is a new exhibit there, stored once in the vault
    workspace.cases.create_case("62CF0041226")
    workspace.cases.add_person("62CF0041226", {"role": "officer", "surname": "Jones", "forenames": "Ann"})
    other = build_services(workspace).importer.import_paths("62CF0041226", [copy])
    assert other.outcomes[0].status == "done"
    assert "already held for 01ZD0300108 SE/1" in other.outcomes[0].message
    assert len(list(workspace.vault.digests())) == 1


def test_bad_input_gets_a_message_and_the_batch_carries_on(workspace: Workspace, tmp_path: Path) -> None:
    _case(workspace)
    folder = tmp_path / "bad"
    folder.mkdir()
    good = make_text_pdf(folder / "good.pdf")
    (folder / "empty.mp4").write_bytes(b"")
    full = make_video(tmp_path / "phone.mp4")
    (folder / "truncated.mp4").write_bytes(full.read_bytes()[:600])
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    shutil.copyfile(Path(__file__).parents[1] / "fixtures/corpus/password-protected.pdf", folder / "locked.pdf")
    (folder / "photo.pdf").write_bytes(Path(good).read_bytes())  # harmless duplicate content
    (folder / "really_a_pdf.jpg").write_bytes(make_text_pdf(tmp_path / "x.pdf", "Mislabelled").read_bytes())
    weird = os.fsencode(folder) + b"/caf\xe9_latin1_name.txt"
    with open(weird, "wb") as handle:
        handle.write(b"a file whose name is not UTF-8")
    (folder / ("long_" + "x" * 230 + ".txt")).write_text("long name")
    (folder / "CON.txt").write_text("a Windows-reserved name")
    os.symlink(good, folder / "link_to_good.pdf")
    vanishing = folder / "zz_vanishes.txt"
    vanishing.write_text("gone before it is read")

    def delete_later(update: ProgressUpdate) -> None:
        if "(2/" in update.message and vanishing.exists():
            vanishing.unlink()

    report = build_services(workspace).importer.import_paths(
        URN, [folder, tmp_path / "never_existed.mov", folder / "link_to_good.pdf"], progress=delete_later
    )
    result = {Path(os.fsdecode(o.source)).name: o for o in report.outcomes}
    assert result["good.pdf"].status == "done"
    assert result["empty.mp4"].status == "failed"
    assert "empty (0 bytes)" in result["empty.mp4"].message
    assert result["zz_vanishes.txt"].status == "failed"
    assert "no longer there" in result["zz_vanishes.txt"].message
    assert result["never_existed.mov"].status == "failed"
    assert result["link_to_good.pdf"].status == "failed"
    assert "shortcut" in result["link_to_good.pdf"].message
    assert result["photo.pdf"].status == "duplicate"
    exhibits = {e.original_name: e for e in workspace.exhibits.for_case(URN)}
    assert "damaged" in (exhibits["truncated.mp4"].problem or "") or "cannot be read" in (
        exhibits["truncated.mp4"].problem or ""
    )
    assert not exhibits["truncated.mp4"].previewable
    assert "not a readable PDF" in (exhibits["corrupt.pdf"].problem or "")
    assert "password-protected" in (exhibits["locked.pdf"].problem or "")
    assert "really PDF document" in exhibits["really_a_pdf.jpg"].summary
    assert exhibits["really_a_pdf.jpg"].kind == "document"
    assert "caf\\xe9_latin1_name.txt" in exhibits
    assert any(name.startswith("long_") for name in exhibits)
    assert "CON.txt" in exhibits
    # nothing half-written: every exhibit's blob is complete, no temporary files, no orphan blobs
    assert workspace.vault.verify([e.sha256 for e in exhibits.values()]) == []
    assert list(workspace.vault.temporary.iterdir()) == []
    assert set(workspace.vault.digests()) == {e.sha256 for e in exhibits.values()}
    assert build_services(workspace).importer.pending() == []


def test_unknown_format_and_player_programs_are_grouped(workspace: Workspace, tmp_path: Path) -> None:
    _case(workspace)
    export = tmp_path / "DVR_export"
    export.mkdir()
    (export / "CH01_20261114.dav").write_bytes(b"DHAV" + os.urandom(5000))
    (export / "Player.exe").write_bytes(b"MZ\x90\x00" + os.urandom(3000))
    (export / "codec.dll").write_bytes(b"MZ\x90\x00" + os.urandom(1000))
    report = build_services(workspace).importer.import_paths(URN, [export])
    assert report.imported == 3
    exhibits = {e.original_name: e for e in workspace.exhibits.for_case(URN)}
    footage = exhibits["CH01_20261114.dav"]
    assert footage.reference == "SE/1"
    assert not footage.previewable
    assert "not previewable" in footage.summary
    assert {exhibits["Player.exe"].reference, exhibits["codec.dll"].reference} == {"SE/1/1", "SE/1/2"}
    assert exhibits["Player.exe"].parent_id == footage.id == exhibits["codec.dll"].parent_id
    assert "player software" in exhibits["Player.exe"].summary


def test_exhibit_editing_and_continuity(workspace: Workspace, material: dict[str, Path]) -> None:
    from casebridge.errors import DuplicateError, ValidationError

    _case(workspace)
    build_services(workspace).importer.import_paths(URN, [material["scene.jpg"], material["cctv.avi"]])
    first, second = workspace.exhibits.for_case(URN)
    workspace.exhibits.update(first.id, "reference", "se/10/1")
    assert workspace.exhibits.get(first.id).reference == "SE/10/1"
    assert workspace.exhibits.get(first.id).slug == "SE_10-1"
    with pytest.raises(DuplicateError):
        workspace.exhibits.update(second.id, "reference", "SE/10/1")
    with pytest.raises(ValidationError):
        workspace.exhibits.update(second.id, "reference", "not a ref")
    workspace.exhibits.update(second.id, "description", "CCTV from camera 3")
    workspace.exhibits.update(second.id, "seized_at", "14/11/2026 22:40")
    workspace.exhibits.record_handling(second.id, "Booked into property store, locker 14")
    events = workspace.exhibits.continuity(second.id)
    assert [e.action for e in events] == ["exhibit.imported", "exhibit.updated", "exhibit.updated", "exhibit.handled"]
    assert events[-1].after["what"] == "Booked into property store, locker 14"
    assert workspace.exhibits.get(second.id).seized_at.isoformat() == "2026-11-14T22:40:00"  # type: ignore[union-attr]
    assert workspace.verify_audit().ok


def test_import_on_postgresql_too(db_workspace: Workspace, material: dict[str, Path]) -> None:
    _case(db_workspace)
    report = build_services(db_workspace).importer.import_paths(URN, [material["scene.jpg"], material["statement.pdf"]])
    assert report.imported == 2
    assert [e.reference for e in db_workspace.exhibits.for_case(URN)] == ["SE/1", "SE/2"]
    assert db_workspace.verify_audit().ok


DROP_AND_IMPORT = """
import os, sys
from casebridge.app import build_services, open_workspace
ws = open_workspace(sys.argv[1])          # as root: every module the import needs is loaded now
importer = build_services(ws).importer  # (each service loads its modules on first use)
ws.cases.list_cases()
ws.engine.dispose()
for folder, _dirs, files in os.walk(sys.argv[1]):
    for name in [folder, *(os.path.join(folder, f) for f in files)]:
        os.chown(name, 65534, 65534)
os.setgroups([])
os.setgid(65534)
os.setuid(65534)                           # from here on an ordinary account ("nobody")
report = importer.import_paths("01ZD0300108", [sys.argv[2]])
for outcome in report.outcomes:
    print(outcome.status, outcome.message)
"""


def test_unreadable_file_is_named_and_the_rest_imported(tmp_path: Path) -> None:
    """Root can read everything, so the import runs after dropping to an ordinary account."""
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "locked.txt").write_text("secret")
    (folder / "readable.txt").write_text("open to all")
    os.chmod(folder / "readable.txt", 0o644)
    os.chmod(folder, 0o755)
    ws_dir = tmp_path / "ws"
    ws = open_workspace(ws_dir)
    _case(ws)
    ws.close()
    if os.geteuid() == 0:
        os.chmod(folder / "locked.txt", 0o600)  # root's own: closed to "nobody"
        for parent in [tmp_path, *tmp_path.parents]:
            if parent == Path("/"):
                break
            os.chmod(parent, os.stat(parent).st_mode | 0o005)
        result = subprocess.run(
            [sys.executable, "-c", DROP_AND_IMPORT, str(ws_dir), str(folder)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        lines = result.stdout.splitlines()
        assert result.returncode == 0, result.stderr
    else:
        os.chmod(folder / "locked.txt", 0)
        ws = open_workspace(ws_dir)
        lines = [f"{o.status} {o.message}" for o in build_services(ws).importer.import_paths(URN, [folder]).outcomes]
        ws.close()
    assert "failed locked.txt cannot be read: this account does not have permission to open it." in lines
    assert "done readable.txt imported as SE/1" in lines
