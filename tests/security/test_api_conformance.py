"""The hub answers as its published OpenAPI says — the tus routes included — whatever schemathesis sends: never a
server error, only documented status codes, and bodies of the documented shape (every refusal a Problem)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from tests.fixtures.hub import PASSWORD, HubProcess

ROOT = Path(__file__).resolve().parents[2]
schemathesis.openapi.media_type("application/offset+octet-stream", st.binary(max_size=4096))
schema = schemathesis.openapi.from_path(str(ROOT / "docs" / "api" / "openapi.json"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def police_token(security_hub: HubProcess) -> str:
    answer = httpx.post(
        f"{security_hub.url}/auth/token",
        data={"grant_type": "password", "username": "pc-62", "password": PASSWORD},
        verify=security_hub.tls(),
    )
    token: str = answer.json()["access_token"]
    return token


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_answer_is_one_the_api_documents(
    case: schemathesis.Case, security_hub: HubProcess, police_token: str
) -> None:
    response = case.call(
        base_url=security_hub.url,
        headers={"Authorization": f"Bearer {police_token}"},
        verify=str(security_hub.ca),
        timeout=30,
    )
    case.validate_response(response, checks=CHECKS)
