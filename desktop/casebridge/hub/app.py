"""The hub's HTTP face (FastAPI): token issuer, submissions, receipts, file download for reviewers, tus uploads.

Every refusal answers with `{"detail": "<a sentence>"}` and is written to the hub's audit table with who asked;
requests are rate-limited per user; request bodies other than tus chunks are capped.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import time
import uuid
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse

from casebridge import __version__
from casebridge.exchange import protocol
from casebridge.exchange.package import MAX_JSON_VALUES
from casebridge.hub import tus
from casebridge.hub.auth import AuthError, Forbidden
from casebridge.hub.config import HubConfig
from casebridge.hub.deps import Who
from casebridge.hub.service import Hub, HubError

Urn = Annotated[str, Path(pattern=r"^[0-9]{2}[A-Z0-9]{2}[0-9]{7}$", description="The case's URN")]
Since = Annotated[str | None, Query(max_length=40, description="only what was issued after this UTC time")]
SubmissionId = Annotated[uuid.UUID, Path(description="The client-chosen submission UUID")]

REFUSALS: dict[int | str, dict[str, Any]] = {
    code: {"model": protocol.Problem, "description": text}
    for code, text in {
        400: "Bad request",
        401: "Not signed in",
        403: "Not allowed",
        404: "Not found",
        409: "Conflict",
        413: "Too large",
        422: "Refused",
        429: "Too many requests",
    }.items()
}


class Actors:
    """Who a request is from, for the rate limit and the audit: the user of a *verified* token, or the client's
    address (a forged or expired token, or none). Verified answers are remembered for a minute by the token's
    SHA-256, so the check costs one signature verification per token, not per request."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self._known: dict[str, tuple[str, float]] = {}

    def __call__(self, request: Request) -> str:
        address = f"anonymous@{request.client.host if request.client else '?'}"
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            return address
        token = header[7:].strip()
        key = hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()
        now = time.monotonic()
        known = self._known.get(key)
        if known is not None and now - known[1] < 60:
            return known[0]
        try:
            username = self.hub.issuer.principal(token).username
        except (AuthError, Forbidden):
            return address
        if len(self._known) > 10_000:
            self._known.clear()
        self._known[key] = (username, now)
        return username


