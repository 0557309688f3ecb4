"""Submitting to CPS, the whole police flow as one service for the app and the CLI: sign in to the hub (the hub's
receipt key is recorded then and every later receipt must carry it), readiness check (blocking errors stop the
submission), queue the signed manifest in the outbox, send it, keep the receipt."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from casebridge.errors import CasebridgeError
from casebridge.exchange.hubclient import HubClient
from casebridge.exchange.keys import WorkstationKey
from casebridge.exchange.outbox import Sender, SendOptions, queue_submission
from casebridge.jobs import CancelToken, Progress, no_progress
from casebridge.settings import expand_folder, load_settings, save_user_settings
from casebridge.store.outbox import OutboxSubmission

if TYPE_CHECKING:
    from casebridge.app import Workspace
    from casebridge.readiness import Finding


class SubmissionBlocked(CasebridgeError):
    def __init__(self, urn: str, findings: list[Finding]) -> None:
        lines = "; ".join(f.message for f in findings[:5])
        super().__init__(f"{urn} cannot be submitted: {len(findings)} blocking problem(s): {lines}")
        self.findings = findings


def refresh_settings(ws: Workspace) -> None:
    ws.settings = load_settings(ws.paths).settings


def client_for(ws: Workspace, hub_url: str | None = None) -> HubClient:
    """A client for the hub in the settings as they are now: a sign-in made elsewhere (the command line, another
    window) since the workspace opened takes effect without a restart."""
    refresh_settings(ws)
    settings = ws.settings
    url = (hub_url or settings.hub_url).strip()
    if not url:
        raise CasebridgeError("No hub address is set: sign in to the hub first (it asks for the address).")
    bundle = str(expand_folder(settings.ca_bundle)) if settings.ca_bundle.strip() else ""
    return HubClient(url, username=settings.hub_username, ca_bundle=bundle, pin=settings.hub_pin_sha256.strip())


def login(ws: Workspace, hub_url: str, username: str, password: str) -> str:
    """Signs in, records the hub address, user and the hub's receipt key; returns a sentence for the user."""
    previous = ws.settings.hub_key_id if ws.settings.hub_url.rstrip("/") == hub_url.rstrip("/") else ""
    with client_for(ws, hub_url) as client:
        info = client.info()
        if previous and previous != info.key_id:
            raise CasebridgeError(
                f"The hub at {hub_url} now signs receipts with key {info.key_id}, not {previous} as before. "
                "Ask your administrator before trusting it (the setting 'Hub receipt key')."
            )
        answer = client.login(username, password)
    save_user_settings(
        ws.paths,
        {"hub_url": hub_url.rstrip("/"), "hub_username": username, "hub_key_id": info.key_id, "hub_role": answer.role},
    )
    refresh_settings(ws)
    force = f", force {answer.force_code}" if answer.force_code else ""
    return f"Signed in to {info.name} as {username} ({answer.role}{force}); receipts are signed by key {info.key_id}."


def blocking_findings(ws: Workspace, urn: str) -> list[Finding]:
    from casebridge import readiness
    from casebridge.forms.view import CaseFileView

    view = CaseFileView.load(ws, urn)
    return [f for f in readiness.check(view, readiness.file_type_of(view)) if f.blocking]


def send_options(ws: Workspace, **overrides: object) -> SendOptions:
    options = SendOptions(limit_kbit=max(0, ws.settings.upload_limit_kbit))
    return dataclasses.replace(options, **overrides)  # type: ignore[arg-type]


def queue(ws: Workspace, urn: str, *, check: bool = True) -> OutboxSubmission:
    urn = ws.cases.get_case(urn).urn
    if check:
        findings = blocking_findings(ws, urn)
        if findings:
            raise SubmissionBlocked(urn, findings)
    if not ws.settings.hub_url:
        raise CasebridgeError("No hub address is set: sign in to the hub first.")
    from casebridge.exchange.review import pending_answers

    key = WorkstationKey.load_or_create(ws.paths.config_dir)
    answers = pending_answers(ws, urn)
    queued = queue_submission(ws, urn, ws.settings.hub_url, key, answers)
    for answer in answers:  # the answers travel with this submission
        ws.review.set_action_state(urn, answer["feedback"], answer["request"], "sent")
    return queued


def send(
    ws: Workspace,
    submission_id: str,
    *,
    options: SendOptions | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    client: HubClient | None = None,
) -> OutboxSubmission:
    submission = ws.outbox.get(submission_id)
    own = client is None
    client = client or client_for(ws, submission.hub_url)
    try:
        sender = Sender(
            ws, client, ws.settings.hub_key_id, options=options or send_options(ws), progress=progress, cancel=cancel
        )
        return sender.send(submission_id)
    finally:
        if own:
            client.close()
