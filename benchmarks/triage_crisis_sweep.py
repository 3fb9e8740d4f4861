"""Replay the semantic pass's crisis decisions offline under other parameters.

Why: crisis recall is the triage target with the least margin (one batch in three misses
three of its 40 crises), and rule rounds have not generalised. The semantic pass decides
crises with a few numbers (the head's thresholds, the labelled neighbours' k and how many
must agree, `ADD_FRACTION`, the clause neighbours' k and `FRACTION`); this script records
once per post what those decisions read, then replays them under other values in seconds
instead of re-running MiniLM for every setting.

    python benchmarks/triage_crisis_sweep.py trace OUT.pkl      # MiniLM, 10-30 min
    python benchmarks/triage_crisis_sweep.py check OUT.pkl      # replay == triage()?
    python benchmarks/triage_crisis_sweep.py sweep OUT.pkl [--arrival RULES.json...]
    python benchmarks/triage_crisis_sweep.py batches OUT.pkl [--arrival ...]  # per batch
    python benchmarks/triage_crisis_sweep.py misses OUT.pkl     # today's missed crises

The trace runs the default system, `triage(post, semantic=as_unseen(...))`, over
blind42-blind82 (each batch left out of both neighbour indexes, as an unseen post would
see them) and stores per post: the rules' categories, the head's probabilities per unit
and thresholds, whether the semantic gates let each category stand, the categories of the
10 labelled posts nearest the post and of the 10 labelled units nearest each unit, the
semantic pass's own output and the final categories. The replay recomputes the MiniLM
pass's signals (`SemanticTriage._head_signals`) from those and runs the rest of the real
pipeline (n-gram head, rule veto, merge) on them; at today's parameters it must give
today's categories to the post (``check``).

Only crisis categories are swept; every other category keeps today's decision. Three
views per setting and half (choose blind42-66, check blind67-82):

* the whole system (rules, MiniLM pass, n-gram head, rule veto), exactly: its precision
  and false friends are the cost; its crisis recall is ~1.0, since the rules were written
  from these batches;
* ``alone``: the MiniLM pass's crisis signals with the rules' crises hidden from it;
* ``arrival``: the crisis categories of the rules each batch was first scored beside
  (``--arrival``: JSON files {post id: categories}, rules-only `triage()` run with the
  older commit's code, e.g. session 15's final system for blind67-72) plus the MiniLM
  pass's: crisis recall as an unseen batch meets it, less the n-gram head's share.
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import sys
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import triage_metrics as tm

from socialreply.triage import triage
from socialreply.triage.engine import prefetch_triage
from socialreply.triage.neighbours import neighbour_text
from socialreply.triage.policy import DEFAULT_LEVELS, TriagePolicy
from socialreply.triage.semantic import (
    HeadScore,
    SemanticTriage,
    _clause_signal,
    _head_thresholds,
    default_semantic_triage,
)
from socialreply.triage.semantic_gates import (
    SECONDARY_THRESHOLDS,
    semantic_signal_stands,
)
from socialreply.types import Post, Signal

CHOOSE = tuple(f"blind{n}" for n in range(42, 67))
CHECK = tuple(f"blind{n}" for n in range(67, 83))
DEEP = 10  # neighbours recorded per post and per unit: the sweep reads any k up to this


@dataclass(frozen=True)
class Params:
    """The crisis decisions' numbers (today's values by default). `check_k`: a head-only
    crisis stands when one of this many nearest labelled posts carries it; `add_k`,
    `to_add`, `add_fraction`: a crisis scored at least `add_fraction` of its threshold is
    added when `to_add` of the `add_k` nearest carry it; `scale` multiplies the crisis
    thresholds the head fires at (not the floors); `clause_k`, `clause_agree`,
    `clause_fraction`: the clause neighbours add a crisis when `clause_agree` of the
    `clause_k` labelled units nearest a unit scored `clause_fraction` of the threshold
    witness it."""

    check_k: int = 5
    add_k: int = 5
    to_add: int = 4
    add_fraction: float = 0.75
    scale: float = 1.0
    clause_k: int = 5
    clause_agree: int = 5
    clause_fraction: float = 0.1

    def label(self) -> str:
        return (
            f"check {self.check_k}, add {self.to_add}/{self.add_k} at {self.add_fraction:g}, "
            f"scale {self.scale:g}, clause {self.clause_agree}/{self.clause_k} at "
            f"{self.clause_fraction:g}"
        )


TODAY = Params()
# Chosen on blind42-66 (the sweep's table in benchmarks/README.md, session 20).
CHOSEN = Params(check_k=7, to_add=3, add_fraction=0.65, clause_agree=4)


@dataclass
class Trace:
    """What the crisis decisions read for one post (see the module docstring)."""

    id: str
    split: str
    gold: frozenset[str]
    hard_negative: bool
    language: str | None = None
    text: str = ""
    rule_categories: frozenset[str] = frozenset()
    clauses: list[Any] = field(default_factory=list)
    probabilities: Any = None
    columns: dict[str, int] = field(default_factory=dict)
    thresholds: dict[str, float] = field(default_factory=dict)
    secondary: float = 0.0
    stands: dict[str, bool] = field(default_factory=dict)
    post_nearest: list[frozenset[str]] = field(default_factory=list)
    unit_nearest: list[list[frozenset[str]]] = field(default_factory=list)
    head_signals: list[Signal] = field(default_factory=list)
    final: frozenset[str] = frozenset()


class _Tracer(SemanticTriage):
    """The default pass, recording what `_head_signals` reads into `self.current`."""

    current: Trace | None = None

    def _head_signals(self, text, head, policy, language, rule_categories):  # type: ignore[no-untyped-def]
        out = super()._head_signals(text, head, policy, language, rule_categories)
        t = self.current
        if t is None:
            return out
        t.text, t.language, t.rule_categories = text, language, frozenset(rule_categories)
        t.head_signals = list(out)
        t.columns = dict(head.columns)
        t.thresholds = _head_thresholds(head, language, policy)
        t.secondary = SECONDARY_THRESHOLDS.get(head.embedder, 0.0)
        t.stands = {c: semantic_signal_stands(c, text) for c in head.categories}
        units = self._head_units(text, language)
        if units is None:
            return out
        clauses, vectors, probabilities = units
        t.clauses, t.probabilities = list(clauses), np.asarray(probabilities)
        posts, index = self.neighbours, self.clause_neighbours
        assert posts is not None and index is not None
        vector = self.embedder.embed([neighbour_text(text, language)])[0]
        t.post_nearest = posts.nearest(vector, DEEP)
        t.unit_nearest = index.nearest_many(vectors, DEEP)
        return out


def _post(row: dict[str, Any]) -> Post:
    return Post.model_validate(
        {k: row[k] for k in ("id", "text", "platform", "metrics") if k in row}
    )


def trace(out: Path, splits: Sequence[str]) -> None:
    """Run the default system over `splits`, each left out of both indexes; pickle."""
    policy = TriagePolicy.default()
    s = policy.semantic
    assert (s.neighbours, s.neighbours_to_add, s.clause_neighbours) == (5, 4, 5), "not defaults"
    assert not policy.disabled
    rows = tm.load()
    base = default_semantic_triage()
    posts, clauses = base.neighbours, base.clause_neighbours
    assert posts is not None and clauses is not None
    traces: list[Trace] = []
    for split in splits:
        tracer = _Tracer(
            None,
            base.exemplars,
            base.head or False,
            posts.without({split}),
            clauses.without({split}),
        )
        batch = [r for r in rows if r["split"] == split]
        prefetch_triage([_post(r) for r in batch], semantic=tracer)
        for row in batch:
            t = Trace(
                row["id"], split, frozenset(row["categories"]), bool(row.get("hard_negative"))
            )
            tracer.current = t
            t.final = frozenset(triage(_post(row), semantic=tracer).escalation.categories)
            tracer.current = None
            traces.append(t)
        print(split, len(batch), flush=True)
        tracer.forget_lookups()
        out.write_bytes(pickle.dumps(traces))  # after each batch: a long run can be read early


class _Unpickler(pickle.Unpickler):
    """Reads a trace pickled from ``__main__`` (the script) into this module's `Trace`."""

    def find_class(self, module: str, name: str) -> Any:
        if name == "Trace":
            return Trace
        return super().find_class(module, name)


