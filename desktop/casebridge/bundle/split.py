"""Splitting a bundle into parts under a size limit (the courts' e-mail limit: justice.gov.uk takes about 36 MB),
never breaking a document across parts unless it alone exceeds the limit (then it is a part of its own, and the
pre-flight says it is over).

The parts are planned before the bundle is assembled, from each document's own size, so the index (in part 1)
lists the part of every document; the assembled bundle is then cut at those document boundaries. Every part keeps
the bundle's page numbers (its page labels continue the run), bookmarks of its own documents, opens at 100 %,
and the index's links to documents in other parts open that part's file (`PREFIX-partN.pdf`, the prefix
being the bundle's file name: `URN-AUDIENCE[-PROFILE]-vN`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pymupdf

if TYPE_CHECKING:
    from casebridge.bundle.build import IndexRow
    from casebridge.bundle.profiles import Profile

INDEX_ALLOWANCE = 200_000  # bytes kept free in part 1 for the index pages
SHARED_ALLOWANCE = 0.97  # fonts shared between documents are stored once: a merged part is a little smaller


def part_file(prefix: str, part: int) -> str:
    return f"{prefix}-part{part}.pdf"


def plan_parts(sizes: list[int], limit: int) -> list[int]:
    """The part (1, 2…) of each document, in order: a part takes documents while their sizes fit the limit."""
    plan: list[int] = []
    part, used = 1, INDEX_ALLOWANCE
    for size in sizes:
        if plan and used + size > limit:
            part, used = part + 1, 0
        plan.append(part)
        used += int(size * SHARED_ALLOWANCE)
    return plan


def cut_parts(pdf: bytes, rows: list[IndexRow], prefix: str, profile: Profile) -> list[bytes]:
    """The assembled bundle cut into its planned parts (the index pages go with part 1)."""
    from casebridge.bundle.build import _bookmarks, _open_at_full_size, link_index

    shift = rows[0].pdf_page - 1 if rows else 0
    parts = sorted({row.part for row in rows})
    files: list[bytes] = []
    with pymupdf.open(stream=pdf, filetype="pdf") as whole:
        labels = [whole[n].get_label() for n in range(whole.page_count)]
        for part in parts:
            mine = [row for row in rows if row.part == part]
            start = 0 if part == parts[0] else mine[0].pdf_page - 1
            end = mine[-1].pdf_page - 1 + mine[-1].pages - 1
            out = pymupdf.open()
            out.insert_pdf(whole, from_page=start, to_page=end, links=False)
            offset = start  # bundle page index of this part's first page
            if part == parts[0]:
                target = _index_target(rows, prefix, part, offset, shift)
                for number in range(shift):
                    for link in out[number].get_links():  # whatever came across; every line is linked again
                        out[number].delete_link(link)
                    link_index(out[number], rows, target)
            out.set_page_labels(_labels(labels[start : end + 1]))
            local = [type(row)(**{**row.__dict__, "pdf_page": row.pdf_page - offset}) for row in mine]
            toc = _bookmarks(local, profile)
            if part != parts[0]:
                toc = toc[1:]  # the index is in part 1
            out.set_toc(toc)
            _open_at_full_size(out)
            title = f"{whole.metadata.get('title', '')} — part {part} of {len(parts)}"
            out.set_metadata({**whole.metadata, "title": title})
            out.xref_set_key(out.pdf_catalog(), "Lang", "(en-GB)")
            files.append(out.tobytes(garbage=3, deflate=True, no_new_id=True))
            out.close()
    return files


def _index_target(
    rows: list[IndexRow], prefix: str, part: int, offset: int, shift: int
) -> Callable[[IndexRow], dict[str, Any]]:
    """Where an index line of part 1 leads: a page of this part, or a page of another part's file."""

    def target(row: IndexRow) -> dict[str, Any]:
        if row.part == part:
            return {"kind": pymupdf.LINK_GOTO, "page": row.pdf_page - 1 - offset}
        return {
            "kind": pymupdf.LINK_GOTOR,
            "file": part_file(prefix, row.part),
            "page": row.pdf_page - 1 - _first_page(rows, row.part, shift),
        }

    return target


def _first_page(rows: list[IndexRow], part: int, shift: int) -> int:
    """The bundle page index at which `part` begins (part 1 begins with the index)."""
    first = min(row.pdf_page - 1 for row in rows if row.part == part)
    return 0 if part == min(row.part for row in rows) else first


def _labels(labels: list[str]) -> list[dict[str, Any]]:
    """Page-label ranges that show each page of the part its label in the whole bundle."""
    ranges: list[dict[str, Any]] = []
    previous: tuple[str, int] | None = None
    for offset, label in enumerate(labels):
        head, _, tail = label.rpartition("-") if "-" in label else ("", "", label)
        prefix = f"{head}-" if head else ""
        if tail.isdigit():
            number = int(tail)
            if previous == (prefix, number - 1):
                previous = (prefix, number)
                continue
            ranges.append({"startpage": offset, "prefix": prefix, "style": "D", "firstpagenum": number})
            previous = (prefix, number)
        else:
            ranges.append({"startpage": offset, "prefix": label, "style": "", "firstpagenum": 1})
            previous = None
    return ranges
