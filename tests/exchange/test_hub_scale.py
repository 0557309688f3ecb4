"""The hub on more than one process and machine: `hub serve --workers 2`; two nodes on one PostgreSQL and blob store
behind a balancer, one killed mid-upload; no crash window between the last byte and the stored file; a quota that
holds when many uploads start at once; health, metrics, the access log and one sweeper at a time."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from casebridge.app import Workspace, build_services
from casebridge.demo.builder import build_demo
from casebridge.exchange import protocol
from casebridge.exchange.canonical import canonical
from casebridge.exchange.hubclient import HubClient, HubStorageFull
from casebridge.exchange.keys import WorkstationKey
from casebridge.exchange.outbox import SendOptions
from casebridge.exchange.receipts import verify_receipt
from tests.exchange.conftest import workstation
from tests.fixtures.balancer import Balancer
from tests.fixtures.hub import PASSWORD, HubProcess
from tests.fixtures.waiting import eventually

MiB = 1024 * 1024


def _manifest(key: WorkstationKey, payloads: list[bytes]) -> dict[str, object]:
    exhibits = [
        {
            "reference": f"TT/{n}",
            "sha256": hashlib.sha256(p).hexdigest(),
            "size": len(p),
            "kind": "other",
            "media_type": "application/octet-stream",
        }
        for n, p in enumerate(payloads, start=1)
    ]
    return {
        "format": "casebridge-case-package",
        "version": 1,
        "urn": "62CF0041226",
        "created_at": "2026-11-24T10:00:00Z",
        "sender": {"operator": "PC Test", "workstation_key": key.id},
        "case": {"urn": "62CF0041226", "people": [], "offences": []},
        "exhibits": exhibits,
        "blobs": [{"sha256": e["sha256"], "size": e["size"]} for e in exhibits],
    }


def _admin_token(hub: HubProcess) -> str:
    hub.add_user("hub-admin", "admin")
    with httpx.Client(verify=hub.tls()) as http:
        answer = http.post(
            f"{hub.url}/auth/token", data={"grant_type": "password", "username": "hub-admin", "password": PASSWORD}
        )
    return str(answer.json()["access_token"])


def _metric(text: str, name: str, **labels: str) -> float:
    total = 0.0
    for line in text.splitlines():
        if not line.startswith(name) or line.startswith("#"):
            continue
        if all(f'{k}="{v}"' in line for k, v in labels.items()):
            total += float(line.rsplit(" ", 1)[1])
    return total


def test_two_workers_serve_one_hub_with_health_metrics_access_log_and_one_sweeper(tmp_path: Path) -> None:
    hub = HubProcess(tmp_path / "hub", workers=2, extra={"sweep_seconds": 1})
    hub.start()
    try:
        with httpx.Client(verify=hub.tls()) as http:
            workers: set[int] = set()

            def one_request(_n: int) -> int:
                with httpx.Client(verify=hub.tls()) as fresh:  # a connection of its own: any worker may take it
                    answer = fresh.get(f"{hub.url}/health")
                assert answer.status_code == 200
                assert answer.json()["database"] == answer.json()["blob_store"] == "ok"
                return int(answer.json()["worker"])

            with ThreadPoolExecutor(8) as pool:  # the second worker may still be starting when the first answers

                def both() -> bool:
                    workers.update(pool.map(one_request, range(16)))
                    return len(workers) == 2

                eventually(both, "both worker processes to answer")
            token = _admin_token(hub)
            assert http.get(f"{hub.url}/metrics").status_code == 401
            assert http.get(
                f"{hub.url}/api/v1/submissions/62CF0041226", headers={"Authorization": "Bearer x"}
            ).status_code in (401, 422)
            page = http.get(f"{hub.url}/metrics", headers={"Authorization": f"Bearer {token}"})
            assert page.status_code == 200
            assert page.headers["content-type"].startswith("text/plain")
            # the counters of both workers, added up
            assert _metric(page.text, "casebridge_hub_requests_total", route="/health", status="200") >= 2
            assert "casebridge_hub_storage_quota_bytes" in page.text
            assert "casebridge_hub_uploads_open" in page.text
        eventually(lambda: hub.log.read_text().count("INFO sweep:") >= 3, "three sweeps in the hub's log", 30)
        log = hub.log.read_text()
        assert "GET /health 200" in log
        assert token not in log
        assert "Bearer" not in log
        sweepers = {int(m) for m in re.findall(r"^\S+ \S+ (\d+) casebridge\.hub INFO sweep:", log, re.M)}
        assert len(sweepers) == 1, f"one worker sweeps at a time, saw {sweepers}"
    finally:
        hub.stop()


def test_the_last_byte_and_the_stored_file_have_no_crash_window_between_them(
    tmp_path: Path, keyring_file: Path
) -> None:
    """The node dies after the last chunk's offset is recorded and before the file is stored; the client, resuming,
    sends nothing again and the receipt says every item was received."""
    hub = HubProcess(tmp_path / "hub", extra={"finish_lease_seconds": 2})
    hub.add_user("pc-south-wales", "police", "62")
    hub.env = {"CASEBRIDGE_HUB_FAILPOINTS": "before-finish"}
    hub.start()
    ws = workstation(tmp_path / "police", hub)
    try:
        services = build_services(ws)
        build_demo(services, derivatives=False)
        queued = services.exchange.queue("62CF0041226")
        options = SendOptions(chunk_size=MiB, max_attempts=2, backoff_base=0.1, backoff_cap=0.2)
        outcome: dict[str, object] = {}

        def first_try() -> None:
            try:
                services.exchange.send(queued.id, options=options)
            except Exception as exc:  # the node dies under it
                outcome["error"] = exc

        sender = threading.Thread(target=first_try)
        sender.start()
        database = hub.data / "hub.sqlite3"

        def finishing_row() -> tuple[str, str] | None:
            with sqlite3.connect(database) as conn:
                row = conn.execute("SELECT id, sha256 FROM hub_uploads WHERE state = 'finishing'").fetchone()
            return (str(row[0]), str(row[1])) if row else None

        finishing = eventually(finishing_row, "the hub to reach the point after the last byte", 120)
        hub.kill()  # kill -9 in the window
        sender.join(120)
        assert "error" in outcome
        assert ws.outbox.get(queued.id).state == "failed"
        hub.env = {}
        hub.start()
        done = services.exchange.send(queued.id, options=SendOptions(chunk_size=MiB))  # `casebridge outbox --resume`
        assert done.state == "complete"
        receipt = verify_receipt(done.receipt or {}, {ws.settings.hub_key_id})
        assert {i.status for i in receipt.receipt.items} == {"received"}
        with sqlite3.connect(database) as conn:
            rows = conn.execute("SELECT id, state FROM hub_uploads WHERE sha256 = ?", (finishing[1],)).fetchall()
        assert rows == [(finishing[0], "done")], "the interrupted file was finished, not sent again"
        digest = finishing[1]
        assert hashlib.sha256((hub.data / "blobs" / digest[:2] / digest).read_bytes()).hexdigest() == digest
    finally:
        ws.close()
        hub.stop()


def test_a_quota_holds_when_many_uploads_start_at_once(tmp_path: Path, keyring_file: Path) -> None:
    quota, size, clients = 10 * MiB, 3 * MiB, 8
    hub = HubProcess(tmp_path / "hub", workers=2, extra={"storage_quota_bytes": quota, "requests_per_minute": 100000})
    hub.add_user("pc-south-wales", "police", "62")
    hub.start()
    key = WorkstationKey.load_or_create(tmp_path / "key")
    results: list[str] = []
    barrier = threading.Barrier(clients)
    with HubClient(hub.url, ca_bundle=str(hub.ca)) as first:
        first.login("pc-south-wales", PASSWORD)
        token = first.access_token()  # one sign-in; eight workstations' worth of uploads

    def one(n: int) -> None:
        payload = os.urandom(size)
        manifest = _manifest(key, [payload])
        with HubClient(hub.url, ca_bundle=str(hub.ca)) as client:
            client.set_access_token(token)
            submission_id = str(uuid.uuid4())
            client.create_submission(submission_id, manifest, key.sign(canonical(manifest)))
            barrier.wait(30)
            try:
                url = client.tus_create(submission_id, hashlib.sha256(payload).hexdigest(), size, f"f{n}.bin")
            except HubStorageFull as exc:
                results.append(f"full: {exc}")
                return
            for offset in range(0, size, MiB):
                assert client.tus_patch(url, offset, payload[offset : offset + MiB]).status_code == 204
            results.append(client.tus_offset(url)[1])

    try:
        threads = [threading.Thread(target=one, args=(n,)) for n in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        stored = sum(p.stat().st_size for p in (hub.data / "blobs").rglob("*") if p.is_file() and len(p.name) == 64)
        assert stored <= quota
        assert results.count("done") == quota // size
        full = [r for r in results if r.startswith("full")]
        assert len(full) == clients - quota // size
        assert all("ask the hub's administrator" in r and "quota" in r for r in full)
        with sqlite3.connect(hub.data / "hub.sqlite3") as conn:
            assert conn.execute("SELECT stored, reserved FROM hub_storage").fetchone() == (stored, 0)
    finally:
        hub.stop()


def test_an_abandoned_upload_gives_its_quota_back(tmp_path: Path, keyring_file: Path) -> None:
    hub = HubProcess(tmp_path / "hub", extra={"storage_quota_bytes": 4 * MiB})
    hub.add_user("pc-south-wales", "police", "62")
    hub.start()
    key = WorkstationKey.load_or_create(tmp_path / "key")
    try:
        with HubClient(hub.url, ca_bundle=str(hub.ca)) as client:
            client.login("pc-south-wales", PASSWORD)
            first, second = os.urandom(3 * MiB), os.urandom(3 * MiB)
            manifest = _manifest(key, [first, second])
            submission_id = str(uuid.uuid4())
            client.create_submission(submission_id, manifest, key.sign(canonical(manifest)))
            url = client.tus_create(submission_id, hashlib.sha256(first).hexdigest(), len(first), "a.bin")
            with pytest.raises(HubStorageFull):
                client.tus_create(submission_id, hashlib.sha256(second).hexdigest(), len(second), "b.bin")
            client.call("DELETE", url, ok=(204,), headers={"Tus-Resumable": protocol.TUS_VERSION})
            again = client.tus_create(submission_id, hashlib.sha256(second).hexdigest(), len(second), "b.bin")
            assert client.tus_patch(again, 0, second).headers["Casebridge-File-State"] in ("finishing", "done")
    finally:
        hub.stop()


@pytest.mark.postgres
def test_two_nodes_behind_a_balancer_survive_one_dying_mid_upload(
    tmp_path: Path, postgres_server: object, keyring_file: Path
) -> None:
    database = postgres_server.new_database()  # type: ignore[attr-defined]
    shared = tmp_path / "shared"  # the NFS/SMB share both machines mount: blobs, uploads, the receipt key
    first = HubProcess(tmp_path / "a", database=database, data=shared, workers=2)
    second = HubProcess(tmp_path / "b", database=database, data=shared, workers=2)
    for name in ("ca.pem", "hub.pem", "hub-key.pem"):  # one certificate for the service name, on every node
        shutil.copyfile(first.root / "certs" / name, second.root / "certs" / name)
    first.add_user("pc-south-wales", "police", "62")
    first.start()
    second.start()
    police: Workspace | None = None
    try:
        with Balancer([first.port, second.port]) as balancer:
            balanced = HubProcess.__new__(HubProcess)  # the address clients use: the balancer's
            balanced.url, balanced.ca = balancer.url, first.ca
            police = workstation(tmp_path / "police", balanced)
            services = build_services(police)
            build_demo(services, derivatives=False)
            big = tmp_path / "bodycam.bin"
            big.write_bytes(os.urandom(40 * MiB))
            services.importer.import_paths("62CF0041226", [big], producer="Sarah Evans")
            queued = services.exchange.queue("62CF0041226")
            seen: list[int] = []
            killed = threading.Event()

            def progress(update: object) -> None:
                seen.append(getattr(update, "done", 0))
                if not killed.is_set() and getattr(update, "done", 0) > 20 * MiB:
                    killed.set()
                    threading.Thread(target=first.kill).start()  # node A dies mid-upload

            options = SendOptions(chunk_size=2 * MiB, max_attempts=50, backoff_base=0.2, backoff_cap=1.0)
            done = services.exchange.send(queued.id, options=options, progress=progress)
            assert killed.is_set()
            assert done.state == "complete"
            receipt = verify_receipt(done.receipt or {}, {police.settings.hub_key_id})
            assert {i.status for i in receipt.receipt.items} == {"received"}
            assert balancer.connections[second.port] > 0
            for exhibit in police.exhibits.for_case("62CF0041226"):
                stored = shared / "blobs" / exhibit.sha256[:2] / exhibit.sha256
                assert hashlib.sha256(stored.read_bytes()).hexdigest() == exhibit.sha256
            with httpx.Client(verify=second.tls()) as http:
                health = http.get(f"{second.url}/health").json()
            assert health["status"] == "ok"
            assert json.loads(json.dumps(health))["database"] == "ok"
    finally:
        if police is not None:
            police.close()
        first.stop()
        second.stop()
