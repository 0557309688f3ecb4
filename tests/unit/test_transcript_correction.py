"""Putting a passage of a transcript right: kept words keep their times, new words take the time of what they
replace or of the gap (or, with no gap, share the next word's), the correction is recorded and survives JSON."""

from __future__ import annotations

import pytest

from casebridge.domain.transcript import Segment, Transcript, Word, retimed
from casebridge.errors import ValidationError

WORDS = (
    Word(1.0, 1.3, " My", 0.9),
    Word(1.3, 1.6, " name", 0.9),
    Word(1.6, 1.8, " is", 0.9),
    Word(1.8, 2.2, " Jon", 0.4),
    Word(2.2, 2.9, " Smyth.", 0.5),
    Word(3.5, 3.9, " Bye.", 0.9),
)


def test_replaced_words_take_the_time_of_what_they_replace_and_kept_words_keep_theirs() -> None:
    timed = retimed(WORDS, "My name is John Smith. Bye.", 1.0, 4.0)
    assert [w.text for w in timed] == [" My", " name", " is", " John", " Smith.", " Bye."]
    assert timed[:3] == WORDS[:3]
    assert timed[5] == WORDS[5]
    john, smith = timed[3], timed[4]
    assert (john.start, smith.end) == (1.8, 2.9)
    assert john.end == smith.start
    assert john.probability == 1.0


def test_missed_words_go_in_the_gap_or_share_the_next_words_time() -> None:
    gap = retimed(WORDS, "My name is Jon Smyth. Well. Bye.", 1.0, 4.0)
    well = next(w for w in gap if w.text == " Well.")
    assert (well.start, well.end) == (2.9, 3.5)
    none = retimed(WORDS, "My name really is Jon Smyth. Bye.", 1.0, 4.0)
    really, is_ = none[2], none[3]
    assert really.text == " really"
    assert 1.6 <= really.start < really.end <= is_.start < is_.end == 1.8
    assert [w.start for w in none] == sorted(w.start for w in none)  # still in the order they were said


def test_words_taken_out_are_gone_and_nothing_else_moves() -> None:
    timed = retimed(WORDS, "My name is Jon Smyth.", 1.0, 4.0)
    assert timed == WORDS[:5]


def test_a_correction_is_recorded_kept_in_json_and_refused_when_empty_or_nowhere() -> None:
    segment = Segment("sound", 1.0, 3.9, " My name is Jon Smyth. Bye.", WORDS)
    transcript = Transcript("a" * 64, "faster-whisper-base", "b" * 64, {}, (segment,), 4.0, channels=("sound",))
    assert "corrections" not in transcript.to_dict()  # a machine transcript's JSON is as it was
    assert transcript.passage(3.0) == transcript.passage(0.96)  # any moment of it
    fixed = transcript.corrected(transcript.passage(1.02), "My name is John Smith. Bye.", "PC 1 Evans", "now")
    assert fixed.text == "My name is John Smith. Bye."
    (note,) = fixed.corrections
    assert (note.before, note.after, note.by) == (
        "My name is Jon Smyth. Bye.",
        "My name is John Smith. Bye.",
        "PC 1 Evans",
    )
    assert Transcript.from_json(fixed.to_json()) == fixed
    assert fixed.digest != transcript.digest
    with pytest.raises(ValidationError, match="cannot be left empty"):
        transcript.corrected(segment, "   ", "PC 1 Evans", "now")
    with pytest.raises(ValidationError, match=r"No passage is said at 3\.95 s"):
        transcript.passage(3.95)
