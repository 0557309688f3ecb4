"""TLS for talking to the hub: the operating system's trust store (truststore) or a configured CA bundle, and
optional pinning of the hub's certificate by its SHA-256 — checked on every connection the client opens."""

from __future__ import annotations

import hashlib
import ssl
from pathlib import Path
from typing import Any

from casebridge.errors import CasebridgeError


class TLSProblem(CasebridgeError):
    """The hub's certificate cannot be trusted (wrong pin, unknown authority, unreadable CA bundle)."""


def client_context(ca_bundle: str = "") -> ssl.SSLContext:
    if ca_bundle:
        path = Path(ca_bundle).expanduser()
        try:
            return ssl.create_default_context(cafile=str(path))
        except (OSError, ssl.SSLError) as exc:
            raise TLSProblem(f"The trusted-certificates file {path} cannot be read: {exc}.") from None
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def certificate_sha256(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def check_pin(response: Any, pin: str) -> None:
    """httpx response hook: refuses a connection whose certificate is not the pinned one."""
    stream = response.extensions.get("network_stream")
    ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
    der = ssl_object.getpeercert(True) if ssl_object is not None else None
    if der is None:
        raise TLSProblem("The hub's certificate could not be read to check its pin.")
    actual = certificate_sha256(der)
    if actual != pin.lower().replace(":", ""):
        raise TLSProblem(
            f"The hub presented a certificate with SHA-256 {actual}, not the pinned one: refusing to send."
        )
