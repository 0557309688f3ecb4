"""The evidence vault: every blob stored once under its SHA-256, read-only, never modified.

`put` streams from any binary source in fixed-size chunks (constant memory for a 20 GB file), hashing
while it writes a temporary file; a second thread does the writing and early flushing so reading,
hashing and writing overlap. The temporary file is fsynced, renamed to its digest, made read-only, and
its folder fsynced. A crash leaves at most a temporary file, which `sweep_temporary` removes.
"""

from __future__ import annotations

import contextlib
import hashlib
import mmap
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
CHUNK = 8 * 1024 * 1024
ALIGN = 4096
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


class _Pipeline:
    """Reads into page-aligned buffers and hashes on the calling thread; a second thread writes.

    On Linux the temporary file is opened with O_DIRECT where the file system allows it: buffered writes
    through the page cache measured 0.3 GB/s on these machines against 1.45 GB/s direct, and the copy
    must keep pace with hashing (~1.5 GB/s). Elsewhere, ordinary writes with early flushing.
    """

    def __init__(self, temp: Path) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        self.direct = False
        if hasattr(os, "O_DIRECT"):
            try:
                self.fd = os.open(temp, flags | os.O_DIRECT, 0o600)
                self.direct = True
            except OSError:  # tmpfs, some network file systems: no direct I/O
                self.fd = os.open(temp, flags, 0o600)
        else:
            self.fd = os.open(temp, flags, 0o600)
        self.free: queue.Queue[mmap.mmap] = queue.Queue()
        for _ in range(3):
            self.free.put(mmap.mmap(-1, CHUNK))
        self.full: queue.Queue[tuple[mmap.mmap, int] | None] = queue.Queue()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._write_all, daemon=True, name="vault-writer")
        self.thread.start()

    def _write_all(self) -> None:
        unflushed = 0
        while (item := self.full.get()) is not None:
            buffer, length = item
            try:
                if self.error is None:
                    padded = -(-length // ALIGN) * ALIGN if self.direct else length
                    view = memoryview(buffer)[:padded]
                    while view:
                        written = os.write(self.fd, view)
                        view = view[written:]
                    unflushed += length
                    if not self.direct and unflushed >= FLUSH_EVERY:
                        _sync_data(self.fd)
                        unflushed = 0
            except BaseException as exc:  # reported to the caller of put()
                self.error = exc
            finally:
                self.free.put(buffer)

    def finish(self, total: int) -> None:
        self.full.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error
        if self.direct:
            os.ftruncate(self.fd, total)  # drop the padding of the last block
        os.fsync(self.fd)

    def abandon(self) -> None:
        self.full.put(None)
        self.thread.join()

    def close(self) -> None:
        os.close(self.fd)


def _fill(source: BinaryIO, buffer: mmap.mmap) -> int:
    """Fills the buffer unless the stream ends first (direct writes need whole blocks at aligned offsets)."""
    view = memoryview(buffer)
    filled = 0
    readinto = getattr(source, "readinto", None)
    while filled < len(buffer):
        if readinto is not None:
            got = readinto(view[filled:])
        else:
            data = source.read(len(buffer) - filled)
            got = len(data)
            view[filled : filled + got] = data
        if not got:
            break
        filled += got
    return filled


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
        """Stores the stream's content; returns its digest. Reads each byte exactly once, in constant memory."""
        self.ensure()
        temp = self.temporary / f"{_HOST}-{os.getpid()}-{uuid.uuid4().hex}.part"
        digest = hashlib.sha256()
        size = 0
        try:
            pipeline = _Pipeline(temp)
            try:
                while True:
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    buffer = pipeline.free.get()
                    length = _fill(source, buffer)
                    if not length:
                        pipeline.free.put(buffer)
                        break
                    digest.update(memoryview(buffer)[:length])
                    size += length
                    pipeline.full.put((buffer, length))
                    if pipeline.error is not None:
                        break
                    if on_bytes is not None:
                        on_bytes(size)
                    if length < CHUNK:
                        break
                pipeline.finish(size)
            except BaseException:
                pipeline.abandon()
                raise
            finally:
                pipeline.close()
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

    def adopt(self, part: Path, digest: str) -> bool:
        """Takes in a file whose SHA-256 the caller has just computed (the hub's finished upload, on the same file
        system): fsynced, made read-only, renamed to its digest, its folder fsynced — the rules `put` follows. If
        the blob is already stored, the part is removed and False returned (one copy is kept)."""
        target = self.path(digest)
        if target.exists():
            part.unlink(missing_ok=True)
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(part, "r+b") as handle:  # writable: Windows flushes only a handle opened for writing
            _sync_data(handle.fileno())
        os.chmod(part, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        os.replace(part, target)
        _fsync_dir(target.parent)
        return True

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
