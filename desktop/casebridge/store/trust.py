"""The unit's trust list: the workstation signing keys (by key id) whose case packages this workspace accepts
as coming from a known sender. A package signed by any other key is still checked whole, but the import says
that its sender is unknown, and `--trusted-only` refuses it. Every change is in the audit log."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from casebridge.errors import NotFoundError, ValidationError
from casebridge.store.base import Store
from casebridge.store.db import transaction
from casebridge.store.models import TrustedWorkstationRow

KEY_ID = re.compile(r"^[0-9a-f]{16}$")
MAX_NAME = 120


@dataclass(frozen=True)
class TrustedWorkstation:
    key_id: str
    name: str
    added_by: str
    added_at: str


def _entry(row: TrustedWorkstationRow) -> TrustedWorkstation:
    return TrustedWorkstation(row.key_id, row.name, row.added_by, row.added_at)


class TrustStore(Store):
    def all(self) -> list[TrustedWorkstation]:
        with self._factory() as session:
            rows = session.scalars(select(TrustedWorkstationRow).order_by(TrustedWorkstationRow.name))
            return [_entry(row) for row in rows]

    def get(self, key_id: str) -> TrustedWorkstation | None:
        with self._factory() as session:
            row = session.get(TrustedWorkstationRow, key_id)
            return None if row is None else _entry(row)

    def trust(self, key_id: str, name: str) -> TrustedWorkstation:
        """Adds a key (or renames one already trusted)."""
        key_id, name = key_id.strip().lower(), " ".join(name.split())
        if not KEY_ID.match(key_id):
            raise ValidationError("key_id", f"'{key_id[:40]}' is not a workstation key id (16 hexadecimal digits).")
        if not name:
            raise ValidationError("name", "Give the workstation a name the unit will recognise (its unit and desk).")
        if len(name) > MAX_NAME:
            raise ValidationError("name", f"A workstation's name is at most {MAX_NAME} characters.")
        with transaction(self._factory) as session:
            row = session.get(TrustedWorkstationRow, key_id)
            before = None if row is None else {"name": row.name}
            if row is None:
                row = TrustedWorkstationRow(key_id=key_id, name=name, added_by=self.actor, added_at=self.clock.stamp())
                session.add(row)
            else:
                row.name = name
            self._record(
                session,
                action="workstation.trusted",
                entity="workstation_key",
                entity_id=key_id,
                before=before,
                after={"name": name},
            )
            return _entry(row)

    def distrust(self, key_id: str) -> None:
        key_id = key_id.strip().lower()
        with transaction(self._factory) as session:
            row = session.get(TrustedWorkstationRow, key_id)
            if row is None:
                raise NotFoundError(f"Workstation key {key_id[:40]} is not on this unit's trust list.")
            self._record(
                session,
                action="workstation.distrusted",
                entity="workstation_key",
                entity_id=key_id,
                before={"name": row.name},
            )
            session.delete(row)

    def record_import(self, urn: str, package: str, signer: str, sender: str | None) -> None:
        """The audit event of a case package imported: who signed it and whether the unit knew them."""
        with transaction(self._factory) as session:
            self._record(
                session,
                action="package.imported",
                entity="case_package",
                entity_id=package,
                case_urn=urn,
                after={"workstation_key": signer, "trusted_as": sender},
            )
