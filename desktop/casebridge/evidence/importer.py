"""Import files and folders into a case: hash into the vault, probe, describe, record, with a journal.

Every file asked for gets an `import_items` journal row first. The blob goes into the vault, its digest
is written to the journal, then the exhibit row, its continuity entry and the journal's 'done' commit in
one transaction. After a crash or kill, `resume` finishes every journal row still pending: from the vault
copy when the digest was recorded (even if the source has gone), else from the source. So a file is
either fully imported or cleanly absent: never an exhibit without a blob, never a blob nobody owns.
"""

from __future__ import annotations

import base64
import logging
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from casebridge.domain.text import printable
from casebridge.errors import CasebridgeError
from casebridge.evidence.describe import summarise
from casebridge.evidence.probe import probe
from casebridge.evidence.sniff import Kind, sniff
from casebridge.jobs import Cancelled, CancelToken, Progress, ProgressUpdate, no_progress
from casebridge.store.journal import DONE, DUPLICATE, FAILED, PENDING, SKIPPED, ImportJournal, JournalItem, Recorded
from casebridge.vault.store import Vault, VaultError

log = logging.getLogger(__name__)

__all__ = ["DONE", "DUPLICATE", "FAILED", "PENDING", "SKIPPED", "ImportReport", "Importer", "ItemOutcome"]


@dataclass(frozen=True)
class ItemOutcome:
    source: str
    status: str  # done | duplicate | failed | skipped
    message: str
    reference: str | None = None
    exhibit_id: int | None = None


