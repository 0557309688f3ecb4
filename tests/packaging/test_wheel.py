"""The wheel carries every file the program needs, by construction: every module under desktop/casebridge and
every file under the top-level resources/ folder, byte for byte. (A wheel without the redaction policy or the
package schema once installed cleanly and failed at the first `redact suggest`.)"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def tree(folder: Path, suffixes: tuple[str, ...] = ()) -> dict[str, Path]:
    return {
        p.relative_to(folder).as_posix(): p
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and (not suffixes or p.suffix in suffixes)
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    (path,) = out.glob("casebridge-*.whl")
    return zipfile.ZipFile(path)


def test_every_resource_file_is_in_the_wheel_unchanged(wheel: zipfile.ZipFile) -> None:
    resources = tree(ROOT / "resources")
    assert {
        "redaction/policy.json",
        "schemas/case-package-v1.schema.json",
        "translations/casebridge_cy_GB.qm",
        "templates/letters/witness-dates.json",
        "icons/casebridge.png",
    } <= set(resources)
    shipped = {
        n.removeprefix("casebridge/resources/") for n in wheel.namelist() if n.startswith("casebridge/resources/")
    }
    assert sorted(set(resources) - shipped) == [], "left out of the wheel"
    assert sorted(shipped - set(resources)) == [], "in the wheel but not in resources/"
    for name, path in resources.items():
        assert wheel.read(f"casebridge/resources/{name}") == path.read_bytes(), name


def test_every_module_and_migration_is_in_the_wheel(wheel: zipfile.ZipFile) -> None:
    package = ROOT / "desktop" / "casebridge"
    modules = tree(package, (".py", ".mako", ".typed"))
    names = set(wheel.namelist())
    missing = [f"casebridge/{name}" for name in modules if f"casebridge/{name}" not in names]
    assert missing == []
    assert "casebridge/store/migrations/script.py.mako" in names
    assert not [n for n in names if n.startswith(("tests/", "installer/", "scripts/", "resources/"))]


def test_the_wheel_declares_what_windows_needs(wheel: zipfile.ZipFile) -> None:
    (metadata,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    text = wheel.read(metadata).decode()
    requires = [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("Requires-Dist:")]
    assert any(r.startswith("tzdata") and "extra" not in r for r in requires)  # Windows has no zone database
    assert "License-File: resources/reference/LICENSE" in text
