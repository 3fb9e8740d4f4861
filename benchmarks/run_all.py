"""Run every benchmark and quality script in turn (`make bench`).

Each script prints its own table and, where it has one, rewrites its section of
benchmarks/README.md. Run on a quiet machine: the figures are medians of several runs, but
two busy cores still skew them. `--only NAME ...` runs a subset, `--list` shows the names.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name -> script and arguments; quality scripts first (fast), then speed.
SCRIPTS: dict[str, list[str]] = {
    "triage-quality": ["triage_metrics.py"],
    "triage-quality-semantic": ["triage_metrics.py", "--semantic", "--exemplars"],
    "triage-quality-static": [
        "triage_metrics.py",
        "--semantic",
        "--embedder",
        "static-minilm",
        "--no-write",
    ],
    "scorers": ["scorer_meta_eval.py"],
    # Each unseen scorer batch on its own (scorer_meta_blind3 ... scorer_meta_blind87 and
    # blind94 ... blind103; blind88-93 were lost with session 19's scratch folder).
    **{
        f"scorers-blind{n}": [
            "scorer_meta_eval.py",
            "--data",
            f"benchmarks/data/scorer_meta_blind{n}.jsonl",
        ]
        for n in (*range(3, 88), *range(94, 104))
    },
    "scorers-tone-train4": ["scorer_meta_eval.py", "--data", "benchmarks/data/tone_train4.jsonl"],
    "retrieval": ["bench_retrieval.py"],
    "retrieval-blind3": [
        "bench_retrieval.py",
        "--questions",
        "benchmarks/data/retrieval_blind3.jsonl",
        "--skip-latency",
        "--by-language",
    ],
    "import": ["bench_import.py"],
    "triage-speed": ["bench_triage.py"],
    "pipeline": ["bench_pipeline.py"],
    "concurrency": ["bench_concurrency.py"],
    "eval-runner": ["bench_eval.py"],
    "eval-runner-static": ["bench_eval.py", "--only", "speed", "--static"],
    "eval-runner-rules-only": ["bench_eval.py", "--only", "speed", "--no-semantic"],
    "ingest": ["bench_ingest.py"],
    "service": ["bench_service.py"],
    "service-rules-only": ["bench_service.py", "--no-semantic"],
    "service-static": ["bench_service.py", "--static"],
    "local-model": ["bench_local_model.py"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=sorted(SCRIPTS), help="run these only")
    parser.add_argument("--list", action="store_true", help="list the benchmark names")
    args = parser.parse_args()
    if args.list:
        for name, argv in SCRIPTS.items():
            print(f"{name:26} {' '.join(argv)}")
        return 0
    failed = []
    for name in args.only or list(SCRIPTS):
        argv = SCRIPTS[name]
        print(f"\n=== {name}: {' '.join(argv)}", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / argv[0]), *argv[1:]], cwd=HERE.parent)
        print(f"=== {name}: exit {code} after {time.perf_counter() - started:.0f} s", flush=True)
        if code != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
