"""Identifiers said aloud, from a transcript's words: the written forms the document patterns know, and the times
of the words that said them."""

from __future__ import annotations

import pytest

from casebridge.domain.transcript import Segment, Transcript, Word
from casebridge.redaction import detectors
from casebridge.redaction.spoken import PAD, find_spoken, ranges, span_of, written


def said(text: str, at: float = 0.0) -> Transcript:
    words = tuple(Word(at + n * 0.5, at + n * 0.5 + 0.4, " " + w) for n, w in enumerate(text.split()))
    return Transcript("0" * 64, "m", "x", {}, (Segment("sound", at, at + 99, text, words),), channels=("sound",))


@pytest.mark.parametrize(
    ("words", "text"),
    [
        ("ring oh seven seven double oh, nine oh oh, one two three thanks", "ring 07700900123 thanks"),
        ("registration alpha bravo one two charlie delta echo.", "registration AB12CDE"),
        ("Alpha Bravo 12 Charlie Fox Trot Golf", "AB12CFG"),
        ("X -ray ray", "X ray"),
        ("the postcode is CF -105BT and", "the postcode is CF105BT and"),
        ("born on the 14th of March 1987 in Cardiff", "born on 14/03/1987 in Cardiff"),
        ("the 13th on August 1975", "13/08/1975"),
        ("twenty one", "21"),
        ("I saw a man with a bag", "I saw a man with a bag"),  # "I" and "a" stay words
        ("oh no", "oh no"),  # "oh" alone is not a nought
    ],
)
def test_spoken_forms_become_written_ones(words: str, text: str) -> None:
    assert written(list(said(words).segments[0].words))[0] == text


def test_each_find_has_the_times_of_the_words_that_said_it_and_ranges_are_padded_and_merged() -> None:
    transcript = said("my number is oh seven seven double oh nine oh oh one two three and the car was alpha bravo "
                      "one two charlie delta echo")  # fmt: skip
    hits = find_spoken(transcript)
    phone = next(h for h in hits if h.detector == "uk_phone")
    assert (phone.value, phone.start, phone.end) == ("07700900123", 1.5, 6.9)
    assert phone.heard == "oh seven seven double oh nine oh oh one two three"
    plate = next(h for h in hits if h.detector == "vrm")
    assert plate.value.replace(" ", "") == "AB12CDE"
    groups = ranges(hits)
    assert len(groups) == 2  # 1.6 s apart: not merged
    assert span_of(groups[0], 60.0) == (round(1.5 - PAD, 3), round(6.9 + PAD, 3))


def test_what_the_case_documents_removed_is_found_when_said() -> None:
    terms = detectors.removed_terms(
        [("07700 900461", "VWC", "AK/1"), ("Ninian Park Road", "VWC", "AK/1"), ("ab", "TPD", "AK/1")]
    )
    assert len(terms) == 2  # too short to search for: left out
    hits = find_spoken(said("she lives on ninian park road her number is oh seven seven oh oh nine oh oh four six one"),
                       terms)  # fmt: skip
    removed = [h for h in hits if h.detector == "removed:document"]
    assert sorted(h.heard for h in removed) == [
        "ninian park road",
        "oh seven seven oh oh nine oh oh four six one",
    ]
    assert all(h.label == "Removed from AK/1" for h in removed)


def test_plain_speech_suggests_nothing() -> None:
    assert find_spoken(said("he ran towards the station and I called you straight away about ten minutes ago")) == []
