"""Meta-evaluation of the deterministic scorers: do they catch broken drafts and pass good
ones?

Reads ``benchmarks/data/scorer_meta_eval.jsonl``: drafts over the sample store, each good
(``defects: []``) or deliberately broken with defect labels. For each defect the scorers
meant to catch it are listed below; a broken draft is *caught* when one of them fails it.
A *false alarm* is a scorer failing a good draft. The ``dev`` split was used while
building the scorers; the ``holdout`` split was written afterwards and reported
separately (its misses have since been studied, so it is tuning data now too). A new
blind set in the same format is scored with ``--data``, once, after the last scorer change.

    .venv/bin/python benchmarks/scorer_meta_eval.py            # markdown tables
    .venv/bin/python benchmarks/scorer_meta_eval.py --json     # machine-readable
    .venv/bin/python benchmarks/scorer_meta_eval.py --data other.jsonl --split blind
    .venv/bin/python benchmarks/scorer_meta_eval.py --data other.jsonl --learned-blame

``--learned-blame`` scores `no-blame` with ``value: learned`` (the phrase rules, then the
learned sentence check of `evaluation/blame_head.py`; opt-in, see benchmarks/README.md).
``--learned-policy`` likewise scores `no-unauthorized-promises` with ``value: learned`` (the
promise rules, then the learned invented-policy check of `evaluation/policy_head.py`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from socialreply.config import Settings
from socialreply.evaluation import blame_check, promises
from socialreply.evaluation.score_file import DEFAULT_CHECKS, DraftLine, score_draft

DATA = Path(__file__).resolve().parent / "data" / "scorer_meta_eval.jsonl"

# defect label -> the deterministic scorers whose job it is to catch it
DEFECT_SCORERS: dict[str, tuple[str, ...]] = {
    "wrong_number": ("numbers-supported",),
    "invented_policy": ("no-unauthorized-promises", "numbers-supported"),
    "over_limit": ("within-limit",),
    "rude": ("no-blame", "no-shouting"),
    "blame": ("no-blame",),
    "pii_echo": ("no-pii-echo",),
    "missing_apology": ("empathy",),
    "hashtag_spam": ("hashtags",),
    "wrong_language": ("language-match",),
    "shouting": ("no-shouting",),
    "robotic": ("no-robotic",),
    "invented_link": ("no-invented-links",),
    "informal": ("formality",),
    "missing_fact": ("expected-facts",),
}
TARGET_CAUGHT = 0.95
TARGET_FALSE_ALARMS = 0.05


def evaluate(
    split: str | None,
    data: Path = DATA,
    *,
    learned_blame: bool = False,
    learned_policy: bool = False,
) -> dict[str, Any]:
    settings = Settings()
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line]
    if split:
        rows = [r for r in rows if r["split"] == split]
    per_defect: dict[str, list[bool]] = defaultdict(list)
    per_defect_any: dict[str, list[bool]] = defaultdict(list)
    scorer_caught: dict[str, list[bool]] = defaultdict(list)
    false_alarms: dict[str, int] = defaultdict(int)
    good = broken = good_failed = broken_failed = 0
    missed: list[str] = []
    alarms: list[str] = []
    for row in rows:
        line = DraftLine.model_validate(row)
        _, results = score_draft(line, settings, DEFAULT_CHECKS)
        failed = {r.type for r in results if not r.passed}
        reasons = {r.type: r.reason for r in results if not r.passed}
        if learned_blame and "no-blame" in DEFAULT_CHECKS and "no-blame" not in failed:
            outcome = blame_check.no_blame(line.context(settings), "learned")
            if outcome.score < 1.0:
                failed.add("no-blame")
                reasons["no-blame"] = outcome.reason
        check = "no-unauthorized-promises"
        if learned_policy and check in DEFAULT_CHECKS and check not in failed:
            outcome = promises.no_unauthorized_promises(line.context(settings), "learned")
            if outcome.score < 1.0:
                failed.add(check)
                reasons[check] = outcome.reason
        if not row["defects"]:
            good += 1
            good_failed += int(bool(failed))
            for name in failed:
                false_alarms[name] += 1
                alarms.append(f"{row['id']} [{name}] {reasons[name]}")
            continue
        broken += 1
        broken_failed += int(bool(failed))
        for defect in row["defects"]:
            meant = DEFECT_SCORERS[defect]
            hit = bool(failed & set(meant))
            per_defect[defect].append(hit)
            per_defect_any[defect].append(bool(failed))
            # Per scorer, count the defects it is the primary catcher of.
            scorer_caught[meant[0]].append(meant[0] in failed)
            if not hit:
                missed.append(f"{row['id']} ({defect}): {row['draft']}")
    scorers = sorted({s for v in DEFECT_SCORERS.values() for s in v} | set(DEFAULT_CHECKS))
    return {
        "split": split or "all",
        "drafts": len(rows),
        "good": good,
        "broken": broken,
        "broken_caught_any": broken_failed / broken if broken else None,
        "good_wrongly_failed": good_failed / good if good else None,
        "defects": {
            d: {
                "n": len(v),
                "caught": sum(v) / len(v),
                "caught_any_check": sum(per_defect_any[d]) / len(v),
                "scorers": DEFECT_SCORERS[d],
            }
            for d, v in sorted(per_defect.items())
        },
        "scorers": {
            s: {
                "defects_meant": len(scorer_caught.get(s, [])),
                "caught": (sum(scorer_caught[s]) / len(scorer_caught[s]))
                if scorer_caught.get(s)
                else None,
                "false_alarms": false_alarms.get(s, 0) / good if good else None,
            }
            for s in scorers
        },
        "missed": missed,
        "false_alarm_examples": alarms,
    }


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.1%}"


def markdown(result: dict[str, Any]) -> str:
    lines = [
        f"**{result['split']}**: {result['drafts']} drafts ({result['good']} good, "
        f"{result['broken']} broken); broken drafts failed by at least one check: "
        f"{_pct(result['broken_caught_any'])}; good drafts wrongly failed: "
        f"{_pct(result['good_wrongly_failed'])}.",
        "",
        "| scorer | broken drafts (primary scorer) | caught | false alarms on good |",
        "|---|---:|---:|---:|",
    ]
    for name, s in result["scorers"].items():
        ok = (s["caught"] is None or s["caught"] >= TARGET_CAUGHT) and (
            s["false_alarms"] is None or s["false_alarms"] <= TARGET_FALSE_ALARMS
        )
        flag = "" if ok else " ⚠"
        lines.append(
            f"| `{name}`{flag} | {s['defects_meant']} | {_pct(s['caught'])} | "
            f"{_pct(s['false_alarms'])} |"
        )
    lines += [
        "",
        "| defect | n | caught by its scorer(s) | failed by any check |",
        "|---|---:|---:|---:|",
    ]
    for name, d in result["defects"].items():
        lines.append(f"| {name} | {d['n']} | {_pct(d['caught'])} | {_pct(d['caught_any_check'])} |")
    if result["missed"]:
        lines += ["", "Missed:"] + [f"- {m}" for m in result["missed"]]
    if result["false_alarm_examples"]:
        lines += ["", "False alarms:"] + [f"- {m}" for m in result["false_alarm_examples"]]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="labelled drafts (JSONL)")
    parser.add_argument("--split", default=None, help="only rows of this split")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--learned-blame", action="store_true", help="no-blame with value 'learned'"
    )
    parser.add_argument(
        "--learned-policy",
        action="store_true",
        help="no-unauthorized-promises with value 'learned'",
    )
    args = parser.parse_args()
    if args.split:
        splits = [args.split]
    else:
        rows = args.data.read_text(encoding="utf-8").splitlines()
        found = sorted({json.loads(line)["split"] for line in rows if line.strip()})
        splits = [*found, None] if len(found) > 1 else [None]
    results = [
        evaluate(s, args.data, learned_blame=args.learned_blame, learned_policy=args.learned_policy)
        for s in splits
    ]
    if args.json:
        json.dump(results, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for r in results:
            print(markdown(r))
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
