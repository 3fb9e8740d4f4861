"""Train the learned "needs an apology" detector (`socialreply/evaluation/complaint_head.npz`).

    .venv/bin/python benchmarks/train_complaint_head.py             # CV report, no write
    .venv/bin/python benchmarks/train_complaint_head.py --write     # also write the weights
    .venv/bin/python benchmarks/train_complaint_head.py --split 75  # fit <= 75, test the rest

Training data: the labelled scorer batches ``scorer_meta_blind*.jsonl``. Each group ``gNN-KK``
is one post with one good draft and two broken ones. A post whose group has a
``missing_apology`` draft needs an apology (positive); a post whose good draft shows no
apology or sympathy (`empathy_check.EMPATHY`) does not (negative). The rest (the good draft
apologises but no draft is labelled ``missing_apology``) are weak positives: ``--weak``
chooses whether they count as positives (``positive``, the default) or are left out
(``drop``).

Features: the post's hashed n-grams (`triage/ngram_features.py`, ``BITS`` bits). One
weighted logistic regression (classes weighted equally, L2 ``L2`` on every weight but the
bias), full-batch Adam from zero for ``ITERATIONS`` steps: deterministic, no random state.

Thresholds: what matters is what the scorers do with the verdict, so each draft of the
training files is scored by the `empathy` and `no-blame` checks twice, once with the post
called a complaint and once not (and once by the other default checks). From the
out-of-fold scores (5 folds grouped by file: file i of the batches sorted by number goes to
fold i mod 5), ``high`` (a post the rules pass counts as a complaint at or over it) is the
lowest threshold whose newly failed good drafts, less those it fixes, stay within
``MAX_ADDED_FP`` of the good drafts (``--high budget``, the default), or the one with the
most catches gained less good drafts newly failed within that budget (``--high net``: on
the training files the rules, written from them, leave almost nothing to gain, so this
stays at 1.0). ``low`` (a complaint by the rules is let off under it) is the highest that
loses no catch and newly fails no good draft, 0 (no veto) when none fixes anything.
``--split N`` fits on the files numbered <= N (thresholds by the same CV on them) and
reports the files after N beside the current scorers, per file and per defect, with every
changed row. Scoring every draft takes minutes: ``--cache PATH`` keeps the scored posts
for re-runs with other options.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import pickle
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from socialreply.evaluation.complaint_head import COMPLAINT_HEAD_FILE, ComplaintHead
from socialreply.evaluation.empathy_check import EMPATHY
from socialreply.triage.ngram_features import feature_matrix

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scorer_meta_eval import DEFECT_SCORERS
from trainer_common import (
    file_number,
    fit_buckets,
    folds_of,
    groups_of,
    hash_files,
    training_files,
)

BITS = 18
L2 = 1e-4
ITERATIONS = 300
LEARNING_RATE = 0.05
FOLDS = 5
MAX_ADDED_FP = 0.003
CHECKS = ("empathy", "no-blame")

Matrix = npt.NDArray[np.float64]


@dataclass
class Row:
    """One draft, with the checks of CHECKS it fails when the post is (not) a complaint."""

    id: str
    defects: tuple[str, ...]
    other_failed: frozenset[str]  # the checks outside CHECKS that fail it (verdict-blind)
    fails_if: dict[bool, frozenset[str]]


@dataclass
class Post:
    file: str
    group: str
    text: str
    label: str  # "pos", "neg" or "weak"
    rules: bool  # `is_complaint`
    rows: list[Row]


def load_posts(files: Sequence[Path]) -> list[Post]:
    """Every group's post, its label and its drafts' outcomes under both verdicts."""
    from socialreply.complaints import is_complaint
    from socialreply.config import Settings
    from socialreply.evaluation import blame_check, empathy_check
    from socialreply.evaluation.assertions import run_deterministic
    from socialreply.evaluation.score_file import DEFAULT_CHECKS, DraftLine
    from socialreply.evaluation.suites import AssertionSpec

    settings = Settings()
    specs = [AssertionSpec(type=c) for c in DEFAULT_CHECKS]
    posts: list[Post] = []
    saved = (empathy_check.needs_apology, blame_check.needs_apology)
    try:
        for path in files:
            for group, members in groups_of(path).items():
                text = str(members[0]["post"])
                good = [str(r["draft"]) for r in members if not r["defects"]]
                if any("missing_apology" in r["defects"] for r in members):  # type: ignore[operator]
                    label = "pos"
                elif good and not any(EMPATHY.search(g) for g in good):
                    label = "neg"
                else:
                    label = "weak"
                rows = []
                for r in members:
                    ctx = DraftLine.model_validate(r).context(settings)
                    fails: dict[bool, frozenset[str]] = {}
                    for verdict in (True, False):
                        forced = functools_const(verdict)
                        empathy_check.needs_apology = blame_check.needs_apology = forced
                        fails[verdict] = frozenset(
                            s.type
                            for s in specs
                            if s.type in CHECKS and not run_deterministic(s, ctx).passed
                        )
                    empathy_check.needs_apology, blame_check.needs_apology = saved
                    defects = tuple(str(d) for d in r["defects"])  # type: ignore[attr-defined]
                    failed_other = frozenset(
                        s.type
                        for s in specs
                        if s.type not in CHECKS and not run_deterministic(s, ctx).passed
                    )
                    rows.append(Row(str(r["id"]), defects, failed_other, fails))
                posts.append(Post(path.stem, group, text, label, is_complaint(text), rows))
    finally:
        empathy_check.needs_apology, blame_check.needs_apology = saved
    return posts


def functools_const(value: bool):  # type: ignore[no-untyped-def]
    return lambda _text: value


def fit(
    ids: npt.NDArray[np.int64],
    indptr: npt.NDArray[np.int64],
    values: npt.NDArray[np.float32],
    rows: Sequence[int],
    y: Matrix,
) -> tuple[npt.NDArray[np.int64], Matrix, float]:
    """Class-balanced L2 logistic regression by full-batch Adam from zero over the posts
    `rows` of the feature matrix; (buckets with weight, their weights, bias)."""
    r_idx = np.concatenate(
        [np.full(indptr[i + 1] - indptr[i], k, dtype=np.int64) for k, i in enumerate(rows)]
    )
    cols = np.concatenate([ids[indptr[i] : indptr[i + 1]] for i in rows])
    vals = np.concatenate([np.full(indptr[i + 1] - indptr[i], values[i]) for i in rows])
    used, weights, bias = fit_buckets(
        r_idx, cols, vals, y, l2=L2, iterations=ITERATIONS, learning_rate=LEARNING_RATE
    )
    return used.astype(np.int64), weights, bias


class Features:
    def __init__(self, posts: Sequence[Post]) -> None:
        self.ids, self.indptr, self.values = feature_matrix([p.text for p in posts], BITS)

    def head(self, posts: Sequence[Post], rows: Sequence[int], weak: str) -> ComplaintHead:
        keep = [i for i in rows if posts[i].label != "weak" or weak == "positive"]
        y = np.array([0.0 if posts[i].label == "neg" else 1.0 for i in keep])
        buckets, weights, bias = fit(self.ids, self.indptr, self.values, keep, y)
        return ComplaintHead(BITS, buckets, weights.astype(np.float32), bias, 1.0, 0.0)

    def out_of_fold(self, posts: Sequence[Post], rows: Sequence[int], weak: str) -> Matrix:
        fold = folds_of((posts[i].file for i in rows), FOLDS)
        scores = np.zeros(len(posts))
        for k in range(FOLDS):
            train = [i for i in rows if fold[posts[i].file] != k]
            head = self.head(posts, train, weak)
            for i in rows:
                if fold[posts[i].file] == k:
                    scores[i] = head.score(posts[i].text)
        return scores


def effect(post: Post, verdict: bool) -> tuple[int, int]:
    """(catches, good drafts failed) among the post's drafts under `verdict`."""
    catches = good_failed = 0
    for row in post.rows:
        failed = row.fails_if[verdict] | row.other_failed
        if not row.defects:
            good_failed += bool(failed)
        for d in row.defects:
            catches += bool(failed & set(DEFECT_SCORERS[d]))
    return catches, good_failed


