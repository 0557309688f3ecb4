"""The language model for names (Presidio over en_core_web_sm, the [names] extra): loaded only when every file of
the pipeline matches its recorded SHA-256, and filtered like the rules' finds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebridge.redaction import names_model


def test_the_installed_pipeline_is_the_checked_one() -> None:
    names_model.check(names_model.folder())
    assert names_model.usable()
    assert "checked by SHA-256" in names_model.status()


def test_an_altered_or_incomplete_pipeline_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "pipeline"
    shutil.copytree(names_model.folder(), copy)
    names_model.check(copy)
    weights = copy / "ner" / "model"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(names_model.NamesModelMissing, match=r"not the one .*ner/model differs"):
        names_model.check(copy)
    with pytest.raises(names_model.NamesModelMissing, match="ner/model differs"):
        names_model.NamesModel(copy)  # never loaded
    (copy / "ner" / "model").unlink()
    (copy / "extra.bin").write_bytes(b"x")
    with pytest.raises(names_model.NamesModelMissing, match=r"ner/model missing; extra.bin not expected"):
        names_model.check(copy)


def test_a_missing_package_says_rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(names_model.manifest(), "module", "no_such_pipeline_package")
    with pytest.raises(names_model.NamesModelMissing, match=r"not installed.*\[names\] extra"):
        names_model.folder()
    assert names_model.status().startswith("rules only")


@pytest.mark.parametrize(
    ("text", "keep", "expected"),
    [
        ("Afterwards Gareth Hughes drove me home.", [], [("person", "Gareth Hughes")]),
        ("I work for Tata Steel as a welder.", [], [("organisation", "Tata Steel")]),
        ("Sergeant Price and PC Evans came to the door.", [], []),  # officers by rank
        ("Afterwards Rhys Jones drove off.", ["Rhys Jones"], []),  # the case's own people
        ("I was walking through Newport towards Nisa Local.", [], []),  # where, not who
        ("I make this statement under the Criminal Justice Act 1967.", [], []),  # legislation
        ("I saw my GP at the Magistrates' Court.", [], []),  # acronyms and the justice system
    ],
)
def test_what_the_model_finds_is_filtered_like_the_rules(
    text: str, keep: list[str], expected: list[tuple[str, str]]
) -> None:
    assert [(p.kind, p.text) for p in names_model.find(text, keep)] == expected
    for party in names_model.find(text, keep):
        assert text[party.start : party.end] == party.text