def load_traces(path: Path) -> list[Trace]:
    with path.open("rb") as fh:
        traces: list[Trace] = _Unpickler(fh).load()
    return traces


# --- replay -----------------------------------------------------------------------------


def head_signals(t: Trace, p: Params) -> list[Signal]:
    """`SemanticTriage._head_signals` for the traced post under `p` (crisis categories
    only; others as today). Mirrors semantic.py step by step."""
    if t.probabilities is None:
        return []
    levels = DEFAULT_LEVELS
    crisis = {c for c in t.columns if levels.get(c) == "crisis"}
    rule = t.rule_categories
    probs = t.probabilities

    def fire_at(c: str) -> float:
        base = t.thresholds[c] * (p.scale if c in crisis else 1.0)
        if rule and c not in rule:
            return max(base, t.secondary)
        return base

    best = probs.argmax(axis=0)
    scores = sorted(
        (
            HeadScore(c, float(probs[best[k], k]), t.clauses[int(best[k])])  # type: ignore[arg-type]
            for c, k in sorted(t.columns.items(), key=lambda kv: kv[1])
        ),
        key=lambda s: -s.probability,
    )
    found = [
        s
        for s in scores
        if s.category in t.thresholds
        and s.probability >= fire_at(s.category)
        and t.stands[s.category]
    ]
    near = [
        s
        for s in scores
        if s.category in crisis
        and s not in found
        and s.category in t.thresholds
        and s.probability >= p.add_fraction * t.thresholds[s.category]
        and t.stands[s.category]
    ]
    # The labelled neighbours' check and additions.
    doubtful = {
        s.category
        for s in found
        if s.category not in rule and not (s.category in crisis and t.language not in (None, "en"))
    }
    kept: list[HeadScore] = list(found)
    if doubtful or near:
        carried_crisis = frozenset().union(*t.post_nearest[: p.check_k])
        carried_other = frozenset().union(*t.post_nearest[:5])
        unsupported = {
            c for c in doubtful if c not in (carried_crisis if c in crisis else carried_other)
        }
        kept = [s for s in found if s.category not in unsupported]
        nearest = t.post_nearest[: p.add_k]
        kept += [s for s in near if sum(s.category in n for n in nearest) >= p.to_add]
    out = [_clause_signal(s.category, s.clause) for s in kept]
    have = {s.category for s in kept} | set(rule)
    unfound = [c for c in t.columns if c in crisis and c not in have and c in t.thresholds]
    for c in unfound:
        column = t.columns[c]
        floor = p.clause_fraction * t.thresholds[c]
        order = np.argsort(-probs[:, column], kind="stable")
        for u in (int(u) for u in order if probs[u, column] >= floor):
            labels = t.unit_nearest[u][: p.clause_k]
            if len(labels) == p.clause_k and sum(c in n for n in labels) >= p.clause_agree:
                if t.stands[c]:
                    out.append(_clause_signal(c, t.clauses[u]))  # type: ignore[arg-type]
                break
    return out


