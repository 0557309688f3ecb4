"""`casebridge database …`, `machine-defaults …`, `demo`: set-up and the demo case."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from casebridge.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    Handlers,
    Run,
    err,
    print_json,
)
from casebridge.errors import SettingsError


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    db = commands.add_parser("database", help="shared database settings", parents=[common])
    db_cmds = db.add_subparsers(dest="database_command", metavar="ACTION", required=True)
    db_cmds.add_parser(
        "set-password",
        help="store the shared database's password in the system credential store (read from standard input)",
        parents=[common],
    )
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
    demo = commands.add_parser("demo", help="create a realistic demo case with generated material", parents=[common])
    demo.add_argument("--urn", default=None, help="URN for the demo case (default 62CF0041226)")
    demo.add_argument(
        "--live",
        action="store_true",
        help="bring it to today: the suspect's custody clock with hours left, a CPS request waiting for an "
        "answer and an interrupted upload (the material keeps its November dates)",
    )


def _database_set_password(args: argparse.Namespace, out: TextIO, run: Run) -> int:
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


def _demo(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.demo.builder import DEMO_URN, build_demo

    def show(update: Any) -> None:
        out.write(f"\r[{update.done}/{update.total}] {update.message:<60}")
        out.flush()

    result = build_demo(run.services, urn=args.urn or DEMO_URN, progress=show)
    out.write(
        f"\nDemo case {result.urn} created with {len(result.material)} items of material in {result.material_dir}\n"
    )
    if args.live:
        from casebridge.demo.live import make_live

        live = make_live(run.services, result.urn, run.workspace.clock.now())
        out.write(
            f"Brought to today: custody clock to {live.custody_expiry.astimezone():%d/%m/%Y %H:%M}, a CPS action plan "
            f"waiting for an answer, submission {live.submission_id[:8]} interrupted in the outbox.\n"
            "`casebridge work` (or the app's My work) shows them.\n"
        )
    return EXIT_OK


def _machine_paths(args: argparse.Namespace) -> Any:
    import dataclasses

    from casebridge.settings import AppPaths

    paths = AppPaths.for_user()
    if args.file:
        paths = dataclasses.replace(paths, machine_defaults_file=Path(args.file))
    return paths


def _machine_defaults_show(args: argparse.Namespace, out: TextIO, run: Run) -> int:
    from casebridge.settings import read_settings_file

    path = _machine_paths(args).machine_defaults_file
    values, warnings = read_settings_file(path, "machine")
    for warning in warnings:
        err(f"casebridge: warning: {warning}\n")
    out.write(f"{path}\n")
    print_json(values, out)
    out.write("\n")
    return EXIT_ERROR if warnings else EXIT_OK


def _machine_defaults_set(args: argparse.Namespace, out: TextIO, run: Run) -> int:
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
            err(f"casebridge: warning: the CA bundle {bundle} does not exist (yet); saved anyway.\n")
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


HANDLERS: Handlers = {
    ("database", "set-password"): _database_set_password,
    ("demo", None): _demo,
    ("machine-defaults", "show"): _machine_defaults_show,
    ("machine-defaults", "set"): _machine_defaults_set,
}
