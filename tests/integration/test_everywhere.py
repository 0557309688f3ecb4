"""One decision, every medium (issue 20, part 3): a phone number removed from one statement is looked for in every
other exhibit of the case — another statement, a photograph of a note, a recorded call — counted per exhibit,
offered there in one action, approved in each, and the copies made: the picture's copy is read back by the text
reader and the number is not in it; the recording's copy is listened to again."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFont

from tests.integration.test_cli import run
from tests.integration.test_transcripts import RATE, speak, write_wav

URN = "01ZD0300222"
NUMBER = "07700 900123"


def _statement(path: Path, lines: list[str]) -> None:
    doc = pymupdf.open()
    for text in lines:
        page = doc.new_page()
        page.insert_text((72, 100), text, fontsize=12)
    doc.save(path)


def _note(path: Path) -> None:
    picture = Image.new("RGB", (900, 360), "white")
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=44)
    draw.text((40, 60), "Call Dave back on", fill="black", font=font)
    draw.text((40, 160), NUMBER, fill="black", font=font)
    picture.save(path)


def _call(path: Path) -> None:
    pieces = []
    for line in ("Hello, this is Dave.", "Ring me on oh seven seven zero zero, nine zero zero, one two three."):
        pieces += [speak(line), np.zeros(int(0.6 * RATE), np.float32)]
    sound = np.concatenate(pieces)
    noise = 0.004 * np.random.default_rng(3).standard_normal(sound.size)
    write_wav(path, [sound + noise.astype(np.float32)])


def _import(ws: Path, path: Path) -> str:
    done = run(ws, "evidence", "import", URN, str(path), "--no-derivatives", "--json", check=True)
    return str(json.loads(done.stdout)["items"][0]["reference"])


def test_a_number_removed_from_one_statement_is_offered_in_every_other_exhibit(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    run(ws, "case", "new", "--urn", URN, "--title", "Harassment", "--oic", "PC 2 Jones", check=True)
    run(ws, "case", "add-person", URN, "--role", "officer", "--surname", "Jones", check=True)
    first, second, note, call = (
        tmp_path / "first.pdf",
        tmp_path / "second.pdf",
        tmp_path / "note.png",
        tmp_path / "call.wav",
    )
    _statement(first, [f"He gave me his number, {NUMBER}, and left."])
    _statement(second, ["I saw the note on the table.", "It said to ring 07700900123 after six.", f"Again: {NUMBER}."])
    _note(note)
    _call(call)
    refs = {name: _import(ws, path) for name, path in (("first", first), ("second", second), ("note", note))}
    refs["call"] = _import(ws, call)
    run(ws, "evidence", "transcribe", URN, refs["call"], check=True)

    # the number is removed from the first statement (suggested by its pattern, approved, applied)
    run(ws, "redact", "apply", URN, refs["first"], "--accept-all-suggestions", check=True)

    report = json.loads(run(ws, "redact", "everywhere", URN, "--json", check=True).stdout)
    value = next(v for v in report["values"] if v["removed_from"] == refs["first"])
    assert value["value"].replace(" ", "") == NUMBER.replace(" ", "")
    counts = {p["reference"]: p["found"] for p in value["elsewhere"]}
    assert counts == {refs["second"]: 2, refs["note"]: 1, refs["call"]: 1}, value

    # offered everywhere in one action: suggestions to approve in each exhibit, nothing approved by it
    offered = json.loads(
        run(
            ws, "redact", "everywhere", URN, value["value"], "--from", refs["first"], "--offer", "--json", check=True
        ).stdout
    )
    places = {p["reference"]: p for p in offered["places"]}
    assert places[refs["second"]]["pages"] == [2, 3]
    assert places[refs["call"]]["times"]
    assert places[refs["call"]]["medium"] == "recording"
    second_recipe = json.loads(run(ws, "redact", "recipe", URN, refs["second"], check=True).stdout)
    assert len(second_recipe["marks"]) == 2
    assert not any(m["approved_by"] for m in second_recipe["marks"])
    call_recipe = json.loads(run(ws, "redact", "recipe", URN, refs["call"], check=True).stdout)
    (heard,) = call_recipe["audio"]  # as heard: the recogniser may write a digit more or less ("9000" for 900)
    assert heard["source"] == "spoken"
    assert heard["detector"] == "removed:document"
    assert not heard.get("approved_by")
    assert abs(len(heard["heard"]) - len(NUMBER.replace(" ", ""))) <= 1
    again = json.loads(run(ws, "redact", "everywhere", URN, value["value"], "--json", check=True).stdout)
    assert all(p["found"] == 0 for p in again["places"] if p["reference"] != refs["first"]), again
    refused = run(ws, "redact", "media", URN, refs["call"])
    assert refused.returncode != 0
    assert "approv" in refused.stderr

    # approved in each exhibit through the same verb as a recording's masks; the copies are proved
    for ref in (refs["second"], refs["note"], refs["call"]):
        run(ws, "redact", "approve", URN, ref, "--all", check=True)
    for ref in (refs["second"], refs["note"]):
        made = json.loads(run(ws, "redact", "apply", URN, ref, "--approved", "--json", check=True).stdout)
        assert made["redacted"]
    sound = json.loads(run(ws, "redact", "media", URN, refs["call"], "--json", check=True).stdout)
    assert sound["listened"]["found"] == 0
    assert sound["listened"]["values_listened_for"] >= 1

    audit = json.loads(run(ws, "audit", "log", URN, "--json", check=True).stdout)
    offered = [e for e in audit if e["action"] == "redaction.offered_everywhere"]
    assert offered
    assert offered[0]["after"]["offered"] == {refs["second"]: 2, refs["note"]: 1, refs["call"]: 1}
    assert NUMBER not in json.dumps(offered)  # the log names the value by digest only


def test_a_picture_that_cannot_be_read_is_named_and_the_other_exhibits_are_still_looked_in(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    run(ws, "case", "new", "--urn", URN, "--title", "Harassment", "--oic", "PC 2 Jones", check=True)
    run(ws, "case", "add-person", URN, "--role", "officer", "--surname", "Jones", check=True)
    _statement(tmp_path / "a.pdf", [f"Ring {NUMBER} now."])
    _statement(tmp_path / "b.pdf", [f"Also {NUMBER}."])
    whole = tmp_path / "whole.png"
    _note(whole)
    broken = tmp_path / "broken.png"
    broken.write_bytes(whole.read_bytes()[:300])  # cut short in transfer
    first, second, picture = (_import(ws, tmp_path / n) for n in ("a.pdf", "b.pdf", "broken.png"))
    done = run(ws, "redact", "everywhere", URN, NUMBER, "--from", first, "--offer", "--json")
    assert done.returncode == 0, done.stderr
    places = {p["reference"]: p for p in json.loads(done.stdout)["places"]}
    assert places[second]["found"] == 1
    assert places[picture]["found"] == 0
    assert picture in places[picture]["note"]
    assert "truncated" in places[picture]["note"]
