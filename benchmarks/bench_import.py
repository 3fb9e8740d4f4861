"""`import socialreply` cost: its wall time minus a bare interpreter start (median of runs).

    .venv/bin/python benchmarks/bench_import.py [--runs 15]

Target: at most 0.3 s. Also lists heavy modules that the import pulled in (must be none).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

HEAVY = ("chromadb", "openai", "langchain_core", "onnxruntime", "llama_cpp", "tiktoken", "bm25s")


def _time(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    _time("import socialreply")  # warm the file cache and .pyc files
    bare = [_time("pass") for _ in range(args.runs)]
    full = [_time("import socialreply") for _ in range(args.runs)]
    check = f"import sys, socialreply; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    heavy = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True
    ).stdout.strip()
    bare_s, full_s = statistics.median(bare), statistics.median(full)
    print("| measure | median seconds |")
    print("|---|---|")
    print(f"| bare interpreter (`python -c pass`) | {bare_s:.3f} |")
    print(f"| `python -c 'import socialreply'` | {full_s:.3f} |")
    print(f"| import cost | {full_s - bare_s:.3f} |")
    print(f"\nruns: {args.runs}; heavy modules imported: {heavy or 'none'}")


if __name__ == "__main__":
    main()
