"""Routes: submissions (create, list, state, manifest, complete, receipt, items) and file downloads."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response
from fastapi.responses import FileResponse

from casebridge.exchange import protocol
from casebridge.hub.deps import REFUSALS, SubmissionId, TheHub, Who

router = APIRouter()


@router.put(
    f"{protocol.API}/submissions/{{submission_id}}",
    tags=["submissions"],
    summary="Create a submission (idempotent): answers which files the hub holds and which it needs",
    status_code=201,
    responses={200: {"model": protocol.SubmissionState, "description": "Already created"}, **REFUSALS},
)
def create_submission(
    hub: TheHub, submission_id: SubmissionId, body: protocol.SubmissionCreate, who: Who, response: Response
) -> protocol.SubmissionState:
    state, created = hub.submissions.create(who, str(submission_id), body)
    response.status_code = 201 if created else 200
    return state  # type: ignore[no-any-return]


@router.get(f"{protocol.API}/submissions", tags=["submissions"], summary="Submissions you may see", responses=REFUSALS)
def list_submissions(
    hub: TheHub, who: Who, urn: Annotated[str | None, Query(pattern=r"^[0-9]{2}[A-Z0-9]{2}[0-9]{7}$")] = None
) -> list[protocol.SubmissionSummary]:
    return hub.submissions.listing(who, urn)


@router.get(f"{protocol.API}/submissions/{{submission_id}}", tags=["submissions"], responses=REFUSALS)
def submission_state(hub: TheHub, submission_id: SubmissionId, who: Who) -> protocol.SubmissionState:
    return hub.submissions.state(who, str(submission_id))


@router.get(
    f"{protocol.API}/submissions/{{submission_id}}/manifest",
    tags=["submissions"],
    summary="The signed manifest as sent",
    responses=REFUSALS,
)
def submission_manifest(hub: TheHub, submission_id: SubmissionId, who: Who) -> dict[str, Any]:
    return hub.submissions.manifest(who, str(submission_id))


@router.post(
    f"{protocol.API}/submissions/{{submission_id}}/complete",
    tags=["submissions"],
    summary="Finish the submission: recognise every item and issue the signed receipt",
    responses=REFUSALS,
)
async def complete(hub: TheHub, submission_id: SubmissionId, who: Who) -> protocol.SignedReceipt:
    return await asyncio.to_thread(hub.submissions.complete, who, str(submission_id))


@router.get(f"{protocol.API}/submissions/{{submission_id}}/receipt", tags=["submissions"], responses=REFUSALS)
def receipt(hub: TheHub, submission_id: SubmissionId, who: Who) -> protocol.SignedReceipt:
    return hub.submissions.receipt(who, str(submission_id))


@router.get(
    f"{protocol.API}/submissions/{{submission_id}}/items",
    tags=["review"],
    summary="Each exhibit with its receipt line, the submission it first arrived in, and the requests it answers",
    responses=REFUSALS,
)
def submission_items(hub: TheHub, submission_id: SubmissionId, who: Who) -> list[protocol.SubmissionItem]:
    return hub.submissions.items(who, str(submission_id))


@router.get(
    f"{protocol.API}/blobs/{{sha256}}",
    tags=["files"],
    summary="Download a received file by its SHA-256",
    response_class=FileResponse,
    responses=REFUSALS,
)
def blob(hub: TheHub, sha256: Annotated[str, Path(pattern=protocol.DIGEST_PATTERN)], who: Who) -> FileResponse:
    return FileResponse(hub.blobs.readable(who, sha256), media_type="application/octet-stream")
