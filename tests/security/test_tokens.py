"""Verify before you trust: forged tokens neither lock a real user out nor write the hub's audit in their name;
rotating invented user names does not buy password guesses; a replayed refresh token ends its whole sign-in."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator

import httpx
import jwt
import pytest

from casebridge.exchange import protocol
from casebridge.exchange.keys import WorkstationKey
from tests.fixtures.hub import PASSWORD, HubProcess
from tests.security.conftest import hub_audit

LIMIT = 40  # requests per minute in this module's hub: small, so a flood is quick to send


@pytest.fixture
def strict_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    """A fresh hub per test (the rate limit counts per address, and every test here speaks from 127.0.0.1)."""
    server = HubProcess(
        tmp_path_factory.mktemp("strict-hub"), extra={"requests_per_minute": LIMIT, "refresh_reuse_seconds": 5}
    )
    server.add_user("victim", "police", "62")
    server.add_user("officer", "police", "62")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _sign_in(hub: HubProcess, client: httpx.Client, user: str) -> dict[str, str]:
    answer = client.post("/auth/token", data={"grant_type": "password", "username": user, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def _unsigned(claims: dict[str, object]) -> str:
    """A JWT with "alg": "none": the shape an attacker writes by hand."""

    def part(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}."


def test_a_forged_token_can_neither_lock_out_nor_be_audited_as_a_real_user(strict_hub: HubProcess) -> None:
    issuer = "casebridge-hub:Casebridge hub"
    claims = {"iss": issuer, "sub": "victim", "role": "admin", "force": "62", "exp": 4102444800}
    foreign = WorkstationKey.load_or_create(strict_hub.root / "not-the-hub")
    forged = [
        _unsigned(claims),
        jwt.encode(claims, foreign.private, algorithm="EdDSA"),
        jwt.encode({**claims, "iss": "somebody else"}, foreign.private, algorithm="EdDSA"),
    ]
    with (
        httpx.Client(base_url=strict_hub.url, verify=strict_hub.tls()) as victim,
        httpx.Client(base_url=strict_hub.url, verify=strict_hub.tls()) as attacker,
    ):
        token = _sign_in(strict_hub, victim, "victim")["access_token"]
        audit_before = len(hub_audit(strict_hub))
        statuses = [
            attacker.get(
                f"{protocol.API}/submissions", headers={"Authorization": f"Bearer {forged[n % len(forged)]}"}
            ).status_code
            for n in range(LIMIT + 20)
        ]
        assert set(statuses) <= {401, 429}
        assert statuses.count(429) >= 20  # the flood is limited — as the attacker's address, not as the victim
        answer = victim.get(f"{protocol.API}/whoami", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200
        assert answer.json()["username"] == "victim"
    written = hub_audit(strict_hub)[audit_before:]
    assert written, "the refusals are audited"
    assert all(row["actor"].startswith("anonymous@") for row in written if row["status"] in (401, 429))
    assert not [row for row in written if row["actor"] == "victim" and row["status"] != 200]


def test_invented_user_names_do_not_buy_password_guesses(strict_hub: HubProcess) -> None:
    with httpx.Client(base_url=strict_hub.url, verify=strict_hub.tls()) as guesser:
        statuses = [
            guesser.post(
                "/auth/token", data={"grant_type": "password", "username": f"user{n}", "password": "guess"}
            ).status_code
            for n in range(LIMIT + 5)
        ]
    # (the fixture's start-up check already spent one of this address's allowance)
    assert statuses == [401] * (LIMIT - 1) + [429] * 6


def test_a_replayed_refresh_token_ends_the_whole_sign_in(tmp_path_factory: pytest.TempPathFactory) -> None:
    hub = HubProcess(tmp_path_factory.mktemp("replay-hub"), extra={"refresh_reuse_seconds": 0})
    hub.add_user("officer", "police", "62")
    hub.start()
    try:
        with httpx.Client(base_url=hub.url, verify=hub.tls()) as client:
            first = _sign_in(hub, client, "officer")
            renewed = client.post(
                "/auth/token", data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
            )
            assert renewed.status_code == 200
            second = renewed.json()
            whoami = {"Authorization": f"Bearer {second['access_token']}"}
            assert client.get(f"{protocol.API}/whoami", headers=whoami).status_code == 200
            # a copy of the first refresh token, replayed: refused, and the whole sign-in ends with it
            replay = client.post(
                "/auth/token", data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
            )
            assert replay.status_code == 401
            assert "used twice" in replay.json()["detail"]
            for token in (first["refresh_token"], second["refresh_token"]):
                again = client.post("/auth/token", data={"grant_type": "refresh_token", "refresh_token": token})
                assert again.status_code == 401
            ended = client.get(f"{protocol.API}/whoami", headers=whoami)
            assert ended.status_code == 401
            assert "ended" in ended.json()["detail"]
            # another sign-in of the same user is untouched, and signing in again works
            fresh = _sign_in(hub, client, "officer")
            assert (
                client.get(
                    f"{protocol.API}/whoami", headers={"Authorization": f"Bearer {fresh['access_token']}"}
                ).status_code
                == 200
            )
    finally:
        hub.stop()


def test_two_windows_renewing_together_are_not_taken_for_a_thief(strict_hub: HubProcess) -> None:
    """A second window of the same workstation presenting the same refresh token a moment later is refused
    without ending the sign-in; the first window's new tokens go on working."""
    with httpx.Client(base_url=strict_hub.url, verify=strict_hub.tls()) as client:
        first = _sign_in(strict_hub, client, "officer")
        form = {"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
        window_a = client.post("/auth/token", data=form)
        window_b = client.post("/auth/token", data=form)
        assert window_a.status_code == 200
        assert window_b.status_code == 401
        assert "a moment ago" in window_b.json()["detail"]
        token = window_a.json()["access_token"]
        assert client.get(f"{protocol.API}/whoami", headers={"Authorization": f"Bearer {token}"}).status_code == 200
