"""Train and measure the n-gram triage head (`socialreply/triage/ngram_head.py`).

    .venv/bin/python benchmarks/train_ngram_head.py --system /tmp/system.jsonl --build-system
    .venv/bin/python benchmarks/train_ngram_head.py --system /tmp/system.jsonl          # reuse
    .venv/bin/python benchmarks/train_ngram_head.py --system ... --no-write  # measure only

The protocol (numbers, not impressions):

1. Out-of-fold probabilities for every labelled post, folds by batch: batch ``i`` (in
   `triage_metrics.SPLITS` order) is in fold ``i % FOLDS``, and each post is scored by a
   model fitted without its whole batch.
2. The full system's categories per post, scored as unseen (`triage_metrics.as_unseen`:
   the batch left out of the neighbour indexes), cached as JSON lines in ``--system``
   (``--build-system`` computes the missing batches; ~25 min for all of them with MiniLM).
3. The policy: add a category the system missed when its out-of-fold probability reaches
   the category's threshold and the semantic gates let it stand. Thresholds are chosen on
   the batches up to blind66 only (the highest one whose additions were right at least
   `COST` times as often as wrong, at least `MIN_ADDED` right), then reported on
   blind67-blind72, batch by batch and pooled: precision, crisis and urgent recall, false
   friends flagged, and every post the head changes.
4. The shipped model is fitted on every labelled post with the thresholds of step 3
   (categories without one never fire) and written to ``ngram_head.npz`` unless
   ``--no-write``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import triage_metrics as tm

from socialreply.triage.ngram_features import DEFAULT_BITS, feature_matrix
from socialreply.triage.ngram_head import NGRAM_FILE, NgramHead
from socialreply.triage.ngram_training import FitSettings, fit, scores, select_rows
from socialreply.triage.semantic_gates import semantic_signal_stands

FOLDS = 8
HARD_NEGATIVE_WEIGHT = 3.0
SETTINGS = FitSettings(epochs=12)
# Categories the head may add (the crisis and urgent ones first).
ADDABLE = (*tm.CRISIS, *tm.URGENT, "human_request", "fraud_payment", "high_anger")
HELD_OUT = tuple(f"blind{n}" for n in range(67, 73))
COST = 2.0
MIN_ADDED = 2
# A veto that removes a right crisis signal costs more than one that removes another.
VETO_COST = {**dict.fromkeys(tm.CRISIS, 3.0)}
VETO_CEILING = 0.5
# Below this no threshold is considered: additions must be likely on their own.
FLOOR = 0.3

Rows = list[dict[str, Any]]
System = dict[str, dict[str, Any]]


def categories_of(rows: Rows) -> list[str]:
    """The categories the head is fitted on (viral_risk is the metrics', not the text's)."""
    return sorted({c for r in rows for c in r["categories"]} - {"viral_risk"})


def fit_rows(
    rows: Rows, matrix: tuple[Any, Any, Any], chosen: npt.NDArray[np.int64], cats: list[str]
) -> tuple[Any, Any]:
    ids, indptr, values = select_rows(*matrix, chosen)
    labels = np.array([[c in rows[i]["categories"] for c in cats] for i in chosen])
    weight = [HARD_NEGATIVE_WEIGHT if rows[i].get("hard_negative") else 1.0 for i in chosen]
    return fit(ids, indptr, values, labels, 2**DEFAULT_BITS, weight, SETTINGS)


def out_of_fold(rows: Rows, matrix: tuple[Any, Any, Any], cats: list[str]) -> npt.NDArray[Any]:
    """Probabilities (posts x categories), each post's from the fold without its batch."""
    order = {s: i for i, s in enumerate(tm.SPLITS)}
    folds = np.array([order[r["split"]] % FOLDS for r in rows])
    probs = np.zeros((len(rows), len(cats)), dtype=np.float32)
    for fold in range(FOLDS):
        started = time.time()
        weights, bias = fit_rows(rows, matrix, np.flatnonzero(folds != fold), cats)
        test = np.flatnonzero(folds == fold)
        logits = scores(weights, bias, *select_rows(*matrix, test))
        probs[test] = 1.0 / (1.0 + np.exp(-logits))
        print(f"fold {fold}: {len(test)} posts, {time.time() - started:.0f} s", file=sys.stderr)
    return probs