class _Replayer(SemanticTriage):
    """The default pass with `_head_signals` answered from the trace under `params`."""

    current: Trace | None = None
    params: Params = TODAY

    def _head_signals(self, text, head, policy, language, rule_categories):  # type: ignore[no-untyped-def]
        t = self.current
        assert t is not None and t.text == text and t.rule_categories == set(rule_categories)
        return head_signals(t, self.params)


def _key(signals: Iterable[Signal]) -> list[tuple[str, str]]:
    return sorted((s.category, s.evidence) for s in signals)


_ROWS: dict[str, dict[str, Any]] = {}


def _rows() -> dict[str, dict[str, Any]]:
    """The labelled rows by id, read once."""
    if not _ROWS:
        _ROWS.update((r["id"], r) for r in tm.load())
    return _ROWS


def replay(traces: Sequence[Trace], p: Params, *, every: bool = False) -> dict[str, frozenset[str]]:
    """Final categories per post id under `p`: the real pipeline re-run (rules, n-gram
    head, rule veto, merge) on the posts whose MiniLM-pass signals differ from today's
    (all posts when `every`); the others keep today's traced categories."""
    rows = _rows()
    runner = _Replayer(None, None, True, False, False)
    runner.params = p
    out: dict[str, frozenset[str]] = {}
    for t in traces:
        if not every and _key(head_signals(t, p)) == _key(t.head_signals):
            out[t.id] = t.final
            continue
        runner.current = t
        out[t.id] = frozenset(triage(_post(rows[t.id]), semantic=runner).escalation.categories)
    return out


