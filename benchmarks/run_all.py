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
    "scorers-blind3": ["scorer_meta_eval.py", "--data", "benchmarks/data/scorer_meta_blind3.jsonl"],
    "scorers-blind4": ["scorer_meta_eval.py", "--data", "benchmarks/data/scorer_meta_blind4.jsonl"],
    "scorers-blind5": ["scorer_meta_eval.py", "--data", "benchmarks/data/scorer_meta_blind5.jsonl"],
    "scorers-blind6": ["scorer_meta_eval.py", "--data", "benchmarks/data/scorer_meta_blind6.jsonl"],
    "scorers-blind7": ["scorer_meta_eval.py", "--data", "benchmarks/data/scorer_meta_blind7.jsonl"],
    "scorers-blind8": ["scorer_meta_eval.py", "--data", "benchmarks/data/scorer_meta_blind8.jsonl"],
    "scorers-blind9": ["scorer_meta_eval.py", "--data", "benchmarks/data/scorer_meta_blind9.jsonl"],
    "scorers-blind10": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind10.jsonl",
    ],
    "scorers-blind11": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind11.jsonl",
    ],
    "scorers-blind12": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind12.jsonl",
    ],
    "scorers-blind13": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind13.jsonl",
    ],
    "scorers-blind14": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind14.jsonl",
    ],
    "scorers-blind15": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind15.jsonl",
    ],
    "scorers-blind16": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind16.jsonl",
    ],
    "scorers-blind17": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind17.jsonl",
    ],
    "scorers-blind18": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind18.jsonl",
    ],
    "scorers-blind19": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind19.jsonl",
    ],
    "scorers-blind20": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind20.jsonl",
    ],
    "scorers-blind21": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind21.jsonl",
    ],
    "scorers-blind22": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind22.jsonl",
    ],
    "scorers-blind23": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind23.jsonl",
    ],
    "scorers-blind24": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind24.jsonl",
    ],
    "scorers-blind25": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind25.jsonl",
    ],
    "scorers-blind26": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind26.jsonl",
    ],
    "scorers-blind27": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind27.jsonl",
    ],
    "scorers-blind28": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind28.jsonl",
    ],
    "scorers-blind29": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind29.jsonl",
    ],
    "scorers-blind30": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind30.jsonl",
    ],
    "scorers-blind31": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind31.jsonl",
    ],
    "scorers-blind32": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind32.jsonl",
    ],
    "scorers-blind33": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind33.jsonl",
    ],
    "scorers-blind34": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind34.jsonl",
    ],
    "scorers-blind35": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind35.jsonl",
    ],
    "scorers-blind36": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind36.jsonl",
    ],
    "scorers-blind37": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind37.jsonl",
    ],
    "scorers-blind38": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind38.jsonl",
    ],
    "scorers-blind39": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind39.jsonl",
    ],
    "scorers-blind40": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind40.jsonl",
    ],
    "scorers-blind41": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind41.jsonl",
    ],
    "scorers-blind42": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind42.jsonl",
    ],
    "scorers-blind43": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind43.jsonl",
    ],
    "scorers-blind44": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind44.jsonl",
    ],
    "scorers-blind45": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind45.jsonl",
    ],
    "scorers-blind46": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind46.jsonl",
    ],
    "scorers-blind47": [
        "scorer_meta_eval.py",
        "--data",
        "benchmarks/data/scorer_meta_blind47.jsonl",
    ],
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
