"""The review loop's records in the case database: CPS feedback (as the hub signed it) with the actions it asks
for and how they were answered, and a reviewer's verdict on each item. Every change is in the audit log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from casebridge.domain.feedback import REQUEST_LABELS
from casebridge.errors import NotFoundError, ValidationError
from casebridge.store.base import Store
from casebridge.store.db import case_by_urn, transaction
from casebridge.store.models import CaseRow, FeedbackActionRow, FeedbackRow, ItemReviewRow, ReviewNoteRow

REVIEW_STATES = ("reviewed", "accepted", "needs_action")


@dataclass(frozen=True)
class FeedbackAction:
    feedback_id: str
    key: str
    kind: str
    text: str
    target_date: str | None
    state: str
    answered_by: list[str]


@dataclass(frozen=True)
class Feedback:
    id: str
    urn: str
    kind: str
    submission_id: str | None
    author: str
    issued_at: str
    signed: dict[str, Any]
    seen: bool
    actions: list[FeedbackAction]

    @property
    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = self.signed["feedback"]
        return body


@dataclass(frozen=True)
class ItemReview:
    reference: str
    sha256: str
    status: str
    note: str
    author: str
    updated_at: str
    page: int | None = None  # the page of the item the note is about


@dataclass(frozen=True)
class ReviewNote:
    """A reviewer's highlight and note on one page of a received item."""

    id: int
    reference: str
    sha256: str
    page: int  # 1-based
    area: tuple[float, float, float, float] | None  # PDF points on the page; None: the whole page
    text: str
    shared: bool  # goes to the police with the next review; otherwise the CPS's own
    author: str
    created_at: str

    def to_feedback(self) -> dict[str, Any]:
        return {"page": self.page, "text": self.text, **({"area": list(self.area)} if self.area else {})}


def _note(row: ReviewNoteRow) -> ReviewNote:
    values = [float(v) for v in row.area.split()] if row.area else []
    area = (values[0], values[1], values[2], values[3]) if len(values) == 4 else None
    return ReviewNote(
        row.id, row.reference, row.sha256, row.page, area, row.text, row.shared, row.author, row.created_at
    )


def _feedback(row: FeedbackRow, urn: str) -> Feedback:
    return Feedback(
        row.id,
        urn,
        row.kind,
        row.submission_id,
        row.author,
        row.issued_at,
        json.loads(row.signed),
        row.seen,
        [
            FeedbackAction(a.feedback_id, a.key, a.kind, a.text, a.target_date, a.state, json.loads(a.answered_by))
            for a in row.actions
        ],
    )


def _actions_of(body: dict[str, Any]) -> list[tuple[str, str, str, str | None]]:
    """The to-do list a piece of feedback gives the police: every task, every request, and every item the reviewer
    wrote a note on or marked as needing action (keyed by the item's reference, with the page), and every note the
    reviewer shared on a page of an item."""
    found: list[tuple[str, str, str, str | None]] = []
    for item in body.get("items", []):
        if item.get("note") or item.get("status") == "needs_action":
            page = f" (page {item['page']})" if item.get("page") else ""
            note = item.get("note") or "needs action"
            found.append((item["reference"], "note", f"{item['reference']}{page}: {note}", None))
        for number, on_page in enumerate(item.get("notes", []), 1):  # notes the reviewer wrote on pages
            text = f"{item['reference']} (page {on_page['page']}): {on_page['text']}"
            found.append((f"{item['reference']}:note{number}", "note", text, None))
    for task in body.get("tasks", []):
        found.append((task["id"], "task", task["text"], task.get("target_date")))
    for request in body.get("requests", []):
        who = f" — {request['witness']}" if request.get("witness") else ""
        where = f" — {request['location']}" if request.get("location") else ""
        kind = REQUEST_LABELS.get(request["type"], request["type"].replace("_", " "))
        text = f"{kind}: {request['description']}{who}{where}"
        found.append((request["id"], "request", text, request.get("target_date")))
    return found


