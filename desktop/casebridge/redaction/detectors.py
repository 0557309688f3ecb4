"""What Casebridge suggests for redaction: UK patterns, and the case's own people wherever they appear.

Patterns (`resources/redaction/patterns.json`) are regular expressions with an optional check that must accept
the match (Luhn for cards, mod 11 for NHS numbers, the PNC check letter…), so "0123 456 7890" in a page footer
is not offered as an NHS number. Case-aware terms come from the people on the case and the policy
(`resources/redaction/policy.json`): which details of which role are looked for at which stage.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from casebridge.domain import identifiers as ids
from casebridge.domain.recipe import Suggestion
from casebridge.errors import ValidationError
from casebridge.redaction.textmap import PageText
from casebridge.resource_files import resource_path

STAGES = ("pre_charge", "served", "unused")


def luhn(text: str) -> bool:
    digits = [int(c) for c in text if c.isdigit()]
    if not 13 <= len(digits) <= 19:
        return False
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2:
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return total % 10 == 0


def nhs_mod11(text: str) -> bool:
    digits = [int(c) for c in text if c.isdigit()]
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    remainder = sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    check = 11 - remainder
    if check == 11:
        check = 0
    return check != 10 and check == digits[9]


def _accepts(normalise: Callable[[str], object]) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        try:
            normalise(text)
        except (ValidationError, ValueError):
            return False
        return True

    return check


def ni_number(text: str) -> bool:
    compact = "".join(text.split()).upper()
    return compact[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def uk_phone(text: str) -> bool:
    digits = "".join(c for c in text if c.isdigit())
    if digits.startswith("44"):
        digits = "0" + digits[2:].removeprefix("0")
    return len(digits) in (10, 11) and digits.startswith("0")


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "luhn": luhn,
    "nhs_mod11": nhs_mod11,
    "postcode": _accepts(ids.normalise_postcode),
    "pnc_id": _accepts(ids.normalise_pnc_id),
    "cro": _accepts(ids.normalise_cro),
    "ni_number": ni_number,
    "uk_phone": uk_phone,
}


@dataclass(frozen=True)
class Pattern:
    name: str
    label: str
    regex: re.Pattern[str]
    reason: str
    group: int = 0
    validator: Callable[[str], bool] | None = None


@dataclass(frozen=True)
class Term:
    """A case-aware search: one person's detail, as a pattern that tolerates spacing and case."""

    detector: str  # case:<role>:<detail>
    label: str
    regex: re.Pattern[str]
    reason: str


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("redaction", name).read_text(encoding="utf-8"))
    return data


@cache
def patterns() -> tuple[Pattern, ...]:
    found = []
    for entry in _load("patterns.json")["patterns"]:
        if not entry.get("enabled", True):
            continue
        validator = entry.get("validator")
        if validator and validator not in VALIDATORS:
            raise ValidationError("validator", f"Pattern {entry['name']}: unknown validator '{validator}'.")
        found.append(
            Pattern(
                name=entry["name"],
                label=entry["label"],
                regex=re.compile(entry["regex"]),
                reason=entry["reason"],
                group=int(entry.get("group", 0)),
                validator=VALIDATORS[validator] if validator else None,
            )
        )
    return tuple(found)


@cache
def policy() -> dict[str, Any]:
    return _load("policy.json")


@cache
def reasons() -> dict[str, dict[str, str]]:
    return {r["code"]: r for r in _load("reasons.json")["reasons"]}


@cache
def cps_types() -> dict[str, Any]:
    """The CPS redaction tool's types and which detector or reason code is which (cps_types.json)."""
    data = _load("cps_types.json")
    known = set(data["types"])
    wrong = sorted({*data["by_detector"].values(), *data["by_reason"].values()} - known)
    if wrong:
        raise ValidationError("cps_types", f"cps_types.json maps to types the CPS list lacks: {', '.join(wrong)}.")
    return data


def _flexible(text: str) -> str:
    """A literal that matches across line breaks and spacing differences."""
    words = [re.escape(w) for w in text.split()]
    return r"\s+".join(words)


def _digits_flexible(text: str) -> str:
    digits = [c for c in text if c.isdigit()]
    if digits[:2] == ["4", "4"]:
        digits = ["0", *digits[2:]]
    national = r"[\s./-]?".join(digits[1:]) if digits and digits[0] == "0" else r"[\s./-]?".join(digits)
    return rf"(?<!\d)(?:0|\+44\s?\(?0?\)?\s?)?{national}(?!\d)" if digits and digits[0] == "0" else national


def removed_terms(removed: Iterable[tuple[str, str, str]]) -> list[Term]:
    """Terms for what the case's documents already had removed — (text, reason, where) of each approved text mark —
    so the same words are offered wherever else they appear (a recording, another document). Numbers match with any
    spacing; words across spacing and case."""
    terms: list[Term] = []
    seen: set[str] = set()
    for text, reason, where in removed:
        text = " ".join(text.split())
        digits = sum(c.isdigit() for c in text)
        key = "".join(c for c in text.lower() if c.isalnum())
        if len(key) < 3 or key in seen:
            continue
        seen.add(key)
        pattern = _digits_flexible(text) if digits >= 6 and digits >= len(key) - 2 else rf"\b{_flexible(text)}\b"
        terms.append(Term("removed:document", f"Removed from {where}", re.compile(pattern, re.I), reason or "TPD"))
    return terms


