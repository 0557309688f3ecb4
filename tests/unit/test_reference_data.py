from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from casebridge.errors import ReferenceDataError
from casebridge.reference_data import ReferenceData
from casebridge.resource_files import resource_path


@pytest.fixture(scope="module")
def reference() -> ReferenceData:
    return ReferenceData()


def test_shipped_data_is_versioned_and_licensed(reference: ReferenceData) -> None:
    assert reference.version
    assert "MIT" in reference.manifest.licence
    assert (resource_path("reference") / "LICENSE").read_text().startswith("MIT License")


def test_all_offences_and_forces_load(reference: ReferenceData) -> None:
    assert len(reference.offences) > 15_000
    assert reference.forces.name("62") == "South Wales"
    assert "62" in reference.urn_forces
    assert "99" not in reference.urn_forces  # reserved
    assert "00" not in reference.urn_forces  # dummy URNs


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("TH68010", "TH68010"),
        ("th68010a", "TH68010A"),
        ("robbery", "TH68023"),
        ("assault by beating", "CJ88116"),
        ("theft shop", "TH68010"),
    ],
)
def test_search_by_code_or_words(reference: ReferenceData, query: str, first: str) -> None:
    hits = reference.offences.search(query, limit=10)
    assert hits
    assert hits[0].code == first


def test_search_every_word_must_match(reference: ReferenceData) -> None:
    hits = reference.offences.search("offensive weapon public place", limit=200)
    assert hits
    assert all(all(w in h.title.lower() for w in ("offensive", "weapon", "public", "place")) for h in hits)
    assert reference.offences.search("zzzz nothing") == []
    assert reference.offences.search("   ") == []


def test_tampered_copy_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "ref"
    shutil.copytree(resource_path("reference"), copy)
    data = json.loads((copy / "forces.json").read_text())
    data.append({"code": "99", "name": "Made up"})
    (copy / "forces.json").write_text(json.dumps(data))
    with pytest.raises(ReferenceDataError, match="does not match its manifest"):
        _ = ReferenceData(copy).forces


def test_replacement_set_with_its_own_manifest(tmp_path: Path) -> None:
    copy = tmp_path / "ref"
    copy.mkdir()
    forces = json.dumps([{"code": "62", "name": "Heddlu De Cymru"}]).encode()
    import hashlib

    (copy / "forces.json").write_bytes(forces)
    manifest = {
        "name": "x",
        "source": "test",
        "version": "2027-01",
        "licence": "MIT",
        "files": {"forces.json": hashlib.sha256(forces).hexdigest()},
    }
    (copy / "manifest.json").write_text(json.dumps(manifest))
    ref = ReferenceData(copy)
    assert ref.version == "2027-01"
    assert ref.forces.name("62") == "Heddlu De Cymru"
    with pytest.raises(ReferenceDataError, match=r"no cjs-offences\.json"):
        _ = ref.offences


def test_missing_folder_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match=r"manifest\.json"):
        _ = ReferenceData(tmp_path / "absent").version
