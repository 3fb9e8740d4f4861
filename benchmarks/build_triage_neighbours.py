"""Build the labelled-neighbours index (`socialreply/triage/semantic_neighbours.npz`).

    .venv/bin/python benchmarks/build_triage_neighbours.py           # build and write
    .venv/bin/python benchmarks/build_triage_neighbours.py --check   # digest up to date?

Every labelled post `triage_metrics.load()` reads (all batches: each post with every
category its writer gave it, or none) is embedded as the semantic pass embeds a post at
triage time (`neighbours.neighbour_text`: the post read through the glossaries in its
detected language; MiniLM; one post at a time, so a vector does not depend on its batch)
and stored with its categories and the name of its batch (`split`), so that
`triage_metrics.py` can leave a batch's own posts out when it scores that batch. A new
labelled batch joins the index only after it has been scored once, unseen. About three
minutes on 2 cores. Deterministic: the same data gives the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from rich.progress import track

sys.path.insert(0, str(Path(__file__).resolve().parent))

import triage_metrics

from socialreply.knowledge.query_embedding import shared_embedder
from socialreply.triage import triage
from socialreply.triage.neighbours import (
    NEIGHBOURS_EMBEDDER,
    NEIGHBOURS_FILE,
    LabelledNeighbours,
    neighbour_text,
)
from socialreply.types import Post


def data_digest(rows: list[dict[str, Any]]) -> str:
    """sha256 over every post's id, batch, text and categories, in load order."""
    h = hashlib.sha256()
    for row in rows:
        key = [row["id"], row["split"], row["text"], sorted(row["categories"])]
        h.update(json.dumps(key, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def build(rows: list[dict[str, Any]]) -> LabelledNeighbours:
    embedder = shared_embedder(NEIGHBOURS_EMBEDDER)
    vectors = []
    for row in track(rows, description="embedding labelled posts"):
        post = Post.model_validate({k: row[k] for k in ("id", "text", "platform") if k in row})
        language = triage(post).language
        vectors.append(np.asarray(embedder.embed([neighbour_text(post.text, language)]))[0])
    return LabelledNeighbours.build(
        np.stack(vectors),
        [row["categories"] for row in rows],
        [row["split"] for row in rows],
        digest=data_digest(rows),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare the digests")
    parser.add_argument("--output", type=Path, default=NEIGHBOURS_FILE)
    args = parser.parse_args()
    rows = triage_metrics.load()
    digest = data_digest(rows)
    if args.check:
        shipped = LabelledNeighbours.load(args.output).digest
        print("up to date" if shipped == digest else f"stale: {shipped[:12]} != {digest[:12]}")
        return 0 if shipped == digest else 1
    start = time.perf_counter()
    index = build(rows)
    index.save(args.output)
    print(
        f"{len(index)} posts from {len(index.group_names)} batches -> {args.output} "
        f"({args.output.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - start:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
