"""Identifiers said aloud, found in the transcript, suggested as ranges of sound, approved, removed — and the copy
listened to again before it is released (issue 20). A generated 999-style call (espeak-ng, light line noise) in
which a name, a mobile number said digit by digit, a postcode and a registration in the phonetic alphabet are
spoken."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from tests.integration.test_cli import run
from tests.integration.test_transcripts import RATE, speak, write_wav

URN = "01ZD0300111"
# each line, and the detectors that may find what it says (speech recognition may mishear a digit: a number or a
# spelt-out sequence is still found, as a number said aloud or letters and numbers spelt out)
LINES = (
    ("Police, what is your emergency?", None),
    ("My name is John Smith.", {"case:witness:name"}),
    ("Somebody has just smashed my car window.", None),
    ("My mobile number is oh seven seven zero zero, nine zero zero, one two three.", {"uk_phone", "spoken_number"}),
    ("I am outside my house now.", None),
    ("The postcode is C F ten five B T.", {"postcode", "spelt_out"}),
    ("He drove off in a blue Ford.", None),
    ("The registration was alpha bravo one two charlie foxtrot golf.", {"vrm", "spelt_out"}),
    ("Please send someone quickly.", None),
)
GAP = 0.6


def call(path: Path) -> list[tuple[float, float]]:
    """Writes the call; returns each line's window in seconds."""
    rng = np.random.default_rng(9)
    pieces, windows, at = [], [], 0.0
    for line, _value in LINES:
        voice = speak(line)
        windows.append((at, at + voice.size / RATE))
        pieces += [voice, np.zeros(int(GAP * RATE), np.float32)]
        at += voice.size / RATE + GAP
    sound = np.concatenate(pieces)
    write_wav(path, [sound + (0.005 * rng.standard_normal(sound.size)).astype(np.float32)])
    return windows


def _plain(text: str) -> list[str]:
    return [w for w in re.sub(r"[^a-z0-9 ]", " ", text.lower()).split() if w]


def word_error_rate(reference: list[str], heard: list[str]) -> float:
    """Levenshtein distance over words / reference length."""
    row = list(range(len(heard) + 1))
    for i, ref in enumerate(reference, start=1):
        previous, row[0] = row[0], i
        for j, word in enumerate(heard, start=1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ref != word))
    return row[-1] / max(1, len(reference))


def _plain_words(transcript: object, windows: list[tuple[float, float]]) -> list[str]:
    """The words heard in the lines without identifiers."""
    plain = [w for (_line, detectors), w in zip(LINES, windows, strict=True) if detectors is None]
    heard = [w for _c, w in transcript.words]  # type: ignore[attr-defined]
    return _plain(" ".join(w.text for w in heard if any(a <= (w.start + w.end) / 2 <= b for a, b in plain)))


