from __future__ import annotations

from casebridge.domain.exhibit import continuity_text, initials, next_reference


def test_initials() -> None:
    assert initials("Sarah", "EVANS") == "SE"
    assert initials("Gareth Huw", "Morgan") == "GHM"
    assert initials("Mary-Jane", "O'Neill") == "MJON"
    assert initials("", "") == "X"


def test_next_reference_counts_only_its_own_level() -> None:
    existing = ["SE/1", "SE/2", "SE/2/1", "AK/1", "SE/10"]
    assert next_reference("SE", existing) == "SE/11"
    assert next_reference("SE/2", existing) == "SE/2/2"
    assert next_reference("GHM", existing) == "GHM/1"


def test_continuity_wording() -> None:
    assert continuity_text("exhibit.updated", {"seized_at": None}, {"seized_at": "2026-11-14T22:40"}) == (
        "Seized/received changed from '' to '14/11/2026 22:40'"
    )
    assert continuity_text("exhibit.updated", {"description": "a"}, {"description": "CCTV"}) == (
        "Description changed from 'a' to 'CCTV'"
    )
    assert continuity_text("exhibit.handled", None, {"what": "Booked into store"}) == "Booked into store"
    assert continuity_text("exhibit.derived", None, {"kind": "proxy"}) == "Made a viewing proxy (original untouched)"
    assert continuity_text(
        "exhibit.imported", None, {"source": "a.avi", "reference": "SE/1", "sha256": "ab" * 32}
    ).startswith("Imported from 'a.avi' as SE/1 (SHA-256 abababab")
