"""Every command shown in the README and the user guide runs as written.

Each fenced code block's `casebridge …` lines (split at ` ; `, trailing `# comments` dropped) are run in order, in
a sandbox per page: a fresh workspace holding the demo case, the page's own working folder, the files its
commands name. A command passes when it exits 0 — or with a code its own comment announces ("exit 1 listing …").
Optional parts written `[--json]` and alternatives `a|b` are each checked against the real argument parser.

A few commands cannot run here as written: they talk to a hub at the address shown, wait for a person to edit a
file, or keep running. Those are listed in NOT_RUN with the reason, still checked against the parser, and the
list must stay true (every entry must still be in the docs). `./dev.sh` lines are checked against dev.sh itself.
Inline commands in prose must name a real command.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs" / "user-guide").glob("*.md"))]
DEMO_URN = "62CF0041226"

# exact command (as it appears after splitting) -> why it is only parsed here
NOT_RUN = {
    "casebridge login https://hub.example --user pc4471": "signs in to a hub at that address",
    "casebridge submit 62CF0041226": "sends to the signed-in hub (tests/exchange, acceptance script)",
    "casebridge receipt verify receipt.json": "needs a receipt from a hub",
    "casebridge receipt export SUBMISSION-ID --out receipt.json": "needs a submission on a hub",
    "casebridge inbox --state new": "reads a hub's inbox",
    "casebridge inbox": "reads a hub's inbox",
    "casebridge inbox --open SUBMISSION-ID": "downloads from a hub",
    "casebridge feedback send 62CF0041226 --file request.json": "sends to a hub",
    "casebridge feedback send 62CF0041226": "sends to a hub",
    "casebridge feedback list 62CF0041226": "fetches from a hub",
    "casebridge feedback answer 62CF0041226 FEEDBACK-ID R1 --exhibit BH/1": "answers feedback fetched from a hub",
    "casebridge hub serve --data hub/ --cert certs/hub.pem --key certs/hub-key.pem": "keeps running (a server)",
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


@pytest.mark.slow
@pytest.mark.parametrize("page", sorted({c.page for c in documented()}))  # the pages that show commands
def test_every_documented_command_runs_as_written(page: str, demo_workspace: Path, tmp_path: Path) -> None:
    commands = [c for c in documented() if c.page == page]
    workspace = tmp_path / "ws"
    if page != "README.md":  # the README starts from nothing: its own commands make the demo and a case
        shutil.copytree(demo_workspace, workspace)
    cwd = tmp_path / "work"
    cwd.mkdir()
    _prepare(cwd)
    env = {
        **os.environ,
        "CASEBRIDGE_WORKSPACE": str(workspace),
        "CASEBRIDGE_MACHINE_DEFAULTS": str(tmp_path / "machine-defaults.json"),
    }
    failures = []
    for command in commands:
        if command.runnable in NOT_RUN:
            continue
        argv, target = _argv(command.runnable)
        done = subprocess.run(
            [sys.executable, "-m", "casebridge", *argv],
            cwd=cwd,
            env=env,
            input="correct horse battery staple\n",
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if target is not None:
            (cwd / target).write_text(done.stdout, encoding="utf-8")
        missing = "No such file" in done.stderr or "does not exist" in done.stderr
        if done.returncode not in command.exits or "Traceback" in done.stderr or missing:
            failures.append(
                f"{command.page}:{command.line}: {command.runnable}\n  exit {done.returncode}: "
                f"{(done.stderr or done.stdout).strip()[-400:]}"
            )
    assert not failures, "\n".join(failures)
