"""`casebridge --self-test`: prove an installed copy works, without opening a window.

Force IT runs this after a silent install (and the installer build runs it under Wine and on Linux). Every
check does real work on a throwaway folder — migrates a workspace, writes and verifies a vault blob, renders a
PDF, encodes and decodes a clip, plays it through libvlc — and reports one line. A check either passes, fails
(the exit status is non-zero and names it), or reports an optional part as unavailable (media preview without
libvlc; a credential store on a Linux machine without one), which fails only when required.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import os
import pkgutil
import platform
import ssl
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Literal, TextIO, cast

from casebridge import __version__

Status = Literal["ok", "unavailable", "failed"]

# Modules Casebridge imports somewhere (often lazily): a frozen build that lacks one fails here, not in use.
THIRD_PARTY = (
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "shiboken6",
    "pymupdf",
    "av",
    "PIL.Image",
    "numpy",
    "sqlalchemy",
    "sqlalchemy.dialects.sqlite",
    "alembic.command",
    "alembic.runtime.migration",
    "keyring",
    "platformdirs",
)
# Present but not imported here: python-vlc loads libvlc on import, which the media preview check judges.
PRESENT_ONLY = ("vlc",)
# Never imported by the walk: the entry point runs the CLI, migrations run inside Alembic.
SKIP_MODULES = ("casebridge.__main__", "casebridge.store.migrations")


class CheckUnavailable(Exception):
    """An optional component is missing; the message says what the user loses and how to fix it."""


class CheckFailed(Exception):
    """The check ran and found a fault."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    detail: str
    seconds: float


@dataclass(frozen=True)
class Context:
    scratch: Path
    require_media: bool
    workspace: str | None


Check = Callable[[Context], str]


def _walk_casebridge() -> list[str]:
    import casebridge

    names = []
    for info in pkgutil.walk_packages(casebridge.__path__, "casebridge."):
        if info.name.startswith(SKIP_MODULES):
            continue
        names.append(info.name)
    return names


def check_imports(ctx: Context) -> str:
    own = _walk_casebridge()
    failures = []
    for name in [*own, *THIRD_PARTY]:
        try:
            importlib.import_module(name)
        except Exception as exc:  # any import-time failure is the finding
            failures.append(f"{name} ({type(exc).__name__}: {exc})")
    for name in PRESENT_ONLY:
        if importlib.util.find_spec(name) is None:
            failures.append(f"{name} (not in this installation)")
    if failures:
        raise CheckFailed("cannot import " + "; ".join(failures[:5]) + (" …" if len(failures) > 5 else ""))
    if len(own) < 20:
        raise CheckFailed(f"only {len(own)} Casebridge modules found: the package is incomplete")
    return f"{len(own)} Casebridge modules and {len(THIRD_PARTY) + len(PRESENT_ONLY)} libraries"


def check_resources(ctx: Context) -> str:
    from casebridge.reference_data import ReferenceData
    from casebridge.resources import resource_path
    from casebridge.store.migrate import HEAD_REVISION

    reference = ReferenceData()  # verifies every file against the manifest's SHA-256
    offences = len(reference.offences)
    forces = len(reference.urn_forces)
    if offences < 1000 or forces < 40:
        raise CheckFailed(f"reference data is incomplete ({offences} offences, {forces} forces)")
    versions = Path(importlib.import_module("casebridge.store").__file__ or "").parent / "migrations" / "versions"
    scripts = sorted(p.name for p in versions.glob("*.py")) if versions.is_dir() else []
    if not any(name.startswith(HEAD_REVISION) for name in scripts):
        raise CheckFailed(f"database migration scripts are missing from {versions}")
    if not resource_path("reference", "manifest.json").is_file():
        raise CheckFailed("the reference data manifest is missing")
    return f"{offences:,} offences, {forces} force codes, {len(scripts)} migrations ({reference.version})"


