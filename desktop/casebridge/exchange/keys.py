"""The workstation's Ed25519 signing key: made on first use, kept in the user's configuration folder readable by
the user alone; its identity is the first 16 hex digits of the SHA-256 of the public key."""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from casebridge.errors import CasebridgeError

KEY_FILE = "workstation-signing-key.pem"


class SignatureError(CasebridgeError):
    """A signature is missing, malformed or does not match what it signs."""


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


@dataclass(frozen=True)
class WorkstationKey:
    private: Ed25519PrivateKey

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()

    @property
    def id(self) -> str:
        return key_id(self.public)

    def sign(self, data: bytes) -> dict[str, str]:
        raw = self.public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return {
            "algorithm": "Ed25519",
            "key_id": self.id,
            "public_key": base64.b64encode(raw).decode("ascii"),
            "signature": base64.b64encode(self.private.sign(data)).decode("ascii"),
        }

    @classmethod
    def load_or_create(cls, folder: Path, name: str = KEY_FILE) -> WorkstationKey:
        path = folder / name
        if not path.is_file():
            folder.mkdir(parents=True, exist_ok=True)
            private = Ed25519PrivateKey.generate()
            pem = private.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
            partial = folder / f".{name}.{os.getpid()}"
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(pem)
            try:
                os.link(partial, path)  # atomic: two processes starting together end with one key
            except FileExistsError:
                pass
            finally:
                partial.unlink()
        try:
            loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except ValueError as exc:
            raise SignatureError(f"The signing key {path} is damaged: {exc}.") from None
        if not isinstance(loaded, Ed25519PrivateKey):
            raise SignatureError(f"{path} is not an Ed25519 key.")
        return cls(loaded)


def verify(data: bytes, signature: dict[str, str], trusted: set[str] | None = None) -> str:
    """Checks a signature made by `WorkstationKey.sign`; returns the signer's key id. With `trusted`, the key
    must also be one of those."""
    try:
        if signature.get("algorithm") != "Ed25519":
            raise SignatureError(f"Unsupported signature algorithm '{signature.get('algorithm')}'.")
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(signature["public_key"], validate=True))
        public.verify(base64.b64decode(signature["signature"], validate=True), data)
    except (KeyError, ValueError, TypeError) as exc:
        raise SignatureError(f"The signature is malformed: {exc}.") from None
    except InvalidSignature:
        raise SignatureError("The signature does not match: what it signs was altered after it was signed.") from None
    identity = key_id(public)
    if identity != signature.get("key_id"):
        raise SignatureError("The signature names a different key from the one that made it.")
    if trusted is not None and identity not in trusted:
        raise SignatureError(f"The package was signed by an unknown workstation ({identity}).")
    return identity


def own_key_id(folder: Path, name: str = KEY_FILE) -> str | None:
    """This workstation's key id, or None if it has not signed anything yet (no key is made by asking)."""
    if not (folder / name).is_file():
        return None
    return WorkstationKey.load_or_create(folder, name).id
