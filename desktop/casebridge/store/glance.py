"""The case list at a glance: read from a SQLite workspace with the standard library, before the workspace opens.

Opening a workspace imports SQLAlchemy and its ORM, checks the schema and builds the services (0.3–0.4 s); the
case list is the first thing a user looks at and needs three small tables. This reads them read-only
(`mode=ro`: never writes, never creates the file) the way `CaseStore.list_cases` and
`CaseFileStore.custody_expiries` do, so the list is filled as the window appears; the real store replaces it
when the workspace is open. Anything unexpected — no file yet, another schema, a locked or damaged database —
gives None and the list simply waits for the store.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from casebridge.domain.case import CaseStatus, CaseSummary, Person, PersonRole

DEFENDANT_ROLES = (PersonRole.SUSPECT.value, PersonRole.DEFENDANT.value)


def case_list_glance(database: Path) -> tuple[list[CaseSummary], dict[str, datetime]] | None:
    """(the cases, most recently changed first; URN -> earliest PACE expiry of a suspect held), or None."""
    if not database.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
        try:
            cases = connection.execute(
                "SELECT id, urn, title, status, updated_at FROM cases ORDER BY updated_at DESC"
            ).fetchall()
            people = connection.execute("SELECT case_id, role, surname, forenames, details FROM people ORDER BY id")
            people_rows = people.fetchall()
            offences = connection.execute("SELECT case_id, title FROM offences ORDER BY id").fetchall()
        finally:
            connection.close()
        return _summaries(cases, people_rows, offences)
    except (sqlite3.Error, ValueError, TypeError):
        return None


def _summaries(
    cases: list[Any], people: list[Any], offences: list[Any]
) -> tuple[list[CaseSummary], dict[str, datetime]]:
    urns = {case_id: urn for case_id, urn, *_rest in cases}
    defendants: dict[int, list[str]] = {}
    custody: dict[str, datetime] = {}
    for case_id, role, surname, forenames, details_text in people:
        if role in DEFENDANT_ROLES:
            person = Person(PersonRole(role), surname=surname, forenames=forenames or "")
            defendants.setdefault(case_id, []).append(person.display_name)
        if not details_text or "relevant_time" not in details_text:
            continue  # no custody clock: the case-file rules are not imported for nothing
        from casebridge.domain.custody import custody_clock

        details = _details(details_text)
        clock = custody_clock(details)
        if clock is None or details.get("remand_status") not in (None, "", "custody") or case_id not in urns:
            continue
        urn = urns[case_id]
        custody[urn] = min(custody.get(urn, clock.expiry), clock.expiry)
    titles: dict[int, list[str]] = {}
    for case_id, title in offences:
        titles.setdefault(case_id, []).append(title)
    summaries = [
        CaseSummary(urn, title, CaseStatus(status), defendants.get(case_id, []), titles.get(case_id, []), updated)
        for case_id, urn, title, status, updated in cases
    ]
    return summaries, custody


def _details(text: str | None) -> dict[str, Any]:
    try:
        data = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}
