"""Work around a llama.cpp crash on CPUs that report AMX but cannot use it.

llama.cpp repacks weights into "extra buffer types" (AMX tiles, CPU repack layouts) when
the CPU reports support. On virtual machines that advertise ``amx_tile``/``amx_int8`` but do
not enable the AMX state, the first batched decode (any prompt longer than one token)
segfaults. llama-cpp-python exposes the switch (``use_extra_bufts``) in the C parameters
but not in `Llama(...)`, so the default parameters are patched while a model loads. The
cost is small on every machine (prompt evaluation uses the plain kernels); a segfault is
not recoverable, so correctness wins.

Run the OpenAI-compatible server with the same fix::

    python -m socialreply.generation.providers.llama_compat --model MODEL.gguf --port 8080

(the arguments are those of ``python -m llama_cpp.server``).
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

_patch_lock = threading.Lock()


def _bindings() -> Any:
    # The ctypes bindings module; `llama_cpp.Llama` calls its `llama_model_default_params`.
    return importlib.import_module("llama_cpp.llama_cpp")


def _without_extra_buffers(original: Callable[[], Any]) -> Callable[[], Any]:
    def default_params() -> Any:
        params = original()
        params.use_extra_bufts = False
        return params

    return default_params


@contextmanager
def plain_cpu_buffers() -> Iterator[None]:
    """While active, models loaded by llama-cpp-python do not use extra buffer types."""
    bindings = _bindings()
    with _patch_lock:
        original = bindings.llama_model_default_params
        bindings.llama_model_default_params = _without_extra_buffers(original)
        try:
            yield
        finally:
            bindings.llama_model_default_params = original


def run_server() -> None:
    """``python -m llama_cpp.server`` with plain CPU buffers for every model it loads."""
    bindings = _bindings()
    # The server loads its model(s) lazily, so the patch stays for the process lifetime.
    bindings.llama_model_default_params = _without_extra_buffers(
        bindings.llama_model_default_params
    )
    server_main: Any = importlib.import_module("llama_cpp.server.__main__")
    server_main.main()


if __name__ == "__main__":
    run_server()
