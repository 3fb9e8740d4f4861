"""Triage quality on the labelled set: per-category precision/recall, level confusion
matrix, hard-negative false-positive rate and language accuracy, for each part of the
labelled data separately (dev, holdout, fresh, blind).

    .venv/bin/python benchmarks/triage_metrics.py            # print and update README
    .venv/bin/python benchmarks/triage_metrics.py --no-write # print only
    .venv/bin/python benchmarks/triage_metrics.py --semantic # rules vs rules+semantic
    .venv/bin/python benchmarks/triage_metrics.py --semantic --exemplars  # + the old pass

Only the blind part (``triage_blind.jsonl``) is unseen: it was written by someone who had
read neither the rules, the exemplars nor the other posts, and scored once. Holdout and
fresh were unseen in the first session and became tuning data in the second. All parts
are reported as measured. Results go between the ``triage-metrics`` markers of the
``## Triage`` section in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from socialreply.triage import triage
from socialreply.types import LEVELS, Post

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "triage_labelled.jsonl"
# A blind batch written after the rules and before the semantic layer; never tuned on.
FRESH = HERE / "data" / "triage_fresh.jsonl"
# Written in the second session by someone who read neither the rules, the exemplars nor
# the other labelled posts, while holdout and fresh became tuning data; scored once.
BLIND = HERE / "data" / "triage_blind.jsonl"
# Written in the third session by a new writer who read neither the code nor any data;
# scored once after the trained heads were fixed (session 3's unseen measure).
BLIND3 = HERE / "data" / "triage_blind3.jsonl"
# Written in the fourth session to train the semantic head (new writers, indirect crises,
# six languages); never read while writing rules, so rules-only figures on it are unseen.
TRAIN4 = (HERE / "data" / "triage_train4_a.jsonl", HERE / "data" / "triage_train4_b.jsonl")
# Written in the fourth session by a writer who read neither the code nor any data;
# scored once after every session-4 change (session 4's unseen measure).
BLIND4 = HERE / "data" / "triage_blind4.jsonl"
# A second unseen batch of session 4 (another new writer), scored once at the session's end.
BLIND5 = HERE / "data" / "triage_blind5.jsonl"
# Written in the fifth session to train the head (indirect crises and their look-alikes,
# English and six other languages); session 5's rules were written from blind4/blind5,
# not from these, so rules-only figures on train5 are unseen by the rules.
TRAIN5 = (HERE / "data" / "triage_train5_a.jsonl", HERE / "data" / "triage_train5_b.jsonl")
# Written in the fifth session by a writer who read neither the code nor any data; scored
# once after every session-5 change (session 5's unseen measure).
BLIND6 = HERE / "data" / "triage_blind6.jsonl"
# A second unseen batch of session 5 (another new writer), scored once at the session's
# end after the blind6 fixes.
BLIND7 = HERE / "data" / "triage_blind7.jsonl"
# Session 5's last training batch (crisis-prone products in ordinary posts and in real
# crises); then a third unseen batch, scored once after it.
TRAIN6 = (HERE / "data" / "triage_train6_a.jsonl", HERE / "data" / "triage_train6_b.jsonl")
BLIND8 = HERE / "data" / "triage_blind8.jsonl"
# Session 6: blind9 scored once after the rules written from blind8; blind10 once after
# the rules written from blind9 and the retrained heads.
BLIND9 = HERE / "data" / "triage_blind9.jsonl"
BLIND10 = HERE / "data" / "triage_blind10.jsonl"
# Five more unseen batches of session 6, each scored once after the fixes from the one
# before; blind15 is the final system's measure.
BLIND11 = HERE / "data" / "triage_blind11.jsonl"
BLIND12 = HERE / "data" / "triage_blind12.jsonl"
BLIND13 = HERE / "data" / "triage_blind13.jsonl"
BLIND14 = HERE / "data" / "triage_blind14.jsonl"
BLIND15 = HERE / "data" / "triage_blind15.jsonl"
# Session 7: unseen batches scored once each, after the fixes from the one before.
BLIND16 = HERE / "data" / "triage_blind16.jsonl"
BLIND17 = HERE / "data" / "triage_blind17.jsonl"
BLIND18 = HERE / "data" / "triage_blind18.jsonl"
BLIND19 = HERE / "data" / "triage_blind19.jsonl"
BLIND20 = HERE / "data" / "triage_blind20.jsonl"
BLIND21 = HERE / "data" / "triage_blind21.jsonl"
BLIND22 = HERE / "data" / "triage_blind22.jsonl"
BLIND23 = HERE / "data" / "triage_blind23.jsonl"
BLIND24 = HERE / "data" / "triage_blind24.jsonl"
BLIND25 = HERE / "data" / "triage_blind25.jsonl"
# Scored once with the final system after the fixes that followed blind25; nothing after.
BLIND26 = HERE / "data" / "triage_blind26.jsonl"
BLIND27 = HERE / "data" / "triage_blind27.jsonl"
# Session 8: each scored once on arrival with the system as it stood (28-31 then tuned on;
# 32 and 33 scored with the final system only).
SESSION8 = tuple(HERE / "data" / f"triage_blind{n}.jsonl" for n in range(28, 34))
# Session 9: each scored once on arrival with the system as it stood (34-37 then tuned on;
# 38-41 scored with the final system only).
SESSION9 = tuple(HERE / "data" / f"triage_blind{n}.jsonl" for n in range(34, 42))
# Session 10: written from a rewritten brief; each scored once on arrival (42-44 with
# session 9's final system, 4b7a190, then tuned on; 45 and 46 with session 10's, 754bdbf).
SESSION10 = tuple(HERE / "data" / f"triage_blind{n}.jsonl" for n in range(42, 47))
# Session 11: written from the brief kept in benchmarks/writers/ (every category that
# applies, not one); both scored once on arrival with session 11's final system (a225e97),
# session 10's final system (da6af97) beside it.
SESSION11 = tuple(HERE / "data" / f"triage_blind{n}.jsonl" for n in range(47, 49))
# Session 12: the same brief; both scored once on arrival with session 12's final system
# (c150b7b, the labelled neighbours), session 11's (da5bd43) beside it. Labelled posts of
# the neighbours index since.
SESSION12 = tuple(HERE / "data" / f"triage_blind{n}.jsonl" for n in range(49, 51))
# Session 13: the same brief; blind51/52 scored once on arrival with the system after the
# clause neighbours (73545c4), then tuned on (the session's rule round); blind53/54 written
# beside that round and scored once with the final system (b5386f3); session 12's
# (fbe551b) beside each. Labelled posts of the neighbours index since (not of the clause
# index, built before them).
SESSION13 = tuple(HERE / "data" / f"triage_blind{n}.jsonl" for n in range(51, 55))
# Session 14: the same brief; blind55/56 scored once on arrival with the system after the
# false-friend families and semantic gates (b773356), then tuned on (the session's rule
# round); blind57/58 written beside that round and scored once with the final system
# (merge of tr14b); session 13's final system (3f6d96d) beside each. Labelled posts of the
# neighbours index since.
SESSION14 = tuple(HERE / "data" / f"triage_blind{n}.jsonl" for n in range(55, 59))
# Session 15: the same brief; blind59/60 written at the session's start and scored once
# with the system after its first round (merge of tr15a/tr15b), session 14's final system
# (48b3d30) beside; then tuned on (the second round). blind61/62 written beside the first
# round and scored once after the second (merge of tr15c/tr15d), then tuned on (the third).
# blind63-66 written beside the second and third rounds and scored once with the final
# system (merge of tr15f). Labelled posts of the neighbours index since.
SESSION15 = tuple(HERE / "data" / f"triage_blind{n}.jsonl" for n in range(59, 67))
# Session 16: the same brief, in three waves of two batches, each scored once with the
# system after a round, session 15's final system (8e739be) beside: blind67/68 after round 1,
# blind69/70 after round 2 (each wave then tuned on), blind71/72 with the final system.
SESSION16 = tuple(HERE / "data" / f"triage_blind{n}.jsonl" for n in range(67, 73))
# Session 17: the same brief, two waves of two batches, each scored once, session 16's final
# system (ce38cca) beside: blind73/74 after round 1 (rules + the n-gram head), then tuned on;
# blind75/76 with the final system (round 2: rules from blind73/74, the head refit on them).
SESSION17 = tuple(HERE / "data" / f"triage_blind{n}.jsonl" for n in range(73, 77))
# Session 18: the same brief, two waves, each batch scored once, session 17's final system
# (98cce94) beside: blind77/78 after round 1 (the n-gram head refit through blind76 and the
# learned veto of rule-only signals), then tuned on; blind79-82 written beside that and scored
# once with the final system (round 2: rules from blind77/78).
SESSION18 = tuple(HERE / "data" / f"triage_blind{n}.jsonl" for n in range(77, 83))
SPLITS = (
    "dev",
    "holdout",
    "fresh",
    "blind",
    "blind3",
    "train4",
    "blind4",
    "blind5",
    "train5",
    "blind6",
    "blind7",
    "train6",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    *(f"blind{n}" for n in range(28, 83)),
)
README = HERE / "README.md"

CRISIS = ("self_harm", "violence_threat", "safety_injury", "data_breach")
URGENT = ("legal_threat", "regulatory", "media_inquiry", "discrimination_harassment")
TARGETS = {
    "crisis_recall": 0.95,
    "urgent_recall": 0.90,
    "precision": 0.85,
    "hard_negative_fp_rate": 0.10,
}


@dataclass
class Report:
    split: str
    posts: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    confusion: dict[tuple[str, str], int] = field(default_factory=Counter)
    hard_negatives: int = 0
    hard_negative_fps: list[str] = field(default_factory=list)
    language_total: int = 0
    language_correct: int = 0
    errors: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)

    def precision(self, category: str | None = None) -> float:
        tp = self.tp[category] if category else sum(self.tp.values())
        fp = self.fp[category] if category else sum(self.fp.values())
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, category: str | None = None) -> float:
        tp = self.tp[category] if category else sum(self.tp.values())
        fn = self.fn[category] if category else sum(self.fn.values())
        return tp / (tp + fn) if tp + fn else 1.0

    def group_recall(self, categories: tuple[str, ...]) -> float:
        tp = sum(self.tp[c] for c in categories)
        fn = sum(self.fn[c] for c in categories)
        return tp / (tp + fn) if tp + fn else 1.0

    @property
    def hard_negative_fp_rate(self) -> float:
        return len(self.hard_negative_fps) / self.hard_negatives if self.hard_negatives else 0.0

    def checks(self) -> dict[str, tuple[float, float, bool]]:
        """name -> (value, target, met). Crisis/urgent recall are checked per category."""
        out: dict[str, tuple[float, float, bool]] = {}
        for cat in CRISIS:
            value = self.recall(cat)
            out[f"recall {cat}"] = (value, TARGETS["crisis_recall"], value >= 0.95)
        for cat in URGENT:
            value = self.recall(cat)
            out[f"recall {cat}"] = (value, TARGETS["urgent_recall"], value >= 0.90)
        p = self.precision()
        out["precision (all categories)"] = (p, TARGETS["precision"], p >= 0.85)
        hn = self.hard_negative_fp_rate
        out["hard-negative FP rate"] = (hn, TARGETS["hard_negative_fp_rate"], hn <= 0.10)
        return out

    @property
    def passed(self) -> bool:
        return all(met for _, _, met in self.checks().values())


def load(
    paths: tuple[Path, ...] = (
        DATA,
        FRESH,
        BLIND,
        BLIND3,
        *TRAIN4,
        BLIND4,
        BLIND5,
        *TRAIN5,
        BLIND6,
        BLIND7,
        *TRAIN6,
        BLIND8,
        BLIND9,
        BLIND10,
        BLIND11,
        BLIND12,
        BLIND13,
        BLIND14,
        BLIND15,
        BLIND16,
        BLIND17,
        BLIND18,
        BLIND19,
        BLIND20,
        BLIND21,
        BLIND22,
        BLIND23,
        BLIND24,
        BLIND25,
        BLIND26,
        BLIND27,
        *SESSION8,
        *SESSION9,
        *SESSION10,
        *SESSION11,
        *SESSION12,
        *SESSION13,
        *SESSION14,
        *SESSION15,
        *SESSION16,
        *SESSION17,
        *SESSION18,
    ),
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def as_unseen(semantic: Any, split: str) -> Any:
    """The semantic pass to score `split` with as if unseen: the batch's own posts left
    out of the labelled neighbours that check the head (`socialreply/triage/neighbours.py`,
    every labelled batch) and of the clause neighbours that add crises
    (`clause_neighbours.py`)."""
    from socialreply.triage.semantic import SemanticTriage, default_semantic_triage

    if semantic is True:
        semantic = default_semantic_triage()
    if isinstance(semantic, SemanticTriage):
        posts, clauses = semantic.neighbours, semantic.clause_neighbours
        return semantic.with_neighbours(
            False if posts is None else posts.without({split}),
            False if clauses is None else clauses.without({split}),
        )
    return semantic


def evaluate(rows: list[dict[str, Any]], split: str, semantic: Any = False) -> Report:
    """Score `split`; `semantic` is passed to `triage()` (False: rules only), with the
    split's own posts left out of the labelled neighbours (`as_unseen`)."""
    semantic = as_unseen(semantic, split)
    report = Report(split=split)
    for row in rows:
        if row["split"] != split:
            continue
        report.posts += 1
        post = Post.model_validate(
            {k: row[k] for k in ("id", "text", "platform", "metrics") if k in row}
        )
        started = time.perf_counter()
        result = triage(post, semantic=semantic)
        report.latencies_ms.append((time.perf_counter() - started) * 1000)
        predicted = set(result.escalation.categories)
        gold = set(row["categories"])
        for cat in predicted & gold:
            report.tp[cat] += 1
        for cat in predicted - gold:
            report.fp[cat] += 1
            report.errors.append(f"FP {row['id']} {cat}: {row['text'][:70]!r}")
        for cat in gold - predicted:
            report.fn[cat] += 1
            report.errors.append(f"FN {row['id']} {cat}: {row['text'][:70]!r}")
        report.confusion[(row["level"], result.escalation.level)] += 1
        if row.get("hard_negative"):
            report.hard_negatives += 1
            if predicted - gold:
                report.hard_negative_fps.append(row["id"])
        if row.get("language") and row["language"] != "en":
            report.language_total += 1
            report.language_correct += int(result.language == row["language"])
    return report