def check(traces: Sequence[Trace]) -> int:
    """Replay today's parameters over every post with the real pipeline: differences."""
    bad = [t for t in traces if _key(head_signals(t, TODAY)) != _key(t.head_signals)]
    for t in bad[:10]:
        print("head signals differ:", t.id, _key(head_signals(t, TODAY)), _key(t.head_signals))
    final = replay(traces, TODAY, every=True)
    wrong = [t for t in traces if final[t.id] != t.final]
    for t in wrong[:10]:
        print("final differs:", t.id, sorted(final[t.id]), sorted(t.final))
    print(f"{len(traces)} posts: head signals differ on {len(bad)}, final on {len(wrong)}")
    return len(bad) + len(wrong)


# --- scoring ----------------------------------------------------------------------------


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    ff: int = 0
    hard: int = 0

    def add(self, gold: Collection[str], got: Collection[str], hard: bool) -> None:
        for c in set(got) & set(gold):
            self.tp[c] += 1
        for c in set(got) - set(gold):
            self.fp[c] += 1
        for c in set(gold) - set(got):
            self.fn[c] += 1
        if hard:
            self.hard += 1
            self.ff += bool(set(got) - set(gold))

    def recall(self, cats: Collection[str]) -> float:
        tp, fn = sum(self.tp[c] for c in cats), sum(self.fn[c] for c in cats)
        return tp / (tp + fn) if tp + fn else 1.0

    def precision(self) -> float:
        tp, fp = sum(self.tp.values()), sum(self.fp.values())
        return tp / (tp + fp) if tp + fp else 1.0

    def meets(self) -> bool:
        return (
            self.recall(tm.CRISIS) >= 0.95
            and self.recall(tm.URGENT) >= 0.90
            and self.precision() >= 0.85
            and self.ff <= 0.10 * self.hard
        )


def score(traces: Sequence[Trace], final: dict[str, frozenset[str]]) -> dict[str, Score]:
    """Per batch and pooled (key ``"all"``)."""
    out: dict[str, Score] = {}
    for t in traces:
        for key in (t.split, "all"):
            out.setdefault(key, Score()).add(t.gold, final[t.id], t.hard_negative)
    return out


def summary(scores: dict[str, Score]) -> str:
    a = scores["all"]
    crisis_tp = sum(a.tp[c] for c in tm.CRISIS)
    crisis_fp = sum(a.fp[c] for c in tm.CRISIS)
    met = sum(s.meets() for k, s in scores.items() if k != "all")
    batches = len(scores) - 1
    return (
        f"crisis R {a.recall(tm.CRISIS):.3f} (TP {crisis_tp}, FP {crisis_fp}) | urgent R "
        f"{a.recall(tm.URGENT):.3f} | P {a.precision():.3f} | FF {a.ff}/{a.hard} | "
        f"batches meeting all four {met}/{batches}"
    )


def per_batch(scores: dict[str, Score], arrived: Arrival | None) -> str:
    lines = [
        "| batch | crisis R | urgent R | P | FF of 60 | all four | crisis R on arrival |",
        "|---|---|---|---|---|---|---|",
    ]
    for key, s in scores.items():
        if key == "all":
            continue
        on_arrival = (
            f"{arrived.tp[key] / max(arrived.gold[key], 1):.3f}" if arrived is not None else ""
        )
        lines.append(
            f"| {key} | {s.recall(tm.CRISIS):.3f} | {s.recall(tm.URGENT):.3f} | "
            f"{s.precision():.3f} | {s.ff} | {'yes' if s.meets() else ''} | {on_arrival} |"
        )
    return "\n".join(lines)