def build_system(rows: Rows, path: Path) -> System:
    """The full system's categories and their sources per post, scored as unseen; batches
    already in `path` are kept."""
    from socialreply.triage import triage
    from socialreply.triage.semantic import default_semantic_triage
    from socialreply.types import Post

    have = read_system(path)
    done = {d["split"] for d in have.values()}
    base = default_semantic_triage()
    splits = [s for s in (*HELD_OUT, *tm.SPLITS) if s not in done]
    with path.open("a", encoding="utf-8") as fh:
        for split in dict.fromkeys(splits):
            semantic = tm.as_unseen(base, split)
            for row in rows:
                if row["split"] != split:
                    continue
                fields = ("id", "text", "platform", "metrics")
                post = Post.model_validate({k: row[k] for k in fields if k in row})
                result = triage(post, semantic=semantic)
                sources: dict[str, set[str]] = {}
                for s in result.escalation.signals:
                    sources.setdefault(s.category, set()).add(s.source)
                record = {
                    "id": row["id"],
                    "split": split,
                    "cats": list(result.escalation.categories),
                    "src": {c: sorted(v) for c, v in sources.items()},
                }
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            fh.flush()
            print(f"system: {split}", file=sys.stderr)
    return read_system(path)


def read_system(path: Path) -> System:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {d["id"]: d for d in (json.loads(line) for line in fh if line.strip())}


def additions(
    rows: Rows, system: System, probs: npt.NDArray[Any], cats: list[str]
) -> list[tuple[int, str, float]]:
    """(row, category, probability) for every addable category a post's system output
    lacks and the gates let stand, at probability >= FLOOR."""
    out: list[tuple[int, str, float]] = []
    for i, row in enumerate(rows):
        have = set(system[row["id"]]["cats"])
        for c in ADDABLE:
            p = float(probs[i, cats.index(c)])
            if c not in have and p >= FLOOR and semantic_signal_stands(c, row["text"]):  # type: ignore[arg-type]
                out.append((i, c, p))
    return out


def choose_thresholds(
    rows: Rows, candidates: Iterable[tuple[int, str, float]]
) -> dict[str, tuple[float, int, int]]:
    """Per category: (threshold, right, wrong) maximising right - COST * wrong over the
    candidates (tuning batches only); categories where no threshold gains are left out."""
    chosen: dict[str, tuple[float, int, int]] = {}
    by_cat: dict[str, list[tuple[float, bool]]] = {}
    for i, c, p in candidates:
        by_cat.setdefault(c, []).append((p, c in rows[i]["categories"]))
    for c in ADDABLE:
        best, right, wrong = 0.0, 0, 0
        for p, gold in sorted(by_cat.get(c, []), reverse=True):
            right += gold
            wrong += not gold
            gain = right - COST * wrong
            if gain > best and right >= MIN_ADDED:
                best = gain
                chosen[c] = (p, right, wrong)
    return chosen


def choose_vetoes(
    rows: Rows, system: System, probs: npt.NDArray[Any], cats: list[str], tune: list[int]
) -> dict[str, tuple[float, int, int]]:
    """Per category: (threshold, wrong removed, right removed) for dropping a category only
    the semantic pass gave a post when the n-gram probability is under the threshold,
    maximising wrong removed - cost * right removed on the tuning batches."""
    chosen: dict[str, tuple[float, int, int]] = {}
    for c in cats:
        k = cats.index(c)
        scored = sorted(
            (float(probs[i, k]), c in rows[i]["categories"])
            for i in tune
            if system[rows[i]["id"]]["src"].get(c) == ["semantic"]
        )
        cost = VETO_COST.get(c, COST)
        best, wrong, right = 0.0, 0, 0
        for p, gold in scored:
            if p > VETO_CEILING:
                break
            right += gold
            wrong += not gold
            if wrong - cost * right > best:
                best = wrong - cost * right
                chosen[c] = (float(np.nextafter(np.float32(p), np.float32(1))), wrong, right)
    return chosen


def counts(rows: Rows, chosen: Iterable[int], predict: Callable[[int], set[str]]) -> dict[str, int]:
    out = dict.fromkeys(("tp", "fp", "ctp", "cfn", "utp", "ufn", "hn", "hnf"), 0)
    for i in chosen:
        row = rows[i]
        pred, gold = predict(i), set(row["categories"])
        out["tp"] += len(pred & gold)
        out["fp"] += len(pred - gold)
        out["ctp"] += len(pred & gold & set(tm.CRISIS))
        out["cfn"] += len((gold - pred) & set(tm.CRISIS))
        out["utp"] += len(pred & gold & set(tm.URGENT))
        out["ufn"] += len((gold - pred) & set(tm.URGENT))
        if row.get("hard_negative"):
            out["hn"] += 1
            out["hnf"] += bool(pred - gold)
    return out


def line(c: dict[str, int]) -> str:
    p = c["tp"] / max(1, c["tp"] + c["fp"])
    cr = c["ctp"] / max(1, c["ctp"] + c["cfn"])
    ur = c["utp"] / max(1, c["utp"] + c["ufn"])
    return f"{p:.3f} | {cr:.3f} | {ur:.3f} | {c['hnf']}/{c['hn']}"


