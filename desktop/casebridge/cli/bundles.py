"""`casebridge bundle …`: build, serve, arrange and compare bundles."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

import pymupdf

from casebridge.bundle.preflight import errors
from casebridge.bundle.profiles import profile as named_profile
from casebridge.bundle.profiles import profiles
from casebridge.bundle.split import part_file
from casebridge.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    Handlers,
    Run,
    print_json,
)
from casebridge.errors import CasebridgeError

PROFILES = sorted(profiles())


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    bundle = commands.add_parser("bundle", help="build, serve and compare bundles", parents=[common])
    bundle_cmds = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    bundle_build = bundle_cmds.add_parser("build", help="build a bundle package (PDF, index, media)", parents=[common])
    bundle_build.add_argument("urn")
    bundle_build.add_argument("--audience", choices=["police", "cps", "defence"], default="cps")
    bundle_build.add_argument(
        "--profile",
        choices=PROFILES,
        default="classic",
        help="dcs: the Crown Court DCS sections (J exhibits, K transcripts); ebundle: page numbers = PDF pages; "
        "jury: only what a jury may see; classic: Casebridge's own layout (default)",
    )
    bundle_build.add_argument(
        "--max-part-mb",
        type=float,
        default=None,
        metavar="N",
        help="split into parts under N MB (default: the profile's)",
    )
    bundle_build.add_argument(
        "--defendant",
        default="",
        metavar="NAME",
        help="a defence bundle for one defendant: their partition of the sections kept per defendant (DCS C, D)",
    )
    bundle_build.add_argument("--out", required=True, metavar="DIR")
    bundle_build.add_argument("--json", action="store_true")
    bundle_check = bundle_cmds.add_parser(
        "check", help="pre-flight a bundle PDF against a profile's rules (exit 1 on errors)", parents=[common]
    )
    bundle_check.add_argument("pdf", metavar="FILE.pdf")
    bundle_check.add_argument("--profile", choices=PROFILES, default="classic")
    bundle_check.add_argument("--max-part-mb", type=float, default=None, metavar="N")
    bundle_check.add_argument("--index", metavar="INDEX.json", help="the bundle's index (default: FILE.json beside it)")
    bundle_check.add_argument("--json", action="store_true")
    bundle_serve = bundle_cmds.add_parser(
        "serve", help="mark a bundle version served: its page references are frozen", parents=[common]
    )
    bundle_serve.add_argument("urn")
    bundle_serve.add_argument("--audience", choices=["police", "cps", "defence"], default="defence")
    bundle_serve.add_argument("--version", type=int, default=None, help="default: the latest")
    bundle_serve.add_argument("--profile", choices=PROFILES, default="classic")
    bundle_serve.add_argument("--defendant", default="", metavar="NAME", help="the version built for this defendant")
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


def _bundle_build(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.bundle.service import LeaksFound, file_stem
    from casebridge.forms.document import Audience

    ws = run.workspace
    urn = ws.cases.get_case(args.urn).urn
    try:
        bundle, version = run.services.bundles.build(
            urn, Audience(args.audience), args.profile, args.max_part_mb, args.defendant
        )
    except LeaksFound as blocked:
        leaks = blocked.bundle.leaks
        if args.json:
            print_json(
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
    audience = bundle.audience.value
    pdf = bundle.write(Path(args.out), file_stem(urn, bundle.audience, args.profile, version.number, bundle.defendant))
    with pymupdf.open(stream=bundle.pdf, filetype="pdf") as whole:
        pages = whole.page_count
    failing = errors(bundle.findings)
    if args.json:
        print_json(
            {
                "urn": urn,
                "audience": audience,
                "profile": args.profile,
                "defendant": bundle.defendant,
                "version": version.number,
                "pdf": str(pdf),
                "parts": [str(pdf.parent / part_file(bundle.part_prefix, n)) for n in range(1, len(bundle.parts) + 1)],
                "pages": pages,
                "documents": len(bundle.rows),
                "media": sorted(bundle.media),
                "left_out": [{"key": o.entry.key, "reason": o.reason} for o in bundle.left_out],
                "preflight": [f.to_json() for f in bundle.findings],
            },
            out,
        )
        out.write("\n")
        return EXIT_OK
    parts = f" in {len(bundle.parts)} parts" if bundle.parts else ""
    out.write(
        f"{pdf}\n{urn} {audience} bundle ({args.profile}"
        + (f", for {bundle.defendant}" if bundle.defendant else "")
        + f") version {version.number}: {len(bundle.rows)} document(s), "
        f"{pages} page(s){parts}, {len(bundle.media)} media file(s)\n"
    )
    for left in bundle.left_out:
        out.write(f"  left out: {left.entry.key} {left.entry.title} ({left.reason})\n")
    out.write(
        f"Pre-flight: {len(failing)} error(s), {len(bundle.findings) - len(failing)} warning(s)"
        + (" — it cannot be served until they are put right" if failing else "")
        + "\n"
    )
    for finding in bundle.findings:
        out.write(f"  {finding.line()}\n")
    return EXIT_OK


def _bundle_check(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.bundle.preflight import check_bundle

    path = Path(args.pdf)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CasebridgeError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    index_path = Path(args.index) if args.index else path.with_suffix(".json")
    index = index_path.read_text(encoding="utf-8") if index_path.is_file() else None
    findings = check_bundle(data, named_profile(args.profile), index, max_part_mb=args.max_part_mb)
    failing = errors(findings)
    if args.json:
        print_json({"file": str(path), "profile": args.profile, "findings": [f.to_json() for f in findings]}, out)
        out.write("\n")
    else:
        out.write(
            f"{path}: {len(failing)} error(s), {len(findings) - len(failing)} warning(s) against the "
            f"{named_profile(args.profile).title} rules"
            + ("" if index else " (no index beside it: sections not checked)")
            + "\n"
        )
        for finding in findings:
            out.write(f"  {finding.line()}\n")
    return EXIT_ERROR if failing else EXIT_OK


def _bundle_serve(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    version = run.services.bundles.serve(args.urn, args.audience, args.version, args.profile, args.defendant)
    out.write(
        f"{args.urn.upper()} {args.audience} bundle version {version.number} marked served: its page "
        "references will not change\n"
    )
    return EXIT_OK


def _bundle_arrange(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.bundle.build import case_definition
    from casebridge.bundle.definition import BundleDefinition
    from casebridge.domain.view import CaseFileView

    ws = run.workspace
    urn = ws.cases.get_case(args.urn).urn
    if args.reset:
        ws.bundles.save_definition(urn, None)
    elif args.file:
        definition = BundleDefinition.from_json(Path(args.file).read_text(encoding="utf-8"))
        ws.bundles.save_definition(urn, definition.to_json())
    out.write(case_definition(ws, CaseFileView.load(ws, urn)).to_json())
    return EXIT_OK


def _bundle_diff(args: argparse.Namespace, out: TextIO, run: Run) -> int:
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
        print_json([c.__dict__ for c in changes], out)
        out.write("\n")
    else:
        out.write(f"{len(changes)} change(s)\n")
        for change in changes:
            out.write(f"  {change.line}\n")
    return EXIT_OK


HANDLERS: Handlers = {
    ("bundle", "build"): _bundle_build,
    ("bundle", "serve"): _bundle_serve,
    ("bundle", "arrange"): _bundle_arrange,
    ("bundle", "diff"): _bundle_diff,
    ("bundle", "check"): _bundle_check,
}
