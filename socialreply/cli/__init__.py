"""The `socialreply` command line. One module per command group; no logic beyond parsing
arguments, calling the library and printing."""

from .main import app, main

__all__ = ["app", "main"]
