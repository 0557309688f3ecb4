"""My work: what a file-builder's (or a CPS reviewer's) day is driven by, across every case of the workspace —
custody clocks running out, CPS requests waiting for an answer, submissions not yet delivered, imports
interrupted, files not ready to submit (the readiness check of the cases changed most recently), and the cases
most recently worked on. A CPS reviewer's list also holds the hub's inbox (submissions not yet opened, given by
the caller, who asks the hub) and the received cases whose items are not all reviewed. Each line names the case
and the place where the work is done; the window's landing view and `casebridge work` show the same list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from casebridge.domain.case import CaseSummary
    from casebridge.exchange.protocol import SubmissionSummary
    from casebridge.workspace import Workspace

# the kinds, in the order they are shown: most urgent first
KINDS = ("custody", "inbox", "request", "review", "outbox", "import", "readiness", "recent")
EXPIRED_SHOWN_FOR = timedelta(hours=24)  # a clock that ran out is shown for a day, then left to the case list
RECENT = 8
CHECKED = 10  # readiness is checked on the cases changed most recently (each check reads the whole case file)
OPEN = ("draft", "awaiting_charge", "ready")  # a submitted or closed case is not a file being built
LONDON = ZoneInfo("Europe/London")


@dataclass(frozen=True)
class WorkItem:
    kind: str  # one of KINDS
    urn: str
    title: str  # the case's title
    detail: str  # what is waiting, in words
    place: str  # where it is done: details | evidence | casefile | bundle | exchange | inbox (the hub's)
    due: datetime | None = None  # the custody expiry or the CPS's target date (aware, UTC)
    key: str = ""  # the request, submission or import it is about


def work_items(ws: Workspace, now: datetime, inbox: Sequence[SubmissionSummary] = ()) -> list[WorkItem]:
    """Every line of My work, most urgent first within each kind (`now`: the workspace clock's, UTC; `inbox`: the
    hub's inbox as a CPS reviewer's sign-in reads it, or nothing)."""
    from casebridge.domain.custody import describe_remaining

    titles = {summary.urn: summary.title for summary in ws.cases.list_cases()}
    items: list[WorkItem] = []
    for urn, expiry in sorted(ws.casefile.custody_expiries().items(), key=lambda pair: pair[1]):
        if urn in titles and expiry - now > -EXPIRED_SHOWN_FOR:
            local = expiry.astimezone(LONDON)
            detail = f"PACE custody clock: {describe_remaining(expiry - now)} (expires {local:%d/%m/%Y %H:%M})"
            items.append(WorkItem("custody", urn, titles[urn], detail, "casefile", expiry))
    items += _inbox(inbox, now)
    requests: list[WorkItem] = []
    for urn, title in titles.items():
        for action in ws.review.open_actions(urn):
            if action.state != "open":
                continue
            due = _date(action.target_date)
            when = f" by {due.astimezone(LONDON):%d/%m/%Y}" if due else ""
            detail = f"CPS {action.kind}{when}: {action.text}"
            requests.append(
                WorkItem("request", urn, title, detail, "exchange", due, f"{action.feedback_id}/{action.key}")
            )
    items += sorted(requests, key=lambda w: (w.due is None, w.due or now, w.urn))
    if ws.settings.hub_role == "cps":
        items += _to_review(ws, titles)
    for submission in ws.outbox.listing(open_only=True):
        state = {"queued": "waiting to send", "sending": "sending", "paused": "paused", "failed": "failed"}
        detail = f"Submission {submission.id[:8]} {state.get(submission.state, submission.state)}"
        detail += f": {submission.problem}" if submission.problem else ""
        title = titles.get(submission.urn, "")
        items.append(WorkItem("outbox", submission.urn, title, detail, "exchange", None, submission.id))
    for urn, title in titles.items():
        waiting = ws.journal.pending(urn)
        if waiting:
            detail = f"Import interrupted: {len(waiting)} item(s) not yet in the vault (Resume finishes it)"
            items.append(WorkItem("import", urn, title, detail, "evidence", None, waiting[0].batch))
    recent = sorted(ws.cases.list_cases(), key=lambda s: s.updated_at, reverse=True)
    items += _not_ready(ws, [s for s in recent if s.status.value in OPEN][:CHECKED])
    busy = {item.urn for item in items}
    for summary in [s for s in recent if s.urn not in busy][:RECENT]:
        items.append(
            WorkItem("recent", summary.urn, summary.title, f"Last changed {_stamp(summary.updated_at)}", "details")
        )
    return items


def _inbox(rows: Sequence[SubmissionSummary], now: datetime) -> list[WorkItem]:
    """Submissions on the hub not yet opened by any reviewer: custody deadlines first, as the inbox sorts them."""
    from casebridge.domain.custody import describe_remaining

    found = []
    for row in rows:
        if row.review_state != "new":
            continue
        sent = _date_time(row.created_at)
        detail = f"New submission {row.submission_id[:8]}" + (f", sent {sent:%d/%m/%Y %H:%M}" if sent else "")
        expiry = _date_time(row.custody_expiry) if row.custody_expiry else None
        if expiry is not None:
            detail += f"; suspect in custody: {describe_remaining(expiry - now)}"
        if row.answers:
            detail += f"; answers {row.answers} request(s)"
        found.append(WorkItem("inbox", row.urn, row.title, detail, "inbox", expiry, row.submission_id))
    return found


def _to_review(ws: Workspace, titles: dict[str, str]) -> list[WorkItem]:
    """Received cases (opened from the hub's inbox) with items still without a verdict on their current copy."""
    found = []
    for urn, title in titles.items():
        received = [e for e in ws.exhibits.for_case(urn) if e.facts.get("received_in")]
        if not received:
            continue
        verdicts = ws.review.items(urn)
        waiting = [e for e in received if e.reference not in verdicts or verdicts[e.reference].sha256 != e.sha256]
        if waiting:
            submission = str(received[-1].facts["received_in"])
            detail = (
                f"To review: {len(waiting)} of {len(received)} item(s) without a verdict "
                f"(first: {waiting[0].reference})"
            )
            found.append(WorkItem("review", urn, title, detail, "exchange", None, submission))
    return found


def _date_time(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(LONDON)


def _not_ready(ws: Workspace, summaries: list[CaseSummary]) -> list[WorkItem]:
    """The cases (of those given) whose readiness check for their own file type finds blocking errors."""
    from casebridge import readiness
    from casebridge.domain.view import CaseFileView

    found: list[WorkItem] = []
    for summary in summaries:
        view = CaseFileView.load(ws, summary.urn)
        stage = readiness.file_type_of(view)
        errors = [f for f in readiness.check(view, stage) if f.blocking]
        if errors:
            kind = stage.replace("_", "-").upper()
            detail = f"Not ready as a {kind} file: {len(errors)} blocking error(s) — first: {errors[0].message}"
            found.append(WorkItem("readiness", summary.urn, summary.title, detail, "casefile"))
    return found


def _date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text[:10]).replace(tzinfo=LONDON).astimezone(UTC)
    except ValueError:
        return None


def _stamp(text: str) -> str:
    try:
        return datetime.fromisoformat(text).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return text
