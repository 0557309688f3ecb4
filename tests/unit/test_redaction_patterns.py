"""The UK patterns and their checks: each finds what it should and leaves look-alikes alone."""

from __future__ import annotations

import pymupdf
import pytest

from casebridge.domain.recipe import Decision, Mark, Recipe
from casebridge.errors import ValidationError
from casebridge.redaction.detectors import luhn, nhs_mod11, suggest_page
from casebridge.redaction.textmap import PageText


def found(text: str) -> dict[str, list[str]]:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_textbox(pymupdf.Rect(36, 36, 560, 800), text, fontsize=10)
    result: dict[str, list[str]] = {}
    for suggestion in suggest_page(PageText.of(page, 0)):
        result.setdefault(suggestion.detector.removeprefix("pattern:"), []).append(suggestion.text)
    return result


@pytest.mark.parametrize(
    ("text", "detector", "expected"),
    [
        ("Ring 07700 900461 today", "uk_phone", "07700 900461"),
        ("Ring +44 29 2087 1234 today", "uk_phone", "+44 29 2087 1234"),
        ("Office 029 2087 1234.", "uk_phone", "029 2087 1234"),
        ("Mail a.khan@example.co.uk now", "email", "a.khan@example.co.uk"),
        ("Lives in CF10 5BT area", "postcode", "CF10 5BT"),
        ("Lives in SW1A1AA area", "postcode", "SW1A1AA"),
        ("NI AB 12 34 56 C recorded", "ni_number", "AB 12 34 56 C"),
        ("DOB: 12/03/1988 noted", "date_of_birth", "12/03/1988"),
        ("born on 3rd March 1988 in", "date_of_birth", "3rd March 1988"),
        ("Vehicle AB12 CDE seen", "vrm", "AB12 CDE"),
        ("Old plate A123 BCD seen", "vrm", "A123 BCD"),
        ("PNC 2000/0448754K held", "pnc_id", "2000/0448754K"),
        ("CRO 12345/99A held", "cro_number", "12345/99A"),
        ("NHS 943 476 5919 card", "nhs_number", "943 476 5919"),
        ("Sort code 20-00-00 ok", "sort_code", "20-00-00"),
        ("Account number: 12345678 ok", "account_number", "12345678"),
        ("Card 4111 1111 1111 1111 used", "card_number", "4111 1111 1111 1111"),
    ],
)
def test_each_pattern_finds_its_kind(text: str, detector: str, expected: str) -> None:
    assert expected in found(text).get(detector, [])


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("Card 4111 1111 1111 1112 fails Luhn", "card_number"),
        ("NHS 943 476 5918 fails mod 11", "nhs_number"),
        ("NI BG 12 34 56 C is never issued", "ni_number"),
        ("Lives in CF10 5BI area (no I in the inward code)", "postcode"),
        ("Reference 12/03 only", "date_of_birth"),
        ("Page 12 of 40", "uk_phone"),
    ],
)
def test_look_alikes_are_not_suggested(text: str, detector: str) -> None:
    assert detector not in found(text)


def test_check_digits() -> None:
    assert luhn("4111 1111 1111 1111")
    assert not luhn("4111 1111 1111 1112")
    assert nhs_mod11("9434765919")
    assert not nhs_mod11("9434765918")
    assert not nhs_mod11("1111111111")


def test_a_recipe_round_trips_as_canonical_json_and_refuses_what_it_cannot_read() -> None:
    recipe = Recipe("a" * 64, created_at="2026-11-24T10:00:00+00:00")
    recipe = recipe.with_mark(Mark("m1", "text", 0, "VWC", ((10.123, 20.0, 30.0, 40.0),), text="07700 900461"))
    recipe = recipe.with_mark(Mark("m2", "page", 3, "SEN"))
    recipe = recipe.with_decision(Decision("k", "Khan", 0, "Needed to identify the witness", "pc", "t"))
    again = Recipe.from_json(recipe.to_json())
    assert again == recipe
    assert again.to_json() == recipe.to_json()
    assert again.digest == recipe.digest
    assert again.removed_pages == [3]
    assert again.marks[0].rects == ((10.12, 20.0, 30.0, 40.0),)
    with pytest.raises(ValidationError, match="version 9"):
        Recipe.from_json(recipe.to_json().replace('"version": 1', '"version": 9'))
    with pytest.raises(ValidationError, match="SHA-256"):
        Recipe.from_json('{"source_sha256": "nope"}')
    with pytest.raises(ValidationError, match="not valid JSON"):
        Recipe.from_json("{")
    with pytest.raises(ValidationError, match="reason"):
        Mark("m3", "region", 0, "", ((0, 0, 1, 1),))
    with pytest.raises(ValidationError, match="why"):
        Decision("k", "Khan", 0, "  ", "pc", "t")


def test_each_mark_gets_the_cps_tools_own_redaction_type_in_the_log() -> None:
    import json

    from casebridge.redaction.log import LoggedRecipe, cps_type, to_csv
    from casebridge.resource_files import resource_path

    listed = json.loads(resource_path("redaction", "cps_types.json").read_text(encoding="utf-8"))["types"]
    assert "Named individual" in listed
    assert "Previous convictions" in listed
    cases = {
        ("pattern:uk_phone", "VWC"): "Phone number",
        ("same:pattern:date_of_birth", "DOB"): "Date of birth",
        ("case:witness:name", "VWC"): "Named individual",
        ("case:victim:address", "VWC"): "Address",
        ("pattern:pnc_id", "PSD"): "Previous convictions",
        ("manual", "FIN"): "Bank details",
        ("manual", "TPD"): "Other",
        ("removed:document", "SEN"): "Other",
    }
    for (source, reason), expected in cases.items():
        assert cps_type(source, reason) == expected, source
        assert expected in listed
    mark = Mark("m1", "text", 0, "VWC", ((1, 1, 5, 5),), text="x", source="pattern:email", approved_by="a")
    log = to_csv([LoggedRecipe("AK/1", "AK/1/1", Recipe("0" * 64, (mark,)), {"m1": "end of line"})])
    header, row = log.splitlines()[:2]
    assert header.endswith("Box,CPS redaction type")
    assert row.endswith("end of line,Email address")
