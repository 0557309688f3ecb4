"""The Bundle tab: build a bundle for an audience, review it with its index beside it, serve it, compare versions.

Left: the versions built (audience, number, served or not), and for the one shown its index — Enter on an index
line goes to its first page; "Open item" opens the version that was served (a redacted copy, not the original) on
the Evidence tab —, what was left out for this audience and why, and any withheld values the leak scan found.
Right: the bundle PDF. Building runs in the background; the package (PDF, JSON and CSV index, media/) is written
under the workspace's bundles folder — unless the leak scan finds a value the case withholds from the audience:
then nothing is written or recorded, the list says where each value is, and "Go to page" shows it in the bundle
as it would have been.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casebridge.domain.when import uk_day
from casebridge.errors import CasebridgeError
from casebridge.forms.document import Audience
from casebridge.ui.jobs import JobRunner, failure_text
from casebridge.ui.viewers.pdf_viewer import PdfViewer

if TYPE_CHECKING:
    from casebridge.app import Services
    from casebridge.workspace import Workspace


class BundlePanel(QWidget):
    status_message = Signal(str)
    open_exhibit = Signal(str)  # an exhibit reference

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.urn: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.jobs = JobRunner(self)
        self.audience = QComboBox()
        self.audience.setAccessibleName(self.tr("Bundle for"))
        for code, label in (
            ("defence", self.tr("Defence / court")),
            ("cps", self.tr("CPS")),
            ("police", self.tr("Police")),
        ):
            self.audience.addItem(label, code)
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Bundle profile"))
        self.profile.setToolTip(
            self.tr("The court's rules the bundle follows: its sections, page numbering and pre-flight checks.")
        )
        for name, title in self._profile_titles().items():
            self.profile.addItem(title, name)
        self.profile.setCurrentIndex(self.profile.findData("classic"))
        self.defendant = QComboBox()
        self.defendant.setAccessibleName(self.tr("Defence bundle for which defendant"))
        self.defendant.setToolTip(
            self.tr(
                "Crown Court DCS keeps the basis of plea and the defence statement per defendant: a defence "
                "bundle for one defendant carries only theirs."
            )
        )
        self.build_button = QPushButton(self.tr("B&uild bundle"))
        self.build_button.setAccessibleName(self.tr("Build a new bundle version"))
        self.arrange_button = QPushButton(self.tr("A&rrange…"))
        self.arrange_button.setAccessibleName(self.tr("Arrange the case's bundle: order, sections, left out"))
        self.serve_button = QPushButton(self.tr("Mark &served"))
        self.serve_button.setAccessibleName(self.tr("Mark the shown version served: its page references freeze"))
        self.compare_button = QPushButton(self.tr("Compare with &previous"))
        self.compare_button.setAccessibleName(self.tr("Compare the shown version with the one before"))
        self.versions = QListWidget()
        self.versions.setAccessibleName(self.tr("Bundle versions"))
        self.index = QListWidget()
        self.index.setAccessibleName(self.tr("Bundle index"))
        self.index.setToolTip(self.tr("Enter: go to the document's first page."))
        self.open_button = QPushButton(self.tr("&Open item"))
        self.open_button.setAccessibleName(
            self.tr("Open the served version of the selected exhibit on the Evidence tab")
        )
        self.left_out = QListWidget()
        self.left_out.setAccessibleName(self.tr("Left out for this audience, with the reason"))
        self.left_out.setWordWrap(True)
        self.leaks = QListWidget()
        self.leaks.setAccessibleName(self.tr("Withheld values found by the leak scan"))
        self.leaks.setWordWrap(True)
        self.leaks.setToolTip(self.tr("Enter: show the page in the bundle as it would have been."))
        self.leak_page_button = QPushButton(self.tr("&Go to page"))
        self.leak_page_button.setAccessibleName(self.tr("Show the page carrying the selected withheld value"))
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Pre-flight findings: errors stop serving"))
        self.findings.setToolTip(self.tr("Enter: show the page of the finding."))
        self._finding_pages: list[int | None] = []
        self._leak_pages: list[int | None] = []
        self.changes = QPlainTextEdit()
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName(self.tr("Changes between versions"))
        self.changes.setMaximumHeight(120)
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("Bundle status"))
        self.state.setWordWrap(True)
        self.viewer = PdfViewer()
        self.viewer.setAccessibleName(self.tr("Bundle"))

        side = QWidget()
        column = QVBoxLayout(side)
        form = QFormLayout()
        caption = QLabel(self.tr("&Audience:"))
        caption.setBuddy(self.audience)
        form.addRow(caption, self.audience)
        profile_caption = QLabel(self.tr("Pro&file:"))
        profile_caption.setBuddy(self.profile)
        form.addRow(profile_caption, self.profile)
        defendant_caption = QLabel(self.tr("&Defendant:"))
        defendant_caption.setBuddy(self.defendant)
        form.addRow(defendant_caption, self.defendant)
        column.addLayout(form)
        row = QHBoxLayout()
        for button in (self.build_button, self.arrange_button, self.serve_button):
            row.addWidget(button)
        column.addLayout(row)
        column.addWidget(QLabel(self.tr("Versions")))
        column.addWidget(self.versions, 1)
        column.addWidget(self.compare_button)
        column.addWidget(self.changes)
        index_page = QWidget()
        index_column = QVBoxLayout(index_page)
        index_column.setContentsMargins(0, 0, 0, 0)
        index_column.addWidget(self.index, 1)
        index_column.addWidget(self.open_button)
        leak_page = QWidget()
        leak_column = QVBoxLayout(leak_page)
        leak_column.setContentsMargins(0, 0, 0, 0)
        leak_column.addWidget(self.leaks, 1)
        leak_column.addWidget(self.leak_page_button)
        self.lists = QTabWidget()
        self.lists.setAccessibleName(self.tr("Index, left out and withheld values"))
        self.lists.tabBar().setAccessibleName(self.tr("Bundle lists"))
        self.lists.addTab(index_page, self.tr("Inde&x"))
        self.lists.addTab(self.left_out, self.tr("&Left out"))
        self.lists.addTab(leak_page, self.tr("&Withheld"))
        self.lists.addTab(self.findings, self.tr("Pre-flig&ht"))
        column.addWidget(self.lists, 3)
        column.addWidget(self.state)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([410, 760])  # room for the four list tabs without scrolling
        QVBoxLayout(self).addWidget(splitter)

        self.build_button.clicked.connect(self.build)
        self.serve_button.clicked.connect(self.serve)
        self.arrange_button.clicked.connect(self.arrange)
        self.compare_button.clicked.connect(self.compare)
        self.audience.activated.connect(lambda _i: self.refresh())
        self.profile.activated.connect(lambda _i: self.refresh())
        self.defendant.activated.connect(lambda _i: self.refresh())
        self.findings.itemActivated.connect(lambda _item: self.go_to_finding())
        self.versions.currentRowChanged.connect(lambda _r: self.show_version())
        self.index.itemActivated.connect(lambda _item: self.go_to_entry())
        self.open_button.clicked.connect(self.open_item)
        self.leaks.itemActivated.connect(lambda _item: self.go_to_leak())
        self.leak_page_button.clicked.connect(self.go_to_leak)
        self._count_tabs(0, 0)

    def attach(self, services: Services) -> None:
        self.services = services
        self.ws = services.workspace

    def show_case(self, urn: str) -> None:
        self.urn = urn
        self._fill_defendants()
        self.refresh()

    def _fill_defendants(self) -> None:
        """All (the court's bundle) and each defendant of the case: a DCS defence bundle for one defendant holds
        their partition of the sections kept per defendant."""
        from casebridge.domain.view import full_name

        self.defendant.clear()
        self.defendant.addItem(self.tr("All (the court's bundle)"), "")
        if self.ws is None or self.urn is None:
            return
        for person in self.ws.cases.get_case(self.urn).people:
            if person.role.value in ("suspect", "defendant"):
                self.defendant.addItem(full_name(person), full_name(person))

    def chosen_defendant(self) -> str:
        """The defendant chosen, where it applies: a defence bundle in a profile with per-defendant sections."""
        from casebridge.bundle.profiles import profile

        chosen = profile(str(self.profile.currentData()))
        per_defendant = any(section.restricted_per_defendant for section in chosen.sections)
        applies = per_defendant and str(self.audience.currentData()) == "defence" and not chosen.jury
        self.defendant.setEnabled(applies and self.defendant.count() > 1)
        return str(self.defendant.currentData() or "") if applies else ""

    def _profile_titles(self) -> dict[str, str]:
        from casebridge.bundle.profiles import profiles

        titles = {
            "classic": self.tr("Casebridge classic (A–F, B-12)"),
            "dcs": self.tr("Crown Court DCS (J exhibits, K transcripts)"),
            "ebundle": self.tr("Court e-bundle (page = PDF page)"),
            "jury": self.tr("Digital jury bundle"),
        }
        return {name: titles.get(name, profile.title) for name, profile in profiles().items()}

    def track(self) -> str:
        """The versions shown: this audience's bundles in this profile."""
        from casebridge.bundle.service import track

        return track(str(self.audience.currentData()), str(self.profile.currentData()), self.chosen_defendant())

    def folder(self, track: str, number: int) -> Path:
        assert self.ws is not None
        assert self.urn is not None
        return self.ws.location.root / "bundles" / self.urn / f"{track.replace('+', '-')}-v{number}"

    def refresh(self, keep: int | None = None) -> None:
        if self.ws is None or self.urn is None:
            return
        versions = self.ws.bundles.versions(self.urn, self.track())
        self.versions.blockSignals(True)
        self.versions.clear()
        for version in reversed(versions):
            served = self.tr("served %1").replace("%1", uk_day(version.served_at)) if version.served_at else ""
            text = self.tr("Version %1 · %2 document(s)").replace("%1", str(version.number))
            text = text.replace("%2", str(len(version.index.get("documents", []))))
            item = QListWidgetItem(f"{text}  {served}".strip(), self.versions)
            item.setData(Qt.ItemDataRole.UserRole, version.number)
        self.versions.blockSignals(False)
        row = next(
            (r for r in range(self.versions.count()) if self.versions.item(r).data(Qt.ItemDataRole.UserRole) == keep), 0
        )
        self.versions.setCurrentRow(row if self.versions.count() else -1)
        self.show_version()

    def current_number(self) -> int | None:
        item = self.versions.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _count_tabs(self, left: int, leaks: int) -> None:
        self.lists.setTabText(1, self.tr("&Left out (%1)").replace("%1", str(left)))
        self.lists.setTabText(2, self.tr("&Withheld (%1)").replace("%1", str(leaks)))

    def show_findings(self, findings: list[dict[str, Any]]) -> int:
        """The pre-flight's findings on the shown version; returns how many are errors."""
        self.findings.clear()
        self._finding_pages = []
        failing = 0
        for finding in findings:
            error = finding.get("severity") == "error"
            failing += error
            where = self.tr("page %1: ").replace("%1", str(finding["page"])) if finding.get("page") else ""
            part = self.tr("part %1, ").replace("%1", str(finding["part"])) if finding.get("part") else ""
            kind = self.tr("Error") if error else self.tr("Warning")
            QListWidgetItem(f"{kind} · {finding['check']} · {part}{where}{finding['message']}", self.findings)
            self._finding_pages.append(finding.get("page") if not finding.get("part") else None)
        label = self.tr("Pre-flig&ht (%1 errors)") if failing else self.tr("Pre-flig&ht (%1)")
        self.lists.setTabText(3, label.replace("%1", str(failing or len(findings))))
        return failing

    def go_to_finding(self) -> None:
        row = self.findings.currentRow()
        if 0 <= row < len(self._finding_pages) and self._finding_pages[row]:
            self.viewer.go_to_page(int(self._finding_pages[row] or 1) - 1)

    def show_version(self) -> None:
        self.index.clear()
        self.left_out.clear()
        self.rows = []
        number = self.current_number()
        if self.ws is None or self.urn is None or number is None:
            self.state.setText(self.tr("No bundle built for this audience and profile yet."))
            self._count_tabs(0, self.leaks.count())
            self.show_findings([])
            return
        track = self.track()
        version = self.ws.bundles.get(self.urn, track, number)
        self.rows = list(version.index.get("documents", []))
        for document in self.rows:
            span = (
                document["first"]
                if document["first"] == document["last"]
                else f"{document['first']}–{document['last']}"
            )
            note = f"  [{document['note']}]" if document.get("note") else ""
            QListWidgetItem(f"{span}  {document['title']}{note}", self.index)
        left = list(version.index.get("left_out", []))
        for entry in left:
            QListWidgetItem(f"{entry['title']}\n    {entry['reason']}", self.left_out)
        self.leaks.clear()
        self._leak_pages = []
        self._count_tabs(len(left), 0)
        failing = self.show_findings(list(version.index.get("preflight", [])))
        pdf = next(iter(sorted(self.folder(track, number).glob("*.pdf"))), None)
        if pdf is not None:
            self.viewer.open(pdf)
        served = self.tr("Served: page references frozen.") if version.served_at else self.tr("Not served yet.")
        if failing and not version.served_at:
            served = self.tr("The pre-flight found %1 error(s): it cannot be served until they are put right.")
            served = served.replace("%1", str(failing))
        self.state.setText(f"{self.tr('Version %1.').replace('%1', str(number))} {served}")
        self.serve_button.setEnabled(not version.served_at and not failing)

    def go_to_entry(self) -> None:
        row = self.index.currentRow()
        if 0 <= row < len(self.rows):
            self.viewer.go_to_page(int(self.rows[row]["pdf_page"]) - 1)

    def open_item(self) -> None:
        """The version that was served: a redacted copy (AK/1/1) rather than the original it stands for."""
        row = self.index.currentRow()
        if 0 <= row < len(self.rows) and self.ws is not None and self.urn is not None:
            key = str(self.rows[row]["key"])
            served = str(self.rows[row].get("served") or "")
            if not served and (":" in key or key.startswith("MG")):
                self.status_message.emit(self.tr("%1 is a form: it is shown here in the bundle.").replace("%1", key))
                return
            self.open_exhibit.emit(served or key)

    def show_leaks(self, bundle: Any) -> None:
        """A bundle the leak scan stopped: where each withheld value is, and the bundle as it would have been."""
        self.leaks.clear()
        self._leak_pages = []
        self.index.clear()
        self.rows = []
        self.left_out.clear()
        for left in bundle.left_out:  # the stopped bundle's own list, not the last version's
            QListWidgetItem(f"{left.entry.title}\n    {left.reason}", self.left_out)
        for leak in bundle.leaks:
            item = QListWidgetItem(leak.line(), self.leaks)
            item.setToolTip(leak.source)
            self._leak_pages.append(leak.page)
        self._count_tabs(self.left_out.count(), len(bundle.leaks))
        self.lists.setCurrentIndex(2)
        self.leaks.setCurrentRow(0)
        self.viewer.open_data(bundle.pdf)
        text = self.tr(
            "Not made: the %1 bundle carries %2 withheld value(s). Nothing was saved, and it cannot be served. "
            "Redact each at its source (or correct the case file), then build again."
        )
        self.state.setText(text.replace("%1", bundle.audience.value).replace("%2", str(len(bundle.leaks))))

    def go_to_leak(self) -> None:
        row = self.leaks.currentRow()
        if 0 <= row < len(self._leak_pages) and self._leak_pages[row] is not None:
            self.viewer.go_to_page(int(self._leak_pages[row] or 1) - 1)

    def build(self) -> None:
        if self.ws is None or self.urn is None:
            return
        services, urn, audience = self.services, self.urn, Audience(str(self.audience.currentData()))
        profile, track, defendant = str(self.profile.currentData()), self.track(), self.chosen_defendant()

        def work(_progress: Any, _cancel: Any) -> Any:
            from casebridge.bundle.preflight import errors
            from casebridge.bundle.service import file_stem

            bundle, version = services.bundles.build(urn, audience, profile, defendant=defendant)
            stem = file_stem(urn, bundle.audience, profile, version.number, bundle.defendant)
            bundle.write(self.folder(track, version.number), stem)
            return version.number, len(bundle.rows), len(bundle.left_out), len(errors(bundle.findings))

        def done(result: Any) -> None:
            number, documents, left, failing = result
            text = self.tr(
                "Version %1 built: %2 document(s); %3 left out for this audience (see Left out). "
                "No withheld value found."
            )
            message = text.replace("%1", str(number)).replace("%2", str(documents)).replace("%3", str(left))
            if failing:
                more = self.tr("The pre-flight found %1 error(s): see Pre-flight.").replace("%1", str(failing))
                message = f"{message} {more}"
            self.refresh(keep=number)
            self.lists.setCurrentIndex(3 if failing else 0)  # what stops it, or the index of what was built
            self.state.setText(message)
            self.status_message.emit(message)

        def failed(exc: BaseException) -> None:
            from casebridge.bundle.service import LeaksFound

            if isinstance(exc, LeaksFound):
                self.show_leaks(exc.bundle)
                self.status_message.emit(self.state.text())
                return
            self.state.setText(failure_text(exc))

        self.state.setText(self.tr("Building…"))
        self.jobs.run(work, done, failed=failed)

    def arrange(self) -> None:
        if self.ws is None or self.urn is None:
            return
        from casebridge.ui.bundle_arrange import ArrangeDialog

        dialog = ArrangeDialog(self.ws, self.urn, self)
        if dialog.exec():
            self.state.setText(self.tr("Arrangement saved: build again to apply it."))

    def busy(self) -> bool:
        return self.jobs.busy

    def serve(self) -> None:
        number = self.current_number()
        if self.ws is None or self.urn is None or number is None:
            return
        try:
            self.services.bundles.serve(
                self.urn,
                str(self.audience.currentData()),
                number,
                str(self.profile.currentData()),
                self.chosen_defendant(),
            )
        except CasebridgeError as exc:
            self.state.setText(str(exc))
            return
        self.refresh(keep=number)

    def compare(self) -> None:
        number = self.current_number()
        if self.ws is None or self.urn is None or number is None or number < 2:
            self.changes.setPlainText(self.tr("There is no earlier version to compare with."))
            return
        from casebridge.bundle.diff import diff

        track = self.track()
        changes = diff(
            self.ws.bundles.get(self.urn, track, number - 1).index,
            self.ws.bundles.get(self.urn, track, number).index,
        )
        lines = [c.line for c in changes] or [self.tr("No changes.")]
        self.changes.setPlainText("\n".join(lines))

    def shutdown(self) -> None:
        self.viewer.shutdown()
