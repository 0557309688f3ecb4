"""Readiness checks: the rules table in resources/readiness/rules.json applied to one case file.

Each finding names the rule, its severity, a message and a `target` naming the field that fixes it
("person:12:dates_to_avoid", "statement:5:signed_on", "section:charging:category", "exhibit:3:description"),
so the UI can jump there and the CLI can print it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebridge.domain.case import PersonRole
from casebridge.domain.custody import custody_clock, read_custody_clock
from casebridge.domain.view import CaseFileView, full_name
from casebridge.errors import SettingsError
from casebridge.resource_files import resource_path

FILE_TYPES = ("pre_charge", "gap", "ngap", "crown")


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str  # "error" | "warning"
    message: str
    target: str
    fix: str = ""  # a one-step fix the app can make for the user (FIXES), "" when the fix is to fill the field

    @property
    def blocking(self) -> bool:
        return self.severity == "error"


# Fixes a finding can offer as a button: the person detail set, and the value.
FIXES: dict[str, tuple[str, object]] = {"no_dates_to_avoid": ("no_dates_to_avoid", True)}


def apply_fix(ws: Any, finding: Finding) -> str:
    """Makes the finding's one-step fix; returns what was done, in words."""
    if finding.fix not in FIXES:
        raise SettingsError(f"The finding '{finding.rule}' has no fix Casebridge can make for you.")
    kind, ident, _field = finding.target.split(":", 2)
    detail, value = FIXES[finding.fix]
    if kind != "person":
        raise SettingsError(f"The fix '{finding.fix}' applies to a person, not {kind}.")
    ws.casefile.set_person_detail(int(ident), detail, value)
    return detail


