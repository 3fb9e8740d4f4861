"""Firing rates of the triage rules on unlabelled posts (a sanity check on real traffic).

    .venv/bin/python benchmarks/triage_firing_rates.py POSTS.jsonl [--show 10]

POSTS.jsonl has one ``{"id", "text"}`` object per line (other keys are ignored). Prints how
often each category fires and, with ``--show N``, up to N flagged posts per category with
their evidence for manual review. Nothing is written: exploration data often may not be
shipped with the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from socialreply.triage import triage


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--platform", default="x")
    parser.add_argument("--show", type=int, default=0, help="flagged posts to print per category")
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    levels: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    total = 0
    with args.path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            text = json.loads(line)["text"]
            if not text.strip():
                continue
            total += 1
            escalation = triage(text, platform=args.platform).escalation
            levels[escalation.level] += 1
            for signal in escalation.signals:
                if signal.category not in counts or len(examples[signal.category]) < args.show:
                    examples[signal.category].append(f"[{signal.evidence}] {text[:140]!r}")
            counts.update(set(escalation.categories))
    print(f"posts: {total}")
    print("levels: " + ", ".join(f"{k} {v} ({v / total:.1%})" for k, v in levels.most_common()))
    for category, n in counts.most_common():
        print(f"{category:28s} {n:5d}  {n / total:.1%}")
        for example in examples[category][: args.show]:
            print(f"    {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
