"""The standing attack suite's world: its own real hub over TLS on 127.0.0.1, with police users of forces 62 and 01,
CPS users of areas 62 and 01, a CPS user for every area and an admin; each speaks to the hub with raw HTTP, as an
attacker would, holding only its own token."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from casebridge.exchange import protocol
from casebridge.exchange.canonical import canonical
from casebridge.exchange.keys import WorkstationKey
from tests.fixtures.hub import PASSWORD, HubProcess

USERS = {
    # name: (role, force or CPS areas)
    "pc-62": ("police", "62"),
    "pc-01": ("police", "01"),
    "cps-62": ("cps", "62"),
    "cps-01": ("cps", "01"),
    "cps-all": ("cps", None),
    "admin": ("admin", None),
}


@dataclass
class Actor:
    """One hub user: their token and an HTTP client that presents it."""

    name: str
    role: str
    force: str | None
    hub: HubProcess
    token: str = ""
    refresh: str = ""
    http: httpx.Client = field(init=False)

    def __post_init__(self) -> None:
        self.http = httpx.Client(base_url=self.hub.url, verify=self.hub.tls(), timeout=60)
        answer = self.http.post(
            "/auth/token", data={"grant_type": "password", "username": self.name, "password": PASSWORD}
        )
        answer.raise_for_status()
        self.token, self.refresh = answer.json()["access_token"], answer.json().get("refresh_token", "")

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token}", **kwargs.pop("headers", {})}
        return self.http.request(method, path, headers=headers, **kwargs)

    def may_see(self, force: str) -> bool:
        if self.role == "admin" or (self.role == "cps" and self.force is None):
            return True
        return self.force == force

    # the upload protocol, as the desktop client speaks it
    def submit(self, manifest: dict[str, Any], key: WorkstationKey) -> tuple[str, httpx.Response]:
        submission_id = str(uuid.uuid4())
        signature = key.sign(canonical(manifest))
        answer = self.request(
            "PUT", f"{protocol.API}/submissions/{submission_id}", json={"manifest": manifest, "signature": signature}
        )
        return submission_id, answer

    def create_upload(self, submission_id: str, digest: str, size: int) -> httpx.Response:
        metadata = protocol.encode_metadata(
            {"sha256": digest, "submission": submission_id, "filename": "f.bin", "filetype": "application/octet-stream"}
        )
        return self.request(
            "POST",
            protocol.TUS_PATH + "/",
            headers={"Tus-Resumable": protocol.TUS_VERSION, "Upload-Length": str(size), "Upload-Metadata": metadata},
        )

    def upload(self, submission_id: str, data: bytes, digest: str | None = None) -> httpx.Response:
        """Creates an upload for `digest` (the data's own by default) and sends `data` in one PATCH."""
        import base64

        created = self.create_upload(submission_id, digest or hashlib.sha256(data).hexdigest(), len(data))
        if created.status_code != 201:
            return created
        return self.request(
            "PATCH",
            created.headers["Location"],
            headers={
                "Tus-Resumable": protocol.TUS_VERSION,
                "Upload-Offset": "0",
                "Upload-Checksum": "sha256 " + base64.b64encode(hashlib.sha256(data).digest()).decode("ascii"),
                "Content-Type": "application/offset+octet-stream",
            },
            content=data,
        )


@pytest.fixture(scope="module")
def security_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    server = HubProcess(tmp_path_factory.mktemp("security-hub"))
    for name, (role, force) in USERS.items():
        server.add_user(name, role, force)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def actors(security_hub: HubProcess) -> Iterator[dict[str, Actor]]:
    made = {name: Actor(name, role, force, security_hub) for name, (role, force) in USERS.items()}
    yield made
    for actor in made.values():
        actor.http.close()


def hub_audit(hub: HubProcess) -> list[dict[str, Any]]:
    """The hub's own audit rows, read from its database."""
    import sqlite3

    with sqlite3.connect(hub.data / "hub.sqlite3") as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute("SELECT * FROM hub_audit ORDER BY id")]


def write_json(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value, indent=2))
    return path
