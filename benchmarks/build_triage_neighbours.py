"""Build the labelled-neighbours index (`socialreply/triage/semantic_neighbours.npz`).

    .venv/bin/python benchmarks/build_triage_neighbours.py           # build and write
    .venv/bin/python benchmarks/build_triage_neighbours.py --check   # digest up to date?
    .venv/bin/python benchmarks/build_triage_neighbours.py --clauses # the clause index

Every labelled post `triage_metrics.load()` reads (all batches: each post with every
category its writer gave it, or none) is embedded as the semantic pass embeds a post at
triage time (`neighbours.neighbour_text`: the post read through the glossaries in its
detected language; MiniLM; one post at a time, so a vector does not depend on its batch)
and stored with its categories and the name of its batch (`split`), so that
`triage_metrics.py` can leave a batch's own posts out when it scores that batch. A new
labelled batch joins the index only after it has been scored once, unseen. About three
minutes on 2 cores. Deterministic: the same data gives the same file.

``--clauses`` builds the clause index instead (`socialreply/triage/clause_neighbours.py`,
``semantic_clause_neighbours.npz``): every labelled post split into the units the head
reads (clauses through the glossaries, plus the whole-post unit), the shipped MiniLM head
choosing each crisis post's witness per category and which ordinary units are kept (about
five minutes). It holds the batches there were when it was built; a new batch need not
join it (``--check`` checks that the batches it holds are unchanged), so the file is not
rewritten with every batch.
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
from socialreply.triage.clause_neighbours import CLAUSE_NEIGHBOURS_FILE, witness_units
from socialreply.triage.head_inputs import head_inputs
from socialreply.triage.neighbours import (
    NEIGHBOURS_EMBEDDER,
    NEIGHBOURS_FILE,
    LabelledNeighbours,
    neighbour_text,
)
from socialreply.triage.policy import DEFAULT_LEVELS
from socialreply.triage.semantic import split_clauses, whole_post, with_whole_post
from socialreply.triage.semantic_head import default_head
from socialreply.types import Post


def data_digest(rows: list[dict[str, Any]]) -> str:
    """sha256 over every post's id, batch, text and categories, in load order."""
    h = hashlib.sha256()
    for row in rows:
        key = [row["id"], row["split"], row["text"], sorted(row["categories"])]
        h.update(json.dumps(key, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def _post(row: dict[str, Any]) -> tuple[Post, str | None]:
    """A labelled row as a post, and the language triage detects in it."""
    post = Post.model_validate({k: row[k] for k in ("id", "text", "platform") if k in row})
    return post, triage(post).language


def build(rows: list[dict[str, Any]]) -> LabelledNeighbours:
    embedder = shared_embedder(NEIGHBOURS_EMBEDDER)
    vectors = []
    for row in track(rows, description="embedding labelled posts"):
        post, language = _post(row)
        vectors.append(np.asarray(embedder.embed([neighbour_text(post.text, language)]))[0])
    return LabelledNeighbours.build(
        np.stack(vectors),
        [row["categories"] for row in rows],
        [row["split"] for row in rows],
        digest=data_digest(rows),
    )


def build_clauses(rows: list[dict[str, Any]]) -> LabelledNeighbours:
    embedder = shared_embedder(NEIGHBOURS_EMBEDDER)
    head = default_head(NEIGHBOURS_EMBEDDER)
    crisis = [c for c in head.categories if DEFAULT_LEVELS.get(c) == "crisis"]
    vectors, labels, groups = [], [], []
    for row in track(rows, description="embedding labelled clauses"):
        post, language = _post(row)
        clauses = split_clauses(post.text)
        if not clauses:
            continue
        units = np.asarray(embedder.embed(head_inputs([c.text for c in clauses], language)))
        if whole_post(post.text, clauses) is not None:
            units = with_whole_post(units)
        kept = witness_units(head.probabilities(units), head.columns, row["categories"], crisis)
        for unit in sorted(kept):
            vectors.append(units[unit])
            labels.append(sorted(kept[unit]))
            groups.append(row["split"])
    return LabelledNeighbours.build(np.stack(vectors), labels, groups, digest=data_digest(rows))


def clause_index_is_current(index: LabelledNeighbours, rows: list[dict[str, Any]]) -> bool:
    """The clause index was built from the batches it names as they are now."""
    held = set(index.group_names)
    return index.digest == data_digest([row for row in rows if row["split"] in held])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare the digests")
    parser.add_argument("--clauses", action="store_true", help="build the clause index")
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    output = args.output or (CLAUSE_NEIGHBOURS_FILE if args.clauses else NEIGHBOURS_FILE)
    rows = triage_metrics.load()
    digest = data_digest(rows)
    if args.check:
        if args.clauses:
            current = clause_index_is_current(LabelledNeighbours.load(output), rows)
            print("up to date" if current else "stale: a batch it holds has changed")
            return 0 if current else 1
        shipped = LabelledNeighbours.load(output).digest
        print("up to date" if shipped == digest else f"stale: {shipped[:12]} != {digest[:12]}")
        return 0 if shipped == digest else 1
    start = time.perf_counter()
    index = build_clauses(rows) if args.clauses else build(rows)
    index.save(output)
    print(
        f"{len(index)} {'units' if args.clauses else 'posts'} from "
        f"{len(index.group_names)} batches -> {output} "
        f"({output.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - start:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
