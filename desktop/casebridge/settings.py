"""Declarative settings and the one place that knows where files live.

Values are layered: built-in defaults < the per-machine defaults file (written by the installer or an
administrator) < the user's own settings file. A corrupt or wrongly typed file never stops the app: it is
ignored with a warning that names the file and the problem.
"""

from __future__ import annotations

import dataclasses
import json
import os
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
    operator_name: str = _setting(
        "", "Your name", "Shown in the audit log for every change you make. Empty: your Windows sign-in name."
    )
    reference_dir: str = _setting(
        "",
        "Reference data folder",
        "A folder with newer CJS standing data (offences, forces). Empty: the data shipped with the app.",
    )
    log_level: str = _setting("INFO", "Log detail", "DEBUG, INFO, WARNING or ERROR.")

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


def load_settings(paths: AppPaths) -> LoadedSettings:
    warnings: list[str] = []
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    known = {f.name: f for f in Settings.specs()}
    for label, path in (("machine", paths.machine_defaults_file), ("user", paths.settings_file)):
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
            sources[key] = label
    for key in known:
        sources.setdefault(key, "default")
    return LoadedSettings(Settings(**values), warnings, sources)


def save_user_settings(paths: AppPaths, changes: dict[str, Any]) -> None:
    """Write only the values the user changed, atomically (temp file + rename)."""
    known = {f.name for f in Settings.specs()}
    unknown = set(changes) - known
    if unknown:
        raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
    warnings: list[str] = []
    current = {k: v for k, v in _read_layer(paths.settings_file, "user", warnings).items() if k in known}
    current.update(changes)
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    tmp = paths.settings_file.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(current, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(tmp, paths.settings_file)


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
    db_url = settings.database_url or f"sqlite:///{(root / DATABASE_FILE).as_posix()}"
    vault = Path(settings.vault_path).expanduser() if settings.vault_path else root / "vault"
    return WorkspaceLocation(root=root, database_url=db_url, vault_dir=vault)
