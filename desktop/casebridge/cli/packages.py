"""`casebridge package …`: signed case packages (.cbcase) and the workstations trusted to send them."""

from __future__ import annotations

import argparse
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


def _package_export(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.exchange.package import export_package

    ws = run.workspace
    urn = ws.cases.get_case(args.urn).urn
    key = run.services.workstation_key()
    path = export_package(ws, urn, Path(args.out), key)
    out.write(f"{path}\n{urn} exported and signed by workstation key {key.id}\n")
    return EXIT_OK


def _package_import(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.exchange.receive import import_package, unknown_sender

    ws = run.workspace
    path = Path(args.file)
    bar = ProgressLine()
    try:
        done = import_package(ws, path, trusted_only=args.trusted_only, progress=bar)
    finally:
        bar.close()
    out.write(
        f"{done.urn} imported from {path.name}: {done.exhibits} exhibit(s); signature and digests checked; "
        + (f"signed by {done.sender} ({done.signer})\n" if done.sender else f"WARNING: {unknown_sender(done.signer)}\n")
    )
    return EXIT_OK


def _package_verify(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.exchange.package import PackageError, open_package
    from casebridge.exchange.receive import sender_of, unknown_sender

    path = Path(args.file)
    try:
        opened = open_package(path)
    except PackageError as exc:
        if args.json:
            print_json({"file": str(path), "valid": False, "problem": str(exc)}, out)
            out.write("\n")
        else:
            out.write(f"{path.name}: refused: {exc}\n")
        return EXIT_ERROR
    manifest = opened.manifest
    sender = sender_of(run.workspace, opened.signer)
    if args.json:
        print_json(
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


def _package_trust(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.exchange.package import open_package

    key = args.key
    if key.lower().endswith(".cbcase") or Path(key).is_file():
        key = open_package(Path(key)).signer  # the whole package checked: only a real signature names a key
    ws = run.workspace
    entry = ws.trust.trust(key, args.name)
    out.write(f"Trusted: workstation key {entry.key_id} ({entry.name})\n")
    return EXIT_OK


def _package_distrust(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    ws = run.workspace
    ws.trust.distrust(args.key)
    out.write(f"Workstation key {args.key.strip().lower()} is no longer trusted\n")
    return EXIT_OK


def _package_trusted(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.exchange.keys import own_key_id

    ws = run.workspace
    entries = ws.trust.all()
    if args.json:
        print_json({"this_workstation": own_key_id(ws.paths.config_dir), "trusted": [vars(e) for e in entries]}, out)
        out.write("\n")
        return EXIT_OK
    if not entries:
        out.write("No workstation keys are on this unit's trust list (packages from this workstation are trusted)\n")
    for entry in entries:
        out.write(f"{entry.key_id}  {entry.name}  (added by {entry.added_by}, {entry.added_at[:10]})\n")
    return EXIT_OK


def _package_key(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    key = run.services.workstation_key()
    out.write(f"This workstation's signing key: {key.id}\n")
    return EXIT_OK


HANDLERS: Handlers = {
    ("package", "export"): _package_export,
    ("package", "import"): _package_import,
    ("package", "verify"): _package_verify,
    ("package", "trust"): _package_trust,
    ("package", "distrust"): _package_distrust,
    ("package", "trusted"): _package_trusted,
    ("package", "key"): _package_key,
}
