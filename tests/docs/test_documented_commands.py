"""Every command shown in the README and the user guide runs as written.

Each fenced code block's `casebridge …` lines (split at ` ; `, trailing `# comments` dropped) are run in order, in
a sandbox per page: a fresh workspace holding the demo case, the page's own working folder, the files its
commands name. A command passes when it exits 0 — or with a code its own comment announces ("exit 1 listing …").
Optional parts written `[--json]` and alternatives `a|b` are each checked against the real argument parser.

Hub commands run against a real hub over TLS on 127.0.0.1: the README's own (`hub dev-cert`, `hub user add`,
then `hub serve` exactly as written, kept running in the background), or for a guide page one started for the
page. The address written `https://hub.example` stands for that hub, and its CA is the machine's trusted bundle.
Each hub user works on their own machine: police users in the page's workspace, a CPS user in a workspace of
their own (a CPS office has no copy of the case until `inbox --open` downloads it). `SUBMISSION-ID` and
`FEEDBACK-ID` stand for what the machine in use last sent or received, read back through `--json`. A page that
opens a submission without sending one starts with the demo case sent by the officer.

A few commands cannot run here as written: they wait for a person to edit a file, or need what the demo case
does not hold. Those are listed in NOT_RUN with the reason, still checked against the parser, and the list must
stay true (every entry must still be in the docs). `./dev.sh` lines are checked against dev.sh itself. Inline
commands in prose must name a real command.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import ssl
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.hub import PASSWORD, HubProcess, client_env

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs" / "user-guide").glob("*.md"))]
DEMO_URN = "62CF0041226"

# exact command (as it appears after splitting) -> why it is only parsed here
NOT_RUN = {
    "casebridge --self-test --require-media": "the full self-test runs in tests/integration/test_selftest.py",
    "casebridge redact media 62CF0041226 SE/1": (
        "the demo's CCTV has no face for detection to mask (refused: 'masks nothing'); the whole CLI path runs in "
        "tests/integration/test_media_redaction.py on a clip with a real face"
    ),
    'casebridge redact approve 62CF0041226 SE/1 --leave-visible face1 --reason "The suspect: identification is the '
    'issue"': "needs a person found by detection (the demo's CCTV has none)",
    "casebridge redact verify-media original.mp4 copy.mp4 masks.json": "needs the copy made by the line before",
    "casebridge redact follow 62CF0041226 SE/1 --track m1": "needs a mask drawn in the media editor",
}


@dataclass(frozen=True)
class Command:
    page: str
    line: int
    text: str  # as written, brackets and all
    exits: frozenset[int]  # accepted exit codes

    @property
    def runnable(self) -> str:
        """The command without its optional parts."""
        return " ".join(_without_options(self.text).split())


def _without_options(text: str) -> str:
    while "[" in text:
        text = re.sub(r"\s*\[[^\[\]]*\]", "", text)
    return text


def _variants(text: str) -> list[str]:
    """Each optional part included on its own, each alternative of a|b taken once."""
    out = [_without_options(text)]
    for found in re.finditer(r"\[([^\[\]]*)\]", text):
        for choice in found.group(1).split(" | "):
            out.append(_without_options(text[: found.start()] + " " + choice + text[found.end() :]))
    expanded = []
    for variant in out:
        match = re.search(r"(\S+)\|(\S+)", variant.split("#")[0])
        if match and not variant.split()[0].startswith("http"):
            for choice in match.group(0).split("|"):
                expanded.append(variant.replace(match.group(0), choice, 1))
        else:
            expanded.append(variant)
    return [" ".join(v.split()) for v in expanded]


def documented() -> Iterator[Command]:
    for page in PAGES:
        in_block = False
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip().startswith("```"):
                in_block = not in_block
                continue
            if not in_block or not line.strip().startswith("casebridge "):
                continue
            body, _, comment = line.strip().partition("  #")
            exits = {0} | {int(code) for code in re.findall(r"\bexit (\d)\b", comment)}
            for part in body.split(" ; "):
                yield Command(page.relative_to(ROOT).as_posix(), number, part.strip(), frozenset(exits))


def _argv(text: str) -> tuple[list[str], str | None]:
    """The arguments (backslashes kept: Windows paths are written as they are typed) and a `> file` target."""
    lexer = shlex.shlex(text, posix=True)
    lexer.whitespace_split = True
    lexer.escape = ""
    words = list(lexer)
    target = None
    if ">" in words:
        at = words.index(">")
        words, target = words[:at], words[at + 1]
    assert words[0] == "casebridge", text
    return words[1:], target


def test_every_documented_command_parses() -> None:
    from casebridge.cli import build_parser

    parser = build_parser()
    problems = []
    for command in documented():
        for variant in _variants(command.text):
            argv, _target = _argv(variant)
            try:
                parser.parse_args(argv)
            except SystemExit as stop:  # --version and --help stop with 0
                if stop.code in (0, None):
                    continue
                problems.append(f"{command.page}:{command.line}: {variant}")
    assert not problems, "documented commands the CLI does not accept:\n" + "\n".join(problems)


def test_the_not_run_list_is_still_true() -> None:
    shown = {c.runnable for c in documented()}
    stale = sorted(set(NOT_RUN) - shown)
    assert not stale, f"NOT_RUN names commands the docs no longer show: {stale}"


def test_dev_sh_lines_name_its_own_actions() -> None:
    actions = set(re.findall(r"^  ([a-z-]+)\)", (ROOT / "dev.sh").read_text(), re.MULTILINE))
    for page in PAGES:
        for action in re.findall(r"^\./dev\.sh ([a-z-]+)", page.read_text(encoding="utf-8"), re.MULTILINE):
            assert action in actions, f"{page.name}: ./dev.sh {action}"


def test_inline_commands_name_real_commands() -> None:
    from casebridge.cli import build_parser

    parser = build_parser()
    commands = {name for action in parser._subparsers._group_actions for name in action.choices}  # type: ignore[union-attr]
    for page in PAGES:
        for found in re.finditer(r"`casebridge ([a-z-]+)", page.read_text(encoding="utf-8")):
            if found.group(1).startswith("--"):
                assert found.group(1) in parser._option_string_actions, f"{page.name}: casebridge {found.group(1)}"
                continue
            assert found.group(1) in commands, f"{page.name}: casebridge {found.group(1)}"


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo case, built once (derivatives and all) and copied for each page."""
    folder = tmp_path_factory.mktemp("docs-demo") / "ws"
    env = {**os.environ, "CASEBRIDGE_WORKSPACE": str(folder)}
    subprocess.run([sys.executable, "-m", "casebridge", "demo"], env=env, check=True, capture_output=True)
    return folder


