"""Sending a case to the hub: queue a submission (signed manifest) in the outbox, then send it — create on the hub
(idempotent), skip what the hub already holds, upload the rest with tus from the recorded byte offset, and store
the hub's signed receipt once its signature checks against the hub's key.

Resilience: every acknowledged chunk is written to the outbox before the next is sent; a failed request is retried
with exponential backoff and jitter; an upload the hub lost (expired, restarted without it) is started again; a
chunk the hub says was corrupted (460) is sent again; the send can be paused (cancelled) and resumed any time,
from this process or another.
"""

from __future__ import annotations

import hashlib
import logging
import random
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebridge.errors import CasebridgeError
from casebridge.exchange import protocol
from casebridge.exchange.canonical import canonical
from casebridge.exchange.hubclient import HubClient, HubRefused, HubUnavailable
from casebridge.exchange.keys import SignatureError, WorkstationKey
from casebridge.exchange.package import build_manifest, validate
from casebridge.exchange.receipts import ReceiptMismatch, verify_receipt
from casebridge.jobs import Cancelled, CancelToken, Progress, ProgressUpdate, no_progress
from casebridge.store.outbox import OutboxItem, OutboxSubmission

if TYPE_CHECKING:
    from casebridge.workspace import Workspace

log = logging.getLogger(__name__)
MAX_CHUNK_RETRIES = 5


class SubmissionFailed(CasebridgeError):
    """The submission stopped; it stays in the outbox to be resumed."""


@dataclass
class SendOptions:
    chunk_size: int = protocol.DEFAULT_CHUNK
    limit_kbit: int = 0  # 0: no bandwidth cap
    max_attempts: int = 8  # per request, before the submission is left as failed (resume later)
    backoff_base: float = 0.5
    backoff_cap: float = 60.0
    check_wait: float = 900.0  # how long to wait for the hub to finish checking a file it has whole
    # Test seam for fault injection: given (offset, chunk), returns the bytes actually put on the wire.
    wire: Callable[[int, bytes], bytes] | None = None


def queue_submission(
    ws: Workspace, urn: str, hub_url: str, key: WorkstationKey, answers: list[dict[str, Any]] | None = None
) -> OutboxSubmission:
    """Builds and signs the manifest now (what is sent is what was checked) and puts it in the outbox. `answers`
    names the CPS requests this submission answers and the exhibits that answer them."""
    manifest = build_manifest(ws, urn, key)
    if answers:
        manifest["answers"] = answers
    validate(manifest)
    data = canonical(manifest)
    return ws.outbox.add(str(uuid.uuid4()), manifest["urn"], hub_url, manifest, data, key.sign(data))


class Throttle:
    """A token bucket in bytes per second; waits through the cancel token so a pause is immediate."""

    def __init__(self, limit_kbit: int, cancel: CancelToken) -> None:
        self.rate = limit_kbit * 1000 / 8
        self.cancel = cancel
        self.allowance = self.rate
        self.stamp = time.monotonic()

    def pieces(self, data: bytes, piece: int = 16384) -> Iterator[bytes]:
        for start in range(0, len(data), piece):
            block = data[start : start + piece]
            self.take(len(block))
            yield block

    def take(self, size: int) -> None:
        now = time.monotonic()
        self.allowance = min(self.rate, self.allowance + (now - self.stamp) * self.rate)
        self.stamp = now
        self.allowance -= size
        if self.allowance < 0 and self.cancel.wait(-self.allowance / self.rate):
            raise Cancelled("Paused.")


