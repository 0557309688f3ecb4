"""Uploading 2 GB over loopback TLS to the real hub: Casebridge's outbox (tus, 8 MiB chunks each with its
SHA-256, offsets recorded) against `curl` sending a same-sized file to the same hub's tus endpoint in one PATCH,
in the same run. Reports throughput, the ratio, and peak memory of the client and the hub.

.venv/bin/python -m pytest tests/benchmarks/test_upload_speed.py -p no:cacheprovider -s
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import keyring

from casebridge.app import build_services, open_workspace
from casebridge.demo.builder import DEMO_URN
from casebridge.exchange.canonical import canonical
from casebridge.exchange.hubclient import HubClient
from casebridge.exchange.keys import WorkstationKey
from tests.fixtures.hub import PASSWORD, HubProcess, client_env
from tests.keyring_file import FileKeyring

SIZE = 2 * 1024**3


def _write(path: Path, seed: int) -> str:
    hasher = hashlib.sha256()
    block = bytearray(os.urandom(8 * 1024 * 1024))
    with open(path, "wb") as handle:
        for n in range(SIZE // len(block)):
            block[0:8] = (seed * 1_000_003 + n).to_bytes(8, "little")
            handle.write(block)
            hasher.update(block)
    return hasher.hexdigest()


def _run(command: list[str], **kwargs: object) -> tuple[float, int]:
    """Runs a process to the end; returns (seconds, its own peak resident memory in bytes)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, **kwargs)  # type: ignore[call-overload]
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0, command
    return time.perf_counter() - start, usage.ru_maxrss * 1024


def _hwm(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def test_upload_2gb_against_curl(tmp_path: Path, monkeypatch: object) -> None:
    os.environ["CASEBRIDGE_TEST_KEYRING"] = str(tmp_path / "keyring.json")
    keyring.set_keyring(FileKeyring())
    hub = HubProcess(tmp_path / "hub")
    hub.add_user("pc-south-wales", "police", "62")
    hub.start()
    try:
        # --- curl: one PATCH of a whole 2 GB file to an upload the hub expects
        curl_file = tmp_path / "curl.bin"
        curl_digest = _write(curl_file, 1)
        key = WorkstationKey.load_or_create(tmp_path / "key")
        manifest = {
            "format": "casebridge-case-package",
            "version": 1,
            "urn": "62CF0041226",
            "created_at": "2026-11-24T10:00:00Z",
            "sender": {"operator": "bench", "workstation_key": key.id},
            "case": {"urn": "62CF0041226", "people": [], "offences": []},
            "exhibits": [
                {
                    "reference": "B/1",
                    "sha256": curl_digest,
                    "size": SIZE,
                    "kind": "other",
                    "media_type": "application/octet-stream",
                }
            ],
            "blobs": [{"sha256": curl_digest, "size": SIZE}],
        }
        client = HubClient(hub.url, ca_bundle=str(hub.ca))
        client.login("pc-south-wales", PASSWORD)
        submission_id = str(uuid.uuid4())
        client.create_submission(submission_id, manifest, key.sign(canonical(manifest)))
        url = client.tus_create(submission_id, curl_digest, SIZE, "curl.bin")
        curl_seconds, curl_peak = _run(
            [
                "curl",
                "-sS",
                "--fail",
                "-X",
                "PATCH",
                "--cacert",
                str(hub.ca),
                "-T",  # streamed from the file (--data-binary would read 2 GB into memory first)
                str(curl_file),
                "-H",
                "Tus-Resumable: 1.0.0",
                "-H",
                "Upload-Offset: 0",
                "-H",
                "Content-Type: application/offset+octet-stream",
                "-H",
                f"Authorization: Bearer {client.access_token()}",
                url,
            ],
        )
        assert client.tus_offset(url) == (SIZE, "done")
        curl_file.unlink()

        # --- Casebridge: the outbox in its own process (`casebridge outbox --resume`)
        root = tmp_path / "ws"
        (root / "config").mkdir(parents=True)
        (root / "config" / "settings.json").write_text(f'{{"ca_bundle": "{hub.ca}"}}')
        ws = open_workspace(root)
        ws.cases.create_case(DEMO_URN, title="Benchmark")
        ws.cases.add_person(DEMO_URN, {"role": "witness", "surname": "Evans", "forenames": "Sarah"})
        ours = tmp_path / "ours.bin"
        our_digest = _write(ours, 2)
        build_services(ws).importer.import_paths(DEMO_URN, [ours], producer="Sarah Evans")
        ours.unlink()
        build_services(ws).exchange.login(hub.url, "pc-south-wales", PASSWORD)
        submission = build_services(ws).exchange.queue(DEMO_URN, check=False)
        command = [sys.executable, "-m", "casebridge", "outbox", "--resume", "--workspace", str(root)]
        env = client_env(tmp_path / "keyring.json")
        our_seconds, client_peak = _run(command, env=env)
        idle_seconds, _ = _run(command, env=env)  # the same command with nothing left to send: start-up cost
        done = ws.outbox.get(submission.id)
        assert done.receipt is not None
        assert done.receipt["receipt"]["items"][0]["sha256"] == our_digest
        hub_peak = _hwm(hub.process.pid) if hub.process else 0
        ws.close()
    finally:
        hub.stop()
    mb = SIZE / 1e6
    print(
        f"\n2 GB upload over loopback TLS to the hub\n"
        f"  curl (one PATCH)          {curl_seconds:6.2f} s  {mb / curl_seconds:7.0f} MB/s\n"
        f"  Casebridge outbox         {our_seconds:6.2f} s  {mb / our_seconds:7.0f} MB/s  (process start included)\n"
        f"    of which start-up       {idle_seconds:6.2f} s  (the same command with nothing to send)\n"
        f"  ratio (Casebridge / curl) {curl_seconds / our_seconds:6.2f} whole command, "
        f"{curl_seconds / (our_seconds - idle_seconds):.2f} transfer only   goal >= 0.7\n"
        f"  peak memory: client {client_peak / 2**20:.0f} MiB, hub {hub_peak / 2**20:.0f} MiB, "
        f"curl {curl_peak / 2**20:.0f} MiB   goal < 300 MB each"
    )
