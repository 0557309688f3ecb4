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

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from casebridge.domain.exhibit import initials
from casebridge.domain.text import printable
from casebridge.errors import CasebridgeError, ValidationError
from casebridge.evidence.describe import summarise
from casebridge.evidence.probe import probe
from casebridge.evidence.sniff import Kind, sniff
from casebridge.jobs import Cancelled, CancelToken, Progress, ProgressUpdate, no_progress
from casebridge.store import audit
from casebridge.store.db import case_by_urn, transaction
from casebridge.store.exhibits import ExhibitStore
from casebridge.store.models import CaseRow, ExhibitRow, ImportItemRow, PersonRow
from casebridge.vault.store import Vault, VaultError

log = logging.getLogger(__name__)

PENDING, DONE, DUPLICATE, FAILED, SKIPPED = "pending", "done", "duplicate", "failed", "skipped"


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
    def __init__(self, factory: sessionmaker[Session], vault: Vault, exhibits: ExhibitStore, actor: str) -> None:
        self._factory = factory
        self._vault = vault
        self._exhibits = exhibits
        self.actor = actor

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

    def pending(self, urn: str | None = None) -> list[ImportItemRow]:
        with self._factory() as session:
            query = select(ImportItemRow).where(ImportItemRow.state == PENDING)
            if urn:
                query = query.join(CaseRow).where(CaseRow.urn == urn.upper())
            return list(session.scalars(query.order_by(ImportItemRow.id)))

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
        items = self.expand(paths)
        batch = uuid.uuid4().hex
        with transaction(self._factory) as session:
            case = self._case(session, urn)
            producer_id = self._producer(session, case, producer)
            now = audit.utc_now()
            for path, group in items:
                session.add(
                    ImportItemRow(
                        batch=batch,
                        case_id=case.id,
                        source_path=path_to_text(path),
                        producer_id=producer_id,
                        group_key=path_to_text(Path(group)),
                        state=PENDING,
                        message="",
                        created_at=now,
                    )
                )
        return self._run(batch=batch, progress=progress, cancel=cancel)

    def resume(self, *, progress: Progress = no_progress, cancel: CancelToken | None = None) -> ImportReport:
        """Finishes every import interrupted by a crash, kill or power cut."""
        self._vault.sweep_temporary()
        return self._run(batch=None, progress=progress, cancel=cancel)

    def discard_pending(self) -> int:
        """Gives up interrupted imports: their journal rows close and any blob only they held is removed."""
        count = 0
        with transaction(self._factory) as session:
            for row in session.scalars(select(ImportItemRow).where(ImportItemRow.state == PENDING)):
                row.state, row.message = SKIPPED, "Interrupted import discarded."
                if row.sha256 and not self._exhibits.digest_in_use(session, row.sha256):
                    self._vault.remove(row.sha256)
                count += 1
        self._vault.sweep_temporary()
        return count

    def _run(self, *, batch: str | None, progress: Progress, cancel: CancelToken | None) -> ImportReport:
        cancel = cancel or CancelToken()
        with self._factory() as session:
            query = select(ImportItemRow.id, ImportItemRow.source_path).where(ImportItemRow.state == PENDING)
            if batch is not None:
                query = query.where(ImportItemRow.batch == batch)
            todo = list(session.execute(query.order_by(ImportItemRow.id)))
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
        with self._factory() as session:
            item = session.get(ImportItemRow, item_id)
            assert item is not None
            source, digest = text_to_path(item.source_path), item.sha256
        name = display_name(source)
        if digest is None or not self._vault.exists(digest):
            _size, digest = self._store(source, name, on_bytes, cancel)
            with transaction(self._factory) as session:
                journal = session.get(ImportItemRow, item_id)
                assert journal is not None
                journal.sha256 = digest
        blob = self._vault.path(digest)
        file_type = sniff(blob)
        size = blob.stat().st_size
        with transaction(self._factory) as session:
            item = session.get(ImportItemRow, item_id)
            assert item is not None
            case = session.get(CaseRow, item.case_id)
            assert case is not None
            existing = session.scalars(
                select(ExhibitRow).where(ExhibitRow.case_id == case.id, ExhibitRow.sha256 == digest)
            ).first()
            if existing is not None:
                item.state, item.exhibit_id = DUPLICATE, existing.id
                item.message = (
                    f"{name} is identical to exhibit {existing.reference} already in this case: not added again."
                )
                return ItemOutcome(display_path(source), DUPLICATE, item.message, existing.reference, existing.id)
        facts = probe(blob, file_type)
        summary = summarise(file_type, facts.facts, size, facts.problem)
        if not file_type.matches_extension(name) and file_type.kind is not Kind.OTHER:
            facts.facts["extension_mismatch"] = True
            summary += f" (named .{Path(name).suffix.lstrip('.').lower() or 'none'} but is really {file_type.label})"
        with transaction(self._factory) as session:
            item = session.get(ImportItemRow, item_id)
            assert item is not None
            case = session.get(CaseRow, item.case_id)
            assert case is not None
            producer = session.get(PersonRow, item.producer_id) if item.producer_id else None
            prefix = initials(producer.forenames, producer.surname) if producer else "X"
            parent_id = None
            if file_type.kind is Kind.EXECUTABLE:
                parent = self._group_parent(session, item)
                if parent is not None:
                    parent_id, prefix = parent.id, parent.reference
            reference = self._exhibits.next_reference(session, case.id, prefix)
            row = self._exhibits.create(
                session,
                case=case,
                reference=reference,
                parent_id=parent_id,
                producer_id=item.producer_id,
                sha256=digest,
                size=size,
                original_name=name,
                kind=file_type.kind.value,
                media_type=file_type.media_type,
                summary=summary,
                facts=facts.facts,
                problem=facts.problem,
                previewable=facts.previewable and file_type.kind not in (Kind.EXECUTABLE, Kind.OTHER),
                text=facts.text,
                source=name,
            )
            item.state, item.exhibit_id = DONE, row.id
            duplicate_elsewhere = self._vault_shared(session, digest, case.id)
            item.message = f"{name} imported as {reference}" + (
                f"; identical content is already held for {duplicate_elsewhere}, stored once"
                if duplicate_elsewhere
                else ""
            )
            if facts.problem:
                item.message += f"; note: {name} {facts.problem}"
            if facts.facts.get("active_content"):
                from casebridge.redaction.active import in_words

                item.message += (
                    f"; note: {name} contains {in_words(facts.facts['active_content'])}: Casebridge never runs it "
                    "and leaves it out of every copy it makes"
                )
            return ItemOutcome(display_path(source), DONE, item.message, reference, row.id)

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

    def _group_parent(self, session: Session, item: ImportItemRow) -> ExhibitRow | None:
        sibling = session.scalars(
            select(ExhibitRow)
            .join(ImportItemRow, ImportItemRow.exhibit_id == ExhibitRow.id)
            .where(
                ImportItemRow.batch == item.batch,
                ImportItemRow.group_key == item.group_key,
                ExhibitRow.kind != Kind.EXECUTABLE.value,
                ExhibitRow.parent_id.is_(None),
            )
            .order_by(ExhibitRow.id)
        ).first()
        return sibling

    @staticmethod
    def _vault_shared(session: Session, digest: str, case_id: int) -> str:
        other = session.execute(
            select(CaseRow.urn, ExhibitRow.reference)
            .join(CaseRow)
            .where(ExhibitRow.sha256 == digest, ExhibitRow.case_id != case_id)
        ).first()
        return f"{other[0]} {other[1]}" if other else ""

    def _close(self, item_id: int, state: str, message: str) -> ItemOutcome:
        with transaction(self._factory) as session:
            item = session.get(ImportItemRow, item_id)
            assert item is not None
            name = display_name(text_to_path(item.source_path))
            if not message.startswith(name):
                message = f"{name}: {message}"
            item.state, item.message = state, message
            if item.sha256 and not self._exhibits.digest_in_use(session, item.sha256):
                self._vault.remove(item.sha256)
                item.sha256 = None
            return ItemOutcome(display_path(text_to_path(item.source_path)), state, message)

    @staticmethod
    def _case(session: Session, urn: str) -> CaseRow:
        row: CaseRow = case_by_urn(session, urn)
        return row

    @staticmethod
    def _producer(session: Session, case: CaseRow, producer: str | int | None) -> int | None:
        people = session.scalars(select(PersonRow).where(PersonRow.case_id == case.id)).all()
        if producer is None or producer == "":
            officers = [p for p in people if p.role == "officer"]
            if officers:
                return officers[0].id
            raise ValidationError("producer", f"Name the producer: case {case.urn} has no officer to default to.")
        if isinstance(producer, int):
            match = [p for p in people if p.id == producer]
        else:
            wanted = " ".join(producer.lower().split())
            match = [
                p
                for p in people
                if wanted
                in (
                    p.surname.lower(),
                    f"{p.forenames} {p.surname}".lower().strip(),
                    f"{p.surname} {p.forenames}".lower().strip(),
                )
            ]
        if len(match) != 1:
            names = ", ".join(f"{p.forenames} {p.surname}".strip() for p in people) or "nobody yet"
            problem = "matches more than one person" if match else "is not a person on this case"
            raise ValidationError("producer", f"Producer '{producer}' {problem} (people on {case.urn}: {names}).")
        return match[0].id


def _size_or_zero(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0
