"""The hub's published OpenAPI, fuzzed with schemathesis against the real hub over TLS: whatever arrives, the
answer is never a server error."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from tests.fixtures.hub import PASSWORD, HubProcess

ROOT = Path(__file__).resolve().parents[2]
# tus chunks: any bytes (the hub must answer 4xx to nonsense offsets, ids and checksums, never 5xx)
schemathesis.openapi.media_type("application/offset+octet-stream", st.binary(max_size=4096))
schema = schemathesis.openapi.from_path(str(ROOT / "docs" / "api" / "openapi.json"))


@pytest.fixture(scope="module")
def fuzz_token(hub: HubProcess) -> str:
    answer = httpx.post(
        f"{hub.url}/auth/token",
        data={"grant_type": "password", "username": "pc-south-wales", "password": PASSWORD},
        verify=hub.tls(),
    )
    token: str = answer.json()["access_token"]
    return token


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_makes_the_hub_fail(case: schemathesis.Case, hub: HubProcess, fuzz_token: str) -> None:
    response = case.call(
        base_url=hub.url, headers={"Authorization": f"Bearer {fuzz_token}"}, verify=str(hub.ca), timeout=30
    )
    assert response.status_code < 500, (
        f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}"
    )
