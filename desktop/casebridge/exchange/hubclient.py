"""Talking to the hub: HTTPS (OS trust store or a CA bundle, optional certificate pin), sign-in with the hub's
token endpoint (the refresh token lives in the OS credential store, the access token only in memory and never in
logs), one automatic refresh on an expired token, and the submission and tus calls the outbox needs.

Errors: `HubRefused` — the hub answered no, with its reason (do not retry as is); `HubUnavailable` — the network
or the hub is down or busy (retry later, nothing is lost)."""

from __future__ import annotations

import base64
import hashlib
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import httpx

from casebridge.credentials import read_hub_token, store_hub_token
from casebridge.errors import CasebridgeError
from casebridge.exchange import protocol
from casebridge.exchange.tls import TLSProblem, check_pin, client_context

TRANSIENT = {408, 425, 429, 500, 502, 503, 504}
STORAGE_FULL = 507


class HubRefused(CasebridgeError):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"The hub refused ({status}): {detail}")
        self.status = status
        self.detail = detail


class HubStorageFull(HubRefused):
    """The hub has no room for the file (its disk or its quota): waiting will not help, its administrator must."""

    def __init__(self, detail: str) -> None:
        super().__init__(STORAGE_FULL, detail)
        self.args = (f"The hub's storage is full — ask the hub's administrator. ({detail})",)

    def __str__(self) -> str:
        return str(self.args[0])


class HubUnavailable(CasebridgeError):
    """The hub could not be reached or is temporarily unable to answer."""


class NotSignedIn(CasebridgeError):
    """No usable sign-in for this hub: sign in again."""


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
        return str(body.get("detail", body)) if isinstance(body, dict) else str(body)
    except ValueError:
        return response.text[:300] or response.reason_phrase


