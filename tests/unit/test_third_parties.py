"""The rules that find third parties named only in free text: what they find, what they leave alone."""

from __future__ import annotations

from casebridge.redaction.third_parties import find


def _found(text: str, keep: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find(text, keep)]


def test_people_organisations_addresses_and_health_details_are_found_by_their_cues() -> None:
    text = (
        "I went to my GP, Dr Patel at the Butetown Health Centre. My neighbour, Gareth O'Brien, lives at "
        "14 Heol Llanishen Fach and a man called Dai McDonald saw it. I was diagnosed with epilepsy in 2019."
    )
    assert _found(text) == [
        ("person", "Patel"),
        ("organisation", "Butetown Health Centre"),
        ("person", "Gareth O'Brien"),
        ("address", "14 Heol Llanishen Fach"),
        ("person", "Dai McDonald"),
        ("medical", "epilepsy"),
    ]


def test_the_cases_people_officers_locus_and_the_justice_system_are_left_alone() -> None:
    text = (
        "Mrs Amira Khan told PC Evans that a man called Rhys ran out of Nisa Local, 112 Queen Street. "
        "I went to Cardiff Bay Police Station and later to Cardiff Crown Court. On Monday Mr Evans rang."
    )
    keep = ("Amira Khan", "Rhys Alun Jones", "PC 4312 Evans", "Nisa Local, 112 Queen Street, Cardiff")
    assert _found(text, keep) == []


def test_a_page_of_capitalised_words_or_titles_finds_nothing_odd() -> None:
    assert _found(" ".join(["Word"] * 500)) == []
    assert _found(" ".join(["Dr"] * 500)) == []
    assert _found("Then Sunday came. After Dr. Owen left.") == [("person", "Owen")]
