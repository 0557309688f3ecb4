"""Routes for operators: health (the database and the blob store, for a load balancer) and metrics."""

from __future__ import annotations

import hashlib
import hmac
import os
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials
from sqlalchemy import text

from casebridge.hub import metrics
from casebridge.hub.auth import AuthError
from casebridge.hub.deps import REFUSALS, TheHub, bearer, hub_of

router = APIRouter(tags=["operations"])


@router.get(
    "/health",
    summary="Whether this node can serve: its database and blob store answer (503 if not)",
    responses={503: {"description": "The database or the blob store is failing"}, 429: REFUSALS[429]},
)
def health(hub: TheHub) -> JSONResponse:
    checks: dict[str, str] = {}
    try:
        with hub.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as exc:  # any failure is the answer, not an error
        checks["database"] = f"failing: {type(exc).__name__}"
    try:
        hub.blobs.probe()
        checks["blob_store"] = "ok"
    except OSError as exc:
        checks["blob_store"] = f"failing: {exc.strerror or type(exc).__name__}"
    healthy = all(value == "ok" for value in checks.values())
    body = {"status": "ok" if healthy else "failing", **checks, "node": hub.config.name, "worker": os.getpid()}
    return JSONResponse(body, status_code=200 if healthy else 503)


def scraper(request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    """A Prometheus scraper's token (its SHA-256 in the hub's settings), or an admin's sign-in."""
    hub = hub_of(request)
    if credentials is None:
        raise AuthError("Sign in first: this needs a bearer token.")
    wanted = hub.config.metrics_token_sha256.strip().lower()
    presented = hashlib.sha256(credentials.credentials.encode("utf-8", "replace")).hexdigest()
    if wanted and hmac.compare_digest(wanted, presented):
        return
    hub.issuer.principal(credentials.credentials).require("admin")


@router.get(
    "/metrics",
    summary="Counters and figures in Prometheus's text format (admins, or the scraper's token)",
    response_class=Response,
    responses={200: {"content": {"text/plain": {}}}, 401: REFUSALS[401], 403: REFUSALS[403], 429: REFUSALS[429]},
    dependencies=[Depends(scraper)],
)
def prometheus(hub: TheHub) -> Response:
    body, content_type = metrics.render(hub)
    return Response(body, media_type=content_type)
