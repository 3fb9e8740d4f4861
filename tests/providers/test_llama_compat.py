from __future__ import annotations

import importlib

from socialreply.generation.providers.llama_compat import plain_cpu_buffers


def test_plain_cpu_buffers_disables_extra_buffers_only_while_active() -> None:
    bindings = importlib.import_module("llama_cpp.llama_cpp")
    original = bindings.llama_model_default_params
    assert original().use_extra_bufts  # llama.cpp's default: repack/AMX buffers on
    with plain_cpu_buffers():
        assert bindings.llama_model_default_params().use_extra_bufts is False
    assert bindings.llama_model_default_params is original
