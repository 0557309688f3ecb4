"""Hostile case packages, generated here and bounded: each is refused (or verified) with a clear message naming
the file and the problem, no traceback, nothing written to the workspace, and memory under 150 MB whatever the
package claims."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casebridge.app import Workspace, build_services, open_workspace
from casebridge.exchange.canonical import canonical
from casebridge.exchange.keys import WorkstationKey
from casebridge.exchange.package import build_manifest

URN = "62CF0077726"
PEAK_LIMIT_MB = 150
TEN_GIB = 10 * 1024**3
# sha256 of 10 GiB of zero bytes (computed once: hashlib over 160 × 64 MiB of zeros)
TEN_GIB_ZEROS = "732377e7f4a2abdc13ddfa1eb4c9c497fd2a2b294674d056cf51581b47dd586d"

# the peak resident memory of this process image (VmHWM: getrusage's ru_maxrss would include the forking parent's)
MEASURED = """
import sys
from casebridge.cli import main
code = main(sys.argv[1:])
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:"))
sys.stderr.write(f"PEAK_KB {peak}\\n")
sys.exit(code)
"""


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, bytes], WorkstationKey]:
    """A small honest case: its manifest, its files and the (attacker's own, valid) signing key."""
    tmp = tmp_path_factory.mktemp("hostile-base")
    ws = open_workspace(tmp / "ws")
    try:
        ws.cases.create_case(URN, title="Burglary, Heol y Castell")
        ws.cases.add_person(URN, {"role": "officer", "surname": "Evans", "forenames": "Sarah"})
        statement = tmp / "statement.txt"
        statement.write_bytes(b"I saw the man climb through the window." * 20)
        build_services(ws).importer.import_paths(URN, [statement], producer="Sarah Evans")
        key = WorkstationKey.load_or_create(tmp / "key")
        manifest = build_manifest(ws, URN, key)
        files = {b["sha256"]: ws.vault.path(b["sha256"]).read_bytes() for b in manifest["blobs"]}
        return manifest, files, key
    finally:
        ws.close()


def write_package(
    path: Path,
    manifest: dict[str, Any] | bytes,
    key: WorkstationKey,
    files: dict[str, bytes | Callable[[Any], None]],
    *,
    compress: int = zipfile.ZIP_STORED,
    extra: list[tuple[str, bytes]] | None = None,
) -> Path:
    """A .cbcase as an attacker would write it: any manifest (signed with their own key), any members."""
    data = manifest if isinstance(manifest, bytes) else canonical(manifest)
    with zipfile.ZipFile(path, "w", allowZip64=True) as archive:
        archive.writestr("manifest.json", data, zipfile.ZIP_DEFLATED)
        archive.writestr("manifest.sig.json", json.dumps(key.sign(data)), zipfile.ZIP_DEFLATED)
        for digest, content in files.items():
            if callable(content):
                info = zipfile.ZipInfo(f"blobs/{digest}")
                info.compress_type = compress
                with archive.open(info, "w", force_zip64=True) as member:
                    content(member)
            else:
                archive.writestr(f"blobs/{digest}", content, compress)
        for name, content in extra or []:
            archive.writestr(name, content)
    return path


def run(workspace: Path, *args: str) -> tuple[int, str, int]:
    """casebridge in its own process: exit code, everything it printed, peak memory in MB."""
    env = {**os.environ, "CASEBRIDGE_WORKSPACE": str(workspace)}
    done = subprocess.run(
        [sys.executable, "-c", MEASURED, *args], capture_output=True, text=True, env=env, timeout=600, check=False
    )
    lines = done.stderr.splitlines()
    peak = next(int(line.split()[1]) for line in lines if line.startswith("PEAK_KB"))
    printed = done.stdout + "\n".join(line for line in lines if not line.startswith("PEAK_KB"))
    return done.returncode, printed, peak // 1024


def untouched(workspace: Path) -> None:
    ws: Workspace = open_workspace(workspace)
    try:
        assert not ws.cases.exists(URN)
        assert not [p for p in ws.location.vault_dir.rglob("*") if p.is_file()], "nothing reaches the vault"
    finally:
        ws.close()


def zeros(total: int) -> Callable[[Any], None]:
    def write(member: Any) -> None:
        block = bytes(16 * 1024 * 1024)
        left = total
        while left:
            member.write(block[: min(left, len(block))])
            left -= min(left, len(block))

    return write


def _claiming(manifest: dict[str, Any], digest: str, size: int) -> dict[str, Any]:
    changed = json.loads(json.dumps(manifest))
    exhibit = changed["exhibits"][0]
    old = exhibit["sha256"]
    exhibit.update(sha256=digest, size=size, original_name="zeros.bin", media_type="application/octet-stream")
    changed["blobs"] = [b for b in changed["blobs"] if b["sha256"] != old] + [{"sha256": digest, "size": size}]
    return changed


@pytest.mark.slow
def test_a_package_declaring_ten_gib_of_zeros_is_refused_in_bounded_memory(
    base: tuple[dict[str, Any], dict[str, bytes], WorkstationKey], tmp_path: Path
) -> None:
    manifest, _files, key = base
    bomb = write_package(
        tmp_path / "zeros.cbcase",
        _claiming(manifest, TEN_GIB_ZEROS, TEN_GIB),
        key,
        {TEN_GIB_ZEROS: zeros(TEN_GIB)},
        compress=zipfile.ZIP_DEFLATED,
    )
    assert bomb.stat().st_size < 60 * 1024 * 1024  # a small file on disk, honestly declaring 10 GiB
    for command in (("package", "verify", str(bomb)), ("package", "import", str(bomb))):
        code, printed, peak = run(tmp_path / "ws", *command)
        assert code == 1, printed
        assert "zeros.cbcase: the file 732377e7f4a2… is compressed" in printed
        assert "Traceback" not in printed
        assert peak < PEAK_LIMIT_MB, f"{command[1]}: {peak} MB"
        print(f"10 GiB of zeros, {command[1]}: refused, peak {peak} MB")
    untouched(tmp_path / "ws")


@pytest.mark.slow
def test_a_large_honest_file_is_verified_and_imported_streaming(
    base: tuple[dict[str, Any], dict[str, bytes], WorkstationKey], tmp_path: Path
) -> None:
    """Stored (as the standard says) and honest: checked and copied in pieces, so memory does not follow size."""
    manifest, _files, key = base
    size = 400 * 1024 * 1024
    digest = hashlib.sha256(bytes(size)).hexdigest()
    package = write_package(tmp_path / "large.cbcase", _claiming(manifest, digest, size), key, {digest: zeros(size)})
    code, printed, peak = run(tmp_path / "ws", "package", "verify", str(package))
    assert code == 0, printed
    assert peak < PEAK_LIMIT_MB, f"verify: {peak} MB"
    print(f"400 MiB stored file, verify: peak {peak} MB")
    code, printed, peak = run(tmp_path / "ws", "package", "import", str(package))
    assert code == 0, printed
    assert f"{URN} imported from large.cbcase" in printed
    assert peak < PEAK_LIMIT_MB, f"import: {peak} MB"
    print(f"400 MiB stored file, import: peak {peak} MB")
    ws = open_workspace(tmp_path / "ws")
    try:
        assert ws.vault.path(digest).stat().st_size == size
    finally:
        ws.close()


def _hostile(base: tuple[dict[str, Any], dict[str, bytes], WorkstationKey], tmp: Path) -> list[tuple[Path, str]]:
    """(package, what the refusal must say) for each hostile package."""
    manifest, files, key = base
    digest = next(iter(files))
    made: list[tuple[Path, str]] = []

    def add(name: str, expected: str, *args: Any, **kwargs: Any) -> None:
        made.append((write_package(tmp / name, *args, **kwargs), expected))

    nested: Any = "deep"
    for _ in range(100):
        nested = [nested]
    add(
        "nested.cbcase",
        "nested more than 32 levels",
        {**manifest, "case": {**manifest["case"], "x": nested}},
        key,
        files,
    )
    add("recursion.cbcase", "nested too deeply", b"[" * 200_000 + b"]" * 200_000, key, files)
    add("many.cbcase", "more than 1,500,000 values", b"[" + b"0," * 1_600_000 + b"0]", key, files)
    add("objects.cbcase", "more than 1,500,000 values", b"[" + b"{}," * 1_600_000 + b"{}]", key, files)
    add("notjson.cbcase", "is not JSON", b"{'urn': 1}", key, files)
    add(
        "twice.cbcase",
        "holds 'manifest.json' more than once",
        manifest,
        key,
        files,
        extra=[("manifest.json", canonical({**manifest, "urn": "01ZD0300108"}))],
    )
    add("slip.cbcase", "unexpected entry '../../evil.bat'", manifest, key, files, extra=[("../../evil.bat", b"x")])
    add(
        "control.cbcase",
        "unexpected entry 'blobs/\\x1b[31mred\\u202etxt.exe'",
        manifest,
        key,
        files,
        extra=[("blobs/\x1b[31mred\u202etxt.exe", b"x")],
    )
    add("deflated.cbcase", "is compressed", manifest, key, files, compress=zipfile.ZIP_DEFLATED)
    add("missing.cbcase", "lacks 1 file", manifest, key, {})
    other = hashlib.sha256(b"other").hexdigest()
    add("unlisted.cbcase", "does not list", manifest, key, {**files, other: b"other"})
    add("wrongsize.cbcase", "size in the archive differs", manifest, key, {digest: files[digest] + b"!"})
    add("flipped.cbcase", "damaged", manifest, key, {digest: bytes(len(files[digest]))})
    add("schema.cbcase", "not valid at exhibits", {**manifest, "exhibits": "all of them"}, key, files)
    huge = {**manifest, "case": {**manifest["case"], "summary": "A" * (60 * 1024 * 1024)}}
    add("hugesummary.cbcase", "more than 33,554,432: refused", huge, key, files)
    summary = {**manifest, "case": {**manifest["case"], "summary": "A" * (1024 * 1024)}}
    add("summary.cbcase", "Summary is limited to 20000 characters. Nothing was imported.", summary, key, files)
    honest = write_package(tmp / "forged.cbcase", manifest, key, files)
    with zipfile.ZipFile(honest) as source, zipfile.ZipFile(tmp / "resigned.cbcase", "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "manifest.json":
                data = canonical({**manifest, "case": {**manifest["case"], "title": "Altered"}})
            out.writestr(info, data)
    made.append((tmp / "resigned.cbcase", "altered after it was signed"))
    (tmp / "notzip.cbcase").write_bytes(b"PK\x03\x04 this is not a zip")
    made.append((tmp / "notzip.cbcase", "is not a case package"))
    whole = (tmp / "resigned.cbcase").read_bytes()
    (tmp / "truncated.cbcase").write_bytes(whole[: len(whole) // 2])
    made.append((tmp / "truncated.cbcase", "is not a case package"))
    corrupt = bytearray((tmp / "forged.cbcase").read_bytes())
    at = corrupt.find(b"I saw the man")
    corrupt[at : at + 5] = b"U SAW"  # a stored member whose bytes no longer match its CRC
    (tmp / "crc.cbcase").write_bytes(bytes(corrupt))
    made.append((tmp / "crc.cbcase", "damaged"))
    return made


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:Duplicate name")  # the two-manifests package is meant to have one
def test_the_hostile_package_set_gives_clear_messages_and_writes_nothing(
    base: tuple[dict[str, Any], dict[str, bytes], WorkstationKey], tmp_path: Path
) -> None:
    packages = _hostile(base, tmp_path)
    report = []
    for package, expected in packages:
        code, printed, peak = run(tmp_path / "ws", "package", "import", str(package))
        report.append(f"{package.name:18} exit {code}  {peak:4} MB  {printed.strip()[:150]}")
        assert code == 1, (package.name, printed)
        assert expected in printed, (package.name, printed)
        assert package.name in printed, (package.name, printed)  # the message names the file
        assert "Traceback" not in printed
        assert "unexpected" not in printed.replace("unexpected entry", ""), (package.name, printed)
        assert peak < PEAK_LIMIT_MB, (package.name, peak)
    (tmp_path / "report.txt").write_text("\n".join(report))
    untouched(tmp_path / "ws")
    assert len(packages) >= 20
