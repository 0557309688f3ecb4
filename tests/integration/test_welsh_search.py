"""Welsh letters in search, on SQLite and PostgreSQL: any case, with or without the accents."""

from __future__ import annotations

from casebridge.domain.text import fold
from casebridge.workspace import Workspace


def test_fold_plain_and_accented_letters_alike() -> None:
    assert fold("GLYNDŴR, Llŷn, Tŷ Âr") == "glyndwr, llyn, ty ar"


def test_case_search_finds_welsh_names_with_or_without_accents(db_workspace: Workspace) -> None:
    cases = db_workspace.cases
    cases.create_case("62CF0012326", title="Lladrad, FFORDD GLYNDŴR, Caerdydd")
    cases.add_person("62CF0012326", {"role": "witness", "surname": "Prŷs", "forenames": "Siân"})
    cases.create_case("62CF0012426", title="Burglary, Queen Street")
    for query in ("glyndŵr", "GLYNDŴR", "Glyndwr", "ffordd glyndwr", "pryS", "SIÂN", "sian"):
        assert [c.urn for c in cases.list_cases(search=query)] == ["62CF0012326"], query
    assert [c.urn for c in cases.list_cases(search="queen")] == ["62CF0012426"]
