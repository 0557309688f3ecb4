"""Bundle assembly: 200 PDFs (1,000 pages) merged, stamped on every page, indexed with links, bookmarked,
against a bare PyMuPDF `insert_pdf` merge of the same files in the same run.

.venv/bin/python -m pytest tests/benchmarks/test_bundle_speed.py -p no:cacheprovider -s
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pymupdf

from casebridge.bundle.audience import Resolved
from casebridge.bundle.build import assemble
from casebridge.bundle.definition import BundleDefinition, Entry, sections_of
from casebridge.bundle.profiles import profile
from casebridge.forms.document import Audience

DOCUMENTS, PAGES = 200, 5


def documents() -> list[bytes]:
    made = []
    for number in range(DOCUMENTS):
        doc = pymupdf.open()
        for page_number in range(PAGES):
            page = doc.new_page()
            page.insert_textbox(
                pymupdf.Rect(60, 60, 540, 780),
                f"Document {number + 1}, page {page_number + 1}. " + "Evidence text of a witness statement. " * 40,
                fontsize=10,
            )
        made.append(doc.tobytes(garbage=3, deflate=True))
    return made


def bare_merge(parts: list[bytes]) -> float:
    start = time.perf_counter()
    out = pymupdf.open()
    for data in parts:
        with pymupdf.open(stream=data, filetype="pdf") as part:
            out.insert_pdf(part)
    out.tobytes(garbage=4, deflate=True)
    return time.perf_counter() - start


def casebridge(parts: list[bytes], name: str = "classic") -> tuple[float, bytes]:
    entries = [
        Entry("BC"[i % 2], "form", f"DOC{i}", f"Statement {i + 1}", "01/12/2026", "A Witness") for i in range(DOCUMENTS)
    ]
    chosen = profile(name)
    definition = BundleDefinition(sections_of(chosen), tuple(entries), profile=name)
    items = [(Resolved(entry), data, "", None, PAGES) for entry, data in zip(entries, parts, strict=True)]
    start = time.perf_counter()
    pdf, rows, _media = assemble("01ZD0300126", Audience.DEFENCE, definition, items, profile=chosen)
    elapsed = time.perf_counter() - start
    assert len(rows) == DOCUMENTS
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        assert doc.page_count >= DOCUMENTS * PAGES
    return elapsed, pdf


PEAK = textwrap.dedent(
    """
    import pathlib, sys
    sys.path.insert(0, "tests")
    from benchmarks.test_bundle_speed import casebridge
    parts = [path.read_bytes() for path in sorted(pathlib.Path(sys.argv[2]).glob("*.pdf"))]
    def status(key):
        line = next(l for l in open("/proc/self/status") if l.startswith(key))
        return int(line.split()[1])
    pathlib.Path("/proc/self/clear_refs").write_text("5")  # resets the high-water mark (VmHWM) to now
    before = status("VmRSS:")
    casebridge(parts, sys.argv[1])
    print(before, status("VmHWM:"))
    """
)


def test_thousand_page_bundle(tmp_path: Path) -> None:
    """Peak memory is measured in a fresh process that reads the 200 documents from files (the process that made
    them with PyMuPDF has its own high-water mark): "before" is the resident size with Python, PyMuPDF, Casebridge
    and the documents loaded; the high-water mark is reset then (/proc/self/clear_refs) and read after the build."""
    from casebridge.bundle.preflight import check_bundle, errors

    parts = documents()
    for number, data in enumerate(parts):
        (tmp_path / f"{number:03}.pdf").write_bytes(data)
    bare = min(bare_merge(parts) for _ in range(3))
    print(f"\n{DOCUMENTS} PDFs, {DOCUMENTS * PAGES} pages: bare insert_pdf merge {bare:.2f} s")
    for name in ("classic", "dcs", "ebundle"):
        runs = [casebridge(parts, name) for _ in range(3)]
        ours = min(elapsed for elapsed, _pdf in runs)
        pdf = runs[0][1]
        peak = subprocess.run(
            [sys.executable, "-c", PEAK, name, str(tmp_path)], capture_output=True, text=True, check=True
        ).stdout.split()
        before, after = (int(v) / 1024 for v in peak)
        start = time.perf_counter()
        findings = check_bundle(pdf, profile(name))
        lint = time.perf_counter() - start
        assert errors(findings) == [], [f.line() for f in findings[:5]]
        print(
            f"  {name}: Casebridge (merge, stamps, labels, linked index, bookmarks, 100 % view"
            + (", images to 300 dpi" if profile(name).downsample_dpi else "")
            + f") {ours:.2f} s = {ours / bare:.2f}x; peak RSS {after:.0f} MB "
            f"(the process {before:.0f} MB before the build); "
            f"pre-flight {lint:.2f} s ({len(findings)} warning(s))"
        )
