"""Who may do what on the hub, and TLS: expired tokens refresh, roles and forces are enforced, certificates are
checked against the configured CA and an optional pin, sign-ins never leave the credential store."""

from __future__ import annotations

import hashlib
import json
import ssl
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import jwt
import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from casebridge.app import build_services
from casebridge.credentials import HUB_SERVICE, hub_account
from casebridge.demo.builder import DEMO_URN
from casebridge.errors import CasebridgeError as CasebridgeErrorType
from casebridge.errors import StoreError
from casebridge.exchange import protocol
from casebridge.exchange.hubclient import HubClient, HubRefused, HubUnavailable, NotSignedIn
from casebridge.exchange.keys import WorkstationKey
from casebridge.exchange.tls import TLSProblem
from casebridge.hub.service import RECEIPT_KEY
from casebridge.workspace import Workspace
from tests.exchange.conftest import workstation
from tests.fixtures.hub import PASSWORD, HubProcess


def _token(hub: HubProcess, password: str = PASSWORD, user: str = "pc-south-wales") -> httpx.Response:
    return httpx.post(
        f"{hub.url}/auth/token",
        data={"grant_type": "password", "username": user, "password": password},
        verify=hub.tls(),
    )


def test_an_expired_access_token_is_refreshed_without_asking_again(police: Workspace, hub: HubProcess) -> None:
    key = WorkstationKey.load_or_create(hub.data, RECEIPT_KEY)
    expired = jwt.encode(
        {
            "iss": "casebridge-hub:Casebridge hub",
            "sub": "pc-south-wales",
            "role": "police",
            "force": "62",
            "iat": int((datetime.now(UTC) - timedelta(hours=2)).timestamp()),
            "exp": int((datetime.now(UTC) - timedelta(hours=1)).timestamp()),
        },
        key.private,
        algorithm="EdDSA",
    )
    account = hub_account(hub.url, "pc-south-wales")
    before = keyring.get_password(HUB_SERVICE, account)
    with build_services(police).hub_client() as client:
        client.set_access_token(expired)
        client.submissions()  # 401 → refresh with the stored token → the call goes through
        assert client.access_token() != expired
    after = keyring.get_password(HUB_SERVICE, account)
    assert before
    assert after
    assert after != before
    answer = httpx.get(
        f"{hub.url}{protocol.API}/whoami", headers={"Authorization": f"Bearer {expired}"}, verify=hub.tls()
    )
    assert answer.status_code == 401
    assert "expired" in answer.json()["detail"]


def test_wrong_passwords_missing_and_forged_tokens_are_refused(hub: HubProcess) -> None:
    assert _token(hub, "not the password").status_code == 401
    assert httpx.get(f"{hub.url}{protocol.API}/whoami", verify=hub.tls()).status_code == 401
    other = WorkstationKey(WorkstationKey.load_or_create(hub.root / "elsewhere").private)
    forged = jwt.encode(
        {"iss": "casebridge-hub:Casebridge hub", "sub": "cps-reviewer", "role": "admin", "exp": 4102444800},
        other.private,
        algorithm="EdDSA",
    )
    answer = httpx.get(
        f"{hub.url}{protocol.API}/whoami", headers={"Authorization": f"Bearer {forged}"}, verify=hub.tls()
    )
    assert answer.status_code == 401


def test_roles_and_forces_are_enforced(police: Workspace, hub: HubProcess, tmp_path: Path) -> None:
    done = build_services(police).exchange.send(build_services(police).exchange.queue(DEMO_URN).id)
    one_file = done.items[0].sha256
    cps = HubClient(hub.url, ca_bundle=str(hub.ca))
    cps.login("cps-reviewer", PASSWORD)
    # a CPS reviewer reads every force's submissions and files, but does not submit
    assert done.id in {s.submission_id for s in cps.submissions(DEMO_URN)}
    blob = cps.call("GET", f"{protocol.API}/blobs/{one_file}")
    assert hashlib.sha256(blob.content).hexdigest() == one_file
    with pytest.raises(HubRefused) as refused:
        cps.create_submission("0b8f3f1e-8a9c-4f7e-bf39-3b1d0c1a0002", done.manifest, done.signature)
    assert refused.value.status == 403
    # a Gwent officer cannot see a South Wales case, nor submit one
    gwent = HubClient(hub.url, ca_bundle=str(hub.ca))
    gwent.login("pc-gwent", PASSWORD)
    assert done.id not in {s.submission_id for s in gwent.submissions()}
    for call in (
        lambda: gwent.submissions(DEMO_URN),
        lambda: gwent.call("GET", f"{protocol.API}/submissions/{done.id}"),
        lambda: gwent.call("GET", f"{protocol.API}/submissions/{done.id}/receipt"),
        lambda: gwent.create_submission("0b8f3f1e-8a9c-4f7e-bf39-3b1d0c1a0003", done.manifest, done.signature),
    ):
        with pytest.raises(HubRefused) as refused:
            call()
        assert refused.value.status == 403, refused.value
    with pytest.raises(HubRefused) as refused:
        gwent.call("GET", f"{protocol.API}/blobs/{one_file}")
    assert refused.value.status == 404


def test_tls_is_checked_against_the_configured_ca_and_the_pin(hub: HubProcess, tmp_path: Path) -> None:
    with pytest.raises(HubUnavailable, match="cannot be reached"):
        HubClient(hub.url).info()  # the development CA is not in the system trust store
    der = ssl.PEM_cert_to_DER_cert((hub.ca.parent / "hub.pem").read_text())
    pin = hashlib.sha256(der).hexdigest()
    assert HubClient(hub.url, ca_bundle=str(hub.ca), pin=pin).info().name == "Casebridge hub"
    with pytest.raises(TLSProblem, match="not the pinned one"):
        HubClient(hub.url, ca_bundle=str(hub.ca), pin="ab" * 32).info()
    with pytest.raises(CasebridgeErrorType, match="https://"):
        HubClient(hub.url.replace("https://", "http://"))


def test_sign_in_fails_closed_without_a_secure_credential_store(
    hub: HubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        (tmp_path / "ws" / "config").mkdir(parents=True)
        (tmp_path / "ws" / "config" / "settings.json").write_text(json.dumps({"ca_bundle": str(hub.ca)}))
        from casebridge.app import open_workspace

        ws = open_workspace(tmp_path / "ws")
        with pytest.raises(StoreError, match="No secure credential store"):
            build_services(ws).exchange.login(hub.url, "pc-south-wales", PASSWORD)
        settings = (tmp_path / "ws" / "config" / "settings.json").read_text()
        assert "refresh" not in settings
        assert PASSWORD not in settings
        with pytest.raises(NotSignedIn):
            build_services(ws).hub_client(hub.url).access_token()
        ws.close()
    finally:
        keyring.set_keyring(previous)


def test_a_changed_hub_receipt_key_is_not_trusted_silently(police: Workspace, hub: HubProcess, tmp_path: Path) -> None:
    from casebridge.settings import save_user_settings

    save_user_settings(police.paths, {"hub_key_id": "0123456789abcdef"})
    police.settings = type(police.settings)(**{**police.settings.to_dict(), "hub_key_id": "0123456789abcdef"})
    with pytest.raises(Exception, match="now signs receipts with key"):
        build_services(police).exchange.login(hub.url, "pc-south-wales", PASSWORD)
    fresh = workstation(tmp_path / "second", hub)
    assert fresh.settings.hub_key_id == WorkstationKey.load_or_create(hub.data, RECEIPT_KEY).id
    fresh.close()
