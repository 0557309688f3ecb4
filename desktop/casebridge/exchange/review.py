"""The CPS side of the loop, and the police side's reading of it: the reviewer's inbox, downloading a submission
into the local vault (resumable, every file's SHA-256 checked) and into the case, item verdicts, sending feedback
(the hub signs it), and on the police side fetching feedback, checking its signature, and turning it into actions
that the next submission answers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from casebridge.digests import file_sha256
from casebridge.errors import CasebridgeError
from casebridge.exchange import protocol
from casebridge.exchange.canonical import canonical
from casebridge.exchange.feedback_schema import validate_feedback
from casebridge.exchange.hubclient import HubClient, HubUnavailable
from casebridge.exchange.keys import SignatureError, verify
from casebridge.exchange.package import PackageError, validate
from casebridge.exchange.receipts import ReceiptMismatch, verify_receipt
from casebridge.exchange.receive import add_new_exhibits, import_manifest
from casebridge.jobs import CancelToken, Progress, ProgressUpdate, no_progress

if TYPE_CHECKING:
    from casebridge.workspace import Workspace

INBOX_STATES = ("new", "in_review", "needs_action", "decided", "rejected")


@dataclass(frozen=True)
class Downloaded:
    urn: str
    submission_id: str
    created: bool  # the case was new in this workspace
    added: list[str]  # exhibit references added
    files: int  # files fetched from the hub (the rest were already in the vault)


def inbox(
    client: HubClient,
    *,
    state: str | None = None,
    category: str | None = None,
    force: str | None = None,
    custody_within_hours: float | None = None,
    now: datetime | None = None,
) -> list[protocol.SubmissionSummary]:
    """Receipted submissions the reviewer may see, custody deadlines first, then newest."""
    rows = [s for s in client.submissions() if s.state == "complete"]
    if state:
        rows = [s for s in rows if s.review_state == state]
    if category:
        rows = [s for s in rows if s.category == category]
    if force:
        rows = [s for s in rows if s.force_code == force]
    if custody_within_hours is not None:
        moment = now or datetime.now(UTC)
        rows = [
            s
            for s in rows
            if s.custody_expiry
            and (datetime.fromisoformat(s.custody_expiry.replace("Z", "+00:00")) - moment).total_seconds()
            <= custody_within_hours * 3600
        ]
    return sorted(rows, key=lambda s: (s.custody_expiry is None, s.custody_expiry or "", _neg(s.created_at)))


def _neg(text: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in text)


def download_submission(
    ws: Workspace,
    client: HubClient,
    submission_id: str,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> Downloaded:
    """Fetches a receipted submission: the signed manifest (checked), every file not already in the vault (resumed
    from a partial download, SHA-256 checked before it enters the vault), then creates the case or adds the new
    exhibits to it. Each exhibit notes the submission it arrived in."""
    cancel = cancel or CancelToken()
    manifest = client.manifest(submission_id)
    try:
        validate(manifest)
    except PackageError as exc:
        raise CasebridgeError(f"Submission {submission_id}'s manifest is not valid: {exc}") from None
    receipt = client.receipt(submission_id)
    try:
        verify_receipt(receipt, {ws.settings.hub_key_id} if ws.settings.hub_key_id else None, manifest=manifest)
    except ReceiptMismatch:
        raise CasebridgeError(f"Submission {submission_id}: the manifest does not match its receipt.") from None
    received = {i.sha256 for i in receipt.receipt.items if i.status == "received"}
    wanted = [b for b in manifest["blobs"] if b["sha256"] in received and not ws.vault.exists(b["sha256"])]
    total = sum(b["size"] for b in wanted) or 1
    done = 0
    folder = ws.location.root / "downloads"
    folder.mkdir(parents=True, exist_ok=True)
    for blob in wanted:
        cancel.raise_if_cancelled()
        part = folder / f"{blob['sha256']}.part"
        base = done

        def fetched(count: int, start: int = base) -> None:
            progress(ProgressUpdate(start + count, total, "Downloading the case's files"))

        for attempt in range(1, 6):
            try:
                client.download(blob["sha256"], part, fetched)
                break
            except HubUnavailable:
                if attempt == 5 or cancel.wait(0.5 * attempt):
                    raise
        digest = file_sha256(part)
        if digest != blob["sha256"] or part.stat().st_size != blob["size"]:
            part.unlink()
            raise CasebridgeError(
                f"A file of submission {submission_id} arrived damaged (SHA-256 {digest}, expected {blob['sha256']});"
                " it was not kept. Open the submission again to fetch it afresh."
            )
        with open(part, "rb") as handle:
            ws.vault.put(handle, cancel=cancel)
        part.unlink()
        done += blob["size"]
    missing = [b["sha256"] for b in manifest["blobs"] if not ws.vault.exists(b["sha256"])]
    present = {e["sha256"] for e in manifest["exhibits"] if e["sha256"] not in missing}
    usable = {
        **manifest,
        "exhibits": [e for e in manifest["exhibits"] if e["sha256"] in present],
        "blobs": [b for b in manifest["blobs"] if b["sha256"] in present],
    }
    signer = manifest["sender"]["workstation_key"]
    note = {"received_in": submission_id}
    urn = manifest["urn"]
    with ws.atomic() as tx:  # the case, or the new items, written whole or not at all
        if tx.cases.exists(urn):
            added = add_new_exhibits(tx, usable, signer, note)
            created = False
        else:
            import_manifest(tx, usable, signer, note)
            added = [e["reference"] for e in usable["exhibits"]]
            created = True
    progress(ProgressUpdate(total, total, f"{urn}: {len(added)} new item(s)"))
    return Downloaded(urn, submission_id, created, added, len(wanted))


def review_feedback(ws: Workspace, urn: str, submission_id: str | None = None) -> dict[str, Any]:
    """A `review` feedback body from the reviewer's item verdicts on the case, with the notes on pages the
    reviewer shared (an item with shared notes and no verdict yet goes as "reviewed"); private notes stay."""
    verdicts = ws.review.items(urn)
    shared: dict[str, list[Any]] = {}
    for note in ws.review.notes(urn):
        if note.shared:
            shared.setdefault(note.reference, []).append(note)
    if not verdicts and not shared:
        raise CasebridgeError(f"No item of {urn} has been reviewed yet.")
    items: list[dict[str, Any]] = []
    for reference in sorted(set(verdicts) | set(shared)):
        verdict = verdicts.get(reference)
        notes = shared.get(reference, [])
        items.append(
            {
                "reference": reference,
                "sha256": verdict.sha256 if verdict else notes[0].sha256,
                "status": verdict.status if verdict else "reviewed",
                **({"note": verdict.note} if verdict and verdict.note else {}),
                **({"page": verdict.page} if verdict and verdict.page and verdict.note else {}),
                **({"notes": [n.to_feedback() for n in notes]} if notes else {}),
            }
        )
    body: dict[str, Any] = {"kind": "review", "urn": urn, "items": items}
    if submission_id:
        body["submission_id"] = submission_id
    return body


def send_feedback(ws: Workspace, client: HubClient, body: dict[str, Any]) -> protocol.SignedFeedback:
    """Checks the feedback against its schema, sends it; the hub's signed copy is kept with the case."""
    try:
        validate_feedback(body)
    except PackageError as exc:
        raise CasebridgeError(str(exc)) from None
    signed = client.post_feedback(body["urn"], body)
    _check(ws, signed)
    ws.review.record_feedback(signed.model_dump(), seen=True)
    return signed