class RateLimit:
    """Requests per user (or per address before sign-in) in any 60 seconds, per hub process."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self.seen: dict[str, deque[float]] = defaultdict(deque)

    def allow(self, who: str) -> bool:
        now = time.monotonic()
        times = self.seen[who]
        while times and now - times[0] > 60:
            times.popleft()
        if len(times) >= self.per_minute:
            return False
        times.append(now)
        return True


def create_app(config: HubConfig, hub: Hub | None = None) -> FastAPI:
    hub = hub or Hub(config)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        async def expire() -> None:
            while True:
                await asyncio.to_thread(hub.expire)
                await asyncio.sleep(3600)

        task = asyncio.create_task(expire())
        yield
        task.cancel()

    app = FastAPI(
        title="Casebridge hub",
        version=__version__,
        description=(
            "Receives police case submissions (case package v1 manifests, files by SHA-256 over tus 1.0), "
            "recognises every file and returns signed receipts item by item. See docs/api/."
        ),
        lifespan=lifespan,
    )
    app.state.hub = hub
    limiter = RateLimit(config.requests_per_minute)
    _actor = Actors(hub)

    def refuse(request: Request, status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
        with contextlib.suppress(Exception):  # the audit must never turn a refusal into a 500
            hub.record(_actor(request), request.method, request.url.path, status, detail)
        extra = dict(headers or {})
        if request.url.path.startswith(protocol.TUS_PATH):
            extra.update(tus.TUS_HEADERS)
        if status == 401:
            extra["WWW-Authenticate"] = "Bearer"
        return JSONResponse({"detail": detail}, status_code=status, headers=extra)

    @app.exception_handler(HubError)
    async def _hub_error(request: Request, exc: HubError) -> JSONResponse:
        return refuse(request, exc.status, exc.detail)

    @app.exception_handler(AuthError)
    async def _auth_error(request: Request, exc: AuthError) -> JSONResponse:
        return refuse(request, 401, str(exc))

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> JSONResponse:
        return refuse(request, 403, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid"}
        where = "/".join(str(p) for p in first.get("loc", ()))
        return refuse(request, 422, f"The request is not valid at {where}: {first.get('msg')}.")

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if not limiter.allow(_actor(request)):
            return refuse(request, 429, "Too many requests: wait a minute and try again.", {"Retry-After": "60"})
        if not request.url.path.startswith(protocol.TUS_PATH):
            length = request.headers.get("content-length")
            if length is not None and (not length.isdigit() or int(length) > config.max_manifest_bytes):
                return refuse(request, 413, f"The request body is larger than {config.max_manifest_bytes} bytes.")
            if length is None and request.headers.get("transfer-encoding"):
                return refuse(request, 411, "Send a Content-Length with the request body.")
            if length and int(length) > 0 and request.headers.get("content-type", "").startswith("application/json"):
                # parsed JSON takes far more memory than its text: count the values before anything parses it
                body = await request.body()
                if body.count(b",") + body.count(b":") > MAX_JSON_VALUES:
                    return refuse(request, 413, f"The request holds more than {MAX_JSON_VALUES:,} JSON values.")
        return await call_next(request)

    # ------------------------------------------------------------------ about and sign-in
    @app.get(f"{protocol.API}/hub", tags=["hub"], summary="The hub's name, receipt key and upload settings")
    def hub_info() -> protocol.HubInfo:
        return hub.info()

    @app.post(
        "/auth/token",
        tags=["sign-in"],
        summary="OAuth2 token endpoint (password and refresh_token grants), form-encoded",
        responses=REFUSALS,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/x-www-form-urlencoded": {
                        "schema": {
                            "type": "object",
                            "required": ["grant_type"],
                            "properties": {
                                "grant_type": {"type": "string", "enum": ["password", "refresh_token"]},
                                "username": {"type": "string"},
                                "password": {"type": "string"},
                                "refresh_token": {"type": "string"},
                            },
                        }
                    }
                },
            }
        },
    )
    async def token(request: Request) -> protocol.TokenAnswer:
        try:
            form = {k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8"), strict_parsing=False).items()}
        except UnicodeDecodeError:
            raise HubError(400, "The form is not UTF-8.") from None
        grant = form.get("grant_type")
        if grant == "password":
            answer = await asyncio.to_thread(
                hub.issuer.password_grant, form.get("username", ""), form.get("password", "")
            )
        elif grant == "refresh_token":
            answer = await asyncio.to_thread(hub.issuer.refresh_grant, form.get("refresh_token", ""))
        else:
            raise HubError(400, "grant_type must be 'password' or 'refresh_token'.")
        return protocol.TokenAnswer(**answer)

    @app.get(f"{protocol.API}/whoami", tags=["sign-in"], summary="Who the token belongs to", responses=REFUSALS)
    def whoami(who: Who) -> dict[str, str | None]:
        return {"username": who.username, "role": who.role, "force_code": who.force_code}

    # ------------------------------------------------------------------ submissions
    @app.put(
        f"{protocol.API}/submissions/{{submission_id}}",
        tags=["submissions"],
        summary="Create a submission (idempotent): answers which files the hub holds and which it needs",
        status_code=201,
        responses={200: {"model": protocol.SubmissionState, "description": "Already created"}, **REFUSALS},
    )
    def create_submission(
        submission_id: SubmissionId, body: protocol.SubmissionCreate, who: Who, response: Response
    ) -> protocol.SubmissionState:
        state, created = hub.create_submission(who, str(submission_id), body)
        response.status_code = 201 if created else 200
        return state  # type: ignore[no-any-return]

    @app.get(f"{protocol.API}/submissions", tags=["submissions"], summary="Submissions you may see", responses=REFUSALS)
    def list_submissions(
        who: Who, urn: Annotated[str | None, Query(pattern=r"^[0-9]{2}[A-Z0-9]{2}[0-9]{7}$")] = None
    ) -> list[protocol.SubmissionSummary]:
        return hub.submissions(who, urn)

    @app.get(f"{protocol.API}/submissions/{{submission_id}}", tags=["submissions"], responses=REFUSALS)
    def submission_state(submission_id: SubmissionId, who: Who) -> protocol.SubmissionState:
        return hub.state(who, str(submission_id))

    @app.get(
        f"{protocol.API}/submissions/{{submission_id}}/manifest",
        tags=["submissions"],
        summary="The signed manifest as sent",
        responses=REFUSALS,
    )
    def submission_manifest(submission_id: SubmissionId, who: Who) -> dict[str, Any]:
        return hub.manifest(who, str(submission_id))

    @app.post(
        f"{protocol.API}/submissions/{{submission_id}}/complete",
        tags=["submissions"],
        summary="Finish the submission: recognise every item and issue the signed receipt",
        responses=REFUSALS,
    )
    async def complete(submission_id: SubmissionId, who: Who) -> protocol.SignedReceipt:
        return await asyncio.to_thread(hub.complete, who, str(submission_id))

    @app.get(f"{protocol.API}/submissions/{{submission_id}}/receipt", tags=["submissions"], responses=REFUSALS)
    def receipt(submission_id: SubmissionId, who: Who) -> protocol.SignedReceipt:
        return hub.receipt(who, str(submission_id))

    @app.get(
        f"{protocol.API}/submissions/{{submission_id}}/items",
        tags=["review"],
        summary="Each exhibit with its receipt line, the submission it first arrived in, and the requests it answers",
        responses=REFUSALS,
    )
    def submission_items(submission_id: SubmissionId, who: Who) -> list[protocol.SubmissionItem]:
        return hub.items(who, str(submission_id))

    @app.post(
        f"{protocol.API}/cases/{{urn}}/feedback",
        tags=["review"],
        summary="Send CPS feedback on a case (feedback-v1); the hub signs it",
        status_code=201,
        responses=REFUSALS,
    )
    def post_feedback(urn: Urn, body: dict[str, Any], who: Who) -> protocol.SignedFeedback:
        return hub.post_feedback(who, urn, body)

    @app.get(f"{protocol.API}/cases/{{urn}}/feedback", tags=["review"], summary="A case's feedback", responses=REFUSALS)
    def case_feedback(urn: Urn, who: Who, since: Since = None) -> list[protocol.SignedFeedback]:
        return hub.feedback_for(who, urn, since)

    @app.get(f"{protocol.API}/feedback", tags=["review"], summary="All feedback you may see", responses=REFUSALS)
    def all_feedback(who: Who, since: Since = None) -> list[protocol.SignedFeedback]:
        return hub.feedback_for(who, None, since)

    @app.get(
        f"{protocol.API}/blobs/{{sha256}}",
        tags=["files"],
        summary="Download a received file by its SHA-256",
        response_class=FileResponse,
        responses=REFUSALS,
    )
    def blob(sha256: Annotated[str, Path(pattern=protocol.DIGEST_PATTERN)], who: Who) -> FileResponse:
        return FileResponse(hub.blob_for(who, sha256), media_type="application/octet-stream")

    app.include_router(tus.api)
    return app
