"""What the document and the media redaction windows share: one exhibit and its redaction service, the recipe
being edited (every change saved at once and undoable), the status line and progress bar, background jobs,
approval stamps, finding a mark or track in a list by its id, and offering a marked value everywhere in the case.

Each window (`redaction_window.RedactionWindow`, `media_redaction_window.MediaRedactionWindow`) builds its own
tools and says how a recipe is shown (`show_recipe`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QListWidget, QProgressBar, QWidget

from casebridge.errors import CasebridgeError
from casebridge.ui.jobs import JobRunner, Work, failure_text
from casebridge.ui.undo import SnapshotCommand

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.domain.exhibit import Exhibit
    from casebridge.ui.workers import BackgroundJob
    from casebridge.workspace import Workspace

R = TypeVar("R")
R_in = TypeVar("R_in", contravariant=True)


class RecipeService(Protocol[R_in]):
    def save(self, exhibit: Exhibit, recipe: R_in, /) -> Any: ...


class RedactionEditor(QWidget, Generic[R]):
    copy_made = Signal(int)  # the new exhibit's id
    status_message = Signal(str)

    def __init__(
        self, workspace: Workspace, exhibit: Exhibit, service: RecipeService[R], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.ws, self.exhibit = workspace, exhibit
        self._recipes = service
        self.undo = QUndoStack(self)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("Redaction status"))
        self.state.setWordWrap(True)
        self.jobs = JobRunner(self, progress=self.progress, failed=self.job_failed)

    # ----- the recipe -----
    recipe: R
    services: Services  # each window keeps the services it was opened with

    if TYPE_CHECKING:  # each window defines it: shows `recipe` (after saving it, with `save`), its marks or tracks

        def show_recipe(self, recipe: R, *, save: bool = False) -> None: ...

    def save_recipe(self, recipe: R) -> bool:
        """Saves at once; a refusal (a recipe the service will not keep) is said on the status line."""
        try:
            self._recipes.save(self.exhibit, recipe)
        except CasebridgeError as exc:
            self.state.setText(str(exc))
            return False
        return True

    def change(self, recipe: R, label: str) -> None:
        """Save a new recipe and make the change undoable."""
        before = self.recipe
        if recipe == before:
            return
        self.show_recipe(recipe, save=True)
        self.undo.push(SnapshotCommand(lambda r: self.show_recipe(r, save=True), before, recipe, label))

    def stamp(self) -> str:
        """The moment of an approval or a suggestion, from the workspace's clock."""
        return self.ws.clock.stamp()

    @staticmethod
    def select_by_id(listing: QListWidget, item_id: str) -> None:
        for row in range(listing.count()):
            item = listing.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == item_id:
                listing.setCurrentRow(row)
                return

    def everywhere(self, value: str, reason: str) -> None:
        """Looks for a value marked here in every other exhibit of the case and offers it there (one decision,
        every medium)."""
        from casebridge.ui.everywhere_dialog import EverywhereDialog

        dialog = EverywhereDialog(self.services, self.exhibit.case_urn, value, reason, self.exhibit.reference, self)
        dialog.offered.connect(
            lambda count: self.status_message.emit(
                self.tr("%1 suggestion(s) made in the case's other exhibits.").replace("%1", str(count))
            )
        )
        dialog.open()

    # ----- background work -----
    def run_job(self, work: Work, done: Any, label: str | None = None, *, quiet: bool = False) -> BackgroundJob:
        """Runs `work` off the GUI thread with the progress bar (not for a `quiet` job, whose failure is not shown
        either); `label` goes on the status line while it runs."""
        if label is not None:
            self.state.setText(label)
        if quiet:
            return self.jobs.run(work, done, show=False, failed=lambda _exc: None)
        return self.jobs.run(work, done)

    def job_failed(self, exc: BaseException) -> None:
        self.state.setText(failure_text(exc))
        self.status_message.emit(self.state.text())

    def busy(self) -> bool:
        return self.jobs.busy

    def cancel(self) -> None:
        self.jobs.cancel_all()
