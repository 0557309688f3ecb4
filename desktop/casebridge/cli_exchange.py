"""CLI for the exchange: the hub (`hub serve|dev-cert|user add`), sign-in, submitting, the outbox and receipts.
Registered into `casebridge.cli`'s parser and handler table."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any, TextIO

EXIT_OK, EXIT_ERROR = 0, 1


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    hub = commands.add_parser("hub", help="run the receiving hub and manage its users")
    hub_cmds = hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)
    serve = hub_cmds.add_parser("serve", help="serve the hub over HTTPS")
    serve.add_argument("--config", metavar="FILE.json", help="hub settings file (see docs/api/README.md, Settings)")
    serve.add_argument("--data", metavar="DIR", help="data folder (blobs, uploads, receipt key, SQLite database)")
    serve.add_argument("--database", metavar="URL", help="PostgreSQL address for production (default: SQLite)")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8443)")
    serve.add_argument("--cert", help="server certificate (PEM)")
    serve.add_argument("--key", help="server private key (PEM)")
    serve.add_argument("--workers", type=int, default=1, help="worker processes")
    devcert = hub_cmds.add_parser("dev-cert", help="make a local CA and a server certificate for a pilot or tests")
    devcert.add_argument("folder")
    devcert.add_argument("--host", action="append", help="host name or address (repeatable; default localhost)")
    openapi = hub_cmds.add_parser("openapi", help="write the hub's OpenAPI description (docs/api/openapi.json)")
    openapi.add_argument("--out", required=True)
    user = hub_cmds.add_parser("user", help="hub users (built-in sign-in)")
    user_cmds = user.add_subparsers(dest="hub_user_command", metavar="ACTION", required=True)
    add = user_cmds.add_parser("add", help="add or update a user; the password is read from standard input")
    add.add_argument("username")
    add.add_argument("--role", choices=("police", "cps", "admin"), required=True)
    add.add_argument("--force", help="two-digit force code (police users)")
    for parser in (add,):
        parser.add_argument("--config", metavar="FILE.json")
        parser.add_argument("--data", metavar="DIR")
        parser.add_argument("--database", metavar="URL")

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

    add_review_parsers(commands, common)
    add_letter_parsers(commands, common)

    receipt = commands.add_parser("receipt", help="check and export hub receipts", parents=[common])
    receipt_cmds = receipt.add_subparsers(dest="receipt_command", metavar="ACTION", required=True)
    verify = receipt_cmds.add_parser("verify", help="check a receipt file's signature (exit 1 if it fails)")
    verify.add_argument("file")
    verify.add_argument("--hub-key", help="the hub's receipt key id the signature must come from")
    export = receipt_cmds.add_parser("export", help="write a submission's signed receipt to a file", parents=[common])
    export.add_argument("submission_id")
    export.add_argument("--out", required=True)


def add_review_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
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


def _inbox(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.cli import _open, _ProgressLine
    from casebridge.exchange.review import download_submission, inbox
    from casebridge.exchange.submit import client_for

    ws = _open(args)
    with client_for(ws) as client:
        if args.open:
            bar = _ProgressLine()
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


def _review_item(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.cli import _open

    ws = _open(args)
    exhibit = ws.exhibits.find_by_reference(args.urn, args.reference)
    verdict = ws.review.set_item(args.urn, exhibit.reference, exhibit.sha256, args.status, args.note)
    out.write(f"{args.urn} {verdict.reference}: {verdict.status}\n")
    return EXIT_OK


def _feedback_send(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.cli import _open
    from casebridge.exchange.review import review_feedback, send_feedback
    from casebridge.exchange.submit import client_for

    ws = _open(args)
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
    with client_for(ws) as client:
        signed = send_feedback(ws, client, body)
    out.write(
        f"{urn}: {signed.feedback['kind']} feedback {signed.feedback['id']} sent and signed by hub key "
        f"{signed.signature.key_id}\n"
    )
    return EXIT_OK


def _feedback_list(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.cli import _open
    from casebridge.exchange.review import fetch_feedback
    from casebridge.exchange.submit import client_for

    ws = _open(args)
    urn = ws.cases.get_case(args.urn).urn
    new: list[str] = []
    if not args.offline:
        with client_for(ws) as client:
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


def _feedback_answer(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.cli import _open

    ws = _open(args)
    urn = ws.cases.get_case(args.urn).urn
    references = [ws.exhibits.find_by_reference(urn, r).reference for r in args.exhibit]
    action = ws.review.answer(urn, args.feedback_id, args.request, references)
    out.write(f"{urn} {action.key}: answered by {', '.join(action.answered_by)}; goes with the next submission\n")
    return EXIT_OK


def add_letter_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    letters = commands.add_parser(
        "letters", help="letters to victims and witnesses in their language", parents=[common]
    )
    letter_cmds = letters.add_subparsers(dest="letters_command", metavar="ACTION", required=True)
    render = letter_cmds.add_parser("render", help="write a letter as PDF (Welsh, English or both)", parents=[common])
    render.add_argument("urn")
    render.add_argument("--person", required=True, help="the person's id or surname")
    render.add_argument("--kind", default="witness-dates")
    render.add_argument("--language", choices=("en", "cy", "both"), help="default: the person's own preference")
    render.add_argument("--out", required=True)


def _letters_render(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.cli import _open
    from casebridge.errors import ValidationError
    from casebridge.forms.letters import languages_for, letter_data, render_letter

    ws = _open(args)
    case = ws.cases.get_case(args.urn)
    wanted = args.person.strip()
    matches = [p for p in case.people if str(p.id) == wanted or p.surname.lower() == wanted.lower()]
    if len(matches) != 1:
        raise ValidationError("person", f"'{wanted}' names {len(matches)} people on {case.urn}: give the id.")
    person = matches[0]
    assert person.id is not None
    Path(args.out).write_bytes(render_letter(ws, case.urn, person.id, args.kind, args.language))
    versions = languages_for(args.language or letter_data(ws, case.urn, person.id)["language"])
    names = {"cy": "Welsh", "en": "English"}
    out.write(
        f"{args.out}: {args.kind} letter to {person.forenames} {person.surname} in "
        f"{' then '.join(names[v] for v in versions)}\n"
    )
    return EXIT_OK


def _hub_config(args: argparse.Namespace) -> Any:
    from casebridge.hub.config import HubConfig

    return HubConfig.load(
        Path(args.config) if args.config else None,
        data_dir=args.data,
        database_url=args.database,
        **{
            k: v
            for k, v in {
                "host": getattr(args, "host", None),
                "port": getattr(args, "port", None),
                "certificate": getattr(args, "cert", None),
                "private_key": getattr(args, "key", None),
            }.items()
            if v is not None
        },
    )


def _hub_serve(args: argparse.Namespace, out: TextIO) -> int:
    try:
        from casebridge.hub.server import serve
    except ImportError as exc:
        from casebridge.errors import CasebridgeError

        raise CasebridgeError(
            f"The hub is not part of this installation ({exc.name} is missing): "
            "install 'casebridge[hub]' on the server."
        ) from None

    config = _hub_config(args)
    out.write(f"Casebridge hub on https://{config.host}:{config.port} (data in {config.data_dir})\n")
    out.flush()
    serve(config, workers=args.workers)
    return EXIT_OK


def _hub_dev_cert(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.exchange.devcert import make_dev_certificates

    made = make_dev_certificates(Path(args.folder), args.host)
    out.write(
        f"CA certificate   {made.ca_certificate}  (clients: set 'Trusted certificates' to this file)\n"
        f"Server certificate {made.certificate}\nServer key       {made.private_key}\n"
    )
    return EXIT_OK


def openapi_document() -> dict[str, Any]:
    import tempfile

    from casebridge.hub.app import create_app
    from casebridge.hub.config import HubConfig

    with tempfile.TemporaryDirectory() as folder:
        app = create_app(HubConfig(data_dir=Path(folder)))
        document: dict[str, Any] = app.openapi()
        app.state.hub.engine.dispose()
    return document


def _hub_openapi(args: argparse.Namespace, out: TextIO) -> int:
    Path(args.out).write_text(json.dumps(openapi_document(), indent=2, sort_keys=True) + "\n", "utf-8")
    out.write(f"{args.out}\n")
    return EXIT_OK


def _password(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\n")


def _hub_user_add(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.hub.auth import add_user
    from casebridge.hub.db import connect

    config = _hub_config(args)
    config.data_dir.mkdir(parents=True, exist_ok=True)
    engine = connect(config.database)
    add_user(engine, args.username, _password(f"Password for {args.username}: "), args.role, args.force)
    out.write(f"{args.username} ({args.role}{', force ' + args.force if args.force else ''}) can sign in\n")
    return EXIT_OK


def _login(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.cli import _open
    from casebridge.exchange.submit import login

    ws = _open(args)
    out.write(login(ws, args.hub_url, args.user, _password(f"Password for {args.user}: ")) + "\n")
    return EXIT_OK


def _send(ws: Any, submission_id: str, limit: int | None, out: TextIO) -> Any:
    from casebridge.cli import _ProgressLine
    from casebridge.exchange.submit import send, send_options

    options = send_options(ws, **({"limit_kbit": limit} if limit is not None else {}))
    bar = _ProgressLine()
    try:
        return send(ws, submission_id, options=options, progress=bar)
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


def _submit(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.cli import _open
    from casebridge.exchange.submit import queue

    ws = _open(args)
    submission = queue(ws, args.urn)
    out.write(
        f"{submission.urn}: submission {submission.id} queued ({len(submission.items)} file(s), "
        f"{submission.bytes_total} bytes)\n"
    )
    out.flush()
    if args.queue_only:
        return EXIT_OK
    done = _send(ws, submission.id, args.limit_kbit, out)
    _print_receipt(done, out)
    return EXIT_OK if all(i["status"] == "received" for i in done.receipt["receipt"]["items"]) else EXIT_ERROR


def _outbox(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.cli import _open

    ws = _open(args)
    if args.resume:
        failures = 0
        for submission in ws.outbox.listing(args.urn, open_only=True):
            out.write(f"Resuming {submission.id} ({submission.urn})\n")
            out.flush()
            try:
                _print_receipt(_send(ws, submission.id, args.limit_kbit, out), out)
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


def _receipt_verify(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.exchange.keys import SignatureError
    from casebridge.exchange.outbox import verify_receipt

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


def _receipt_export(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.cli import _open

    submission = _open(args).outbox.get(args.submission_id)
    if submission.receipt is None:
        out.write(f"Submission {submission.id} has no receipt yet ({submission.state}).\n")
        return EXIT_ERROR
    target = Path(args.out)
    target.write_text(json.dumps(submission.receipt, indent=2, sort_keys=True), "utf-8")
    out.write(f"{target}\n")
    return EXIT_OK


HANDLERS = {
    ("hub", "serve"): _hub_serve,
    ("hub", "dev-cert"): _hub_dev_cert,
    ("hub", "user"): _hub_user_add,
    ("hub", "openapi"): _hub_openapi,
    ("login", None): _login,
    ("submit", None): _submit,
    ("outbox", None): _outbox,
    ("receipt", "verify"): _receipt_verify,
    ("receipt", "export"): _receipt_export,
    ("inbox", None): _inbox,
    ("review", "item"): _review_item,
    ("feedback", "send"): _feedback_send,
    ("feedback", "list"): _feedback_list,
    ("feedback", "answer"): _feedback_answer,
    ("letters", "render"): _letters_render,
}
