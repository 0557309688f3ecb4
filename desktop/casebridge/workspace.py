"""The workspace record: one case database (its stores), one evidence vault, the settings and folders that chose
them, and the clock everything is stamped with. It holds data and the means to reach it — no services: those are
built on it by `app.build_services`."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from casebridge.clock import Clock
from casebridge.reference_data import ReferenceData
from casebridge.settings import AppPaths, Settings, WorkspaceLocation, load_settings
from casebridge.store import audit
from casebridge.store.bundles import BundleStore
from casebridge.store.casefile import CaseFileStore
from casebridge.store.cases import CaseStore
from casebridge.store.db import make_session_factory
from casebridge.store.exhibits import ExhibitStore
from casebridge.store.journal import ImportJournal
from casebridge.store.outbox import OutboxStore
from casebridge.store.redactions import RedactionStore
from casebridge.store.review import ReviewStore
from casebridge.store.trust import TrustStore
from casebridge.vault.store import Vault

_Store = TypeVar("_Store", bound=Any)
STORES = ("cases", "exhibits", "casefile", "redactions", "bundles", "outbox", "review", "trust", "journal")


@dataclass
class Workspace:
    paths: AppPaths
    settings: Settings
    location: WorkspaceLocation
    engine: Engine
    reference: ReferenceData
    clock: Clock
    cases: CaseStore
    exhibits: ExhibitStore
    casefile: CaseFileStore
    redactions: RedactionStore
    bundles: BundleStore
    outbox: OutboxStore
    review: ReviewStore
    trust: TrustStore
    journal: ImportJournal
    vault: Vault
    log_file: Path
    warnings: list[str] = field(default_factory=list)
    migration_backup: str | None = None

    @property
    def actor(self) -> str:
        """Who is working (the name every audit event of this workspace carries)."""
        return self.cases.actor

    def reload_settings(self) -> Settings:
        """The settings as they are on disk now (a sign-in from the command line or another window since this
        workspace opened); the workspace's own folders and database do not move."""
        self.settings = load_settings(self.paths).settings
        return self.settings

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Workspace]:
        """This workspace with every store writing inside one database transaction: committed whole when the block
        ends, rolled back if it raises — or if the process dies, since nothing is committed before the end. Each
        store's own transactions become savepoints in it. The vault is not transactional: put files in it first
        (content-addressed, so a retry re-puts nothing)."""
        with self.engine.connect() as connection:
            outer = connection.begin()
            factory = sessionmaker(bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint")
            view = dataclasses.replace(self, **{name: _rebound(getattr(self, name), factory) for name in STORES})
            try:
                yield view
            except BaseException:
                outer.rollback()
                raise
            outer.commit()

    def verify_audit(self) -> audit.ChainReport:
        with make_session_factory(self.engine)() as session:
            return audit.verify(session)

    def close(self) -> None:
        self.engine.dispose()


def _rebound(store: _Store, factory: sessionmaker[Session]) -> _Store:
    """A copy of a store that opens its sessions from `factory` (the atomic transaction's)."""
    clone = copy.copy(store)
    clone._factory = factory
    return clone
