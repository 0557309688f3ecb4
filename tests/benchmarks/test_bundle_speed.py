"""Bundle assembly: 200 PDFs (1,000 pages) merged, stamped on every page, indexed with links, bookmarked,
against a bare PyMuPDF `insert_pdf` merge of the same files in the same run.

.venv/bin/python -m pytest tests/benchmarks/test_bundle_speed.py -p no:cacheprovider -s
"""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
import time

import pymupdf

from casebridge.bundle.audience import Resolved
from casebridge.bundle.build import assemble
from casebridge.bundle.definition import DEFAULT_SECTIONS, BundleDefinition, Entry
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


def casebridge(parts: list[bytes]) -> float:
    entries = [
        Entry("BC"[i % 2], "form", f"DOC{i}", f"Statement {i + 1}", "01/12/2026", "A Witness") for i in range(DOCUMENTS)
    ]
    definition = BundleDefinition(DEFAULT_SECTIONS, tuple(entries))
    items = [(Resolved(entry), data, "", None, PAGES) for entry, data in zip(entries, parts, strict=True)]
    start = time.perf_counter()
    pdf, rows, _media = assemble("01ZD0300126", Audience.DEFENCE, definition, items)
    elapsed = time.perf_counter() - start
    assert len(rows) == DOCUMENTS
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        assert doc.page_count >= DOCUMENTS * PAGES
    return elapsed


PEAK = textwrap.dedent(
    """
    import resource, sys
    sys.path.insert(0, "tests")
    from benchmarks.test_bundle_speed import casebridge, documents
    parts = documents()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    casebridge(parts)
    print(before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """
)


def test_thousand_page_bundle() -> None:
    parts = documents()
    bare = min(bare_merge(parts) for _ in range(3))
    ours = min(casebridge(parts) for _ in range(3))
    peak = subprocess.run([sys.executable, "-c", PEAK], capture_output=True, text=True, check=True).stdout.split()
    before, after = (int(v) / 1024 for v in peak)
    print(
        f"\n{DOCUMENTS} PDFs, {DOCUMENTS * PAGES} pages: bare insert_pdf merge {bare:.2f} s; Casebridge (merge, "
        f"stamps, labels, linked index, bookmarks) {ours:.2f} s = {ours / bare:.2f}x; peak RSS {after:.0f} MB "
        f"({before:.0f} MB before)"
    )
    _ = resource
