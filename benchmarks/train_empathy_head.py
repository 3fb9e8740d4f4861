"""Train the learned empathy recogniser (`socialreply/evaluation/empathy_head.npz`).

    .venv/bin/python benchmarks/train_empathy_head.py             # CV report, no write
    .venv/bin/python benchmarks/train_empathy_head.py --write     # also write the weights
    .venv/bin/python benchmarks/train_empathy_head.py --split 75  # fit <= 75, test the rest

Training data: the labelled scorer batches ``scorer_meta_blind*.jsonl``. Each group ``gNN-KK``
holds one good draft and two broken ones, and a broken draft changes only what its defect
needs. So in a group with a ``missing_apology`` draft, the good draft's sentences that are
not (near-)verbatim in the ``missing_apology`` draft (similarity < ``SAME_SENTENCE``) are
where the regret or sympathy was: one positive *bag* per group (multiple-instance: the
writer may also have reworded a neutral sentence). Every sentence of the ``missing_apology``
drafts is a negative.

Features per sentence: its hashed n-grams (`triage/ngram_features.py`, ``BITS`` bits), as
`empathy_head.py` reads them. One class-balanced logistic regression (L2 ``L2`` on every
weight but the bias) by full-batch Adam from zero for ``ITERATIONS`` steps; then, per bag,
only its highest-scoring sentence is kept as the positive and the model refitted (one
multiple-instance round, as `train_blame_head.py` does). Deterministic: no random state.

Threshold: the head is consulted only where the `empathy` check fails a draft for want of
regret or sympathy. From out-of-fold scores (5 folds grouped by file: file i of the batches
sorted by number goes to fold i mod 5) it is the lowest at which the ``missing_apology``
drafts the check catches now and the head would pass stay within ``MAX_NEW_PASS`` (0.5%) of
all ``missing_apology`` drafts. ``--split N`` fits on the files numbered <= N (threshold by
the same CV on them) and reports the files after N (plus any ``--extra`` files) beside the
current scorers, per file and per defect, with every changed row. Scoring every draft with
the default checks takes minutes: ``--cache PATH`` keeps the outcomes for re-runs.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import pickle
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from socialreply.evaluation.blame_head import sentences
from socialreply.evaluation.empathy_head import EMPATHY_HEAD_FILE, EmpathyHead
from socialreply.triage.ngram_features import feature_matrix

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scorer_meta_eval import DEFECT_SCORERS
from trainer_common import (
    file_number,
    fit_buckets,
    folds_of,
    hash_files,
    similarity,
    training_files,
)
from trainer_common import sentence_key as _key

BITS = 18
SAME_SENTENCE = 0.9
L2 = 1e-4
ITERATIONS = 300
LEARNING_RATE = 0.05
FOLDS = 5
MAX_NEW_PASS = 0.005
# The `empathy` reasons the head can overrule (not the groan over a slip, which it skips).
FIXABLE = (
    "the post is a complaint but the reply has no apology or empathy",
    "the reply turns down the customer's own slip with no sympathy",
)

Matrix = npt.NDArray[np.float64]


@dataclass
class Row:
    """One draft and what the default checks (with the head off) make of it."""

    file: str
    id: str
    defects: tuple[str, ...]
    draft: str
    failed: frozenset[str]
    fixable: bool  # `empathy` fails it for a reason the head can overrule


@dataclass
class Bag:
    file: str
    group: str
    positives: list[str]  # the good draft's sentences not in the missing_apology draft
    negatives: list[str]  # the missing_apology draft's sentences


def _changed(parts: Sequence[str], other: Sequence[str]) -> list[str]:
    keys = [_key(o) for o in other]
    return [s for s in parts if similarity(s, keys) < SAME_SENTENCE]


def load_rows(files: Sequence[Path], cache: Path | None) -> list[Row]:
    """Every draft's outcome under the default checks (the lexicon alone)."""
    stored: dict[str, list[Row]] = {}
    if cache is not None and cache.exists():
        stored = pickle.loads(cache.read_bytes())
    missing = [p for p in files if p.name not in stored]
    if missing:
        from socialreply.config import Settings
        from socialreply.evaluation.score_file import DEFAULT_CHECKS, DraftLine, score_draft

        settings = Settings()
        for path in missing:
            rows: list[Row] = []
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                raw = json.loads(line)
                out, _ = score_draft(DraftLine.model_validate(raw), settings, DEFAULT_CHECKS)
                failed = {f["assertion"]: f["reason"] for f in out["failures"]}
                rows.append(
                    Row(
                        path.stem,
                        str(raw["id"]),
                        tuple(str(d) for d in raw["defects"]),
                        str(raw["draft"]),
                        frozenset(failed),
                        failed.get("empathy") in FIXABLE,
                    )
                )
            stored[path.name] = rows
            print(f"scored {path.name}", file=sys.stderr)
        if cache is not None:
            cache.write_bytes(pickle.dumps(stored))
    return [r for p in files for r in stored[p.name]]