def choose_thresholds(
    posts: Sequence[Post], scores: Matrix, rows: Sequence[int], rule: str = "budget"
) -> tuple[float, float]:
    """(high, low) from the out-of-fold `scores` of `rows` (see the module docstring)."""
    n_good = sum(1 for i in rows for r in posts[i].rows if not r.defects)
    delta = {
        i: np.subtract(effect(posts[i], not posts[i].rules), effect(posts[i], posts[i].rules))
        for i in rows
    }
    off = sorted((i for i in rows if not posts[i].rules), key=lambda i: -scores[i])
    best, high, gained, added = 0, 1.0, 0, 0
    for k, i in enumerate(off):
        gained += int(delta[i][0])
        added += int(delta[i][1])
        nxt = scores[off[k + 1]] if k + 1 < len(off) else -1.0
        if nxt == scores[i]:
            continue
        if added > MAX_ADDED_FP * n_good:
            break
        if rule == "budget" or gained - added > best:
            best, high = gained - added, float(scores[i])
    on = sorted((i for i in rows if posts[i].rules), key=lambda i: scores[i])
    low = 0.0
    for k, i in enumerate(on):
        if delta[i][0] < 0 or delta[i][1] > 0:
            break
        nxt = scores[on[k + 1]] if k + 1 < len(on) else 2.0
        if nxt != scores[i] and any(delta[j][1] < 0 for j in on[: k + 1]):
            low = float(np.nextafter((scores[i] + nxt) / 2, 1.0)) if nxt <= 1 else 0.0
    return high, low


