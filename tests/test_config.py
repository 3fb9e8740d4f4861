from pathlib import Path

import pytest

from socialreply import ConfigError, Settings


def test_defaults() -> None:
    s = Settings.load()
    assert s.provider == "macros"
    assert s.kb_dir == Path(".socialreply/kb")


def test_precedence_flag_over_env_over_file_over_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = tmp_path / "socialreply.toml"
    cfg.write_text('provider = "openai:file"\ncollection = "from-file"\n[brand]\nname = "FileCo"\n')
    assert Settings.load(cfg).provider == "openai:file"
    monkeypatch.setenv("SOCIALREPLY_PROVIDER", "openai:env")
    monkeypatch.setenv("SOCIALREPLY_BRAND__NAME", "EnvCo")
    s = Settings.load(cfg)
    assert (s.provider, s.collection, s.brand.name) == ("openai:env", "from-file", "EnvCo")
    assert Settings.load(cfg, provider="openai:flag").provider == "openai:flag"
    # None means "flag not given" and does not override
    assert Settings.load(cfg, provider=None).provider == "openai:env"


def test_toml_in_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "socialreply.toml").write_text("retrieval_k = 9\n")
    monkeypatch.chdir(tmp_path)
    assert Settings.load().retrieval_k == 9


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("retrieval_k = 0\n", "retrieval_k"),
        ("no_such_option = 1\n", "no_such_option"),
        ("provider = \n", "invalid configuration"),
        # Session 20 QA: a misspelt platform was ignored, and x = -5 cut every X draft to "…".
        ("[platform_limits]\ntwitter = 200\n", "platform_limits: .*unknown platform 'twitter'"),
        ("[platform_limits]\nx = -5\n", "platform_limits: .*x: a limit must be at least 1"),
        ("[platform_limits]\ntiktok = 0\n", "tiktok: a limit must be at least 1"),
        # Session 21 QA: "port: Input should be less than or equal to 65535" named no range.
        (
            "port = 70000\n",
            "^invalid settings: port: must be a port number from 1 to 65535, not 70000$",
        ),
        ("port = 0\n", "^invalid settings: port: must be a port number from 1 to 65535, not 0$"),
        (
            'port = "abc"\n',
            "^invalid settings: port: must be a port number from 1 to 65535, not abc$",
        ),
    ],
)
def test_invalid_file_is_one_clear_error(tmp_path: Path, content: str, match: str) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text(content)
    with pytest.raises(ConfigError, match=match):
        Settings.load(cfg)


def test_missing_config_file() -> None:
    with pytest.raises(ConfigError, match="not found"):
        Settings.load("/nonexistent/socialreply.toml")


def test_platform_limits_override_a_known_platform() -> None:
    assert Settings(platform_limits={"x": 200}).platform_limits == {"x": 200}


def test_config_file_with_a_byte_order_mark_or_a_syntax_error(tmp_path: Path) -> None:
    """Session 20 QA: a socialreply.toml saved by Notepad starts with a BOM and was
    refused as "invalid configuration: Invalid statement (at line 1, column 1)", without
    naming the file; a syntax error named no file either."""
    cfg = tmp_path / "socialreply.toml"
    cfg.write_bytes(b"\xef\xbb\xbfretrieval_k = 3\n")
    assert Settings.load(cfg).retrieval_k == 3
    cfg.write_bytes(b"retrieval_k = \n")
    with pytest.raises(ConfigError, match=r"socialreply\.toml.*line 1"):
        Settings.load(cfg)
    cfg.write_bytes(b'brand = {name = "caf\xe9"}\n')
    with pytest.raises(ConfigError, match=r"socialreply\.toml.*UTF-8"):
        Settings.load(cfg)
    cfg.write_bytes("retrieval_k = 3\n".encode("utf-16"))  # Notepad's 'Unicode'
    with pytest.raises(ConfigError, match=r"socialreply\.toml.*UTF-16.*save it as UTF-8"):
        Settings.load(cfg)


def test_an_invalid_environment_variable_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """A value from SOCIALREPLY_* is named by its variable, the one the user has to fix."""
    monkeypatch.setenv("SOCIALREPLY_RETRIEVAL_K", "0")
    with pytest.raises(ConfigError, match=r"^invalid settings: SOCIALREPLY_RETRIEVAL_K: Input"):
        Settings.load()
    # A flag (an override) wins over the variable, so it is not the variable's fault.
    assert Settings.load(retrieval_k=3).retrieval_k == 3
    with pytest.raises(ConfigError, match=r"^invalid settings: retrieval_k: Input"):
        Settings.load(retrieval_k=0)


def test_a_port_from_toml_or_environment_is_a_number() -> None:
    assert Settings(port=" 8080 ").port == 8080  # type: ignore[arg-type]
    assert Settings(port=65535).port == 65535
