"""Declarative settings and the one place that knows where files live.

Values are layered: built-in defaults < the per-machine defaults file (written by the installer or an
administrator) < the user's own settings file. A corrupt or wrongly typed file never stops the app: it is
ignored with a warning that names the file and the problem.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

APP_NAME = "Casebridge"
WORKSPACE_ENV = "CASEBRIDGE_WORKSPACE"
MACHINE_DEFAULTS_ENV = "CASEBRIDGE_MACHINE_DEFAULTS"
DATABASE_FILE = "casebridge.db"


def _setting(default: Any, label: str, help_text: str) -> Any:
    return field(default=default, metadata={"label": label, "help": help_text})


@dataclass(frozen=True)
class Settings:
    """Every user-adjustable setting, with its label and help for the preferences page."""

    database_url: str = _setting(
        "",
        "Database",
        "Leave empty for the workspace's own SQLite file. A unit sharing one database uses "
        "postgresql+psycopg://host/dbname (credentials come from the credential store, never this file).",
    )
    vault_path: str = _setting(
        "", "Evidence vault", "Folder holding the evidence vault. Empty: the 'vault' folder of the workspace."
    )
    hub_url: str = _setting("", "Hub address", "https:// address of the receiving hub for submissions.")
    ca_bundle: str = _setting(
        "",
        "Trusted certificates",
        "A PEM file of extra certificate authorities to trust for the hub (for example the force's own CA). "
        "Empty: the operating system's certificate store only.",
    )
    hub_username: str = _setting("", "Hub user name", "Your user name on the hub (set by 'casebridge login').")
    hub_role: str = _setting(
        "", "Hub role", "police or cps, as the hub's sign-in said; the app shows the Outbox or the reviewer's tools."
    )
    hub_pin_sha256: str = _setting(
        "",
        "Hub certificate pin",
        "Optional: the SHA-256 (hex) of the hub's certificate. When set, a hub presenting any other certificate "
        "is refused even if a trusted authority signed it.",
    )
    hub_key_id: str = _setting(
        "",
        "Hub receipt key",
        "The key id of the hub's receipt signing key, recorded at sign-in; receipts signed by another key are refused.",
    )
    upload_limit_kbit: int = _setting(
        0, "Upload speed limit", "Kilobits per second the outbox may use for uploads. 0: no limit."
    )
    data_dir: str = _setting(
        "",
        "Data folder",
        "Where your workspace (database and evidence vault) lives. %USERNAME% and ~ are expanded, so one "
        "machine-wide value can give everyone their own folder. Empty: your own application-data folder.",
    )
    operator_name: str = _setting(
        "", "Your name", "Shown in the audit log for every change you make. Empty: your Windows sign-in name."
    )
    reference_dir: str = _setting(
        "",
        "Reference data folder",
        "A folder with newer CJS standing data (offences, forces). Empty: the data shipped with the app.",
    )
    speech_model_dir: str = _setting(
        "",
        "Speech model folder",
        "The Whisper base speech model (CTranslate2 format) used to transcribe recordings, checked by SHA-256 "
        "before use. Empty: the model installed with Casebridge.",
    )
    log_level: str = _setting("INFO", "Log detail", "DEBUG, INFO, WARNING or ERROR.")
    language: str = _setting(
        "", "Language", "en_GB (English) or cy_GB (Cymraeg). Empty: the language of Windows, English if not Welsh."
    )
    theme: str = _setting(
        "", "Theme", "high_contrast for white on black with yellow focus, or empty for the standard look."
    )

    @classmethod
    def specs(cls) -> list[dataclasses.Field[Any]]:
        return list(dataclasses.fields(cls))

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class AppPaths:
    """Where configuration, data and logs live for one run."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    machine_defaults_file: Path
    isolated: bool = False  # an explicit --workspace: the data folder setting does not move it

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @classmethod
    def for_user(cls) -> AppPaths:
        import platformdirs

        machine = os.environ.get(MACHINE_DEFAULTS_ENV) or str(
            Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "defaults.json"
        )
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            machine_defaults_file=Path(machine),
        )

    @classmethod
    def for_workspace(cls, root: Path) -> AppPaths:
        """An isolated workspace: its own settings, data and logs, nothing shared with the user's."""
        root = root.expanduser().resolve()
        machine = os.environ.get(MACHINE_DEFAULTS_ENV) or str(root / "config" / "machine-defaults.json")
        return cls(
            config_dir=root / "config",
            data_dir=root,
            log_dir=root / "logs",
            machine_defaults_file=Path(machine),
            isolated=True,
        )

    @classmethod
    def resolve(cls, workspace: str | os.PathLike[str] | None = None) -> AppPaths:
        """`--workspace` wins, then $CASEBRIDGE_WORKSPACE, then the user's own directories."""
        chosen = workspace or os.environ.get(WORKSPACE_ENV)
        if chosen:
            return cls.for_workspace(Path(chosen))
        return cls.for_user()


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    warnings: list[str]
    sources: dict[str, str]  # setting name -> "default" | "machine" | "user"