class ReviewStore(Store):
    @staticmethod
    def _case(session: Session, urn: str) -> CaseRow:
        row: CaseRow = case_by_urn(session, urn)
        return row

    # ------------------------------------------------------------------ feedback
    def record_feedback(self, signed: dict[str, Any], *, seen: bool = False) -> bool:
        """Keeps feedback the hub signed (checked by the caller); False if it was already here."""
        body = signed["feedback"]
        with transaction(self._factory) as session:
            if session.get(FeedbackRow, body["id"]) is not None:
                return False
            case = self._case(session, body["urn"])
            now = self.clock.stamp()
            row = FeedbackRow(
                id=body["id"],
                case_id=case.id,
                kind=body["kind"],
                submission_id=body.get("submission_id"),
                author=body["author"],
                issued_at=body["issued_at"],
                signed=json.dumps(signed, sort_keys=True),
                received_at=now,
                seen=seen,
                actions=[
                    FeedbackActionRow(
                        key=key,
                        kind=kind,
                        text=text,
                        target_date=target,
                        state="open",
                        answered_by="[]",
                        updated_at=now,
                    )
                    for key, kind, text, target in _actions_of(body)
                ],
            )
            session.add(row)
            self._record(
                session,
                action="feedback.recorded",
                entity="feedback",
                entity_id=body["id"],
                case_urn=case.urn,
                after={"kind": body["kind"], "author": body["author"], "actions": len(row.actions)},
            )
            return True

    def feedback(self, urn: str) -> list[Feedback]:
        with self._factory() as session:
            case = self._case(session, urn)
            rows = session.scalars(
                select(FeedbackRow)
                .options(selectinload(FeedbackRow.actions))
                .where(FeedbackRow.case_id == case.id)
                .order_by(FeedbackRow.issued_at)
            ).all()
            return [_feedback(r, case.urn) for r in rows]

    def unseen(self) -> int:
        with self._factory() as session:
            return len(session.scalars(select(FeedbackRow.id).where(FeedbackRow.seen.is_(False))).all())

    def mark_seen(self, urn: str) -> None:
        with transaction(self._factory) as session:
            case = self._case(session, urn)
            for row in session.scalars(select(FeedbackRow).where(FeedbackRow.case_id == case.id)):
                row.seen = True

    def _action(self, session: Session, urn: str, feedback_id: str, key: str) -> tuple[CaseRow, FeedbackActionRow]:
        case = self._case(session, urn)
        row = session.scalars(
            select(FeedbackActionRow)
            .join(FeedbackRow)
            .where(
                FeedbackRow.case_id == case.id,
                FeedbackActionRow.feedback_id == feedback_id,
                FeedbackActionRow.key == key,
            )
        ).first()
        if row is None:
            raise NotFoundError(f"There is no action {key} in feedback {feedback_id} on {case.urn}.")
        return case, row

    def open_actions(self, urn: str) -> list[FeedbackAction]:
        return [a for f in self.feedback(urn) for a in f.actions if a.state in ("open", "answered")]

    def answer(self, urn: str, feedback_id: str, key: str, references: list[str]) -> FeedbackAction:
        """Links exhibits to a request or task; they go with the next submission as its answer."""
        with transaction(self._factory) as session:
            case, row = self._action(session, urn, feedback_id, key)
            before = row.state
            row.answered_by = json.dumps(sorted(set(references)))
            row.state = "answered" if references else "open"
            row.updated_at = self.clock.stamp()
            self._record(
                session,
                action="feedback.answered",
                entity="feedback_action",
                entity_id=f"{feedback_id}/{key}",
                case_urn=case.urn,
                before={"state": before},
                after={"state": row.state, "exhibits": json.loads(row.answered_by)},
            )
            return FeedbackAction(
                row.feedback_id, row.key, row.kind, row.text, row.target_date, row.state, json.loads(row.answered_by)
            )

    def set_action_state(self, urn: str, feedback_id: str, key: str, state: str) -> None:
        with transaction(self._factory) as session:
            case, row = self._action(session, urn, feedback_id, key)
            before, row.state, row.updated_at = row.state, state, self.clock.stamp()
            self._record(
                session,
                action="feedback.action_state",
                entity="feedback_action",
                entity_id=f"{feedback_id}/{key}",
                case_urn=case.urn,
                before={"state": before},
                after={"state": state},
            )

    # ------------------------------------------------------------------ item verdicts (reviewer)
    def set_item(
        self, urn: str, reference: str, sha256: str, status: str, note: str = "", page: int | None = None
    ) -> ItemReview:
        if status not in REVIEW_STATES:
            raise ValidationError("status", f"An item review is one of {', '.join(REVIEW_STATES)}, not '{status}'.")
        with transaction(self._factory) as session:
            case = self._case(session, urn)
            row = session.scalars(
                select(ItemReviewRow).where(ItemReviewRow.case_id == case.id, ItemReviewRow.reference == reference)
            ).first()
            before = {"status": row.status, "note": row.note} if row else None
            if row is None:
                row = ItemReviewRow(case_id=case.id, reference=reference)
                session.add(row)
            row.sha256, row.status, row.note, row.page = sha256, status, note, page
            row.author, row.updated_at = self.actor, self.clock.stamp()
            self._record(
                session,
                action="review.item",
                entity="exhibit",
                entity_id=reference,
                case_urn=case.urn,
                before=before,
                after={"status": status, "note": note, **({"page": page} if page else {})},
            )
            return ItemReview(reference, sha256, status, note, row.author, row.updated_at, page)

    # ------------------------------------------------------------------ notes on pages (reviewer)
    def add_note(
        self,
        urn: str,
        reference: str,
        sha256: str,
        page: int,
        text: str,
        *,
        area: tuple[float, float, float, float] | None = None,
        shared: bool = False,
    ) -> ReviewNote:
        """A highlight and note on page `page` (1-based) of an item; audited."""
        words = text.strip()
        if not words:
            raise ValidationError("note", "Write what the note says.")
        if len(words) > 4000:
            raise ValidationError("note", "A note is limited to 4,000 characters.")
        if page < 1:
            raise ValidationError("page", "Pages are numbered from 1.")
        if area is not None and (area[2] <= area[0] or area[3] <= area[1]):
            raise ValidationError("area", "The highlighted area is empty.")
        with transaction(self._factory) as session:
            case = self._case(session, urn)
            row = ReviewNoteRow(
                case_id=case.id,
                reference=reference,
                sha256=sha256,
                page=page,
                area=" ".join(f"{v:.1f}" for v in area) if area else "",
                text=words,
                shared=shared,
                author=self.actor,
                created_at=self.clock.stamp(),
            )
            session.add(row)
            session.flush()
            self._record(
                session,
                action="review.note_added",
                entity="exhibit",
                entity_id=reference,
                case_urn=case.urn,
                after={"note": row.id, "page": page, "shared": shared, "text": words},
            )
            return _note(row)

    def notes(self, urn: str, reference: str | None = None) -> list[ReviewNote]:
        """The notes on a case's items (or one item's), by item, page and when they were written."""
        with self._factory() as session:
            case = self._case(session, urn)
            query = select(ReviewNoteRow).where(ReviewNoteRow.case_id == case.id)
            if reference is not None:
                query = query.where(ReviewNoteRow.reference == reference)
            rows = session.scalars(query.order_by(ReviewNoteRow.reference, ReviewNoteRow.page, ReviewNoteRow.id))
            return [_note(row) for row in rows]

    def delete_note(self, urn: str, note_id: int) -> None:
        with transaction(self._factory) as session:
            case = self._case(session, urn)
            row = session.get(ReviewNoteRow, note_id)
            if row is None or row.case_id != case.id:
                raise NotFoundError(f"There is no note {note_id} on {case.urn}.")
            self._record(
                session,
                action="review.note_deleted",
                entity="exhibit",
                entity_id=row.reference,
                case_urn=case.urn,
                before={"note": row.id, "page": row.page, "shared": row.shared, "text": row.text},
            )
            session.delete(row)

    def items(self, urn: str) -> dict[str, ItemReview]:
        with self._factory() as session:
            case = self._case(session, urn)
            rows = session.scalars(select(ItemReviewRow).where(ItemReviewRow.case_id == case.id)).all()
            return {
                r.reference: ItemReview(r.reference, r.sha256, r.status, r.note, r.author, r.updated_at, r.page)
                for r in rows
            }
