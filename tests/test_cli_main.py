from socialreply.cli import main


def test_version(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--version"]) == 0
    assert "socialreply" in capsys.readouterr().out


def test_unknown_command_is_usage_error(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["no-such-command"]) == 2
    assert "No such command" in capsys.readouterr().err


def test_bad_config_file_is_one_line(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    cfg = tmp_path / "c.toml"
    cfg.write_text("retrieval_k = 'many'\n")
    from socialreply.cli.main import app

    @app.command("_probe")
    def _probe() -> None:
        from socialreply import Settings

        Settings.load(cfg)

    try:
        assert main(["_probe"]) == 1
    finally:
        app.commands.pop("_probe")
    err = capsys.readouterr().err
    assert err.startswith("error: invalid settings: retrieval_k")
    assert len(err.strip().splitlines()) == 1
