"""Helpers shared by the triage tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]


def load_benchmark(name: str) -> ModuleType:
    """A script of `benchmarks/` (not a package) imported as module `name`."""
    path = REPO / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def rule_categories(text: str) -> set[str]:
    """The categories the built-in rules alone give `text` (no semantic pass, so a rule's
    mistake cannot hide behind the head)."""
    from socialreply.triage.normalize import prepare
    from socialreply.triage.rules import apply_rules, default_rules

    return {signal.category for signal in apply_rules(prepare(text), default_rules())}
