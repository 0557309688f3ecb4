"""Page references: `B-12`, and once a bundle has been served, references that never move.

Before service, each section is numbered 1, 2, 3… in order. After a version is marked served, every document
it held keeps its references; a document added later is slotted in after the one it follows without renumbering
anything — its pages become `B-12A`, `B-12B`… (after `B-12`), or `B-0A`… at the start of a section — and a
document whose new version has more pages keeps its references and takes suffixed ones for the extra pages.
A document that has gone leaves a gap: its references are never given to anything else.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

REF = re.compile(r"^([A-Z][A-Z0-9]*)-(\d+)([A-Z]*)$")  # B-12, J-3A, UND1-4


@dataclass(frozen=True)
class Placed:
    key: str
    section: str
    pages: int


@dataclass(frozen=True)
class Served:
    """What a served version gave a document: its section and every page's reference."""

    key: str
    section: str
    refs: tuple[str, ...]


def _suffixes() -> list[str]:
    letters = string.ascii_uppercase
    return list(letters) + [a + b for a in letters for b in letters]


def _parts(ref: str) -> tuple[str, int, str]:
    match = REF.match(ref)
    if match is None:
        raise ValueError(f"'{ref}' is not a page reference")
    return match.group(1), int(match.group(2)), match.group(3)


def assign(documents: list[Placed], served: list[Served] | None = None) -> list[tuple[str, ...]]:
    """Page references for each document, in order."""
    if not served:
        counters: dict[str, int] = {}
        result = []
        for doc in documents:
            start = counters.get(doc.section, 0)
            counters[doc.section] = start + doc.pages
            result.append(tuple(f"{doc.section}-{start + i + 1}" for i in range(doc.pages)))
        return result
    frozen = {s.key: s for s in served}
    taken = {ref for s in served for ref in s.refs}
    result = []
    last_ref: dict[str, str] = {}  # the last reference handed out in each section, in document order
    for doc in documents:
        before = frozen.get(doc.key)
        if before is not None and before.section == doc.section:
            refs = list(before.refs[: doc.pages])
            if doc.pages > len(before.refs):
                refs += _after(before.refs[-1], doc.pages - len(before.refs), taken)
        else:
            anchor = last_ref.get(doc.section, f"{doc.section}-0")
            refs = _after(anchor, doc.pages, taken)
        taken.update(refs)
        last_ref[doc.section] = refs[-1] if refs else last_ref.get(doc.section, f"{doc.section}-0")
        result.append(tuple(refs))
    return result


def _after(anchor: str, count: int, taken: set[str]) -> list[str]:
    """`count` unused references slotted after `anchor` (B-12 → B-12A, B-12B…; B-12A → B-12AA…)."""
    section, number, suffix = _parts(anchor)
    refs = []
    for letters in _suffixes():
        candidate = f"{section}-{number}{suffix}{letters}"
        if candidate not in taken and candidate not in refs:
            refs.append(candidate)
            if len(refs) == count:
                return refs
    raise ValueError(f"No room after {anchor}")


def label_ranges(labels: list[str], start: int = 0) -> list[dict[str, object]]:
    """PDF page-label ranges for per-page references: runs of B-1, B-2… share one range; a suffixed page
    (B-12A) gets a range of its own whose prefix is the whole reference."""
    ranges: list[dict[str, object]] = []
    previous: tuple[str, int] | None = None
    for offset, label in enumerate(labels):
        match = REF.match(label)
        if match and not match.group(3):
            prefix, number = f"{match.group(1)}-", int(match.group(2))
            if previous is not None and previous == (prefix, number - 1):
                previous = (prefix, number)
                continue
            ranges.append({"startpage": start + offset, "prefix": prefix, "style": "D", "firstpagenum": number})
            previous = (prefix, number)
        else:
            ranges.append({"startpage": start + offset, "prefix": label, "style": "", "firstpagenum": 1})
            previous = None
    return ranges
