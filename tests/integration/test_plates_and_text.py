"""Number plates and readable text in shot: found offline (RapidOCR's PP-OCRv4 models, SHA-256 checked), one
unapproved track each with a thumbnail, masked from the frame they come into view, and read again in the copy
before it is released."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import av
import numpy as np
import pytest

from casebridge.app import build_services, open_workspace
from casebridge.redaction.media_service import MediaVerificationFailed
from casebridge.redaction.shot_text import TextReader, uk_registration
from tests.fixtures.text_clip import FPS, PLATE_FROM, PLATE_TEXT, SCREEN, write_text_clip

URN = "01ZD0300109"


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("text") / "street.mp4"
    write_text_clip(path)
    return path


@pytest.mark.parametrize(
    ("read", "mark"),
    [
        ("AB12 CDE", "AB12 CDE"),
        ("ab12cde", "AB12 CDE"),
        ("A8I2 CDE", "AB12 CDE"),  # B read as 8, 1 as I
        ("AB1Z CDE", "AB12 CDE"),  # 2 read as Z in the age identifier
        ("K123 ABC", "K123 ABC"),  # prefix format
        ("ABC 123D", "ABC 123D"),  # suffix format
        ("Meet at 9pm", None),
        ("07700 900123", None),
        ("AB12 CD", None),
    ],
)
def test_a_registration_mark_is_recognised_in_what_the_reader_read(read: str, mark: str | None) -> None:
    assert uk_registration(read) == mark


def _frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [np.asarray(f.to_ndarray(format="rgb24")) for f in container.decode(video=0)]


def test_the_reader_reads_the_plate_and_the_screen_in_the_original(clip: Path) -> None:
    """The test's premise: in the source, the plate and the phone's message can be read (so a copy where they
    cannot is the redaction's doing)."""
    frames = _frames(clip)
    found = TextReader()(frames[40])
    assert [f.text for f in found if f.kind == "plate"] == [PLATE_TEXT]
    screen = next(f for f in found if f.kind == "text")
    assert "John Smith" in screen.text
    x, y, w, h = SCREEN
    assert x - 10 <= screen.box[0]
    assert screen.box[0] + screen.box[2] <= x + w + 10
    assert y - 10 <= screen.box[1]
    assert screen.box[1] + screen.box[3] <= y + h + 10


def test_plates_and_text_found_approved_and_masked_from_the_command_line(clip: Path, tmp_path: Path) -> None:
    """detect → approve --all → media → verify-media, each a `casebridge` command: the plate and the screen are
    tracks of their kind with thumbnails; in the copy the reader reads neither in any frame it could be read in the
    source, including the frames where the plate is coming into view."""
    from tests.integration.test_cli import run

    ws = tmp_path / "ws"
    run(ws, "case", "new", "--urn", URN, "--title", "Street", "--oic", "PC 1 Evans", check=True)
    run(ws, "case", "add-person", URN, "--role", "officer", "--surname", "Evans", check=True)
    imported = run(ws, "evidence", "import", URN, str(clip), "--no-derivatives", "--json", check=True)
    ref = json.loads(imported.stdout)["items"][0]["reference"]
    pictures = tmp_path / "thumbs"
    detected = json.loads(
        run(ws, "redact", "detect", URN, ref, "--thumbnails", str(pictures), "--json", check=True).stdout
    )
    kinds = {row["track"]: row["kind"] for row in detected["tracks"]}
    assert sorted(kinds.values()) == ["plate", "text"]
    plate = next(row for row in detected["tracks"] if row["kind"] == "plate")
    assert plate["text"] == PLATE_TEXT
    assert plate["from"] <= (PLATE_FROM + 6) / FPS  # before its letters are in view (they need 6 frames to show)
    assert plate["entering"] > 0  # carried back to where it came into view
    screen = next(row for row in detected["tracks"] if row["kind"] == "text")
    assert screen["from"] == 0
    assert sorted(p.name for p in pictures.iterdir()) == sorted(f"{track}.png" for track in kinds)
    printed = run(ws, "redact", "detect", URN, ref, check=True).stdout
    assert "0 person(s), 1 number plate(s) and 1 piece(s) of text found" in printed
    run(ws, "redact", "approve", URN, ref, "--all", check=True)
    made = json.loads(run(ws, "redact", "media", URN, ref, "--json", check=True).stdout)
    assert made["attack"]["frames_read"] >= 3
    recipe = json.loads(run(ws, "redact", "recipe", URN, ref, check=True).stdout)
    assert sorted(t["kind"] for t in recipe["tracks"]) == ["plate", "text"]
    assert any("AB12 CDE" in t["label"] for t in recipe["tracks"])
    digest = json.loads(run(ws, "evidence", "show", URN, made["redacted"], "--json", check=True).stdout)["sha256"]
    copy = tmp_path / "copy.mp4"
    copy.write_bytes(next((ws / "vault").rglob(digest)).read_bytes())
    recipe_file = tmp_path / "recipe.json"
    recipe_file.write_text(json.dumps(recipe), encoding="utf-8")
    run(ws, "redact", "verify-media", str(clip), str(copy), str(recipe_file), check=True)
    reader = TextReader()
    source, redacted = _frames(clip), _frames(copy)
    looked = [*range(PLATE_FROM, PLATE_FROM + 30, 2), *range(PLATE_FROM + 30, len(source), 6)]
    readable = [i for i in looked if any(f.kind == "plate" for f in reader(source[i]))]
    assert readable  # the plate can be read in the source in these frames…
    for index in looked:  # …and in the copy nothing at all can be read, in any of them
        assert reader.lines(redacted[index]) == [], index


def test_reading_the_copy_catches_a_plate_whose_mask_was_taken_out(clip: Path, tmp_path: Path) -> None:
    """A recipe weakened on purpose (the plate's track removed) is refused, naming the time, the place and what
    was read; a plate left visible by decision is counted, not refused; the coverage report states the reading."""
    ws = open_workspace(tmp_path / "ws")
    services = build_services(ws)
    try:
        ws.cases.create_case(URN, title="Street")
        ws.cases.add_person(URN, {"role": "officer", "surname": "Evans", "forenames": "Sarah"})
        report = services.importer.import_paths(URN, [clip])
        exhibit = ws.exhibits.get(report.outcomes[0].exhibit_id or 0)
        services.media.detect(exhibit)
        good = services.media.approve(exhibit)
        plate = next(t for t in good.tracks if t.kind == "plate")
        weakened = replace(good, tracks=tuple(t for t in good.tracks if t.id != plate.id))
        with pytest.raises(MediaVerificationFailed) as refused:
            services.media.apply(exhibit, weakened)
        problems = refused.value.problems
        assert {p.check for p in problems} == {"attack"}
        named = [p.message for p in problems if "a number plate can still be read in the copy" in p.message]
        assert any("AB12" in message for message in named)
        assert all(p.time is not None and p.time >= PLATE_FROM / FPS for p in problems)
        assert [e for e in ws.exhibits.for_case(URN) if e.parent_id == exhibit.id] == []  # nothing released
        released = services.media.apply(exhibit, good)
        attack = released.copy.facts["attack"]
        assert attack["refused"] == 0
        assert attack["frames_read"] >= 3
        assert attack["onset_frames"][plate.id] == 2
        from casebridge.redaction.log import media_csv

        assert "line(s) of text read, none inside a mask" in media_csv(services.redaction.media_log_entries(URN))
        visible = services.media.leave_visible(exhibit, plate.id, "The suspect's car: identification is the issue")
        shown = services.media.apply(exhibit, visible)
        assert shown.copy.facts["attack"]["plates_left_visible"] > 0
        assert shown.copy.facts["attack"]["refused"] == 0
    finally:
        ws.close()
