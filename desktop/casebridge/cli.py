"""`casebridge` opens the GUI; subcommands do the same work headless.

Conventions for every command: `--workspace DIR` (or $CASEBRIDGE_WORKSPACE) selects an isolated workspace;
list/show commands take `--json`; errors print one line naming the problem and exit non-zero.
"""

from __future__ import annotations

import argparse
import codecs
import io
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO, cast

from casebridge import __version__
from casebridge.domain.text import terminal_text
from casebridge.errors import CasebridgeError, SettingsError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTEGRITY = 0, 1, 2, 3


def _workspace_parent() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--workspace",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="use the isolated workspace in DIR (database + vault); default: $CASEBRIDGE_WORKSPACE or your own",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _workspace_parent()
    parser = argparse.ArgumentParser(
        prog="casebridge",
        parents=[common],
        description="Build, redact, bundle and exchange police-to-CPS case files. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"casebridge {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation without opening a window; exit 1 naming any failed check",
    )
    parser.add_argument(
        "--require-media",
        action="store_true",
        help="with --self-test: fail (not just warn) when media preview (libvlc) is unavailable",
    )
    parser.add_argument("--open", metavar="FILE", default=None, help="open the app on FILE (a .cbcase case package)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

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

    aud = commands.add_parser("audit", help="check and read the audit log", parents=[common])
    aud_cmds = aud.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    aud_cmds.add_parser(
        "verify", help="check the whole audit chain; exit 3 naming any tampered event", parents=[common]
    )
    aud_log = aud_cmds.add_parser("log", help="show a case's audit events", parents=[common])
    aud_log.add_argument("urn")
    aud_log.add_argument("--json", action="store_true")

    ev = commands.add_parser("evidence", help="import and list exhibits", parents=[common])
    ev_cmds = ev.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    imp = ev_cmds.add_parser("import", help="import files and folders into a case", parents=[common])
    imp.add_argument("urn")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    imp.add_argument(
        "--producer", default=None, help="person on the case who produced the items (default: the officer)"
    )
    imp.add_argument("--no-derivatives", action="store_true", help="skip viewing proxies, OCR and PDF conversion")
    imp.add_argument("--json", action="store_true", help="print the per-item report as JSON")
    ev_list = ev_cmds.add_parser("list", help="list a case's exhibits", parents=[common])
    ev_list.add_argument("urn")
    ev_list.add_argument("--search", default="", help="words to find in references, descriptions and document text")
    ev_list.add_argument("--kind", choices=["video", "audio", "image", "document", "executable", "other"])
    ev_list.add_argument("--json", action="store_true")
    ev_show = ev_cmds.add_parser("show", help="one exhibit with its continuity log", parents=[common])
    ev_show.add_argument("urn")
    ev_show.add_argument("reference")
    ev_show.add_argument("--json", action="store_true")
    ev_handle = ev_cmds.add_parser("handled", help="add a continuity entry to an exhibit", parents=[common])
    ev_handle.add_argument("urn")
    ev_handle.add_argument("reference")
    ev_handle.add_argument("what", help="what was done, e.g. 'Booked into property store, locker 14'")
    ev_edit = ev_cmds.add_parser(
        "edit", help="change an exhibit's description, when it was seized, or its reference", parents=[common]
    )
    ev_edit.add_argument("urn")
    ev_edit.add_argument("reference")
    ev_edit.add_argument("--description", default=None, help="what the exhibit is and shows (MG6C wording)")
    ev_edit.add_argument("--seized", default=None, metavar="'DD/MM/YYYY HH:MM'", help="when it was seized or produced")
    ev_edit.add_argument("--new-reference", default=None, help="a new exhibit reference, e.g. SE/12")
    ev_cmds.add_parser("resume", help="finish imports interrupted by a crash or kill", parents=[common])
    ev_ocr = ev_cmds.add_parser(
        "ocr", help="make a searchable copy of a photographed or scanned document", parents=[common]
    )
    ev_ocr.add_argument("urn")
    ev_ocr.add_argument("reference")

    vault = commands.add_parser("vault", help="check the evidence vault", parents=[common])
    vault_cmds = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    vault_cmds.add_parser(
        "verify", help="re-hash every stored item; exit 3 naming any damaged exhibit", parents=[common]
    )

    db = commands.add_parser("database", help="shared database settings", parents=[common])
    db_cmds = db.add_subparsers(dest="database_command", metavar="ACTION", required=True)
    db_cmds.add_parser(
        "set-password",
        help="store the shared database's password in the system credential store (read from standard input)",
        parents=[common],
    )

    check = case_cmds.add_parser("check", help="readiness check; exit 1 listing blocking errors", parents=[common])
    check.add_argument("urn")
    check.add_argument("--file-type", choices=["pre_charge", "gap", "ngap", "crown"], default=None)
    check.add_argument("--json", action="store_true")

    forms = commands.add_parser("forms", help="list and render the case's MG forms", parents=[common])
    forms_cmds = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    forms_list = forms_cmds.add_parser("list", help="the forms this case can produce", parents=[common])
    forms_list.add_argument("urn")
    forms_render = forms_cmds.add_parser("render", help="render forms to PDF", parents=[common])
    forms_render.add_argument("urn")
    which = forms_render.add_mutually_exclusive_group(required=True)
    which.add_argument("--form", help="form key from 'forms list', e.g. MG5 or MG11:12")
    which.add_argument("--all", action="store_true", help="every form the audience may receive")
    forms_render.add_argument(
        "--audience", choices=["police", "cps", "defence"], default="cps", help="who the PDF is for (default cps)"
    )
    forms_render.add_argument("--out", required=True, help="PDF file (one form) or folder (--all)")

    redact = commands.add_parser("redact", help="suggest, apply and verify redactions", parents=[common])
    redact_cmds = redact.add_subparsers(dest="redact_command", metavar="ACTION", required=True)
    suggest = redact_cmds.add_parser("suggest", help="list what Casebridge suggests removing", parents=[common])
    suggest.add_argument("urn")
    suggest.add_argument("exhibit", help="exhibit reference, e.g. SE/3")
    suggest.add_argument("--stage", choices=["pre_charge", "served", "unused"], default="", help="policy stage")
    suggest.add_argument("--json", action="store_true")
    apply_cmd = redact_cmds.add_parser(
        "apply", help="make and verify the redacted copy (a new sub-exhibit)", parents=[common]
    )
    apply_cmd.add_argument("urn")
    apply_cmd.add_argument("exhibit")
    how = apply_cmd.add_mutually_exclusive_group(required=True)
    how.add_argument("--recipe", metavar="R.json", help="apply this recipe (its marks must be approved)")
    how.add_argument(
        "--accept-all-suggestions", action="store_true", help="accept and approve every suggestion, then apply"
    )
    apply_cmd.add_argument("--stage", choices=["pre_charge", "served", "unused"], default="")
    apply_cmd.add_argument("--json", action="store_true")
    recipe_cmd = redact_cmds.add_parser(
        "recipe", help="print an exhibit's recipe as JSON (a document's marks or a recording's masks)", parents=[common]
    )
    recipe_cmd.add_argument("urn")
    recipe_cmd.add_argument("exhibit")
    log_cmd = redact_cmds.add_parser("log", help="write the redaction log (CSV or PDF)", parents=[common])
    log_cmd.add_argument("urn")
    log_cmd.add_argument("--exhibit", default=None, help="one exhibit only (default: the whole case)")
    log_cmd.add_argument("--out", required=True, help="FILE.csv or FILE.pdf")
    media_cmd = redact_cmds.add_parser(
        "media", help="export a verified redacted copy of a video or audio exhibit", parents=[common]
    )
    media_cmd.add_argument("urn")
    media_cmd.add_argument("exhibit")
    media_cmd.add_argument("--recipe", required=True, metavar="R.json", help="media recipe (masks must be approved)")
    media_cmd.add_argument("--out", default=None, metavar="OUT.mp4", help="also write the copy here")
    media_cmd.add_argument("--json", action="store_true")
    detect_cmd = redact_cmds.add_parser(
        "detect", help="find faces in a video exhibit and add one track per person to its recipe", parents=[common]
    )
    detect_cmd.add_argument("urn")
    detect_cmd.add_argument("exhibit")
    detect_cmd.add_argument("--every", type=int, default=4, help="run the detector on every Nth frame (default 4)")
    detect_cmd.add_argument("--hold", type=float, default=1.0, help="fail-secure hold in seconds (default 1)")
    detect_cmd.add_argument("--thumbnails", default=None, metavar="DIR", help="write a picture of each person")
    detect_cmd.add_argument(
        "--fail-secure",
        choices=["hold", "frame"],
        default="hold",
        help="when a face is lost: hold its mask (default) or also blur the whole picture until it is found",
    )
    detect_cmd.add_argument("--json", action="store_true")
    follow_cmd = redact_cmds.add_parser(
        "follow", help="make a mask follow its subject through the recording (keyframes, unapproved)", parents=[common]
    )
    follow_cmd.add_argument("urn")
    follow_cmd.add_argument("exhibit")
    follow_cmd.add_argument("--track", required=True, help="the mask's id (from 'redact recipe')")
    follow_cmd.add_argument("--at", type=float, default=None, help="seconds: where the mask covers its subject")
    follow_cmd.add_argument("--json", action="store_true")
    verify_media_cmd = redact_cmds.add_parser(
        "verify-media", help="check a redacted recording against its source and recipe; exit 1 listing problems"
    )
    verify_media_cmd.add_argument("source")
    verify_media_cmd.add_argument("output")
    verify_media_cmd.add_argument("recipe")
    verify_media_cmd.add_argument("--json", action="store_true")
    verify_cmd = redact_cmds.add_parser(
        "verify", help="check a PDF for leftovers and failed redactions; exit 1 listing them"
    )
    verify_cmd.add_argument("file")
    verify_cmd.add_argument("--json", action="store_true")

    package = commands.add_parser("package", help="export and check signed case packages (.cbcase)", parents=[common])
    package_cmds = package.add_subparsers(dest="package_command", metavar="ACTION", required=True)
    package_export = package_cmds.add_parser(
        "export", help="write the case and every exhibit to one signed .cbcase file", parents=[common]
    )
    package_export.add_argument("urn")
    package_export.add_argument("--out", required=True, metavar="FILE.cbcase")
    package_import = package_cmds.add_parser(
        "import", help="check a .cbcase and recreate its case in this workspace", parents=[common]
    )
    package_import.add_argument("file")
    package_import.add_argument(
        "--trusted-only", action="store_true", help="refuse a package signed by a key not on the unit's trust list"
    )
    package_verify = package_cmds.add_parser(
        "verify",
        help="check a .cbcase (names, sizes, schema, signature, digests); exit 1 naming the problem",
        parents=[common],
    )
    package_verify.add_argument("file")
    package_verify.add_argument("--json", action="store_true")
    package_trust = package_cmds.add_parser(
        "trust", help="add a workstation's signing key to the unit's trust list (or rename it)", parents=[common]
    )
    package_trust.add_argument("key", metavar="KEY_ID|FILE.cbcase", help="a key id, or a package signed by the key")
    package_trust.add_argument("--name", required=True, help="how the unit knows that workstation (unit and desk)")
    package_distrust = package_cmds.add_parser(
        "distrust", help="take a workstation's key off the unit's trust list", parents=[common]
    )
    package_distrust.add_argument("key", metavar="KEY_ID")
    package_trusted = package_cmds.add_parser(
        "trusted", help="list the workstation keys on the unit's trust list", parents=[common]
    )
    package_trusted.add_argument("--json", action="store_true")
    package_cmds.add_parser(
        "key", help="show this workstation's signing key id (to give to the units you send to)", parents=[common]
    )
    bundle = commands.add_parser("bundle", help="build, serve and compare bundles", parents=[common])
    bundle_cmds = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    bundle_build = bundle_cmds.add_parser("build", help="build a bundle package (PDF, index, media)", parents=[common])
    bundle_build.add_argument("urn")
    bundle_build.add_argument("--audience", choices=["police", "cps", "defence"], default="cps")
    bundle_build.add_argument("--out", required=True, metavar="DIR")
    bundle_build.add_argument("--json", action="store_true")
    bundle_serve = bundle_cmds.add_parser(
        "serve", help="mark a bundle version served: its page references are frozen", parents=[common]
    )
    bundle_serve.add_argument("urn")
    bundle_serve.add_argument("--audience", choices=["police", "cps", "defence"], default="defence")
    bundle_serve.add_argument("--version", type=int, default=None, help="default: the latest")
    bundle_arrange = bundle_cmds.add_parser(
        "arrange", help="print, set or reset the case's bundle arrangement (JSON)", parents=[common]
    )
    bundle_arrange.add_argument("urn")
    arrange_how = bundle_arrange.add_mutually_exclusive_group()
    arrange_how.add_argument("--file", metavar="D.json", help="save this arrangement for the case")
    arrange_how.add_argument("--reset", action="store_true", help="go back to the default arrangement")
    bundle_diff = bundle_cmds.add_parser(
        "diff", help="what changed between two bundles (their folders or index .json files)"
    )
    bundle_diff.add_argument("a")
    bundle_diff.add_argument("b")
    bundle_diff.add_argument("--json", action="store_true")

    machine = commands.add_parser(
        "machine-defaults", help="show or set this computer's defaults for every user (run as administrator)"
    )
    machine_cmds = machine.add_subparsers(dest="machine_defaults_command", metavar="ACTION", required=True)
    for action, text in (("show", "print the machine-wide defaults"), ("set", "merge values into them")):
        sub = machine_cmds.add_parser(action, help=text)
        sub.add_argument("--file", metavar="FILE", default=None, help="defaults file (default: the system one)")
        if action == "set":
            sub.add_argument("--hub-url", default="", help="https:// address of the hub (empty: unchanged)")
            sub.add_argument("--ca-bundle", default="", help="PEM file of extra trusted CAs (empty: unchanged)")
            sub.add_argument("--data-dir", default="", help="folder for each user's workspace (empty: unchanged)")

    from casebridge import cli_exchange

    cli_exchange.add_parsers(commands, common)

    demo = commands.add_parser("demo", help="create a realistic demo case with generated material", parents=[common])
    demo.add_argument("--urn", default=None, help="URN for the demo case (default 01ZD0300126)")
    return parser


def _print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False, default=str)
    out.write("\n")


def _case_new(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.store.cases import case_record

    ws = _open(args)
    case = ws.cases.create_case(
        args.urn, title=args.title, officer_in_case=args.officer_in_case, crime_reference=args.crime_reference
    )
    if args.json:
        _print_json(case_record(case), out)
    else:
        out.write(f"Created case {case.urn}\n")
    return EXIT_OK


def _case_list(args: argparse.Namespace, out: TextIO) -> int:
    ws = _open(args)
    summaries = ws.cases.list_cases(args.search)
    if args.json:
        _print_json(
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


def _case_show(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.store.cases import case_record

    ws = _open(args)
    case = ws.cases.get_case(args.urn)
    if args.json:
        _print_json(case_record(case), out)
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


def _case_export(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.store.casefile import case_file_record
    from casebridge.store.cases import case_record

    ws = _open(args)
    case = ws.cases.get_case(args.urn)
    record = case_record(case)
    record["case_file"] = case_file_record(ws.casefile.load(case.urn))
    if args.output:
        with Path(args.output).open("w", encoding="utf-8") as handle:
            _print_json(record, handle)
    else:
        _print_json(record, out)
    return EXIT_OK


def _case_add_person(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.domain.case import PERSON_FIELDS

    ws = _open(args)
    person = ws.cases.add_person(args.urn, {name: getattr(args, name) for name in PERSON_FIELDS})
    out.write(f"Added {person.role.label.lower()} {person.display_name} (id {person.id}) to {args.urn.upper()}\n")
    return EXIT_OK


def _case_add_offence(args: argparse.Namespace, out: TextIO) -> int:
    ws = _open(args)
    fields = ("cjs_code", "wording", "date_from", "date_to", "location")
    offence = ws.cases.add_offence(args.urn, {name: getattr(args, name) for name in fields})
    out.write(f"Added offence {offence.cjs_code} {offence.title} (id {offence.id}) to {args.urn.upper()}\n")
    return EXIT_OK


def _offence_search(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.app import load_reference
    from casebridge.settings import AppPaths, load_settings

    reference = load_reference(load_settings(AppPaths.resolve(getattr(args, "workspace", None))).settings)
    hits = reference.offences.search(" ".join(args.query), limit=args.limit)
    if args.json:
        _print_json(
            [{"code": h.code, "title": h.title, "category": h.category, "recordable": h.recordable} for h in hits],
            out,
        )
    else:
        for h in hits:
            out.write(f"{h.code:<9} {h.category:<3} {h.title}\n")
        if not hits:
            out.write("No offences match.\n")
    return EXIT_OK


def _audit_verify(args: argparse.Namespace, out: TextIO) -> int:
    ws = _open(args)
    report = ws.verify_audit()
    if report.ok:
        out.write(f"Audit chain intact: {report.checked} events checked.\n")
        return EXIT_OK
    for problem in report.problems:
        _err(f"casebridge: audit: {problem.message}\n")
    _err(f"casebridge: audit chain BROKEN: {len(report.problems)} problem(s) in {report.checked} events.\n")
    return EXIT_INTEGRITY


def _audit_log(args: argparse.Namespace, out: TextIO) -> int:
    ws = _open(args)
    events = ws.cases.history(args.urn.strip().upper())
    if args.json:
        _print_json([e.__dict__ for e in events], out)
        return EXIT_OK
    for e in events:
        out.write(f"{e.seq:>6} {e.at}  {e.actor:<16} {e.action:<18} {e.entity} {e.entity_id}\n")
    return EXIT_OK


class _ProgressLine:
    """A one-line progress bar on standard error when it is a terminal; silent otherwise."""

    def __init__(self) -> None:
        self.live = sys.stderr.isatty()

    def __call__(self, update: Any) -> None:
        if not self.live:
            return
        width = 30
        filled = int(width * update.fraction)
        message = terminal_text(update.message)[:50]
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {update.fraction:6.1%} {message:<50}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.live:
            sys.stderr.write("\n")


def _evidence_import(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.evidence.derivatives import make_derivatives

    ws = _open(args)
    if ws.importer.pending(args.urn):
        _err("casebridge: note: an earlier import was interrupted; 'casebridge evidence resume' finishes it\n")
    bar = _ProgressLine()
    try:
        report = ws.importer.import_paths(args.urn, [Path(p) for p in args.paths], producer=args.producer, progress=bar)
        notes = [] if args.no_derivatives else make_derivatives(ws, report, progress=bar)
    finally:
        bar.close()
    if args.json:
        _print_json({"items": [o.__dict__ for o in report.outcomes], "derivatives": notes}, out)
    else:
        for outcome in report.outcomes:
            out.write(f"{outcome.status:<9} {outcome.message}\n")
        for note in notes:
            out.write(f"{'note':<9} {note}\n")
        out.write(
            f"{report.imported} imported, {report.count('duplicate')} duplicate, {report.count('failed')} failed, "
            f"{report.count('skipped')} skipped\n"
        )
    return EXIT_OK if not report.count("failed") else EXIT_ERROR


def _evidence_resume(args: argparse.Namespace, out: TextIO) -> int:
    ws = _open(args)
    bar = _ProgressLine()
    try:
        report = ws.importer.resume(progress=bar)
    finally:
        bar.close()
    for outcome in report.outcomes:
        out.write(f"{outcome.status:<9} {outcome.message}\n")
    out.write(f"{report.imported} finished, {report.count('failed')} failed\n")
    return EXIT_OK if not report.count("failed") else EXIT_ERROR


def _evidence_list(args: argparse.Namespace, out: TextIO) -> int:
    ws = _open(args)
    exhibits = ws.exhibits.for_case(args.urn, args.search, args.kind)
    if args.json:
        _print_json([_exhibit_json(e) for e in exhibits], out)
        return EXIT_OK
    if not exhibits:
        out.write("No exhibits.\n")
    for e in exhibits:
        out.write(f"{e.reference:<10} {e.kind:<10} {e.display_description}\n")
    return EXIT_OK


def _exhibit_json(e: Any) -> dict[str, Any]:
    return {
        "reference": e.reference,
        "kind": e.kind,
        "media_type": e.media_type,
        "sha256": e.sha256,
        "size": e.size,
        "original_name": e.original_name,
        "summary": e.summary,
        "description": e.description,
        "producer": e.producer_name,
        "seized_at": e.seized_at,
        "facts": e.facts,
        "problem": e.problem,
        "previewable": e.previewable,
    }


def _evidence_show(args: argparse.Namespace, out: TextIO) -> int:
    ws = _open(args)
    exhibit = ws.exhibits.find_by_reference(args.urn, args.reference)
    events = ws.exhibits.continuity(exhibit.id)
    derived = ws.exhibits.derivatives(exhibit.sha256)
    if args.json:
        _print_json(
            {
                **_exhibit_json(exhibit),
                "continuity": [e.__dict__ for e in events],
                "derivatives": [d.__dict__ for d in derived],
            },
            out,
        )
        return EXIT_OK
    out.write(f"{exhibit.reference}  {exhibit.display_description}\n")
    out.write(f"  file      {exhibit.original_name} ({exhibit.size:,} bytes)\n  sha256    {exhibit.sha256}\n")
    out.write(f"  producer  {exhibit.producer_name or '-'}\n")
    for d in derived:
        out.write(f"  derived   {d.kind}: {d.sha256[:16]}… ({d.recipe.get('tool', '')})\n")
    out.write("  continuity:\n")
    from casebridge.domain.exhibit import continuity_text
    from casebridge.domain.when import uk_datetime

    for e in events:
        out.write(f"    {uk_datetime(e.at)}  {e.actor:<14} {continuity_text(e.action, e.before, e.after)}\n")
    return EXIT_OK


def _evidence_ocr(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.evidence.derivatives import make_searchable

    ws = _open(args)
    exhibit = ws.exhibits.find_by_reference(args.urn, args.reference)
    note = make_searchable(ws, exhibit)
    if note:
        raise CasebridgeError(note)
    words = len(ws.exhibits.text(exhibit.id).split())
    out.write(f"Searchable copy of {exhibit.reference} made: {words} words found.\n")
    return EXIT_OK


def _evidence_edit(args: argparse.Namespace, out: TextIO) -> int:
    ws = _open(args)
    exhibit = ws.exhibits.find_by_reference(args.urn, args.reference)
    changes = {"description": args.description, "seized_at": args.seized, "reference": args.new_reference}
    wanted = {field: value for field, value in changes.items() if value is not None}
    if not wanted:
        raise CasebridgeError("Nothing to change: give --description, --seized or --new-reference.")
    for field, value in wanted.items():
        old, new = ws.exhibits.update(exhibit.id, field, value)
        if old != new:
            out.write(f"{exhibit.reference}: {field.replace('_', ' ')} changed\n")
    return EXIT_OK


def _evidence_handled(args: argparse.Namespace, out: TextIO) -> int:
    ws = _open(args)
    exhibit = ws.exhibits.find_by_reference(args.urn, args.reference)
    ws.exhibits.record_handling(exhibit.id, args.what)
    out.write(f"Continuity entry added to {exhibit.reference}\n")
    return EXIT_OK


def _vault_verify(args: argparse.Namespace, out: TextIO) -> int:
    ws = _open(args)
    digests = ws.exhibits.all_digests()
    bar = _ProgressLine()
    from casebridge.jobs import ProgressUpdate

    try:
        problems = ws.vault.verify(digests, on_item=lambda i, n: bar(ProgressUpdate(i, n, "Checking the vault")))
    finally:
        bar.close()
    if not problems:
        out.write(f"Vault intact: {len(digests)} stored items re-hashed.\n")
        return EXIT_OK
    owners = ws.exhibits.references_for_digests([p.digest for p in problems])
    for problem in problems:
        names = ", ".join(owners.get(problem.digest) or ["no exhibit"])
        _err(f"casebridge: vault: {names}: stored copy {problem.message} (sha256 {problem.digest})\n")
    _err(f"casebridge: vault DAMAGED: {len(problems)} of {len(digests)} stored items.\n")
    return EXIT_INTEGRITY


def _database_set_password(args: argparse.Namespace, out: TextIO) -> int:
    import getpass

    from casebridge.credentials import store_database_password
    from casebridge.settings import AppPaths, load_settings

    url = load_settings(AppPaths.resolve(getattr(args, "workspace", None))).settings.database_url
    if not url:
        raise SettingsError("No shared database is set: this workspace uses its own SQLite file.")
    password = getpass.getpass("Database password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    account = store_database_password(url, password)
    out.write(f"Password for {account} saved in the system credential store.\n")
    return EXIT_OK


def _demo(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.demo.builder import DEMO_URN, build_demo

    ws = _open(args)

    def show(update: Any) -> None:
        out.write(f"\r[{update.done}/{update.total}] {update.message:<60}")
        out.flush()

    result = build_demo(ws, urn=args.urn or DEMO_URN, progress=show)
    out.write(
        f"\nDemo case {result.urn} created with {len(result.material)} items of material in {result.material_dir}\n"
    )
    return EXIT_OK


def _machine_paths(args: argparse.Namespace) -> Any:
    import dataclasses

    from casebridge.settings import AppPaths

    paths = AppPaths.for_user()
    if args.file:
        paths = dataclasses.replace(paths, machine_defaults_file=Path(args.file))
    return paths


def _machine_defaults_show(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.settings import read_settings_file

    path = _machine_paths(args).machine_defaults_file
    values, warnings = read_settings_file(path, "machine")
    for warning in warnings:
        _err(f"casebridge: warning: {warning}\n")
    out.write(f"{path}\n")
    _print_json(values, out)
    out.write("\n")
    return EXIT_ERROR if warnings else EXIT_OK


def _machine_defaults_set(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.settings import save_machine_defaults

    changes: dict[str, str] = {}
    for flag, value in (("--hub-url", args.hub_url), ("--ca-bundle", args.ca_bundle), ("--data-dir", args.data_dir)):
        if '"' in value:  # msiexec: DATA_DIR=D:\Data\ ends in \" on the command line, swallowing the next option
            raise SettingsError(f"{flag} has a stray quote ({value!r}): remove any trailing backslash from the value.")
    hub = args.hub_url.strip()
    if hub:
        if not hub.lower().startswith("https://") or len(hub) <= len("https://"):
            raise SettingsError(f"HUB_URL must be an https:// address; '{hub}' is not.")
        changes["hub_url"] = hub
    if args.ca_bundle.strip():
        bundle = args.ca_bundle.strip()
        if not Path(bundle).is_file():
            _err(f"casebridge: warning: the CA bundle {bundle} does not exist (yet); saved anyway.\n")
        changes["ca_bundle"] = bundle
    if args.data_dir.strip():
        changes["data_dir"] = args.data_dir.strip()
    paths = _machine_paths(args)
    if not changes:
        out.write(f"Nothing to change in {paths.machine_defaults_file}.\n")
        return EXIT_OK
    result = save_machine_defaults(paths, changes)
    out.write(f"Machine defaults saved to {paths.machine_defaults_file}: {', '.join(sorted(result))}\n")
    return EXIT_OK


def _case_check(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge import readiness
    from casebridge.forms.view import CaseFileView

    ws = _open(args)
    view = CaseFileView.load(ws, args.urn)
    stage = args.file_type or readiness.file_type_of(view)
    findings = readiness.check(view, stage)
    errors = [f for f in findings if f.blocking]
    if args.json:
        _print_json({"urn": view.case.urn, "file_type": stage, "findings": [f.__dict__ for f in findings]}, out)
        out.write("\n")
    else:
        out.write(f"{view.case.urn} as a {stage.replace('_', '-').upper()} file: ")
        out.write(f"{len(errors)} blocking error(s), {len(findings) - len(errors)} warning(s)\n")
        for finding in findings:
            out.write(f"  {finding.severity.upper():<7}  {finding.message}  [{finding.target}]\n")
    return EXIT_ERROR if errors else EXIT_OK


def _forms_list(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.forms.builders import FORMS, build, catalogue
    from casebridge.forms.view import CaseFileView

    view = CaseFileView.load(_open(args), args.urn)
    for key in catalogue(view):
        doc = build(view, key)
        spec = FORMS[doc.code]
        status = "disclosable" if spec.disclosable else "police/CPS only"
        subject = f" — {doc.subject}" if doc.subject else ""
        out.write(f"{key:<12} {doc.title}{subject}  [{spec.marking}; {status}]\n")
    return EXIT_OK


def _forms_render(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.disclosure.forms import form_pdf
    from casebridge.disclosure.withheld import withheld
    from casebridge.forms.builders import FORMS, build, catalogue
    from casebridge.forms.document import Audience
    from casebridge.forms.view import CaseFileView

    audience = Audience(args.audience)
    ws = _open(args)
    view = CaseFileView.load(ws, args.urn)
    decisions = withheld(ws, view, audience)  # for the defence: the case's redaction decisions are applied
    if args.form:
        doc = build(view, args.form, audience)
        target = Path(args.out)
        target.write_bytes(form_pdf(ws, view, args.form, audience, decisions))
        out.write(f"{doc.key} for {audience}: {target}\n")
        return EXIT_OK
    folder = Path(args.out)
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for key in catalogue(view):
        if audience is Audience.DEFENCE and not FORMS[key.partition(":")[0]].disclosable:
            continue
        doc = build(view, key, audience)
        (folder / f"{doc.file_stem}.pdf").write_bytes(form_pdf(ws, view, key, audience, decisions))
        written += 1
    out.write(f"{written} forms for {audience} written to {folder}\n")
    return EXIT_OK


def _open(args: argparse.Namespace) -> Any:
    from casebridge.app import open_workspace

    return open_workspace(getattr(args, "workspace", None))


def _redaction(args: argparse.Namespace) -> tuple[Any, Any]:
    from casebridge.redaction.service import RedactionService

    ws = _open(args)
    exhibit = ws.exhibits.find_by_reference(args.urn, args.exhibit)
    return RedactionService(ws), exhibit


def _suggestion_record(s: Any) -> dict[str, Any]:
    return {
        "detector": s.detector,
        "label": s.label,
        "text": s.text,
        "page": s.page + 1,
        "reason": s.reason,
        "rects": [list(r) for r in s.rects],
        "key": s.key,
    }


def _redact_suggest(args: argparse.Namespace, out: TextIO) -> int:
    service, exhibit = _redaction(args)
    bar = _ProgressLine()
    try:
        found = service.suggest(exhibit, args.stage, progress=bar)
    finally:
        bar.close()
    if args.json:
        _print_json({"exhibit": exhibit.reference, "suggestions": [_suggestion_record(s) for s in found]}, out)
        out.write("\n")
        return EXIT_OK
    out.write(f"{exhibit.reference}: {len(found)} suggestion(s)\n")
    for s in found:
        out.write(f"  p.{s.page + 1:<4} {s.reason:<4} {s.label:<40} {s.text}\n")
    return EXIT_OK


def _redact_apply(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.redaction.recipe import Recipe
    from casebridge.redaction.service import VerificationFailed

    service, exhibit = _redaction(args)
    bar = _ProgressLine()
    try:
        if args.recipe:
            recipe = Recipe.from_json(Path(args.recipe).read_text(encoding="utf-8"))
        else:
            recipe = service.accept(exhibit, service.suggest(exhibit, args.stage, progress=bar), approve=True)
        result = service.apply(exhibit, recipe, progress=bar)
    except VerificationFailed as failed:
        bar.close()
        if args.json:
            _print_json(
                {"exhibit": exhibit.reference, "verified": False, "problems": [p.__dict__ for p in failed.problems]},
                out,
            )
            out.write("\n")
        else:
            _err(f"casebridge: error: {failed}\n")
        return EXIT_ERROR
    bar.close()
    path = service.ws.vault.path(result.copy.sha256)
    if args.json:
        _print_json(
            {
                "exhibit": exhibit.reference,
                "redacted": result.copy.reference,
                "sha256": result.copy.sha256,
                "path": str(path),
                "marks": len(result.recipe.marks),
                "verified": True,
                "reused": result.reused,
                "recipe_sha256": result.recipe.digest,
            },
            out,
        )
        out.write("\n")
    else:
        note = " (already made from this recipe)" if result.reused else ""
        out.write(f"{result.copy.reference}\t{path}\n")
        out.write(f"Redacted copy of {exhibit.reference}: {len(result.recipe.marks)} mark(s), verified{note}.\n")
    return EXIT_OK


def _redact_recipe(args: argparse.Namespace, out: TextIO) -> int:
    service, exhibit = _redaction(args)
    if exhibit.kind in ("video", "audio"):  # the media recipe: masks, muted ranges, kept segments
        from casebridge.redaction.media_service import MediaRedactionService

        out.write(MediaRedactionService(service.ws).recipe(exhibit).to_json())
        return EXIT_OK
    out.write(service.recipe(exhibit).to_json())
    return EXIT_OK


def _redact_log(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.redaction.log import media_csv, to_csv, to_pdf
    from casebridge.redaction.service import RedactionService

    ws = _open(args)
    urn = ws.cases.get_case(args.urn).urn
    service = RedactionService(ws)
    entries = service.log_entries(urn, args.exhibit)
    media = service.media_log_entries(urn, args.exhibit)
    target = Path(args.out)
    if target.suffix.lower() == ".pdf":
        target.write_bytes(to_pdf(urn, entries, media))
    else:
        text = to_csv(entries)
        if media:
            text += "\n" + media_csv(media)
        target.write_text(text, encoding="utf-8")
    marks = sum(len(e.recipe.marks) for e in entries)
    tracks = sum(len(m.recipe.tracks) for m in media)
    out.write(
        f"Redaction log of {urn}: {len(entries) + len(media)} item(s), {marks} mark(s), {tracks} video mask(s) "
        f"written to {target}\n"
    )
    return EXIT_OK


def _redact_media(args: argparse.Namespace, out: TextIO) -> int:
    import shutil

    from casebridge.redaction.media_recipe import MediaRecipe
    from casebridge.redaction.media_service import MediaRedactionService, MediaVerificationFailed

    ws = _open(args)
    exhibit = ws.exhibits.find_by_reference(args.urn, args.exhibit)
    recipe = MediaRecipe.from_json(Path(args.recipe).read_text(encoding="utf-8"))
    bar = _ProgressLine()
    try:
        result = MediaRedactionService(ws).apply(exhibit, recipe, progress=bar)
    except MediaVerificationFailed as failed:
        bar.close()
        if args.json:
            _print_json(
                {"exhibit": exhibit.reference, "verified": False, "problems": [p.__dict__ for p in failed.problems]},
                out,
            )
            out.write("\n")
        else:
            _err(f"casebridge: error: {failed}\n")
        return EXIT_ERROR
    bar.close()
    path = ws.vault.path(result.copy.sha256)
    if args.out:
        shutil.copyfile(path, args.out)
    record = {
        "exhibit": exhibit.reference,
        "redacted": result.copy.reference,
        "sha256": result.copy.sha256,
        "path": str(Path(args.out) if args.out else path),
        "verified": True,
        "reused": result.reused,
        "coverage": result.coverage or result.copy.facts.get("coverage", {}),
    }
    if args.json:
        _print_json(record, out)
        out.write("\n")
    else:
        out.write(f"{result.copy.reference}\t{record['path']}\n")
        out.write(
            f"Redacted copy of {exhibit.reference}: every mask, muted range and cut applied exactly as the recipe "
            "says (checked frame by frame in the copy). Whether each mask still covers its subject is a separate "
            "question: follow hand-drawn masks ('redact follow') and check the result.\n"
        )
    return EXIT_OK


def _redact_detect(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.redaction.media_service import MediaRedactionService

    ws = _open(args)
    exhibit = ws.exhibits.find_by_reference(args.urn, args.exhibit)
    bar = _ProgressLine()
    try:
        recipe, report = MediaRedactionService(ws).detect(
            exhibit, every=args.every, hold=args.hold, fail_secure=args.fail_secure, progress=bar
        )
    finally:
        bar.close()
    if args.thumbnails:
        folder = Path(args.thumbnails)
        folder.mkdir(parents=True, exist_ok=True)
        for found in report.tracks:
            if found.thumbnail:
                (folder / f"{found.track.id}.png").write_bytes(found.thumbnail)
    if args.json:
        _print_json(
            {
                "exhibit": exhibit.reference,
                "frames": report.frames,
                "tracks": report.summary(),
                "recipe_sha256": recipe.digest,
            },
            out,
        )
        out.write("\n")
        return EXIT_OK
    out.write(
        f"{exhibit.reference}: {len(report.tracks)} person(s) found in {report.frames} frames; "
        "tracks added to the recipe for approval\n"
    )
    for row in report.summary():
        out.write(
            f"  {row['track']:<8} {row['from']:7.2f}-{row['to']:7.2f} s  detected in {row['detections']}, "
            f"followed in {row['tracked']}, held/interpolated {row['lost']} frame(s)\n"
        )
    return EXIT_OK


def _redact_follow(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.redaction.media_service import MediaRedactionService

    ws = _open(args)
    exhibit = ws.exhibits.find_by_reference(args.urn, args.exhibit)
    bar = _ProgressLine()
    try:
        report = MediaRedactionService(ws).follow(exhibit, args.track, args.at, progress=bar)
    finally:
        bar.close()
    if args.json:
        _print_json(
            {
                "exhibit": exhibit.reference,
                "track": report.track.id,
                "from": report.first,
                "to": report.last,
                "frames": report.frames,
                "keyframes": report.keyframes,
            },
            out,
        )
        return EXIT_OK
    out.write(
        f"{exhibit.reference} mask {report.track.id}: followed its subject from {report.first:.2f} s to "
        f"{report.last:.2f} s ({report.frames} frames, {report.keyframes} keyframes); approve it before exporting.\n"
    )
    return EXIT_OK


def _redact_verify_media(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.redaction.media_recipe import MediaRecipe
    from casebridge.redaction.media_verify import verify_media

    recipe = MediaRecipe.from_json(Path(args.recipe).read_text(encoding="utf-8"))
    problems, checked = verify_media(Path(args.source), Path(args.output), recipe)
    if args.json:
        _print_json({"clean": not problems, "frames_checked": checked, "problems": [p.__dict__ for p in problems]}, out)
        out.write("\n")
    else:
        out.write(f"{Path(args.output).name}: {'verified' if not problems else f'{len(problems)} problem(s)'}\n")
        for problem in problems[:50]:
            out.write(f"  {problem.check:<9} {problem.message}\n")
    return EXIT_ERROR if problems else EXIT_OK


def _package_export(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.exchange.keys import WorkstationKey
    from casebridge.exchange.package import export_package

    ws = _open(args)
    urn = ws.cases.get_case(args.urn).urn
    key = WorkstationKey.load_or_create(ws.paths.config_dir)
    path = export_package(ws, urn, Path(args.out), key)
    out.write(f"{path}\n{urn} exported and signed by workstation key {key.id}\n")
    return EXIT_OK


def _package_import(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.exchange.receive import import_package, unknown_sender

    ws = _open(args)
    path = Path(args.file)
    bar = _ProgressLine()
    try:
        done = import_package(ws, path, trusted_only=args.trusted_only, progress=bar)
    finally:
        bar.close()
    out.write(
        f"{done.urn} imported from {path.name}: {done.exhibits} exhibit(s); signature and digests checked; "
        + (f"signed by {done.sender} ({done.signer})\n" if done.sender else f"WARNING: {unknown_sender(done.signer)}\n")
    )
    return EXIT_OK


def _package_verify(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.exchange.package import PackageError, open_package
    from casebridge.exchange.receive import sender_of, unknown_sender

    path = Path(args.file)
    try:
        opened = open_package(path)
    except PackageError as exc:
        if args.json:
            _print_json({"file": str(path), "valid": False, "problem": str(exc)}, out)
            out.write("\n")
        else:
            out.write(f"{path.name}: refused: {exc}\n")
        return EXIT_ERROR
    manifest = opened.manifest
    sender = sender_of(_open(args), opened.signer)
    if args.json:
        _print_json(
            {
                "file": str(path),
                "valid": True,
                "urn": manifest["urn"],
                "signer": opened.signer,
                "trusted_as": sender,
                "exhibits": len(manifest["exhibits"]),
                "files": len(manifest["blobs"]),
            },
            out,
        )
        out.write("\n")
    else:
        out.write(
            f"{path.name}: valid case package for {manifest['urn']}, signed by "
            f"{f'{sender} ({opened.signer})' if sender else opened.signer}; "
            f"{len(manifest['exhibits'])} exhibit(s), every file's digest checked\n"
        )
        if sender is None:
            out.write(f"WARNING: {unknown_sender(opened.signer)}\n")
    return EXIT_OK


def _package_trust(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.exchange.package import open_package

    key = args.key
    if key.lower().endswith(".cbcase") or Path(key).is_file():
        key = open_package(Path(key)).signer  # the whole package checked: only a real signature names a key
    ws = _open(args)
    entry = ws.trust.trust(key, args.name)
    out.write(f"Trusted: workstation key {entry.key_id} ({entry.name})\n")
    return EXIT_OK


def _package_distrust(args: argparse.Namespace, out: TextIO) -> int:
    ws = _open(args)
    ws.trust.distrust(args.key)
    out.write(f"Workstation key {args.key.strip().lower()} is no longer trusted\n")
    return EXIT_OK


def _package_trusted(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.exchange.keys import own_key_id

    ws = _open(args)
    entries = ws.trust.all()
    if args.json:
        _print_json({"this_workstation": own_key_id(ws.paths.config_dir), "trusted": [vars(e) for e in entries]}, out)
        out.write("\n")
        return EXIT_OK
    if not entries:
        out.write("No workstation keys are on this unit's trust list (packages from this workstation are trusted)\n")
    for entry in entries:
        out.write(f"{entry.key_id}  {entry.name}  (added by {entry.added_by}, {entry.added_at[:10]})\n")
    return EXIT_OK


def _package_key(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.exchange.keys import WorkstationKey

    ws = _open(args)
    key = WorkstationKey.load_or_create(ws.paths.config_dir)
    out.write(f"This workstation's signing key: {key.id}\n")
    return EXIT_OK


def _bundle_build(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.bundle.service import BundleService, LeaksFound
    from casebridge.forms.document import Audience

    ws = _open(args)
    urn = ws.cases.get_case(args.urn).urn
    try:
        bundle, version = BundleService(ws).build(urn, Audience(args.audience))
    except LeaksFound as blocked:
        leaks = blocked.bundle.leaks
        if args.json:
            _print_json(
                {
                    "urn": urn,
                    "audience": args.audience,
                    "blocked": True,
                    "leaks": [{**leak.__dict__, "place": leak.place} for leak in leaks],
                },
                out,
            )
        else:
            out.write(
                f"{urn} {args.audience} bundle NOT MADE: {len(leaks)} withheld value(s) found; nothing was written.\n"
            )
            for leak in leaks:
                out.write(f"  {leak.line()}\n")
            out.write("Redact each value at its source (or correct the case file), then build again.\n")
        return EXIT_ERROR
    pdf = bundle.write(Path(args.out), f"{urn}-{args.audience}-v{version.number}")
    pages = bundle.rows[-1].pdf_page + bundle.rows[-1].pages - 1 if bundle.rows else 0
    if args.json:
        _print_json(
            {
                "urn": urn,
                "audience": args.audience,
                "version": version.number,
                "pdf": str(pdf),
                "pages": pages,
                "documents": len(bundle.rows),
                "media": sorted(bundle.media),
                "left_out": [{"key": o.entry.key, "reason": o.reason} for o in bundle.left_out],
            },
            out,
        )
        out.write("\n")
        return EXIT_OK
    out.write(
        f"{pdf}\n{urn} {args.audience} bundle version {version.number}: {len(bundle.rows)} document(s), "
        f"{pages} page(s), {len(bundle.media)} media file(s)\n"
    )
    for left in bundle.left_out:
        out.write(f"  left out: {left.entry.key} {left.entry.title} ({left.reason})\n")
    return EXIT_OK


def _bundle_serve(args: argparse.Namespace, out: TextIO) -> int:
    ws = _open(args)
    version = ws.bundles.serve(args.urn, args.audience, args.version)
    out.write(
        f"{args.urn.upper()} {args.audience} bundle version {version.number} marked served: its page "
        "references will not change\n"
    )
    return EXIT_OK


def _bundle_arrange(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.bundle.build import case_definition
    from casebridge.bundle.definition import BundleDefinition
    from casebridge.forms.view import CaseFileView

    ws = _open(args)
    urn = ws.cases.get_case(args.urn).urn
    if args.reset:
        ws.bundles.save_definition(urn, None)
    elif args.file:
        definition = BundleDefinition.from_json(Path(args.file).read_text(encoding="utf-8"))
        ws.bundles.save_definition(urn, definition.to_json())
    out.write(case_definition(ws, CaseFileView.load(ws, urn)).to_json())
    return EXIT_OK


def _bundle_diff(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.bundle.diff import diff

    def index(path_text: str) -> dict[str, Any]:
        path = Path(path_text)
        if path.is_dir():
            found = sorted(path.glob("*.json"))
            if not found:
                raise CasebridgeError(f"{path} holds no bundle index (.json).")
            path = found[-1]
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data

    changes = diff(index(args.a), index(args.b))
    if args.json:
        _print_json([c.__dict__ for c in changes], out)
        out.write("\n")
    else:
        out.write(f"{len(changes)} change(s)\n")
        for change in changes:
            out.write(f"  {change.line}\n")
    return EXIT_OK


def _redact_verify(args: argparse.Namespace, out: TextIO) -> int:
    from casebridge.redaction.verify import check_file

    path = Path(args.file)
    problems = check_file(path.read_bytes(), path.name)
    if args.json:
        _print_json({"file": str(path), "clean": not problems, "problems": [p.__dict__ for p in problems]}, out)
        out.write("\n")
    else:
        out.write(f"{path.name}: {'clean' if not problems else f'{len(problems)} problem(s)'}\n")
        for problem in problems:
            out.write(f"  {problem.check:<17} {problem.message}\n")
    return EXIT_ERROR if problems else EXIT_OK


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace, TextIO], int]] = {
    ("case", "new"): _case_new,
    ("case", "list"): _case_list,
    ("case", "show"): _case_show,
    ("case", "export"): _case_export,
    ("case", "add-person"): _case_add_person,
    ("case", "add-offence"): _case_add_offence,
    ("case", "check"): _case_check,
    ("forms", "list"): _forms_list,
    ("forms", "render"): _forms_render,
    ("offence", "search"): _offence_search,
    ("audit", "verify"): _audit_verify,
    ("audit", "log"): _audit_log,
    ("evidence", "import"): _evidence_import,
    ("evidence", "resume"): _evidence_resume,
    ("evidence", "list"): _evidence_list,
    ("evidence", "show"): _evidence_show,
    ("evidence", "handled"): _evidence_handled,
    ("evidence", "edit"): _evidence_edit,
    ("evidence", "ocr"): _evidence_ocr,
    ("vault", "verify"): _vault_verify,
    ("redact", "suggest"): _redact_suggest,
    ("redact", "apply"): _redact_apply,
    ("redact", "recipe"): _redact_recipe,
    ("redact", "verify"): _redact_verify,
    ("redact", "log"): _redact_log,
    ("package", "export"): _package_export,
    ("package", "verify"): _package_verify,
    ("package", "import"): _package_import,
    ("package", "trust"): _package_trust,
    ("package", "distrust"): _package_distrust,
    ("package", "trusted"): _package_trusted,
    ("package", "key"): _package_key,
    ("bundle", "build"): _bundle_build,
    ("bundle", "serve"): _bundle_serve,
    ("bundle", "diff"): _bundle_diff,
    ("bundle", "arrange"): _bundle_arrange,
    ("redact", "media"): _redact_media,
    ("redact", "detect"): _redact_detect,
    ("redact", "verify-media"): _redact_verify_media,
    ("redact", "follow"): _redact_follow,
    ("database", "set-password"): _database_set_password,
    ("machine-defaults", "show"): _machine_defaults_show,
    ("machine-defaults", "set"): _machine_defaults_set,
    ("demo", None): _demo,
}


def _handlers() -> dict[tuple[str, str | None], Callable[[argparse.Namespace, TextIO], int]]:
    from casebridge.cli_exchange import HANDLERS as EXCHANGE

    return {**HANDLERS, **EXCHANGE}


def _err(text: str) -> None:
    """A message on standard error, with any control characters from outside (file names, a hub's answer)
    escaped: nothing we print can move the cursor, recolour the terminal or reverse the text."""
    sys.stderr.write(terminal_text(text))


class _Escaped:
    """Standard output with control characters escaped (see `_err`); line breaks and tabs kept."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(terminal_text(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _utf8_output() -> None:
    """Output sent to a file or another program is UTF-8. Windows would otherwise write it in the ANSI code page,
    which has no room for a Welsh ŵ or an arrow, and the command would fail half way through its output (a console
    shows Unicode either way)."""
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper) or stream.isatty():
            continue
        if codecs.lookup(stream.encoding).name != "utf-8":
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    _utf8_output()
    args = build_parser().parse_args(argv)
    out = cast(TextIO, _Escaped(out or sys.stdout))
    if args.self_test:
        from casebridge import selftest

        results = selftest.run(require_media=args.require_media, workspace=getattr(args, "workspace", None))
        return selftest.report(results, out)
    if args.command is None:
        from casebridge.ui.launch import run_gui

        return run_gui(getattr(args, "workspace", None), open_file=args.open)
    action = getattr(args, f"{args.command.replace('-', '_')}_command", None)
    handler = _handlers()[(args.command, action)]
    try:
        return handler(args, out)
    except CasebridgeError as exc:
        _err(f"casebridge: error: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("casebridge: interrupted\n")
        return 130
    except OSError as exc:
        _err(f"casebridge: error: {exc.strerror or exc} ({exc.filename or 'file system'})\n")
        return EXIT_ERROR
    except Exception as exc:  # last resort: one line for the user, the traceback in the log
        import logging

        from casebridge.logs import scrub

        logging.getLogger("casebridge.cli").exception("Unexpected error in %s", args.command)
        _err(f"casebridge: error: unexpected {type(exc).__name__}: {scrub(str(exc)).splitlines()[0]}\n")
        return EXIT_ERROR
