"""`redact verify` gives verdicts people can trust (issue 21, part 3): leaks and failed redactions fail (exit 1);
ordinary document information, XMP, annotations and a second revision are hygiene — reported, failing only with
`--strict`; document information fails when it holds personal data; words only an earlier revision shows fail."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from tests.integration.test_cli import run
from tests.integration.test_redaction import CORPUS, FAILED

TRAPS = sorted(p for p in (CORPUS / "xray-redaction-cases").glob("*.pdf") if p.name not in FAILED)


def _verify(tmp_path: Path, path: Path, *extra: str) -> tuple[int, dict[str, list[dict[str, object]]]]:
    done = run(tmp_path / "ws", "redact", "verify", str(path), "--json", *extra)
    return done.returncode, json.loads(done.stdout)


def _statement(path: Path, **metadata: str) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "The witness left at nine.", fontsize=11)
    page.draw_rect(pymupdf.Rect(72, 120, 200, 135), color=(0, 0, 0), fill=(0, 0, 0))  # a real box over nothing
    doc.set_metadata({"producer": "Microsoft® Word for Microsoft 365", "creator": "Microsoft Word", **metadata})
    doc.save(path)


@pytest.mark.parametrize("trap", TRAPS, ids=lambda p: p.name)
def test_the_traps_pass(tmp_path: Path, trap: Path) -> None:
    code, report = _verify(tmp_path, trap)
    assert code == 0, report["problems"]
    assert report["problems"] == []


@pytest.mark.parametrize("name", sorted(FAILED))
def test_each_failed_redaction_fails(tmp_path: Path, name: str) -> None:
    code, report = _verify(tmp_path, CORPUS / "xray-redaction-cases" / name)
    assert code == 1
    assert "failed_redaction" in {p["check"] for p in report["problems"]}


def test_ordinary_document_information_is_hygiene_and_fails_only_under_strict(tmp_path: Path) -> None:
    path = tmp_path / "redacted.pdf"
    _statement(path, title="Statement of witness")
    code, report = _verify(tmp_path, path)
    assert code == 0
    assert report["problems"] == []
    assert [h["check"] for h in report["hygiene"]] == ["metadata"]
    assert all(h["severity"] == "hygiene" for h in report["hygiene"])
    strict, again = _verify(tmp_path, path, "--strict")
    assert strict == 1
    assert again["hygiene"] == report["hygiene"]
    printed = run(tmp_path / "ws", "redact", "verify", str(path)).stdout
    assert "no leak or failed redaction found" in printed
    assert "Hygiene (1, not failing)" in printed


@pytest.mark.parametrize(
    ("field", "value", "why"),
    [
        ("author", "Amira Khan", "a person's name"),
        ("subject", "Witness mobile 07700 900461", "an identifier"),
        ("keywords", "contact amira.khan@example.org", "an e-mail address"),
    ],
)
def test_document_information_holding_personal_data_fails(tmp_path: Path, field: str, value: str, why: str) -> None:
    path = tmp_path / "leaky.pdf"
    _statement(path, **{field: value})
    code, report = _verify(tmp_path, path)
    assert code == 1
    assert [p["detail"] for p in report["problems"]] == [f"the document information's {field} holds {why}"]
    assert value not in json.dumps(report)  # the verdict names the field, never the personal data


def test_an_author_that_is_software_or_an_organisation_is_not_personal(tmp_path: Path) -> None:
    for author in ("Administrator", "South Wales Police", "pdfTeX"):
        path = tmp_path / "plain.pdf"
        _statement(path, author=author)
        assert _verify(tmp_path, path)[0] == 0, author


def test_words_only_an_earlier_revision_shows_fail(tmp_path: Path) -> None:
    path = tmp_path / "revised.pdf"
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), "Call Amira Khan on 07700 900461 tonight.", fontsize=11)
    doc.save(path)
    doc.close()
    doc = pymupdf.open(path)  # "redacted" by an incremental update: the first version stays in the file
    page = doc[0]
    page.add_redact_annot(page.search_for("Amira Khan")[0])
    page.apply_redactions()
    doc.save(path, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
    doc.close()
    code, report = _verify(tmp_path, path)
    assert code == 1
    (problem,) = [p for p in report["problems"] if p["check"] == "old_revision"]
    assert problem["page"] == 0
    assert "earlier revision still holds 2 word(s)" in str(problem["detail"])
    assert [h["check"] for h in report["hygiene"]] == ["revisions"]
