"""The Welsh translation keeps up with the code: the domain words list is current, and every string lupdate
finds in the interface has a Welsh translation (marked for review)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "casebridge_cy_GB.ts"


def _script() -> object:
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_domain_words_list_is_current() -> None:
    script = _script()
    current = (ROOT / "desktop" / "casebridge" / "ui" / "domain_strings.py").read_text("utf-8")
    assert current == script.domain_strings(), "run: python scripts/build_translations.py --update"  # type: ignore[attr-defined]


def test_every_interface_string_has_a_welsh_translation(tmp_path: Path) -> None:
    script = _script()
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    files = sorted(str(p) for p in (ROOT / "desktop" / "casebridge" / "ui").rglob("*.py"))
    subprocess.run(
        [*script.tool("lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", str(copy)],  # type: ignore[attr-defined]
        check=True,
        capture_output=True,
    )
    missing = []
    for message in ET.parse(copy).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        texts = [translation.text or ""] + [f.text or "" for f in translation.findall("numerusform")]
        if not any(t.strip() for t in texts):
            missing.append(message.findtext("source"))
    assert missing == [], f"{len(missing)} string(s) without Welsh: {missing[:10]}"


def test_the_committed_qm_files_are_built_from_the_current_sources(tmp_path: Path) -> None:
    script = _script()
    fresh = script.build(tmp_path)  # type: ignore[attr-defined]
    assert fresh, "no .ts sources found"
    for built in fresh:
        committed = TS.parent / built.name
        assert committed.is_file(), f"{committed.name} is not committed: run python scripts/build_translations.py"
        assert committed.read_bytes() == built.read_bytes(), (
            f"{committed.name} is stale: run python scripts/build_translations.py and commit it"
        )