def report(
    rows: Rows,
    system: System,
    probs: npt.NDArray[Any],
    cats: list[str],
    thresholds: dict[str, float],
    vetoes: dict[str, float],
) -> str:
    """The held-out table (before -> after per batch and pooled) and the changed posts."""

    def before(i: int) -> set[str]:
        return set(system[rows[i]["id"]]["cats"])

    def after(i: int) -> set[str]:
        have = before(i)
        row = rows[i]
        added = {
            c
            for c, t in thresholds.items()
            if c not in have
            and probs[i, cats.index(c)] >= t
            and semantic_signal_stands(c, row["text"])  # type: ignore[arg-type]
        }
        sources = system[row["id"]]["src"]
        dropped = {
            c
            for c, t in vetoes.items()
            if sources.get(c) == ["semantic"] and probs[i, cats.index(c)] < t
        }
        return (have - dropped) | added

    out = [
        "| batch | P before | crisis R | urgent R | FF | P after | crisis R | urgent R | FF "
        "| TP gained | FP added |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    groups: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        groups.setdefault(row["split"], []).append(i)
    tune = [i for s, idx in groups.items() if s not in HELD_OUT for i in idx]
    held = [i for s in HELD_OUT for i in groups.get(s, [])]
    for name, chosen in [
        *((s, groups.get(s, [])) for s in HELD_OUT),
        ("held-out pooled", held),
        ("tuning (<= blind66)", tune),
    ]:
        b, a = counts(rows, chosen, before), counts(rows, chosen, after)
        gained, added = a["tp"] - b["tp"], a["fp"] - b["fp"]
        out.append(f"| {name} | {line(b)} | {line(a)} | {gained} | {added} |")
    out += ["", "Posts changed on blind67-blind72:", ""]
    for i in held:
        gold = rows[i]["categories"]
        text = rows[i]["text"][:100].replace("\n", " ")
        for sign, changed in (("+", after(i) - before(i)), ("-", before(i) - after(i))):
            for c in sorted(changed):
                verdict = "right" if (c in gold) == (sign == "+") else "wrong"
                p = probs[i, cats.index(c)]
                out.append(f"- {rows[i]['id']} {sign}{c} ({verdict}, p={p:.2f}): {text!r}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--system", type=Path, required=True, help="cached system output")
    parser.add_argument("--build-system", action="store_true", help="compute missing batches")
    parser.add_argument("--oof", type=Path, default=None, help="cache of the OOF probabilities")
    parser.add_argument("--no-write", action="store_true", help="do not write ngram_head.npz")
    parser.add_argument("--out", type=Path, default=NGRAM_FILE)
    args = parser.parse_args(argv)
    rows = tm.load()
    system = build_system(rows, args.system) if args.build_system else read_system(args.system)
    missing = sorted({r["split"] for r in rows if r["id"] not in system})
    if missing:
        print(f"no system output for {len(missing)} batches: {missing}", file=sys.stderr)
        return 1
    cats = categories_of(rows)
    matrix = feature_matrix([r["text"] for r in rows])
    if args.oof is not None and args.oof.exists():
        probs = np.load(args.oof)["P"]
    else:
        probs = out_of_fold(rows, matrix, cats)
        if args.oof is not None:
            np.savez(args.oof, P=probs)
    tune = [
        (i, c, p)
        for i, c, p in additions(rows, system, probs, cats)
        if rows[i]["split"] not in HELD_OUT
    ]
    chosen = choose_thresholds(rows, tune)
    print("Thresholds chosen on the batches up to blind66:\n")
    for c, (t, right, wrong) in chosen.items():
        print(f"- {c}: {t:.3f} ({right} right, {wrong} wrong there)")
    thresholds = {c: t for c, (t, _, _) in chosen.items()}
    tuning = [i for i, r in enumerate(rows) if r["split"] not in HELD_OUT]
    chosen_vetoes = choose_vetoes(rows, system, probs, cats, tuning)
    print("\nVetoes (a category only the semantic pass found, dropped under):\n")
    for c, (t, wrong, right) in chosen_vetoes.items():
        print(f"- {c}: {t:.4f} ({wrong} wrong and {right} right dropped there)")
    vetoes = {c: t for c, (t, _, _) in chosen_vetoes.items()}
    print()
    print(report(rows, system, probs, cats, thresholds, vetoes))
    if args.no_write:
        return 0
    weights, bias = fit_rows(rows, matrix, np.arange(len(rows)), cats)
    keep = [c for c in cats if c in thresholds or c in vetoes]
    columns = [cats.index(c) for c in keep]
    head = NgramHead.from_float(
        tuple(keep),  # type: ignore[arg-type]
        weights[:, columns],
        bias[columns],
        thresholds,  # type: ignore[arg-type]
        vetoes,  # type: ignore[arg-type]
        DEFAULT_BITS,
    )
    head.save(args.out)
    print(f"\nwrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