def grid() -> list[Params]:
    """Today's, one number at a time, then combinations of the promising ones."""
    out = [TODAY]
    out += [replace(TODAY, check_k=k) for k in (7, 10)]
    out += [replace(TODAY, add_fraction=f) for f in (0.6, 0.65, 0.7)]
    out += [replace(TODAY, to_add=3), replace(TODAY, add_k=7, to_add=4)]
    out += [replace(TODAY, add_k=7, to_add=5), replace(TODAY, add_k=10, to_add=5)]
    out += [replace(TODAY, add_k=10, to_add=n) for n in (6, 7)]
    out += [replace(TODAY, scale=s) for s in (0.8, 0.85, 0.9, 0.95)]
    out += [replace(TODAY, clause_k=5, clause_agree=4)]
    out += [replace(TODAY, clause_k=10, clause_agree=n) for n in (9, 10)]
    out += [replace(TODAY, clause_fraction=0.05)]
    out += [
        replace(TODAY, check_k=k, add_fraction=f, to_add=n)
        for k, f, n in itertools.product((5, 10), (0.6, 0.65, 0.7), (3, 4))
        if (k, f, n) != (5, 0.75, 4)
    ]
    out += [replace(TODAY, add_k=10, to_add=6, add_fraction=f) for f in (0.6, 0.65, 0.7)]
    out += [replace(TODAY, check_k=10, scale=s) for s in (0.9, 0.95)]
    out += [replace(TODAY, check_k=7, to_add=3, add_fraction=f) for f in (0.65, 0.75)]
    out += [replace(TODAY, check_k=7, clause_agree=4)]
    out += [replace(TODAY, check_k=7, to_add=3, add_fraction=0.65, clause_agree=4)]
    return out


@dataclass
class Alone:
    """The MiniLM pass's crisis signals on its own: each post replayed as if the rules had
    found none of its crisis categories (their other categories kept). Why: the rules were
    written from these very batches, so the full system's crisis recall here is near 1.0
    and hides what the semantic pass would catch of the crises rules miss on unseen posts.
    `fragile`: right crisis signals that rest on a single labelled neighbour at the edge of
    the window (one more labelled post nearer would remove it)."""

    gold: int = 0
    tp: int = 0
    fp: int = 0
    ff: int = 0
    fragile: int = 0

    def line(self) -> str:
        return (
            f"alone: crisis TP {self.tp}/{self.gold} ({self.tp / max(self.gold, 1):.3f}), "
            f"FP {self.fp}, false friends {self.ff}, fragile {self.fragile}"
        )


def alone(traces: Sequence[Trace], p: Params) -> Alone:
    out = Alone()
    for t in traces:
        hidden = replace(t, rule_categories=t.rule_categories - set(tm.CRISIS))
        got = {s.category for s in head_signals(hidden, p)} & set(tm.CRISIS)
        gold = t.gold & set(tm.CRISIS)
        out.gold += len(gold)
        out.tp += len(got & gold)
        out.fp += len(got - gold)
        out.ff += bool(t.hard_negative and got - gold)
        if t.language not in (None, "en"):
            continue  # a head-only crisis on a post not in English is not checked
        for c in got & gold:
            fired = t.probabilities[:, t.columns[c]].max() >= p.scale * t.thresholds[c]
            carriers = [i for i, n in enumerate(t.post_nearest[: p.check_k]) if c in n]
            out.fragile += bool(fired and carriers == [p.check_k - 1])
    return out


@dataclass
class Arrival:
    """Crisis recall as on each batch's arrival: the crisis categories found by the rules
    of the system the batch was first scored beside (written before it; `--arrival`),
    plus the MiniLM pass's crisis signals with only those rule crises known to it. Per
    batch. Why: the current rules were written from these batches (crisis recall ~1.0);
    the rules of their day found 0.40-0.70 of the crises, as on an unseen batch. The
    n-gram head is left out: fitted on every batch through blind76, it adds almost every
    crisis of them (recall 0.995 with it)."""

    gold: Counter[str] = field(default_factory=Counter)
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    ff: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        met = sum(self.tp[b] >= 0.95 * self.gold[b] for b in self.gold)
        g, tp = sum(self.gold.values()), sum(self.tp.values())
        return (
            f"arrival: crisis R {tp / max(g, 1):.3f} ({tp}/{g}), crisis FP "
            f"{sum(self.fp.values())}, false friends (crisis) {sum(self.ff.values())}, "
            f"batches crisis R >= 0.95: {met}/{len(self.gold)}"
        )