class HubClient:
    _renewing = threading.Lock()  # sign-in renewals of this process, one at a time

    def __init__(
        self, base_url: str, *, username: str = "", ca_bundle: str = "", pin: str = "", timeout: float = 60.0
    ) -> None:
        if not base_url.startswith("https://"):
            raise CasebridgeError(f"The hub address must start with https:// (it is '{base_url}').")
        self.base_url = base_url.rstrip("/")
        self.username = username
        hooks = {"response": [lambda r: check_pin(r, pin)]} if pin else {}
        self.http = httpx.Client(
            base_url=self.base_url,
            verify=client_context(ca_bundle),
            timeout=httpx.Timeout(timeout, connect=15.0),
            event_hooks=hooks,
            headers={"User-Agent": "Casebridge"},
        )
        self._access: str | None = None

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transport
    def send(self, method: str, url: str, *, auth: bool = True, raw: bool = False, **kwargs: Any) -> httpx.Response:
        """One request; refreshes an expired access token once. A busy or failing hub raises HubUnavailable
        unless `raw` (then every answer is returned as it came)."""
        for attempt in (1, 2):
            headers = dict(kwargs.pop("headers", {}) or {})
            if auth:
                headers["Authorization"] = f"Bearer {self.access_token()}"
            try:
                response = self.http.request(method, url, headers=headers, **kwargs)
            except TLSProblem:
                raise
            except httpx.TransportError as exc:
                raise HubUnavailable(
                    f"The hub at {self.base_url} cannot be reached: {exc or type(exc).__name__}."
                ) from None
            if response.status_code == 401 and auth and attempt == 1:
                self._access = None
                kwargs["headers"] = {k: v for k, v in headers.items() if k != "Authorization"}
                continue
            if response.status_code in TRANSIENT and not raw:
                raise HubUnavailable(f"The hub is busy or unavailable ({response.status_code}): {_detail(response)}")
            if response.status_code == STORAGE_FULL and not raw:
                raise HubStorageFull(_detail(response))
            return response
        raise NotSignedIn("The hub no longer accepts this sign-in: sign in again.")

    def call(self, method: str, path: str, *, ok: Iterable[int] = (200, 201), **kwargs: Any) -> httpx.Response:
        response = self.send(method, path, **kwargs)
        if response.status_code not in set(ok):
            if response.status_code == 401:
                raise NotSignedIn(f"The hub refused the sign-in: {_detail(response)}")
            raise HubRefused(response.status_code, _detail(response))
        return response

    # ------------------------------------------------------------------ sign-in
    def info(self) -> protocol.HubInfo:
        return protocol.HubInfo.model_validate(self.call("GET", f"{protocol.API}/hub", auth=False).json())

    def login(self, username: str, password: str) -> protocol.TokenAnswer:
        answer = self._token({"grant_type": "password", "username": username, "password": password})
        self.username = username
        return answer

    def _token(self, form: dict[str, str]) -> protocol.TokenAnswer:
        response = self.send("POST", "/auth/token", auth=False, data=form)
        if response.status_code in (400, 401):
            raise NotSignedIn(_detail(response))
        if response.status_code != 200:
            raise HubRefused(response.status_code, _detail(response))
        answer = protocol.TokenAnswer.model_validate(response.json())
        self._access = answer.access_token
        user = form.get("username") or self.username
        if answer.refresh_token and user:
            store_hub_token(self.base_url, user, answer.refresh_token)
        return answer

    def access_token(self) -> str:
        if self._access is None:
            if not self.username:
                raise NotSignedIn("Sign in to the hub first ('casebridge login' or Exchange ▸ Sign in to hub).")
            with HubClient._renewing:  # one renewal at a time in this process: the next one uses its new token
                refresh = read_hub_token(self.base_url, self.username)
                if not refresh:
                    raise NotSignedIn(f"{self.username} is not signed in to {self.base_url}: sign in again.")
                try:
                    self._token({"grant_type": "refresh_token", "refresh_token": refresh})
                except NotSignedIn:
                    # another process of this workstation renewed the sign-in a moment ago and is storing the
                    # new token: use that one (a refresh token is good once; presenting it again is refused)
                    again = self._stored_after(refresh)
                    if again is None:
                        raise
                    self._token({"grant_type": "refresh_token", "refresh_token": again})
        assert self._access is not None
        return self._access

    def _stored_after(self, used: str, wait: float = 5.0) -> str | None:
        """The refresh token another process stores in place of `used`, waiting up to `wait` seconds for it."""
        deadline = time.monotonic() + wait
        while True:
            stored = read_hub_token(self.base_url, self.username or "")
            if stored and stored != used:
                return stored
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.1)

    def set_access_token(self, token: str) -> None:
        self._access = token

    # ------------------------------------------------------------------ submissions
    def create_submission(
        self, submission_id: str, manifest: dict[str, Any], signature: dict[str, str]
    ) -> protocol.SubmissionState:
        body = {"manifest": manifest, "signature": signature}
        response = self.call("PUT", f"{protocol.API}/submissions/{submission_id}", json=body)
        return protocol.SubmissionState.model_validate(response.json())

    def complete(self, submission_id: str) -> protocol.SignedReceipt:
        response = self.call("POST", f"{protocol.API}/submissions/{submission_id}/complete", ok=(200,))
        return protocol.SignedReceipt.model_validate(response.json())

    def submissions(self, urn: str | None = None) -> list[protocol.SubmissionSummary]:
        params = {"urn": urn} if urn else None
        response = self.call("GET", f"{protocol.API}/submissions", params=params)
        return [protocol.SubmissionSummary.model_validate(s) for s in response.json()]

    def manifest(self, submission_id: str) -> dict[str, Any]:
        data: dict[str, Any] = self.call("GET", f"{protocol.API}/submissions/{submission_id}/manifest").json()
        return data

    def state(self, submission_id: str) -> protocol.SubmissionState:
        response = self.call("GET", f"{protocol.API}/submissions/{submission_id}")
        return protocol.SubmissionState.model_validate(response.json())

    def receipt(self, submission_id: str) -> protocol.SignedReceipt:
        response = self.call("GET", f"{protocol.API}/submissions/{submission_id}/receipt")
        return protocol.SignedReceipt.model_validate(response.json())

    def items(self, submission_id: str) -> list[protocol.SubmissionItem]:
        response = self.call("GET", f"{protocol.API}/submissions/{submission_id}/items")
        return [protocol.SubmissionItem.model_validate(i) for i in response.json()]

    def post_feedback(self, urn: str, body: dict[str, Any]) -> protocol.SignedFeedback:
        response = self.call("POST", f"{protocol.API}/cases/{urn}/feedback", json=body, ok=(201,))
        return protocol.SignedFeedback.model_validate(response.json())

    def feedback(self, urn: str | None = None, since: str | None = None) -> list[protocol.SignedFeedback]:
        path = f"{protocol.API}/cases/{urn}/feedback" if urn else f"{protocol.API}/feedback"
        response = self.call("GET", path, params={"since": since} if since else None)
        return [protocol.SignedFeedback.model_validate(f) for f in response.json()]

    def download(self, sha256: str, target: Path, on_bytes: Callable[[int], None] | None = None) -> None:
        """Fetches a file to `target`, carrying on from what `target` already holds (HTTP Range)."""
        have = target.stat().st_size if target.exists() else 0
        headers = {"Authorization": f"Bearer {self.access_token()}"}
        if have:
            headers["Range"] = f"bytes={have}-"
        try:
            with self.http.stream("GET", f"{protocol.API}/blobs/{sha256}", headers=headers) as response:
                if response.status_code == 401:
                    self._access = None
                    raise HubUnavailable("The sign-in expired during a download: it will be refreshed and resumed.")
                if response.status_code == 416:
                    return  # already complete
                if response.status_code not in (200, 206):
                    response.read()
                    if response.status_code in TRANSIENT:
                        raise HubUnavailable(f"The hub is busy ({response.status_code}): {_detail(response)}")
                    raise HubRefused(response.status_code, _detail(response))
                mode = "ab" if response.status_code == 206 else "wb"
                done = have if mode == "ab" else 0
                with open(target, mode) as handle:
                    for block in response.iter_bytes(1024 * 1024):
                        handle.write(block)
                        done += len(block)
                        if on_bytes is not None:
                            on_bytes(done)
        except httpx.TransportError as exc:
            raise HubUnavailable(f"The download from {self.base_url} broke off: {exc or type(exc).__name__}.") from None

    # ------------------------------------------------------------------ tus
    def tus_create(self, submission_id: str, sha256: str, size: int, name: str) -> str:
        metadata = protocol.encode_metadata(
            {"sha256": sha256, "submission": submission_id, "filename": name, "filetype": "application/octet-stream"}
        )
        response = self.call(
            "POST",
            protocol.TUS_PATH + "/",
            ok=(201,),
            headers={"Tus-Resumable": protocol.TUS_VERSION, "Upload-Length": str(size), "Upload-Metadata": metadata},
        )
        location = str(response.headers.get("Location", ""))
        if not location:
            raise HubRefused(response.status_code, "the hub created an upload without saying where it is")
        return location

    def tus_offset(self, url: str) -> tuple[int, str]:
        """(offset, state) of an upload; HubRefused 404/410 when the hub no longer has it."""
        response = self.call("HEAD", url, ok=(200,), headers={"Tus-Resumable": protocol.TUS_VERSION})
        return int(response.headers["Upload-Offset"]), response.headers.get("Casebridge-File-State", "open")

    def tus_patch(
        self, url: str, offset: int, chunk: bytes, body: Iterable[bytes] | bytes | None = None
    ) -> httpx.Response:
        """Sends one chunk with its SHA-256; returns the hub's answer (204, 409 or 460 are the caller's to read)."""
        return self.tus_send(url, offset, len(chunk), hashlib.sha256(chunk).digest(), chunk if body is None else body)

    def tus_send(
        self, url: str, offset: int, length: int, digest: bytes, body: Iterable[bytes] | bytes
    ) -> httpx.Response:
        """One PATCH of `length` bytes whose SHA-256 is `digest`; `body` may stream them in pieces."""
        return self.send(
            "PATCH",
            url,
            headers={
                "Tus-Resumable": protocol.TUS_VERSION,
                "Upload-Offset": str(offset),
                "Upload-Checksum": f"sha256 {base64.b64encode(digest).decode('ascii')}",
                "Content-Type": "application/offset+octet-stream",
                "Content-Length": str(length),
            },
            content=body,
        )

    def tus_delete(self, url: str) -> None:
        self.call("DELETE", url, ok=(204, 404), headers={"Tus-Resumable": protocol.TUS_VERSION})
