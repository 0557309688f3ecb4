"""Recall of identifiers said aloud (issue 20): a generated corpus of utterances (espeak-ng, British English, light
line noise), each planting one identifier — a mobile number digit by digit, a postcode spelt out, a registration
in the phonetic alphabet, a date of birth, an NI number, a name on the case — transcribed in one recording and
searched; an utterance counts as found when a suggestion falls within it. Utterances with nothing planted measure
false suggestions. Transcription speed is reported as a multiple of real time.

.venv/bin/python -m pytest tests/benchmarks/test_spoken_recall.py -p no:cacheprovider -s
"""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from casebridge.redaction import detectors
from casebridge.redaction.spoken import find_spoken
from casebridge.transcripts.transcribe import transcribe
from tests.integration.test_transcripts import RATE, speak, write_wav

DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
PHONETIC = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [
            "alpha",
            "bravo",
            "charlie",
            "delta",
            "echo",
            "foxtrot",
            "golf",
            "hotel",
            "india",
            "juliet",
            "kilo",
            "lima",
            "mike",
            "november",
            "oscar",
            "papa",
            "quebec",
            "romeo",
            "sierra",
            "tango",
            "uniform",
            "victor",
            "whiskey",
            "x-ray",
            "yankee",
            "zulu",
        ],
        strict=True,
    )
)
NAMES = [("Sarah", "Jenkins"), ("David", "Price"), ("Aled", "Morgan"), ("Priya", "Shah"), ("Tom", "Hughes")]


def _digits(number: str) -> str:
    return ", ".join(" ".join(DIGITS[int(d)] for d in group) for group in number.split())


def corpus(rng: np.random.Generator) -> list[tuple[str, str]]:
    """(sentence, kind) — kind is the identifier planted, or "" for none."""
    said: list[tuple[str, str]] = []
    for _ in range(10):
        number = f"07{rng.integers(100, 999)} {rng.integers(100, 999)} {rng.integers(100, 999)}"
        said.append((f"You can ring me on {_digits(number)}.", "phone"))
    for area, district, sector, unit in (("CF", 10, 5, "BT"), ("SA", 1, 3, "EP"), ("NP", 20, 2, "HG"),
                                         ("LL", 57, 1, "UW"), ("CF", 24, 4, "AA"), ("SY", 23, 1, "DL")):  # fmt: skip
        spoken = f"{' '.join(area)} {district} {sector} {' '.join(unit)}"
        said.append((f"The postcode is {spoken}.", "postcode"))
    for _ in range(10):
        letters = "".join(rng.choice(list("ABCDEFGHJKLMNOPRSTUVWXY"), 2)) + "".join(
            rng.choice(list("ABCDEFGHJKLMNPRSTUVWXYZ"), 3)
        )
        age = f"{rng.integers(10, 25)}"
        words = [PHONETIC[c] for c in letters[:2]] + [DIGITS[int(d)] for d in age] + [PHONETIC[c] for c in letters[2:]]
        said.append((f"The registration was {' '.join(words)}.", "vrm"))
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    for _ in range(6):
        day, month, year = rng.integers(1, 28), months[rng.integers(0, 12)], rng.integers(1950, 2005)
        said.append((f"My date of birth is the {day}th of {month} {year}.", "dob"))
    for _ in range(4):
        digits = " ".join(DIGITS[int(d)] for d in str(rng.integers(100000, 999999)))
        said.append((f"My national insurance number is J K {digits} C.", "ni"))
    for forenames, surname in NAMES:
        said.append((f"I was with {forenames} {surname} all evening.", "name"))
    for plain in ("He ran towards the station.", "The shop was closing when it happened.",
                  "I heard glass breaking and then shouting.", "She was wearing a red coat.",
                  "The car drove off very fast.", "I called you straight away.",
                  "There were two of them, both tall.", "It was about ten minutes ago."):  # fmt: skip
        said.append((plain, ""))
    return said


def test_recall_of_spoken_identifiers(tmp_path: Path) -> None:
    rng = np.random.default_rng(20)
    said = corpus(rng)
    pieces, windows, at = [], [], 0.0
    for sentence, _kind in said:
        voice = speak(sentence)
        windows.append((at, at + voice.size / RATE))
        pieces += [voice, np.zeros(RATE, np.float32)]
        at += voice.size / RATE + 1.0
    sound = np.concatenate(pieces)
    clip = tmp_path / "corpus.wav"
    write_wav(clip, [sound + (0.005 * rng.standard_normal(sound.size)).astype(np.float32)])
    start = time.perf_counter()
    transcript = transcribe(clip, "0" * 64)
    seconds = time.perf_counter() - start
    people = [
        SimpleNamespace(
            role="witness", forenames=f, surname=s, id=n, postcode="", phone="", email="", date_of_birth=None
        )
        for n, (f, s) in enumerate(NAMES)
    ]
    hits = find_spoken(transcript, detectors.case_terms(people, {}, "unused"))
    found: dict[str, list[int]] = {}
    false = 0
    for (sentence, kind), (a, b) in zip(said, windows, strict=True):
        inside = [h for h in hits if a - 0.3 <= h.start <= b + 0.3]
        if kind:
            found.setdefault(kind, []).append(1 if inside else 0)
            if not inside:
                heard = " ".join(w.text for _c, w in transcript.words if a - 0.3 <= w.start <= b + 0.3)
                print("missed:", kind, "|", sentence, "|", heard)
        elif inside:
            false += 1
            print("false suggestion:", sentence, [(h.detector, h.heard) for h in inside])
    planted = sum(len(v) for v in found.values())
    caught = sum(sum(v) for v in found.values())
    rows = ", ".join(f"{kind} {sum(v)}/{len(v)}" for kind, v in found.items())
    print(
        f"\n{len(said)} utterances ({planted} with an identifier), {at:.0f} s of speech: transcribed in "
        f"{seconds:.1f} s = {at / seconds:.1f}x real time; recall {caught}/{planted} = {caught / planted:.0%} "
        f"({rows}); "
        f"false suggestions in {false} of {len(said) - planted} plain utterances"
    )
    assert planted >= 40
