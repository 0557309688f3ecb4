"""The case list at a glance (store/glance.py): read with sqlite3 before the workspace opens, it must say exactly
what the store says — same cases, same order, same defendants and offences, same custody expiries — and give
up quietly (None) on anything else, never writing."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from casebridge.app import build_services, open_workspace
from casebridge.demo.builder import build_demo
from casebridge.domain.case import Person, PersonRole
from casebridge.store.glance import case_list_glance


def test_the_glance_reads_what_the_store_reads(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "ws")
    build_demo(build_services(ws))
    ws.cases.create_case("01ZD0300108", title="Burglary, Cathays", officer_in_case="DC 4471 Sarah Evans")
    ws.cases.add_person("01ZD0300108", Person(PersonRole.SUSPECT, surname="Price", forenames="Owain"))
    held = ws.cases.add_person("01ZD0300108", Person(PersonRole.SUSPECT, surname="Rees", forenames="Mali"))
    assert held.id is not None
    arrived = (datetime.now(UTC) - timedelta(hours=3)).strftime("%d/%m/%Y %H:%M")
    ws.casefile.set_person_detail(held.id, "relevant_time", arrived)
    ws.casefile.set_person_detail(held.id, "remand_status", "custody")
    database = ws.location.sqlite_file
    assert database is not None
    before = database.stat().st_mtime_ns
    found = case_list_glance(database)
    assert found is not None
    summaries, custody = found
    assert summaries == ws.cases.list_cases()
    assert custody == ws.casefile.custody_expiries()
    assert "01ZD0300108" in custody
    assert database.stat().st_mtime_ns == before  # read only


def test_the_glance_gives_up_quietly(tmp_path: Path) -> None:
    assert case_list_glance(tmp_path / "none.db") is None
    assert not (tmp_path / "none.db").exists()  # never created
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY, name TEXT)")
    assert case_list_glance(other) is None
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    assert case_list_glance(damaged) is None
