from __future__ import annotations

import hashlib
import io
import os
import stat
from pathlib import Path

import pytest

from casebridge.jobs import Cancelled, CancelToken
from casebridge.vault.store import Vault, VaultError


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "vault")


def test_put_stores_under_sha256_read_only(vault: Vault) -> None:
    data = os.urandom(10 * 1024 * 1024 + 17)  # spans several chunks
    result = vault.put(io.BytesIO(data))
    assert result.digest == hashlib.sha256(data).hexdigest()
    assert result.size == len(data)
    assert not result.existed
    path = vault.path(result.digest)
    assert path.read_bytes() == data
    assert not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert list(vault.temporary.iterdir()) == []


def test_identical_content_is_stored_once(vault: Vault) -> None:
    first = vault.put_bytes(b"same bytes")
    second = vault.put_bytes(b"same bytes")
    assert second.existed
    assert first.digest == second.digest
    assert list(vault.digests()) == [first.digest]


def test_verify_finds_flipped_byte_and_missing_blob(vault: Vault) -> None:
    good = vault.put_bytes(b"good evidence").digest
    bad = vault.put_bytes(b"evidence to be damaged").digest
    path = vault.path(bad)
    os.chmod(path, 0o644)
    raw = bytearray(path.read_bytes())
    raw[3] ^= 0x01
    path.write_bytes(bytes(raw))
    os.chmod(path, 0o444)
    gone = hashlib.sha256(b"never stored").hexdigest()
    problems = {p.digest: p.message for p in vault.verify([good, bad, gone])}
    assert set(problems) == {bad, gone}
    assert problems[bad].startswith("altered")
    assert problems[gone] == "missing from the vault"


def test_cancel_leaves_nothing_behind(vault: Vault) -> None:
    token = CancelToken()

    def on_bytes(done: int) -> None:
        if done > 4 * 1024 * 1024:
            token.cancel()

    with pytest.raises(Cancelled):
        vault.put(io.BytesIO(os.urandom(20 * 1024 * 1024)), on_bytes=on_bytes, cancel=token)
    assert list(vault.digests()) == []
    assert list(vault.temporary.iterdir()) == []


def test_failing_source_leaves_nothing_behind(vault: Vault) -> None:
    class Broken(io.RawIOBase):
        def __init__(self) -> None:
            self.calls = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
            self.calls += 1
            if self.calls > 2:
                raise OSError(5, "Input/output error")
            buffer[:1024] = b"x" * 1024
            return 1024

    with pytest.raises(VaultError, match="Input/output error"):
        vault.put(Broken())  # type: ignore[arg-type]
    assert list(vault.temporary.iterdir()) == []


def test_sweep_removes_dead_process_leftovers_only(vault: Vault) -> None:
    import socket
    import subprocess
    import sys

    vault.ensure()
    host = socket.gethostname().replace("-", "_")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    (vault.temporary / f"{host}-{dead_pid}-abc.part").write_bytes(b"half")
    (vault.temporary / f"{host}-{os.getpid()}-def.part").write_bytes(b"mine, running")
    (vault.temporary / "otherpc-123-ghi.part").write_bytes(b"a colleague's, running")
    assert vault.sweep_temporary() == 1
    assert sorted(p.name.split("-")[-1] for p in vault.temporary.iterdir()) == ["def.part", "ghi.part"]
    assert vault.sweep_temporary(older_than=-1) == 2


def test_bad_digest_is_refused(vault: Vault) -> None:
    with pytest.raises(VaultError, match="not a SHA-256"):
        vault.path("../../etc/passwd")
