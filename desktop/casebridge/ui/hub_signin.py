"""Signing in to the hub from anywhere in the app (the landing view, File ▸ Sign in, the Exchange tab): the dialog,
the sign-in on a worker thread, and the settings reloaded so the new role and address take effect at once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from casebridge.errors import CasebridgeError
from casebridge.ui.hub_dialogs import SignInDialog
from casebridge.ui.workers import BackgroundJob

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.workspace import Workspace


class HubSignIn(QObject):
    """`start()` asks for the details and signs in; `signed_in` carries the hub's answer ("Signed in to … as …"),
    `failed` the reason. The workspace's settings hold the new role (police or cps) when `signed_in` fires."""

    signed_in = Signal(str)
    failed = Signal(str)

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.ws = services.workspace
        self._parent = parent
        self._job: BackgroundJob | None = None

    def start(self) -> bool:
        """False if the user cancelled the dialog."""
        self.ws.reload_settings()  # a sign-in from the command line since the app started counts too
        dialog = SignInDialog(self.ws.settings.hub_url, self.ws.settings.hub_username, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        address, user, password = dialog.values()
        exchange = self.services.exchange

        def work(_progress: Any, _cancel: Any) -> str:
            return exchange.login(address, user, password)

        job = BackgroundJob(work, self._parent)
        self._job = job
        job.finished.connect(lambda message: self.signed_in.emit(str(message)))
        job.failed.connect(lambda exc: self.failed.emit(str(exc) if isinstance(exc, CasebridgeError) else repr(exc)))
        job.start()
        return True


def describe_sign_in(ws: Workspace) -> str:
    """One line for people: who is signed in where, and as what."""
    settings = ws.settings
    if not settings.hub_url or not settings.hub_username:
        return QCoreApplication.translate("HubSignIn", "Not signed in to a hub.")
    roles = {
        "cps": QCoreApplication.translate("HubSignIn", "CPS reviewer"),
        "police": QCoreApplication.translate("HubSignIn", "police"),
    }
    return (
        QCoreApplication.translate("HubSignIn", "Signed in to %1 as %2 (%3).")
        .replace("%1", settings.hub_url)
        .replace("%2", settings.hub_username)
        .replace("%3", roles.get(settings.hub_role, settings.hub_role))
    )
