"""Settings, built once (by the CLI, the service or the embedding application) and injected.

Precedence, highest first: explicit values (CLI flags, keyword arguments) >
``SOCIALREPLY_*`` environment variables (nested with ``__``, e.g.
``SOCIALREPLY_BRAND__NAME``) > ``socialreply.toml`` in the working directory (or the file
given to `Settings.load`) > defaults. Nothing reads the environment at import time.
"""

from __future__ import annotations

import contextvars
import os
import tomllib
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from .batch_lines import decode_problem
from .errors import ConfigError
from .types import PLATFORMS

_config_file: contextvars.ContextVar[Path | None] = contextvars.ContextVar(
    "socialreply_config_file", default=None
)


class BrandSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = "Northwind Outfitters"
    voice: str = "friendly, plain-spoken and helpful; never sarcastic or defensive"
    sign_off: str = ""
    banned_phrases: list[str] = Field(
        default_factory=lambda: [
            "as an AI",
            "calm down",
            # Not bare "you should have": "you should have heard from us by now" owns the
            # team's lapse (`no-blame` tells the two apart; scorer blind36).
            "you should have known",
            "you should have read",
            "as I already said",
            "per our policy you are not entitled",
        ]
    )
    support_hours: str = "Monday to Friday 8am-8pm and Saturday 9am-5pm Eastern Time"
    help_url: str = ""


def default_cache_dir() -> Path:
    return Path.home() / ".cache" / "socialreply"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SOCIALREPLY_",
        env_nested_delimiter="__",
        extra="forbid",
        validate_default=True,
    )

    # Knowledge base
    kb_dir: Path = Path(".socialreply/kb")
    chroma_url: str | None = None
    collection: str = "socialreply"
    embedder: str = "minilm"
    retrieval_k: int = Field(default=5, ge=1, le=100)

    # Generation
    provider: str = "macros"
    model_dir: Path = Field(default_factory=lambda: default_cache_dir() / "models")
    cache_dir: Path = Field(default_factory=default_cache_dir)
    llm_timeout: float = Field(default=60.0, gt=0)
    llm_max_retries: int = Field(default=2, ge=0)
    reasks: int = Field(default=2, ge=0, le=10)
    max_output_tokens: int = Field(default=400, ge=16)
    temperature: float = Field(default=0.2, ge=0, le=2)
    redact_pii_for_llm: bool = True
    platform_limits: dict[str, int] = Field(default_factory=dict)
    brand: BrandSettings = Field(default_factory=BrandSettings)

    # Triage
    triage_policy: Path | None = None

    # Service
    database_url: str = "sqlite:///.socialreply/socialreply.db"
    # "tenant:key" entries (env: comma-separated); a key may be given as "sha256:HEX" so
    # the configuration never holds it in clear. Keys are kept only as SHA-256 hashes.
    api_keys: Annotated[list[str], NoDecode] = Field(default_factory=list)
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    workers: int = Field(default=1, ge=1, le=64)
    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    # Per API key, per server process: sustained requests per minute and burst size
    # (token bucket); 0 disables the limit.
    rate_limit_per_minute: int = Field(default=600, ge=0)
    rate_limit_burst: int = Field(default=60, ge=1)

    @field_validator("platform_limits")
    @classmethod
    def _known_platform_limits(cls, value: dict[str, int]) -> dict[str, int]:
        # Checked here because a misspelt platform was silently ignored and a limit under 1
        # cut every draft on that platform to "…".
        for name, limit in value.items():
            if name not in PLATFORMS:
                raise ValueError(f"unknown platform {name!r}; choose from: {', '.join(PLATFORMS)}")
            if limit < 1:
                raise ValueError(f"{name}: a limit must be at least 1, not {limit}")
        return value

    @field_validator("port", mode="before")
    @classmethod
    def _port_number(cls, value: Any) -> Any:
        # pydantic's own messages ("Input should be less than or equal to 65535", "unable to
        # parse string as an integer") name neither the range nor what the number is; 0
        # (any free port) is refused because `serve` announces the port it was given.
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str):
            value = value.strip()
            try:
                number = int(value)
            except ValueError:
                number = None
        else:
            return value  # other types: pydantic's own check
        if number is None or not 1 <= number <= 65535:
            raise ValueError(f"must be a port number from 1 to 65535, not {value}")
        return number

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _comma_separated(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        path = _config_file.get() or Path("socialreply.toml")
        return (init_settings, env_settings, _TomlFile(settings_cls, path))

    @classmethod
    def load(cls, config_file: str | Path | None = None, **overrides: Any) -> Settings:
        """Build settings with the documented precedence; `None` overrides are ignored.

        Raises `ConfigError` (one readable line) rather than pydantic's multi-line error.
        """
        if config_file is not None and not Path(config_file).is_file():
            raise ConfigError(f"config file not found: {config_file}")
        token = _config_file.set(Path(config_file) if config_file else None)
        given = {k: v for k, v in overrides.items() if v is not None}
        try:
            return cls(**given)
        except ValidationError as exc:
            labels = _environment_labels(exc, given)
            raise ConfigError(format_validation_error(exc, "settings", labels)) from None
        except ValueError as exc:  # e.g. malformed TOML
            raise ConfigError(f"invalid configuration: {exc}") from None
        finally:
            _config_file.reset(token)


class _TomlFile(TomlConfigSettingsSource):
    """The TOML source, reading a file that starts with a byte-order mark (Notepad writes
    one) and naming the file in a syntax or encoding error, which pydantic-settings'
    own reader leaves out ("Invalid statement (at line 1, column 1)")."""

    def _read_file(self, file_path: Any) -> dict[str, Any]:
        try:
            text = file_path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValueError(f"{file_path}: {decode_problem(exc)}") from None
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{file_path}: {exc}") from None


def _environment_labels(exc: ValidationError, given: dict[str, Any]) -> dict[str, str]:
    """``{field: "SOCIALREPLY_FIELD"}`` for each invalid value that came from the
    environment (not overridden by a flag): the variable is what the user has to fix, and
    "port" alone does not say where the bad port was set."""
    environment = {name.upper() for name in os.environ}
    labels: dict[str, str] = {}
    for error in exc.errors():
        loc = error["loc"]
        if not loc or loc[0] in given or not all(isinstance(p, str) for p in loc):
            continue
        dotted = ".".join(str(p) for p in loc)
        variable = "SOCIALREPLY_" + "__".join(str(p) for p in loc).upper()
        if variable in environment:
            labels[dotted] = variable
    return labels


def format_validation_error(
    exc: ValidationError, what: str, labels: dict[str, str] | None = None
) -> str:
    """One line naming every invalid field: ``settings: kb_dir: Input should be…``."""
    return f"invalid {what}: " + validation_details(exc, labels)


def validation_details(exc: ValidationError, labels: dict[str, str] | None = None) -> str:
    """``field: message; ...`` on one line: pydantic's own first line ("1 validation error
    for DraftLine") names neither the field nor the problem. A validator's own message
    goes without pydantic's "Value error, " prefix; `labels` renames fields (dotted)."""
    parts = []
    for e in exc.errors():
        where = ".".join(str(p) for p in e["loc"]) or "(root)"
        message = e["msg"]
        if e["type"] == "value_error" and "error" in e.get("ctx", {}):
            message = str(e["ctx"]["error"])
        parts.append(f"{(labels or {}).get(where, where)}: {message}")
    return "; ".join(parts)