class ChunkReader:
    """Reads a vault file chunk by chunk without holding a chunk in memory: the SHA-256 of the next chunk is worked
    out in a helper thread while the current one is sent, and the body streams in 1 MiB pieces."""

    PIECE = 1024 * 1024

    def __init__(self, path: Path, chunk_size: int, size: int) -> None:
        self.path = path
        self.chunk_size = chunk_size
        self.size = size
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chunk-hash")
        self.pending: tuple[int, Future[bytes]] | None = None

    def __enter__(self) -> ChunkReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def length(self, offset: int) -> int:
        return min(self.chunk_size, self.size - offset)

    def _hash(self, offset: int, length: int) -> bytes:
        hasher = hashlib.sha256()
        for piece in self.pieces(offset, length, None):
            hasher.update(piece)
        return hasher.digest()

    def digest(self, offset: int) -> tuple[int, bytes]:
        length = self.length(offset)
        if self.pending is not None and self.pending[0] == offset:
            return length, self.pending[1].result()
        return length, self._hash(offset, length)

    def prefetch(self, offset: int) -> None:
        if offset < self.size:
            self.pending = (offset, self.pool.submit(self._hash, offset, self.length(offset)))

    def read(self, offset: int, length: int) -> bytes:
        return b"".join(self.pieces(offset, length, None))

    def pieces(self, offset: int, length: int, throttle: Throttle | None) -> Iterator[bytes]:
        with open(self.path, "rb") as handle:
            handle.seek(offset)
            left = length
            while left > 0:
                piece = handle.read(min(self.PIECE, left))
                if not piece:
                    raise SubmissionFailed(f"{self.path.name} is shorter than recorded: the vault copy is damaged.")
                if throttle is not None:
                    throttle.take(len(piece))
                left -= len(piece)
                yield piece