def load_rules(path: Path | None = None) -> list[dict[str, Any]]:
    source = path or resource_path("readiness", "rules.json")
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        rules = list(data["rules"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SettingsError(f"The readiness rules {source} cannot be read: {exc}") from None
    for rule in rules:
        if rule.get("check") not in CHECKS:
            raise SettingsError(f"The readiness rule {rule.get('id')} in {source} uses an unknown check.")
    return rules


def file_type_of(view: CaseFileView) -> str:
    return str(view.file.section("charging").get("file_type") or "pre_charge")


def check(view: CaseFileView, file_type: str | None = None, rules: list[dict[str, Any]] | None = None) -> list[Finding]:
    stage = file_type or file_type_of(view)
    if stage not in FILE_TYPES:
        raise SettingsError(f"'{stage}' is not a file type; use one of {', '.join(FILE_TYPES)}.")
    findings: list[Finding] = []
    for rule in rules if rules is not None else load_rules():
        if stage not in rule.get("file_types", FILE_TYPES):
            continue
        for target, detail in CHECKS[rule["check"]](view, rule):
            message = rule["message"] + (f" {detail}" if detail else "")
            findings.append(Finding(rule["id"], rule.get("severity", "error"), message, target, rule.get("fix", "")))
    return sorted(findings, key=lambda f: (not f.blocking, f.rule, f.target))


Result = Iterator[tuple[str, str]]


def _field_required(view: CaseFileView, rule: dict[str, Any]) -> Result:
    if not view.file.section(rule["kind"]).get(rule["field"]):
        yield f"section:{rule['kind']}:{rule['field']}", ""


def _items_present(view: CaseFileView, rule: dict[str, Any]) -> Result:
    if not view.file.of(rule["kind"]):
        yield f"section:{rule['kind']}:", ""


def _custody_clock_for_red(view: CaseFileView, rule: dict[str, Any]) -> Result:
    if view.file.section("charging").get("category") != "red":
        return
    for person in view.defendants:
        details = view.details(person)
        if details.get("remand_status") in ("", None, "custody") and custody_clock(details) is None:
            yield f"person:{person.id}:relevant_time", f"({full_name(person)})"


def _custody_clock_consistent(view: CaseFileView, rule: dict[str, Any]) -> Result:
    for person in view.defendants:
        reading = read_custody_clock(view.details(person))
        if reading.problem:
            yield f"person:{person.id}:{reading.field}", f"({full_name(person)}: {reading.problem})"


def _custody_expiry_matches(view: CaseFileView, rule: dict[str, Any]) -> Result:
    from casebridge.domain.custody import describe_remaining, uk_local

    for person in view.defendants:
        clock = custody_clock(view.details(person))
        if clock is not None and clock.discrepancy is not None:
            computed = uk_local(clock.computed_expiry).strftime("%d/%m/%Y %H:%M")
            gap = describe_remaining(abs(clock.discrepancy)).removesuffix(" left")
            later = "later" if clock.discrepancy.total_seconds() > 0 else "earlier"
            detail = f"({full_name(person)}: {gap} {later} than the computed {computed})"
            yield f"person:{person.id}:custody_expiry", detail


def _edited_copies_verified(view: CaseFileView, rule: dict[str, Any]) -> Result:
    """An MG6C 'edited' entry must name a redacted copy Casebridge made and verified, not the original."""
    for entry in view.file.of("mg6c"):
        reference = entry.get("edited_exhibit")
        if not reference:
            continue
        exhibit = view.exhibit(str(reference))
        if exhibit is None or exhibit.facts.get("verified") is not True:
            yield f"mg6c:{entry.id}:edited_exhibit", f"(item {entry.number}: {reference})"


def _schedule_completed(view: CaseFileView, rule: dict[str, Any]) -> Result:
    schedule = rule["schedule"]
    if view.file.of(schedule) or view.file.section("mg6").data.get(f"{schedule}_nil") is True:
        return
    yield f"section:mg6:{schedule}_nil", ""


def _statements_signed(view: CaseFileView, rule: dict[str, Any]) -> Result:
    for statement in view.file.of("statement"):
        if not statement.get("signed_on"):
            yield f"statement:{statement.id}:signed_on", f"({view.name(statement.person_id) or 'unknown witness'})"


def _statement_exhibits_listed(view: CaseFileView, rule: dict[str, Any]) -> Result:
    for statement in view.file.of("statement"):
        for reference in statement.get("exhibits", []):
            if view.exhibit(reference) is None:
                yield (
                    f"statement:{statement.id}:exhibits",
                    f"({reference}, in the statement of {view.name(statement.person_id)})",
                )


def _key_witness_statements(view: CaseFileView, rule: dict[str, Any]) -> Result:
    for person in view.witnesses:
        if "key" in view.details(person).get("statuses", []) and not view.statements_of(person.id):
            yield f"person:{person.id}:statuses", f"({full_name(person)})"


def _media_described(view: CaseFileView, rule: dict[str, Any]) -> Result:
    for exhibit in view.exhibits:
        if exhibit.kind in ("video", "audio") and not exhibit.description.strip():
            yield f"exhibit:{exhibit.id}:description", f"({exhibit.reference})"


def _dates_to_avoid(view: CaseFileView, rule: dict[str, Any]) -> Result:
    for person in view.witnesses:
        details = view.details(person)
        if not details.get("dates_to_avoid") and not details.get("no_dates_to_avoid"):
            yield f"person:{person.id}:dates_to_avoid", f"({full_name(person)})"


def _vps_recorded(view: CaseFileView, rule: dict[str, Any]) -> Result:
    for person in view.with_role(PersonRole.VICTIM):
        if not view.details(person).get("vps"):
            yield f"person:{person.id}:vps", f"({full_name(person)})"


def _compensation_claims(view: CaseFileView, rule: dict[str, Any]) -> Result:
    claims = view.file.of("compensation")
    for person in view.with_role(PersonRole.VICTIM):
        if not any(c.person_id == person.id and c.data.get("received") for c in claims):
            yield f"person:{person.id}:compensation", f"({full_name(person)})"


def _defendant_field(view: CaseFileView, rule: dict[str, Any]) -> Result:
    for person in view.defendants:
        if not view.details(person).get(rule["field"]):
            yield f"person:{person.id}:{rule['field']}", f"({full_name(person)})"


CHECKS: dict[str, Callable[[CaseFileView, dict[str, Any]], Result]] = {
    "field_required": _field_required,
    "items_present": _items_present,
    "custody_clock_for_red": _custody_clock_for_red,
    "custody_clock_consistent": _custody_clock_consistent,
    "edited_copies_verified": _edited_copies_verified,
    "custody_expiry_matches": _custody_expiry_matches,
    "schedule_completed": _schedule_completed,
    "statements_signed": _statements_signed,
    "statement_exhibits_listed": _statement_exhibits_listed,
    "key_witness_statements": _key_witness_statements,
    "media_described": _media_described,
    "dates_to_avoid": _dates_to_avoid,
    "vps_recorded": _vps_recorded,
    "compensation_claims": _compensation_claims,
    "defendant_field": _defendant_field,
}
