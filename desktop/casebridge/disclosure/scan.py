"""The leak scan: a built bundle searched, as an attacker would read it, for every value the case withholds from
its audience — each page's text (every text layer, visible or not), annotations and form fields, bookmarks, the
document information and the index files that travel with it. A hit names the page and where the value came from;
any hit stops the bundle from being served."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pymupdf

if TYPE_CHECKING:
    from casebridge.disclosure.withheld import Withheld

# ligatures spelt out ("ﬀ" → "ff"), and text outside the page's visible area read too: an attacker reads both
TEXT_FLAGS = (pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES) & ~pymupdf.TEXT_MEDIABOX_CLIP


@dataclass(frozen=True)
class Leak:
    where: str  # "page", "annotation", "bookmark", "document information", "index"
    page: int | None  # 1-based page of the PDF (None: not on a page)
    label: str  # the page's own reference ("B-2"), or "" off the pages
    document: str  # the bundle document on that page, or ""
    what: str  # "Phone of Gareth Huw MORGAN (witness)"
    text: str  # as found
    source: str  # where the decision comes from

    @property
    def place(self) -> str:
        if self.page is None:
            return self.where
        on = f"page {self.label or self.page}" + (f" ({self.document})" if self.document else "")
        return on if self.where == "page" else f"{self.where} on {on}"

    def line(self) -> str:
        return f"{self.place}: {self.what} “{self.text}” — {self.source}"


def _find(text: str, withheld: list[Withheld]) -> list[tuple[Withheld, str]]:
    text = unicodedata.normalize("NFKC", text)  # "ﬀ" → "ff", full-width digits → digits
    found = []
    for item in withheld:
        for match in item.term.regex.finditer(text):
            found.append((item, " ".join(match.group(0).split())))
    return found


def scan_pdf(data: bytes, withheld: list[Withheld], documents: dict[int, str] | None = None) -> list[Leak]:
    """Every place in the PDF a withheld value can be read. `documents` names the document on each 1-based page."""
    if not withheld:
        return []
    documents = documents or {}
    leaks: list[Leak] = []
    seen: set[tuple[str, int | None, str, str]] = set()

    def report(where: str, page: int | None, label: str, text: str) -> None:
        for item, found in _find(text, withheld):
            key = (where, page, item.what, found.casefold())
            if key not in seen:
                seen.add(key)
                leaks.append(Leak(where, page, label, documents.get(page or 0, ""), item.what, found, item.source))

    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for index, page in enumerate(doc):
            number, label = index + 1, page.get_label() or ""
            report("page", number, label, page.get_text("text", flags=TEXT_FLAGS, clip=pymupdf.INFINITE_RECT()))
            for annot in page.annots() or []:
                info = annot.info
                report(
                    "annotation", number, label, " ".join(str(info.get(k, "")) for k in ("content", "title", "subject"))
                )
            for widget in page.widgets() or []:
                report("form field", number, label, f"{widget.field_name} {widget.field_value}")
        for entry in doc.get_toc():
            report("bookmark", None, "", str(entry[1]))
        report("document information", None, "", " ".join(str(v) for v in (doc.metadata or {}).values()))
        for name in doc.embfile_names():
            info = doc.embfile_info(name)
            report("attachment", None, "", f"{name} {info.get('description', '')} {info.get('filename', '')}")
    return leaks


def scan_index(text: str, withheld: list[Withheld], name: str = "index") -> list[Leak]:
    """The index files (JSON, CSV) written beside the bundle."""
    return [Leak(name, None, "", "", item.what, found, item.source) for item, found in _find(text, withheld)]
