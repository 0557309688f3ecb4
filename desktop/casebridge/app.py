"""Composition root: reads settings, opens the workspace (`open_workspace`) and builds the services on it
(`build_services`) — the only place a service, the hub client, the workstation key or a media player is made.

No module-level state: every caller (the GUI, one CLI command, one test) builds its own `Workspace` and `Services`
and closes them when done.
"""

from __future__ import annotations

import getpass
import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from casebridge.clock import SYSTEM_CLOCK, Clock
from casebridge.credentials import resolve_database_url
from casebridge.errors import CasebridgeError, SettingsError, StoreError
from casebridge.logs import configure_logging
from casebridge.redaction.helpers import HelperPool
from casebridge.reference_data import ReferenceData
from casebridge.settings import AppPaths, Settings, expand_folder, load_settings, resolve_workspace
from casebridge.store import migrate
from casebridge.store.bundles import BundleStore
from casebridge.store.casefile import CaseFileStore
from casebridge.store.cases import CaseStore
from casebridge.store.db import make_engine, make_session_factory
from casebridge.store.exhibits import ExhibitStore
from casebridge.store.journal import ImportJournal
from casebridge.store.outbox import OutboxStore
from casebridge.store.redactions import RedactionStore
from casebridge.store.review import ReviewStore
from casebridge.store.trust import TrustStore
from casebridge.vault.store import Vault
from casebridge.workspace import Workspace

if TYPE_CHECKING:  # each service is imported when first used: a command pays only for what it runs
    from casebridge.bundle.service import BundleService
    from casebridge.evidence.importer import Importer
    from casebridge.exchange.hubclient import HubClient
    from casebridge.exchange.keys import WorkstationKey
    from casebridge.exchange.submit import SubmissionService
    from casebridge.playback.player import Player
    from casebridge.redaction.everywhere import EverywhereService
    from casebridge.redaction.media_service import MediaRedactionService
    from casebridge.redaction.service import RedactionService
    from casebridge.transcripts.service import TranscriptService

__all__ = ["Services", "Workspace", "build_services", "new_player", "open_workspace"]
log = logging.getLogger(__name__)


class Services:
    """The services of one open workspace, built by `build_services` and closed with it (the helper process first,
    then the database). Handed whole to the window or the command; each service gets only what it needs. Each is
    made on first use (and its modules imported then), so a command that lists cases never loads PyAV or httpx."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.helpers = HelperPool()
        self._key: WorkstationKey | None = None

    @cached_property
    def importer(self) -> Importer:
        from casebridge.evidence.importer import Importer

        return Importer(self.workspace.journal, self.workspace.vault)

    @cached_property
    def redaction(self) -> RedactionService:
        from casebridge.redaction.service import RedactionService

        return RedactionService(self.workspace, self.helpers)

    @cached_property
    def media(self) -> MediaRedactionService:
        from casebridge.redaction.media_service import MediaRedactionService

        return MediaRedactionService(self.workspace, self.transcripts)

    @cached_property
    def everywhere(self) -> EverywhereService:
        from casebridge.redaction.everywhere import EverywhereService

        return EverywhereService(self.workspace, self.redaction, self.media, self.transcripts)

    @cached_property
    def transcripts(self) -> TranscriptService:
        from casebridge.transcripts.service import TranscriptService

        return TranscriptService(self.workspace)

    @cached_property
    def bundles(self) -> BundleService:
        from casebridge.bundle.service import BundleService

        return BundleService(self.workspace)

    @cached_property
    def exchange(self) -> SubmissionService:
        from casebridge.exchange.submit import SubmissionService

        return SubmissionService(self.workspace, connect=self.hub_client, key=self.workstation_key)

    def hub_client(self, hub_url: str | None = None) -> HubClient:
        """A client for the hub in the settings as they are now (a sign-in made elsewhere since the workspace
        opened takes effect without a restart); the caller closes it (`with services.hub_client() as hub:`)."""
        from casebridge.exchange.hubclient import HubClient

        ws = self.workspace
        ws.reload_settings()
        settings = ws.settings
        url = (hub_url or settings.hub_url).strip()
        if not url:
            raise CasebridgeError("No hub address is set: sign in to the hub first (it asks for the address).")
        bundle = str(expand_folder(settings.ca_bundle)) if settings.ca_bundle.strip() else ""
        return HubClient(url, username=settings.hub_username, ca_bundle=bundle, pin=settings.hub_pin_sha256.strip())

    def workstation_key(self) -> WorkstationKey:
        """This workstation's signing key (made on first use, in the configuration folder)."""
        if self._key is None:
            from casebridge.exchange.keys import WorkstationKey

            self._key = WorkstationKey.load_or_create(self.workspace.paths.config_dir)
        return self._key

    @staticmethod
    def new_player(headless: bool = False) -> Player:
        return new_player(headless)

    def close(self) -> None:
        self.helpers.close()
        self.workspace.close()


def new_player(headless: bool = False) -> Player:
    """A libVLC player (DependencyMissingError when libVLC cannot be loaded)."""
    from casebridge.playback.player import Player

    return Player(headless=headless)


def build_services(ws: Workspace) -> Services:
    """Every service on `ws`, wired once (each made when first used)."""
    return Services(ws)


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
    workspace: str | Path | None = None, *, console_log: bool = False, clock: Clock = SYSTEM_CLOCK
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
        clock=clock,
    )
    actor = cases.actor
    vault = Vault(location.vault_dir)
    exhibits = ExhibitStore(factory, actor=actor, clock=clock)
    log.info("Workspace opened (%s database)", "SQLite" if location.is_sqlite else "PostgreSQL")
    return Workspace(
        paths=paths,
        settings=settings,
        location=location,
        engine=engine,
        reference=reference,
        clock=clock,
        cases=cases,
        exhibits=exhibits,
        casefile=CaseFileStore(factory, actor=actor, clock=clock),
        redactions=RedactionStore(factory, actor=actor, clock=clock),
        bundles=BundleStore(factory, actor=actor, clock=clock),
        outbox=OutboxStore(factory, actor=actor, clock=clock),
        review=ReviewStore(factory, actor=actor, clock=clock),
        trust=TrustStore(factory, actor=actor, clock=clock),
        journal=ImportJournal(factory, actor=actor, exhibits=exhibits, clock=clock),
        vault=vault,
        log_file=log_file,
        warnings=list(loaded.warnings),
        migration_backup=backup,
    )


class _LazyForces:
    """Force codes are needed only when a case is created: load the table on first use."""

    def __init__(self, reference: ReferenceData) -> None:
        self._reference = reference

    def __contains__(self, code: object) -> bool:
        return code in self._reference.urn_forces