def test_spoken_identifiers_suggested_removed_and_not_heard_again(tmp_path: Path) -> None:
    from casebridge.app import build_services, open_workspace
    from casebridge.redaction.media_service import MediaVerificationFailed
    from casebridge.redaction.spoken import find_spoken, normalised
    from casebridge.transcripts.transcribe import transcribe

    clip = tmp_path / "999.wav"
    windows = call(clip)
    ws_dir = tmp_path / "ws"
    run(ws_dir, "case", "new", "--urn", URN, "--title", "Criminal damage", "--oic", "PC 1 Evans", check=True)
    run(ws_dir, "case", "add-person", URN, "--role", "officer", "--surname", "Evans", check=True)
    run(ws_dir, "case", "add-person", URN, "--role", "witness", "--forenames", "John", "--surname", "Smith", check=True)
    imported = run(ws_dir, "evidence", "import", URN, str(clip), "--no-derivatives", "--json", check=True)
    ref = json.loads(imported.stdout)["items"][0]["reference"]
    suggested = json.loads(
        run(
            ws_dir, "redact", "audio-suggest", URN, ref, "--stage", "unused", "--mode", "mute", "--json", check=True
        ).stdout
    )
    for (line, detectors), (start, end) in zip(LINES, windows, strict=True):
        if detectors is None:
            continue
        here = [h for h in suggested["found"] if h["detector"] in detectors and start - 0.3 <= h["start"] <= end]
        assert here, (line, (start, end), suggested["found"])
        for hit in here:  # said where it was said
            assert hit["end"] <= end + 0.3, (line, hit, (start, end))
    for hit in suggested["found"]:  # every find inside a suggested range
        assert any(r["start"] <= hit["start"] and hit["end"] <= r["end"] for r in suggested["ranges"]), hit
    assert suggested["awaiting_approval"] == len(suggested["ranges"]) >= 4
    assert all(r["mode"] == "mute" and not r["approved"] for r in suggested["ranges"])
    refused = run(ws_dir, "redact", "media", URN, ref)  # nothing approved yet
    assert refused.returncode != 0
    assert "approv" in refused.stderr
    approved = json.loads(run(ws_dir, "redact", "approve", URN, ref, "--all", "--json", check=True).stdout)
    assert approved["awaiting_approval"] == 0
    made = json.loads(run(ws_dir, "redact", "media", URN, ref, "--json", check=True).stdout)
    listened = made["listened"]
    assert listened["found"] == 0
    assert listened["values_listened_for"] >= 4
    copy_ref = made["redacted"]
    digest = json.loads(run(ws_dir, "evidence", "show", URN, copy_ref, "--json", check=True).stdout)["sha256"]
    copy = tmp_path / "copy.wav"
    copy.write_bytes(next((ws_dir / "vault").rglob(digest)).read_bytes())
    source_heard = transcribe(clip, "0" * 64)
    copy_heard = transcribe(copy, "0" * 64)
    removed = {normalised(v) for r in suggested["ranges"] for v in r["heard"].split(";")}
    assert "johnsmith" in removed
    everything = normalised(copy_heard.text)
    for value in removed:  # none of them is heard again in the copy…
        assert value not in everything
    assert "smith" not in everything
    for hit in find_spoken(copy_heard):  # …and nothing is found where the four were said
        assert not any(a - 0.3 <= hit.start <= b + 0.3 for (_l, d), (a, b) in zip(LINES, windows, strict=True) if d)
    reference = _plain(" ".join(line for line, detectors in LINES if detectors is None))
    before = word_error_rate(reference, _plain_words(source_heard, windows))
    after = word_error_rate(reference, _plain_words(copy_heard, windows))
    assert after <= before + 0.05, (before, after)  # the rest of the speech is intact
    kept = json.loads(run(ws_dir, "evidence", "transcribe", URN, copy_ref, "--json", check=True).stdout)
    assert kept["made_now"] is False  # the copy's transcript was made with it, without the removed words
    kept_text = normalised(" ".join(s["text"] for s in kept["segments"]))
    assert "smith" not in kept_text
    assert "07700900123" not in kept_text
    assert "emergency" in kept_text

    ws = open_workspace(ws_dir)  # a weakened recipe: the mobile number's range cut short
    services = build_services(ws)
    try:
        exhibit = ws.exhibits.find_by_reference(URN, ref)
        recipe = services.media.recipe(exhibit)
        phone = next(a for a in recipe.audio if a.start <= windows[3][0] + 2.0 <= a.end)  # the number's range
        short = replace(phone, end=phone.start + 0.2)
        weakened = replace(recipe, audio=tuple(short if a is phone else a for a in recipe.audio))
        with pytest.raises(MediaVerificationFailed) as caught:
            services.media.apply(exhibit, weakened)
        problems = caught.value.problems
        assert {p.check for p in problems} == {"listen"}
        assert any("can still be heard in the copy" in p.message and p.time is not None for p in problems)
        visible = services.media.leave_visible(exhibit, phone.id, "The caller asked to be rung back on it")
        assert next(a for a in visible.audio if a.id == phone.id).audible
    finally:
        ws.close()
