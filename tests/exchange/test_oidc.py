"""Production sign-in: the hub accepts JWTs from the force's OpenID Connect issuer after checking them against the
issuer's JWKS (served here over HTTP by a small in-test server standing in for the identity provider)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from casebridge.exchange import protocol
from tests.fixtures.hub import HubProcess

ISSUER = "https://login.force.example/realms/casebridge"


@pytest.fixture
def identity_provider() -> Iterator[tuple[str, rsa.RSAPrivateKey]]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    jwks = json.dumps({"keys": [{**jwk, "kid": "force-key-1", "use": "sig", "alg": "RS256"}]}).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(jwks)))
            self.end_headers()
            self.wfile.write(jwks)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/certs", key
    server.shutdown()


def _token(key: rsa.RSAPrivateKey, **claims: object) -> str:
    now = int(time.time())
    body = {"iss": ISSUER, "sub": "paralegal.jones", "aud": "casebridge-hub", "iat": now, "exp": now + 300, **claims}
    return jwt.encode(body, key, algorithm="RS256", headers={"kid": "force-key-1"})


def test_tokens_from_the_forces_identity_provider_are_checked_against_its_jwks(
    tmp_path: Path, identity_provider: tuple[str, rsa.RSAPrivateKey]
) -> None:
    jwks_url, key = identity_provider
    server = HubProcess(
        tmp_path / "hub",
        extra={"oidc_issuer": ISSUER, "oidc_jwks_url": jwks_url, "oidc_audience": "casebridge-hub"},
    )
    server.start()
    try:

        def whoami(token: str) -> httpx.Response:
            return httpx.get(
                f"{server.url}{protocol.API}/whoami", headers={"Authorization": f"Bearer {token}"}, verify=server.tls()
            )

        answer = whoami(_token(key, casebridge_role="cps"))
        assert answer.status_code == 200
        assert answer.json() == {"username": "paralegal.jones", "role": "cps", "force_code": None}
        police = whoami(_token(key, casebridge_role="police", casebridge_force="62"))
        assert police.json()["force_code"] == "62"
        assert whoami(_token(key, casebridge_role="cps", aud="another-service")).status_code == 401
        assert whoami(_token(key, casebridge_role="cps", exp=int(time.time()) - 10)).status_code == 401
        assert whoami(_token(key)).status_code == 403  # signed in, but no Casebridge role
        stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        assert whoami(_token(stranger, casebridge_role="admin")).status_code == 401
    finally:
        server.stop()
