"""What every command shares: the workspace and services of one run (opened once, on first use, and closed
by `main`), exit codes, JSON and progress output, and escaping of anything printed."""

from __future__ import annotations

import argparse
import codecs
import getpass
import io
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from casebridge.domain.text import terminal_text

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.workspace import Workspace

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTEGRITY = 0, 1, 2, 3


def workspace_parent() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--workspace",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="use the isolated workspace in DIR (database + vault); default: $CASEBRIDGE_WORKSPACE or your own",
    )
    return common


def print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False, default=str)
    out.write("\n")


class ProgressLine:
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


def err(text: str) -> None:
    """A message on standard error, with any control characters from outside (file names, a hub's answer)
    escaped: nothing we print can move the cursor, recolour the terminal or reverse the text."""
    sys.stderr.write(terminal_text(text))


class Escaped:
    """Standard output with control characters escaped (see `err`); line breaks and tabs kept."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(terminal_text(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def utf8_output() -> None:
    """Output sent to a file or another program is UTF-8. Windows would otherwise write it in the ANSI code page,
    which has no room for a Welsh ŵ or an arrow, and the command would fail half way through its output (a console
    shows Unicode either way)."""
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper) or stream.isatty():
            continue
        if codecs.lookup(stream.encoding).name != "utf-8":
            stream.reconfigure(encoding="utf-8", errors="replace")


class Run:
    """The workspace and services of one command: opened on first use (a command that needs neither, like
    `hub serve` or `receipt verify`, never opens them) and closed once by `main` when the command ends."""

    def __init__(self, workspace: str | None) -> None:
        self._where = workspace
        self._services: Services | None = None

    @property
    def services(self) -> Services:
        if self._services is None:
            from casebridge.app import build_services, open_workspace

            self._services = build_services(open_workspace(self._where))
        return self._services

    @property
    def workspace(self) -> Workspace:
        workspace: Workspace = self.services.workspace
        return workspace

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None


Handler = Callable[[argparse.Namespace, TextIO, Run], int]
Handlers = dict[tuple[str, str | None], Handler]


def read_password(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\n")


def verification_failed(reference: str, failed: Exception, problems: list[Any], *, as_json: bool, out: TextIO) -> int:
    """A redacted copy that failed its check: nothing was kept; say why (as JSON with `--json`) and exit 1."""
    if as_json:
        print_json({"exhibit": reference, "verified": False, "problems": [p.__dict__ for p in problems]}, out)
        out.write("\n")
    else:
        err(f"casebridge: error: {failed}\n")
    return EXIT_ERROR