def check_settings(ctx: Context) -> str:
    from casebridge.settings import AppPaths, load_settings

    paths = AppPaths.resolve(ctx.workspace)
    loaded = load_settings(paths)
    if loaded.warnings:
        raise CheckFailed(" ".join(loaded.warnings))
    machine = [key for key, source in loaded.sources.items() if source == "machine"]
    where = paths.machine_defaults_file
    if machine:
        return f"machine defaults from {where}: {', '.join(sorted(machine))}"
    return f"no machine defaults ({where} absent or empty)"


def check_workspace(ctx: Context) -> str:
    from casebridge.app import open_workspace
    from casebridge.store.migrate import HEAD_REVISION

    ws = open_workspace(ctx.scratch / "workspace")
    try:
        ws.cases.create_case("01ZD0300108", title="Self-test")
        report = ws.verify_audit()
        if not report.ok or report.checked < 1:
            raise CheckFailed(f"the audit chain does not verify: {report.problems[:1]}")
        if ws.cases.get_case("01ZD0300108").title != "Self-test":
            raise CheckFailed("a case written to the new workspace could not be read back")
        return f"SQLite workspace created and migrated to {HEAD_REVISION}; case saved; audit chain verified"
    finally:
        ws.close()
        _release_log_file()


def _release_log_file() -> None:
    import logging

    logger = logging.getLogger("casebridge")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


def check_vault(ctx: Context) -> str:
    import hashlib

    from casebridge.vault.store import Vault

    vault = Vault(ctx.scratch / "vault")
    data = os.urandom(3 * 1024 * 1024 + 17)
    result = vault.put_bytes(data)
    if result.digest != hashlib.sha256(data).hexdigest():
        raise CheckFailed("the vault stored a blob under the wrong digest")
    with vault.open(result.digest) as handle:
        if handle.read() != data:
            raise CheckFailed("a blob read back from the vault differs from what was written")
    problems = list(vault.verify())
    if problems:
        raise CheckFailed(f"vault verification found {problems[0].message}")
    if os.stat(vault.path(result.digest)).st_mode & 0o222:  # on Windows this mirrors the read-only attribute
        raise CheckFailed("a stored blob is writable: originals must be read-only")
    return f"3 MiB blob stored read-only under its SHA-256, read back and verified ({vault.root})"


