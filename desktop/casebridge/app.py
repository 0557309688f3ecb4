"""Composition root: reads settings, opens the store, builds the services and hands them to the UI or CLI.

No module-level state: every caller (the GUI, one CLI command, one test) builds its own `Workspace`.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import getpass
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from casebridge.credentials import resolve_database_url
from casebridge.errors import SettingsError, StoreError
from casebridge.evidence.importer import Importer
from casebridge.logs import configure_logging
from casebridge.reference_data import ReferenceData
from casebridge.settings import AppPaths, Settings, WorkspaceLocation, load_settings, resolve_workspace
from casebridge.store import audit, migrate
from casebridge.store.bundles import BundleStore
from casebridge.store.casefile import CaseFileStore
from casebridge.store.cases import CaseStore
from casebridge.store.db import make_engine, make_session_factory
from casebridge.store.exhibits import ExhibitStore
from casebridge.store.outbox import OutboxStore
from casebridge.store.redactions import RedactionStore
from casebridge.store.review import ReviewStore
from casebridge.store.trust import TrustStore
from casebridge.vault.store import Vault

log = logging.getLogger(__name__)
_Store = TypeVar("_Store", bound=Any)


@dataclass
class Workspace:
    paths: AppPaths
    settings: Settings
    location: WorkspaceLocation
    engine: Engine
    reference: ReferenceData
    cases: CaseStore
    exhibits: ExhibitStore
    casefile: CaseFileStore
    redactions: RedactionStore
    bundles: BundleStore
    outbox: OutboxStore
    review: ReviewStore
    trust: TrustStore
    vault: Vault
    importer: Importer
    log_file: Path
    warnings: list[str] = field(default_factory=list)
    migration_backup: str | None = None

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Workspace]:
        """This workspace with every store writing inside one database transaction: committed whole when the block
        ends, rolled back if it raises — or if the process dies, since nothing is committed before the end. Each
        store's own transactions become savepoints in it. The vault is not transactional: put files in it first
        (content-addressed, so a retry re-puts nothing)."""
        with self.engine.connect() as connection:
            outer = connection.begin()
            factory = sessionmaker(bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint")
            stores = {
                name: _rebound(getattr(self, name), factory)
                for name in ("cases", "exhibits", "casefile", "redactions", "bundles", "outbox", "review", "trust")
            }
            view = dataclasses.replace(self, **stores)
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


def operator_name(settings: Settings) -> str:
    if settings.operator_name.strip():
        return settings.operator_name.strip()
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service contexts
        return "unknown"


def load_reference(settings: Settings) -> ReferenceData:
    """The shipped standing data, or the newer set named in settings."""
    if not settings.reference_dir:
        return ReferenceData()
    folder = Path(settings.reference_dir).expanduser()
    if not folder.is_dir():
        raise SettingsError(f"The reference data folder {folder} in settings does not exist.")
    return ReferenceData(folder)


def open_workspace(
    workspace: str | Path | None = None, *, console_log: bool = False, today: type[date] = date
) -> Workspace:
    paths = AppPaths.resolve(workspace)
    loaded = load_settings(paths)
    settings = loaded.settings
    log_file = configure_logging(paths.log_dir, settings.log_level, console=console_log)
    for warning in loaded.warnings:
        log.warning(warning)
    location = resolve_workspace(paths, settings)
    location.root.mkdir(parents=True, exist_ok=True)
    reference = load_reference(settings)
    engine = make_engine(resolve_database_url(location.database_url))
    try:
        backup = migrate.upgrade(engine, location.sqlite_file)
    except SQLAlchemyError as exc:
        engine.dispose()
        where = location.sqlite_file or engine.url.render_as_string(hide_password=True)
        reason = getattr(exc, "orig", None) or exc
        raise StoreError(f"The workspace database {where} cannot be opened: {reason}.") from None
    factory = make_session_factory(engine)
    cases = CaseStore(
        factory,
        forces=_LazyForces(reference),
        offences=lambda: reference.offences,
        actor=operator_name(settings),
        today=today.today,
    )
    vault = Vault(location.vault_dir)
    exhibits = ExhibitStore(factory, actor=cases.actor)
    casefile = CaseFileStore(factory, actor=cases.actor)
    redactions = RedactionStore(factory, actor=cases.actor)
    bundles = BundleStore(factory, actor=cases.actor)
    outbox = OutboxStore(factory, actor=cases.actor)
    review = ReviewStore(factory, actor=cases.actor)
    trust = TrustStore(factory, actor=cases.actor)
    importer = Importer(factory, vault, exhibits, actor=cases.actor)
    log.info("Workspace opened (%s database)", "SQLite" if location.is_sqlite else "PostgreSQL")
    return Workspace(
        paths=paths,
        settings=settings,
        location=location,
        engine=engine,
        reference=reference,
        cases=cases,
        exhibits=exhibits,
        casefile=casefile,
        redactions=redactions,
        bundles=bundles,
        outbox=outbox,
        review=review,
        trust=trust,
        vault=vault,
        importer=importer,
        log_file=log_file,
        warnings=list(loaded.warnings),
        migration_backup=backup,
    )


def _rebound(store: _Store, factory: sessionmaker[Session]) -> _Store:
    """A copy of a store that opens its sessions from `factory` (the atomic transaction's)."""
    clone = copy.copy(store)
    clone._factory = factory
    return clone


class _LazyForces:
    """Force codes are needed only when a case is created: load the table on first use."""

    def __init__(self, reference: ReferenceData) -> None:
        self._reference = reference

    def __contains__(self, code: object) -> bool:
        return code in self._reference.urn_forces