def load_bags(rows: Sequence[Row]) -> list[Bag]:
    groups: dict[tuple[str, str], list[Row]] = collections.defaultdict(list)
    for r in rows:
        groups[(r.file, r.id.rsplit("-", 1)[0])].append(r)
    bags: list[Bag] = []
    for (file, group), members in groups.items():
        good = [r for r in members if not r.defects]
        cold = [r for r in members if "missing_apology" in r.defects]
        if not good or not cold:
            continue
        good_parts = sentences(good[0].draft)
        cold_parts = [s for r in cold for s in sentences(r.draft)]
        bags.append(Bag(file, group, _changed(good_parts, cold_parts), cold_parts))
    return bags


def fit(
    texts: Sequence[str], y: Matrix
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32], float]:
    """Class-balanced L2 logistic regression by full-batch Adam from zero over the hashed
    n-grams of `texts`; (buckets with weight, their weights, bias)."""
    ids, indptr, values = feature_matrix(list(texts), BITS)
    counts = np.diff(indptr)
    r_idx = np.repeat(np.arange(len(texts)), counts)
    vals = np.repeat(values.astype(np.float64), counts)
    used, weights, bias = fit_buckets(
        r_idx, ids, vals, y, l2=L2, iterations=ITERATIONS, learning_rate=LEARNING_RATE
    )
    keep = weights != 0
    return used[keep].astype(np.int64), weights[keep].astype(np.float32), bias


def fit_head(bags: Sequence[Bag], threshold: float = 0.5) -> EmpathyHead:
    """Fit on every changed sentence, then refit with each bag's best one (one MIL round)."""
    negatives = sorted({s for b in bags for s in b.negatives})
    positives = sorted({s for b in bags for s in b.positives} - set(negatives))

    def head(pos: Sequence[str]) -> EmpathyHead:
        texts = [*pos, *negatives]
        y = np.concatenate([np.ones(len(pos)), np.zeros(len(negatives))])
        buckets, weights, bias = fit(texts, y)
        return EmpathyHead(BITS, buckets, weights, bias, threshold)

    first = head(positives)
    best = set()
    for b in bags:
        scored = [(first.sentence_score(s), s) for s in b.positives if s in positives]
        if scored:
            best.add(max(scored)[1])
    return head(sorted(best))


def out_of_fold(bags: Sequence[Bag], rows: Sequence[Row]) -> dict[tuple[str, str], float]:
    """Each draft's score from the head fitted without its file's fold."""
    fold = folds_of([r.file for r in rows], FOLDS)
    scores: dict[tuple[str, str], float] = {}
    for k in range(FOLDS):
        head = fit_head([b for b in bags if fold[b.file] != k])
        for r in rows:
            if fold[r.file] == k and r.fixable:
                scores[(r.file, r.id)] = head.score(r.draft)
    return scores


def threshold_for(scores: dict[tuple[str, str], float], rows: Sequence[Row]) -> float:
    """The lowest threshold at which the missing_apology drafts newly passed stay within
    MAX_NEW_PASS of all missing_apology drafts."""
    cold = [r for r in rows if "missing_apology" in r.defects]
    at_risk = sorted(
        (scores[(r.file, r.id)] for r in cold if r.fixable and "empathy" in r.failed),
        reverse=True,
    )
    allowed = int(MAX_NEW_PASS * len(cold))
    if len(at_risk) <= allowed:
        return 0.5
    return float(min(1.0, np.nextafter(at_risk[allowed], 2.0)))


def sweep(scores: dict[tuple[str, str], float], rows: Sequence[Row]) -> None:
    """What looser thresholds would trade: missing_apology drafts newly passed against good
    drafts no longer failed (out of fold)."""
    cold = [r for r in rows if "missing_apology" in r.defects and "empathy" in r.failed]
    warm = [r for r in rows if not r.defects and r.failed == {"empathy"}]
    n_cold = sum("missing_apology" in r.defects for r in rows)
    print(f"  sweep over {len(warm)} good drafts failed by empathy alone:")
    for t in (0.9, 0.7, 0.5, 0.4, 0.3, 0.2):
        lost = sum(r.fixable and scores.get((r.file, r.id), 0.0) >= t for r in cold)
        fixed = sum(r.fixable and scores.get((r.file, r.id), 0.0) >= t for r in warm)
        print(f"    {t:.1f}: {lost}/{n_cold} missing_apology passed, {fixed} good fixed")