def arrival(traces: Sequence[Trace], p: Params, old: dict[str, list[str]]) -> Arrival:
    crisis = set(tm.CRISIS)
    out = Arrival()
    for t in traces:
        old_crisis = set(old[t.id]) & crisis
        rules = (t.rule_categories - crisis) | old_crisis
        found = {s.category for s in head_signals(replace(t, rule_categories=rules), p)}
        got = old_crisis | (found & crisis)
        gold = t.gold & crisis
        out.gold[t.split] += len(gold)
        out.tp[t.split] += len(got & gold)
        out.fp[t.split] += len(got - gold)
        out.ff[t.split] += bool(t.hard_negative and got - gold)
    return out


def sweep(
    traces: Sequence[Trace], params: Sequence[Params], old: dict[str, list[str]] | None
) -> None:
    halves = {
        "choose (blind42-66)": [t for t in traces if t.split in CHOOSE],
        "check (blind67-82)": [t for t in traces if t.split in CHECK],
    }
    for p in params:
        print(f"\n## {p.label()}")
        for name, part in halves.items():
            print(f"- {name}: {summary(score(part, replay(part, p)))}", flush=True)
            print(f"  {alone(part, p).line()}", flush=True)
            if old is not None:
                print(f"  {arrival(part, p, old).line()}", flush=True)


def misses(traces: Sequence[Trace]) -> None:
    """Each missed crisis today and what the semantic pass read of it: the head's best
    probability over its threshold, whether the gates let it stand, how many of the 5 and
    10 nearest labelled posts carry it, and the most agreeing clause neighbours."""
    for t in traces:
        for c in sorted(t.gold - t.final):
            if c not in tm.CRISIS:
                continue
            if t.probabilities is None:
                print(f"{t.split} {t.id} {c}: no units")
                continue
            col = t.columns[c]
            prob = float(t.probabilities[:, col].max())
            top5 = sum(c in n for n in t.post_nearest[:5])
            top10 = sum(c in n for n in t.post_nearest[:10])
            clause = max((sum(c in n for n in u[:10]) for u in t.unit_nearest), default=0)
            print(
                f"{t.split} {t.id} {c}: p/thr {prob / t.thresholds[c]:.2f} stands {t.stands[c]} "
                f"lang {t.language} posts {top5}/5 {top10}/10 clause {clause}/10 "
                f"{t.text[:90]!r}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("trace", "check", "sweep", "batches", "misses"))
    parser.add_argument("path", type=Path, help="the trace file (pickle)")
    parser.add_argument("--splits", nargs="*", default=[*CHOOSE, *CHECK])
    parser.add_argument(
        "--arrival",
        type=Path,
        nargs="*",
        help="JSON files {post id: categories} of the rules each batch was first scored "
        "beside (rules only, the older commit's code)",
    )
    args = parser.parse_args(argv)
    if args.mode == "trace":
        trace(args.path, args.splits)
        return 0
    traces = load_traces(args.path)
    if args.mode == "check":
        return int(check(traces) > 0)
    if args.mode == "misses":
        misses(traces)
        return 0
    old: dict[str, list[str]] | None = None
    if args.arrival:
        old = {}
        for path in args.arrival:
            old.update(json.loads(path.read_text(encoding="utf-8")))
    if args.mode == "sweep":
        sweep(traces, grid(), old)
        return 0
    for p in (TODAY, CHOSEN):
        for part in (CHOOSE, CHECK):
            sub = [t for t in traces if t.split in part]
            arrived = arrival(sub, p, old) if old is not None else None
            print(f"\n{p.label()}\n")
            print(per_batch(score(sub, replay(sub, p)), arrived))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
