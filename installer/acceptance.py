"""Acceptance test of an *installed* Casebridge: the whole mission, headless, step by step, timed and checked.

    python installer/acceptance.py --casebridge CMD [--hub CMD] [--work DIR] [--report FILE.json]

CMD is how the installed program is started, split like a shell would: a wheel's console script
(`venv/bin/casebridge`), the frozen Linux bundle (`build/linux/dist/casebridge/casebridge`), the MSI's
executable under Wine (`wine "C:\\Program Files\\Casebridge\\casebridge.exe"`: paths handed to it are turned
into Z:\\ paths and its CR LF line ends dropped) or on a Windows runner. `--hub` starts the receiving hub on this
machine (default: CMD itself, which needs the `[hub]` extra; the frozen workstation builds do not carry it).

The steps: self-test → demo case → every MG form rendered → readiness → document redaction applied and
verified → face detection and media redaction on a generated clip with a real face, exported and verified →
defence bundle → case package export, verify, import into a second workspace → submission to a real hub on
127.0.0.1 over TLS with the signed receipt verified, and the CPS side downloading it → audit chains and vaults
verified. Every outcome is checked here from the produced files (PyMuPDF for PDFs, PyAV/NumPy for video), not
only from what the program says. The first failing step stops the run; the exit status is 1 and the last line
names it. Needs Python 3.11+ with PyMuPDF, PyAV, NumPy and Pillow (the test environment, or a venv made from
the wheel, has them); no pytest.

On Linux the program's hub sign-in keeps its token in a real Secret Service: the script starts a private D-Bus
session and an unlocked gnome-keyring for the programs it runs (`--keyring system` uses whatever is there).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEMO_URN = "62CF0041226"
DEMO_FORCE = "62"
# the generated clip (tests/fixtures/face_clip.py): a real face crossing a noisy scene, 4 s at 25 fps
CLIP_FPS, CLIP_SECONDS, FACE_SIZE = 25, 4, (120, 132)


class StepFailed(Exception):
    """A check failed: the message says what was expected and what was found."""


@dataclass
class Result:
    name: str
    ok: bool
    seconds: float
    detail: str
    calls: int = 0


@dataclass
class Target:
    """How to run the installed program and hand it paths."""

    command: list[str]
    wine: bool
    env: dict[str, str]
    timeout: float
    calls: int = 0
    log: list[str] = field(default_factory=list)

    def path(self, path: Path) -> str:
        if not self.wine:
            return str(path)
        return "Z:" + str(path.resolve()).replace("/", "\\")

    def local(self, printed: str) -> Path:
        """A path the program printed, as this machine sees it."""
        if not self.wine:
            return Path(printed)
        if re.match(r"^[Zz]:\\", printed):
            return Path(printed[2:].replace("\\", "/"))
        found = subprocess.run(["winepath", "-u", printed], capture_output=True, text=True, env=self.env, check=False)
        return Path(found.stdout.strip())

    def run(
        self, *args: str | Path, stdin: str = "", ok: Sequence[int] = (0,), timeout: float | None = None
    ) -> subprocess.CompletedProcess[str]:
        argv = [*self.command, *(self.path(a) if isinstance(a, Path) else a for a in args)]
        self.calls += 1
        started = time.perf_counter()
        try:
            done = subprocess.run(
                argv,
                input=stdin,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                env=self.env,
                timeout=timeout or self.timeout,
            )
        except subprocess.TimeoutExpired:
            raise StepFailed(f"`{_show(args)}` did not finish within {timeout or self.timeout:.0f} s") from None
        done.stdout = done.stdout.replace("\r\n", "\n")
        done.stderr = done.stderr.replace("\r\n", "\n")
        self.log.append(f"$ {_show(args)}  [{done.returncode}, {time.perf_counter() - started:.1f} s]")
        if done.returncode not in ok:
            tail = (done.stderr.strip() or done.stdout.strip())[-1500:]
            raise StepFailed(f"`{_show(args)}` exited {done.returncode}: {tail}")
        return done

    def json(self, *args: str | Path, ok: Sequence[int] = (0,)) -> Any:
        done = self.run(*args, ok=ok)
        try:
            return json.loads(done.stdout)
        except json.JSONDecodeError:
            raise StepFailed(f"`{_show(args)}` did not print JSON: {done.stdout[:500]!r}") from None


def _show(args: Sequence[str | Path]) -> str:
    return " ".join(shlex.quote(str(a)) for a in args)


def check(condition: object, message: str) -> None:
    if not condition:
        raise StepFailed(message)


# --------------------------------------------------------------------------------------------------------------
# Generated material and independent checks of what the program produced


def make_face_clip(path: Path) -> list[tuple[int, int]]:
    """Writes the clip with a real face (the tests' own fixture); returns where the face is in each frame."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.fixtures.face_clip import write_face_clip

    return write_face_clip(path)


def frames_of(path: Path) -> list[Any]:
    import av

    with av.open(str(path)) as container:
        return [frame.to_ndarray(format="rgb24") for frame in container.decode(video=0)]


def check_face_masked(source: Path, output: Path, places: list[tuple[int, int]]) -> str:
    """Frame by frame: the face's inner part must differ strongly from the source, the far background not."""
    import numpy as np

    before, after = frames_of(source), frames_of(output)
    check(len(after) == len(before), f"the redacted clip has {len(after)} frames, the source {len(before)}")
    fw, fh = FACE_SIZE
    worst_face, worst_background = 1e9, 0.0
    for index, ((x, y), a, b) in enumerate(zip(places, before, after, strict=True)):
        inner = (slice(y + fh // 4, y + 3 * fh // 4), slice(x + fw // 4, x + 3 * fw // 4))
        face_change = float(np.abs(a[inner].astype(np.int16) - b[inner].astype(np.int16)).mean())
        # the right or left edge strip of the picture, away from the face and any mask margin
        far = slice(x + fw + 100, None) if x + fw + 160 < a.shape[1] else slice(0, max(1, x - 100))
        background_change = float(np.abs(a[:, far].astype(np.int16) - b[:, far].astype(np.int16)).mean())
        worst_face, worst_background = min(worst_face, face_change), max(worst_background, background_change)
        check(face_change > 12, f"frame {index}: the face is not masked (mean change {face_change:.1f} levels)")
        check(
            background_change < 10, f"frame {index}: the picture away from the face changed by {background_change:.1f}"
        )
    return (
        f"face masked in all {len(after)} frames (least change {worst_face:.0f} levels; "
        f"background ≤ {worst_background:.1f})"
    )


def pdf_text(path: Path) -> tuple[int, str]:
    import pymupdf

    with pymupdf.open(str(path)) as doc:
        return doc.page_count, "\n".join(page.get_text() for page in doc)


def pdf_all_text(path: Path) -> str:
    """Everything an attacker reads without rendering: page text, every decompressed content stream, metadata."""
    import pymupdf

    parts: list[str] = []
    with pymupdf.open(str(path)) as doc:
        parts.extend(page.get_text() for page in doc)
        for xref in range(1, doc.xref_length()):
            with contextlib.suppress(Exception):
                if doc.xref_is_stream(xref):
                    parts.append((doc.xref_stream(xref) or b"").decode("latin-1"))
                parts.append(doc.xref_object(xref))
        parts.append(json.dumps(doc.metadata))
    return "\n".join(parts)


def variants(text: str) -> list[str]:
    """The ways a PDF can carry a string: plain, and hex in one- or two-byte encodings."""
    return [text, text.encode("latin-1", "ignore").hex(), text.encode("utf-16-be").hex()]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --------------------------------------------------------------------------------------------------------------
# The private credential store (Linux)


@contextlib.contextmanager
def secret_service(home: Path) -> Iterator[dict[str, str]]:
    """A private D-Bus session with an unlocked gnome-keyring: the real Secret Service, in a throwaway home."""
    for tool in ("dbus-daemon", "gnome-keyring-daemon"):
        if not shutil.which(tool):
            raise StepFailed(f"{tool} is not installed (apt-get install dbus gnome-keyring), or pass --keyring system")
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_RUNTIME_DIR": str(home / "run")}
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1", f"--address=unix:path={home / 'run' / 'bus'}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        unlocked = subprocess.run(
            ["gnome-keyring-daemon", "--unlock", "--components=secrets", "--daemonize"],
            input="acceptance\n",
            capture_output=True,
            text=True,
            env=env,
            timeout=30,
        )
        if unlocked.returncode != 0:
            raise StepFailed(f"gnome-keyring-daemon did not start: {unlocked.stderr.strip()}")
        for line in unlocked.stdout.splitlines():
            key, _, value = line.partition("=")
            if key and value:
                env[key] = value
        yield env
    finally:
        with contextlib.suppress(Exception):
            subprocess.run(["pkill", "-f", f"gnome-keyring-daemon.*{home}"], timeout=5, check=False)
        bus.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            bus.wait(5)


# --------------------------------------------------------------------------------------------------------------
# The hub


@dataclass
class Hub:
    url: str
    ca: Path
    process: subprocess.Popen[bytes] | None = None


@contextlib.contextmanager
def running_hub(
    hub_cmd: list[str], folder: Path, env: dict[str, str], users: dict[str, tuple[str, str]]
) -> Iterator[Hub]:
    """`casebridge hub dev-cert`, `hub user add` for each user, then `hub serve` on a free loopback port."""
    certs, data = folder / "certs", folder / "data"

    def hub(*args: str, stdin: str = "") -> None:
        done = subprocess.run(
            [*hub_cmd, "hub", *args], input=stdin, capture_output=True, text=True, env=env, timeout=120
        )
        if done.returncode != 0:
            raise StepFailed(f"`hub {' '.join(args)}` exited {done.returncode}: {done.stderr.strip()[-800:]}")

    hub("dev-cert", str(certs), "--host", "127.0.0.1", "--host", "localhost")
    for name, (role, force) in users.items():
        hub("user", "add", name, "--role", role, "--force", force, "--data", str(data), stdin=f"{name}-password\n")
    port = free_port()
    log = (folder / "hub.log").open("wb")
    # its own process group, so stopping it stops any workers it started too
    group: dict[str, Any] = (
        {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
        if os.name == "nt"
        else {"start_new_session": True}
    )
    process = subprocess.Popen(
        [
            *hub_cmd,
            "hub",
            "serve",
            "--data",
            str(data),
            "--port",
            str(port),
            "--host",
            "127.0.0.1",
            "--cert",
            str(certs / "hub.pem"),
            "--key",
            str(certs / "hub-key.pem"),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        **group,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise StepFailed(f"the hub exited ({process.returncode}): {(folder / 'hub.log').read_text()[-800:]}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
            if time.monotonic() > deadline:
                raise StepFailed("the hub did not start listening within 60 s")
            time.sleep(0.1)
        yield Hub(f"https://127.0.0.1:{port}", certs / "ca.pem", process)
    finally:
        stop(process)
        log.close()


def stop(process: subprocess.Popen[bytes]) -> None:
    """Ends the hub and any worker processes it started."""
    if os.name == "nt":
        process.terminate()
    else:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        if os.name == "nt":
            process.kill()
        else:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)


# --------------------------------------------------------------------------------------------------------------
# The steps


@dataclass
class Run:
    target: Target
    hub_cmd: list[str]
    work: Path
    require_media: bool
    require_speech: bool = False
    require_names: bool = False
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def police(self) -> Path:
        return self.work / "police"

    def cb(self, *args: str | Path, workspace: Path | None = None, **kw: Any) -> subprocess.CompletedProcess[str]:
        return self.target.run(*args, "--workspace", workspace or self.police, **kw)

    def cbj(self, *args: str | Path, workspace: Path | None = None, ok: Sequence[int] = (0,)) -> Any:
        return self.target.json(*args, "--workspace", workspace or self.police, ok=ok)


def step_prepare(run: Run) -> str:
    material = run.work / "material"
    material.mkdir(parents=True, exist_ok=True)
    run.facts["places"] = make_face_clip(material / "walk.mp4")
    # the police workspace trusts the hub's CA (as a force's machine defaults would): set through the program
    run.facts["hub_dir"] = run.work / "hub"
    certs = run.facts["hub_dir"] / "certs"
    done = subprocess.run(
        [*run.hub_cmd, "hub", "dev-cert", str(certs), "--host", "127.0.0.1", "--host", "localhost"],
        capture_output=True,
        text=True,
        env=run.target.env,
        timeout=120,
    )
    check(done.returncode == 0, f"hub dev-cert failed: {done.stderr.strip()[-500:]}")
    for workspace in (run.police, run.work / "cps"):
        run.target.run(
            "machine-defaults",
            "set",
            "--file",
            workspace / "config" / "machine-defaults.json",
            "--ca-bundle",
            run.target.path(certs / "ca.pem"),
        )
    return f"clip of {len(run.facts['places'])} frames with a real face; hub CA made and trusted by two workspaces"


def step_self_test(run: Run) -> str:
    args = ["--self-test", *(["--require-media"] if run.require_media else [])]
    done = run.cb(*args, ok=(0, 1), timeout=600)
    lines = done.stdout.splitlines()
    failed = [line.strip() for line in lines if " FAILED " in f" {line} "]
    check(done.returncode == 0 and not failed, "self-test: " + ("; ".join(failed) or done.stdout[-800:]))
    check("Self-test passed" in done.stdout, f"no verdict from the self-test: {done.stdout[-500:]}")
    check("1 from " in done.stdout, "the self-test did not load the workspace's CA bundle")
    models = ["Face detection model", "Plate and text reader"]  # shipped, checked by SHA-256 and run
    models += ["Names language model"] if run.require_names else []
    for model in models:
        line = next((line for line in lines if line.strip().startswith(model)), "")
        check(" ok " in f" {line} ", f"the self-test did not run the {model.lower()}: {line.strip() or 'no line'}")
    if not run.require_names:  # the frozen app: third parties by rules, and it says so
        line = next((line for line in lines if line.strip().startswith("Names language model")), "")
        check("rules only" in line, f"the self-test does not say names are found by rules only: {line.strip()}")
    run.facts["self_test"] = lines
    return lines[-1].strip()


def step_demo(run: Run) -> str:
    run.cb("demo", timeout=900)
    cases = run.cbj("case", "list", "--json")
    check([c["urn"] for c in cases] == [DEMO_URN], f"case list shows {[c['urn'] for c in cases]}")
    exhibits = run.cbj("evidence", "list", DEMO_URN, "--json")
    kinds = sorted({e["kind"] for e in exhibits})
    check({"video", "audio", "image", "document"} <= set(kinds), f"the demo's exhibits are only {kinds}")
    check(all(not e["problem"] for e in exhibits), f"exhibits with problems: {[e for e in exhibits if e['problem']]}")
    run.facts["exhibits"] = exhibits
    return f"{DEMO_URN}: {len(exhibits)} exhibits ({', '.join(kinds)})"


def step_forms(run: Run) -> str:
    listing = run.cb("forms", "list", DEMO_URN).stdout
    rows = [line.split() for line in listing.splitlines() if line.strip()]
    keys = [row[0] for row in rows]
    police_only = [row[0] for row in rows if "police/CPS only" in " ".join(row)]
    check(len(keys) >= 5 and "MG5" in keys, f"forms list gave {keys}")
    folder = run.work / "forms"
    folder.mkdir(exist_ok=True)
    run.cb("forms", "render", DEMO_URN, "--form", "MG5", "--out", folder / "MG5.pdf")
    check(pdf_text(folder / "MG5.pdf")[0] >= 1, "the MG5 has no pages")
    pages = 0
    for audience in ("cps", "defence"):
        run.cb("forms", "render", DEMO_URN, "--all", "--audience", audience, "--out", folder / audience)
        for path in sorted((folder / audience).glob("*.pdf")):
            count, text = pdf_text(path)
            check(count >= 1, f"{path.name}: the PDF has no pages")
            check(DEMO_URN in text.replace(" ", ""), f"{path.name}: the URN is not on the form")
            pages += count if audience == "cps" else 0
    cps, defence = len(list((folder / "cps").glob("*.pdf"))), len(list((folder / "defence").glob("*.pdf")))
    check(cps == len(keys), f"{cps} forms rendered for the CPS, {len(keys)} listed")
    check(
        defence == len(keys) - len(police_only), f"{defence} forms for the defence; {len(police_only)} are police-only"
    )
    return (
        f"all {cps} forms rendered ({pages} pages), each carrying the URN; {defence} for the defence, "
        f"{len(police_only)} police/CPS-only forms held back"
    )


def step_readiness(run: Run) -> str:
    report = run.cbj("case", "check", DEMO_URN, "--json", ok=(0, 1))
    blocking = [f for f in report["findings"] if f["severity"] == "error"]
    check(not blocking, f"the demo case is not ready: {[f['message'] for f in blocking]}")
    return f"{report['file_type']} file: 0 blocking errors, {len(report['findings'])} warning(s)"


def step_document_redaction(run: Run) -> str:
    documents = [e for e in run.facts["exhibits"] if e["kind"] == "document" and "/" in e["reference"]]
    chosen, found = None, []
    for exhibit in documents:
        found = run.cbj("redact", "suggest", DEMO_URN, exhibit["reference"], "--json")["suggestions"]
        if any(s["detector"] != "failed" for s in found):
            chosen = exhibit
            break
    check(chosen is not None, "no demo document has anything suggested for redaction")
    assert chosen is not None
    removed = sorted({s["text"] for s in found if len(s["text"]) >= 4})
    applied = run.cbj("redact", "apply", DEMO_URN, chosen["reference"], "--accept-all-suggestions", "--json")
    check(applied.get("verified") is True, f"redact apply did not verify: {applied}")
    copy = run.target.local(applied["path"])
    check(copy.is_file(), f"the redacted copy {applied['path']} does not exist")
    check(sha256_of(copy) == applied["sha256"], "the redacted copy's SHA-256 is not the one reported")
    text = pdf_all_text(copy)
    leaks = [value for value in removed for form in variants(value) if form and form in text]
    check(not leaks, f"{applied['redacted']} still carries {leaks}")
    verified = run.target.run("redact", "verify", copy, ok=(0, 1))
    check(verified.returncode == 0, f"redact verify on the copy: {verified.stdout.strip()}")
    run.facts["redacted"] = applied["redacted"]
    return (
        f"{chosen['reference']} → {applied['redacted']}: {applied['marks']} mark(s); none of {len(removed)} "
        "removed values in text, streams or metadata; redact verify clean"
    )


def step_media_redaction(run: Run) -> str:
    clip = run.work / "material" / "walk.mp4"
    imported = run.cbj("evidence", "import", DEMO_URN, clip, "--producer", "Sarah Evans", "--json")
    items = [i for i in imported["items"] if i["status"] == "done" and i.get("reference")]
    check(len(items) == 1, f"the clip was not imported: {imported['items']}")
    reference = items[0]["reference"]
    listing = run.cbj("evidence", "list", DEMO_URN, "--kind", "video", "--json")
    ours = [e for e in listing if e["sha256"] == sha256_of(clip)]
    check([e["reference"] for e in ours] == [reference], f"{reference} is not listed under the clip's SHA-256")
    run.cb("evidence", "edit", DEMO_URN, reference, "--description", "Phone video of a woman walking past the shop")
    detected = run.cbj("redact", "detect", DEMO_URN, reference, "--json")
    tracks = detected["tracks"]
    check(detected["frames"] == CLIP_FPS * CLIP_SECONDS, f"detection saw {detected['frames']} frames")
    check(len(tracks) == 1, f"expected one person, detection found {len(tracks)} track(s)")
    recipe = run.cbj("redact", "recipe", DEMO_URN, reference)
    check(
        len(recipe["tracks"]) == 1 and not recipe["tracks"][0]["approved_by"],
        "the stored recipe is not the detected one",
    )
    approved = run.cbj("redact", "approve", DEMO_URN, reference, "--all", "--json")
    check(approved["awaiting_approval"] == 0, f"masks still awaiting approval: {approved}")
    recipe_file = run.work / "material" / "walk.recipe.json"
    recipe_file.write_text(json.dumps(run.cbj("redact", "recipe", DEMO_URN, reference)), "utf-8")
    out = run.work / "material" / "walk-redacted.mp4"
    made = run.cbj("redact", "media", DEMO_URN, reference, "--out", out, "--json")  # the stored, approved recipe
    check(made.get("verified") is True, f"the media export did not verify: {made}")
    attack = made.get("attack", {})
    check(
        attack.get("frames_attacked", 0) >= 25 and attack.get("faces_found") == 0,
        f"the copy was not attacked, or a face was found in it: {attack}",
    )
    check(attack.get("frames_read", 0) >= CLIP_SECONDS, f"the text reader did not read the copy: {attack}")
    check(sha256_of(out) == made["sha256"], "the exported copy is not the one the vault holds")
    checked = run.target.run("redact", "verify-media", clip, out, recipe_file, ok=(0, 1))
    check(checked.returncode == 0, f"redact verify-media: {checked.stdout.strip()}")
    detail = check_face_masked(clip, out, run.facts["places"])
    return f"{reference}: 1 person, {tracks[0]['detections']} detections → {made['redacted']}; {detail}"


def step_transcription(run: Run) -> str:
    """Where the artefact ships transcription (the wheel with [speech]): the demo's 999 call transcribed offline
    with the checked model, kept, and written as a timed PDF; elsewhere the command must say what is missing."""
    pdf = run.work / "material" / "call-transcript.pdf"
    if not run.require_speech:
        done = run.cb("evidence", "transcribe", DEMO_URN, "SE/5", ok=(0, 1))
        said = (done.stdout + done.stderr).strip()
        check(done.returncode == 1, f"transcription without the speech model did not refuse: {said[-300:]}")
        check("speech model" in said or "not installed" in said, f"no clear message: {said[-300:]}")
        return f"not shipped here; refused with: {said.splitlines()[-1][:120]}"
    made = run.cbj("evidence", "transcribe", DEMO_URN, "SE/5", "--pdf", pdf, "--json")
    check(made["model"] == "faster-whisper-base", f"unexpected model: {made['model']}")
    check(
        made["model_sha256"] == "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
        f"the model is not the checked one: {made['model_sha256']}",
    )
    check(made["made_now"] is True and made["duration"] > 10, f"the call was not transcribed: {made['duration']}")
    again = run.cbj("evidence", "transcribe", DEMO_URN, "SE/5", "--json")
    check(again["made_now"] is False, "the transcript was not kept")
    import pymupdf

    with pymupdf.open(pdf) as document:
        text = document[0].get_text()
    check("Transcript of SE/5" in text and "faster-whisper-base" in text, f"the timed PDF is wrong: {text[:200]}")
    return f"SE/5: {made['duration']:.0f} s transcribed in {made['seconds_taken']:.1f} s; kept; timed PDF written"


# The demo's withheld details (victim's and witness's contact details: resources/redaction/policy.json)
WITHHELD = ("07700 900461", "07700900461", "CF10 5BT", "Ninian Park Road", "07700 900118", "CF10 2HE", "Churchill Way")


def step_bundle(run: Run) -> str:
    """The leak scan first stops the bundle (the witness's signed statement still carries his mobile and
    address); once that is redacted too the bundle is made, and none of the withheld details is on any page."""
    out = run.work / "bundle"
    blocked = run.cbj("bundle", "build", DEMO_URN, "--audience", "defence", "--out", out, "--json", ok=(1,))
    check(blocked.get("blocked") is True, f"the defence bundle was not stopped: {blocked}")
    pages = sorted({leak["label"] for leak in blocked["leaks"] if leak["label"]})
    check(pages == ["B-2"], f"the leak scan named pages {pages}, expected the witness statement B-2")
    check(not out.exists(), "a stopped bundle was written to disk")
    applied = run.cbj("redact", "apply", DEMO_URN, "GHM/1", "--accept-all-suggestions", "--json")
    check(applied.get("verified") is True, f"GHM/1 was not redacted: {applied}")
    built = run.cbj("bundle", "build", DEMO_URN, "--audience", "defence", "--out", out, "--json")
    pdf = run.target.local(built["pdf"])
    check(pdf.is_file(), f"no bundle PDF at {built['pdf']}")
    import pymupdf

    readable = pdf_all_text(pdf)
    leaks = [value for value in WITHHELD for form in variants(value) if form and form in readable]
    check(not leaks, f"the served bundle carries withheld details: {leaks}")
    with pymupdf.open(str(pdf)) as doc:
        check(
            doc.page_count == built["pages"], f"the bundle has {doc.page_count} pages, the build said {built['pages']}"
        )
        toc = doc.get_toc()
        check(len(toc) >= built["documents"], f"{len(toc)} bookmarks for {built['documents']} documents")
    index = sorted((run.work / "bundle").glob("*.json"))
    check(index, "no bundle index (.json) beside the PDF")
    media = [
        p
        for p in (run.work / "bundle").rglob("*")
        if p.is_file() and p.suffix.lower() in {".mp4", ".avi", ".wav", ".mp3", ".m4a"}
    ]
    check(len(media) == len(built["media"]), f"{len(media)} media files written, {len(built['media'])} listed")
    return (
        f"stopped first ({len(blocked['leaks'])} withheld values on B-2), then after redacting GHM/1: defence bundle "
        f"v{built['version']}, {built['documents']} documents, {built['pages']} pages, {len(toc)} bookmarks, "
        f"{len(media)} media files, no withheld detail on any page"
    )


def step_package(run: Run) -> str:
    package = run.work / "case.cbcase"
    run.cb("package", "export", DEMO_URN, "--out", package, timeout=900)
    verified = run.target.json("package", "verify", package, "--json")
    check(verified["valid"] and verified["urn"] == DEMO_URN, f"package verify: {verified}")
    second = run.work / "second"
    run.cb("package", "import", package, workspace=second, timeout=900)
    mine = run.cbj("evidence", "list", DEMO_URN, "--json")
    theirs = run.cbj("evidence", "list", DEMO_URN, "--json", workspace=second)
    check(
        sorted((e["reference"], e["sha256"]) for e in mine) == sorted((e["reference"], e["sha256"]) for e in theirs),
        "the imported case's exhibits differ from the exported ones",
    )
    signer = verified["signer"][:16]
    return f"{package.stat().st_size:,} bytes, signed by {signer}…; {len(theirs)} exhibits imported identically"


def step_hub(run: Run) -> str:
    users = {"pc62": ("police", DEMO_FORCE), "cps62": ("cps", DEMO_FORCE)}
    with running_hub(run.hub_cmd, run.facts["hub_dir"], run.target.env, users) as hub:
        run.cb("login", hub.url, "--user", "pc62", stdin="pc62-password\n")
        sent = run.cb("submit", DEMO_URN, timeout=900)
        check("received" in sent.stdout, f"submit: {sent.stdout[-500:]}")
        outbox = run.cbj("outbox", "--json")
        check(len(outbox) == 1 and outbox[0]["receipt"], f"the outbox holds {len(outbox)} submission(s)")
        submission = outbox[0]
        items = submission["receipt"]["receipt"]["items"]
        exhibits = run.cbj("evidence", "list", DEMO_URN, "--json")
        check(len(items) >= len(exhibits), f"{len(items)} receipt lines for {len(exhibits)} exhibits")
        not_received = [i for i in items if i["status"] != "received"]
        check(not not_received, f"not received: {not_received}")
        receipt = run.work / "receipt.json"
        run.cb("receipt", "export", submission["id"], "--out", receipt)
        verified = run.target.run("receipt", "verify", receipt).stdout
        check("verified" in verified and "NOT" not in verified, verified)
        tampered = json.loads(receipt.read_text("utf-8"))
        tampered["receipt"]["items"][0]["status"] = "refused"
        forged = run.work / "receipt-altered.json"
        forged.write_text(json.dumps(tampered), "utf-8")
        refused = run.target.run("receipt", "verify", forged, ok=(1,)).stdout
        check("NOT VERIFIED" in refused, f"an altered receipt was accepted: {refused}")
        stored = run.facts["hub_dir"] / "data"
        blobs = {p.name for p in stored.rglob("*") if p.is_file() and re.fullmatch(r"[0-9a-f]{64}", p.name)}
        missing = [i["reference"] for i in items if i["sha256"] not in blobs]
        check(not missing, f"the hub holds no file for {missing}")
        # the CPS side: sign in, see the case in the inbox, download it, every digest checked
        cps = run.work / "cps"
        run.cb("login", hub.url, "--user", "cps62", stdin="cps62-password\n", workspace=cps)
        inbox = run.cbj("inbox", "--json", workspace=cps)
        check([r["urn"] for r in inbox] == [DEMO_URN], f"the CPS inbox lists {[r['urn'] for r in inbox]}")
        run.cb("inbox", "--open", inbox[0]["submission_id"], workspace=cps, timeout=900)
        received = run.cbj("evidence", "list", DEMO_URN, "--json", workspace=cps)
        check(
            sorted(e["sha256"] for e in received) == sorted(i["sha256"] for i in items),
            "the CPS workspace's exhibits are not the receipted files",
        )
    return (
        f"{len(items)} items received and receipted over TLS (signature verified, altered copy refused); "
        f"hub holds every file; CPS downloaded {len(received)} exhibits"
    )


def step_integrity(run: Run) -> str:
    counts = []
    for name in ("police", "second", "cps"):
        workspace = run.work / name
        audit = run.cb("audit", "verify", workspace=workspace).stdout
        vault = run.cb("vault", "verify", workspace=workspace).stdout
        check("Audit chain intact" in audit, f"{name}: {audit}")
        check("Vault intact" in vault, f"{name}: {vault}")
        events, files = re.search(r"(\d+) events", audit), re.search(r"(\d+) stored", vault)
        check(events and files, f"{name}: unexpected verify output {audit!r} {vault!r}")
        assert events is not None
        assert files is not None
        counts.append(f"{name} {events.group(1)} events, {files.group(1)} files")
    return "; ".join(counts)


STEPS: list[tuple[str, Callable[[Run], str]]] = [
    ("prepare", step_prepare),
    ("self-test", step_self_test),
    ("demo case", step_demo),
    ("MG forms", step_forms),
    ("readiness", step_readiness),
    ("document redaction", step_document_redaction),
    ("face detection and media redaction", step_media_redaction),
    ("transcription", step_transcription),
    ("defence bundle", step_bundle),
    ("case package", step_package),
    ("hub submission and CPS download", step_hub),
    ("audit and vault", step_integrity),
]


def split_command(text: str) -> list[str]:
    """A program's path as it is (Windows paths hold backslashes and spaces), or a command split like a shell."""
    if Path(text).is_file():
        return [text]
    return shlex.split(text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--casebridge", required=True, help="command that starts the installed program")
    parser.add_argument("--hub", default=None, help="command that starts a Casebridge with the [hub] extra")
    parser.add_argument("--work", default=None, help="folder for workspaces and outputs (default: a temporary one)")
    parser.add_argument("--report", default=None, help="write the steps, times and details here as JSON")
    parser.add_argument("--label", default="", help="what is being tested (for the report)")
    parser.add_argument("--require-media", action="store_true", help="the self-test must find media preview")
    parser.add_argument("--require-speech", action="store_true", help="the artefact ships transcription")
    parser.add_argument(
        "--require-names", action="store_true", help="the artefact ships the language model for names ([names])"
    )
    parser.add_argument(
        "--keyring",
        choices=("private", "system"),
        default=None,
        help="private: a throwaway Secret Service (Linux default); system: the machine's own",
    )
    parser.add_argument("--timeout", type=float, default=300, help="seconds one command may take (default 300)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)

    command = split_command(args.casebridge)
    wine = Path(command[0]).name in {"wine", "wine64"}
    hub_cmd = split_command(args.hub) if args.hub else command
    if wine and not args.hub:
        parser.error("--hub is needed with a Windows program under Wine (the hub runs on this machine)")
    holder = None
    if args.work:
        work = Path(args.work).resolve()
        if work.exists():
            shutil.rmtree(work)
        work.mkdir(parents=True)
    else:
        holder = tempfile.TemporaryDirectory(prefix="casebridge-acceptance-")
        work = Path(holder.name)
    keyring_mode = args.keyring or ("private" if sys.platform.startswith("linux") and not wine else "system")
    env = {**os.environ, "PYTHONUTF8": "1", "CASEBRIDGE_MACHINE_DEFAULTS": ""}
    env.pop("CASEBRIDGE_MACHINE_DEFAULTS")
    env.pop("CASEBRIDGE_WORKSPACE", None)
    if wine:
        env.setdefault("WINEDEBUG", "-all")

    results: list[Result] = []
    label = args.label or " ".join(command)
    print(f"Casebridge acceptance: {label}\n  work folder {work}", flush=True)
    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        if keyring_mode == "private":
            try:
                env = stack.enter_context(secret_service(work / "home"))
            except StepFailed as exc:
                print(f"FAIL  credential store: {exc}")
                return 1
        target = Target(command=command, wine=wine, env=env, timeout=args.timeout)
        run = Run(
            target=target,
            hub_cmd=hub_cmd,
            work=work,
            require_media=args.require_media,
            require_speech=args.require_speech,
            require_names=args.require_names,
        )
        for name, step in STEPS:
            calls_before = target.calls
            t0 = time.perf_counter()
            try:
                detail = step(run)
                ok = True
            except StepFailed as exc:
                detail, ok = str(exc), False
            except Exception as exc:  # a fault in the script or an unexpected output: report it as the step's failure
                detail, ok = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}", False
            result = Result(name, ok, time.perf_counter() - t0, detail, target.calls - calls_before)
            results.append(result)
            mark = "PASS" if ok else "FAIL"
            print(f"{mark}  {name:<36} {result.seconds:7.1f} s  {result.calls:3d} calls  {detail}", flush=True)
            if not ok:
                break
    total = time.perf_counter() - started
    failed = [r for r in results if not r.ok]
    if args.report:
        Path(args.report).write_text(
            json.dumps(
                {
                    "label": label,
                    "passed": not failed,
                    "seconds": round(total, 1),
                    "steps": [r.__dict__ | {"seconds": round(r.seconds, 1)} for r in results],
                    "commands": target.log,
                },
                indent=2,
            ),
            "utf-8",
        )
    if holder is not None and not args.keep and not failed:
        holder.cleanup()
    if failed:
        print(f"Acceptance FAILED at step '{failed[0].name}' after {total:.0f} s ({label}); work folder {work}")
        return 1
    print(f"Acceptance passed: {len(results)} steps in {total:.0f} s, {target.calls} program runs ({label})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
