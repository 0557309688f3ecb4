"""Suggestions for a whole PDF: failed redactions first, then case-aware terms and UK patterns, page by page.

One text extraction per page serves every detector. From PARALLEL_PAGES pages the second half of the document
is read in a second process, so a long bundle uses both cores.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pymupdf

from casebridge.domain.recipe import Suggestion
from casebridge.jobs import CancelToken, Progress, ProgressUpdate, no_progress
from casebridge.redaction import detectors
from casebridge.redaction.helpers import HelperPool, use_second_core
from casebridge.redaction.textmap import PageText, Rect, trie_pattern

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
    keep: Sequence[str] | None = None,
    language_model: bool = True,
) -> tuple[list[Suggestion], dict[int, str]]:
    """The suggestions on each page, and each page's text (for finding the same values again without a second
    extraction)."""
    found: list[Suggestion] = []
    texts: dict[int, str] = {}
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for number in pages:
            if cancel is not None:
                cancel.raise_if_cancelled()
            page = doc[number]
            found.extend(failed_suggestions(page, number))
            text = PageText.of(page, number)
            texts[number] = text.text
            found.extend(detectors.suggest_page(text, terms, keep=keep, language_model=language_model))
            progress(ProgressUpdate(number + 1, total or doc.page_count, f"Page {number + 1}"))
    return found, texts


def same_values(data: bytes, found: list[Suggestion], texts: dict[int, str]) -> list[Suggestion]:
    """Every other occurrence of a value already suggested, on any page, found without the context that found
    it first (a date of birth labelled on page 1 and bare in the OCR layer of page 3): only the pages whose text
    holds one are read again."""
    terms = detectors.same_value_terms(found)
    if not terms:
        return []
    taken: dict[int, list[Rect]] = {}
    known: dict[int, int] = {}  # per page, how many of the values were found there already
    for suggestion in found:
        taken.setdefault(suggestion.page, []).extend(suggestion.rects)
        known[suggestion.page] = known.get(suggestion.page, 0) + 1
    # a page is read again only if its letters and digits hold the values more often than they were found there:
    # one pass per page of one trie-shaped pattern of every value (thousands of values in a long bundle)
    keys = sorted({_compact(s.text) for s in found} - {""})
    if not keys:
        return []
    values = re.compile(trie_pattern(keys))
    wanted = [n for n, text in texts.items() if len(values.findall(_compact(text))) > known.get(n, 0)]
    more: list[Suggestion] = []
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for number in wanted:
            for suggestion in detectors.suggest_page(PageText.of(doc[number], number), terms, patterns_too=False):
                if not any(_overlaps(r, t) for r in suggestion.rects for t in taken.get(number, [])):
                    more.append(suggestion)
    return more


def _compact(text: str) -> str:
    return re.sub(r"[\W_]", "", text.casefold())


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def suggest_pdf(
    data: bytes,
    page_count: int,
    terms: Sequence[detectors.Term],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    helpers: HelperPool | None = None,
    keep: Sequence[str] | None = None,
    language_model: bool = True,
) -> list[Suggestion]:
    """Every suggestion in the document: failed redactions, case terms, patterns and (given `keep`) third parties
    named in the text — by the rules, and by the language model unless `language_model` is False — page by page,
    then every other occurrence of the values they found."""
    if helpers is None or not use_second_core(helpers, page_count, PARALLEL_PAGES):
        found, texts = suggest_pages(
            data, range(page_count), terms, progress, cancel, keep=keep, language_model=language_model
        )
    else:
        half = page_count // 2
        later = helpers.submit(
            suggest_pages, data, range(half, page_count), list(terms), no_progress, None, 0, keep, language_model
        )
        found, texts = suggest_pages(
            data, range(half), terms, progress, cancel, total=page_count, keep=keep, language_model=language_model
        )
        second, second_texts = later.result()
        found, texts = found + second, {**texts, **second_texts}
    found += same_values(data, found, texts)
    progress(ProgressUpdate(page_count, page_count, "Done"))
    return found
