"""Build the static embedding table (`static_embeddings.py`) from the offline MiniLM.

    python -m socialreply.knowledge.distill [OUT.npz] [--force]   # default: the model cache

Every word piece of MiniLM's vocabulary goes through the model once as
``[CLS] piece [SEP]``; the three output vectors are mean-pooled (MiniLM's own pooling), the
30,522 x 384 result is centred and reduced to 256 dimensions with PCA, and each row is
stored as int8 with its own scale. The PCA mean and components are stored as well, so a
test can re-distill a sample of pieces and check the rows. Deterministic: same model, same
table (about 30 s on 2 cores). The file is written next to its destination and renamed
into place, so a reader never sees half a table.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .embeddings import MiniLMEmbedder
from .static_embeddings import StaticEmbedder, default_table_path

_BATCH = 2048


def piece_vectors(
    ids: npt.NDArray[np.int64], embedder: MiniLMEmbedder | None = None
) -> npt.NDArray[np.float32]:
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


def distill(out: Path | None = None, dimension: int = StaticEmbedder.dimension) -> Path:
    out = default_table_path() if out is None else out
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
    partial = out.with_name(f".{out.name}.{os.getpid()}.partial")
    with partial.open("wb") as fh:
        np.savez_compressed(
            fh,
            rows=rows,
            scales=scales.astype(np.float32),
            mean=mean.astype(np.float32),
            components=components,
        )
    os.replace(partial, out)
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    force = "--force" in args
    paths = [a for a in args if a != "--force"]
    out = Path(paths[0]) if paths else default_table_path()
    if out.exists() and not force:
        print(f"{out} exists (--force rebuilds it)")
        return 0
    path = distill(out)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
