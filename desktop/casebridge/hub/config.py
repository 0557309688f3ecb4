"""The hub's settings: a JSON file (`casebridge hub serve --config FILE`) and/or command-line flags.

Everything the hub keeps lives in `data_dir` (blobs by digest, partial uploads, the receipt key) and its
database (SQLite in `data_dir` by default, PostgreSQL for production): several hub processes can share one
database and one blob folder.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebridge.errors import SettingsError


@dataclass(frozen=True)
class HubConfig:
    data_dir: Path
    name: str = "Casebridge hub"
    database_url: str = ""  # empty: SQLite file in data_dir
    host: str = "127.0.0.1"
    port: int = 8443
    certificate: str = ""
    private_key: str = ""
    blob_dir: str = ""  # empty: data_dir/blobs (point several hubs at one shared folder)
    chunk_size: int = 8 * 1024 * 1024
    max_file_size: int = 100 * 1024**3
    max_manifest_bytes: int = 32 * 1024 * 1024
    storage_quota_bytes: int = 0  # 0: no quota; free disk space is always checked
    reserve_free_bytes: int = 256 * 1024 * 1024
    upload_expiry_hours: int = 72
    # a node checking a fully received file renews its claim on it within this many seconds; if it dies, another
    # node takes the file over once the claim has lapsed
    finish_lease_seconds: float = 30.0
    # how often the sweeper (one node at a time) ends expired uploads and finishes stranded ones
    sweep_seconds: int = 300
    # /metrics for a Prometheus scraper: the SHA-256 (hex) of a bearer token it presents (admins may always read it)
    metrics_token_sha256: str = ""
    access_log: bool = True
    access_token_seconds: int = 900
    refresh_token_days: int = 14
    # a rotated refresh token presented again within this many seconds is a second window of the same workstation
    # racing the first (refused, nothing revoked); later, it is taken as stolen and its whole sign-in is ended
    refresh_reuse_seconds: int = 10
    requests_per_minute: int = 1200
    # An external OpenID Connect issuer (production): tokens it signs are accepted, checked against its JWKS.
    oidc_issuer: str = ""
    oidc_jwks_url: str = ""
    oidc_audience: str = ""
    oidc_role_claim: str = "casebridge_role"
    oidc_force_claim: str = "casebridge_force"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def blobs(self) -> Path:
        return Path(self.blob_dir) if self.blob_dir else self.data_dir / "blobs"

    @property
    def uploads(self) -> Path:
        return self.blobs.parent / "uploads" if self.blob_dir else self.data_dir / "uploads"

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'hub.sqlite3'}"

    @property
    def issuer(self) -> str:
        return f"casebridge-hub:{self.name}"

    @classmethod
    def load(cls, path: Path | None, **overrides: Any) -> HubConfig:
        values: dict[str, Any] = {}
        if path is not None:
            try:
                values = json.loads(path.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise SettingsError(f"The hub settings file {path} cannot be read: {exc}.") from None
            if not isinstance(values, dict):
                raise SettingsError(f"The hub settings file {path} must hold a JSON object.")
        known = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise SettingsError(f"Unknown hub settings in {path}: {', '.join(unknown)}.")
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "data_dir" not in values:
            raise SettingsError("The hub needs a data folder (--data or data_dir in its settings file).")
        values["data_dir"] = Path(values["data_dir"])
        for name, value in values.items():
            default = known[name].default
            if isinstance(default, int) and not isinstance(default, bool) and not isinstance(value, int):
                raise SettingsError(f"The hub setting {name} must be a whole number, not {value!r}.")
        return cls(**values)

    def to_json(self) -> str:
        """The settings as one JSON object (handed to each worker process of `hub serve --workers N`)."""
        values = dataclasses.asdict(self)
        values["data_dir"] = str(self.data_dir)
        return json.dumps(values)

    @classmethod
    def from_json(cls, text: str) -> HubConfig:
        values = json.loads(text)
        values["data_dir"] = Path(values["data_dir"])
        return cls(**values)
