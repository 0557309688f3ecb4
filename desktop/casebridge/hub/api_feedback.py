"""Routes: CPS feedback on a case (send; read a case's or all one may see)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from casebridge.exchange import protocol
from casebridge.hub.deps import REFUSALS, Since, TheHub, Urn, Who

router = APIRouter()


@router.post(
    f"{protocol.API}/cases/{{urn}}/feedback",
    tags=["review"],
    summary="Send CPS feedback on a case (feedback-v1); the hub signs it",
    status_code=201,
    responses=REFUSALS,
)
def post_feedback(hub: TheHub, urn: Urn, body: dict[str, Any], who: Who) -> protocol.SignedFeedback:
    return hub.feedback.post(who, urn, body)


@router.get(f"{protocol.API}/cases/{{urn}}/feedback", tags=["review"], summary="A case's feedback", responses=REFUSALS)
def case_feedback(hub: TheHub, urn: Urn, who: Who, since: Since = None) -> list[protocol.SignedFeedback]:
    return hub.feedback.listing(who, urn, since)


@router.get(f"{protocol.API}/feedback", tags=["review"], summary="All feedback you may see", responses=REFUSALS)
def all_feedback(hub: TheHub, who: Who, since: Since = None) -> list[protocol.SignedFeedback]:
    return hub.feedback.listing(who, None, since)
