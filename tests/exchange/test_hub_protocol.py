"""The hub's protocol edges: malformed, oversized and inconsistent manifests get a 4xx with the reason; tus
offsets, versions, termination and expiry; a full store answers 507 and keeps nothing half-stored; per-user rate
limits; every refusal in the hub's audit; a third-party tus client (tuspy) uploads; the published OpenAPI is the
app's own."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from casebridge.exchange import protocol
from casebridge.exchange.canonical import canonical
from casebridge.exchange.hubclient import HubClient, HubRefused
from casebridge.exchange.keys import WorkstationKey
from tests.fixtures.hub import PASSWORD, HubProcess

ROOT = Path(__file__).resolve().parents[2]


def _manifest(key: WorkstationKey, blobs: list[bytes], urn: str = "62CF0041226") -> dict[str, object]:
    digests = [hashlib.sha256(b).hexdigest() for b in blobs]
    return {
        "format": "casebridge-case-package",
        "version": 1,
        "urn": urn,
        "created_at": "2026-11-24T10:00:00Z",
        "sender": {"operator": "PC Test", "workstation_key": key.id, "software": "tests"},
        "case": {"urn": urn, "people": [], "offences": []},
        "case_file": {},
        "exhibits": [
            {
                "reference": f"TT/{n + 1}",
                "sha256": d,
                "size": len(b),
                "kind": "other",
                "media_type": "application/octet-stream",
            }
            for n, (d, b) in enumerate(zip(digests, blobs, strict=True))
        ],
        "blobs": [{"sha256": d, "size": len(b)} for d, b in sorted(zip(digests, blobs, strict=True))],
    }


@pytest.fixture
def officer(hub: HubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HubClient]:
    import keyring

    from tests.keyring_file import FileKeyring

    monkeypatch.setenv("CASEBRIDGE_TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    client = HubClient(hub.url, ca_bundle=str(hub.ca))
    client.login("pc-south-wales", PASSWORD)
    yield client
    client.close()
    keyring.set_keyring(previous)


def _audit(data: Path) -> list[tuple[str, str, int, str]]:
    with sqlite3.connect(data / "hub.sqlite3") as conn:
        return list(conn.execute("SELECT actor, path, status, detail FROM hub_audit ORDER BY id"))


def test_bad_manifests_are_refused_with_the_reason_and_audited(
    officer: HubClient, hub: HubProcess, tmp_path: Path
) -> None:
    key = WorkstationKey.load_or_create(tmp_path / "key")
    good = _manifest(key, [os.urandom(1000)])
    cases: list[tuple[dict[str, object], dict[str, str], int, str]] = []
    cases.append(({**good, "version": 2}, key.sign(canonical({**good, "version": 2})), 422, "version"))
    broken = {**good, "blobs": []}
    cases.append((broken, key.sign(canonical(broken)), 422, "does not list"))
    cases.append((good, key.sign(b"something else"), 422, "signature"))
    stranger = WorkstationKey.load_or_create(tmp_path / "other")
    cases.append((good, stranger.sign(canonical(good)), 422, "different workstation"))
    for manifest, signature, status, words in cases:
        with pytest.raises(HubRefused) as refused:
            officer.create_submission(str(uuid.uuid4()), manifest, signature)
        assert (refused.value.status, words in refused.value.detail) == (status, True), refused.value
    # not JSON at all, and a body over the cap
    raw = officer.send(
        "PUT",
        f"{protocol.API}/submissions/{uuid.uuid4()}",
        content=b"{not json",
        headers={"Content-Type": "application/json"},
    )
    assert raw.status_code == 422
    huge = officer.send(
        "PUT",
        f"{protocol.API}/submissions/{uuid.uuid4()}",
        content=b" " * (64 * 1024 * 1024 + 1),
        headers={"Content-Type": "application/json"},
    )
    assert huge.status_code == 413
    # the same submission id with another manifest is a conflict; the same manifest again is fine
    submission_id = str(uuid.uuid4())
    first = officer.create_submission(submission_id, good, key.sign(canonical(good)))
    assert officer.create_submission(submission_id, good, key.sign(canonical(good))) == first
    other = _manifest(key, [os.urandom(10)])
    with pytest.raises(HubRefused) as refused:
        officer.create_submission(submission_id, other, key.sign(canonical(other)))
    assert refused.value.status == 409
    statuses = [(actor, status) for actor, _path, status, _detail in _audit(hub.data)]
    assert ("pc-south-wales", 413) in statuses
    assert ("pc-south-wales", 409) in statuses
    assert sum(1 for actor, status in statuses if actor == "pc-south-wales" and status == 422) >= 5


def test_tus_offsets_versions_termination_and_expiry(officer: HubClient, hub: HubProcess, tmp_path: Path) -> None:
    key = WorkstationKey.load_or_create(tmp_path / "key")
    payload = os.urandom(200_000)
    digest = hashlib.sha256(payload).hexdigest()
    manifest = _manifest(key, [payload])
    submission_id = str(uuid.uuid4())
    officer.create_submission(submission_id, manifest, key.sign(canonical(manifest)))
    options = officer.send("OPTIONS", "/files/", auth=False)
    assert options.headers["Tus-Extension"] == protocol.TUS_EXTENSIONS
    assert options.headers["Tus-Checksum-Algorithm"] == "sha256"
    url = officer.tus_create(submission_id, digest, len(payload), "x.bin")
    assert officer.tus_offset(url) == (0, "open")
    head = officer.send("HEAD", url, headers={"Tus-Resumable": "1.0.0"})
    assert "Upload-Expires" in head.headers
    assert head.headers["Cache-Control"] == "no-store"
    assert officer.send("HEAD", url).status_code == 412  # no Tus-Resumable
    assert officer.tus_patch(url, 0, payload[:50_000]).status_code == 204
    conflict = officer.tus_patch(url, 10, payload[10:20])
    assert conflict.status_code == 409
    assert "50000" in conflict.json()["detail"]
    wrong_type = officer.send("PATCH", url, content=b"x", headers={"Tus-Resumable": "1.0.0", "Upload-Offset": "50000"})
    assert wrong_type.status_code == 415
    too_long = officer.send(
        "POST",
        "/files/",
        headers={
            "Tus-Resumable": "1.0.0",
            "Upload-Length": str(len(payload) + 1),
            "Upload-Metadata": protocol.encode_metadata({"sha256": digest, "submission": submission_id}),
        },
    )
    assert too_long.status_code == 400
    assert "differs from the manifest" in too_long.json()["detail"]
    unknown = protocol.encode_metadata({"sha256": "0" * 64, "submission": submission_id})
    stray = officer.send(
        "POST", "/files/", headers={"Tus-Resumable": "1.0.0", "Upload-Length": "1", "Upload-Metadata": unknown}
    )
    assert stray.status_code == 400
    assert "does not list" in stray.json()["detail"]
    # termination: the partial file goes; the upload is gone
    upload_id = url.rsplit("/", 1)[1]
    assert (hub.data / "uploads" / f"{upload_id}.part").stat().st_size == 50_000
    officer.tus_delete(url)
    assert not (hub.data / "uploads" / f"{upload_id}.part").exists()
    with pytest.raises(HubRefused) as gone:
        officer.tus_offset(url)
    assert gone.value.status == 404
    # expiry: an upload past its time answers 410 and the hub's sweep removes its partial file
    url = officer.tus_create(submission_id, digest, len(payload), "x.bin")
    officer.tus_patch(url, 0, payload[:1000])
    upload_id = url.rsplit("/", 1)[1]
    with sqlite3.connect(hub.data / "hub.sqlite3") as conn:
        conn.execute("UPDATE hub_uploads SET expires_at = '2020-01-01T00:00:00+00:00' WHERE id = ?", (upload_id,))
    with pytest.raises(HubRefused) as expired:
        officer.tus_offset(url)
    assert expired.value.status == 410
    from casebridge.hub.config import HubConfig
    from casebridge.hub.service import Hub

    assert Hub(HubConfig.load(hub.config)).expire() >= 1
    assert not (hub.data / "uploads" / f"{upload_id}.part").exists()


def test_a_full_store_answers_507_and_rate_limits_answer_429(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    from tests.keyring_file import FileKeyring

    small = HubProcess(tmp_path / "small", extra={"storage_quota_bytes": 100_000, "requests_per_minute": 25})
    small.add_user("pc-south-wales", "police", "62")
    small.start()
    monkeypatch.setenv("CASEBRIDGE_TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    try:
        client = HubClient(small.url, ca_bundle=str(small.ca))
        client.login("pc-south-wales", PASSWORD)
        key = WorkstationKey.load_or_create(tmp_path / "key")
        big, fits = os.urandom(150_000), os.urandom(60_000)
        manifest = _manifest(key, [big, fits])
        submission_id = str(uuid.uuid4())
        client.create_submission(submission_id, manifest, key.sign(canonical(manifest)))
        metadata = protocol.encode_metadata({"sha256": hashlib.sha256(big).hexdigest(), "submission": submission_id})
        full = client.send(
            "POST",
            "/files/",
            raw=True,
            headers={"Tus-Resumable": "1.0.0", "Upload-Length": str(len(big)), "Upload-Metadata": metadata},
        )
        assert full.status_code == 507
        assert "quota" in full.json()["detail"]
        assert not any((small.data / "uploads").iterdir())  # nothing half-stored
        url = client.tus_create(submission_id, hashlib.sha256(fits).hexdigest(), len(fits), "fits.bin")
        assert client.tus_patch(url, 0, fits).headers["Casebridge-File-State"] == "done"
        statuses = [client.send("GET", f"{protocol.API}/whoami", raw=True).status_code for _ in range(30)]
        assert 429 in statuses
        assert statuses[0] == 200
        refusals = [status for _actor, _path, status, _detail in _audit(small.data)]
        assert 507 in refusals
        assert 429 in refusals
        client.close()
    finally:
        keyring.set_keyring(previous)
        small.stop()


def test_a_third_party_tus_client_can_upload(
    officer: HubClient, hub: HubProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tusclient import client as tus

    key = WorkstationKey.load_or_create(tmp_path / "key")
    payload = os.urandom(3 * 1024 * 1024 + 5)
    digest = hashlib.sha256(payload).hexdigest()
    manifest = _manifest(key, [payload])
    submission_id = str(uuid.uuid4())
    officer.create_submission(submission_id, manifest, key.sign(canonical(manifest)))
    source = tmp_path / "payload.bin"
    source.write_bytes(payload)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(hub.ca))
    uploader = tus.TusClient(
        f"{hub.url}/files/", headers={"Authorization": f"Bearer {officer.access_token()}"}
    ).uploader(
        file_path=str(source),
        chunk_size=1024 * 1024,
        metadata={"sha256": digest, "submission": submission_id},
    )
    uploader.upload()
    assert uploader.offset == len(payload)
    signed = officer.complete(submission_id)
    assert [i.status for i in signed.receipt.items] == ["received"]
    assert (hub.data / "blobs" / digest[:2] / digest).read_bytes() == payload


def test_the_published_openapi_is_the_hubs_own() -> None:
    from casebridge.cli.hub import openapi_document

    published = json.loads((ROOT / "docs" / "api" / "openapi.json").read_text("utf-8"))
    assert published == json.loads(json.dumps(openapi_document())), (
        "docs/api/openapi.json is stale: run 'casebridge hub openapi --out docs/api/openapi.json'"
    )


def test_uploads_need_a_token_and_an_open_submission(officer: HubClient, hub: HubProcess) -> None:
    anonymous = httpx.post(
        f"{hub.url}/files/", headers={"Tus-Resumable": "1.0.0", "Upload-Length": "1"}, verify=hub.tls()
    )
    assert anonymous.status_code == 401
    assert anonymous.headers["Tus-Resumable"] == "1.0.0"
    missing = officer.send(
        "POST", "/files/", headers={"Tus-Resumable": "1.0.0", "Upload-Length": "1", "Upload-Metadata": "sha256 eA=="}
    )
    assert missing.status_code == 400
