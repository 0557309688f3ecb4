"""A 1 GB file survives a killed client and a killed hub: the transfer resumes from the byte offset both sides
agreed, the receipt verifies and the hub's copy is byte-identical. And two hub processes share one PostgreSQL
database and one blob folder: a submission started on one finishes on the other."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.exchange.canonical import canonical
from casebridge.exchange.hubclient import HubClient
from casebridge.exchange.keys import WorkstationKey
from casebridge.exchange.outbox import SendOptions
from casebridge.exchange.receipts import verify_receipt
from casebridge.store.outbox import OutboxSubmission
from casebridge.workspace import Workspace
from tests.exchange.conftest import add_unique_file, discard, workstation
from tests.fixtures.hub import PASSWORD, HubProcess, client_env

GiB = 1024**3


def _digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(8 * 1024 * 1024):
            hasher.update(block)
    return hasher.hexdigest()


def _sent(ws: Workspace, submission_id: str, digest: str) -> int:
    return next(i.sent for i in ws.outbox.get(submission_id).items if i.sha256 == digest)


def _wait_for(condition: object, what: str, pause: Callable[[float], object], seconds: float = 300) -> None:
    """Checks `condition` between short waits on the worker doing the job (it may finish or die meanwhile)."""
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        pause(0.05)


def _on_process(process: subprocess.Popen[bytes]) -> Callable[[float], object]:
    def pause(seconds: float) -> object:
        try:
            return process.wait(seconds)
        except subprocess.TimeoutExpired:
            return None

    return pause


def test_a_1gb_upload_resumes_after_the_client_is_killed(
    police: Workspace, hub: HubProcess, tmp_path: Path, keyring_file: Path
) -> None:
    digest = add_unique_file(police, tmp_path / "material", GiB, "cctv-export.bin")
    submission = build_services(police).exchange.queue(DEMO_URN)
    client = subprocess.Popen(
        [sys.executable, "-m", "casebridge", "outbox", "--resume", "--workspace", str(tmp_path / "police")],
        env=client_env(keyring_file),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        _wait_for(
            lambda: _sent(police, submission.id, digest) >= 200 * 1024**2 or client.poll() is not None,
            "200 MB sent",
            _on_process(client),
        )
        os.killpg(client.pid, signal.SIGKILL)
    finally:
        client.wait(30)
    assert client.returncode == -signal.SIGKILL, client.stdout.read() if client.stdout else ""
    reached = _sent(police, submission.id, digest)
    assert 0 < reached < GiB
    assert police.outbox.get(submission.id).state == "sending"  # killed mid-transfer: nothing marked done

    seen: list[int] = []
    done = build_services(police).exchange.send(submission.id, progress=lambda u: seen.append(u.done))
    assert done.state == "complete"
    assert done.receipt is not None
    assert min(seen) > reached  # carried on from the recorded offset
    receipt = verify_receipt(done.receipt, {police.settings.hub_key_id})
    assert all(i.status == "received" for i in receipt.receipt.items)
    assert _digest(hub.data / "blobs" / digest[:2] / digest) == digest
    discard(hub.data / "blobs" / digest[:2] / digest, police.vault.path(digest))


def test_a_1gb_upload_resumes_after_the_hub_is_killed_and_restarted(tmp_path: Path, keyring_file: Path) -> None:
    server = HubProcess(tmp_path / "hub")
    server.add_user("pc-south-wales", "police", "62")
    server.start()
    ws = workstation(tmp_path / "police", server)
    try:
        build_demo(build_services(ws), derivatives=False)
        digest = add_unique_file(ws, tmp_path / "material", GiB, "bwv-export.bin")
        submission = build_services(ws).exchange.queue(DEMO_URN)
        outcome: dict[str, object] = {}

        def run() -> None:
            try:
                outcome["done"] = build_services(ws).exchange.send(
                    submission.id, options=SendOptions(backoff_base=0.2, backoff_cap=1.0, max_attempts=200)
                )
            except Exception as exc:  # reported below
                outcome["error"] = exc

        sender = threading.Thread(target=run)
        sender.start()
        _wait_for(
            lambda: _sent(ws, submission.id, digest) >= 300 * 1024**2 or not sender.is_alive(),
            "300 MB sent",
            sender.join,
        )
        server.kill()
        killed_at = _sent(ws, submission.id, digest)
        server.start()  # same port, same data folder and database
        sender.join(600)
        assert "error" not in outcome, outcome.get("error")
        done = outcome["done"]
        assert isinstance(done, OutboxSubmission)
        assert done.receipt is not None
        assert 0 < killed_at < GiB
        receipt = verify_receipt(done.receipt, {ws.settings.hub_key_id})
        assert all(i.status == "received" for i in receipt.receipt.items)
        assert _digest(server.data / "blobs" / digest[:2] / digest) == digest
        import sqlite3

        with sqlite3.connect(server.data / "hub.sqlite3") as conn:
            uploads = conn.execute("SELECT count(*) FROM hub_uploads WHERE sha256 = ?", (digest,)).fetchone()[0]
        assert uploads == 1  # the same upload carried on after the restart; it did not start again
        discard(server.data / "blobs" / digest[:2] / digest, ws.vault.path(digest))
    finally:
        ws.close()
        server.stop()


@pytest.mark.postgres
def test_two_hub_processes_share_one_postgresql_and_one_blob_folder(
    tmp_path: Path, postgres_server: object, keyring_file: Path
) -> None:
    database = postgres_server.new_database()  # type: ignore[attr-defined]
    first = HubProcess(tmp_path / "a", database=database)
    second = HubProcess(tmp_path / "b", database=database, data=first.data)
    first.add_user("pc-south-wales", "police", "62")
    first.start()
    second.start()
    try:
        key = WorkstationKey.load_or_create(tmp_path / "key")
        payload = os.urandom(3 * 1024 * 1024)
        digest = hashlib.sha256(payload).hexdigest()
        manifest = build_manifest_for(key, payload)
        a = HubClient(first.url, ca_bundle=str(first.ca))
        a.login("pc-south-wales", PASSWORD)
        b = HubClient(second.url, ca_bundle=str(second.ca))
        b.set_access_token(a.access_token())  # a token from one hub process is good on the other
        submission_id = "7a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"
        a.create_submission(submission_id, manifest, key.sign(canonical(manifest)))
        url = a.tus_create(submission_id, digest, len(payload), "x.bin")
        assert a.tus_patch(url, 0, payload[: 1024 * 1024]).status_code == 204
        on_second = url.replace(f":{first.port}/", f":{second.port}/")
        assert b.tus_offset(on_second) == (1024 * 1024, "open")
        assert b.tus_patch(on_second, 1024 * 1024, payload[1024 * 1024 :]).headers["Casebridge-File-State"] == "done"
        signed = b.complete(submission_id)
        assert [i.status for i in signed.receipt.items] == ["received"]
        assert signed.signature.key_id == a.info().key_id == b.info().key_id
        assert submission_id in {s.submission_id for s in a.submissions()}
        assert (first.data / "blobs" / digest[:2] / digest).read_bytes() == payload
        a.close()
        b.close()
    finally:
        first.stop()
        second.stop()


def build_manifest_for(key: WorkstationKey, payload: bytes) -> dict[str, object]:
    digest = hashlib.sha256(payload).hexdigest()
    return {
        "format": "casebridge-case-package",
        "version": 1,
        "urn": "62CF0041226",
        "created_at": "2026-11-24T10:00:00Z",
        "sender": {"operator": "PC Test", "workstation_key": key.id},
        "case": {"urn": "62CF0041226", "people": [], "offences": []},
        "exhibits": [
            {
                "reference": "TT/1",
                "sha256": digest,
                "size": len(payload),
                "kind": "other",
                "media_type": "application/octet-stream",
            }
        ],
        "blobs": [{"sha256": digest, "size": len(payload)}],
    }
