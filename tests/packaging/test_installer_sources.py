"""The installer's build tools: stable component identity, the MSI's tables, the pinned VLC, the notices."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"


def load(relative: str) -> ModuleType:
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


harvest = load("installer/windows/harvest.py")
prepare_vlc = load("installer/windows/prepare_vlc.py")
notices = load("installer/notices.py")
msi_fixups = load("installer/windows/msi_fixups.py")


def fake_bundle(root: Path, extra: str = "") -> Path:
    bundle = root / "casebridge"
    for relative in [
        "casebridge.exe",
        "casebridgew.exe",
        "_internal/python311.dll",
        "_internal/PySide6/Qt6Core.dll",
        "_internal/PySide6/plugins/platforms/qwindows.dll",
        "_internal/casebridge/resources/reference/manifest.json",
        "licenses/LICENSE.txt",
        *([extra] if extra else []),
    ]:
        path = bundle / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(relative.encode())
    return bundle


def components(xml: str) -> dict[str, tuple[str, str]]:
    """relative source path -> (component id, guid)"""
    tree = ElementTree.fromstring(xml)
    found = {}
    for component in tree.iter(f"{WIX}Component"):
        file = component.find(f"{WIX}File")
        assert file is not None
        found[file.get("Source", "").removeprefix("$(var.BundleDir)/")] = (component.get("Id"), component.get("Guid"))
    return found


def test_component_identity_depends_only_on_the_path(tmp_path: Path) -> None:
    first = components(harvest.harvest(fake_bundle(tmp_path / "a")))
    second = components(harvest.harvest(fake_bundle(tmp_path / "b", extra="_internal/new.dll")))
    assert len(first) == 7
    assert len(second) == 8
    assert all(second[path] == ids for path, ids in first.items())
    assert len({guid for _id, guid in second.values()}) == 8
    assert first["casebridge.exe"][1] == str(uuid.uuid5(harvest.NAMESPACE, "casebridge.exe")).upper()
    assert all(len(ident) <= 72 and ident[0].isalpha() for ident, _guid in second.values())


def test_executables_have_the_fixed_ids_the_product_refers_to(tmp_path: Path) -> None:
    tree = ElementTree.fromstring(harvest.harvest(fake_bundle(tmp_path)))
    ids = {f.get("Source", "").rsplit("/", 1)[1]: f.get("Id") for f in tree.iter(f"{WIX}File")}
    assert ids["casebridge.exe"] == "CasebridgeExe"
    assert ids["casebridgew.exe"] == "CasebridgewExe"
    product = (ROOT / "installer/windows/casebridge.wxs").read_text(encoding="utf-8")
    assert 'FileKey="CasebridgeExe"' in product
    assert 'TargetFile="CasebridgewExe"' in product


def test_refuses_a_folder_without_the_executable(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(SystemExit, match=r"no casebridge\.exe"):
        harvest.harvest(tmp_path / "empty")


def test_wixl_builds_an_msi_with_upgrade_code_shortcut_association_and_defaults_action(tmp_path: Path) -> None:
    if shutil.which("wixl") is None:
        if os.environ.get("CI"):
            pytest.fail("wixl is not installed; ./dev.sh test installs msitools and wixl")
        pytest.skip("wixl is not installed (apt-get install msitools wixl); CI always has it.")
    bundle = fake_bundle(tmp_path)
    (tmp_path / "files.wxs").write_text(harvest.harvest(bundle), encoding="utf-8")
    shutil.copy(ROOT / "installer/assets/casebridge.ico", tmp_path / "casebridge.ico")
    msi = tmp_path / "test.msi"
    subprocess.run(
        [
            "wixl", "-a", "x64", "-D", "Version=9.8.7", "-D", "IconFile=casebridge.ico", "-D", "BundleDir=casebridge",
            "-o", str(msi), str(ROOT / "installer/windows/casebridge.wxs"), "files.wxs",
        ],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )  # fmt: skip

    def table(name: str) -> str:
        return subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True).stdout

    assert "UpgradeCode\t{35F5B94C-A0C9-4131-856E-93013C6098F1}" in table("Property")
    assert "ProductVersion\t9.8.7" in table("Property")
    assert "ALLUSERS\t1" in table("Property")
    assert "A newer version of Casebridge is already installed" in table("LaunchCondition")
    assert "ProgramMenuFolder\tCasebridge\tStartMenuShortcut\t[INSTALLDIR]casebridgew.exe" in table("Shortcut")
    action = table("CustomAction")
    assert 'CasebridgeExe\tmachine-defaults set --hub-url "[HUB_URL]"' in action
    assert "3090" in action  # exe from an installed file (18) + deferred (1024) + no impersonation (2048)
    registry = table("Registry")
    assert ".cbcase\t\tCasebridge.CasePackage" in registry
    assert '--open "%1"' in registry
    files = table("File")
    assert files.count("\n") >= 7 + 3

    msi_fixups.fix(msi, wixl=True)
    assert "SecureCustomProperties\tWIX_DOWNGRADE_DETECTED;WIX_UPGRADE_DETECTED;HUB_URL;CA_BUNDLE;DATA_DIR" in table(
        "Property"
    )
    sequence = {row.split("\t")[0]: int(row.split("\t")[2]) for row in table("InstallExecuteSequence").splitlines()[3:]}
    assert sequence["InstallValidate"] < sequence["RemoveExistingProducts"] < sequence["InstallInitialize"]
    assert sequence["InstallFiles"] < sequence["WriteMachineDefaults"] < sequence["InstallFinalize"]


def make_vlc_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zipped:
        for name in [
            "libvlc.dll",
            "libvlccore.dll",
            "COPYING.txt",
            "vlc.exe",
            "plugins/plugins.dat",
            "plugins/codec/libavcodec_plugin.dll",
            "plugins/gui/libqt_plugin.dll",
            "plugins/lua/liblua_plugin.dll",
            "locale/fr/vlc.mo",
        ]:
            zipped.writestr(f"vlc-3.0.21/{name}", name)
    return path


def pin_for(path: Path) -> dict[str, object]:
    pin = prepare_vlc.load_pin()
    return {**pin, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "size": path.stat().st_size}


def test_vlc_zip_is_verified_then_pruned(tmp_path: Path) -> None:
    archive = make_vlc_zip(tmp_path / "vlc.zip")
    kept = prepare_vlc.extract(archive, tmp_path / "vlc", pin_for(archive))
    files = sorted(p.relative_to(tmp_path / "vlc").as_posix() for p in (tmp_path / "vlc").rglob("*") if p.is_file())
    assert files == ["COPYING.txt", "libvlc.dll", "libvlccore.dll", "plugins/codec/libavcodec_plugin.dll"]
    assert kept == 4


def test_vlc_zip_with_another_hash_is_refused_before_extracting(tmp_path: Path) -> None:
    archive = make_vlc_zip(tmp_path / "vlc.zip")
    pin = {**pin_for(archive), "sha256": "0" * 64}
    with pytest.raises(prepare_vlc.PinMismatch, match="expected 0000"):
        prepare_vlc.extract(archive, tmp_path / "vlc", pin)
    assert not (tmp_path / "vlc").exists()
    with pytest.raises(prepare_vlc.PinMismatch, match="bytes"):
        prepare_vlc.extract(archive, tmp_path / "vlc", {**pin, "size": 1})


def test_the_real_vlc_pin_is_a_sha256() -> None:
    pin = prepare_vlc.load_pin()
    assert len(str(pin["sha256"])) == 64
    assert str(pin["url"]).startswith("https://download.videolan.org/")


def test_notices_list_runtime_components_only_with_their_licences(tmp_path: Path) -> None:
    count = notices.write(tmp_path, search=None, platform=None, python_licence=None, vlc_dir=None)
    text = (tmp_path / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    table = text.split("Python distributions in this bundle\n", 1)[1].splitlines()[1:]
    names = [line.split()[0].lower() for line in table if line.strip()]
    assert {"pyside6_essentials", "pymupdf", "av", "sqlalchemy", "keyring", "python-vlc"} <= set(names)
    assert not {"pytest", "mypy", "ruff", "pyinstaller", "hypothesis"} & set(names)
    assert count == len(names)
    assert "libx264 and libx265, which are GNU GPL" in text
    assert "GNU LGPL v3" in text
    assert (tmp_path / "LICENSE.txt").read_text(encoding="utf-8").startswith((ROOT / "LICENSE").read_text()[:40])
    assert any((tmp_path / "third-party").glob("PyMuPDF-*/*"))


def test_notices_for_windows_follow_windows_markers(tmp_path: Path) -> None:
    linux = {d.metadata["Name"].lower() for d in notices.runtime_distributions(None, "linux")}
    windows = {d.metadata["Name"].lower() for d in notices.runtime_distributions(None, "win32")}
    assert "secretstorage" in linux
    assert "secretstorage" not in windows
