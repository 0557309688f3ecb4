"""FastAPI dependencies shared by the hub's routes: the hub itself and the signed-in principal."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

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
