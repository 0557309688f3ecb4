"""Secrets live in the operating system's credential store (Windows Credential Manager), never in files.

If no secure store is available we fail closed with a message saying so: a password is never written to
the settings file or the database instead.
"""

from __future__ import annotations

import contextlib

from sqlalchemy.engine import URL, make_url

from casebridge.errors import SettingsError, StoreError

DATABASE_SERVICE = "Casebridge database"


def database_account(url: URL) -> str:
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def resolve_database_url(database_url: str) -> str:
    """Adds the stored password to a PostgreSQL address; refuses an address that carries one itself."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" or not url.username:
        return database_url
    if url.password:
        raise SettingsError(
            "The database address in settings contains a password. Remove it from the address and store it "
            "with 'casebridge database set-password' (it goes to the system credential store)."
        )
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        secret = keyring.get_password(DATABASE_SERVICE, database_account(url))
    except NoKeyringError:
        secret = None  # nothing can have been stored; trust/certificate authentication may still work
    except KeyringError as exc:
        raise StoreError(
            f"The system credential store cannot be read ({exc}); the database password is needed."
        ) from None
    if secret is None:
        return database_url  # trust or certificate authentication needs no password
    return url.set(password=secret).render_as_string(hide_password=False)


def store_database_password(database_url: str, password: str) -> str:
    """Saves the password for this address in the credential store. Returns the account name used."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" or not url.username:
        raise SettingsError(
            "Only a shared database address with a user name (postgresql://user@host/db) has a password."
        )
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    account = database_account(url)
    try:
        keyring.set_password(DATABASE_SERVICE, account, password)
    except NoKeyringError:
        raise StoreError(
            "No secure credential store is available on this computer, so the password was not saved. "
            "Casebridge does not keep passwords anywhere else."
        ) from None
    except KeyringError as exc:
        raise StoreError(f"The system credential store refused the password ({exc}).") from None
    return account


HUB_SERVICE = "Casebridge hub"


def hub_account(hub_url: str, username: str) -> str:
    return f"{username}@{hub_url.rstrip('/')}"


def store_hub_token(hub_url: str, username: str, refresh_token: str) -> None:
    """Keeps the hub's refresh token in the credential store; fails closed (nothing written anywhere else)."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(HUB_SERVICE, hub_account(hub_url, username), refresh_token)
    except NoKeyringError:
        raise StoreError(
            "No secure credential store is available on this computer, so you cannot stay signed in to the hub. "
            "Casebridge does not keep hub sign-ins anywhere else."
        ) from None
    except KeyringError as exc:
        raise StoreError(f"The system credential store refused the hub sign-in ({exc}).") from None


def read_hub_token(hub_url: str, username: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        return keyring.get_password(HUB_SERVICE, hub_account(hub_url, username))
    except NoKeyringError:
        return None
    except KeyringError as exc:
        raise StoreError(f"The system credential store cannot be read ({exc}); sign in to the hub again.") from None


def forget_hub_token(hub_url: str, username: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(HUB_SERVICE, hub_account(hub_url, username))
