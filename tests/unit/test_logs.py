from __future__ import annotations

import logging
from pathlib import Path

from casebridge.logs import configure_logging, scrub


def test_scrub_masks_credentials_and_personal_patterns() -> None:
    text = (
        "db postgresql+psycopg://unit:s3cret@db.force/cases token=abc123 password: hunter2 "
        "victim at CF10 3NP tel 07700 900461 mail a.khan@example.org"
    )
    out = scrub(text)
    for secret in ("s3cret", "abc123", "hunter2", "CF10 3NP", "07700 900461", "a.khan@example.org"):
        assert secret not in out
    assert "postgresql+psycopg://***:***@db.force/cases" in out


def test_rotating_file_receives_scrubbed_records(tmp_path: Path) -> None:
    path = configure_logging(tmp_path / "logs", "INFO")
    logging.getLogger("casebridge.test").info("connect to %s", "postgresql://u:pw@host/db")
    for handler in logging.getLogger("casebridge").handlers:
        handler.flush()
    content = path.read_text()
    assert "pw@" not in content
    assert "***:***@host" in content


def test_case_work_never_logs_names_or_addresses(workspace: object) -> None:
    from casebridge.domain.case import Person, PersonRole
    from casebridge.workspace import Workspace

    assert isinstance(workspace, Workspace)
    workspace.cases.create_case("62CF0041226", title="Robbery")
    workspace.cases.add_person(
        "62CF0041226", Person(role=PersonRole.VICTIM, surname="Zebedee", forenames="Quilla", postcode="CF10 5BT")
    )
    for handler in logging.getLogger("casebridge").handlers:
        handler.flush()
    content = workspace.log_file.read_text()
    assert "Workspace opened" in content
    assert "Zebedee" not in content
    assert "Quilla" not in content
    assert "CF10 5BT" not in content
