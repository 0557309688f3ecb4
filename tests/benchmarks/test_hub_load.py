"""The hub on more than one machine, under load and a fault: two nodes × two workers on one PostgreSQL and one
shared blob folder behind a balancer; 12 workstations each sending a case with a 100 MiB file at once through their
real outboxes; node A killed (kill -9) when a third of the bytes have gone, its clients carrying on through node B.

Reports: every item received and equal by SHA-256, 5xx count (from both nodes' access logs), wall time, MB/s, the
p95 time of a cheap API call (whoami) while the load runs, and each worker's peak memory.

.venv/bin/python -m pytest tests/benchmarks/test_hub_load.py -p no:cacheprovider -s
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import statistics
import threading
import time
from pathlib import Path

import httpx
import pytest

from casebridge.app import Workspace, build_services, open_workspace
from casebridge.exchange.outbox import SendOptions
from casebridge.exchange.receipts import verify_receipt
from tests.fixtures.balancer import Balancer
from tests.fixtures.hub import PASSWORD, HubProcess

CLIENTS = 12
SIZE = 100 * 1024 * 1024


def _workers(node: HubProcess) -> list[int]:
    assert node.process is not None
    children = Path(f"/proc/{node.process.pid}/task/{node.process.pid}/children").read_text().split()
    workers = [int(pid) for pid in children if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
    return workers or [node.process.pid]  # (not uvicorn's resource tracker)


def _hwm(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _workstation(root: Path, url: str, ca: Path, n: int) -> tuple[Workspace, str]:
    import json

    (root / "config").mkdir(parents=True, exist_ok=True)
    (root / "config" / "settings.json").write_text(json.dumps({"ca_bundle": str(ca), "operator_name": f"pc{n}"}))
    ws = open_workspace(root)
    services = build_services(ws)
    urn = f"62CF{n:07d}"
    ws.cases.create_case(urn, title=f"Load test {n}")
    ws.cases.add_person(urn, {"role": "officer", "surname": f"Officer{n}", "forenames": "Test"})
    data = root / "footage.bin"
    with open(data, "wb") as handle:
        block = bytearray(os.urandom(8 * 1024 * 1024))
        for part in range(SIZE // len(block)):
            block[:8] = (n * 1000 + part).to_bytes(8, "little")
            handle.write(block)
    services.importer.import_paths(urn, [data])
    services.exchange.login(url, f"pc-{n}", PASSWORD)  # each workstation its own officer and sign-in
    return ws, services.exchange.queue(urn, check=False).id


@pytest.mark.postgres
def test_two_nodes_twelve_clients_one_node_killed(tmp_path: Path, postgres_server: object, keyring_file: Path) -> None:
    database = postgres_server.new_database()  # type: ignore[attr-defined]
    shared = tmp_path / "shared"
    a = HubProcess(tmp_path / "a", database=database, data=shared, workers=2, extra={"requests_per_minute": 100000})
    b = HubProcess(tmp_path / "b", database=database, data=shared, workers=2, extra={"requests_per_minute": 100000})
    for name in ("ca.pem", "hub.pem", "hub-key.pem"):
        shutil.copyfile(a.root / "certs" / name, b.root / "certs" / name)
    a.add_user("pc-south-wales", "police", "62")
    for n in range(1, CLIENTS + 1):
        a.add_user(f"pc-{n}", "police", "62")
    a.start()
    b.start()
    with Balancer([a.port, b.port]) as balancer:
        stations = [_workstation(tmp_path / f"ws{n}", balancer.url, a.ca, n) for n in range(1, CLIENTS + 1)]
        sent = [0] * CLIENTS
        killed = threading.Event()
        peaks: dict[str, int] = {}
        timings: list[float] = []
        stop = threading.Event()
        errors: list[str] = []

        def probe() -> None:  # a cheap call through the balancer while everything else is sending
            with httpx.Client(verify=a.tls()) as http:
                token = http.post(
                    f"{balancer.url}/auth/token",
                    data={"grant_type": "password", "username": "pc-south-wales", "password": PASSWORD},
                ).json()["access_token"]
                while not stop.is_set():
                    started = time.perf_counter()
                    try:
                        http.get(f"{balancer.url}/api/v1/whoami", headers={"Authorization": f"Bearer {token}"})
                        timings.append(time.perf_counter() - started)
                    except httpx.HTTPError:
                        pass  # the node it was talking to died: the next call goes to the other
                    stop.wait(0.25)

        def kill_a() -> None:
            for n, pid in enumerate(_workers(a)):
                peaks[f"node A worker {n + 1}"] = _hwm(pid)
            a.kill()

        def one(index: int) -> None:
            ws, submission = stations[index]

            def progress(update: object) -> None:
                sent[index] = getattr(update, "done", 0)
                if not killed.is_set() and sum(sent) > CLIENTS * SIZE / 3:
                    killed.set()
                    threading.Thread(target=kill_a).start()

            options = SendOptions(max_attempts=60, backoff_base=0.2, backoff_cap=2.0)
            try:
                build_services(ws).exchange.send(submission, options=options, progress=progress)
            except Exception as exc:  # reported below
                errors.append(f"client {index + 1}: {exc}")

        prober = threading.Thread(target=probe)
        prober.start()
        started = time.perf_counter()
        threads = [threading.Thread(target=one, args=(i,)) for i in range(CLIENTS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(1800)
        wall = time.perf_counter() - started
        stop.set()
        prober.join(30)
        for n, pid in enumerate(_workers(b)):
            peaks[f"node B worker {n + 1}"] = _hwm(pid)
    received = 0
    for ws, submission in stations:
        done = ws.outbox.get(submission)
        receipt = verify_receipt(done.receipt or {}, {ws.settings.hub_key_id})
        received += all(i.status == "received" for i in receipt.receipt.items)
        for exhibit in ws.exhibits.for_case(done.urn):
            stored = shared / "blobs" / exhibit.sha256[:2] / exhibit.sha256
            with open(stored, "rb") as handle:
                assert hashlib.file_digest(handle, "sha256").hexdigest() == exhibit.sha256
        ws.close()
    b.stop()
    server_errors = sum(len(re.findall(r" 5\d\d [\d.]+ ms$", node.log.read_text(), re.M)) for node in (a, b))
    total_mb = CLIENTS * SIZE / 1e6
    p95 = statistics.quantiles(timings, n=20)[-1] if len(timings) >= 20 else max(timings)
    print(
        f"\n| clients | fully received | 5xx | wall | throughput | whoami p95 under load (n={len(timings)}) |\n"
        f"|---|---|---|---|---|---|\n"
        f"| {CLIENTS} × {SIZE // 2**20} MiB | {received}/{CLIENTS} | {server_errors} | {wall:.1f} s | "
        f"{total_mb / wall:.1f} MB/s | {p95 * 1000:.0f} ms |\n"
    )
    print("| worker | peak memory |\n|---|---|")
    for name, peak in peaks.items():
        print(f"| {name} | {peak / 2**20:.0f} MiB |")
    print(f"balancer connections: node A {balancer.connections[a.port]}, node B {balancer.connections[b.port]}")
    assert not errors, errors
    assert killed.is_set()
    assert received == CLIENTS
    assert server_errors == 0
