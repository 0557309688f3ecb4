"""The submission protocol, shared by the desktop client and the hub: request and answer bodies (pydantic), the
tus 1.0 headers and extensions we speak, and the receipt's canonical form.

A submission is created idempotently under a client-chosen UUID with the signed manifest; the hub answers which
files it already holds and which it needs; each needed file goes up with tus (chunks with a SHA-256 each); the
client then asks for the receipt, which the hub signs with its Ed25519 key and which names every item's fate.
"""

from __future__ import annotations

import base64
from typing import Any, Literal

from pydantic import BaseModel, Field

API = "/api/v1"
TUS_PATH = "/files"
TUS_VERSION = "1.0.0"
TUS_EXTENSIONS = "creation,checksum,termination,expiration"
TUS_CHECKSUMS = "sha256"
# tus: 460 for a chunk whose checksum does not match (the checksum extension's own status code).
CHECKSUM_MISMATCH = 460
DEFAULT_CHUNK = 8 * 1024 * 1024
DIGEST_PATTERN = r"^[0-9a-f]{64}$"

Role = Literal["police", "cps", "admin"]
ItemStatus = Literal["received", "refused", "not_received"]


class TokenAnswer(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    refresh_token: str | None = None
    role: Role
    force_code: str | None = None


class HubInfo(BaseModel):
    name: str
    software: str
    key_id: str = Field(pattern=r"^[0-9a-f]{16}$")
    public_key: str = Field(description="The hub's Ed25519 receipt key, raw, base64.")
    tus_endpoint: str
    chunk_size: int
    max_file_size: int


class Signature(BaseModel):
    algorithm: Literal["Ed25519"]
    key_id: str = Field(pattern=r"^[0-9a-f]{16}$")
    public_key: str = Field(max_length=100)
    signature: str = Field(max_length=200)


class SubmissionCreate(BaseModel):
    manifest: dict[str, Any] = Field(description="A case package v1 manifest (docs/data-standard).")
    signature: Signature


class BlobNeed(BaseModel):
    sha256: str = Field(pattern=DIGEST_PATTERN)
    size: int = Field(ge=0)


class SubmissionState(BaseModel):
    submission_id: str
    urn: str
    state: Literal["open", "complete"]
    created_at: str
    have: list[str] = Field(description="Digests the hub already holds: never sent again.")
    need: list[BlobNeed] = Field(description="Files still to upload with tus.")
    manifest_sha256: str


class SubmissionSummary(BaseModel):
    submission_id: str
    urn: str
    submitter: str
    force_code: str
    state: Literal["open", "complete"]
    created_at: str
    completed_at: str | None = None
    title: str = ""
    category: str = Field(default="", description="red, green_priority or green (MG3), when the sender gave one")
    custody_expiry: str | None = Field(default=None, description="the earliest custody time limit in the case, UTC")
    review_state: str = Field(default="new", description="new, in_review, needs_action, decided or rejected")
    answers: int = Field(default=0, description="how many CPS requests this submission says it answers")


class SubmissionItem(BaseModel):
    """One exhibit of a submission as a reviewer sees it: its receipt line and whether it arrived before."""

    reference: str
    sha256: str
    size: int
    media_type: str
    description: str = ""
    status: str = Field(description="received, refused, not_received, or pending before the receipt")
    recognised_type: str | None = None
    first_received: str | None = Field(default=None, description="the submission in which this file first arrived")
    first_received_at: str | None = None
    answers: list[str] = Field(default_factory=list, description="request ids this exhibit answers")


class SignedFeedback(BaseModel):
    feedback: dict[str, Any] = Field(description="feedback-v1 body plus id, author and issued_at")
    signature: Signature


class ReceiptItem(BaseModel):
    reference: str
    sha256: str
    size: int
    status: ItemStatus
    received_at: str | None = None
    recognised_type: str | None = None
    reason: str = ""


class Receipt(BaseModel):
    format: Literal["casebridge-receipt"] = "casebridge-receipt"
    version: Literal[1] = 1
    submission_id: str
    urn: str
    manifest_sha256: str
    hub: str
    issued_at: str
    items: list[ReceiptItem]


class SignedReceipt(BaseModel):
    receipt: Receipt
    signature: Signature


class Problem(BaseModel):
    """Every refusal: a status and a sentence a person can act on."""

    detail: str


def encode_metadata(values: dict[str, str]) -> str:
    """tus Upload-Metadata: comma-separated `key base64(value)` pairs."""
    return ",".join(f"{k} {base64.b64encode(v.encode('utf-8')).decode('ascii')}" for k, v in values.items())


def decode_metadata(header: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in header.split(","))):
        key, _, encoded = pair.partition(" ")
        values[key] = base64.b64decode(encoded, validate=True).decode("utf-8") if encoded else ""
    return values
