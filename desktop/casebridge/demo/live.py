"""The demo case brought to today (`casebridge demo --live`): what a file-builder's day holds, so every feature
of My work is visible in the first minute.

The demo's material and statements keep their fixed dates (14–16 November 2026: the tests and the guides rely
on them). On top of them, relative to `now`:

- the suspect's PACE clock: detained 20 h 35 min ago, so 3 h 25 min are left (the custody record's times move
  with it: arrest, authorisation, two reviews, the expiry, the first hearing tomorrow);
- a CPS action plan waiting for an answer: a further statement due in five days and a task due in two;
- an interrupted upload: the case queued for a hub that was never reached (`https://hub.example`), signed by this
  workstation's key, waiting in the outbox to be resumed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from casebridge.domain.case import PersonRole

if TYPE_CHECKING:
    from casebridge.app import Services

DEMO_HUB = "https://hub.example"
DETAINED_FOR = timedelta(hours=20, minutes=35)  # of the 24 hours PACE allows before charge or an extension


@dataclass(frozen=True)
class LiveDemo:
    custody_expiry: datetime
    feedback_id: str
    submission_id: str


def make_live(services: Services, urn: str, now: datetime) -> LiveDemo:
    """Sets the demo case's custody clock, CPS request and interrupted upload relative to `now` (aware)."""
    from casebridge.exchange.outbox import queue_submission

    ws = services.workspace
    local = now.astimezone()
    relevant = local - DETAINED_FOR
    suspect = next(p for p in ws.cases.get_case(urn).people if p.role is PersonRole.SUSPECT)
    assert suspect.id is not None

    def typed(moment: datetime) -> str:
        return moment.strftime("%d/%m/%Y %H:%M")

    authorised = relevant + timedelta(minutes=13)
    for name, value in (
        ("arrested_at", typed(relevant - timedelta(minutes=37))),
        ("relevant_time", typed(relevant)),
        ("detention_authorised_at", typed(authorised)),
        (
            "custody_reviews",
            [typed(authorised + timedelta(hours=5, minutes=35)), typed(authorised + timedelta(hours=14))],
        ),
        ("custody_expiry", typed(relevant + timedelta(hours=24))),
        ("remand_status", "custody"),
        ("first_hearing_date", (local + timedelta(days=1)).strftime("%d/%m/%Y")),
    ):
        ws.casefile.set_person_detail(suspect.id, name, value)
    today = local.date()
    plan = {
        "id": f"demo-plan-{urn}",
        "urn": urn,
        "kind": "action_plan",
        "author": "cps.reviewer",
        "issued_at": ws.clock.stamp(),
        "requests": [
            {
                "id": "r1",
                "type": "further_statement",
                "description": "Statement from Mr Hughes: how the CCTV was exported and who has had the disc since",
                "target_date": (today + timedelta(days=5)).isoformat(),
            }
        ],
        "tasks": [
            {
                "id": "t1",
                "text": "Exhibit the door camera of 110 Queen Street",
                "target_date": (today + timedelta(days=2)).isoformat(),
            }
        ],
    }
    ws.review.record_feedback({"feedback": plan})
    queued = queue_submission(ws, urn, DEMO_HUB, services.workstation_key())
    ws.outbox.set_state(
        queued.id, "failed", f"{DEMO_HUB} could not be reached (the demo has no hub): resume when connected."
    )
    expiry = ws.casefile.custody_expiries()[ws.cases.get_case(urn).urn]
    return LiveDemo(expiry, str(plan["id"]), queued.id)
