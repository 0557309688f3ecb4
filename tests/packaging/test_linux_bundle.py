"""The frozen Linux bundle, built from the same spec as the Windows one, passes its own self-test.

Builds with PyInstaller into a temporary folder (~40 s on two cores): packaging faults — a lazily imported module
PyInstaller missed, migrations not collected as files, a library picked up from the build machine — fail here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("linux-build")
    result = subprocess.run(
        [str(ROOT / "installer" / "build-linux.sh"), str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHON": sys.executable},
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return out / "dist" / "casebridge", result.stdout + result.stderr


def test_frozen_self_test_passes_with_media_required(built: tuple[Path, str]) -> None:
    _bundle, output = built
    assert "self-test (frozen build;" in output
    assert "Self-test passed" in output
    assert "libvlc 3." in output
    assert "played 1 s" in output
    assert "CenterFace (" in output  # the face model shipped, checked and run
    assert "read the plate AB12 CDE" in output  # the OCR models shipped, checked, run by onnxruntime


def test_bundle_carries_resources_migrations_and_notices_but_not_unused_parts(built: tuple[Path, str]) -> None:
    bundle, _output = built
    internal = bundle / "_internal"
    assert (internal / "casebridge/resources/reference/manifest.json").is_file()
    assert (internal / "casebridge/store/migrations/versions/0001_initial.py").is_file()
    assert (bundle / "licenses/THIRD-PARTY-NOTICES.txt").is_file()
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    assert not [n for n in names if "Qt/translations/" in n]  # Qt's own: never loaded
    assert not [n for n in names if n.endswith(".ts")]  # Qt Linguist sources stay behind; their .qm travel
    resources = ROOT / "resources"
    expected = {
        p.relative_to(resources).as_posix()
        for p in resources.rglob("*")
        if p.is_file() and p.suffix != ".ts" and "__pycache__" not in p.parts
    }
    shipped = {n.removeprefix("casebridge/resources/") for n in names if n.startswith("casebridge/resources/")}
    shipped = {n for n in shipped if (internal / "casebridge/resources" / n).is_file()}
    assert sorted(expected - shipped) == [], "resources left out of the bundle"
    assert "translations/casebridge_cy_GB.qm" in shipped
    assert [n for n in names if n.startswith("tzdata/zoneinfo/Europe/London")]  # the PACE clock on Windows
    assert not [n for n in names if Path(n).name.startswith(("libvlc.so", "libvlccore.so"))]
    assert not [n for n in names if n.split("/")[0] in {"pytest", "_pytest", "ocrmypdf", "fontTools", "tkinter"}]


def test_frozen_cli_runs_a_command_against_a_workspace(built: tuple[Path, str], tmp_path: Path) -> None:
    bundle, _output = built
    exe = bundle / "casebridge"
    env = {**os.environ, "CASEBRIDGE_WORKSPACE": str(tmp_path / "ws")}
    created = subprocess.run(
        [str(exe), "case", "new", "--urn", "01ZD0300108", "--title", "Frozen"], capture_output=True, text=True, env=env
    )
    assert created.returncode == 0, created.stderr
    listed = subprocess.run([str(exe), "case", "list", "--json"], capture_output=True, text=True, env=env)
    assert '"urn": "01ZD0300108"' in listed.stdout
