"""What every store shares: the session factory, who is acting, the clock, and writing an audit event in the
same transaction as the change it records."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from casebridge.clock import SYSTEM_CLOCK, Clock
from casebridge.store import audit


class Store:
    def __init__(self, factory: sessionmaker[Session], *, actor: str, clock: Clock = SYSTEM_CLOCK) -> None:
        self._factory = factory
        self.actor = actor
        self.clock = clock

    def _record(
        self,
        session: Session,
        *,
        action: str,
        entity: str,
        entity_id: object = "",
        case_urn: str | None = None,
        before: Any = None,
        after: Any = None,
    ) -> audit.AuditEvent:
        """One audit event by this store's actor, at the clock's time, inside the caller's transaction."""
        return audit.append(
            session,
            at=self.clock.stamp(),
            actor=self.actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            case_urn=case_urn,
            before=before,
            after=after,
        )
