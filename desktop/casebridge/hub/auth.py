"""Who may do what. Bearer tokens: the hub's own issuer (argon2-hashed users, for pilots and tests) signs short
JWTs with its Ed25519 key and hands out refresh tokens (stored only as their SHA-256); in production, JWTs from
an external OpenID Connect issuer are accepted after checking them against its JWKS.

Roles: `police` (a submitter, scoped to its force code: the first two characters of every URN it touches),
`cps` (a reviewer, every case), `admin`.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, insert, select, update

from casebridge.clock import SYSTEM_CLOCK
from casebridge.errors import CasebridgeError
from casebridge.exchange.keys import WorkstationKey
from casebridge.hub import db
from casebridge.hub.config import HubConfig

ROLES = ("police", "cps", "admin")
_hasher = PasswordHasher()


class AuthError(CasebridgeError):
    """Refused credentials or token (401)."""


class Forbidden(CasebridgeError):
    """Known user, not allowed this (403)."""


@dataclass(frozen=True)
class Principal:
    username: str
    role: str
    force_code: str | None

    def require(self, *roles: str) -> None:
        if self.role not in roles:
            raise Forbidden(f"This needs the {' or '.join(roles)} role; {self.username} is {self.role}.")

    @property
    def forces(self) -> frozenset[str]:
        return frozenset(f.strip() for f in (self.force_code or "").split(",") if f.strip())

    def may_see(self, urn: str) -> bool:
        """Police: their own force's cases. CPS: their area's forces (every force when no area is set)."""
        if self.role == "admin":
            return True
        if self.role == "cps":
            return not self.forces or urn[:2] in self.forces
        return self.role == "police" and urn[:2] == self.force_code


def add_user(engine: Engine, username: str, password: str, role: str, force_code: str | None) -> None:
    if role not in ROLES:
        raise CasebridgeError(f"Unknown role '{role}': use one of {', '.join(ROLES)}.")
    if role == "police" and not (force_code and len(force_code) == 2 and force_code.isdigit()):
        raise CasebridgeError("A police user needs a two-digit force code (--force 01).")
    if role == "cps" and force_code:
        codes = [c.strip() for c in force_code.split(",")]
        if not all(len(c) == 2 and c.isdigit() for c in codes):
            raise CasebridgeError("A CPS area is a list of two-digit force codes (--force 60,61,62,63).")
        force_code = ",".join(sorted(set(codes)))
    if len(password) < 12:
        raise CasebridgeError("Passwords on the hub have at least 12 characters.")
    row = {
        "password_hash": _hasher.hash(password),
        "role": role,
        "force_code": force_code if role in ("police", "cps") else None,
        "disabled": False,
    }
    with engine.begin() as conn:
        exists = conn.execute(select(db.users.c.username).where(db.users.c.username == username)).first()
        if exists:
            conn.execute(update(db.users).where(db.users.c.username == username).values(**row))
        else:
            conn.execute(insert(db.users).values(username=username, created_at=SYSTEM_CLOCK.stamp(), **row))


class Issuer:
    def __init__(self, config: HubConfig, engine: Engine, key: WorkstationKey) -> None:
        self.config = config
        self.engine = engine
        self.key = key
        self._jwks: jwt.PyJWKClient | None = (
            jwt.PyJWKClient(config.oidc_jwks_url, cache_keys=True) if config.oidc_jwks_url else None
        )

    # ---- the built-in issuer
    def password_grant(self, username: str, password: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(db.users).where(db.users.c.username == username)).mappings().first()
        try:
            if row is None or row["disabled"]:
                raise VerificationError()
            _hasher.verify(row["password_hash"], password)
        except (VerificationError, InvalidHashError):
            raise AuthError("The user name or password is wrong, or the account is disabled.") from None
        return self._tokens(Principal(row["username"], row["role"], row["force_code"]))

    def refresh_grant(self, refresh_token: str) -> dict[str, Any]:
        """A new access token and a new refresh token for an unused one. A refresh token is good once: presented
        again it is refused, and — unless it is a second window of the same workstation racing the first within
        a few seconds — taken as stolen: every token of its sign-in (its family) is revoked, so neither the thief
        nor the owner can go on without signing in again. No rotated token ever mints a session."""
        digest = hashlib.sha256(refresh_token.encode("utf-8")).hexdigest()
        now = datetime.now(UTC)
        with self.engine.begin() as conn:
            row = (
                conn.execute(select(db.refresh_tokens).where(db.refresh_tokens.c.token_sha256 == digest))
                .mappings()
                .first()
            )
            if row is None or db.parse_time(row["expires_at"]) < now:
                raise AuthError("The sign-in has expired: sign in again.")
            family = row["family"] or row["token_sha256"]
            if row["revoked"]:
                rotated = db.parse_time(row["rotated_at"]) if row["rotated_at"] else None
                if rotated is None or (now - rotated).total_seconds() > self.config.refresh_reuse_seconds:
                    conn.execute(
                        update(db.refresh_tokens)
                        .where((db.refresh_tokens.c.family == family) | (db.refresh_tokens.c.token_sha256 == family))
                        .values(revoked=True, rotated_at=now.isoformat())
                    )
                    stolen = True
                else:
                    stolen = False
            else:
                conn.execute(
                    update(db.refresh_tokens)
                    .where(db.refresh_tokens.c.token_sha256 == digest)
                    .values(revoked=True, rotated_at=now.isoformat())
                )
                stolen = None
            user = conn.execute(select(db.users).where(db.users.c.username == row["username"])).mappings().first()
        if stolen is not None:
            if stolen:
                raise AuthError("This sign-in was used twice (a copied token?): it is ended everywhere. Sign in again.")
            raise AuthError("The sign-in was renewed a moment ago by another window: use the token it stored.")
        if user is None or user["disabled"]:
            raise AuthError("The account is disabled.")
        return self._tokens(Principal(user["username"], user["role"], user["force_code"]), family)

    def _tokens(self, who: Principal, family: str | None = None) -> dict[str, Any]:
        """Tokens for a sign-in (a new family) or a renewal (the family of the token it replaces)."""
        now = datetime.now(UTC)
        refresh = secrets.token_urlsafe(32)
        digest = hashlib.sha256(refresh.encode("utf-8")).hexdigest()
        access = self.access_token(who, now + timedelta(seconds=self.config.access_token_seconds), family or digest)
        with self.engine.begin() as conn:
            conn.execute(
                insert(db.refresh_tokens).values(
                    token_sha256=digest,
                    username=who.username,
                    expires_at=(now + timedelta(days=self.config.refresh_token_days)).isoformat(),
                    revoked=False,
                    family=family or digest,
                )
            )
        return {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": self.config.access_token_seconds,
            "refresh_token": refresh,
            "role": who.role,
            "force_code": who.force_code,
        }

    def access_token(self, who: Principal, expires: datetime, family: str | None = None) -> str:
        """A signed access token; `family` (the sign-in it belongs to, "sid") lets the hub refuse it at once when
        that sign-in is ended because one of its refresh tokens was replayed."""
        claims: dict[str, Any] = {
            "iss": self.config.issuer,
            "sub": who.username,
            "role": who.role,
            "force": who.force_code,
            "iat": int(datetime.now(UTC).timestamp()),
            "exp": int(expires.timestamp()),
        }
        if family:
            claims["sid"] = family
        return jwt.encode(claims, self.key.private, algorithm="EdDSA", headers={"kid": self.key.id})

    # ---- checking a bearer token
    def principal(self, token: str) -> Principal:
        try:
            unverified = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError:
            raise AuthError("The access token is not a readable JWT.") from None
        issuer = unverified.get("iss")
        try:
            if issuer == self.config.issuer:
                claims = jwt.decode(
                    token,
                    self.key.public,
                    algorithms=["EdDSA"],
                    issuer=self.config.issuer,
                    options={"require": ["exp", "sub", "iss"]},
                )
                who = Principal(claims["sub"], claims.get("role", ""), claims.get("force"))
                with self.engine.connect() as conn:
                    user = conn.execute(select(db.users.c.disabled).where(db.users.c.username == who.username)).first()
                    ended = bool(claims.get("sid")) and (
                        conn.execute(
                            select(db.refresh_tokens.c.token_sha256)
                            .where(
                                db.refresh_tokens.c.family == str(claims["sid"]),
                                db.refresh_tokens.c.revoked.is_(False),
                            )
                            .limit(1)
                        ).first()
                        is None
                    )
                if user is None or user[0]:
                    raise AuthError("The account is disabled.")
                if ended:
                    raise AuthError("This sign-in was ended (one of its tokens was used twice): sign in again.")
            elif self._jwks is not None and issuer == self.config.oidc_issuer:
                signing = self._jwks.get_signing_key_from_jwt(token)
                claims = jwt.decode(
                    token,
                    signing.key,
                    algorithms=["RS256", "ES256", "EdDSA", "PS256"],
                    issuer=self.config.oidc_issuer,
                    audience=self.config.oidc_audience or None,
                    options={"require": ["exp", "sub", "iss"]},
                )
                who = Principal(
                    claims["sub"],
                    str(claims.get(self.config.oidc_role_claim, "")),
                    claims.get(self.config.oidc_force_claim),
                )
            else:
                raise AuthError("The access token comes from an issuer this hub does not trust.")
        except jwt.ExpiredSignatureError:
            raise AuthError("The access token has expired.") from None
        except jwt.PyJWTError as exc:
            raise AuthError(f"The access token was refused: {exc}.") from None
        if who.role not in ROLES:
            raise Forbidden(f"{who.username} has no Casebridge role.")
        return who