def _prepare(folder: Path) -> None:
    """The files the pages' commands name, as a user would have them."""
    from tests.fixtures.media import make_text_pdf, make_video

    cctv = folder / "D:\\Exports\\CCTV"  # a Windows path, typed as it is: a plain folder name here
    cctv.mkdir()
    make_video(cctv / "cctv.avi", seconds=1)
    make_text_pdf(folder / "received.pdf", "Statement served by the defence: nothing redacted here.")
    request = {  # what a reviewer writes for `feedback send --file` (docs/data-standard: feedback-v1)
        "kind": "request",
        "summary": "One statement is missing.",
        "requests": [
            {
                "id": "R1",
                "type": "mg11_statement",
                "description": "Statement from the shop manager about the till",
                "witness": "Bethan HUGHES",
            }
        ],
    }
    (folder / "request.json").write_text(json.dumps(request), encoding="utf-8")


HUB_ADDRESS = "https://hub.example"  # as the pages write it: stands for the real hub the test runs
HUB_USERS = {"pc4471": "police", "cps-reviewer": "cps"}  # the users the pages sign in as, and their roles
README_HUB = "https://127.0.0.1:8443"  # where the README's own `hub serve` listens (its default port)


@pytest.fixture(scope="module")
def docs_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    """The hub for guide pages that sign in without setting one up (the README sets up its own)."""
    server = HubProcess(tmp_path_factory.mktemp("docs-hub"))
    server.add_user("pc4471", "police", "62")
    server.add_user("cps-reviewer", "cps")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Machine:
    """One user's computer: a workspace and a keyring of its own."""

    role: str
    workspace: Path
    keyring: Path


