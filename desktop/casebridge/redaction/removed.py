"""What the case has decided to remove, wherever it was decided: the text of every approved text mark of a
document or an image, and what was heard in every approved range of a recording. One decision, every medium:
these values are offered again in every other exhibit of the case (documents, pictures with text, recordings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from casebridge.domain.media_recipe import MediaRecipe
from casebridge.domain.recipe import Recipe

if TYPE_CHECKING:
    from casebridge.workspace import Workspace


@dataclass(frozen=True)
class Removed:
    value: str  # as marked: the text of the mark, or what was heard in written form
    reason: str
    where: str  # the exhibit it was removed from
    medium: str  # document | image | recording


def removed_values(ws: Workspace, urn: str, *, exclude_id: int | None = None) -> list[Removed]:
    """Every value approved for removal in the case's exhibits (the exhibit `exclude_id` left out), first decision
    of each value first."""
    found: list[Removed] = []
    for record in ws.redactions.for_case(urn):
        if record.exhibit_id == exclude_id:
            continue
        exhibit = ws.exhibits.get(record.exhibit_id)
        recipe = record.recipe
        if isinstance(recipe, Recipe):
            medium = "image" if exhibit.kind == "image" else "document"
            found += [
                Removed(" ".join(m.text.split()), m.reason, exhibit.reference, medium)
                for m in recipe.marks
                if m.kind == "text" and m.approved and m.text.strip()
            ]
        elif isinstance(recipe, MediaRecipe):
            for sound in recipe.audio:
                if sound.source == "spoken" and sound.approved_by and not sound.audible:
                    found += [
                        Removed(value.strip(), sound.reason, exhibit.reference, "recording")
                        for value in sound.heard.split(";")
                        if value.strip()
                    ]
    return found


def as_triples(removed: list[Removed]) -> list[tuple[str, str, str]]:
    """(value, reason, where) for `detectors.removed_terms`."""
    return [(r.value, r.reason, r.where) for r in removed]
