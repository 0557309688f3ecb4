"""SHA-256 of a file, read in blocks (models checked before use, downloaded parts checked against receipts)."""

from __future__ import annotations

import hashlib
import os


def file_sha256(path: str | os.PathLike[str], block: int = 4 * 1024 * 1024) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(block):
            digest.update(chunk)
    return digest.hexdigest()
