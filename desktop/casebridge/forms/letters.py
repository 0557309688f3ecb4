"""Letters to the public in the person's language: Welsh, English, or both (Welsh first, each version from a
new page), from the person's language preference on the case file. Templates and their wording live in
`resources/templates/letters/` (a Mako layout and a JSON file of the words in each language).

The letter so far: to a witness, confirming the details held and the dates they cannot attend court.
"""

from __future__ import annotations

import functools
import io
import json
from datetime import date
from typing import TYPE_CHECKING, Any

from casebridge import __version__
from casebridge.errors import ValidationError
from casebridge.resource_files import resource_path

if TYPE_CHECKING:
    from casebridge.workspace import Workspace

KINDS = ("witness-dates",)
A4 = (595.0, 842.0)


@functools.cache
def _words(kind: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("templates", "letters", f"{kind}.json").read_text("utf-8"))
    return data


@functools.cache
def _template(kind: str) -> Any:
    from mako.template import Template

    path = resource_path("templates", "letters", f"{kind}.html.mako")
    return Template(filename=str(path), input_encoding="utf-8")


def _day(value: str | date | None, months: list[str]) -> str:
    if not value:
        return ""
    day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def languages_for(preference: str) -> list[str]:
    """The versions a letter needs: Welsh, English, or Welsh then English."""
    return {"cy": ["cy"], "both": ["cy", "en"]}.get(preference, ["en"])


def letter_data(ws: Workspace, urn: str, person_id: int, today: date | None = None) -> dict[str, Any]:
    from casebridge.store.casefile import case_file_record

    case = ws.cases.get_case(urn)
    person = next((p for p in case.people if p.id == person_id), None)
    if person is None:
        raise ValidationError("person", f"There is no person {person_id} on {case.urn}.")
    details = case_file_record(ws.casefile.load(case.urn))["person_details"].get(str(person_id), {})
    words = _words("witness-dates")
    stamp = {words[lang]["lang"]: _day(today or date.today(), words[lang]["months"]) for lang in ("en", "cy")}
    avoid = [
        (
            {words[lang]["lang"]: _day(entry.get("from"), words[lang]["months"]) for lang in ("en", "cy")},
            {words[lang]["lang"]: _day(entry.get("to"), words[lang]["months"]) for lang in ("en", "cy")}
            if entry.get("to") and entry.get("to") != entry.get("from")
            else None,
            str(entry.get("reason") or ""),
        )
        for entry in details.get("dates_to_avoid") or []
    ]
    force_name = ws.reference.forces.name(case.urn[:2])
    return {
        "urn": case.urn,
        "title": case.title,
        "name": f"{person.forenames} {person.surname}".strip(),
        "address": str(details.get("address") or ""),
        "phone": str(details.get("phone") or ""),
        "language": details.get("language") if details.get("language") in ("en", "cy", "both") else "en",
        "avoid": avoid,
        "none_to_avoid": bool(details.get("no_dates_to_avoid")),
        "officer": case.officer_in_case or "the officer in the case",
        "reference": case.crime_reference or case.urn,
        "force": force_name or f"Force {case.urn[:2]}",
        "dates": stamp,
    }


def render_letter(
    ws: Workspace,
    urn: str,
    person_id: int,
    kind: str = "witness-dates",
    language: str | None = None,
    today: date | None = None,
) -> bytes:
    """The letter as PDF, in `language` (en, cy, both) or else the person's own preference."""
    import pymupdf

    if kind not in KINDS:
        raise ValidationError("kind", f"There is no letter '{kind}' (there is: {', '.join(KINDS)}).")
    data = letter_data(ws, urn, person_id, today)
    versions = languages_for(language or data["language"])
    words = _words(kind)
    css = resource_path("templates", "letters", "letter.css").read_text("utf-8")
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    page = pymupdf.Rect(0, 0, *A4)
    body = pymupdf.Rect(60, 60, A4[0] - 60, A4[1] - 60)
    for version in versions:  # each language version starts on a new page
        story = pymupdf.Story(html=str(_template(kind).render(t=words[version], data=data)), user_css=css)
        more = True
        while more:
            device = writer.begin_page(page)
            more, _filled = story.place(body)
            story.draw(device)
            writer.end_page()
    writer.close()
    pdf = pymupdf.open(stream=buffer.getvalue(), filetype="pdf")
    title = " / ".join(words[v]["heading"] for v in versions)
    pdf.set_metadata(
        {
            "title": f"{title} — {data['urn']}",
            "creator": f"Casebridge {__version__}",
            "producer": f"Casebridge {__version__} (PyMuPDF)",
        }
    )
    pdf.xref_set_key(pdf.pdf_catalog(), "Lang", f"({words[versions[0]]['lang']})")
    pdf.xref_set_key(pdf.pdf_catalog(), "ViewerPreferences", "<</DisplayDocTitle true>>")
    return bytes(pdf.tobytes(garbage=3, deflate=True, no_new_id=True))
