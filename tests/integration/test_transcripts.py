"""Offline transcription with word timings (faster-whisper, Whisper base, checked by SHA-256): spoken words found
at the times they were said, each microphone on its own, kept as a searchable derivative, exported as WebVTT; a
model that is not the shipped one, or none, is a clear message."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from tests.integration.test_cli import run

URN = "01ZD0300110"
RATE = 22_050  # espeak-ng's own rate


def speak(text: str) -> np.ndarray:
    """espeak-ng's British English voice saying `text`, as float samples."""
    espeak = shutil.which("espeak-ng")
    assert espeak, "the tests need espeak-ng (dev.sh installs it)"
    done = subprocess.run([espeak, "-v", "en-gb", "-s", "150", "--stdout", text], capture_output=True, check=True)
    raw = done.stdout[44:]  # a canonical 44-byte WAV header, 16-bit mono
    return np.frombuffer(raw[: len(raw) // 2 * 2], dtype="<i2").astype(np.float32) / 32768


def write_wav(path: Path, channels: list[np.ndarray]) -> None:
    length = max(c.size for c in channels)
    data = np.stack([np.pad(c, (0, length - c.size)) for c in channels], axis=1)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(len(channels))
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes((np.clip(data, -1, 1) * 32767).astype("<i2").tobytes())


def call(path: Path) -> tuple[float, float]:
    """A 999-style call: an operator's line, a pause, then the caller's name; light line noise throughout. Returns
    the window (seconds) in which the name is said."""
    rng = np.random.default_rng(4)
    first = speak("Police, what is the address of your emergency?")
    pause = np.zeros(RATE)
    name = speak("My name is John Smith.")
    rest = speak("He has run off towards the station.")
    voice = np.concatenate([first, pause, name, pause, rest])
    noise = (0.01 * rng.standard_normal(voice.size)).astype(np.float32)
    write_wav(path, [voice + noise])
    start = (first.size + pause.size) / RATE
    return start, start + name.size / RATE


def test_a_call_is_transcribed_word_by_word_kept_searchable_and_exported_as_webvtt(tmp_path: Path) -> None:
    clip = tmp_path / "call.wav"
    window = call(clip)
    ws = tmp_path / "ws"
    run(ws, "case", "new", "--urn", URN, "--title", "Call", "--oic", "PC 1 Evans", check=True)
    run(ws, "case", "add-person", URN, "--role", "officer", "--surname", "Evans", check=True)
    imported = run(ws, "evidence", "import", URN, str(clip), "--no-derivatives", "--json", check=True)
    ref = json.loads(imported.stdout)["items"][0]["reference"]
    vtt = tmp_path / "call.vtt"
    made = json.loads(run(ws, "evidence", "transcribe", URN, ref, "--vtt", str(vtt), "--json", check=True).stdout)
    assert made["made_now"] is True
    assert made["model"] == "faster-whisper-base"
    assert made["model_sha256"] == "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
    assert made["settings"]["beam_size"] == 1
    assert made["settings"]["vad_filter"] is True
    words = [w for s in made["segments"] for w in s["words"]]
    said = {w["text"].strip(" .,?").lower(): w for w in words}
    for spoken in ("address", "emergency", "john", "smith", "station"):
        assert spoken in said, (spoken, [w["text"] for w in words])
    for spoken in ("john", "smith"):  # said where they were said (±0.3 s)
        assert window[0] - 0.3 <= said[spoken]["start"] < said[spoken]["end"] <= window[1] + 0.3
    assert said["address"]["start"] < window[0] <= said["station"]["start"] - 0.5
    assert vtt.read_text(encoding="utf-8").startswith("WEBVTT\n\n1\n00:00:0")
    assert "<v sound>" in vtt.read_text(encoding="utf-8")
    again = json.loads(run(ws, "evidence", "transcribe", URN, ref, "--json", check=True).stdout)
    assert again["made_now"] is False  # kept, not made twice
    assert again["segments"] == made["segments"]
    found = json.loads(run(ws, "evidence", "list", URN, "--search", "Smith", "--json", check=True).stdout)
    assert [e["reference"] for e in found] == [ref]
    pdf = tmp_path / "call.pdf"
    printed = run(ws, "evidence", "transcribe", URN, ref, "--pdf", str(pdf), check=True).stdout
    assert "(kept from before)" in printed
    assert "John Smith" in printed
    import pymupdf

    with pymupdf.open(pdf) as document:  # the timed transcript: time, speaker (channel), what was said
        text = " ".join(page.get_text() for page in document)
    assert "Transcript of " + ref in text
    assert "faster-whisper-base" in text
    assert "What was said" in text
    assert "00:00:0" in text
    assert "John Smith" in text
    assert "Page 1 of 1" in text

    # a passage put right by hand: the words kept keep their times, the new ones sit where they were said, the
    # correction is searchable, in the transcript and the audit log, and suggestions come from the corrected text
    passage = next(s for s in made["segments"] if "station" in s["text"].lower())
    said_text = re.sub(r"the station", "Mary Jones's house by the station", passage["text"].strip(), flags=re.I)
    fixed = json.loads(
        run(
            ws,
            "evidence",
            "correct-transcript",
            URN,
            ref,
            "--at",
            str(passage["start"]),
            "--text",
            said_text,
            "--json",
            check=True,
        ).stdout
    )
    assert fixed["after"] == said_text
    assert fixed["corrections"] == 1
    timed = {w["text"].strip(" .,?").lower(): w for w in fixed["words"]}
    before = {w["text"].strip(" .,?").lower(): w for w in passage["words"]}
    for kept in ("run", "towards", "station"):
        assert (timed[kept]["start"], timed[kept]["end"]) == (before[kept]["start"], before[kept]["end"])
    assert before["towards"]["end"] <= timed["mary"]["start"] < timed["jones's"]["end"] <= before["station"]["end"]
    assert [
        e["reference"]
        for e in json.loads(run(ws, "evidence", "list", URN, "--search", "Mary Jones", "--json", check=True).stdout)
    ] == [ref]
    kept_now = json.loads(run(ws, "evidence", "transcribe", URN, ref, "--json", check=True).stdout)
    assert kept_now["corrections"][0]["before"] == passage["text"].strip()
    assert kept_now["corrections"][0]["by"]
    log = json.loads(run(ws, "audit", "log", URN, "--json", check=True).stdout)
    assert any(e["action"] == "exhibit.derivative_replaced" for e in log)
    run(ws, "case", "add-person", URN, "--role", "witness", "--forenames", "Mary", "--surname", "Jones", check=True)
    heard = json.loads(run(ws, "redact", "audio-suggest", URN, ref, "--stage", "unused", "--json", check=True).stdout)
    names = [h for h in heard["found"] if h["detector"] == "case:witness:name"]
    assert any(h["value"].lower().startswith("mary jones") for h in names), heard["found"]
    wrong = run(ws, "evidence", "correct-transcript", URN, ref, "--at", "99", "--text", "x")
    assert wrong.returncode != 0
    assert "No passage is said at 99.00 s" in wrong.stderr


def test_two_microphones_on_one_stereo_stream_are_transcribed_apart(tmp_path: Path) -> None:
    from casebridge.transcripts.transcribe import transcribe

    left = speak("Can you describe the man you saw?")
    right = np.concatenate([np.zeros(left.size + RATE // 2, np.float32), speak("He wore a red coat and a black hat.")])
    clip = tmp_path / "interview.wav"
    write_wav(clip, [left, right])
    transcript = transcribe(clip, "0" * 64)
    assert transcript.channels == ("sound, left", "sound, right")
    by_channel = {
        channel: " ".join(s.text for s in transcript.segments if s.channel == channel).lower()
        for channel in transcript.channels
    }
    assert "describe" in by_channel["sound, left"]
    assert "coat" not in by_channel["sound, left"]
    assert "coat" in by_channel["sound, right"]
    assert "describe" not in by_channel["sound, right"]


def test_a_model_that_is_not_the_shipped_one_or_none_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    from casebridge.transcripts.model import SpeechModelMissing, checked_folder, default_folder

    assert checked_folder() == default_folder()  # the test set-up installed it (dev.sh)
    with pytest.raises(SpeechModelMissing, match=r"No speech model in .*model\.bin, tokenizer\.json"):
        checked_folder(str(tmp_path / "nowhere"))
    altered = tmp_path / "altered"
    shutil.copytree(default_folder(), altered)
    text = (altered / "config.json").read_text(encoding="utf-8")
    (altered / "config.json").write_text(text.replace("[", "[ ", 1), encoding="utf-8")
    with pytest.raises(SpeechModelMissing, match=r"config\.json is not the one Casebridge was tested with"):
        checked_folder(str(altered))
