"""Routes: the hub's description and sign-in (the OAuth2 token endpoint, who a token belongs to)."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs

from fastapi import APIRouter, Request

from casebridge.exchange import protocol
from casebridge.hub.deps import REFUSALS, TheHub, Who
from casebridge.hub.errors import HubError

router = APIRouter()


@router.get(f"{protocol.API}/hub", tags=["hub"], summary="The hub's name, receipt key and upload settings")
def hub_info(
    hub: TheHub,
) -> protocol.HubInfo:
    return hub.info()


@router.post(
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
async def token(hub: TheHub, request: Request) -> protocol.TokenAnswer:
    try:
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8"), strict_parsing=False).items()}
    except UnicodeDecodeError:
        raise HubError(400, "The form is not UTF-8.") from None
    grant = form.get("grant_type")
    if grant == "password":
        answer = await asyncio.to_thread(hub.issuer.password_grant, form.get("username", ""), form.get("password", ""))
    elif grant == "refresh_token":
        answer = await asyncio.to_thread(hub.issuer.refresh_grant, form.get("refresh_token", ""))
    else:
        raise HubError(400, "grant_type must be 'password' or 'refresh_token'.")
    return protocol.TokenAnswer(**answer)


@router.get(f"{protocol.API}/whoami", tags=["sign-in"], summary="Who the token belongs to", responses=REFUSALS)
def whoami(who: Who) -> dict[str, str | None]:
    return {"username": who.username, "role": who.role, "force_code": who.force_code}
