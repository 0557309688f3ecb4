"""The tus 1.0 endpoint: core, creation, checksum (SHA-256 per chunk), termination and expiration.

Every file is uploaded under a submission and named by its SHA-256 in `Upload-Metadata`
(`sha256`, `submission`; `filename` and `filetype` are accepted and ignored). A chunk whose checksum differs is
answered 460 and forgotten; a PATCH at the wrong offset gets 409; when the last byte arrives the whole file's
digest is checked and the hub answers `Casebridge-File-State: done` or `refused` with the reason.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from email.utils import format_datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request, Response

from casebridge.exchange import protocol
from casebridge.hub.deps import TheHub, Who
from casebridge.hub.service import HubError

TUS_HEADERS = {"Tus-Resumable": protocol.TUS_VERSION}


def _expires(row: dict[str, Any]) -> str:
    return format_datetime(datetime.fromisoformat(row["expires_at"]), usegmt=True)


def _check_version(version: str | None) -> None:
    if version != protocol.TUS_VERSION:
        raise HubError(412, f"This hub speaks tus {protocol.TUS_VERSION}; send Tus-Resumable: {protocol.TUS_VERSION}.")


def _file_headers(row: dict[str, Any]) -> dict[str, str]:
    headers = {
        **TUS_HEADERS,
        "Upload-Offset": str(row["received"]),
        "Upload-Length": str(row["length"]),
        "Upload-Expires": _expires(row),
        "Cache-Control": "no-store",
        "Casebridge-File-State": row["state"],
    }
    return headers


# Every answer a tus route can give other than success, each with the hub's {"detail": "..."} body, so clients and
# fuzzers know them from the OpenAPI description.
TUS_REFUSALS: dict[int | str, dict[str, Any]] = {
    code: {"model": protocol.Problem, "description": text}
    for code, text in {
        400: "Bad request (headers missing or malformed, chunk past the end)",
        401: "Not signed in",
        403: "Not allowed (another user's upload, another force's submission)",
        404: "No such upload",
        409: "Offset conflict, or the submission is complete",
        410: "The upload expired (create a new one; nothing is lost)",
        412: "Tus-Resumable is not 1.0.0",
        413: "Larger than the hub accepts",
        415: "PATCH without Content-Type: application/offset+octet-stream",
        422: "Refused (the file's digest differs from its manifest)",
        429: "Too many requests",
        460: "The chunk's SHA-256 differs from Upload-Checksum: send it again",
        507: "The hub's storage is full or the quota would be exceeded",
    }.items()
}

api = APIRouter(prefix=protocol.TUS_PATH, tags=["tus uploads"], responses=TUS_REFUSALS)
TusVersion = Annotated[str | None, Header(alias="Tus-Resumable")]


@api.options("/", status_code=204, summary="What this tus server supports")
def options(hub: TheHub) -> Response:
    return Response(
        status_code=204,
        headers={
            **TUS_HEADERS,
            "Tus-Version": protocol.TUS_VERSION,
            "Tus-Extension": protocol.TUS_EXTENSIONS,
            "Tus-Checksum-Algorithm": protocol.TUS_CHECKSUMS,
            "Tus-Max-Size": str(hub.config.max_file_size),
        },
    )


@api.post("/", status_code=201, summary="Create an upload for one file of a submission")
def create(
    request: Request,
    who: Who,
    hub: TheHub,
    tus_resumable: TusVersion = None,
    upload_length: Annotated[int | None, Header(alias="Upload-Length", ge=0)] = None,
    upload_metadata: Annotated[str, Header(alias="Upload-Metadata", max_length=4000)] = "",
) -> Response:
    _check_version(tus_resumable)
    if upload_length is None:
        raise HubError(400, "Upload-Length is required (deferred lengths are not supported).")
    try:
        metadata = protocol.decode_metadata(upload_metadata)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise HubError(400, "Upload-Metadata is not valid: comma-separated 'key base64value' pairs.") from None
    row = hub.uploads.create(who, upload_length, metadata)
    location = str(request.url_for("tus_head", upload_id=row["id"]))
    return Response(status_code=201, headers={**_file_headers(row), "Location": location})


@api.head("/{upload_id}", name="tus_head", summary="How much of the upload the hub holds")
def head(upload_id: str, who: Who, hub: TheHub, tus_resumable: TusVersion = None) -> Response:
    _check_version(tus_resumable)
    return Response(status_code=200, headers=_file_headers(hub.uploads.get(who, upload_id)))


@api.patch(
    "/{upload_id}",
    status_code=204,
    summary="Append a chunk at Upload-Offset",
    openapi_extra={
        "requestBody": {
            "content": {"application/offset+octet-stream": {"schema": {"type": "string", "format": "binary"}}}
        }
    },
)
async def patch(
    upload_id: str,
    request: Request,
    who: Who,
    hub: TheHub,
    tus_resumable: TusVersion = None,
    upload_offset: Annotated[int | None, Header(alias="Upload-Offset", ge=0)] = None,
    upload_checksum: Annotated[str | None, Header(alias="Upload-Checksum", max_length=200)] = None,
    content_type: Annotated[str | None, Header(alias="Content-Type")] = None,
) -> Response:
    _check_version(tus_resumable)
    if content_type != "application/offset+octet-stream":
        raise HubError(415, "A tus PATCH has Content-Type: application/offset+octet-stream.")
    if upload_offset is None:
        raise HubError(400, "Upload-Offset is required.")
    checksum = None
    if upload_checksum:
        algorithm, _, encoded = upload_checksum.strip().partition(" ")
        if algorithm != "sha256":
            raise HubError(400, "This hub checks chunks with sha256 only (Tus-Checksum-Algorithm).")
        try:
            checksum = (algorithm, base64.b64decode(encoded, validate=True))
        except (ValueError, binascii.Error):
            raise HubError(400, "Upload-Checksum is not 'sha256 <base64 digest>'.") from None
    row = await hub.uploads.write_chunk(who, upload_id, upload_offset, request.stream(), checksum)
    headers = _file_headers(row)
    if row["state"] == "refused":
        headers["Casebridge-File-Problem"] = hub.uploads.problem_of(row).encode("ascii", "replace").decode("ascii")
    return Response(status_code=204, headers=headers)


@api.delete("/{upload_id}", status_code=204, summary="Abandon an upload (termination)")
def delete(upload_id: str, who: Who, hub: TheHub, tus_resumable: TusVersion = None) -> Response:
    _check_version(tus_resumable)
    hub.uploads.terminate(who, upload_id)
    return Response(status_code=204, headers=TUS_HEADERS)
