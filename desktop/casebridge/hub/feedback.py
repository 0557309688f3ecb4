"""CPS feedback on the hub: checked against feedback-v1, signed by the hub's key, kept per case, and listed to
the users who may see the case (police of its force, CPS of its area)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Engine, insert, select, update

from casebridge.clock import Clock
from casebridge.exchange import protocol
from casebridge.exchange.canonical import canonical
from casebridge.exchange.feedback_schema import validate_feedback
from casebridge.exchange.keys import WorkstationKey
from casebridge.exchange.package import PackageError
from casebridge.hub import db
from casebridge.hub.audit import HubAudit
from casebridge.hub.auth import Principal
from casebridge.hub.config import HubConfig
from casebridge.hub.errors import HubError


class Feedback:
    def __init__(self, config: HubConfig, engine: Engine, key: WorkstationKey, audit: HubAudit, clock: Clock) -> None:
        self.config, self.engine, self.key, self.audit, self.clock = config, engine, key, audit, clock

    def post(self, who: Principal, urn: str, body: dict[str, Any]) -> protocol.SignedFeedback:
        who.require("cps", "admin")
        try:
            validate_feedback(body)
        except PackageError as exc:
            raise HubError(422, str(exc)) from None
        if body["urn"] != urn:
            raise HubError(422, f"The feedback is about {body['urn']}, not {urn}.")
        if not who.may_see(urn):
            raise HubError(403, f"{urn} is not in {who.username}'s area.")
        submission_id = body.get("submission_id")
        with self.engine.connect() as conn:
            known = conn.execute(select(db.submissions.c.id).where(db.submissions.c.urn == urn).limit(1)).first()
            if known is None:
                raise HubError(404, f"No submission of {urn} has reached this hub.")
            if (
                submission_id
                and conn.execute(
                    select(db.submissions.c.id).where(db.submissions.c.id == submission_id, db.submissions.c.urn == urn)
                ).first()
                is None
            ):
                raise HubError(404, f"Submission {submission_id} is not a submission of {urn}.")
        feedback_id = str(uuid.uuid4())
        content = {
            **body,
            "id": feedback_id,
            "author": who.username,
            "issued_at": self.clock.stamp(),
            "hub": self.config.name,
        }
        signed = protocol.SignedFeedback(
            feedback=content, signature=protocol.Signature.model_validate(self.key.sign(canonical(content)))
        )
        state = {
            "review": "in_review",
            "request": "needs_action",
            "action_plan": "needs_action",
            "decision": "decided",
            "rejection": "rejected",
        }[body["kind"]]
        with self.engine.begin() as conn:
            conn.execute(
                insert(db.feedback).values(
                    id=feedback_id,
                    urn=urn,
                    force_code=urn[:2],
                    submission_id=submission_id,
                    author=who.username,
                    kind=body["kind"],
                    created_at=content["issued_at"],
                    signed=signed.model_dump_json(),
                )
            )
            target = db.submissions.c.id == submission_id if submission_id else db.submissions.c.urn == urn
            conn.execute(update(db.submissions).where(target).values(review_state=state))
        self.audit.record(who.username, "POST", f"/cases/{urn}/feedback", 201, f"{body['kind']} {feedback_id}")
        return signed

    def listing(
        self, who: Principal, urn: str | None = None, since: str | None = None
    ) -> list[protocol.SignedFeedback]:
        query = select(db.feedback.c.signed).order_by(db.feedback.c.created_at)
        if urn:
            if not who.may_see(urn):
                raise HubError(403, f"{urn} belongs to force {urn[:2]}; {who.username} may not read it.")
            query = query.where(db.feedback.c.urn == urn)
        elif who.role == "police":
            query = query.where(db.feedback.c.force_code == who.force_code)
        elif who.role == "cps" and who.forces:
            query = query.where(db.feedback.c.force_code.in_(sorted(who.forces)))
        if since:
            query = query.where(db.feedback.c.created_at > since)
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(5000)).all()
        return [protocol.SignedFeedback.model_validate_json(r[0]) for r in rows]
