"""Build the static embedding table (`static_embeddings.py`) from the offline MiniLM.

    python -m socialreply.knowledge.distill [OUT.npz]     # default: the shipped table

Every word piece of MiniLM's vocabulary goes through the model once as
``[CLS] piece [SEP]``; the three output vectors are mean-pooled (MiniLM's own pooling), the
30,522 x 384 result is centred and reduced to 256 dimensions with PCA, and each row is
stored as int8 with its own scale. The PCA mean and components are stored as well, so a
test can re-distill a sample of pieces and check the shipped rows. Deterministic: same
model, same table (about 25 s on 2 cores).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .embeddings import MiniLMEmbedder
from .static_embeddings import TABLE, StaticEmbedder

_BATCH = 2048


def piece_vectors(ids: npt.NDArray[np.int64], embedder: MiniLMEmbedder | None = None) -> Any:
    """MiniLM's mean-pooled output for each word piece id on its own, float32 (n, 384)."""
    session, tokenizer = (embedder or MiniLMEmbedder())._load()
    vocab = tokenizer.get_vocab()
    cls, sep = vocab["[CLS]"], vocab["[SEP]"]
    out = np.zeros((len(ids), 384), dtype=np.float32)
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        batch = np.stack(
            [np.full(len(chunk), cls), chunk, np.full(len(chunk), sep)], axis=1
        ).astype(np.int64)
        (hidden,) = session.run(
            ["last_hidden_state"],
            {
                "input_ids": batch,
                "attention_mask": np.ones_like(batch),
                "token_type_ids": np.zeros_like(batch),
            },
        )
        out[start : start + len(chunk)] = hidden.mean(axis=1)
    return out


def distill(out: Path = TABLE, dimension: int = StaticEmbedder.dimension) -> Path:
    embedder = MiniLMEmbedder()
    _, tokenizer = embedder._load()
    raw = piece_vectors(np.arange(tokenizer.get_vocab_size(), dtype=np.int64), embedder)
    mean = raw.mean(axis=0)
    # Right singular vectors of the centred table = its principal axes; the sign of each
    # is fixed (largest entry positive) so reruns give the same table.
    _, _, vt = np.linalg.svd(raw - mean, full_matrices=False)
    components = vt[:dimension]
    signs = np.sign(components[np.arange(dimension), np.abs(components).argmax(axis=1)])
    components = (components * signs[:, None]).astype(np.float32)
    reduced = (raw - mean) @ components.T
    scales = np.maximum(np.abs(reduced).max(axis=1), 1e-12) / 127.0
    rows = np.round(reduced / scales[:, None]).astype(np.int8)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        rows=rows,
        scales=scales.astype(np.float32),
        mean=mean.astype(np.float32),
        components=components,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = distill(Path(args[0]) if args else TABLE)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
