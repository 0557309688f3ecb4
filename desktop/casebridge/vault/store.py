"""The evidence vault: every blob stored once under its SHA-256, read-only, never modified.

`put` streams from any binary source in fixed-size chunks (constant memory for a 20 GB file), hashing
while it writes a temporary file; a second thread does the writing and early flushing so reading,
hashing and writing overlap. The temporary file is fsynced, renamed to its digest, made read-only, and
its folder fsynced. A crash leaves at most a temporary file, which `sweep_temporary` removes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import socket
import stat
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from casebridge.errors import CasebridgeError
from casebridge.jobs import CancelToken

_HOST = socket.gethostname().replace("-", "_")
CHUNK = 4 * 1024 * 1024
FLUSH_EVERY = 256 * 1024 * 1024  # start writeback early so the final fsync is short
DIGEST_LEN = 64


class VaultError(CasebridgeError):
    """The vault folder cannot be used (missing, read-only, full) or a blob is not there."""


@dataclass(frozen=True)
class PutResult:
    digest: str
    size: int
    existed: bool  # identical content was already in the vault: nothing new was written


@dataclass(frozen=True)
class VaultProblem:
    digest: str
    message: str


def _is_digest(name: str) -> bool:
    return len(name) == DIGEST_LEN and all(c in "0123456789abcdef" for c in name)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists but not ours, or we cannot tell: leave it alone
    return True


def _sync_data(fd: int) -> None:
    sync = getattr(os, "fdatasync", os.fsync)  # fdatasync skips metadata; Windows has only fsync
    sync(fd)


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows; NTFS journals the rename
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class _Writer(threading.Thread):
    """Writes chunks handed over by the hashing thread; flushes to disk every FLUSH_EVERY bytes."""

    def __init__(self, handle: BinaryIO) -> None:
        super().__init__(daemon=True, name="vault-writer")
        self.handle = handle
        self.chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self.error: BaseException | None = None

    def run(self) -> None:
        unflushed = 0
        try:
            while (chunk := self.chunks.get()) is not None:
                if self.error is None:
                    self.handle.write(chunk)
                    unflushed += len(chunk)
                    if unflushed >= FLUSH_EVERY:
                        self.handle.flush()
                        _sync_data(self.handle.fileno())
                        unflushed = 0
        except BaseException as exc:  # reported to the caller of put()
            self.error = exc
            while self.chunks.get() is not None:  # drain so the producer never blocks
                pass


class Vault:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.objects = root / "objects"
        self.temporary = root / "tmp"

    def ensure(self) -> None:
        try:
            self.objects.mkdir(parents=True, exist_ok=True)
            self.temporary.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise VaultError(f"The evidence vault folder {self.root} cannot be created: {exc.strerror}.") from None

    def path(self, digest: str) -> Path:
        if not _is_digest(digest):
            raise VaultError(f"'{digest}' is not a SHA-256 digest.")
        return self.objects / digest[:2] / digest[2:4] / digest

    def exists(self, digest: str) -> bool:
        return self.path(digest).is_file()

    def size(self, digest: str) -> int:
        return self.path(digest).stat().st_size

    @contextlib.contextmanager
    def open(self, digest: str) -> Iterator[BinaryIO]:
        path = self.path(digest)
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            raise VaultError(f"Blob {digest[:12]}… is missing from the vault at {self.root}.") from None
        with handle:
            yield handle

    def put(
        self,
        source: BinaryIO,
        *,
        on_bytes: Callable[[int], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> PutResult:
        """Stores the stream's content; returns its digest. Reads each byte exactly once."""
        self.ensure()
        temp = self.temporary / f"{_HOST}-{os.getpid()}-{uuid.uuid4().hex}.part"
        digest = hashlib.sha256()
        size = 0
        try:
            with temp.open("xb") as handle:
                writer = _Writer(handle)
                writer.start()
                try:
                    while True:
                        if cancel is not None and cancel.cancelled:
                            cancel.raise_if_cancelled()
                        chunk = source.read(CHUNK)
                        if not chunk:
                            break
                        digest.update(chunk)
                        size += len(chunk)
                        writer.chunks.put(chunk)
                        if writer.error is not None:
                            break
                        if on_bytes is not None:
                            on_bytes(size)
                finally:
                    writer.chunks.put(None)
                    writer.join()
                if writer.error is not None:
                    raise writer.error
                handle.flush()
                os.fsync(handle.fileno())
            hexdigest = digest.hexdigest()
            target = self.path(hexdigest)
            if target.exists():
                temp.unlink()
                return PutResult(hexdigest, size, existed=True)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(temp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
            os.replace(temp, target)
            _fsync_dir(target.parent)
            return PutResult(hexdigest, size, existed=False)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise VaultError(f"Could not write to the evidence vault at {self.root}: {exc.strerror or exc}.") from None
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def put_bytes(self, data: bytes) -> PutResult:
        import io

        return self.put(io.BytesIO(data))

    def digests(self) -> Iterator[str]:
        if not self.objects.is_dir():
            return
        for path in sorted(self.objects.glob("*/*/*")):
            if _is_digest(path.name):
                yield path.name

    def verify(
        self,
        digests: list[str] | None = None,
        *,
        on_item: Callable[[int, int], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> list[VaultProblem]:
        """Re-hashes the named blobs (or all) and reports every one that is missing or altered."""
        wanted = list(digests) if digests is not None else list(self.digests())
        problems: list[VaultProblem] = []
        for index, expected in enumerate(wanted, start=1):
            if cancel is not None:
                cancel.raise_if_cancelled()
            path = self.path(expected)
            try:
                digest = hashlib.sha256()
                with path.open("rb") as handle:
                    while chunk := handle.read(CHUNK):
                        digest.update(chunk)
            except FileNotFoundError:
                problems.append(VaultProblem(expected, "missing from the vault"))
            except OSError as exc:
                problems.append(VaultProblem(expected, f"cannot be read: {exc.strerror}"))
            else:
                if digest.hexdigest() != expected:
                    problems.append(VaultProblem(expected, f"altered: its content now hashes to {digest.hexdigest()}"))
                elif path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
                    problems.append(VaultProblem(expected, "is writable: it should be read-only"))
            if on_item is not None:
                on_item(index, len(wanted))
        return problems

    def sweep_temporary(self, older_than: float = 24 * 3600) -> int:
        """Removes temporary files left by an interrupted put: this computer's dead processes at once,
        anyone else's (a shared vault) only when a day old, so a colleague's running import is never touched."""
        removed = 0
        if not self.temporary.is_dir():
            return 0
        now = time.time()
        for leftover in self.temporary.glob("*.part"):
            host, _, rest = leftover.name.rpartition("-")[0].rpartition("-")
            pid = int(rest) if rest.isdigit() else -1
            mine_and_dead = host == _HOST and pid > 0 and not _alive(pid)
            try:
                stale = now - leftover.stat().st_mtime > older_than
            except FileNotFoundError:
                continue
            if mine_and_dead or stale:
                leftover.unlink(missing_ok=True)
                removed += 1
        return removed

    def remove(self, digest: str) -> None:
        """Only for blobs no record refers to (an import that never completed)."""
        path = self.path(digest)
        if path.exists():
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
            path.unlink()
