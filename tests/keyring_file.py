"""A keyring backend for tests only: secrets in a JSON file named by $CASEBRIDGE_TEST_KEYRING, so a client
process the tests start (and kill) shares sign-ins with the test. Selected with
PYTHON_KEYRING_BACKEND=tests.keyring_file.FileKeyring; never used by the app itself."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    # Below keyring's 'fail' backend (0): never picked by keyring's automatic choice, only when named.
    priority = -1

    def __init__(self) -> None:
        super().__init__()

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["CASEBRIDGE_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text("utf-8")) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        partial = self._path().with_suffix(".part")
        partial.write_text(json.dumps(data), "utf-8")
        partial.replace(self._path())

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(data), "utf-8")
