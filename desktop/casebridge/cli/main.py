"""`casebridge` opens the GUI; subcommands do the same work headless.

Conventions for every command: `--workspace DIR` (or $CASEBRIDGE_WORKSPACE) selects an isolated workspace;
list/show commands take `--json`; errors print one line naming the problem and exit non-zero. Each command group
lives in its own module, which registers its parsers and handlers; `main` opens the workspace and its services at
most once and closes them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO, cast

from casebridge import __version__
from casebridge.cli import admin, bundles, cases, evidence, exchange, forms, hub, packages, redact, redact_media, review
from casebridge.cli.common import EXIT_ERROR, Escaped, Handlers, Run, err, utf8_output, workspace_parent
from casebridge.errors import CasebridgeError

GROUPS = (cases, evidence, forms, redact, packages, bundles, admin, hub, exchange, review)


def build_parser() -> argparse.ArgumentParser:
    common = workspace_parent()
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

    for group in GROUPS:
        group.register(commands, common)
    return parser


def handlers() -> Handlers:
    table: Handlers = {}
    for group in (*GROUPS, redact_media):
        table.update(group.HANDLERS)
    return table


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    utf8_output()
    args = build_parser().parse_args(argv)
    out = cast(TextIO, Escaped(out or sys.stdout))
    if args.self_test:
        from casebridge import selftest

        results = selftest.run(require_media=args.require_media, workspace=getattr(args, "workspace", None))
        return selftest.report(results, out)
    if args.command is None:
        from casebridge.ui.launch import run_gui

        return run_gui(getattr(args, "workspace", None), open_file=args.open)
    action = getattr(args, f"{args.command.replace('-', '_')}_command", None)
    handler = handlers()[(args.command, action)]
    run = Run(getattr(args, "workspace", None))
    try:
        return handler(args, out, run)
    except CasebridgeError as exc:
        err(f"casebridge: error: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err("casebridge: interrupted\n")
        return 130
    except OSError as exc:
        err(f"casebridge: error: {exc.strerror or exc} ({exc.filename or 'file system'})\n")
        return EXIT_ERROR
    except Exception as exc:  # last resort: one line for the user, the traceback in the log
        import logging

        from casebridge.logs import scrub

        logging.getLogger("casebridge.cli").exception("Unexpected error in %s", args.command)
        err(f"casebridge: error: unexpected {type(exc).__name__}: {scrub(str(exc)).splitlines()[0]}\n")
        return EXIT_ERROR
    finally:
        run.close()
