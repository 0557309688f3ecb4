"""Suggestions for a whole PDF: failed redactions first, then case-aware terms and UK patterns, page by page.

One text extraction per page serves every detector. From PARALLEL_PAGES pages the second half of the document
is read in a second process, so a long bundle uses both cores.
"""

from __future__ import annotations

from collections.abc import Sequence

import pymupdf

from casebridge.domain.recipe import Suggestion
from casebridge.jobs import CancelToken, Progress, ProgressUpdate, no_progress
from casebridge.redaction import detectors
from casebridge.redaction.helpers import HelperPool, use_second_core
from casebridge.redaction.textmap import PageText

PARALLEL_PAGES = 150
FAILED_LABELS = {
    "covered_text": "Failed redaction: text still under a box",
    "unapplied_redaction": "Failed redaction: marked but never applied",
    "invisible_over_visible": "Failed redaction: hidden text over the page",
}


def failed_suggestions(page: pymupdf.Page, number: int) -> list[Suggestion]:
    """Fake redactions in a received file, offered first so they can be made real."""
    from casebridge.redaction.failed import inspect_page

    return [
        Suggestion("failed-redaction", FAILED_LABELS[f.kind], f.text, number, f.rects, "FRX")
        for f in inspect_page(page, number)
    ]


def suggest_pages(
    data: bytes,
    pages: range,
    terms: Sequence[detectors.Term],
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    total: int = 0,
) -> list[Suggestion]:
    found: list[Suggestion] = []
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for number in pages:
            if cancel is not None:
                cancel.raise_if_cancelled()
            page = doc[number]
            found.extend(failed_suggestions(page, number))
            found.extend(detectors.suggest_page(PageText.of(page, number), terms))
            progress(ProgressUpdate(number + 1, total or doc.page_count, f"Page {number + 1}"))
    return found


def suggest_pdf(
    data: bytes,
    page_count: int,
    terms: Sequence[detectors.Term],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    helpers: HelperPool | None = None,
) -> list[Suggestion]:
    if helpers is None or not use_second_core(helpers, page_count, PARALLEL_PAGES):
        return suggest_pages(data, range(page_count), terms, progress, cancel)
    half = page_count // 2
    later = helpers.submit(suggest_pages, data, range(half, page_count), list(terms))
    first = suggest_pages(data, range(half), terms, progress, cancel, total=page_count)
    second = later.result()
    progress(ProgressUpdate(page_count, page_count, "Done"))
    return first + second