def new_failed(row: Row, passes: bool) -> frozenset[str]:
    return row.failed - {"empathy"} if row.fixable and passes else row.failed


def report(title: str, rows: Sequence[Row], passes: dict[tuple[str, str], bool]) -> None:
    """Per file and per defect: caught and false alarms now and with the head."""
    print(title)
    by_file: dict[str, list[Row]] = collections.defaultdict(list)
    for r in rows:
        by_file[r.file].append(r)
    totals = np.zeros(6, dtype=int)
    per_defect: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    changed: list[str] = []
    for file, members in by_file.items():
        t = np.zeros(6, dtype=int)
        for r in members:
            after = new_failed(r, passes.get((r.file, r.id), False))
            if not r.defects:
                t[4] += 1
                t[0] += bool(r.failed)
                t[1] += bool(after)
                if bool(r.failed) != bool(after):
                    changed.append(f"  FA removed {r.id}: {r.draft[:90]}")
            for d in r.defects:
                before_hit = bool(r.failed & set(DEFECT_SCORERS[d]))
                after_hit = bool(after & set(DEFECT_SCORERS[d]))
                t[5] += 1
                t[2] += before_hit
                t[3] += after_hit
                per_defect[d][0] += before_hit
                per_defect[d][1] += after_hit
                per_defect[d][2] += 1
                if before_hit != after_hit:
                    changed.append(f"  catch lost {r.id} ({d}): {r.draft[:90]}")
        totals += t
        print(f"  {file}: caught {t[2]} -> {t[3]} / {t[5]}, false alarms {t[0]} -> {t[1]} / {t[4]}")
    print(
        f"  ALL: caught {totals[2]} -> {totals[3]} / {totals[5]}, "
        f"false alarms {totals[0]} -> {totals[1]} / {totals[4]}"
    )
    print("  per defect (before -> after / n):")
    for d, (b, a, n) in sorted(per_defect.items()):
        if b != a or d == "missing_apology":
            print(f"    {d}: {b} -> {a} / {n}")
    print("\n".join(changed) if changed else "  no row changed")


def data_digest(files: Sequence[Path]) -> str:
    h = hashlib.sha256()
    hash_files(h, files, nested=True)
    return h.hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write empathy_head.npz")
    parser.add_argument("--split", type=int, default=0, help="fit on files <= N, test the rest")
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="more test files")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of scored drafts")
    args = parser.parse_args()
    files = training_files()
    if args.split:
        train_files = [p for p in files if file_number(p) <= args.split]
        test_files = [p for p in files if file_number(p) > args.split] + list(args.extra)
    else:
        train_files, test_files = files, list(args.extra)
    rows = load_rows(train_files + test_files, args.cache)
    train_names = {p.stem for p in train_files}
    train_rows = [r for r in rows if r.file in train_names]
    test_rows = [r for r in rows if r.file not in train_names]
    bags = load_bags(train_rows)
    print(
        f"{len(bags)} bags, {sum(len(b.positives) for b in bags)} changed good sentences, "
        f"{sum(len(b.negatives) for b in bags)} cold sentences",
        file=sys.stderr,
    )
    oof = out_of_fold(bags, train_rows)
    threshold = threshold_for(oof, train_rows)
    sweep(oof, train_rows)
    print(f"threshold {threshold:.4f} (out of fold, <= {MAX_NEW_PASS:.1%} newly passed)")
    report(
        "out of fold on the training files:",
        train_rows,
        {k: v >= threshold for k, v in oof.items()},
    )
    head = fit_head(bags, threshold)
    head = EmpathyHead(
        head.bits, head.buckets, head.weights, head.bias, threshold, data_digest(train_files)
    )
    if test_rows:
        report(
            "held out:",
            test_rows,
            {(r.file, r.id): head.shows_empathy(r.draft) for r in test_rows if r.fixable},
        )
    print(f"{len(head.buckets)} buckets; digest {head.digest()[:16]}")
    if args.write:
        head.save(EMPATHY_HEAD_FILE)
        print(f"wrote {EMPATHY_HEAD_FILE} ({EMPATHY_HEAD_FILE.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
