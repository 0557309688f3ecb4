"""Redaction throughput on a 500-page generated statement bundle, against a bare PyMuPDF loop, same run.

.venv/bin/python -m pytest tests/benchmarks/test_redaction_speed.py -p no:cacheprovider -s

Casebridge, as the app runs it (with the helper process on the second core), and on one core: suggest
(failed-redaction check, 12 UK patterns, one text extraction per page) + apply (removal,
labelled boxes, sanitising, full rewrite) + verify (text under every mark, fill pixels, every removed string
in page text and in every object and stream). Baseline: for each page one shared TextPage, `search_for` the
same strings Casebridge found, `add_redact_annot`, `apply_redactions`, then one garbage-collected save.
"""

from __future__ import annotations

import hashlib
import time

import pymupdf

from casebridge.domain.recipe import Recipe
from casebridge.redaction.helpers import HelperPool
from casebridge.redaction.pdf_apply import apply_pdf
from casebridge.redaction.suggest import suggest_pdf
from casebridge.redaction.verify import verify_pdf

PAGES = 500


def bundle(pages: int = PAGES) -> bytes:
    doc = pymupdf.open()
    filler = "The witness describes the events of that evening in her own words, without interruption. " * 9
    for i in range(pages):
        page = doc.new_page()
        text = (
            f"Statement page {i + 1}. The witness lives at CF{10 + i % 14} {1 + i % 9}BT and can be reached on "
            f"07700 9{i % 1000:03d}61 or by email w{i}@example.co.uk. NI number AB {i % 90 + 10:02d} 34 56 C. " + filler
        )
        page.insert_textbox(pymupdf.Rect(50, 50, 550, 800), text, fontsize=10)
    return doc.tobytes()


def casebridge_pipeline(source: bytes, helpers: HelperPool | None = None) -> tuple[float, int]:
    """What `RedactionService` does: suggest and verify share long documents with the helper process (the second
    core) when given the pool, as the app and the CLI always do."""
    start = time.perf_counter()
    found = suggest_pdf(source, PAGES, [], helpers=helpers)
    recipe = Recipe(
        hashlib.sha256(source).hexdigest(),
        marks=tuple(s.to_mark(f"m{i}", "bench", "t") for i, s in enumerate(found)),
    )
    applied = apply_pdf(source, recipe)
    problems = verify_pdf(applied, recipe, source, helpers)
    elapsed = time.perf_counter() - start
    assert problems == []
    return elapsed, len(found)


def bare_loop(source: bytes, strings: dict[int, list[str]]) -> float:
    start = time.perf_counter()
    doc = pymupdf.open(stream=source, filetype="pdf")
    for number, page in enumerate(doc):
        textpage = page.get_textpage()
        for text in strings.get(number, []):
            for quad in page.search_for(text, textpage=textpage):
                page.add_redact_annot(quad)
        page.apply_redactions()
    doc.tobytes(garbage=4, deflate=True)
    return time.perf_counter() - start


def test_five_hundred_page_bundle() -> None:
    source = bundle()
    strings: dict[int, list[str]] = {}
    for suggestion in suggest_pdf(source, PAGES, []):
        strings.setdefault(suggestion.page, []).append(suggestion.text)
    helpers = HelperPool()
    try:
        first, marks = casebridge_pipeline(source, helpers)  # the helper process starts here
        ours = min(casebridge_pipeline(source, helpers)[0] for _ in range(3))
    finally:
        helpers.close()
    alone = min(casebridge_pipeline(source)[0] for _ in range(2))
    bare = min(bare_loop(source, strings) for _ in range(3))
    # what finding third parties in free text adds to suggest (a case's keep list given): the rules alone, and the
    # rules with the language model (Presidio over en_core_web_sm), on both cores as the app runs it
    helpers = HelperPool()
    try:
        suggest_pdf(source, 2 * PAGES // 5, [], helpers=helpers, keep=[])  # the helper loads the model here
        costs = {}
        for model in (False, True):
            start = time.perf_counter()
            suggest_pdf(source, PAGES, [], helpers=helpers, keep=[], language_model=model)
            costs[model] = time.perf_counter() - start
        start = time.perf_counter()
        suggest_pdf(source, PAGES, [], helpers=helpers)
        plain = time.perf_counter() - start
    finally:
        helpers.close()
    print(
        f"\n{PAGES} pages, {marks} marks: bare PyMuPDF loop {bare:.2f} s ({PAGES / bare:.0f} pages/s); "
        f"Casebridge suggest+apply+verify with the helper process {ours:.2f} s ({PAGES / ours:.0f} pages/s) = "
        f"{ours / bare:.2f}x the bare loop; on one core {alone:.2f} s = {alone / bare:.2f}x; first document of a "
        f"session (helper process starting) {first:.2f} s\n"
        f"suggest alone {plain:.2f} s; with third parties by rules {costs[False]:.2f} s; by rules and the language "
        f"model {costs[True]:.2f} s (+{costs[True] - plain:.2f} s = {(ours + costs[True] - plain) / bare:.2f}x the "
        "bare loop for suggest+apply+verify)"
    )
