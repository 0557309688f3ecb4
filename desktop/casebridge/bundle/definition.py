"""What goes in a bundle, as data: sections in order, and the documents in each.

The default scheme follows the Crown Court Digital Case System layout where it is known: case summary and
charges, witness statements, exhibits, interviews, unused material; plus a police/CPS-only section for the
forms that never go to the defence. A definition names documents by key (a form key such as `MG11:3`, or an
exhibit reference such as `SE/2`); the audience decides, in one place (`audience.py`), which of them a given
reader receives and in which version.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from casebridge.errors import ValidationError

if TYPE_CHECKING:
    from casebridge.domain.view import CaseFileView


@dataclass(frozen=True)
class Section:
    code: str  # the page prefix: "A" gives ...
    title: str
    restricted: bool = False  # police and CPS only: never in a defence or court bundle


@dataclass(frozen=True)
class Entry:
    section: str
    kind: str  # form | exhibit
    key: str  # "MG5", "MG11:3", or an exhibit reference "SE/2"
    title: str
    date: str = ""  # dd/mm/yyyy as shown in the index
    author: str = ""  # the witness, producer or officer
    note: str = ""  # why this version of the document is the one served (shown in the index)


@dataclass(frozen=True)
class BundleDefinition:
    sections: tuple[Section, ...]
    entries: tuple[Entry, ...]
    excluded: tuple[str, ...] = ()  # keys deliberately left out of every bundle of the case

    def __post_init__(self) -> None:
        codes = [s.code for s in self.sections]
        if len(set(codes)) != len(codes):
            raise ValidationError("sections", "Two sections have the same letter.")
        for entry in self.entries:
            if entry.section not in codes:
                raise ValidationError("entries", f"{entry.key} is in section {entry.section}, which does not exist.")
            if entry.kind not in ("form", "exhibit"):
                raise ValidationError("entries", f"{entry.key}: '{entry.kind}' is not a kind of bundle document.")

    def in_section(self, code: str) -> list[Entry]:
        return [e for e in self.entries if e.section == code]

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> BundleDefinition:
        try:
            data: dict[str, Any] = json.loads(text)
            return cls(
                sections=tuple(Section(**s) for s in data["sections"]),
                entries=tuple(Entry(**e) for e in data["entries"]),
                excluded=tuple(data.get("excluded", [])),
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValidationError("bundle", f"This is not a bundle definition: {exc}.") from None


DEFAULT_SECTIONS = (
    Section("A", "Case summary and charges"),
    Section("B", "Witness statements"),
    Section("C", "Exhibits"),
    Section("D", "Interviews"),
    Section("E", "Unused material schedules"),
    Section("F", "Police and CPS only", restricted=True),
)
SECTION_OF_FORM = {
    "MG5": "A",
    "MG4": "A",
    "MG18": "A",
    "MG11": "B",
    "MG12": "C",
    "MG15": "D",
    "MG6C": "E",
    "MG6E": "E",
}


def default_definition(view: CaseFileView) -> BundleDefinition:
    """Every form the case produces and every exhibit (not redacted copies or stills), in the default scheme.

    One version of each statement is served: where a statement exists both as case-file text (the typed MG11)
    and as the witness's signed copy (an exhibit), the signed copy takes the MG11's place among the statements and
    the typed form is not served; the index says so."""
    from casebridge.domain.view import uk_date
    from casebridge.forms.builders import FORMS, build, catalogue

    entries: list[Entry] = []
    signed: set[str] = set()
    for key in catalogue(view):
        doc = build(view, key)
        code = doc.code.split()[0]
        section = SECTION_OF_FORM.get(code, "F" if not FORMS[code].disclosable else "A")
        if not FORMS[code].disclosable:
            section = "F"
        author = doc.subject or ""
        date = ""
        title = f"{doc.code} {doc.title}" + (f" — {doc.subject}" if doc.subject else "")
        if code == "MG11" and ":" in key:
            statement = next((s for s in view.file.of("statement") if str(s.id) == key.split(":")[1]), None)
            if statement is not None:
                date = uk_date(statement.get("signed_on") or statement.get("taken_on"))
                author = view.name(statement.person_id)
                copy = view.signed_copy(statement)
                if copy is not None:
                    signed.add(copy.reference)
                    note = f"the signed statement {copy.reference}; the typed MG11 is not served"
                    entries.append(Entry(section, "exhibit", copy.reference, f"{title} (signed)", date, author, note))
                    continue
        entries.append(Entry(section, "form", key, title, date, author))
    for exhibit in view.exhibits:
        if "redacted_from" in exhibit.facts or (exhibit.parent_id is not None and "still_of" not in exhibit.facts):
            continue  # redacted copies stand in for their originals at build time; other derivatives are not items
        if exhibit.reference in signed:
            continue  # served among the statements
        producer = exhibit.producer_name or ""
        seized = exhibit.seized_at.strftime("%d/%m/%Y") if exhibit.seized_at else ""
        title = f"{exhibit.reference} {exhibit.display_description or exhibit.original_name}"
        entries.append(Entry("C", "exhibit", exhibit.reference, title, seized, producer))
    order = {s.code: i for i, s in enumerate(DEFAULT_SECTIONS)}
    entries.sort(key=lambda e: order[e.section])  # stable: keeps the Manual of Guidance order within a section
    return BundleDefinition(DEFAULT_SECTIONS, tuple(entries))


def arranged(saved: BundleDefinition, current: BundleDefinition) -> BundleDefinition:
    """The case's saved arrangement brought up to date: documents that no longer exist dropped, titles and
    dates refreshed, and documents that are new since it was saved placed at the end of their default
    section (so material added later is never silently missing)."""
    fresh = {e.key: e for e in current.entries}
    sections = {s.code for s in saved.sections}
    kept = [
        Entry(
            e.section if e.section in sections else fresh[e.key].section,
            e.kind,
            e.key,
            fresh[e.key].title,
            fresh[e.key].date,
            fresh[e.key].author,
            fresh[e.key].note,
        )
        for e in saved.entries
        if e.key in fresh
    ]
    known = {e.key for e in kept} | set(saved.excluded)
    entries = list(kept)
    for entry in current.entries:
        if entry.key in known:
            continue
        section = entry.section if entry.section in sections else saved.sections[-1].code
        last = max((i for i, e in enumerate(entries) if e.section == section), default=len(entries) - 1)
        entries.insert(
            last + 1, Entry(section, entry.kind, entry.key, entry.title, entry.date, entry.author, entry.note)
        )
    return BundleDefinition(saved.sections, tuple(entries), saved.excluded)
