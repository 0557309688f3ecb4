"""Content-addressed, write-once evidence store keyed by SHA-256."""

from casebridge.vault.store import PutResult, Vault, VaultProblem

__all__ = ["PutResult", "Vault", "VaultProblem"]