def render(reports: list[Report]) -> str:
    lines: list[str] = []
    cats = sorted(
        {c for r in reports for c in (*r.tp, *r.fp, *r.fn)},
        key=lambda c: (c not in CRISIS, c not in URGENT, c),
    )
    head = " | ".join(f"{r.split} P | {r.split} R | {r.split} n" for r in reports)
    lines += [f"| category | {head} |", "|---|" + "---:|" * (3 * len(reports))]
    for cat in cats:
        cells = " | ".join(
            f"{r.precision(cat):.2f} | {r.recall(cat):.2f} | {r.tp[cat] + r.fn[cat]}"
            for r in reports
        )
        lines.append(f"| {cat} | {cells} |")
    lines.append("")
    lines += ["| check | target | " + " | ".join(r.split for r in reports) + " |"]
    lines.append("|---|---:|" + "---:|" * len(reports))
    names = list(reports[0].checks())
    for name in names:
        target = reports[0].checks()[name][1]
        op = "≤" if "FP rate" in name else "≥"
        checks: list[str] = []
        for r in reports:
            value, _, met = r.checks()[name]
            checks.append(f"{value:.2f}{'' if met else ' **miss**'}")
        lines.append(f"| {name} | {op} {target:.2f} | " + " | ".join(checks) + " |")
    lines.append(
        "| hard negatives (false friends) | | "
        + " | ".join(f"{len(r.hard_negative_fps)} FP of {r.hard_negatives}" for r in reports)
        + " |"
    )
    lines.append(
        "| language of non-English posts | | "
        + " | ".join(f"{r.language_correct}/{r.language_total}" for r in reports)
        + " |"
    )
    lines.append("| posts | | " + " | ".join(str(r.posts) for r in reports) + " |")
    for r in reports:
        lines += [
            "",
            f"Level confusion matrix, {r.split} (rows: labelled, columns: predicted):",
            "",
        ]
        lines.append("| | " + " | ".join(LEVELS) + " |")
        lines.append("|---|" + "---:|" * len(LEVELS))
        for gold in LEVELS:
            row = " | ".join(str(r.confusion.get((gold, pred), 0)) for pred in LEVELS)
            lines.append(f"| **{gold}** | {row} |")
    return "\n".join(lines)


