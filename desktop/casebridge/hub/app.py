"""The hub's HTTP face (FastAPI): token issuer, submissions, receipts, file download for reviewers, tus uploads.

Every refusal answers with `{"detail": "<a sentence>"}` and is written to the hub's audit table with who asked;
requests are rate-limited per user; request bodies other than tus chunks are capped.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from casebridge import __version__
from casebridge.exchange import protocol
from casebridge.exchange.package import MAX_JSON_VALUES
from casebridge.hub import api_feedback, api_ops, api_signin, api_submissions, metrics, tus
from casebridge.hub.auth import AuthError, Forbidden
from casebridge.hub.config import HubConfig
from casebridge.hub.errors import HubError
from casebridge.hub.service import Hub

access = logging.getLogger("casebridge.hub.access")


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


SETTINGS_ENV = "CASEBRIDGE_HUB_SETTINGS"


def from_environment() -> FastAPI:
    """The app factory each worker process of `hub serve` calls: the settings come in SETTINGS_ENV."""
    import os

    configure_logging()
    return create_app(HubConfig.from_json(os.environ[SETTINGS_ENV]))


def configure_logging() -> None:
    """The hub's own messages (the access log, the sweeper, failures) at INFO on standard error, once per process."""
    hub_log = logging.getLogger("casebridge.hub")
    if hub_log.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"))
    hub_log.addHandler(handler)
    hub_log.setLevel(logging.INFO)
    hub_log.propagate = False


def create_app(config: HubConfig, hub: Hub | None = None) -> FastAPI:
    hub = hub or Hub(config)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        async def sweep() -> None:  # on every worker; the sweeper's lease lets one at a time do the work
            while True:
                try:
                    await asyncio.to_thread(hub.sweep)
                except Exception:  # a database blip must not end the loop: the next run tries again
                    access.exception("the sweeper failed; it runs again in %d s", config.sweep_seconds)
                await asyncio.sleep(config.sweep_seconds)

        task = asyncio.create_task(sweep())
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

    @app.middleware("http")
    async def account(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        """The access log and the request counter: method, route template (never the path itself, which may hold
        a URN or a digest), status, time taken. No query string, header, token or user name is written."""
        started = time.perf_counter()
        status = 500
        try:
            response = await call_next(request)
            status = response.status_code
            return response
        finally:
            route = getattr(request.scope.get("route"), "path", "(no route)")
            metrics.REQUESTS.labels(route, request.method, str(status)).inc()
            if config.access_log:
                access.info("%s %s %d %.1f ms", request.method, route, status, (time.perf_counter() - started) * 1000)

    for router in (api_signin.router, api_submissions.router, api_feedback.router, tus.api, api_ops.router):
        app.include_router(router)
    return app