def same_value_terms(found: Iterable[Any]) -> list[Term]:
    """For every value a detector found (a date of birth found by its "Date of birth" label, a name, a number), a
    term that finds the same value wherever else it is in the document — without the context that found it."""
    terms: list[Term] = []
    seen: set[str] = set()
    for suggestion in found:
        key = "".join(c for c in suggestion.text.lower() if c.isalnum())
        if len(key) < 3 or key in seen:
            continue
        seen.add(key)
        for term in removed_terms([(suggestion.text, suggestion.reason, "")]):
            label = f"{suggestion.label} (the same as on page {suggestion.page + 1})"
            terms.append(Term(f"same:{suggestion.detector}", label, term.regex, suggestion.reason))
    return terms


def case_terms(people: Iterable[Any], details: dict[int, dict[str, Any]], stage: str) -> list[Term]:
    """Search terms for the case's people under the policy for `stage` (pre_charge, served, unused)."""
    if stage not in STAGES:
        raise ValidationError("stage", f"'{stage}' is not a stage ({', '.join(STAGES)}).")
    roles = policy()["roles"]
    terms: list[Term] = []
    for person in people:
        role = getattr(person.role, "value", str(person.role))
        rule = roles.get(role)
        if not rule:
            continue
        wanted = set(rule.get(stage, []))
        reason = rule.get("reason", "TPD")
        who = f"{person.forenames} {person.surname}".strip()
        extra = details.get(person.id or -1, {})

        def add(detail: str, label: str, pattern: str, who: str = who, reason: str = reason, role: str = role) -> None:
            terms.append(Term(f"case:{role}:{detail}", f"{label} of {who} ({role})", re.compile(pattern, re.I), reason))

        if "name" in wanted and person.surname:
            if person.forenames:
                add("name", "Name", rf"\b{_flexible(person.forenames)}\s+{_flexible(person.surname)}\b")
            add("name", "Surname", rf"\b{_flexible(person.surname)}\b")
        if "address" in wanted:
            for line in re.split(r"[\n,]", str(extra.get("address", ""))):
                line = line.strip()
                if len(line) >= 6 and (any(c.isdigit() for c in line) or len(line.split()) >= 2):
                    add("address", "Address", rf"(?<![\w]){_flexible(line)}(?![\w])")
            postcodes = {
                person.postcode,
                *re.findall(r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}", str(extra.get("address", ""))),
            }
            for postcode in filter(None, postcodes):
                compact = postcode.replace(" ", "")
                add(
                    "address",
                    "Postcode",
                    rf"(?<![A-Za-z0-9]){re.escape(compact[:-3])}\s?{re.escape(compact[-3:])}(?![A-Za-z0-9])",
                )
        if "phone" in wanted and extra.get("phone"):
            add("phone", "Phone", _digits_flexible(str(extra["phone"])))
        if "email" in wanted and extra.get("email"):
            add("email", "Email", rf"(?<![\w.+-]){re.escape(str(extra['email']))}(?![\w-])")
        if "date_of_birth" in wanted and isinstance(person.date_of_birth, date):
            dob = person.date_of_birth
            forms = {
                rf"0?{dob.day}[/.-]0?{dob.month}[/.-](?:{dob.year}|{dob.year % 100:02d})",
                rf"{dob.day}(?:st|nd|rd|th)?\s+{dob.strftime('%B')}\s+{dob.year}",
                rf"{dob.day}(?:st|nd|rd|th)?\s+{dob.strftime('%b')}\.?\s+{dob.year}",
            }
            add("date_of_birth", "Date of birth", rf"(?<!\d)(?:{'|'.join(sorted(forms))})(?!\d)")
    return terms


def suggest_page(
    page_text: PageText,
    terms: Iterable[Term] = (),
    *,
    patterns_too: bool = True,
    keep: Iterable[str] | None = None,
    language_model: bool = True,
) -> list[Suggestion]:
    """Suggestions on one page; a stretch found by several detectors is offered once (case-aware first, then the
    UK patterns, then — given `keep`, the names never to offer — people, organisations, addresses and health
    details named only in the text: by the rules, then by the language model where it is installed)."""
    found: list[Suggestion] = []
    taken: list[tuple[int, int]] = []

    def offer(start: int, end: int, detector: str, label: str, reason: str) -> None:
        if end <= start or any(start < e and s < end for s, e in taken):
            return
        rects = page_text.rects_for(start, end)
        if not rects:
            return
        taken.append((start, end))
        text = " ".join(page_text.text[start:end].split())
        found.append(Suggestion(detector, label, text, page_text.page, rects, reason))

    for term in terms:
        for match in term.regex.finditer(page_text.text):
            offer(match.start(), match.end(), term.detector, term.label, term.reason)
    for pattern in patterns() if patterns_too else ():
        for match in pattern.regex.finditer(page_text.text):
            start, end = match.span(pattern.group)
            if start < 0:
                continue
            if pattern.validator is not None and not pattern.validator(match.group(pattern.group)):
                continue
            offer(start, end, f"pattern:{pattern.name}", pattern.label, pattern.reason)
    if keep is not None:
        from casebridge.redaction import third_parties

        keep = list(keep)
        for party in third_parties.find(page_text.text, keep):
            offer(party.start, party.end, f"text:{party.kind}", party.label, party.reason)
        if language_model:
            from casebridge.redaction import names_model

            if names_model.usable():
                for party in names_model.find(page_text.text, keep):
                    offer(party.start, party.end, f"model:{party.kind}", party.label, party.reason)
    return sorted(found, key=lambda s: (s.rects[0][1], s.rects[0][0]))
