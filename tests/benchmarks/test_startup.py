"""Run on demand: `.venv/bin/python -m pytest tests/benchmarks -p no:cacheprovider -s`.

Prints a table for docs/performance.md. Not part of the test suite: no timing asserts there.
"""

from __future__ import annotations

from pathlib import Path

from casebridge.app import build_services, open_workspace
from casebridge.demo.builder import build_demo
from tests.benchmarks.startup import measure, report


def test_startup_against_bare_pyside6(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "ws")
    build_demo(build_services(ws))
    for n in range(2, 40):
        ws.cases.create_case(f"01ZD03{n:03d}26", title=f"Case {n}")
    ws.close()
    results = measure(tmp_path / "ws")
    print("\n" + report(results))
    assert results["warm_bare_shown"]
    assert results["warm_casebridge_shown"]