def _check(ws: Workspace, signed: protocol.SignedFeedback) -> None:
    trusted = {ws.settings.hub_key_id} if ws.settings.hub_key_id else None
    try:
        verify(canonical(signed.feedback), signed.signature.model_dump(), trusted)
    except SignatureError as exc:
        raise CasebridgeError(f"Feedback {signed.feedback.get('id')} from the hub was refused: {exc}") from None


def fetch_feedback(ws: Workspace, client: HubClient, urns: Iterable[str] | None = None) -> list[str]:
    """Police side: fetches feedback on this workspace's cases, checks each signature, keeps the new ones;
    returns the ids of feedback not seen before."""
    wanted = set(urns) if urns is not None else None
    new = []
    for signed in client.feedback():
        urn = signed.feedback.get("urn", "")
        if (wanted is not None and urn not in wanted) or not ws.cases.exists(urn):
            continue
        _check(ws, signed)
        if ws.review.record_feedback(signed.model_dump()):
            new.append(str(signed.feedback["id"]))
    return new


def pending_answers(ws: Workspace, urn: str) -> list[dict[str, Any]]:
    """What the next submission of the case answers: requests and tasks linked to exhibits, not yet sent."""
    answers = []
    for feedback in ws.review.feedback(urn):
        for action in feedback.actions:
            if action.state == "answered" and action.answered_by:
                answers.append({"feedback": feedback.id, "request": action.key, "exhibits": action.answered_by})
    return answers
