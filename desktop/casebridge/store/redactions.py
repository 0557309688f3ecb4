"""Redaction recipes kept with the case: one per source exhibit, every save and apply in the audit log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from casebridge.domain.media_recipe import MediaRecipe
from casebridge.domain.recipe import Recipe
from casebridge.errors import NotFoundError
from casebridge.store.base import Store
from casebridge.store.db import transaction
from casebridge.store.models import CaseRow, ExhibitRow, RedactionRow

AnyRecipe = Recipe | MediaRecipe


def parse_recipe(text: str) -> AnyRecipe:
    """A stored recipe of either kind, told apart by its format field."""
    if '"casebridge-media-recipe"' in text:
        return MediaRecipe.from_json(text)
    return Recipe.from_json(text)


@dataclass(frozen=True)
class RedactionRecord:
    exhibit_id: int
    recipe: AnyRecipe
    status: str  # draft | applied
    output_exhibit_id: int | None
    applied_recipe_sha256: str | None
    report: dict[str, Any]
    updated_at: str

    @property
    def up_to_date(self) -> bool:
        """The redacted copy was made from exactly this recipe."""
        return self.status == "applied" and self.applied_recipe_sha256 == self.recipe.digest


def _record(row: RedactionRow) -> RedactionRecord:
    return RedactionRecord(
        exhibit_id=row.exhibit_id,
        recipe=parse_recipe(row.recipe),
        status=row.status,
        output_exhibit_id=row.output_exhibit_id,
        applied_recipe_sha256=row.applied_recipe_sha256,
        report=json.loads(row.report or "{}"),
        updated_at=row.updated_at,
    )


class RedactionStore(Store):
    def get(self, exhibit_id: int) -> RedactionRecord | None:
        with self._factory() as session:
            row = session.scalars(select(RedactionRow).where(RedactionRow.exhibit_id == exhibit_id)).first()
            return _record(row) if row is not None else None

    def for_case(self, urn: str) -> list[RedactionRecord]:
        with self._factory() as session:
            rows = session.scalars(
                select(RedactionRow).join(CaseRow, CaseRow.id == RedactionRow.case_id).where(CaseRow.urn == urn)
            ).all()
            return [_record(r) for r in sorted(rows, key=lambda r: r.exhibit_id)]

    def save(self, exhibit_id: int, recipe: AnyRecipe) -> RedactionRecord:
        """Keeps the recipe; a recipe changed after its copy was made goes back to draft."""
        with transaction(self._factory) as session:
            exhibit = session.get(ExhibitRow, exhibit_id)
            if exhibit is None:
                raise NotFoundError(f"There is no exhibit with id {exhibit_id}.")
            case = session.get(CaseRow, exhibit.case_id)
            assert case is not None
            row = session.scalars(select(RedactionRow).where(RedactionRow.exhibit_id == exhibit_id)).first()
            now = self.clock.stamp()
            text = recipe.to_json()
            before = None
            if row is None:
                row = RedactionRow(
                    case_id=case.id,
                    exhibit_id=exhibit_id,
                    source_sha256=recipe.source_sha256,
                    recipe=text,
                    status="draft",
                    report="{}",
                    created_at=now,
                    updated_at=now,
                )
                session.add(row)
            else:
                if row.recipe == text:
                    return _record(row)
                before = {"recipe_sha256": parse_recipe(row.recipe).digest}
                row.recipe = text
                row.source_sha256 = recipe.source_sha256
                row.updated_at = now
                if row.applied_recipe_sha256 != recipe.digest:
                    row.status = "draft"
            session.flush()
            self._record(
                session,
                action="redaction.recipe_saved",
                entity="exhibit",
                entity_id=exhibit_id,
                case_urn=case.urn,
                before=before,
                after={
                    "reference": exhibit.reference,
                    "recipe_sha256": recipe.digest,
                    **_counts(recipe),
                },
            )
            return _record(row)

    def record_applied(
        self, exhibit_id: int, recipe: AnyRecipe, output_exhibit_id: int, report: dict[str, Any]
    ) -> RedactionRecord:
        with transaction(self._factory) as session:
            row = session.scalars(select(RedactionRow).where(RedactionRow.exhibit_id == exhibit_id)).first()
            if row is None:
                raise NotFoundError(f"Exhibit {exhibit_id} has no redaction recipe.")
            row.status = "applied"
            row.output_exhibit_id = output_exhibit_id
            row.applied_recipe_sha256 = recipe.digest
            row.report = json.dumps(report, sort_keys=True)
            row.updated_at = self.clock.stamp()
            session.flush()
            return _record(row)

    def record_offered(self, urn: str, details: dict[str, Any]) -> None:
        """The audit event of a value offered in the case's other exhibits (the value itself by digest only)."""
        with transaction(self._factory) as session:
            self._record(
                session,
                action="redaction.offered_everywhere",
                entity="case",
                entity_id=urn,
                case_urn=urn,
                after=details,
            )


def _counts(recipe: AnyRecipe) -> dict[str, int]:
    if isinstance(recipe, MediaRecipe):
        return {
            "tracks": len(recipe.tracks),
            "approved": len(recipe.tracks) - len(recipe.unapproved),
            "audio_ranges": len(recipe.audio),
        }
    return {
        "marks": len(recipe.marks),
        "approved": len(recipe.marks) - len(recipe.unapproved),
        "decisions": len(recipe.decisions),
    }
