"""The pieces of one decision, every medium: finding a value in a picture's lines, a long number misheard by the
recogniser, what counts as already marked, and the read-back of a redacted picture (which must fail on the
unredacted one)."""

from __future__ import annotations

import io
import re

from PIL import Image, ImageDraw, ImageFont

from casebridge.redaction import detectors
from casebridge.redaction.everywhere import _covered
from casebridge.redaction.shot_text import in_lines
from casebridge.redaction.spoken import misheard
from casebridge.redaction.verify import text_read_back


def test_a_value_is_found_in_a_line_read_with_other_spacing_and_boxed_within_the_picture() -> None:
    lines = [((10.0, 20.0, 220.0, 20.0), "Ring AB12CDE now"), ((0.0, 100.0, 50.0, 10.0), "nothing")]
    (box,) = in_lines(lines, "ab12 cde", (170, 200))
    x0, y0, x1, y1 = box
    assert 10 + 220 * 5 / 16 - 5 <= x0 < 10 + 220 * 5 / 16  # from the A, padded by a quarter of the line height
    assert x1 == 170  # kept inside the picture (it would end at 180)
    assert (y0, y1) == (15.0, 45.0)
    assert in_lines(lines, "AB", (200, 200)) == []  # too short to look for


def test_a_long_number_is_still_found_when_a_digit_is_misheard_but_not_another_number() -> None:
    (term,) = detectors.removed_terms([("07700 900123", "TPD", "SE/1")])
    near = misheard(term, "07700 900123")
    assert near is not None
    for heard in ("077009000123", "0770090123", "07700 900124", "07700900123"):
        assert near.regex.search(heard), heard
    for other in ("07700 911111", "01632 960001", "0770090012345"):
        assert not near.regex.search(other), other
    assert misheard(term, "John Smith") is None
    assert misheard(term, "123") is None


def test_what_is_already_marked_is_not_offered_again() -> None:
    assert _covered([(10, 10, 50, 20)], [(8, 8, 60, 22)])
    assert not _covered([(10, 10, 50, 20)], [(8, 8, 30, 22)])  # half of it
    assert not _covered([(10, 10, 50, 20), (10, 30, 50, 40)], [(8, 8, 60, 22)])  # one line of two


def _picture(text: str, boxed: bool) -> bytes:
    picture = Image.new("RGB", (800, 200), "white")
    draw = ImageDraw.Draw(picture)
    draw.text((40, 70), text, fill="black", font=ImageFont.load_default(size=44))
    if boxed:
        draw.rectangle((30, 60, 760, 140), fill="black")
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def test_the_read_back_finds_a_value_left_readable_and_nothing_once_it_is_covered() -> None:
    found = text_read_back(_picture("07700 900123", boxed=False), ["07700 900123"])
    assert [p.check for p in found] == ["text_read"]
    assert all(p.blocking for p in found)
    assert re.search("07700 900123", found[0].detail)
    assert text_read_back(_picture("07700 900123", boxed=True), ["07700 900123"]) == []
    assert text_read_back(_picture("07700 900123", boxed=False), ["AB"]) == []  # nothing long enough to look for