class Sender:
    def __init__(
        self,
        ws: Workspace,
        client: HubClient,
        trusted_hub_key: str,
        *,
        options: SendOptions | None = None,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> None:
        self.ws = ws
        self.client = client
        self.trusted_hub_key = trusted_hub_key
        self.options = options or SendOptions()
        self.progress = progress
        self.cancel = cancel or CancelToken()
        self.throttle = Throttle(self.options.limit_kbit, self.cancel) if self.options.limit_kbit > 0 else None

    # ------------------------------------------------------------------ retries
    def _retrying(self, what: str, action: Callable[[], Any]) -> Any:
        delay = self.options.backoff_base
        for attempt in range(1, self.options.max_attempts + 1):
            self.cancel.raise_if_cancelled()
            try:
                return action()
            except HubUnavailable as exc:
                if attempt == self.options.max_attempts:
                    raise SubmissionFailed(f"{what}: {exc} Resume the submission when the hub is back.") from None
                pause = random.uniform(0, min(self.options.backoff_cap, delay))  # full jitter
                log.info("%s failed (%s); retrying in %.1f s", what, exc, pause)
                if self.cancel.wait(pause):
                    raise Cancelled("Paused.") from None
                delay *= 2
        raise AssertionError("unreachable")

    # ------------------------------------------------------------------ the send
    def send(self, submission_id: str) -> OutboxSubmission:
        submission = self.ws.outbox.get(submission_id)
        if submission.state == "complete":
            return submission
        self.ws.outbox.set_state(submission_id, "sending")
        try:
            self._send(submission)
        except Cancelled:
            self.ws.outbox.set_state(submission_id, "paused", "Paused: resume to continue from where it stopped.")
            raise
        except CasebridgeError as exc:
            self.ws.outbox.set_state(submission_id, "failed", str(exc))
            raise
        return self.ws.outbox.get(submission_id)

    def _send(self, submission: OutboxSubmission) -> None:
        state: protocol.SubmissionState = self._retrying(
            "Creating the submission on the hub",
            lambda: self.client.create_submission(submission.id, submission.manifest, submission.signature),
        )
        held = set(state.have)
        for item in submission.items:
            if item.sha256 in held and item.state != "held":
                self.ws.outbox.update_item(submission.id, item.sha256, state="held", sent=item.size)
        total = submission.bytes_total
        done = sum(i.size for i in submission.items if i.sha256 in held)
        for item in self.ws.outbox.get(submission.id).items:
            if item.state in ("held", "sent", "refused"):
                if item.state == "sent":
                    done += item.size
                continue
            done = self._upload(submission.id, item, done, total)
        self.progress(ProgressUpdate(total, total, "Asking the hub for its receipt"))
        signed: protocol.SignedReceipt = self._retrying(
            "Asking the hub for the receipt", lambda: self.client.complete(submission.id)
        )
        self._check_receipt(submission, signed)
        self.ws.outbox.set_receipt(submission.id, signed.model_dump(), signed.signature.key_id)

    def _check_receipt(self, submission: OutboxSubmission, signed: protocol.SignedReceipt) -> None:
        try:
            verify_receipt(
                signed, {self.trusted_hub_key} if self.trusted_hub_key else None, manifest=submission.manifest
            )
        except SignatureError as exc:
            raise SubmissionFailed(f"The hub's receipt was refused: {exc}") from None
        except ReceiptMismatch:
            raise SubmissionFailed("The receipt is for a different manifest from the one sent.") from None

    def _upload(self, submission_id: str, item: OutboxItem, done: int, total: int) -> int:
        path = self.ws.vault.path(item.sha256)
        name = item.label or item.sha256[:12]
        url, offset = item.upload_url, 0
        if url:
            try:
                offset, file_state = self._retrying(f"Checking {name} on the hub", lambda: self.client.tus_offset(url))
                if file_state == "refused":
                    url = ""
            except HubRefused as exc:
                if exc.status not in (403, 404, 410):
                    raise
                url = ""  # the hub no longer has it (expired or lost): start this file again
        if not url:
            url = self._retrying(
                f"Starting the upload of {name}",
                lambda: self.client.tus_create(submission_id, item.sha256, item.size, name),
            )
            offset, file_state = self._retrying(f"Checking {name} on the hub", lambda: self.client.tus_offset(url))
            self.ws.outbox.update_item(submission_id, item.sha256, upload_url=url, sent=offset, state="sending")
        retries = 0
        with ChunkReader(path, self.options.chunk_size, item.size) as reader:
            while offset < item.size:
                self.cancel.raise_if_cancelled()
                length, digest = reader.digest(offset)
                reader.prefetch(offset + length)  # the next chunk is hashed while this one travels
                wire = self.options.wire(offset, reader.read(offset, length)) if self.options.wire else None

                def patch(at: int = offset, size: int = length, sha: bytes = digest, data: bytes | None = wire) -> Any:
                    if data is not None:
                        body: Any = self.throttle.pieces(data) if self.throttle else data
                    else:
                        body = reader.pieces(at, size, self.throttle)
                    return self.client.tus_send(url, at, size, sha, body)

                response = self._retrying(f"Sending {name}", patch)
                if response.status_code == protocol.CHECKSUM_MISMATCH:
                    retries += 1
                    if retries > MAX_CHUNK_RETRIES:
                        raise SubmissionFailed(f"{name}: the hub kept receiving damaged data at byte {offset}.")
                    log.warning("%s: chunk at %d arrived damaged; sending it again", name, offset)
                    continue
                if response.status_code == 409:
                    offset, _ = self._retrying(f"Checking {name} on the hub", lambda: self.client.tus_offset(url))
                    continue
                if response.status_code != 204:
                    detail = (
                        response.json().get("detail", response.text) if response.content else response.reason_phrase
                    )
                    raise HubRefused(response.status_code, str(detail))
                retries = 0
                offset = int(response.headers["Upload-Offset"])
                file_state = response.headers.get("Casebridge-File-State", "open")
                self.ws.outbox.update_item(submission_id, item.sha256, sent=offset)
                self.progress(ProgressUpdate(done + offset, total, f"Sending {name}"))
                if file_state == "refused":
                    problem = response.headers.get("Casebridge-File-Problem", "the hub refused the file")
                    self.ws.outbox.update_item(submission_id, item.sha256, state="refused", problem=problem)
                    return done + item.size
        if file_state not in ("done", "refused"):
            file_state = self._checked(url, name)
            if file_state == "refused":
                self.ws.outbox.update_item(
                    submission_id, item.sha256, state="refused", problem="the hub refused the file"
                )
                return done + item.size
        self.ws.outbox.update_item(submission_id, item.sha256, state="sent", sent=item.size)
        return done + item.size

    def _checked(self, url: str, name: str) -> str:
        """Every byte is on the hub but its check has not ended (a hub node stopped while checking it, or the file
        is large): ask until the hub has stored or refused it. Completing before then would receipt the file as
        "not received"."""
        delay = self.options.backoff_base
        deadline = time.monotonic() + self.options.check_wait
        while True:
            _offset, state = self._retrying(f"Checking {name} on the hub", lambda: self.client.tus_offset(url))
            if state in ("done", "refused"):
                return str(state)
            if time.monotonic() > deadline:
                raise SubmissionFailed(
                    f"{name}: the hub has every byte but has not finished checking it; resume the submission later."
                )
            log.info("the hub is still checking %s; asking again", name)
            if self.cancel.wait(min(delay, 5.0)):
                raise Cancelled("Paused.") from None
            delay *= 2