START, END = "<!-- triage-metrics:start -->", "<!-- triage-metrics:end -->"
SEM_START, SEM_END = "<!-- triage-semantic:start -->", "<!-- triage-semantic:end -->"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def render_comparison(
    rules: list[Report], combined: list[Report], exemplars: list[Report] | None = None
) -> str:
    """Rules only vs rules + semantic (and, given, rules + the exemplar decision instead
    of the trained head), per split: the headline numbers side by side."""
    lines = [
        "| split | pass | P (all) | R (all) | crisis R | urgent R | hard-neg FP | "
        "triage p50 ms | p95 ms |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for i, (r_rules, r_sem) in enumerate(zip(rules, combined, strict=True)):
        passes = [("rules", r_rules)]
        if exemplars is not None:
            passes.append(("rules+exemplars", exemplars[i]))
        passes.append(("rules+semantic", r_sem))
        for name, r in passes:
            lines.append(
                f"| {r.split} | {name} | {r.precision():.2f} | {r.recall():.2f} | "
                f"{r.group_recall(CRISIS):.2f} | {r.group_recall(URGENT):.2f} | "
                f"{len(r.hard_negative_fps)}/{r.hard_negatives} "
                f"({r.hard_negative_fp_rate:.2f}) | "
                f"{statistics.median(r.latencies_ms):.2f} | {_pct(r.latencies_ms, 0.95):.2f} |"
            )
    return "\n".join(lines)


def write_section(readme: Path, marker: tuple[str, str], body: str, intro: str) -> None:
    """Replace the text between `marker` in the ``## Triage`` section (creating either)."""
    text = readme.read_text(encoding="utf-8") if readme.exists() else "# Benchmarks\n"
    block = f"{marker[0]}\n{body}\n{marker[1]}"
    if marker[0] in text and marker[1] in text:
        before, rest = text.split(marker[0], 1)
        _, after = rest.split(marker[1], 1)
        text = before + block + after
    elif "## Triage" in text:
        head, tail = text.split("## Triage", 1)
        nxt = tail.find("\n## ")
        section, remainder = (tail, "") if nxt < 0 else (tail[:nxt], tail[nxt:])
        text = head + "## Triage" + section.rstrip("\n") + f"\n\n{intro}\n\n{block}\n" + remainder
    else:
        text = text.rstrip("\n") + f"\n\n## Triage\n\n{intro}\n\n{block}\n"
    readme.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-write", action="store_true", help="do not update the README")
    parser.add_argument("--errors", action="store_true", help="list misclassified dev posts")
    parser.add_argument(
        "--dev-only", action="store_true", help="while tuning rules: do not score the holdout"
    )
    parser.add_argument(
        "--semantic",
        action="store_true",
        help="also score rules+semantic and write the comparison section",
    )
    parser.add_argument(
        "--exemplars",
        action="store_true",
        help="with --semantic: also score the exemplar decision instead of the trained head",
    )
    parser.add_argument(
        "--embedder",
        choices=("static-minilm", "minilm"),
        default=None,
        help="with --semantic: the head's embedder (default: the policy's default)",
    )
    parser.add_argument(
        "--data",
        type=Path,
        nargs="+",
        default=None,
        metavar="FILE",
        help="score these labelled JSONL files instead of the built-in list, one column per "
        "split in file order (e.g. the spent batches in benchmarks/data/pending/); never "
        "writes the README",
    )
    args = parser.parse_args(argv)
    if args.data:
        missing = [str(path) for path in args.data if not path.is_file()]
        if missing:
            parser.error(f"--data: no such file: {', '.join(missing)}")
        rows = load(tuple(args.data))
        # The splits of the given files, as they come: the README's tables are the
        # built-in list's, so a replay only prints.
        splits = list(dict.fromkeys(row["split"] for row in rows))
        args.no_write = True
    else:
        rows = load()
        present = {row["split"] for row in rows}
        splits = [split for split in SPLITS if split in present]
    if args.semantic:
        return _semantic_main(
            rows,
            write=not args.no_write,
            errors=args.errors,
            exemplars=args.exemplars,
            embedder=args.embedder,
            splits=splits,
        )
    if args.data:
        reports = [evaluate(rows, split) for split in splits]
    else:
        reports = [evaluate(rows, "dev")]
        if not args.dev_only:
            reports += [evaluate(rows, split) for split in splits[1:]]
        else:
            args.no_write = True
    table = render(reports)
    print(table)
    if args.errors:
        # Only the dev part: the holdout's individual errors are not for tuning. Given
        # files (spent batches) list all theirs.
        shown = reports if args.data else reports[:1]
        print("\n".join(e for r in shown for e in r.errors), file=sys.stderr)
    if not args.no_write:
        intro = (
            "### Quality on the labelled set\n\n"
            "Rules only. dev, holdout (`triage_labelled.jsonl`) and fresh "
            "(`triage_fresh.jsonl`) have all been tuned on; **blind** "
            "(`triage_blind.jsonl`) is the only unseen part. Regenerate with "
            "`.venv/bin/python benchmarks/triage_metrics.py`."
        )
        write_section(README, (START, END), table, intro)
    return 0


def _semantic_main(
    rows: list[dict[str, Any]],
    *,
    write: bool,
    errors: bool,
    exemplars: bool = False,
    embedder: str | None = None,
    splits: list[str] | None = None,
) -> int:
    splits = splits or list(SPLITS)
    from socialreply.knowledge.embeddings import MiniLMEmbedder
    from socialreply.knowledge.query_embedding import query_embedder, shared_embedder
    from socialreply.knowledge.static_embeddings import StaticEmbedder
    from socialreply.triage.semantic import SemanticTriage, default_semantic_triage

    # The pass the policy runs: the trained head over the clause vectors of its embedder.
    runner = default_semantic_triage(embedder)
    runner.signals("warm-up: load the model before timing")
    assert runner.head is not None
    # Timed without the per-text embedding cache (the scoring above filled it): a fresh
    # embedder of the same kind (MiniLM: the one-thread model the service uses for
    # queries), every post embedded for real.
    fresh = (
        StaticEmbedder() if runner.head.embedder == "static-minilm" else MiniLMEmbedder(threads=1)
    )
    timed = SemanticTriage(fresh, runner.exemplars, head=runner.head)
    timed.signals("warm-up: load the model before timing")
    rules = [evaluate(rows, split) for split in splits]
    combined = [evaluate(rows, split, semantic=runner) for split in splits]
    by_exemplars = None
    if exemplars:
        minilm = query_embedder(shared_embedder("minilm"))  # the exemplars' thresholds
        previous = SemanticTriage(minilm, runner.exemplars, head=False)
        by_exemplars = [evaluate(rows, split, semantic=previous) for split in splits]
    # The semantic pass alone, every labelled post: wall clock (shared machine) and the
    # thread's CPU time (a one-thread session: all of the model's work is on this thread).
    wall: list[float] = []
    cpu: list[float] = []
    for row in rows:
        w0, c0 = time.perf_counter(), time.thread_time()
        timed.signals(row["text"])
        cpu.append((time.thread_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
    load = os.getloadavg()[0]
    latency = (
        f"Semantic pass alone ({len(rows)} posts, model loaded; load average {load:.1f} "
        f"on 2 cores): wall clock p50 {statistics.median(wall):.1f} ms, "
        f"p95 {_pct(wall, 0.95):.1f} ms; calling thread CPU p50 "
        f"{statistics.median(cpu):.1f} ms, p95 {_pct(cpu, 0.95):.1f} ms."
    )
    body = (
        render_comparison(rules, combined, by_exemplars)
        + "\n\n"
        + latency
        + "\n\n"
        + render(combined)
    )
    print(body)
    if errors:
        print("\n".join(combined[0].errors), file=sys.stderr)  # dev only, as above
    if write:
        intro = (
            "### Rules + semantic pass\n\n"
            "Regenerate with `.venv/bin/python benchmarks/triage_metrics.py --semantic`."
        )
        write_section(README, (SEM_START, SEM_END), body, intro)
    return 0


if __name__ == "__main__":
    sys.exit(main())
