"""Active content in PDFs: JavaScript, launch actions (start a program or open a file), actions run on opening or on
other events, and form submissions. Casebridge never runs any of it; import reports it, and every copy Casebridge
makes (redacted copies, bundles) goes without it."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf

# what a PDF object says when it carries an action of each kind
_KINDS = (
    ("JavaScript", re.compile(r"/S\s*/JavaScript\b|/JS\b|/JavaScript\b")),
    ("a launch action (starts a program or opens a file)", re.compile(r"/S\s*/Launch\b")),
    # an action run on opening (a dictionary, or a reference to one); a destination array only says which page to
    # show and at what zoom (court bundles open at 100 %), and runs nothing
    ("an action on opening", re.compile(r"/OpenAction\s*(?!null\b)[<0-9]")),
    ("actions on events", re.compile(r"/AA\s*(?!null\b)[<0-9]")),
    ("a form submission", re.compile(r"/S\s*/SubmitForm\b")),
)


def find_active(doc: pymupdf.Document) -> list[str]:
    """The kinds of active content in the document, in words (empty when there is none)."""
    found: list[str] = []
    for xref in range(1, doc.xref_length()):
        try:
            text = doc.xref_object(xref, compressed=True)
        except (RuntimeError, ValueError):
            continue
        for label, pattern in _KINDS:
            if label not in found and pattern.search(text):
                found.append(label)
    return [label for label, _pattern in _KINDS if label in found]


def in_words(kinds: list[str]) -> str:
    """ "JavaScript, a launch action and actions on events"."""
    return kinds[0] if len(kinds) == 1 else f"{', '.join(kinds[:-1])} and {kinds[-1]}"


_ACTION_KEYS = re.compile(r"/(?:AA|A|S)(?![A-Za-z0-9#_.-])")
_DANGEROUS = re.compile(r"/S\s*/(JavaScript|Launch|SubmitForm|ImportData|ResetForm)\b")


def strip_active(doc: pymupdf.Document) -> int:
    """Removes every action that runs code, starts programs, submits forms or fires on opening or on events;
    returns how many objects were changed. Links that only go to a page or a web address stay."""
    changed = 0
    catalog = doc.pdf_catalog()
    for key in ("OpenAction", "AA"):
        if doc.xref_get_key(catalog, key)[0] != "null":
            doc.xref_set_key(catalog, key, "null")
            changed += 1
    kind, value = doc.xref_get_key(catalog, "Names")
    if kind == "xref":
        names = int(value.split()[0])
        if doc.xref_get_key(names, "JavaScript")[0] != "null":
            doc.xref_set_key(names, "JavaScript", "null")
            changed += 1
    elif kind == "dict" and "/JavaScript" in value:
        doc.xref_set_key(catalog, "Names/JavaScript", "null")
        changed += 1
    for xref in range(1, doc.xref_length()):
        try:
            text = doc.xref_object(xref, compressed=True)
        except (RuntimeError, ValueError):
            continue
        if not _ACTION_KEYS.search(text):
            continue  # no /AA, /A or /S key in the object: nothing here can act
        if doc.xref_get_key(xref, "AA")[0] != "null":
            doc.xref_set_key(xref, "AA", "null")  # actions on page open, field focus, ...
            changed += 1
        action = doc.xref_get_key(xref, "A")
        if action[0] == "dict" and _DANGEROUS.search(action[1]):
            doc.xref_set_key(xref, "A", "null")  # an annotation or outline item's own action
            changed += 1
        elif doc.xref_get_key(xref, "S")[0] == "name" and _DANGEROUS.search(text):
            doc.update_object(xref, "<<>>")  # an action object referenced from elsewhere: emptied, does nothing
            changed += 1
    return changed


def strip_active_bytes(data: bytes) -> tuple[bytes, list[str]]:
    """A PDF without active content, and what was found in it."""
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        found = find_active(doc)
        if not found:
            return data, []
        strip_active(doc)
        out: bytes = doc.tobytes(garbage=3, deflate=True)
    return out, found


def strip_active_file(path: Path) -> list[str]:
    """Rewrites the PDF at `path` without active content (only when it has some); returns what was found."""
    with pymupdf.open(path) as doc:
        found = find_active(doc)
        if not found:
            return []
        strip_active(doc)
        cleaned = path.with_name(path.name + ".clean")
        doc.save(cleaned, garbage=3, deflate=True)
    cleaned.replace(path)
    return found
