from __future__ import annotations

from pathlib import Path

import pytest

from casebridge.evidence.sniff import Kind, sniff, sniff_bytes
from tests.fixtures.media import AUDIO_FORMATS, VIDEO_FORMATS, make_audio, make_documents, make_images, make_video

EXPECTED = {
    "cctv.avi": "video/x-msvideo",
    "phone.mp4": "video/mp4",
    "iphone.mov": "video/quicktime",
    "bodycam.mkv": "video/x-matroska",
    "dvr.wmv": "video/x-ms-asf",
    "oldphone.3gp": "video/3gpp",
    "dashcam.ts": "video/mp2t",
    "call_pcm.wav": "audio/wav",
    "call_ulaw.wav": "audio/wav",
    "call_alaw.wav": "audio/wav",
    "voicemail.mp3": "audio/mpeg",
    "voicenote.amr": "audio/amr",
    "interview.flac": "audio/flac",
    "radio.ogg": "audio/ogg",
}


@pytest.mark.parametrize("name", sorted(VIDEO_FORMATS) + sorted(AUDIO_FORMATS))
def test_media_sniffed_by_content(tmp_path: Path, name: str) -> None:
    path = make_video(tmp_path / name) if name in VIDEO_FORMATS else make_audio(tmp_path / name)
    assert sniff(path).media_type == EXPECTED[name]
    renamed = path.rename(tmp_path / "export.dat")  # a wrong extension changes nothing
    found = sniff(renamed)
    assert found.media_type == EXPECTED[name]
    assert not found.matches_extension(renamed.name)


def test_images_and_documents(tmp_path: Path) -> None:
    kinds = {p.name: sniff(p) for p in make_images(tmp_path) + make_documents(tmp_path)}
    assert {n: t.kind for n, t in kinds.items()} == {
        "scene.jpg": Kind.IMAGE,
        "screenshot.png": Kind.IMAGE,
        "scan.tiff": Kind.IMAGE,
        "statement.pdf": Kind.DOCUMENT,
        "scanned_statement.pdf": Kind.DOCUMENT,
        "continuity.docx": Kind.DOCUMENT,
        "notes.odt": Kind.DOCUMENT,
        "notes.txt": Kind.DOCUMENT,
        "letter.rtf": Kind.DOCUMENT,
    }
    assert kinds["continuity.docx"].label == "Word document"
    assert kinds["notes.odt"].label == "OpenDocument text"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"", "application/x-empty"),
        (b"MZ\x90\x00" + b"\x00" * 60, "application/vnd.microsoft.portable-executable"),
        (bytes(range(256)) * 4, "application/octet-stream"),
        (b"\x00\x00\x00\x18ftypheic", "image/heic"),
    ],
)
def test_odd_content(head: bytes, kind: str) -> None:
    assert sniff_bytes(head).media_type == kind
