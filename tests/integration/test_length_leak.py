"""No length leak (issue 21, part 4): two sources that differ only in a line-final value being removed (a short and
a long e-mail address; Word-like and LibreOffice-like text runs) give redacted pages with identical text, identical
content and identical pixels — the box runs to the end of the line. In the middle of a line the log records the
box's width, and "to end of line" removes the rest of the line with it."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pymupdf
import pytest

from casebridge.domain.recipe import Recipe
from casebridge.redaction.log import LoggedRecipe, to_csv
from casebridge.redaction.pdf_apply import AppliedPdf, apply_pdf
from casebridge.redaction.suggest import suggest_pages
from casebridge.redaction.verify import verify_pdf
from tests.redaction_fixtures import line_final_pdf

SHORT, LONG = "al@x.org", "alexandra.longname-smith@example-police.org.uk"


def _redacted(source: bytes, *, to_line_end: bool = False) -> tuple[AppliedPdf, Recipe]:
    found, _texts = suggest_pages(source, range(1), [])
    recipe = Recipe(hashlib.sha256(source).hexdigest())
    for suggestion in found:
        if "@" in suggestion.text:
            mark = suggestion.to_mark(recipe.next_id(), "PC 1", "now")
            recipe = recipe.with_mark(replace(mark, approved_by="PC 1", to_line_end=to_line_end))
    assert len(recipe.marks) == 1
    applied = apply_pdf(source, recipe)
    assert [p for p in verify_pdf(applied, recipe, source) if p.blocking] == []
    return applied, recipe


def _page(data: bytes) -> tuple[str, bytes, bytes]:
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        page = doc[0]
        return page.get_text(), page.get_pixmap(dpi=150).samples, page.read_contents()


@pytest.mark.parametrize("style", ["word", "libreoffice"])
def test_two_sources_differing_only_in_a_line_final_value_give_identical_pages(style: str) -> None:
    short, _ = _redacted(line_final_pdf(SHORT, style))
    long, _ = _redacted(line_final_pdf(LONG, style))
    text_a, pixels_a, content_a = _page(short.data)
    text_b, pixels_b, content_b = _page(long.data)
    assert "Contact me at" in text_a
    assert "@" not in text_a
    assert text_a == text_b
    assert content_a == content_b  # no glyph offset, no box size that depends on what was removed
    assert pixels_a == pixels_b
    assert short.widths == long.widths == {"m1": "end of line"}


def test_in_the_middle_of_a_line_the_width_is_logged_and_to_end_of_line_closes_it() -> None:
    source = line_final_pdf(SHORT, "word", after="after six tonight.")
    applied, recipe = _redacted(source)
    (width,) = applied.widths.values()
    assert width.endswith(" pt")
    assert "after six tonight." in _page(applied.data)[0]  # the words after the value stay
    log = to_csv([LoggedRecipe("AK/9", "AK/9/1", recipe, applied.widths)])
    assert f"{width} mid-line (its length can be judged)" in log

    closed, recipe = _redacted(source, to_line_end=True)
    assert closed.widths == {"m1": "end of line"}
    text = _page(closed.data)[0]
    assert "Contact me at" in text
    assert "tonight" not in text  # the rest of the line went with it
    other, _ = _redacted(line_final_pdf(LONG, "word", after="after six tonight."), to_line_end=True)
    assert _page(other.data)[1] == _page(closed.data)[1]
    assert "end of line" in to_csv([LoggedRecipe("AK/9", "AK/9/1", recipe, closed.widths)])
