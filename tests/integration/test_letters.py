"""Letters to the public in their own language: Welsh, English, or Welsh then English, from the person's
preference on the case file; Welsh letters say so in the PDF's language and use Welsh dates and force names."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pymupdf
import pytest

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.forms.letters import render_letter
from casebridge.workspace import Workspace


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    build_demo(build_services(workspace), derivatives=False)
    return workspace


def _person(ws: Workspace, surname: str) -> int:
    person = next(p for p in ws.cases.get_case(DEMO_URN).people if p.surname == surname)
    assert person.id is not None
    return person.id


def _pages(pdf: bytes) -> tuple[list[str], str]:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [page.get_text() for page in doc], doc.xref_get_key(doc.pdf_catalog(), "Lang")[1]


def test_a_witness_who_wants_both_gets_welsh_first_then_english(demo: Workspace) -> None:
    pages, lang = _pages(render_letter(demo, DEMO_URN, _person(demo, "Khan"), today=date(2026, 11, 24)))
    assert len(pages) == 2
    assert lang == "cy-GB"
    assert "Annwyl Amira Khan" in pages[0]
    assert "Heddlu De Cymru — Uned Gofal Tystion" in pages[0]
    assert "24 Tachwedd 2026" in pages[0]
    assert "21 Rhagfyr 2026 i 2 Ionawr 2027" in pages[0]
    assert "Ffôn" in pages[0]
    assert "Dear Amira Khan" in pages[1]
    assert "21 December 2026 to 2 January 2027" in pages[1]
    assert "South Wales — Witness Care Unit" in pages[1]


def test_welsh_only_and_english_only_letters(demo: Workspace) -> None:
    welsh, lang = _pages(render_letter(demo, DEMO_URN, _person(demo, "Hughes")))
    assert len(welsh) == 1
    assert lang == "cy-GB"
    assert "Nid ydych wedi dweud wrthym eto" in welsh[0]  # no dates recorded yet
    english, lang = _pages(render_letter(demo, DEMO_URN, _person(demo, "Morgan")))
    assert len(english) == 1
    assert lang == "en-GB"
    assert "You have told us there are no dates you cannot attend." in english[0]


def test_letters_from_the_command_line(demo: Workspace, workspace_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "casebridge",
            "letters",
            "render",
            DEMO_URN,
            "--person",
            "Morgan",
            "--language",
            "cy",
            "--out",
            str(out),
            "--workspace",
            str(workspace_dir),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "in Welsh" in done.stdout
    pages, lang = _pages(out.read_bytes())
    assert lang == "cy-GB"
    assert "Annwyl Gareth Huw Morgan" in pages[0]
