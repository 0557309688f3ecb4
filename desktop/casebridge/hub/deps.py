"""What the hub's routers share: the hub itself, the signed-in principal, path and query types, and the refusals
every route may answer with."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from casebridge.exchange import protocol
from casebridge.hub.auth import AuthError, Principal
from casebridge.hub.service import Hub

bearer = HTTPBearer(auto_error=False, description="An access token from /auth/token or the force's OIDC issuer")


def hub_of(request: Request) -> Hub:
    hub: Hub = request.app.state.hub
    return hub


def principal(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> Principal:
    if credentials is None:
        raise AuthError("Sign in first: this needs a bearer token.")
    return hub_of(request).issuer.principal(credentials.credentials)


Who = Annotated[Principal, Depends(principal)]
TheHub = Annotated[Hub, Depends(hub_of)]

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
        411: "A body sent without its length (chunked): send a Content-Length",
        413: "Too large",
        422: "Refused",
        429: "Too many requests",
    }.items()
}
