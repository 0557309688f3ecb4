"""Submitting to CPS, the whole police flow as one service for the app and the CLI: sign in to the hub (the hub's
receipt key is recorded then and every later receipt must carry it), readiness check (blocking errors stop the
submission), queue the signed manifest in the outbox, send it, keep the receipt.

Built by `app.build_services`, which hands it the way to reach the hub (`connect`) and this workstation's key."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from casebridge.errors import CasebridgeError
from casebridge.exchange.hubclient import HubClient
from casebridge.exchange.keys import WorkstationKey
from casebridge.exchange.outbox import Sender, SendOptions, queue_submission
from casebridge.jobs import CancelToken, Progress, no_progress
from casebridge.settings import save_user_settings
from casebridge.store.outbox import OutboxSubmission

if TYPE_CHECKING:
    from casebridge.readiness import Finding
    from casebridge.workspace import Workspace

Connect = Callable[..., HubClient]  # (hub_url: str | None = None) -> a client the caller closes


class SubmissionBlocked(CasebridgeError):
    def __init__(self, urn: str, findings: list[Finding]) -> None:
        lines = "; ".join(f.message for f in findings[:5])
        super().__init__(f"{urn} cannot be submitted: {len(findings)} blocking problem(s): {lines}")
        self.findings = findings


def blocking_findings(ws: Workspace, urn: str) -> list[Finding]:
    from casebridge import readiness
    from casebridge.domain.view import CaseFileView

    view = CaseFileView.load(ws, urn)
    return [f for f in readiness.check(view, readiness.file_type_of(view)) if f.blocking]


class SubmissionService:
    def __init__(self, ws: Workspace, *, connect: Connect, key: Callable[[], WorkstationKey]) -> None:
        self.ws = ws
        self.connect = connect
        self._key = key

    def login(self, hub_url: str, username: str, password: str) -> str:
        """Signs in, records the hub address, user and the hub's receipt key; returns a sentence for the user."""
        ws = self.ws
        previous = ws.settings.hub_key_id if ws.settings.hub_url.rstrip("/") == hub_url.rstrip("/") else ""
        with self.connect(hub_url) as client:
            info = client.info()
            if previous and previous != info.key_id:
                raise CasebridgeError(
                    f"The hub at {hub_url} now signs receipts with key {info.key_id}, not {previous} as before. "
                    "Ask your administrator before trusting it (the setting 'Hub receipt key')."
                )
            answer = client.login(username, password)
        save_user_settings(
            ws.paths,
            {
                "hub_url": hub_url.rstrip("/"),
                "hub_username": username,
                "hub_key_id": info.key_id,
                "hub_role": answer.role,
            },
        )
        ws.reload_settings()
        force = f", force {answer.force_code}" if answer.force_code else ""
        return (
            f"Signed in to {info.name} as {username} ({answer.role}{force}); receipts are signed by key {info.key_id}."
        )

    def send_options(self, **overrides: object) -> SendOptions:
        options = SendOptions(limit_kbit=max(0, self.ws.settings.upload_limit_kbit))
        return dataclasses.replace(options, **overrides)  # type: ignore[arg-type]

    def queue(self, urn: str, *, check: bool = True) -> OutboxSubmission:
        ws = self.ws
        urn = ws.cases.get_case(urn).urn
        if check:
            findings = blocking_findings(ws, urn)
            if findings:
                raise SubmissionBlocked(urn, findings)
        if not ws.settings.hub_url:
            raise CasebridgeError("No hub address is set: sign in to the hub first.")
        from casebridge.exchange.review import pending_answers

        answers = pending_answers(ws, urn)
        queued = queue_submission(ws, urn, ws.settings.hub_url, self._key(), answers)
        for answer in answers:  # the answers travel with this submission
            ws.review.set_action_state(urn, answer["feedback"], answer["request"], "sent")
        return queued

    def send(
        self,
        submission_id: str,
        *,
        options: SendOptions | None = None,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
        client: HubClient | None = None,
    ) -> OutboxSubmission:
        ws = self.ws
        submission = ws.outbox.get(submission_id)
        own = client is None
        client = client or self.connect(submission.hub_url)
        try:
            sender = Sender(
                ws,
                client,
                ws.settings.hub_key_id,
                options=options or self.send_options(),
                progress=progress,
                cancel=cancel,
            )
            return sender.send(submission_id)
        finally:
            if own:
                client.close()