def check_pdf(ctx: Context) -> str:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=300, height=120)
    page.insert_text((20, 70), "Casebridge", fontsize=40)
    data = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    reopened = pymupdf.open(stream=data, filetype="pdf")
    try:
        text = reopened[0].get_text().strip()
        if text != "Casebridge":
            raise CheckFailed(f"text extraction gave {text!r}")
        pix = reopened[0].get_pixmap(dpi=72, colorspace=pymupdf.csGRAY)
        dark = sum(1 for value in pix.samples if value < 128)
        if not (500 < dark < pix.width * pix.height // 2):
            raise CheckFailed(f"the rendered page has {dark} dark pixels: text did not render")
    finally:
        reopened.close()
    return f"PyMuPDF {pymupdf.VersionBind}: page written, reopened, text extracted, rendered ({dark} ink pixels)"


def _make_clip(path: Path, seconds: int = 2, fps: int = 25) -> int:
    """A small H.264 (or MPEG-4) clip whose frame n is a flat grey of level 8 * (n % 30). Returns frames."""
    import av
    import numpy as np
    from av.video.stream import VideoStream

    with av.open(str(path), "w") as out:
        codec = "libx264" if "libx264" in av.codecs_available else "mpeg4"
        stream = cast("VideoStream", out.add_stream(codec, rate=fps))
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        stream.time_base = Fraction(1, fps)
        total = seconds * fps
        for n in range(total):
            level = 8 * (n % 30)
            frame = av.VideoFrame.from_ndarray(np.full((48, 64, 3), level, dtype=np.uint8), format="rgb24")
            frame.pts = n
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return total


def check_video(ctx: Context) -> str:
    import av
    import numpy as np

    clip = ctx.scratch / "clip.mp4"
    total = _make_clip(clip)
    levels = []
    with av.open(str(clip)) as container:
        stream = container.streams.video[0]
        for frame in container.decode(stream):
            levels.append(float(np.asarray(frame.to_ndarray(format="gray")).mean()))
    if len(levels) != total:
        raise CheckFailed(f"decoded {len(levels)} frames of {total}")
    worst = max(abs(level - 8 * (n % 30)) for n, level in enumerate(levels))
    if worst > 6:
        raise CheckFailed(f"decoded frames differ from what was encoded (grey level off by {worst:.1f})")
    codec = "H.264" if "libx264" in av.codecs_available else "MPEG-4"
    return f"PyAV {av.__version__} (FFmpeg {av.ffmpeg_version_info}): {total} {codec} frames encoded and decoded"


def check_media_preview(ctx: Context) -> str:
    from casebridge.playback import libvlc

    vlc, status = libvlc.load()
    if vlc is None:
        message = f"media preview off: {status.message}"
        if ctx.require_media:
            raise CheckFailed(message)
        raise CheckUnavailable(message)
    clip = ctx.scratch / "clip.mp4"
    if not clip.exists():
        _make_clip(clip)
    if sys.platform.startswith("linux") and not os.environ.get("XDG_RUNTIME_DIR"):
        runtime = ctx.scratch / "runtime"  # libvlc complains on stderr without one (e.g. under sudo or cron)
        runtime.mkdir(mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    instance = vlc.Instance(["--vout=dummy", "--aout=dummy", "--no-video-title-show", "--quiet"])
    if instance is None:
        raise CheckFailed(f"libvlc {status.version} could not start (its plugins are missing?)")
    player = instance.media_player_new()
    try:
        player.set_media(instance.media_new_path(str(clip)))
        player.play()
        deadline = time.monotonic() + 5
        furthest = 0
        while time.monotonic() < deadline:
            furthest = max(furthest, player.get_time())
            if furthest >= 1000 or player.get_state() == vlc.State.Error:
                break
            time.sleep(0.05)
        length = player.get_length()
        if player.get_state() == vlc.State.Error or furthest < 1000:
            raise CheckFailed(f"libvlc {status.version} did not play the test clip (reached {furthest} ms)")
    finally:
        player.stop()
        player.release()
        instance.release()
    return f"libvlc {status.version}: played 1 s of a {length / 1000:.1f} s clip"


def check_credentials(ctx: Context) -> str:
    import secrets

    import keyring
    import keyring.errors
    from keyring.backends import fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
        message = "no credential store: shared-database and hub passwords cannot be saved"
        if sys.platform.startswith("linux"):
            raise CheckUnavailable(message + " (install gnome-keyring or another Secret Service)")
        raise CheckFailed(message)
    service, user, secret = "Casebridge self-test", f"probe-{secrets.token_hex(4)}", secrets.token_urlsafe(16)
    try:
        keyring.set_password(service, user, secret)
        if keyring.get_password(service, user) != secret:
            raise CheckFailed(f"{name} returned a different secret from the one saved")
    except keyring.errors.KeyringError as exc:
        raise CheckFailed(f"{name} could not save a test secret ({exc})") from None
    finally:
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(service, user)
    return f"{name}: a test secret saved, read back and deleted"


def check_tls(ctx: Context) -> str:
    from casebridge.settings import AppPaths, expand_folder, load_settings

    context = ssl.create_default_context()
    system = len(context.get_ca_certs())
    paths = ssl.get_default_verify_paths()
    if system == 0 and paths.capath and Path(paths.capath).is_dir():
        system = sum(1 for p in Path(paths.capath).iterdir() if p.suffix in {".0", ".pem", ".crt"})
    if system == 0:
        raise CheckFailed("no trusted certificate authorities found in the system store")
    settings = load_settings(AppPaths.resolve(ctx.workspace)).settings
    extra = ""
    if settings.ca_bundle.strip():
        bundle = expand_folder(settings.ca_bundle)
        try:
            before = len(context.get_ca_certs())
            context.load_verify_locations(cafile=str(bundle))
            added = len(context.get_ca_certs()) - before
        except (OSError, ssl.SSLError) as exc:
            raise CheckFailed(f"the trusted certificates file {bundle} cannot be used ({exc})") from None
        extra = f"; {added} from {bundle}" if added else f"; {bundle} adds nothing new"
    return f"{system} trusted authorities in the system store ({ssl.OPENSSL_VERSION}){extra}"


def check_qt(ctx: Context) -> str:
    from casebridge.ui.platform_check import QtInstallationError, qt_installation

    try:
        return qt_installation()
    except QtInstallationError as exc:
        raise CheckFailed(str(exc)) from None


CHECKS: list[tuple[str, Check]] = [
    ("Python modules", check_imports),
    ("Resources and reference data", check_resources),
    ("Settings", check_settings),
    ("Workspace and database", check_workspace),
    ("Evidence vault", check_vault),
    ("PDF engine", check_pdf),
    ("Video decode", check_video),
    ("Media preview", check_media_preview),
    ("Credential store", check_credentials),
    ("Trusted certificates", check_tls),
    ("Qt", check_qt),
]


@contextlib.contextmanager
def _scratch() -> Iterator[Path]:
    holder = tempfile.TemporaryDirectory(prefix="casebridge-selftest-", ignore_cleanup_errors=True)
    try:
        yield Path(holder.name)
    finally:
        holder.cleanup()


def _run_one(name: str, check: Check, ctx: Context, timeout: float) -> CheckResult:
    """Run a check on a worker thread so one that hangs (a media engine, a credential daemon) is reported."""
    outcome: list[CheckResult] = []
    started = time.perf_counter()

    def work() -> None:
        try:
            detail = check(ctx)
            outcome.append(CheckResult(name, "ok", detail, time.perf_counter() - started))
        except CheckUnavailable as exc:
            outcome.append(CheckResult(name, "unavailable", str(exc), time.perf_counter() - started))
        except CheckFailed as exc:
            outcome.append(CheckResult(name, "failed", str(exc), time.perf_counter() - started))
        except BaseException as exc:  # the self-test reports everything, including a bug in a check
            last = traceback.extract_tb(exc.__traceback__)[-1:]
            where = f" at {Path(last[0].filename).name}:{last[0].lineno}" if last else ""
            outcome.append(
                CheckResult(name, "failed", f"{type(exc).__name__}: {exc}{where}", time.perf_counter() - started)
            )

    worker = threading.Thread(target=work, name=f"self-test {name}", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        return CheckResult(name, "failed", f"did not finish within {timeout:.0f} s", time.perf_counter() - started)
    return outcome[0]


def run(
    *, require_media: bool = False, workspace: str | None = None, timeout: float = 60.0, only: list[str] | None = None
) -> list[CheckResult]:
    results = []
    with _scratch() as scratch:
        ctx = Context(scratch=scratch, require_media=require_media, workspace=workspace)
        for name, check in CHECKS:
            if only and name not in only:
                continue
            results.append(_run_one(name, check, ctx, timeout))
    return results


def report(results: list[CheckResult], out: TextIO) -> int:
    """Print the table; return 0 when nothing failed, else 1 (the failed checks are named last)."""
    frozen = "frozen build" if getattr(sys, "frozen", False) else "from source"
    out.write(
        f"Casebridge {__version__} self-test ({frozen}; Python {platform.python_version()}; {platform.platform()})\n"
    )
    width = max(len(r.name) for r in results)
    marks = {"ok": "ok", "unavailable": "UNAVAILABLE", "failed": "FAILED"}
    for result in results:
        out.write(f"  {result.name:<{width}}  {marks[result.status]:<11}  {result.seconds:5.2f}s  {result.detail}\n")
    failed = [r.name for r in results if r.status == "failed"]
    unavailable = [r.name for r in results if r.status == "unavailable"]
    if failed:
        out.write(f"Self-test FAILED: {', '.join(failed)}\n")
        return 1
    note = f" ({', '.join(unavailable)} unavailable)" if unavailable else ""
    out.write(f"Self-test passed: {len(results) - len(unavailable)} of {len(results)} checks ok{note}\n")
    return 0
