from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring

from casebridge.credentials import resolve_database_url, store_database_password
from casebridge.errors import SettingsError, StoreError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_password_round_trip_through_the_credential_store(memory_keyring: MemoryKeyring) -> None:
    url = "postgresql+psycopg://unit@db.force.example:5433/cases"
    account = store_database_password(url, "s3cret")
    assert account == "unit@db.force.example:5433/cases"
    assert resolve_database_url(url) == "postgresql+psycopg://unit:s3cret@db.force.example:5433/cases"


def test_no_stored_password_leaves_address_alone(memory_keyring: MemoryKeyring) -> None:
    assert resolve_database_url("postgresql://unit@h/db") == "postgresql://unit@h/db"
    assert resolve_database_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"


def test_password_in_settings_is_refused(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(SettingsError, match="contains a password"):
        resolve_database_url("postgresql://unit:pw@h/db")


def test_fails_closed_without_a_secure_store() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        with pytest.raises(StoreError, match="No secure credential store"):
            store_database_password("postgresql://unit@h/db", "pw")
        assert resolve_database_url("postgresql://unit@h/db") == "postgresql://unit@h/db"
    finally:
        keyring.set_keyring(previous)
