"""Bundle versions kept with the case: each build recorded; a served version freezes its page references."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casebridge.errors import NotFoundError, ValidationError
from casebridge.store.base import Store
from casebridge.store.db import case_by_urn, transaction
from casebridge.store.models import BundleDefinitionRow, BundleVersionRow, CaseRow


@dataclass(frozen=True)
class BundleVersion:
    number: int
    audience: str
    index: dict[str, Any]
    pdf_sha256: str
    served_at: str | None
    created_at: str


def _version(row: BundleVersionRow) -> BundleVersion:
    return BundleVersion(
        row.number, row.audience, json.loads(row.index_json), row.pdf_sha256, row.served_at, row.created_at
    )


class BundleStore(Store):
    @staticmethod
    def _case(session: Session, urn: str) -> CaseRow:
        row: CaseRow = case_by_urn(session, urn)
        return row

    def record(self, urn: str, audience: str, index_json: str, pdf_sha256: str) -> BundleVersion:
        with transaction(self._factory) as session:
            case = self._case(session, urn)
            latest = session.scalar(
                select(func.max(BundleVersionRow.number)).where(
                    BundleVersionRow.case_id == case.id, BundleVersionRow.audience == audience
                )
            )
            row = BundleVersionRow(
                case_id=case.id,
                audience=audience,
                number=(latest or 0) + 1,
                index_json=index_json,
                pdf_sha256=pdf_sha256,
                created_at=self.clock.stamp(),
            )
            session.add(row)
            session.flush()
            self._record(
                session,
                action="bundle.built",
                entity="case",
                entity_id=case.id,
                case_urn=case.urn,
                after={"audience": audience, "version": row.number, "pdf_sha256": pdf_sha256},
            )
            return _version(row)

    def record_blocked(self, urn: str, audience: str, leaks: int, pages: list[str]) -> None:
        """A build the leak scan stopped: audited (how many values, on which pages; never the values)."""
        with transaction(self._factory) as session:
            case = self._case(session, urn)
            self._record(
                session,
                action="bundle.blocked",
                entity="case",
                entity_id=case.id,
                case_urn=case.urn,
                after={"audience": audience, "withheld_values_found": leaks, "pages": pages},
            )

    def versions(self, urn: str, audience: str) -> list[BundleVersion]:
        with self._factory() as session:
            case = self._case(session, urn)
            rows = session.scalars(
                select(BundleVersionRow)
                .where(BundleVersionRow.case_id == case.id, BundleVersionRow.audience == audience)
                .order_by(BundleVersionRow.number)
            ).all()
            return [_version(r) for r in rows]

    def get(self, urn: str, audience: str, number: int) -> BundleVersion:
        found = next((v for v in self.versions(urn, audience) if v.number == number), None)
        if found is None:
            raise NotFoundError(f"There is no {audience} bundle version {number} for {urn.strip().upper()}.")
        return found

    def last_served(self, urn: str, audience: str) -> BundleVersion | None:
        served = [v for v in self.versions(urn, audience) if v.served_at]
        return served[-1] if served else None

    def serve(self, urn: str, audience: str, number: int | None = None) -> BundleVersion:
        """Marks a version served (the latest by default): its page references are frozen from now on."""
        with transaction(self._factory) as session:
            case = self._case(session, urn)
            query = select(BundleVersionRow).where(
                BundleVersionRow.case_id == case.id, BundleVersionRow.audience == audience
            )
            rows = session.scalars(query.order_by(BundleVersionRow.number)).all()
            if not rows:
                raise NotFoundError(f"No {audience} bundle of {case.urn} has been built yet.")
            row = rows[-1] if number is None else next((r for r in rows if r.number == number), None)
            if row is None:
                raise NotFoundError(f"There is no {audience} bundle version {number} for {case.urn}.")
            if row.served_at:
                raise ValidationError("served", f"Version {row.number} was already served on {row.served_at[:10]}.")
            row.served_at = self.clock.stamp()
            self._record(
                session,
                action="bundle.served",
                entity="case",
                entity_id=case.id,
                case_urn=case.urn,
                after={"audience": audience, "version": row.number, "pdf_sha256": row.pdf_sha256},
            )
            return _version(row)

    # ----- the case's own arrangement -----
    def definition(self, urn: str) -> str | None:
        """The saved arrangement as JSON, or None when the case uses the default."""
        with self._factory() as session:
            case = self._case(session, urn)
            row = session.scalars(select(BundleDefinitionRow).where(BundleDefinitionRow.case_id == case.id)).first()
            return row.definition if row is not None else None

    def save_definition(self, urn: str, definition_json: str | None) -> None:
        """Keeps the arrangement (None: back to the default)."""
        with transaction(self._factory) as session:
            case = self._case(session, urn)
            row = session.scalars(select(BundleDefinitionRow).where(BundleDefinitionRow.case_id == case.id)).first()
            if definition_json is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(
                    BundleDefinitionRow(case_id=case.id, definition=definition_json, updated_at=self.clock.stamp())
                )
            else:
                row.definition, row.updated_at = definition_json, self.clock.stamp()
            self._record(
                session,
                action="bundle.arranged",
                entity="case",
                entity_id=case.id,
                case_urn=case.urn,
                after={"default": definition_json is None},
            )
