"""Typed errors with messages a user can act on.

Every error raised for bad input or a broken environment is a `CasebridgeError`: the CLI prints its
message on one line and exits non-zero; the UI shows it next to the thing it concerns.
"""

from __future__ import annotations


class CasebridgeError(Exception):
    """Base class: `str(error)` is a complete sentence for the user."""


class ValidationError(CasebridgeError):
    """A value the user typed does not pass the rules for its field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NotFoundError(CasebridgeError):
    """The case, person or offence asked for does not exist."""


class DuplicateError(CasebridgeError):
    """Something with the same unique key already exists."""


class StoreError(CasebridgeError):
    """The workspace database cannot be opened, migrated or written."""


class SettingsError(CasebridgeError):
    """A settings value is unusable."""


class ReferenceDataError(CasebridgeError):
    """The shipped or configured reference data is missing or corrupt."""


class DependencyMissingError(CasebridgeError):
    """An optional component (PyAV, PyMuPDF, libvlc, ...) is not installed."""
