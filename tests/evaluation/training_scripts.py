"""Load a benchmarks/ training script as a module, for the tests that check a shipped head
against the script and data that made it (``data_digest``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def training_script(name: str) -> ModuleType:
    """``benchmarks/<name>.py``, imported as `name` (with benchmarks/ on the path, where its
    shared modules are)."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