def report(
    title: str,
    posts: Sequence[Post],
    verdicts: dict[int, bool],
    rows: Sequence[int],
    per_file: bool = True,
) -> None:
    """Caught / false alarms per file and per defect under `verdicts` (post index -> verdict)."""
    files: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    per_defect: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for i in rows:
        post = posts[i]
        v = verdicts[i]
        for row in post.rows:
            failed = row.fails_if[v] | row.other_failed
            stats = files[post.file]
            if not row.defects:
                stats[3] += 1
                stats[2] += bool(failed)
            for d in row.defects:
                hit = bool(failed & set(DEFECT_SCORERS[d]))
                stats[1] += 1
                stats[0] += hit
                per_defect[d][0] += hit
                per_defect[d][1] += 1
    tot = np.sum(list(files.values()), axis=0)
    print(
        f"\n### {title}: caught {tot[0]}/{tot[1]} ({tot[0] / tot[1]:.2%}), "
        f"false alarms {tot[2]}/{tot[3]} ({tot[2] / tot[3]:.2%})"
    )
    for f in sorted(files, key=lambda f: file_number(Path(f))) if per_file else ():
        s = files[f]
        print(f"  {f}: caught {s[0]}/{s[1]}, false alarms {s[2]}/{s[3]}")
    for d in ("missing_apology", "blame", "rude"):
        if d in per_defect:
            print(f"  {d}: {per_defect[d][0]}/{per_defect[d][1]}")


def changed_rows(posts: Sequence[Post], verdicts: dict[int, bool], rows: Sequence[int]) -> None:
    for i in rows:
        post = posts[i]
        if verdicts[i] == post.rules:
            continue
        for row in post.rows:
            before, after = row.fails_if[post.rules], row.fails_if[verdicts[i]]
            if before != after:
                kind = ",".join(row.defects) or "good"
                print(
                    f"  {row.id} [{kind}] {sorted(before)} -> {sorted(after)} | {post.text[:110]!r}"
                )


def data_digest(files: Sequence[Path], weak: str) -> str:
    h = hashlib.sha256()
    hash_files(h, files)
    h.update(repr((BITS, L2, ITERATIONS, LEARNING_RATE, FOLDS, MAX_ADDED_FP, weak)).encode())
    return h.hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {COMPLAINT_HEAD_FILE.name}")
    parser.add_argument("--split", type=int, help="fit on files numbered <= N, test the rest")
    parser.add_argument("--weak", choices=("positive", "drop"), default="positive")
    parser.add_argument(
        "--high", choices=("budget", "net"), default="budget", help="how `high` is chosen"
    )
    parser.add_argument("--cache", type=Path, help="pickle of the scored posts (re-runs)")
    args = parser.parse_args()
    files = training_files()
    if args.cache and args.cache.exists():
        posts = pickle.loads(args.cache.read_bytes())
    else:
        posts = load_posts(files)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(posts))
    labels = collections.Counter(p.label for p in posts)
    print(f"{len(posts)} posts: {dict(labels)}; --weak {args.weak}")
    feats = Features(posts)
    cut = args.split if args.split is not None else 10**9
    train = [i for i, p in enumerate(posts) if file_number(Path(p.file)) <= cut]
    test = [i for i, p in enumerate(posts) if file_number(Path(p.file)) > cut]
    oof = feats.out_of_fold(posts, train, args.weak)
    high, low = choose_thresholds(posts, oof, train, args.high)
    oof_verdicts = {i: (oof[i] >= low if posts[i].rules else oof[i] >= high) for i in train}
    print(f"thresholds from 5-fold CV on {len(train)} posts: high {high:.3f}, low {low:.3f}")
    report("training files, rules", posts, {i: posts[i].rules for i in train}, train, False)
    report("training files, out-of-fold combined", posts, oof_verdicts, train, False)
    head = feats.head(posts, train, args.weak)
    head = ComplaintHead(
        head.bits,
        head.buckets,
        head.weights,
        head.bias,
        high,
        low,
        data_digest=data_digest([f for f in files if file_number(f) <= cut], args.weak),
    )
    if test:
        verdicts = {i: head.decide(posts[i].text, posts[i].rules) for i in test}
        report(f"files > {cut}, rules", posts, {i: posts[i].rules for i in test}, test)
        report(f"files > {cut}, rules + head", posts, verdicts, test)
        print("changed rows:")
        changed_rows(posts, verdicts, test)
    else:
        verdicts = {i: head.decide(posts[i].text, posts[i].rules) for i in train}
        report("all files, fitted on all", posts, verdicts, train)
        print("changed rows (in-sample):")
        changed_rows(posts, verdicts, train)
    if args.write:
        head.save(COMPLAINT_HEAD_FILE)
        print(
            f"wrote {COMPLAINT_HEAD_FILE} ({len(head.buckets)} buckets, digest {head.data_digest})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
