"""The police flow against the real hub over TLS: readiness, submit, skip what the hub holds, signed receipts per
item, resumable uploads, damaged chunks re-sent, refusals with reasons."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path

import pytest

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN
from casebridge.errors import CasebridgeError
from casebridge.exchange import protocol
from casebridge.exchange.canonical import canonical
from casebridge.exchange.hubclient import HubClient
from casebridge.exchange.keys import SignatureError, WorkstationKey
from casebridge.exchange.outbox import SendOptions
from casebridge.exchange.package import build_manifest
from casebridge.exchange.receipts import verify_receipt
from casebridge.exchange.submit import SubmissionBlocked, blocking_findings
from casebridge.jobs import Cancelled, CancelToken, ProgressUpdate
from casebridge.workspace import Workspace
from tests.exchange.conftest import add_unique_file
from tests.fixtures.hub import HubProcess

MiB = 1024 * 1024


def _digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(MiB):
            hasher.update(block)
    return hasher.hexdigest()


def _hub_audit(hub: HubProcess) -> list[tuple[str, str, int, str]]:
    with sqlite3.connect(hub.data / "hub.sqlite3") as conn:
        return list(conn.execute("SELECT actor, path, status, detail FROM hub_audit ORDER BY id"))


def test_submit_sends_every_file_and_keeps_a_verified_receipt(
    police: Workspace, hub: HubProcess, tmp_path: Path
) -> None:
    digest = add_unique_file(police, tmp_path / "material", 3 * MiB + 123)
    submission = build_services(police).exchange.queue(DEMO_URN)
    updates: list[ProgressUpdate] = []
    done = build_services(police).exchange.send(
        submission.id, options=SendOptions(chunk_size=MiB), progress=updates.append
    )

    assert done.state == "complete"
    assert done.receipt is not None
    receipt = verify_receipt(done.receipt, {police.settings.hub_key_id})
    assert receipt.receipt.manifest_sha256 == hashlib.sha256(canonical(submission.manifest)).hexdigest()
    exhibits = police.exhibits.for_case(DEMO_URN)
    assert {i.reference for i in receipt.receipt.items} == {e.reference for e in exhibits}
    assert all(i.status == "received" for i in receipt.receipt.items), receipt.receipt.items
    kinds = {i.reference: i.recognised_type or "" for i in receipt.receipt.items}
    assert any(k.startswith("application/pdf; 1 page") for k in kinds.values())
    assert any(k.startswith("video (") for k in kinds.values())
    assert any(k.startswith("image (") for k in kinds.values())
    # the hub holds byte-identical copies, stored once under their digests
    for exhibit in exhibits:
        stored = hub.data / "blobs" / exhibit.sha256[:2] / exhibit.sha256
        assert _digest(stored) == exhibit.sha256 == _digest(police.vault.path(exhibit.sha256))
    assert updates[-1].done == updates[-1].total == submission.bytes_total
    # the unique 3 MiB file went in four 1 MiB chunks, each acknowledged and recorded
    item = next(i for i in done.items if i.sha256 == digest)
    assert item.state == "sent"
    assert item.sent == item.size
    # the case's own audit log has the submission and its receipt
    with police.engine.connect() as conn:
        actions = [
            r[0] for r in conn.exec_driver_sql("SELECT action FROM audit_events WHERE case_urn = ?", (DEMO_URN,))
        ]
    assert "submission.queued" in actions
    assert "submission.receipted" in actions

    # sent again: the hub already holds every file, so nothing is uploaded
    again = build_services(police).exchange.send(build_services(police).exchange.queue(DEMO_URN).id)
    assert {i.state for i in again.items} == {"held"}
    assert again.receipt is not None
    assert all(i["status"] == "received" for i in again.receipt["receipt"]["items"])


def test_a_tampered_receipt_or_one_from_another_key_is_refused(police: Workspace) -> None:
    done = build_services(police).exchange.send(build_services(police).exchange.queue(DEMO_URN).id)
    assert done.receipt is not None
    verify_receipt(done.receipt, {police.settings.hub_key_id})
    forged = json.loads(json.dumps(done.receipt))
    forged["receipt"]["items"][0]["status"] = "refused"
    with pytest.raises(SignatureError, match="altered"):
        verify_receipt(forged)
    with pytest.raises(SignatureError, match="unknown"):
        verify_receipt(done.receipt, {"0123456789abcdef"})


def test_readiness_errors_stop_a_submission(police: Workspace) -> None:
    police.cases.create_case("62CF0055526", title="Burglary with nobody recorded yet")
    findings = blocking_findings(police, "62CF0055526")
    assert findings
    with pytest.raises(SubmissionBlocked, match="cannot be submitted"):
        build_services(police).exchange.queue("62CF0055526")
    assert police.outbox.listing("62CF0055526") == []


def test_a_damaged_chunk_is_refused_by_its_checksum_and_sent_again(
    police: Workspace, hub: HubProcess, tmp_path: Path
) -> None:
    digest = add_unique_file(police, tmp_path / "material", 2 * MiB + 7)
    damaged: list[int] = []

    def wire(offset: int, chunk: bytes) -> bytes:
        if offset == MiB and not damaged:  # the second chunk is damaged once on its way
            damaged.append(offset)
            return chunk[:100] + bytes([chunk[100] ^ 0xFF]) + chunk[101:]
        return chunk

    done = build_services(police).exchange.send(
        build_services(police).exchange.queue(DEMO_URN).id, options=SendOptions(chunk_size=MiB, wire=wire)
    )
    assert damaged == [MiB]
    assert done.receipt is not None
    item = next(i for i in done.receipt["receipt"]["items"] if i["sha256"] == digest)
    assert item["status"] == "received"
    assert _digest(hub.data / "blobs" / digest[:2] / digest) == digest
    assert any(status == protocol.CHECKSUM_MISMATCH for _a, _p, status, _d in _hub_audit(hub))


def test_a_file_whose_whole_digest_differs_is_refused_with_the_reason(
    police: Workspace, hub: HubProcess, tmp_path: Path
) -> None:
    digest = add_unique_file(police, tmp_path / "material", 300_000)
    key = WorkstationKey.load_or_create(police.paths.config_dir)
    manifest = build_manifest(police, DEMO_URN, key)
    submission_id = "5f0c7c52-4d4f-4cc1-9e0a-2b8f7a6a0001"
    with build_services(police).hub_client() as client:
        state = client.create_submission(submission_id, manifest, key.sign(canonical(manifest)))
        needed = {n.sha256 for n in state.need}
        assert digest in needed
        url = client.tus_create(submission_id, digest, 300_000, "download.bin")
        wrong = bytes(300_000)  # the right length, every chunk checksum honest, the wrong content
        answer = client.tus_patch(url, 0, wrong)
        assert answer.status_code == 204
        assert answer.headers["Casebridge-File-State"] == "refused"
        assert "SHA-256" in answer.headers["Casebridge-File-Problem"]
        signed = client.complete(submission_id)
    item = next(i for i in signed.receipt.items if i.sha256 == digest)
    assert item.status == "refused"
    assert "the manifest says " + digest in item.reason
    assert not (hub.data / "blobs" / digest[:2] / digest).exists()
    # what was never uploaded is named as not received, never silently dropped
    for other in signed.receipt.items:
        if other.sha256 in needed - {digest}:
            assert other.status == "not_received"
            assert "not uploaded" in other.reason
        elif other.sha256 != digest:
            assert other.status == "received"


def test_pausing_keeps_the_offset_and_resuming_continues_from_it(
    police: Workspace, hub: HubProcess, tmp_path: Path
) -> None:
    digest = add_unique_file(police, tmp_path / "material", 6 * MiB)
    submission = build_services(police).exchange.queue(DEMO_URN)
    cancel = CancelToken()

    def progress(update: ProgressUpdate) -> None:
        if update.done >= 3 * MiB:
            cancel.cancel()

    with pytest.raises(Cancelled):
        build_services(police).exchange.send(
            submission.id, options=SendOptions(chunk_size=MiB), progress=progress, cancel=cancel
        )
    paused = police.outbox.get(submission.id)
    assert paused.state == "paused"
    item = next(i for i in paused.items if i.sha256 == digest)
    assert 0 < item.sent < item.size
    assert item.upload_url

    seen: list[int] = []
    done = build_services(police).exchange.send(
        submission.id, options=SendOptions(chunk_size=MiB), progress=lambda u: seen.append(u.done)
    )
    assert done.state == "complete"
    first_upload = min(seen)
    assert first_upload > item.sent  # resumed past the recorded offset, not from the start
    assert _digest(hub.data / "blobs" / digest[:2] / digest) == digest


def test_an_unreachable_hub_leaves_the_submission_in_the_outbox(police: Workspace, tmp_path: Path) -> None:
    submission = build_services(police).exchange.queue(DEMO_URN)
    offline = HubClient("https://127.0.0.1:9", username="pc-south-wales")  # nothing listens there
    offline.set_access_token("a token that never leaves this machine")
    options = SendOptions(max_attempts=2, backoff_base=0.01)
    with pytest.raises(CasebridgeError, match="cannot be reached"):
        build_services(police).exchange.send(submission.id, client=offline, options=options)
    failed = police.outbox.get(submission.id)
    assert failed.state == "failed"
    assert "Resume" in failed.problem
    assert police.outbox.listing(open_only=True)[0].id == submission.id
    assert build_services(police).exchange.send(submission.id).state == "complete"


def test_the_same_file_from_two_clients_at_once_is_stored_once(
    police: Workspace, hub: HubProcess, tmp_path: Path
) -> None:
    digest = add_unique_file(police, tmp_path / "material", 5 * MiB)
    first, second = build_services(police).exchange.queue(DEMO_URN), build_services(police).exchange.queue(DEMO_URN)
    results: dict[str, object] = {}

    def run(submission_id: str) -> None:
        try:
            results[submission_id] = build_services(police).exchange.send(
                submission_id, options=SendOptions(chunk_size=MiB)
            )
        except Exception as exc:  # reported below
            results[submission_id] = exc

    threads = [threading.Thread(target=run, args=(s.id,)) for s in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for submission in (first, second):
        done = results[submission.id]
        assert not isinstance(done, Exception), done
        assert done.receipt is not None  # type: ignore[attr-defined]
    assert _digest(hub.data / "blobs" / digest[:2] / digest) == digest
    with sqlite3.connect(hub.data / "hub.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM hub_blobs WHERE sha256 = ?", (digest,)).fetchone()[0] == 1
    leftovers = [p for p in (hub.data / "uploads").iterdir() if p.stat().st_size]
    assert not any(_digest(p) == digest for p in leftovers)
