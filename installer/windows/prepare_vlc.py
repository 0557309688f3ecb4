"""Turn the official VLC for Windows zip into the folder the bundle carries as vlc/ (CASEBRIDGE_VLC_DIR).

    python installer/windows/prepare_vlc.py OUT_DIR (--zip vlc-3.0.21-win64.zip | --download)

The zip must match the size and SHA-256 pinned in vlc.json, or nothing is extracted. Only libvlc.dll,
libvlccore.dll, the licence and the plugins a player needs are kept (VLC's own Qt interface, Lua scripts,
visualisations and service discovery are dropped). The plugin cache is not copied: libvlc rebuilds it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import urllib.request
import zipfile
from pathlib import Path, PurePosixPath

PIN_FILE = Path(__file__).resolve().parent / "vlc.json"
KEEP_TOP = {"libvlc.dll", "libvlccore.dll", "COPYING.txt", "NEWS.txt"}


class PinMismatch(Exception):
    pass


def load_pin(path: Path = PIN_FILE) -> dict[str, object]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def verify(archive: Path, pin: dict[str, object]) -> str:
    size = archive.stat().st_size
    if size != pin["size"]:
        raise PinMismatch(f"{archive} is {size:,} bytes; the pinned VLC {pin['version']} zip is {pin['size']:,}")
    digest = hashlib.sha256()
    with archive.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != pin["sha256"]:
        raise PinMismatch(f"{archive} has SHA-256 {digest.hexdigest()}; expected {pin['sha256']}")
    return digest.hexdigest()


def extract(archive: Path, out: Path, pin: dict[str, object]) -> int:
    """Verify, then copy the kept files into `out` (emptied first). Returns the number of files kept."""
    verify(archive, pin)
    drop = set(pin.get("drop_plugin_folders", []))  # type: ignore[arg-type]
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    kept = 0
    with zipfile.ZipFile(archive) as zipped:
        for member in zipped.infolist():
            if member.is_dir():
                continue
            parts = PurePosixPath(member.filename).parts[1:]  # strip vlc-3.0.21/
            if not parts or ".." in parts:
                continue
            if len(parts) == 1 and parts[0] not in KEEP_TOP:
                continue
            if len(parts) > 1 and (parts[0] != "plugins" or parts[1] in drop or parts[-1] == "plugins.dat"):
                continue
            target = out.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zipped.open(member) as source, target.open("wb") as sink:
                shutil.copyfileobj(source, sink)
            kept += 1
    if not (out / "libvlc.dll").is_file() or not (out / "plugins").is_dir():
        raise PinMismatch(f"{archive} does not contain libvlc.dll and plugins/")
    return kept


def download(pin: dict[str, object], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / str(pin["url"]).rsplit("/", 1)[1]
    if not target.exists():
        with urllib.request.urlopen(str(pin["url"]), timeout=60) as response, target.open("wb") as sink:
            shutil.copyfileobj(response, sink)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--zip", type=Path, help="the official vlc-<version>-win64.zip")
    source.add_argument("--download", action="store_true", help="fetch it from download.videolan.org")
    args = parser.parse_args()
    pin = load_pin()
    archive = args.zip or download(pin, args.out.parent / "downloads")
    try:
        kept = extract(archive, args.out, pin)
    except PinMismatch as exc:
        print(f"prepare_vlc: {exc}", file=sys.stderr)
        return 1
    print(f"VLC {pin['version']} verified ({pin['sha256'][:16]}…): {kept} files in {args.out}")  # type: ignore[index]
    return 0


if __name__ == "__main__":
    sys.exit(main())