def _read_layer(path: Path, label: str, warnings: list[str]) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        warnings.append(f"The {label} settings file {path} could not be read ({exc}); using defaults instead.")
        return {}
    if not isinstance(data, dict):
        warnings.append(f"The {label} settings file {path} does not hold a JSON object; using defaults instead.")
        return {}
    return data


def read_settings_file(path: Path, label: str) -> tuple[dict[str, Any], list[str]]:
    """The valid, known values in one settings file, and a warning for each thing ignored."""
    warnings: list[str] = []
    values: dict[str, Any] = {}
    known = {f.name: f for f in Settings.specs()}
    for key, value in _read_layer(path, label, warnings).items():
        spec = known.get(key)
        if spec is None:
            warnings.append(f"The {label} settings file {path} has an unknown setting '{key}'; ignored.")
            continue
        if not isinstance(value, type(spec.default)):
            warnings.append(
                f"The {label} settings file {path} gives '{key}' a {type(value).__name__}, "
                f"expected {type(spec.default).__name__}; ignored."
            )
            continue
        values[key] = value
    return values, warnings


def load_settings(paths: AppPaths) -> LoadedSettings:
    warnings: list[str] = []
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for label, path in (("machine", paths.machine_defaults_file), ("user", paths.settings_file)):
        layer, layer_warnings = read_settings_file(path, label)
        warnings.extend(layer_warnings)
        values.update(layer)
        sources.update(dict.fromkeys(layer, label))
    for spec in Settings.specs():
        sources.setdefault(spec.name, "default")
    return LoadedSettings(Settings(**values), warnings, sources)


def _merge_layer(path: Path, label: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Merge `changes` into the settings file at `path`, atomically (temp file + rename); returns the result."""
    known = {f.name for f in Settings.specs()}
    unknown = set(changes) - known
    if unknown:
        raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
    warnings: list[str] = []
    current = {k: v for k, v in _read_layer(path, label, warnings).items() if k in known}
    current.update(changes)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(current, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return current


def save_user_settings(paths: AppPaths, changes: dict[str, Any]) -> None:
    """Write only the values the user changed."""
    _merge_layer(paths.settings_file, "user", changes)


def save_machine_defaults(paths: AppPaths, changes: dict[str, Any]) -> dict[str, Any]:
    """Merge values into the machine-wide defaults file (the installer's HUB_URL, CA_BUNDLE, DATA_DIR).

    Only the given keys change; anything an administrator put there before is kept.
    """
    return _merge_layer(paths.machine_defaults_file, "machine", changes)


def expand_folder(value: str) -> Path:
    """A folder setting with %VAR% / $VAR and ~ expanded (%USERNAME% works on Linux too)."""
    text = value.strip()
    if "%USERNAME%" in text.upper() and "USERNAME" not in os.environ:
        import getpass

        user = getpass.getuser()
        text = re.sub("%USERNAME%", lambda _match: user, text, flags=re.I)
    return Path(os.path.expandvars(text)).expanduser()


@dataclass(frozen=True)
class WorkspaceLocation:
    """The database and vault one run works on."""

    root: Path
    database_url: str
    vault_dir: Path

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def sqlite_file(self) -> Path | None:
        if not self.is_sqlite:
            return None
        return Path(self.database_url.split("///", 1)[1])


def resolve_workspace(paths: AppPaths, settings: Settings) -> WorkspaceLocation:
    root = paths.data_dir
    if settings.data_dir.strip() and not paths.isolated:
        root = expand_folder(settings.data_dir)
    db_url = settings.database_url or f"sqlite:///{(root / DATABASE_FILE).as_posix()}"
    vault = Path(settings.vault_path).expanduser() if settings.vault_path else root / "vault"
    return WorkspaceLocation(root=root, database_url=db_url, vault_dir=vault)
