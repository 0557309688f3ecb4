"""`casebridge case …`, `offence search`, `audit …`: cases, their people and offences, the readiness check and
the audit log."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from casebridge.cli.common import (
    EXIT_ERROR,
    EXIT_INTEGRITY,
    EXIT_OK,
    Handlers,
    Run,
    err,
    print_json,
)


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    case = commands.add_parser("case", help="create, list, show and export cases", parents=[common])
    case_cmds = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    new = case_cmds.add_parser("new", help="create a case", parents=[common])
    new.add_argument("--urn", required=True, help="11-character URN, e.g. 01ZD0300108")
    new.add_argument("--title", default=None, help="short title, e.g. 'Theft from Boots, Queen St'")
    new.add_argument("--oic", dest="officer_in_case", default=None, help="officer in the case")
    new.add_argument("--crime-ref", dest="crime_reference", default=None, help="force crime reference")
    new.add_argument("--json", action="store_true", help="print the new case as JSON")
    lst = case_cmds.add_parser("list", help="list cases", parents=[common])
    lst.add_argument("--search", default="", help="words to match in URN, title, names or offences")
    lst.add_argument("--json", action="store_true")
    show = case_cmds.add_parser("show", help="show one case", parents=[common])
    show.add_argument("urn")
    show.add_argument("--json", action="store_true")
    export = case_cmds.add_parser("export", help="print the case as JSON", parents=[common])
    export.add_argument("urn")
    export.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    person = case_cmds.add_parser("add-person", help="add a person to a case", parents=[common])
    person.add_argument("urn")
    person.add_argument("--role", required=True, choices=["suspect", "defendant", "victim", "witness", "officer"])
    person.add_argument("--surname", required=True)
    person.add_argument("--forenames", default="")
    person.add_argument("--dob", dest="date_of_birth", default="", help="date of birth, dd/mm/yyyy")
    person.add_argument("--postcode", default="")
    person.add_argument("--pnc-id", dest="pnc_id", default="")
    person.add_argument("--cro", dest="cro_number", default="")
    person.add_argument("--asn", default="")
    person.add_argument("--collar", dest="collar_number", default="")
    offence = case_cmds.add_parser("add-offence", help="add an offence to a case", parents=[common])
    offence.add_argument("urn")
    offence.add_argument("--code", dest="cjs_code", required=True, help="CJS offence code, e.g. TH68010")
    offence.add_argument("--wording", default="")
    offence.add_argument("--from", dest="date_from", default="", help="date committed (from), dd/mm/yyyy")
    offence.add_argument("--to", dest="date_to", default="", help="date committed (to), dd/mm/yyyy")
    offence.add_argument("--location", default="")
    off = commands.add_parser("offence", help="search the CJS offence list", parents=[common])
    off_cmds = off.add_subparsers(dest="offence_command", metavar="ACTION", required=True)
    search = off_cmds.add_parser("search", help="find offences by code or words", parents=[common])
    search.add_argument("query", nargs="+")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true")
    work = commands.add_parser(
        "work",
        help="my work: custody clocks, CPS requests, the outbox, interrupted imports, recent cases",
        parents=[common],
    )
    work.add_argument("--json", action="store_true")
    work.add_argument("--offline", action="store_true", help="CPS: do not ask the hub for its inbox")
    aud = commands.add_parser("audit", help="check and read the audit log", parents=[common])
    aud_cmds = aud.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    aud_cmds.add_parser(
        "verify", help="check the whole audit chain; exit 3 naming any tampered event", parents=[common]
    )
    aud_log = aud_cmds.add_parser("log", help="show a case's audit events", parents=[common])
    aud_log.add_argument("urn")
    aud_log.add_argument("--json", action="store_true")
    check = case_cmds.add_parser("check", help="readiness check; exit 1 listing blocking errors", parents=[common])
    check.add_argument("urn")
    check.add_argument("--file-type", choices=["pre_charge", "gap", "ngap", "crown"], default=None)
    check.add_argument("--json", action="store_true")


def _work(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.worklist import KINDS, work_items

    ws = run.workspace
    inbox: list[Any] = []
    unreached = ""
    if ws.settings.hub_role == "cps" and not args.offline:  # a reviewer's day starts with the hub's inbox
        from casebridge.errors import CasebridgeError
        from casebridge.exchange.review import inbox as hub_inbox

        try:
            with run.services.hub_client() as client:
                inbox = hub_inbox(client)
        except (CasebridgeError, OSError) as exc:
            unreached = f"The hub's inbox was not reached ({exc}); the rest is from this workspace."
    if unreached:
        err(f"casebridge: {unreached}\n")
    items = work_items(ws, ws.clock.now(), inbox)
    if args.json:
        print_json(
            [{**item.__dict__, "due": item.due.isoformat(timespec="minutes") if item.due else None} for item in items],
            out,
        )
        return EXIT_OK
    headings = {
        "custody": "Custody clocks",
        "inbox": "CPS inbox: not yet opened",
        "request": "CPS requests waiting for an answer",
        "review": "Received: to review",
        "outbox": "Outbox",
        "import": "Interrupted imports",
        "readiness": "Not ready to submit",
        "recent": "Recent cases",
    }
    for kind in KINDS:
        mine = [item for item in items if item.kind == kind]
        if mine:
            out.write(f"{headings[kind]} ({len(mine)})\n")
            for item in mine:
                out.write(f"  {item.urn}  {item.detail}  — {item.title}\n")
    if not items:
        out.write("Nothing waiting: no cases yet.\n")
    return EXIT_OK


def _case_new(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.store.cases import case_record

    ws = run.workspace
    case = ws.cases.create_case(
        args.urn, title=args.title, officer_in_case=args.officer_in_case, crime_reference=args.crime_reference
    )
    if args.json:
        print_json(case_record(case), out)
    else:
        out.write(f"Created case {case.urn}\n")
    return EXIT_OK


def _case_list(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    summaries = ws.cases.list_cases(args.search)
    if args.json:
        print_json(
            [
                {
                    "urn": s.urn,
                    "title": s.title,
                    "status": s.status.value,
                    "defendants": s.defendants,
                    "offences": s.offences,
                    "updated_at": s.updated_at,
                }
                for s in summaries
            ],
            out,
        )
        return EXIT_OK
    if not summaries:
        out.write("No cases.\n")
    for s in summaries:
        out.write(f"{s.urn}  {s.status.label:<28} {s.title}  [{'; '.join(s.defendants)}]\n")
    return EXIT_OK


def _case_show(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.store.cases import case_record

    ws = run.workspace
    case = ws.cases.get_case(args.urn)
    if args.json:
        print_json(case_record(case), out)
        return EXIT_OK
    force = ws.reference.forces.name(case.force_code) or case.force_code
    out.write(f"URN        {case.urn}  ({force})\nTitle      {case.title}\nStatus     {case.status.label}\n")
    out.write(f"OIC        {case.officer_in_case}\nCrime ref  {case.crime_reference}\n")
    out.write(f"People ({len(case.people)}):\n")
    for p in case.people:
        dob = f"  born {p.date_of_birth:%d/%m/%Y}" if p.date_of_birth else ""
        out.write(f"  {p.role.label:<10} {p.display_name}{dob}\n")
    out.write(f"Offences ({len(case.offences)}):\n")
    for o in case.offences:
        out.write(f"  {o.cjs_code:<9} {o.title}\n")
    return EXIT_OK


def _case_export(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.store.casefile import case_file_record
    from casebridge.store.cases import case_record

    ws = run.workspace
    case = ws.cases.get_case(args.urn)
    record = case_record(case)
    record["case_file"] = case_file_record(ws.casefile.load(case.urn))
    if args.output:
        with Path(args.output).open("w", encoding="utf-8") as handle:
            print_json(record, handle)
    else:
        print_json(record, out)
    return EXIT_OK


def _case_add_person(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.domain.case import PERSON_FIELDS

    ws = run.workspace
    person = ws.cases.add_person(args.urn, {name: getattr(args, name) for name in PERSON_FIELDS})
    out.write(f"Added {person.role.label.lower()} {person.display_name} (id {person.id}) to {args.urn.upper()}\n")
    return EXIT_OK


def _case_add_offence(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    fields = ("cjs_code", "wording", "date_from", "date_to", "location")
    offence = ws.cases.add_offence(args.urn, {name: getattr(args, name) for name in fields})
    out.write(f"Added offence {offence.cjs_code} {offence.title} (id {offence.id}) to {args.urn.upper()}\n")
    return EXIT_OK


def _case_check(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge import readiness
    from casebridge.domain.view import CaseFileView

    ws = run.workspace
    view = CaseFileView.load(ws, args.urn)
    stage = args.file_type or readiness.file_type_of(view)
    findings = readiness.check(view, stage)
    errors = [f for f in findings if f.blocking]
    if args.json:
        print_json({"urn": view.case.urn, "file_type": stage, "findings": [f.__dict__ for f in findings]}, out)
        out.write("\n")
    else:
        out.write(f"{view.case.urn} as a {stage.replace('_', '-').upper()} file: ")
        out.write(f"{len(errors)} blocking error(s), {len(findings) - len(errors)} warning(s)\n")
        for finding in findings:
            out.write(f"  {finding.severity.upper():<7}  {finding.message}  [{finding.target}]\n")
    return EXIT_ERROR if errors else EXIT_OK


def _offence_search(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.app import load_reference
    from casebridge.settings import AppPaths, load_settings

    reference = load_reference(load_settings(AppPaths.resolve(getattr(args, "workspace", None))).settings)
    hits = reference.offences.search(" ".join(args.query), limit=args.limit)
    if args.json:
        print_json(
            [{"code": h.code, "title": h.title, "category": h.category, "recordable": h.recordable} for h in hits],
            out,
        )
    else:
        for h in hits:
            out.write(f"{h.code:<9} {h.category:<3} {h.title}\n")
        if not hits:
            out.write("No offences match.\n")
    return EXIT_OK


def _audit_verify(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    report = ws.verify_audit()
    if report.ok:
        out.write(f"Audit chain intact: {report.checked} events checked.\n")
        return EXIT_OK
    for problem in report.problems:
        err(f"casebridge: audit: {problem.message}\n")
    err(f"casebridge: audit chain BROKEN: {len(report.problems)} problem(s) in {report.checked} events.\n")
    return EXIT_INTEGRITY


def _audit_log(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    events = ws.cases.history(args.urn.strip().upper())
    if args.json:
        print_json([e.__dict__ for e in events], out)
        return EXIT_OK
    for e in events:
        out.write(f"{e.seq:>6} {e.at}  {e.actor:<16} {e.action:<18} {e.entity} {e.entity_id}\n")
    return EXIT_OK


HANDLERS: Handlers = {
    ("case", "new"): _case_new,
    ("case", "list"): _case_list,
    ("case", "show"): _case_show,
    ("case", "export"): _case_export,
    ("case", "add-person"): _case_add_person,
    ("case", "add-offence"): _case_add_offence,
    ("case", "check"): _case_check,
    ("offence", "search"): _offence_search,
    ("work", None): _work,
    ("audit", "verify"): _audit_verify,
    ("audit", "log"): _audit_log,
}
