"""What changed between two bundle versions: documents and media added, removed, replaced, or re-paginated."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Change:
    kind: str  # added | removed | replaced | moved
    key: str
    title: str
    before: str  # page range before ("" if added)
    after: str  # page range after ("" if removed)
    media: bool = False

    @property
    def line(self) -> str:
        what = f"{self.key} {self.title}" + (" (media)" if self.media else "")
        if self.kind == "added":
            return f"+ added     {self.after:<16} {what}"
        if self.kind == "removed":
            return f"- removed   {self.before:<16} {what}"
        if self.kind == "replaced":
            return f"~ replaced  {self.after:<16} {what} (was {self.before}; new version of the document)"
        return f"> moved     {self.after:<16} {what} (was {self.before})"


def _span(document: dict[str, Any]) -> str:
    return document["first"] if document["first"] == document["last"] else f"{document['first']}–{document['last']}"


def diff(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """Both arguments are bundle index records (the JSON written beside each bundle)."""
    old = {d["key"]: d for d in before.get("documents", [])}
    new = {d["key"]: d for d in after.get("documents", [])}
    changes = []
    for key, document in new.items():
        media = bool(document.get("media"))
        if key not in old:
            changes.append(Change("added", key, document["title"], "", _span(document), media))
            continue
        previous = old[key]
        if previous.get("sha256") != document.get("sha256") or previous.get("pages") != document.get("pages"):
            changes.append(Change("replaced", key, document["title"], _span(previous), _span(document), media))
        elif _span(previous) != _span(document):
            changes.append(Change("moved", key, document["title"], _span(previous), _span(document), media))
    for key, document in old.items():
        if key not in new:
            changes.append(Change("removed", key, document["title"], _span(document), "", bool(document.get("media"))))
    order = {"removed": 0, "replaced": 1, "moved": 2, "added": 3}
    return sorted(changes, key=lambda c: (order[c.kind], c.key))
