"""Case packages: a signed manifest naming every file by SHA-256, and a .cbcase that refuses anything doubtful."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from casebridge.app import build_services
from casebridge.demo.builder import DEMO_URN, build_demo
from casebridge.exchange.canonical import canonical
from casebridge.exchange.keys import SignatureError, WorkstationKey, verify
from casebridge.exchange.package import PackageError, build_manifest, export_package, open_package, validate
from casebridge.workspace import Workspace


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    build_demo(build_services(workspace), derivatives=False)
    return workspace


@pytest.fixture
def key(tmp_path: Path) -> WorkstationKey:
    return WorkstationKey.load_or_create(tmp_path / "keys")


def test_the_manifest_names_every_exhibit_by_digest_and_passes_its_schema(demo: Workspace, key: WorkstationKey) -> None:
    manifest = build_manifest(demo, DEMO_URN, key)
    validate(manifest)
    assert manifest["sender"]["workstation_key"] == key.id
    exhibits = demo.exhibits.for_case(DEMO_URN)
    assert {e["sha256"] for e in manifest["exhibits"]} == {e.sha256 for e in exhibits}
    assert {b["sha256"] for b in manifest["blobs"]} == {e.sha256 for e in exhibits}
    assert manifest["case"]["urn"] == DEMO_URN
    assert manifest["case_file"]["items"]
    broken = {**manifest, "blobs": manifest["blobs"][1:]}
    with pytest.raises(PackageError, match="names a file the package does not list"):
        validate(broken)
    with pytest.raises(PackageError, match="blobs/0/sha256"):
        validate({**manifest, "blobs": [{"sha256": "nothex", "size": 1}, *manifest["blobs"][1:]]})


def test_signatures_verify_and_any_change_breaks_them(key: WorkstationKey, tmp_path: Path) -> None:
    signature = key.sign(b"manifest bytes")
    assert verify(b"manifest bytes", signature) == key.id
    assert verify(b"manifest bytes", signature, trusted={key.id}) == key.id
    with pytest.raises(SignatureError, match="altered"):
        verify(b"manifest bytes!", signature)
    with pytest.raises(SignatureError, match="unknown workstation"):
        verify(b"manifest bytes", signature, trusted={"0" * 16})
    assert WorkstationKey.load_or_create(tmp_path / "keys").id == key.id  # the same key next time
    assert oct((tmp_path / "keys" / "workstation-signing-key.pem").stat().st_mode & 0o777) == "0o600"


def test_a_cbcase_round_trips_and_every_tampering_is_refused(
    demo: Workspace, key: WorkstationKey, tmp_path: Path
) -> None:
    package = export_package(demo, DEMO_URN, tmp_path / "case.cbcase", key)
    opened = open_package(package, trusted={key.id})
    assert opened.signer == key.id
    with zipfile.ZipFile(package) as archive:
        stored = {
            b["sha256"]: b"".join(opened.blob_stream(archive, b["sha256"], b["size"])) for b in opened.manifest["blobs"]
        }
    for exhibit in demo.exhibits.for_case(DEMO_URN):
        assert hashlib.sha256(stored[exhibit.sha256]).hexdigest() == exhibit.sha256

    def rewrite(name: str, change: dict[str, bytes | None], extra: dict[str, bytes] | None = None) -> Path:
        target = tmp_path / name
        with zipfile.ZipFile(package) as source, zipfile.ZipFile(target, "w") as out:
            for info in source.infolist():
                if info.filename in change:
                    if change[info.filename] is not None:
                        out.writestr(info.filename, change[info.filename])  # type: ignore[arg-type]
                    continue
                out.writestr(info.filename, source.read(info.filename))
            for entry, data in (extra or {}).items():
                out.writestr(entry, data)
        return target

    manifest = json.loads(zipfile.ZipFile(package).read("manifest.json"))
    altered = {**manifest, "urn": manifest["urn"]}
    altered["case"] = {**manifest["case"], "title": "Something else"}
    with pytest.raises(PackageError, match="altered after it was signed"):
        open_package(rewrite("tampered.cbcase", {"manifest.json": canonical(altered)}))
    with pytest.raises(PackageError, match="unexpected entry"):
        open_package(rewrite("slip.cbcase", {}, {"../../evil.sh": b"rm -rf /"}))
    first = manifest["blobs"][0]["sha256"]
    with pytest.raises(PackageError, match="size in the archive differs from the manifest"):
        open_package(rewrite("bomb.cbcase", {f"blobs/{first}": b"\0" * (manifest["blobs"][0]["size"] + 10_000_000)}))
    size = manifest["blobs"][0]["size"]
    with pytest.raises(PackageError, match="damaged"):
        open_package(rewrite("flipped.cbcase", {f"blobs/{first}": b"x" * size}))
    with pytest.raises(PackageError, match="lacks 1 file"):
        open_package(rewrite("short.cbcase", {f"blobs/{first}": None}))
    with pytest.raises(PackageError, match=r"manifest\.sig\.json"):
        open_package(rewrite("unsigned.cbcase", {"manifest.sig.json": None}))
    with pytest.raises(PackageError, match="unknown workstation"):
        open_package(package, trusted={"f" * 16})
    (tmp_path / "junk.cbcase").write_bytes(b"not a zip")
    with pytest.raises(PackageError, match="not a case package"):
        open_package(tmp_path / "junk.cbcase")


def _cli(workspace: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CASEBRIDGE_WORKSPACE": str(workspace)}
    return subprocess.run(
        [sys.executable, "-m", "casebridge", *args], capture_output=True, text=True, env=env, check=False
    )


def test_the_command_line_exports_and_verifies(demo: Workspace, tmp_path: Path) -> None:
    police, cps = demo.location.root, tmp_path / "cps"
    target = tmp_path / "62CF.cbcase"
    done = _cli(police, "package", "export", DEMO_URN, "--out", str(target))
    assert done.returncode == 0, done.stderr
    own = _cli(police, "package", "key")
    key_id = own.stdout.split(": ")[1].strip()
    assert f"signed by workstation key {key_id}" in done.stdout
    checked = _cli(police, "package", "verify", str(target), "--json")
    assert checked.returncode == 0, checked.stdout
    assert json.loads(checked.stdout)["urn"] == DEMO_URN
    assert json.loads(checked.stdout)["trusted_as"] == "this workstation"

    unknown = _cli(cps, "package", "verify", str(target))
    assert unknown.returncode == 0
    assert f"WARNING: it was signed by workstation key {key_id}, which is not on this unit's trust list" in (
        unknown.stdout
    )
    refused = _cli(cps, "package", "import", str(target), "--trusted-only")
    assert refused.returncode == 1
    assert "not on this unit's trust list" in refused.stderr
    trusted = _cli(cps, "package", "trust", str(target), "--name", "Leeds FBU desk 3")
    assert trusted.returncode == 0, trusted.stderr
    assert trusted.stdout == f"Trusted: workstation key {key_id} (Leeds FBU desk 3)\n"
    listed = _cli(cps, "package", "trusted", "--json")
    assert [(e["key_id"], e["name"]) for e in json.loads(listed.stdout)["trusted"]] == [(key_id, "Leeds FBU desk 3")]
    imported = _cli(cps, "package", "import", str(target), "--trusted-only")
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith(f"{DEMO_URN} imported")
    assert f"signed by Leeds FBU desk 3 ({key_id})" in imported.stdout
    twice = _cli(cps, "package", "import", str(target))
    assert twice.returncode == 1
    assert "already in this workspace" in twice.stderr
    assert _cli(cps, "package", "distrust", key_id).returncode == 0
    assert "No workstation keys" in _cli(cps, "package", "trusted").stdout
    assert "not a workstation key id" in _cli(cps, "package", "trust", "zz", "--name", "x").stderr

    (tmp_path / "bad.cbcase").write_bytes(target.read_bytes()[:-100])
    bad = _cli(police, "package", "verify", str(tmp_path / "bad.cbcase"))
    assert bad.returncode == 1
    assert "refused" in bad.stdout


def test_a_package_recreates_the_case_in_another_workspace(
    demo: Workspace, key: WorkstationKey, tmp_path: Path
) -> None:
    from casebridge.app import open_workspace
    from casebridge.domain.view import CaseFileView
    from casebridge.exchange.receive import import_package
    from casebridge.forms.builders import build
    from casebridge.forms.document import Audience

    service = build_services(demo).redaction
    statement = demo.exhibits.find_by_reference(DEMO_URN, "AK/1")
    copy = service.apply(statement, service.accept(statement, service.suggest(statement), approve=True)).copy
    item = demo.casefile.load(DEMO_URN).of("mg6c")[1]
    demo.casefile.delete_item(item.id)  # a gap in the MG6C numbering that must survive the journey
    package = export_package(demo, DEMO_URN, tmp_path / "case.cbcase", key)
    cps = open_workspace(tmp_path / "cps")
    try:
        with pytest.raises(PackageError, match=f"signed by workstation key {key.id}, which is not on this unit"):
            import_package(cps, package, trusted_only=True)
        assert not cps.cases.exists(DEMO_URN)
        cps.trust.trust(key.id, "Leeds file-building unit, desk 3")
        done = import_package(cps, package, trusted_only=True)
        assert (done.urn, done.signer, done.sender) == (DEMO_URN, key.id, "Leeds file-building unit, desk 3")
        imported = [e for e in cps.cases.history(DEMO_URN) if e.action == "package.imported"]
        assert imported[-1].case_urn == DEMO_URN
        assert key.id in str(imported[-1].after)
        sent, received = demo.cases.get_case(DEMO_URN), cps.cases.get_case(DEMO_URN)
        assert [p.display_name for p in received.people] == [p.display_name for p in sent.people]
        assert [o.cjs_code for o in received.offences] == [o.cjs_code for o in sent.offences]
        numbers = lambda ws: [i.number for i in ws.casefile.load(DEMO_URN).of("mg6c")]  # noqa: E731
        assert numbers(cps) == numbers(demo)
        for reference in ("SE/1", "AK/1", copy.reference):
            a = demo.exhibits.find_by_reference(DEMO_URN, reference)
            b = cps.exhibits.find_by_reference(DEMO_URN, reference)
            assert b.sha256 == a.sha256
            assert cps.vault.path(b.sha256).read_bytes() == demo.vault.path(a.sha256).read_bytes()
        received_copy = cps.exhibits.find_by_reference(DEMO_URN, copy.reference)
        assert received_copy.facts["redacted_from"] == statement.sha256
        assert received_copy.parent_id == cps.exhibits.find_by_reference(DEMO_URN, "AK/1").id

        for form in ("MG9", "MG5", "MG6C"):
            a = build(CaseFileView.load(demo, DEMO_URN), form, Audience.CPS)
            b = build(CaseFileView.load(cps, DEMO_URN), form, Audience.CPS)
            assert [blk.rows for blk in b.blocks] == [blk.rows for blk in a.blocks], form
            assert [blk.table for blk in b.blocks] == [blk.table for blk in a.blocks], form
        with pytest.raises(PackageError, match="already in this workspace"):
            import_package(cps, package)
    finally:
        cps.close()
