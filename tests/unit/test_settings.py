from __future__ import annotations

import json
from pathlib import Path

import pytest

from casebridge.settings import AppPaths, Settings, load_settings, resolve_workspace, save_user_settings


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.for_workspace(tmp_path / "ws")


def test_defaults_when_nothing_is_written(paths: AppPaths) -> None:
    loaded = load_settings(paths)
    assert loaded.settings == Settings()
    assert loaded.warnings == []
    assert set(loaded.sources.values()) == {"default"}


def test_machine_defaults_then_user_override(paths: AppPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.machine_defaults_file.write_text(json.dumps({"hub_url": "https://hub.force.example", "log_level": "DEBUG"}))
    save_user_settings(paths, {"log_level": "WARNING"})
    loaded = load_settings(paths)
    assert loaded.settings.hub_url == "https://hub.force.example"
    assert loaded.settings.log_level == "WARNING"
    assert loaded.sources["hub_url"] == "machine"
    assert loaded.sources["log_level"] == "user"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "\xff\xfe garbage"])
def test_corrupt_user_file_falls_back_with_warning_naming_it(paths: AppPaths, content: str) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_bytes(content.encode("latin-1"))
    loaded = load_settings(paths)
    assert loaded.settings == Settings()
    assert len(loaded.warnings) == 1
    assert str(paths.settings_file) in loaded.warnings[0]


def test_wrong_type_and_unknown_keys_are_ignored_individually(paths: AppPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(json.dumps({"hub_url": 42, "colour": "blue", "operator_name": "PC 4312"}))
    loaded = load_settings(paths)
    assert loaded.settings.hub_url == ""
    assert loaded.settings.operator_name == "PC 4312"
    assert any("'hub_url'" in w for w in loaded.warnings)
    assert any("'colour'" in w for w in loaded.warnings)


def test_save_is_atomic_and_keeps_other_values(paths: AppPaths) -> None:
    save_user_settings(paths, {"hub_url": "https://a"})
    save_user_settings(paths, {"operator_name": "B"})
    assert json.loads(paths.settings_file.read_text()) == {"hub_url": "https://a", "operator_name": "B"}
    assert not list(paths.config_dir.glob("*.tmp"))
    with pytest.raises(ValueError, match="unknown"):
        save_user_settings(paths, {"nope": 1})


def test_every_setting_has_label_and_help() -> None:
    for spec in Settings.specs():
        assert spec.metadata["label"]
        assert spec.metadata["help"]


def test_workspace_env_and_argument(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CASEBRIDGE_WORKSPACE", str(tmp_path / "env"))
    assert AppPaths.resolve().data_dir == (tmp_path / "env").resolve()
    assert AppPaths.resolve(tmp_path / "arg").data_dir == (tmp_path / "arg").resolve()
    monkeypatch.delenv("CASEBRIDGE_WORKSPACE")
    user = AppPaths.resolve()
    assert "Casebridge" in str(user.data_dir)


def test_default_workspace_is_sqlite_and_local_vault(paths: AppPaths) -> None:
    location = resolve_workspace(paths, Settings())
    assert location.is_sqlite
    assert location.sqlite_file == paths.data_dir / "casebridge.db"
    assert location.vault_dir == paths.data_dir / "vault"
    custom = resolve_workspace(paths, Settings(database_url="postgresql://h/db", vault_path="/srv/vault"))
    assert not custom.is_sqlite
    assert custom.sqlite_file is None
    assert custom.vault_dir == Path("/srv/vault")
