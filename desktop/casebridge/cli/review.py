"""`casebridge inbox|review|feedback …`: the CPS review loop."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from casebridge.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    Handlers,
    ProgressLine,
    Run,
    print_json,
)


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    inbox = commands.add_parser(
        "inbox", help="CPS: received submissions you may review; --open downloads one", parents=[common]
    )
    inbox.add_argument("--state", choices=("new", "in_review", "needs_action", "decided", "rejected"))
    inbox.add_argument("--category", choices=("red", "green_priority", "green"))
    inbox.add_argument("--force", help="two-digit force code")
    inbox.add_argument(
        "--custody-hours", type=float, help="only cases whose custody time limit is within this many hours"
    )
    inbox.add_argument("--open", metavar="SUBMISSION", help="download this submission into the workspace (verified)")
    inbox.add_argument("--json", action="store_true")

    review = commands.add_parser("review", help="CPS: record your verdict on an item", parents=[common])
    review_cmds = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    item = review_cmds.add_parser("item", help="mark an item reviewed, accepted or needing action", parents=[common])
    item.add_argument("urn")
    item.add_argument("reference")
    item.add_argument("--status", required=True, choices=("reviewed", "accepted", "needs_action"))
    item.add_argument("--note", default="")
    note = review_cmds.add_parser(
        "note", help="a note on a page of an item, on a highlighted area or the whole page", parents=[common]
    )
    note.add_argument("urn")
    note.add_argument("reference")
    note.add_argument("--page", type=int, required=True, help="the item's page (from 1)")
    note.add_argument("--text", required=True)
    note.add_argument("--area", default="", metavar="X0,Y0,X1,Y1", help="the highlighted area in PDF points")
    note.add_argument("--shared", action="store_true", help="goes to the police with the next review")
    notes = review_cmds.add_parser("notes", help="the notes on a case's items, by item and page", parents=[common])
    notes.add_argument("urn")
    notes.add_argument("reference", nargs="?", default=None)
    notes.add_argument("--json", action="store_true")
    delete = review_cmds.add_parser("delete-note", help="delete one of your notes", parents=[common])
    delete.add_argument("urn")
    delete.add_argument("note_id", type=int, metavar="NOTE-ID")

    feedback = commands.add_parser("feedback", help="CPS feedback: send, list, answer", parents=[common])
    feedback_cmds = feedback.add_subparsers(dest="feedback_command", metavar="ACTION", required=True)
    send = feedback_cmds.add_parser("send", help="send feedback (feedback-v1 JSON) on a case", parents=[common])
    send.add_argument("urn")
    send.add_argument("--file", help="the feedback JSON; without it, a review of your item verdicts")
    send.add_argument("--submission", help="the submission the feedback is about")
    listing = feedback_cmds.add_parser(
        "list", help="fetch new feedback from the hub and list a case's", parents=[common]
    )
    listing.add_argument("urn")
    listing.add_argument("--offline", action="store_true", help="do not ask the hub; list what is here")
    listing.add_argument("--json", action="store_true")
    answer = feedback_cmds.add_parser(
        "answer", help="link exhibits to a request; they go with the next submission", parents=[common]
    )
    answer.add_argument("urn")
    answer.add_argument("feedback_id")
    answer.add_argument("request")
    answer.add_argument("--exhibit", action="append", default=[], required=True)


def _inbox(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.exchange.review import download_submission, inbox

    ws = run.workspace
    with run.services.hub_client() as client:
        if args.open:
            bar = ProgressLine()
            try:
                got = download_submission(ws, client, args.open, progress=bar)
            finally:
                bar.close()
            verb = "created" if got.created else "updated"
            out.write(
                f"{got.urn} {verb} from submission {got.submission_id}: {len(got.added)} new item(s) "
                f"({', '.join(got.added) or 'none'}); {got.files} file(s) fetched, every SHA-256 checked\n"
            )
            return EXIT_OK
        rows = inbox(
            client, state=args.state, category=args.category, force=args.force, custody_within_hours=args.custody_hours
        )
    if args.json:
        json.dump([r.model_dump() for r in rows], out, indent=2)
        out.write("\n")
        return EXIT_OK
    for row in rows:
        custody = f"custody until {row.custody_expiry[:16]}" if row.custody_expiry else ""
        answers = f"answers {row.answers} request(s)" if row.answers else ""
        out.write(
            f"{row.submission_id}  {row.urn}  {row.review_state:<12} {row.category or '-':<14} "
            f"{row.created_at[:16]}  {row.title[:40]}  {custody}  {answers}".rstrip()
            + "\n"
        )
    if not rows:
        out.write("Nothing to review.\n")
    return EXIT_OK


def _review_item(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    exhibit = ws.exhibits.find_by_reference(args.urn, args.reference)
    verdict = ws.review.set_item(args.urn, exhibit.reference, exhibit.sha256, args.status, args.note)
    out.write(f"{args.urn} {verdict.reference}: {verdict.status}\n")
    return EXIT_OK


def _review_note(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.errors import ValidationError

    ws = run.workspace
    exhibit = ws.exhibits.find_by_reference(args.urn, args.reference)
    area = None
    if args.area:
        try:
            x0, y0, x1, y1 = (float(v) for v in args.area.split(","))
        except ValueError:
            raise ValidationError("area", f"'{args.area}' is not an area: write X0,Y0,X1,Y1 in points.") from None
        area = (x0, y0, x1, y1)
    made = ws.review.add_note(
        args.urn, exhibit.reference, exhibit.sha256, args.page, args.text, area=area, shared=args.shared
    )
    who = "shared with the police in the next review" if made.shared else "private to the CPS"
    out.write(f"Note {made.id} on {made.reference} page {made.page} ({who})\n")
    return EXIT_OK


def _review_notes(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    urn = ws.cases.get_case(args.urn).urn
    reference = ws.exhibits.find_by_reference(urn, args.reference).reference if args.reference else None
    found = ws.review.notes(urn, reference)
    if args.json:
        print_json([{**note.__dict__, "area": list(note.area) if note.area else None} for note in found], out)
        out.write("\n")
        return EXIT_OK
    current = ""
    for note in found:
        if note.reference != current:
            current = note.reference
            out.write(f"{current}\n")
        where = "whole page" if note.area is None else "area " + ",".join(f"{v:g}" for v in note.area)
        shared = "shared" if note.shared else "private"
        out.write(f"  [{note.id}] page {note.page}, {where} ({shared}, {note.author}): {note.text}\n")
    if not found:
        out.write(f"No notes on {reference or urn}.\n")
    return EXIT_OK


def _review_delete_note(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    run.workspace.review.delete_note(args.urn, args.note_id)
    out.write(f"Note {args.note_id} deleted\n")
    return EXIT_OK


def _feedback_send(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.exchange.review import review_feedback, send_feedback

    ws = run.workspace
    urn = args.urn.strip().upper()
    if args.file:
        try:
            body = json.loads(Path(args.file).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            out.write(f"{args.file}: cannot be read as JSON: {exc}\n")
            return EXIT_ERROR
        body.setdefault("urn", urn)
        if args.submission:
            body.setdefault("submission_id", args.submission)
    else:
        body = review_feedback(ws, urn, args.submission)
    with run.services.hub_client() as client:
        signed = send_feedback(ws, client, body)
    out.write(
        f"{urn}: {signed.feedback['kind']} feedback {signed.feedback['id']} sent and signed by hub key "
        f"{signed.signature.key_id}\n"
    )
    return EXIT_OK


def _feedback_list(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.exchange.review import fetch_feedback

    ws = run.workspace
    urn = ws.cases.get_case(args.urn).urn
    new: list[str] = []
    if not args.offline:
        with run.services.hub_client() as client:
            new = fetch_feedback(ws, client, [urn])
    items = ws.review.feedback(urn)
    if args.json:
        json.dump(
            [{**f.body, "actions": [a.__dict__ for a in f.actions], "new": f.id in new} for f in items], out, indent=2
        )
        out.write("\n")
        return EXIT_OK
    for item in items:
        mark = "NEW " if item.id in new else ""
        summary = item.body.get("summary", "")
        out.write(f"{mark}{item.issued_at[:16]}  {item.kind:<12} {item.author}  {item.id}  {summary}".rstrip() + "\n")
        for action in item.actions:
            due = f" (by {action.target_date})" if action.target_date else ""
            answered = f" ← {', '.join(action.answered_by)}" if action.answered_by else ""
            out.write(f"    [{action.state}] {action.key}: {action.text}{due}{answered}\n")
    if not items:
        out.write(f"No feedback on {urn}.\n")
    return EXIT_OK


def _feedback_answer(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    urn = ws.cases.get_case(args.urn).urn
    references = [ws.exhibits.find_by_reference(urn, r).reference for r in args.exhibit]
    action = ws.review.answer(urn, args.feedback_id, args.request, references)
    out.write(f"{urn} {action.key}: answered by {', '.join(action.answered_by)}; goes with the next submission\n")
    return EXIT_OK


HANDLERS: Handlers = {
    ("inbox", None): _inbox,
    ("review", "item"): _review_item,
    ("review", "note"): _review_note,
    ("review", "notes"): _review_notes,
    ("review", "delete-note"): _review_delete_note,
    ("feedback", "send"): _feedback_send,
    ("feedback", "list"): _feedback_list,
    ("feedback", "answer"): _feedback_answer,
}