class Sandbox:
    """A page's commands, run in order on the machines of the users who sign in."""

    def __init__(self, tmp_path: Path, police_workspace: Path, hub_url: str, ca: Path | None) -> None:
        self.tmp = tmp_path
        self.cwd = tmp_path / "work"
        self.cwd.mkdir()
        self.machines = {"police": Machine("police", police_workspace, tmp_path / "keyring-police.json")}
        self.current = self.machines["police"]
        self.hub_url = hub_url
        self.defaults = tmp_path / "machine-defaults.json"
        if ca is not None:
            self.trust(ca)
        self.server: subprocess.Popen[bytes] | None = None

    def trust(self, ca: Path) -> None:
        """The hub's CA as the machines' trusted bundle (as IT would set it: machine-defaults --ca-bundle)."""
        self.defaults.write_text(json.dumps({"ca_bundle": str(ca)}), encoding="utf-8")

    def env(self, machine: Machine) -> dict[str, str]:
        return {
            **client_env(machine.keyring),
            "CASEBRIDGE_WORKSPACE": str(machine.workspace),
            "CASEBRIDGE_MACHINE_DEFAULTS": str(self.defaults),
        }

    def run(self, argv: list[str], machine: Machine | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "casebridge", *argv],
            cwd=self.cwd,
            env=self.env(machine or self.current),
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )

    def read_json(self, argv: list[str]) -> Any:
        done = self.run([*argv, "--json"])
        assert done.returncode == 0, f"{argv}: {done.stderr}"
        return json.loads(done.stdout)

    def sign_in(self, user: str) -> None:
        role = HUB_USERS[user]
        if role not in self.machines:
            self.machines[role] = Machine(role, self.tmp / f"ws-{role}", self.tmp / f"keyring-{role}.json")
        self.current = self.machines[role]

    def resolve(self, argv: list[str]) -> list[str]:
        """The page's placeholders for what only the run itself knows."""
        out = []
        for word in argv:
            if word.startswith(HUB_ADDRESS):
                word = self.hub_url + word[len(HUB_ADDRESS) :]
            elif word == "SUBMISSION-ID":
                word = self.submission_id()
            elif word == "FEEDBACK-ID":
                word = self.feedback_id()
            out.append(word)
        return out

    def submission_id(self) -> str:
        if self.current.role == "cps":  # the newest of the demo case's submissions in the inbox
            rows = [r for r in self.read_json(["inbox"]) if r["urn"] == DEMO_URN]
            return str(max(rows, key=lambda r: r["created_at"])["submission_id"])
        sent = self.read_json(["outbox", "--urn", DEMO_URN])
        return str(max(sent, key=lambda s: s["created_at"])["id"])

    def feedback_id(self) -> str:
        found = self.read_json(["feedback", "list", DEMO_URN, "--offline"])
        asking = [f for f in found if any(r.get("id") == "R1" for r in f.get("requests", []))]
        return str(asking[-1]["id"])

    def serve(self, argv: list[str]) -> None:
        """`hub serve` as written, in the background: the commands after it talk to it."""
        log = (self.tmp / "hub.log").open("ab")
        self.server = subprocess.Popen(
            [sys.executable, "-m", "casebridge", *argv],
            cwd=self.cwd,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.hub_url = README_HUB
        ca = self.cwd / "certs" / "ca.pem"
        self.trust(ca)
        context = ssl.create_default_context(cafile=str(ca))
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{README_HUB}/api/v1/hub", context=context, timeout=2):
                    return
            except OSError:
                if time.monotonic() > deadline:
                    raise AssertionError(f"hub serve did not start: {(self.tmp / 'hub.log').read_text()}") from None
                try:  # wait on the server process itself: returns at once if it stops while starting
                    self.server.wait(0.2)
                except subprocess.TimeoutExpired:
                    continue
                raise AssertionError(f"hub serve stopped: {(self.tmp / 'hub.log').read_text()}") from None

    def close(self) -> None:
        if self.server is not None and self.server.poll() is None:
            self.server.terminate()
            self.server.wait(30)


def _hub_commands(commands: list[Command]) -> bool:
    hub = ("login", "submit", "inbox", "feedback", "receipt", "outbox")
    return any(c.runnable.split()[1] in hub for c in commands)


@pytest.mark.slow
@pytest.mark.parametrize("page", sorted({c.page for c in documented()}))  # the pages that show commands
def test_every_documented_command_runs_as_written(
    page: str, demo_workspace: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    commands = [c for c in documented() if c.page == page]
    workspace = tmp_path / "ws"
    if page != "README.md":  # the README starts from nothing: its own commands make the demo and a case
        shutil.copytree(demo_workspace, workspace)
    own_hub = any(c.runnable.startswith("casebridge hub serve") for c in commands)
    hub: HubProcess | None = None
    if _hub_commands(commands) and not own_hub:
        hub = request.getfixturevalue("docs_hub")
    sandbox = Sandbox(tmp_path, workspace, hub.url if hub else README_HUB, hub.ca if hub else None)
    _prepare(sandbox.cwd)
    runnable = [c.runnable for c in commands]
    if any("SUBMISSION-ID" in r for r in runnable) and not any(r.startswith("casebridge submit") for r in runnable):
        for argv in (["login", sandbox.hub_url, "--user", "pc4471"], ["submit", DEMO_URN]):  # the officer sent it
            done = sandbox.run(argv)
            assert done.returncode == 0, done.stderr
    failures = []
    try:
        for command in commands:
            if command.runnable in NOT_RUN:
                continue
            argv, target = _argv(command.runnable)
            if argv[:2] == ["hub", "serve"]:
                sandbox.serve(argv)
                continue
            if argv[0] == "login":
                sandbox.sign_in(argv[argv.index("--user") + 1])
            done = sandbox.run(sandbox.resolve(argv))
            if target is not None:
                (sandbox.cwd / target).write_text(done.stdout, encoding="utf-8")
            missing = "No such file" in done.stderr or "does not exist" in done.stderr
            if done.returncode not in command.exits or "Traceback" in done.stderr or missing:
                failures.append(
                    f"{command.page}:{command.line}: {command.runnable}\n  exit {done.returncode}: "
                    f"{(done.stderr or done.stdout).strip()[-400:]}"
                )
    finally:
        sandbox.close()
    assert not failures, "\n".join(failures)
