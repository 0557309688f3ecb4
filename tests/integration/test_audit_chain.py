"""Tamper detection: any edited, deleted or reordered audit event is found and named."""

from __future__ import annotations

from sqlalchemy import text

from casebridge.workspace import Workspace

URN = "01ZD0300108"


def _seed(ws: Workspace, edits: int = 5) -> None:
    ws.cases.create_case(URN, title="t0")
    for i in range(1, edits + 1):
        ws.cases.update_case(URN, "title", f"t{i}")


def _sql(ws: Workspace, statement: str) -> None:
    with ws.engine.begin() as conn:
        conn.execute(text(statement))


def test_intact_chain(db_workspace: Workspace) -> None:
    _seed(db_workspace)
    report = db_workspace.verify_audit()
    assert report.ok
    assert report.checked == 6


def test_edited_event_is_named(db_workspace: Workspace) -> None:
    _seed(db_workspace)
    _sql(db_workspace, """UPDATE audit_events SET after = '{"title":"innocent"}' WHERE seq = 3""")
    report = db_workspace.verify_audit()
    assert [p.seq for p in report.problems] == [3]
    assert "event 3 (case.updated on 01ZD0300108" in report.problems[0].message
    assert "altered" in report.problems[0].message


def test_deleted_event_is_named(db_workspace: Workspace) -> None:
    _seed(db_workspace)
    _sql(db_workspace, "DELETE FROM audit_events WHERE seq = 4")
    report = db_workspace.verify_audit()
    assert not report.ok
    assert any("event(s) 4 are missing" in p.message for p in report.problems)


def test_deleted_tail_is_detected(db_workspace: Workspace) -> None:
    _seed(db_workspace)
    _sql(db_workspace, "DELETE FROM audit_events WHERE seq >= 5")
    report = db_workspace.verify_audit()
    assert any("5-6 at the end were deleted" in p.message for p in report.problems)


def test_reordered_events_are_named(db_workspace: Workspace) -> None:
    _seed(db_workspace)
    _sql(db_workspace, "UPDATE audit_events SET seq = 1000 WHERE seq = 2")
    _sql(db_workspace, "UPDATE audit_events SET seq = 2 WHERE seq = 3")
    _sql(db_workspace, "UPDATE audit_events SET seq = 3 WHERE seq = 1000")
    report = db_workspace.verify_audit()
    assert {p.seq for p in report.problems} >= {2, 3}


def test_recomputed_hash_still_breaks_the_link(db_workspace: Workspace) -> None:
    """Rewriting one event and its own hash is caught by the next event's link."""
    from casebridge.store import audit
    from casebridge.store.models import AuditEventRow

    _seed(db_workspace)
    from sqlalchemy.orm import Session

    with Session(db_workspace.engine) as session:
        row = session.get(AuditEventRow, 3)
        assert row is not None
        row.after = '{"title":"forged"}'
        row.hash = audit.row_hash(row)
        session.commit()
    report = db_workspace.verify_audit()
    assert [p.seq for p in report.problems] == [4]
    assert "does not follow" in report.problems[0].message


def test_events_record_actor_and_before_after(db_workspace: Workspace) -> None:
    _seed(db_workspace, edits=1)
    created, updated = db_workspace.cases.history(URN)
    assert created.actor == db_workspace.cases.actor
    assert created.after["urn"] == URN
    assert created.before is None
    assert updated.before == {"title": "t0"}
    assert updated.after == {"title": "t1"}
