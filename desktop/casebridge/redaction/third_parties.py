"""People, organisations, places and medical details named only in free text — the third parties nobody entered
on the case ("my GP, Dr Patel at the Butetown Health Centre").

By rules (a language model adds what they cannot read: names_model.py). The rules read the way statements are
written: a title before a name (Dr, Mrs, Nurse…), a relationship before a name ("my
neighbour, Gareth"), a naming verb ("a man called…"), a capitalised name ending in what an organisation is
(Health Centre, Surgery, Primary School, Ltd…), a numbered street address, and what a person was diagnosed with
or prescribed. Police officers, the case's suspects and defendants, and organisations of the justice system are
not offered. Suggestions from here rank below the case's own terms and the UK patterns (offered last, never over
them). Measured on generated statements: docs/performance.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

TITLES = r"Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Rev|Reverend|Father|Nurse|Sister|Councillor|Cllr"

# a name word: capitalised, Mc/Mac/O'/D' prefixes, a possessive, hyphenated parts (Pen-y-Lan); never a title
NAME = rf"(?!(?:{TITLES})\b)(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:['’]s)?(?:-(?:[a-z]{{1,3}}-)*[A-Z][a-z]+)?"
NAMES = rf"{NAME}(?:\s+{NAME}){{0,2}}"

RELATIONS = (
    r"husband|wife|partner|ex-partner|ex-husband|ex-wife|son|daughter|step-son|stepson|step-daughter|stepdaughter|"
    r"mother|mum|mam|father|dad|brother|sister|half-brother|half-sister|friend|best friend|neighbour|boyfriend|"
    r"girlfriend|ex-boyfriend|ex-girlfriend|colleague|manager|boss|landlord|landlady|cousin|aunt|auntie|uncle|nan|"
    r"nana|gran|grandmother|grandfather|grandson|granddaughter|niece|nephew|flatmate|housemate|carer|"
    r"social worker|support worker|teacher|GP|doctor|dentist|counsellor|therapist|solicitor|employer|lodger"
)
ORG_ENDINGS = (
    r"Health Centre|Medical Centre|Medical Practice|Surgery|Hospital|Infirmary|Clinic|Pharmacy|Dental Practice|"
    r"Primary School|High School|Comprehensive School|Secondary School|School|Academy|College|University|Nursery|"
    r"Ltd|Limited|PLC|plc|LLP|Bank|Building Society|Church|Chapel|Mosque|Synagogue|Temple|Hotel|Garage|Motors|"
    r"Leisure Centre|Housing Association|Solicitors|Accountants|Care Home|Nursing Home|Community Centre|"
    r"Job Centre|Jobcentre|Gym|Social Club|Rugby Club|Football Club|Golf Club|Sports Club"
)
STREETS = (
    r"Road|Street|Avenue|Lane|Close|Drive|Way|Crescent|Terrace|Place|Court|Gardens|Grove|Hill|Square|Walk|Mews|"
    r"Row|Rise|View|Parade|Boulevard"
)
WELSH_STREETS = r"Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Cilgant|Maes|Clos"
# organisations of the justice system and officers: named in every statement, never a third party to hide
JUSTICE = re.compile(
    r"(?i)\b(?:police|constabulary|crown prosecution|courts?|custody|prison|probation|youth offending|home office|"
    r"ministry of justice|national crime agency)\b"
)
STOP = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "I", "He", "She",
    "They", "We", "It", "The", "This", "That", "When", "Then", "After", "Before", "As", "At", "On", "In",
}  # fmt: skip

_TITLE = re.compile(rf"(?:{TITLES})\.?")

_RULES: tuple[tuple[str, str, str, re.Pattern[str]], ...] = (
    ("person", "Person named in the text", "TPD", re.compile(rf"\b(?:{TITLES})\.?\s+(?P<v>{NAMES})")),
    (
        "person",
        "Person named in the text",
        "TPD",
        re.compile(rf"\b(?i:my|our|his|her|their)\s+(?i:{RELATIONS})\s*,?\s+(?:(?:{TITLES})\.?\s+)?(?P<v>{NAMES})"),
    ),
    (
        "person",
        "Person named in the text",
        "TPD",
        re.compile(rf"\b(?i:called|named|known as|name is|name was)\s+(?P<v>{NAMES})"),
    ),
    (
        "organisation",
        "Organisation, school or medical practice",
        "TPD",
        # at most six words before what it is: a bounded name cannot make a long run of capitals slow
        re.compile(rf"(?P<v>(?:(?:St|Saint)\.?\s+)?{NAME}(?:\s+(?:{NAME}|&|and|of|the)){{0,5}}\s+(?:{ORG_ENDINGS}))\b"),
    ),
    (
        "address",
        "Street address",
        "TPD",
        re.compile(
            rf"(?P<v>(?:Flat\s+\d+[A-Za-z]?,?\s+)?\d+[A-Za-z]?,?\s+"
            rf"(?:(?:{NAME}\s+){{1,3}}(?:{STREETS})|(?:{WELSH_STREETS})(?:\s+{NAME}){{1,3}}))\b"
        ),
    ),
    (
        "medical",
        "Health detail",
        "SCD",
        re.compile(
            r"\b(?i:diagnosed with|suffers from|suffering from|being treated for|treated for|prescribed|"
            r"takes? medication for|on medication for|treatment for)\s+(?P<v>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)"
            r"(?=\s*(?:[.,;:]|\band\b|\bbut\b|\bsince\b|\bfor\b|\bat\b|\bon\b|\bin\b|$))"
        ),
    ),
)


@dataclass(frozen=True)
class ThirdParty:
    start: int
    end: int
    kind: str  # person | organisation | address | medical
    label: str
    reason: str
    text: str


def _kept(value: str, keep: set[str]) -> bool:
    words = {w.casefold() for w in re.findall(r"[\w'’-]+", value)}
    return bool(words & keep)


def find(text: str, keep: Iterable[str] = ()) -> Iterator[ThirdParty]:
    """Third parties named in `text`, left to right; `keep`: what is never offered here — the case's own people,
    whose names the case's policy decides on (a victim's name stays in served material), its officers, and where
    its offences happened."""
    keep = list(keep)
    kept = {w.casefold() for name in keep for w in re.findall(r"[\w'’-]+", name) if len(w) > 1}
    places = [" ".join(k.split()).casefold() for k in keep]
    found: list[ThirdParty] = []
    for kind, label, reason, pattern in _RULES:
        for match in pattern.finditer(text):
            value = match.group("v").strip()
            start = match.start("v")
            words = value.split()
            while words and words[0] in STOP:  # "Dr Then…" never; a sentence's first word is not a name
                start = text.index(words[1], start) if len(words) > 1 else start
                words = words[1:]
            value = " ".join(words)
            if not value or (kind == "person" and (_kept(value, kept) or value in STOP or _TITLE.fullmatch(value))):
                continue
            if kind in ("organisation", "address") and (
                JUSTICE.search(value) or any(value.casefold() in place for place in places)
            ):
                continue  # the justice system's own, or where the offence happened (the locus is evidence)
            end = text.index(words[-1], start) + len(words[-1]) if kind != "medical" else match.end("v")
            found.append(ThirdParty(start, end, kind, label, reason, text[start:end]))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    taken: list[ThirdParty] = []
    for item in found:  # the longest at each place; nothing inside what is taken
        if not any(t.start < item.end and item.start < t.end for t in taken):
            taken.append(item)
    yield from taken
