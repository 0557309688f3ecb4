"""The hub's audit table: who did what, to which path, with what answer — every refusal included."""

from __future__ import annotations

from sqlalchemy import Engine, insert

from casebridge.clock import Clock
from casebridge.hub import db


class HubAudit:
    def __init__(self, engine: Engine, clock: Clock) -> None:
        self.engine = engine
        self.clock = clock

    def record(self, actor: str, method: str, path: str, status: int, detail: str = "") -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(db.audit).values(
                    at=self.clock.stamp(),
                    actor=actor[:120],
                    method=method[:8],
                    path=path[:400],
                    status=status,
                    detail=detail[:2000],
                )
            )