@dataclass
class ImportReport:
    outcomes: list[ItemOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def imported(self) -> int:
        return self.count(DONE)


class ItemProblem(CasebridgeError):
    """One file cannot be imported; the message names the file and the reason."""


def display_name(path: Path) -> str:
    """A file name safe to show and store whatever bytes it was made of."""
    return display_path(Path(path.name))


def display_path(path: Path) -> str:
    """Bytes that are not UTF-8 are shown as \\xNN, and control or direction-changing characters as escapes, so
    the name is readable, cannot rewrite a terminal or disguise itself, and nothing is lost silently (the exact
    path stays in the import journal)."""
    return printable(os.fsencode(path).decode("utf-8", "backslashreplace"))


def path_to_text(path: Path) -> str:
    """A text form of any path the file system gave us (names need not be valid UTF-8); see `text_to_path`."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "fsbytes:" + base64.b64encode(os.fsencode(path)).decode("ascii")
    return text


def text_to_path(text: str) -> Path:
    if text.startswith("fsbytes:"):
        return Path(os.fsdecode(base64.b64decode(text[len("fsbytes:") :])))
    return Path(text)


class Importer:
    """Imports files into a case through the journal (`store/journal.py`), the vault and the prober."""

    def __init__(self, journal: ImportJournal, vault: Vault) -> None:
        self._journal = journal
        self._vault = vault

    # ----- planning -----
    @staticmethod
    def expand(paths: Iterable[Path | str]) -> list[tuple[Path, str]]:
        """Files to import with their group (the folder they came from). Folders are walked, links are not."""
        found: list[tuple[Path, str]] = []
        for given in paths:
            path = Path(given)
            if path.is_dir() and not path.is_symlink():
                for folder, dirs, files in os.walk(path, followlinks=False):
                    dirs.sort()
                    # Media before player programs, so a player joins the exhibit it came with.
                    ordered = sorted(files, key=lambda n: (n.lower().endswith((".exe", ".dll")), n.lower()))
                    found.extend((Path(folder) / name, str(Path(folder))) for name in ordered)
            else:
                found.append((path, str(path.parent)))
        return found

    def pending(self, urn: str | None = None) -> list[JournalItem]:
        return self._journal.pending(urn)

    # ----- importing -----
    def import_paths(
        self,
        urn: str,
        paths: Iterable[Path | str],
        *,
        producer: str | int | None = None,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        batch = uuid.uuid4().hex
        sources = [(path_to_text(path), path_to_text(Path(group))) for path, group in self.expand(paths)]
        self._journal.plan(urn, sources, producer, batch)
        return self._run(batch=batch, progress=progress, cancel=cancel)

    def resume(self, *, progress: Progress = no_progress, cancel: CancelToken | None = None) -> ImportReport:
        """Finishes every import interrupted by a crash, kill or power cut."""
        self._vault.sweep_temporary()
        return self._run(batch=None, progress=progress, cancel=cancel)

    def discard_pending(self) -> int:
        """Gives up interrupted imports: their journal rows close and any blob only they held is removed."""
        count = self._journal.discard_pending(self._vault.remove)
        self._vault.sweep_temporary()
        return count

    def _run(self, *, batch: str | None, progress: Progress, cancel: CancelToken | None) -> ImportReport:
        cancel = cancel or CancelToken()
        todo = self._journal.waiting(batch)
        sizes = {item_id: _size_or_zero(text_to_path(path)) for item_id, path in todo}
        total = sum(sizes.values()) or 1
        done_bytes = 0
        report = ImportReport()
        for index, (item_id, source) in enumerate(todo, start=1):
            name = display_name(text_to_path(source))
            label = f"{name} ({index}/{len(todo)})"
            progress(ProgressUpdate(done_bytes, total, label))
            if cancel.cancelled:
                report.outcomes.append(self._close(item_id, SKIPPED, "Not imported: the import was cancelled."))
                continue
            base = done_bytes
            try:
                outcome = self._import_one(
                    item_id, lambda n, base=base, label=label: progress(ProgressUpdate(base + n, total, label)), cancel
                )
            except Cancelled:
                outcome = self._close(item_id, SKIPPED, "Not imported: the import was cancelled.")
            except (ItemProblem, VaultError) as exc:
                outcome = self._close(item_id, FAILED, str(exc))
            except Exception as exc:  # a file that breaks a library: failed and said, never left pending forever
                log.exception("import item %s failed unexpectedly", item_id)
                reason = printable(f"{type(exc).__name__}: {exc}")[:300]
                outcome = self._close(item_id, FAILED, f"could not be imported ({reason}); nothing was added.")
            report.outcomes.append(outcome)
            done_bytes += sizes[item_id]
            log.info("import item %s: %s", item_id, outcome.status)
        progress(ProgressUpdate(total, total, "Import finished"))
        return report

    def _import_one(self, item_id: int, on_bytes: object, cancel: CancelToken) -> ItemOutcome:
        item = self._journal.item(item_id)
        source, digest = text_to_path(item.source_path), item.sha256
        name = display_name(source)
        if digest is None or not self._vault.exists(digest):
            _size, digest = self._store(source, name, on_bytes, cancel)
            self._journal.set_digest(item_id, digest)
        blob = self._vault.path(digest)
        file_type = sniff(blob)
        size = blob.stat().st_size
        duplicate = self._journal.already_in_case(
            item_id,
            digest,
            lambda reference: f"{name} is identical to exhibit {reference} already in this case: not added again.",
        )
        if duplicate is not None:
            reference, exhibit_id, written = duplicate
            return ItemOutcome(display_path(source), DUPLICATE, written, reference, exhibit_id)
        facts = probe(blob, file_type)
        summary = summarise(file_type, facts.facts, size, facts.problem)
        if not file_type.matches_extension(name) and file_type.kind is not Kind.OTHER:
            facts.facts["extension_mismatch"] = True
            summary += f" (named .{Path(name).suffix.lstrip('.').lower() or 'none'} but is really {file_type.label})"

        def message(recorded: Recorded) -> str:
            text = f"{name} imported as {recorded.reference}" + (
                f"; identical content is already held for {recorded.shared_with}, stored once"
                if recorded.shared_with
                else ""
            )
            if facts.problem:
                text += f"; note: {name} {facts.problem}"
            if facts.facts.get("active_content"):
                from casebridge.redaction.active import in_words

                text += (
                    f"; note: {name} contains {in_words(facts.facts['active_content'])}: Casebridge never runs it "
                    "and leaves it out of every copy it makes"
                )
            return text

        recorded, text = self._journal.record(
            item_id,
            kind=file_type.kind.value,
            message=message,
            sha256=digest,
            size=size,
            original_name=name,
            media_type=file_type.media_type,
            summary=summary,
            facts=facts.facts,
            problem=facts.problem,
            previewable=facts.previewable and file_type.kind not in (Kind.EXECUTABLE, Kind.OTHER),
            text=facts.text,
            source=name,
        )
        return ItemOutcome(display_path(source), DONE, text, recorded.reference, recorded.exhibit_id)

    def _store(self, source: Path, name: str, on_bytes: object, cancel: CancelToken) -> tuple[int, str]:
        try:
            if source.is_symlink():
                raise ItemProblem(f"{name} is a shortcut (symbolic link): import the file it points to instead.")
            if not source.exists():
                raise ItemProblem(f"{name} is no longer there: it was moved or deleted before it could be read.")
            if not source.is_file():
                raise ItemProblem(f"{name} is not a file (it is a device or other special item).")
            size = source.stat().st_size
            if size == 0:
                raise ItemProblem(f"{name} is empty (0 bytes): there is nothing to import.")
            with source.open("rb") as handle:
                result = self._vault.put(handle, on_bytes=on_bytes, cancel=cancel)  # type: ignore[arg-type]
        except FileNotFoundError:
            raise ItemProblem(f"{name} disappeared while it was being read: nothing was kept.") from None
        except PermissionError:
            raise ItemProblem(f"{name} cannot be read: this account does not have permission to open it.") from None
        except IsADirectoryError:
            raise ItemProblem(f"{name} is a folder, not a file.") from None
        except OSError as exc:
            if isinstance(exc, VaultError):
                raise
            raise ItemProblem(f"{name} cannot be read: {exc.strerror or exc}.") from None
        if result.size != size:
            log.warning("source changed size while being read; the bytes read are what was stored")
        return result.size, result.digest

    def _close(self, item_id: int, state: str, message: str) -> ItemOutcome:
        def written(item: JournalItem) -> str:
            name = display_name(text_to_path(item.source_path))
            return message if message.startswith(name) else f"{name}: {message}"

        text = self._journal.close(item_id, state, written, self._vault.remove)
        return ItemOutcome(display_path(text_to_path(self._journal.item(item_id).source_path)), state, text)


def _size_or_zero(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0
