"""`casebridge login|submit|outbox|receipt …`: the police side of the exchange with the hub."""

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
    read_password,
)


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    login = commands.add_parser(
        "login", help="sign in to the hub (password read from standard input)", parents=[common]
    )
    login.add_argument("hub_url", help="https:// address of the hub")
    login.add_argument("--user", required=True)

    submit = commands.add_parser(
        "submit", help="check readiness, then send the case to the hub and keep the receipt", parents=[common]
    )
    submit.add_argument("urn")
    submit.add_argument("--queue-only", action="store_true", help="put it in the outbox without sending now")
    submit.add_argument("--limit-kbit", type=int, help="bandwidth cap in kilobits per second")

    outbox = commands.add_parser("outbox", help="list submissions; --resume sends what is unfinished", parents=[common])
    outbox.add_argument("--resume", action="store_true")
    outbox.add_argument("--urn")
    outbox.add_argument("--json", action="store_true")
    outbox.add_argument("--limit-kbit", type=int)
    receipt = commands.add_parser("receipt", help="check and export hub receipts", parents=[common])
    receipt_cmds = receipt.add_subparsers(dest="receipt_command", metavar="ACTION", required=True)
    verify = receipt_cmds.add_parser("verify", help="check a receipt file's signature (exit 1 if it fails)")
    verify.add_argument("file")
    verify.add_argument("--hub-key", help="the hub's receipt key id the signature must come from")
    export = receipt_cmds.add_parser("export", help="write a submission's signed receipt to a file", parents=[common])
    export.add_argument("submission_id")
    export.add_argument("--out", required=True)


def _login(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    out.write(run.services.exchange.login(args.hub_url, args.user, read_password(f"Password for {args.user}: ")) + "\n")
    return EXIT_OK


def _send(run: Run, submission_id: str, limit: int | None, out: TextIO) -> Any:
    exchange = run.services.exchange
    options = exchange.send_options(**({"limit_kbit": limit} if limit is not None else {}))
    bar = ProgressLine()
    try:
        return exchange.send(submission_id, options=options, progress=bar)
    finally:
        bar.close()


def _summary(submission: Any) -> str:
    if submission.receipt is None:
        return f"{submission.id}  {submission.urn}  {submission.state}  {submission.problem}".rstrip()
    items = submission.receipt["receipt"]["items"]
    counts = {s: sum(1 for i in items if i["status"] == s) for s in ("received", "refused", "not_received")}
    return (
        f"{submission.id}  {submission.urn}  receipted {submission.completed_at} by hub key {submission.receipt_key}: "
        f"{counts['received']} received, {counts['refused']} refused, {counts['not_received']} not received"
    )


def _print_receipt(submission: Any, out: TextIO) -> None:
    out.write(_summary(submission) + "\n")
    if submission.receipt:
        for item in submission.receipt["receipt"]["items"]:
            what = item.get("recognised_type") or ""
            reason = f" — {item['reason']}" if item.get("reason") else ""
            out.write(f"  {item['status']:<12} {item['reference']:<14} {item['sha256'][:16]}  {what}{reason}\n")


def _submit(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    submission = run.services.exchange.queue(args.urn)
    out.write(
        f"{submission.urn}: submission {submission.id} queued ({len(submission.items)} file(s), "
        f"{submission.bytes_total} bytes)\n"
    )
    out.flush()
    if args.queue_only:
        return EXIT_OK
    done = _send(run, submission.id, args.limit_kbit, out)
    _print_receipt(done, out)
    return EXIT_OK if all(i["status"] == "received" for i in done.receipt["receipt"]["items"]) else EXIT_ERROR


def _outbox(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    if args.resume:
        failures = 0
        for submission in ws.outbox.listing(args.urn, open_only=True):
            out.write(f"Resuming {submission.id} ({submission.urn})\n")
            out.flush()
            try:
                _print_receipt(_send(run, submission.id, args.limit_kbit, out), out)
            except Exception as exc:  # one stuck submission does not stop the others
                from casebridge.errors import CasebridgeError

                if not isinstance(exc, CasebridgeError):
                    raise
                failures += 1
                out.write(f"  stopped: {exc}\n")
        return EXIT_ERROR if failures else EXIT_OK
    listing = ws.outbox.listing(args.urn)
    if args.json:
        json.dump(
            [
                {
                    "id": s.id,
                    "urn": s.urn,
                    "state": s.state,
                    "problem": s.problem,
                    "bytes_total": s.bytes_total,
                    "bytes_sent": s.bytes_sent,
                    "created_at": s.created_at,
                    "completed_at": s.completed_at,
                    "items": [i.__dict__ for i in s.items],
                    "receipt": s.receipt,
                }
                for s in listing
            ],
            out,
            indent=2,
        )
        out.write("\n")
        return EXIT_OK
    for submission in listing:
        out.write(_summary(submission) + f"  [{submission.bytes_sent}/{submission.bytes_total} bytes]\n")
    if not listing:
        out.write("The outbox is empty.\n")
    return EXIT_OK


def _receipt_verify(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.exchange.keys import SignatureError
    from casebridge.exchange.receipts import verify_receipt

    path = Path(args.file)
    try:
        data = json.loads(path.read_text("utf-8"))
        signed = verify_receipt(data, {args.hub_key} if args.hub_key else None)
    except (OSError, ValueError, SignatureError) as exc:
        out.write(f"{path.name}: NOT VERIFIED: {exc}\n")
        return EXIT_ERROR
    receipt = signed.receipt
    received = sum(1 for i in receipt.items if i.status == "received")
    out.write(
        f"{path.name}: verified — signed by hub key {signed.signature.key_id} ({receipt.hub}) at {receipt.issued_at}; "
        f"{receipt.urn}: {received} of {len(receipt.items)} item(s) received\n"
    )
    for item in receipt.items:
        if item.status != "received":
            out.write(f"  {item.status:<12} {item.reference}: {item.reason}\n")
    return EXIT_OK


def _receipt_export(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    submission = run.workspace.outbox.get(args.submission_id)
    if submission.receipt is None:
        out.write(f"Submission {submission.id} has no receipt yet ({submission.state}).\n")
        return EXIT_ERROR
    target = Path(args.out)
    target.write_text(json.dumps(submission.receipt, indent=2, sort_keys=True), "utf-8")
    out.write(f"{target}\n")
    return EXIT_OK


HANDLERS: Handlers = {
    ("login", None): _login,
    ("submit", None): _submit,
    ("outbox", None): _outbox,
    ("receipt", "verify"): _receipt_verify,
    ("receipt", "export"): _receipt_export,
}
