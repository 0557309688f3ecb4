"""What goes in a bundle, as data: sections in order, and the documents in each.

The sections and where each form and exhibit goes come from the bundle profile (`profiles.py`: the Crown
Court DCS letters, the general e-bundle, the jury bundle, Casebridge classic). A definition names documents by
key (a form key such as `MG11:3`, or an exhibit reference such as `SE/2`); the audience decides, in one place
(`audience.py`), which of them a given reader receives and in which version.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from casebridge.errors import ValidationError

if TYPE_CHECKING:
    from casebridge.bundle.profiles import Profile
    from casebridge.domain.exhibit import Exhibit
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
    # in a section kept per defendant (DCS basis of plea, defence statement): whose partition it belongs to (the
    # defendant's name as on the case); only that defendant's bundle carries it
    defendant: str = ""


@dataclass(frozen=True)
class BundleDefinition:
    sections: tuple[Section, ...]
    entries: tuple[Entry, ...]
    excluded: tuple[str, ...] = ()  # keys deliberately left out of every bundle of the case
    profile: str = "classic"  # the profile whose sections these are (profiles.py)

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
                profile=str(data.get("profile", "classic")),
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValidationError("bundle", f"This is not a bundle definition: {exc}.") from None


def sections_of(profile: Profile) -> tuple[Section, ...]:
    return tuple(Section(s.code, s.title, s.restricted) for s in profile.sections)


INTERVIEW_WORDS = ("interview", "roti", "abe ", "achieving best evidence")


def exhibit_kind(exhibit: Exhibit) -> str:
    """For the profile's exhibit sections: a recorded interview or its transcript goes with the interviews."""
    text = f"{exhibit.description} {exhibit.summary} {exhibit.original_name}".casefold()
    if "transcript" in text:
        return "transcript"
    return "interview" if any(word in text for word in INTERVIEW_WORDS) else "default"


def default_definition(view: CaseFileView, profile: Profile | None = None) -> BundleDefinition:
    """Every form the case produces and every exhibit (not redacted copies or stills), in the profile's sections
    (Casebridge classic when none is given); a jury bundle holds only exhibits and interview transcripts.

    One version of each statement is served: where a statement exists both as case-file text (the typed MG11)
    and as the witness's signed copy (an exhibit), the signed copy takes the MG11's place among the statements and
    the typed form is not served; the index says so."""
    from casebridge.bundle.profiles import profile as named_profile
    from casebridge.domain.view import uk_date
    from casebridge.forms.builders import FORMS, build, catalogue

    profile = profile or named_profile()
    entries: list[Entry] = []
    signed: set[str] = set()
    for key in catalogue(view):
        doc = build(view, key)
        code = doc.code.split()[0]
        placed = profile.section_of_form(code, FORMS[code].disclosable)
        section = placed or ""
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
                    signed.add(copy.reference)  # a statement, never an exhibit (nor in a jury bundle)
                    if placed is None:
                        continue
                    note = f"the signed statement {copy.reference}; the typed MG11 is not served"
                    entries.append(Entry(section, "exhibit", copy.reference, f"{title} (signed)", date, author, note))
                    continue
        if placed is not None:
            entries.append(Entry(section, "form", key, title, date, author))
    for exhibit in view.exhibits:
        if "redacted_from" in exhibit.facts or (exhibit.parent_id is not None and "still_of" not in exhibit.facts):
            continue  # redacted copies stand in for their originals at build time; other derivatives are not items
        if exhibit.reference in signed:
            continue  # served among the statements
        producer = exhibit.producer_name or ""
        seized = exhibit.seized_at.strftime("%d/%m/%Y") if exhibit.seized_at else ""
        title = f"{exhibit.reference} {exhibit.display_description or exhibit.original_name}"
        section = profile.section_of_exhibit(exhibit_kind(exhibit))
        entries.append(Entry(section, "exhibit", exhibit.reference, title, seized, producer))
    order = {s.code: i for i, s in enumerate(profile.sections)}
    entries.sort(key=lambda e: order[e.section])  # stable: keeps the Manual of Guidance order within a section
    return BundleDefinition(sections_of(profile), tuple(entries), profile=profile.name)


def arranged(saved: BundleDefinition, current: BundleDefinition) -> BundleDefinition:
    """The case's saved arrangement brought up to date: documents that no longer exist dropped, titles and
    dates refreshed, and documents that are new since it was saved placed at the end of their default
    section (so material added later is never silently missing). Saved for another profile, its order and
    exclusions are kept and each document goes to the current profile's section for it."""
    if saved.profile != current.profile:
        keys = {c.key for c in current.entries}
        order = {s.code: i for i, s in enumerate(current.sections)}
        moved = sorted(
            (_resectioned(e, current) for e in saved.entries if e.key in keys), key=lambda e: order[e.section]
        )
        saved = BundleDefinition(current.sections, tuple(moved), saved.excluded, current.profile)
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
            e.defendant,
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
    return BundleDefinition(saved.sections, tuple(entries), saved.excluded, saved.profile)


def _resectioned(entry: Entry, current: BundleDefinition) -> Entry:
    section = next(e.section for e in current.entries if e.key == entry.key)
    return Entry(section, entry.kind, entry.key, entry.title, entry.date, entry.author, entry.note, entry.defendant)
