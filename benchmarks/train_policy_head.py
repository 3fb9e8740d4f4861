"""Train the learned invented-policy check (`socialreply/evaluation/policy_head.npz`).

    .venv/bin/python benchmarks/train_policy_head.py             # CV report, no write
    .venv/bin/python benchmarks/train_policy_head.py --write     # also write the weights
    .venv/bin/python benchmarks/train_policy_head.py --split 75  # train <= 75, test the rest

As `train_blame_head.py` (read its docstring), for the defect ``invented_policy``: the
sentences of an invented-policy draft that are not (near-)verbatim in its group's good draft
are one positive bag (multiple-instance: the rewrite may have touched a neutral sentence
too); every sentence of good drafts and of drafts broken in other ways is a negative. The
features (`policy_head.py`) add to the words the sentence's SUPPORT by the row's facts and
post: its content words marked supported or not, its best MiniLM cosine with a fact, the
share of its words and numbers the facts and post lack, and commitment cues. One weighted
logistic regression (full-batch Adam from zero, L2), one multiple-instance round; the
threshold is the lowest at which the out-of-fold scores (5 folds grouped by file) flag at
most ``MAX_GOOD_FP`` of the good drafts. ``--split N`` fits on files numbered <= N and
reports the files after N beside the current scorers (from a per-row snapshot of
`score_file.DEFAULT_CHECKS`, computed here). ``--cache PATH`` keeps the MiniLM vectors
between runs (an .npz of texts and vectors). Deterministic: no random state.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from socialreply.evaluation.blame_head import minilm_embed, sentences
from socialreply.evaluation.policy_head import (
    DENSE_FEATURES,
    POLICY_HEAD_FILE,
    PolicyHead,
    draft_inputs,
)
from socialreply.evaluation.surface_text import language_of

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_blame_head import INPUT_FILES
from trainer_common import (
    file_number,
    fit_grams_and_dense,
    folds_of,
    groups_of,
    hash_files,
    lowest_threshold,
    similarity,
    training_files,
)
from trainer_common import sentence_key as _key

DEFECT = "invented_policy"
CHECKS = ("no-unauthorized-promises", "numbers-supported")  # scorer_meta_eval's mapping
SAME_SENTENCE = 0.9
MIN_DF = 2
L2 = 1e-5
ITERATIONS = 400
LEARNING_RATE = 0.05
POSITIVE_SHARE = 0.5
MIL_ROUNDS = 1
FOLDS = 5
MAX_GOOD_FP = 0.005

Matrix = npt.NDArray[np.float64]


@dataclass
class Draft:
    file: str
    id: str
    defects: tuple[str, ...]
    changed: list[bool]
    rows: list[int] = field(default_factory=list)  # into the sentence table

    @property
    def good(self) -> bool:
        return not self.defects

    @property
    def positive(self) -> bool:
        return DEFECT in self.defects


@dataclass
class Table:
    """Every sentence of every draft (one row per occurrence: its support depends on the
    row's facts): its grams, vector and dense features."""

    grams: list[set[str]] = field(default_factory=list)
    vectors: list[Matrix] = field(default_factory=list)
    dense: list[Matrix] = field(default_factory=list)

    def stacked(self) -> tuple[Matrix, Matrix]:
        return np.vstack(self.vectors), np.vstack(self.dense)


class VectorCache:
    """MiniLM vectors by text, embedded on a miss; optionally kept in an .npz."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.vectors: dict[str, npt.NDArray[np.float32]] = {}
        self.misses = 0
        if path is not None and path.exists():
            with np.load(path, allow_pickle=False) as data:
                self.vectors = dict(zip(data["texts"].tolist(), data["vectors"], strict=True))

    def __call__(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        missing = sorted({t for t in texts if t not in self.vectors})
        if missing:
            self.misses += len(missing)
            self.vectors.update(zip(missing, minilm_embed(missing), strict=True))
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self.vectors[t] for t in texts])

    def save(self) -> None:
        if self.path is not None and self.misses:
            texts = sorted(self.vectors)
            np.savez(
                self.path, texts=np.array(texts), vectors=np.stack([self.vectors[t] for t in texts])
            )


def load(files: Sequence[Path], embed: VectorCache) -> tuple[list[Draft], Table]:
    drafts: list[Draft] = []
    table = Table()
    start = time.perf_counter()
    for path in files:
        for members in groups_of(path).values():
            good = [
                _key(s) for r in members if not r["defects"] for s in sentences(str(r["draft"]))
            ]
            for row in members:
                text = str(row["draft"])
                parts = sentences(text)
                changed = [similarity(s, good) < SAME_SENTENCE for s in parts]
                facts = [str(f["text"]) for f in row["facts"]]  # type: ignore[attr-defined]
                inputs = draft_inputs(parts, language_of(text), facts, str(row["post"]), embed)
                first = len(table.grams)
                table.grams.extend(inputs.grams)
                table.vectors.append(inputs.vectors)
                table.dense.append(inputs.dense)
                defects = row["defects"]
                assert isinstance(defects, list)
                drafts.append(
                    Draft(
                        path.stem,
                        str(row["id"]),
                        tuple(defects),
                        changed,
                        list(range(first, first + len(parts))),
                    )
                )
    print(
        f"read {len(drafts)} drafts, {len(table.grams)} sentences in "
        f"{time.perf_counter() - start:.0f} s ({embed.misses} texts embedded)",
        file=sys.stderr,
    )
    return drafts, table


@dataclass
class Stacked:
    vectors: Matrix
    dense: Matrix


def _fit(
    table: Table,
    stacked: Stacked,
    vocab: dict[str, int],
    positives: list[int],
    negatives: list[int],
) -> tuple[Matrix, float]:
    """Weighted L2 logistic regression by full-batch Adam from zero; (weights, bias): gram
    weights, then vector weights, then dense weights."""
    rows = positives + negatives
    return fit_grams_and_dense(
        [table.grams[row] for row in rows],
        np.hstack([stacked.vectors[rows], stacked.dense[rows]]),
        vocab,
        len(positives),
        l2=L2,
        iterations=ITERATIONS,
        learning_rate=LEARNING_RATE,
        positive_share=POSITIVE_SHARE,
    )


def fit_head(
    table: Table, stacked: Stacked, drafts: Sequence[Draft], threshold: float = 0.5
) -> PolicyHead:
    bags = [
        tuple(r for r, c in zip(d.rows, d.changed, strict=True) if c) for d in drafts if d.positive
    ]
    bags = [b for b in bags if b]
    positives = sorted({r for b in bags for r in b})
    taken = set(positives)
    negatives = sorted({r for d in drafts if not d.positive for r in d.rows} - taken)
    counts = collections.Counter(g for row in positives + negatives for g in table.grams[row])
    vocabulary = tuple(sorted(g for g, k in counts.items() if k >= MIN_DF))
    vocab = {g: i for i, g in enumerate(vocabulary)}
    n_vector = stacked.vectors.shape[1]

    def head(weights: Matrix, bias: float) -> PolicyHead:
        k = len(vocabulary)
        return PolicyHead(
            vocabulary=vocabulary,
            gram_weights=weights[:k].astype(np.float32),
            vector_weights=weights[k : k + n_vector].astype(np.float32),
            dense_weights=weights[k + n_vector :].astype(np.float32),
            bias=bias,
            threshold=threshold,
        )

    fitted = head(*_fit(table, stacked, vocab, positives, negatives))
    for _ in range(MIL_ROUNDS):
        p = sentence_scores(fitted, table, stacked)
        chosen = sorted({b[int(np.argmax(p[list(b)]))] for b in bags})
        fitted = head(*_fit(table, stacked, vocab, chosen, negatives))
    return fitted


def sentence_scores(head: PolicyHead, table: Table, stacked: Stacked) -> Matrix:
    """Every table sentence's probability under `head` (as `PolicyHead.flagged` computes it)."""
    from socialreply.evaluation.policy_head import SentenceInputs

    logits = head.logits(SentenceInputs(table.grams, stacked.vectors, stacked.dense))
    out: Matrix = 0.5 * (1.0 + np.tanh(0.5 * logits))
    return out


def draft_scores(
    head: PolicyHead, table: Table, stacked: Stacked, drafts: Sequence[Draft]
) -> Matrix:
    p = sentence_scores(head, table, stacked)
    return np.array([float(p[d.rows].max()) if d.rows else 0.0 for d in drafts])


def threshold_for(scores: Matrix, drafts: Sequence[Draft]) -> float:
    """The lowest threshold flagging at most MAX_GOOD_FP of the good drafts."""
    return lowest_threshold(scores[[d.good for d in drafts]], MAX_GOOD_FP)


def out_of_fold(table: Table, stacked: Stacked, drafts: Sequence[Draft]) -> Matrix:
    fold = folds_of((d.file for d in drafts), FOLDS)
    scores = np.zeros(len(drafts))
    for k in range(FOLDS):
        train = [d for d in drafts if fold[d.file] != k]
        test = [i for i, d in enumerate(drafts) if fold[d.file] == k]
        head = fit_head(table, stacked, train)
        scores[test] = draft_scores(head, table, stacked, [drafts[i] for i in test])
    return scores


def rule_failures(files: Sequence[Path]) -> dict[tuple[str, str], set[str]]:
    """The current default scorers' failed checks per (file, draft id)."""
    from socialreply.config import Settings
    from socialreply.evaluation.score_file import DEFAULT_CHECKS, DraftLine, score_draft

    settings = Settings()
    out: dict[tuple[str, str], set[str]] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = DraftLine.model_validate_json(line)
            _, results = score_draft(row, settings, DEFAULT_CHECKS)
            out[(path.stem, str(json.loads(line)["id"]))] = {
                r.type for r in results if not r.passed
            }
    return out


def compare(
    drafts: Sequence[Draft],
    flagged: npt.NDArray[np.bool_],
    rules: dict[tuple[str, str], set[str]],
    title: str,
) -> None:
    """Per file: invented policy caught and good drafts failed, rules vs rules + head."""
    print(f"\n{title}")
    print(
        "| file | invented_policy caught (rules) | (+ head) | all defects caught (rules) "
        "| (+ head) | good failed (rules) | (+ head) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    totals = np.zeros(10, dtype=int)
    changed: list[str] = []
    for file in sorted({d.file for d in drafts}, key=lambda f: file_number(Path(f))):
        t = np.zeros(10, dtype=int)
        for d, f in zip(drafts, flagged, strict=True):
            if d.file != file:
                continue
            failed = rules[(d.file, d.id)]
            if d.good:
                t[8] += 1
                t[6] += bool(failed)
                t[7] += bool(failed) or bool(f)
                if f and not failed:
                    changed.append(f"{d.file}:{d.id} good, newly failed")
                continue
            for defect in d.defects:
                from scorer_meta_eval import DEFECT_SCORERS

                before = bool(failed & set(DEFECT_SCORERS[defect]))
                after = before or (bool(f) and "no-unauthorized-promises" in DEFECT_SCORERS[defect])
                t[9] += 1
                t[2] += before
                t[3] += after
                if defect == DEFECT:
                    t[0] += before
                    t[1] += after
                    t[5] += 1
                if after and not before:
                    changed.append(f"{d.file}:{d.id} {defect}, newly caught")
        totals += t
        print(_row(file, t))
    print(_row("total", totals))
    print("changed rows:", *changed, sep="\n  ")


def _row(name: str, t: npt.NDArray[np.int_]) -> str:
    return (
        f"| {name} | {t[0]}/{t[5]} | {t[1]}/{t[5]} | {t[2]}/{t[9]} | {t[3]}/{t[9]} "
        f"| {t[6]}/{t[8]} ({t[6] / max(t[8], 1):.1%}) | {t[7]}/{t[8]} ({t[7] / max(t[8], 1):.1%}) |"
    )


def alone(title: str, scores: Matrix, threshold: float, drafts: Sequence[Draft]) -> None:
    flagged = scores >= threshold

    def share(mask: list[bool]) -> str:
        m = np.array(mask)
        return f"{int(flagged[m].sum())}/{int(m.sum())} ({flagged[m].mean():.1%})"

    print(
        f"| {title} | {share([d.positive for d in drafts])} "
        f"| {share([not d.good and not d.positive for d in drafts])} "
        f"| {share([d.good for d in drafts])} |"
    )


HEADER = (
    "| | invented_policy drafts flagged | other broken flagged | good flagged |\n"
    "|---|---:|---:|---:|"
)


def data_digest(files: Sequence[Path]) -> str:
    """A hash of the training files, the glossaries and the training settings."""
    h = hashlib.sha256()
    hash_files(h, [*files, *INPUT_FILES])
    settings = (SAME_SENTENCE, MIN_DF, L2, ITERATIONS, LEARNING_RATE, POSITIVE_SHARE)
    h.update(repr((settings, MIL_ROUNDS, FOLDS, MAX_GOOD_FP, DENSE_FEATURES)).encode())
    return h.hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {POLICY_HEAD_FILE.name}")
    parser.add_argument("--split", type=int, help="fit on files numbered <= N, test the rest")
    parser.add_argument("--cache", type=Path, help="an .npz of MiniLM vectors kept between runs")
    parser.add_argument("--rules", action="store_true", help="also compare with the rule scorers")
    parser.add_argument(
        "--max-good-fp", type=float, help=f"with --split: the CV budget (default {MAX_GOOD_FP})"
    )
    args = parser.parse_args()
    if args.max_good_fp is not None:
        if args.split is None:
            parser.error("--max-good-fp only with --split (the shipped head uses MAX_GOOD_FP)")
        globals()["MAX_GOOD_FP"] = args.max_good_fp
    files = training_files()
    cache = VectorCache(args.cache)
    drafts, table = load(files, cache)
    cache.save()
    vectors, dense = table.stacked()
    stacked = Stacked(vectors, dense)
    if args.split is not None:
        train = [d for d in drafts if file_number(Path(d.file)) <= args.split]
        test = [d for d in drafts if file_number(Path(d.file)) > args.split]
        threshold = threshold_for(out_of_fold(table, stacked, train), train)
        head = fit_head(table, stacked, train, threshold)
        scores = draft_scores(head, table, stacked, test)
        print(
            f"fitted on {len(train)} drafts (files <= {args.split}); threshold "
            f"{threshold:.3f} from their 5-fold CV; scored {len(test)} unseen drafts"
        )
        print(HEADER)
        alone(f"learned check alone, files > {args.split}", scores, threshold, test)
        print("flagged:", *(d.id for d, p in zip(test, scores, strict=True) if p >= threshold))
        if args.rules:
            rules = rule_failures([f for f in files if file_number(f) > args.split])
            compare(test, scores >= threshold, rules, f"files > {args.split}, unseen")
        return 0
    scores = out_of_fold(table, stacked, drafts)
    threshold = threshold_for(scores, drafts)
    print(f"5-fold CV grouped by file, {len(drafts)} drafts; threshold {threshold:.3f}")
    print(HEADER)
    alone("learned check alone, out of fold", scores, threshold, drafts)
    head = fit_head(table, stacked, drafts, threshold)
    fitted = draft_scores(head, table, stacked, drafts)
    alone("learned check alone, in sample (fitted on all)", fitted, threshold, drafts)
    if args.rules:
        compare(drafts, fitted >= threshold, rule_failures(files), "all files, in sample")
    if args.write:
        head = PolicyHead(
            vocabulary=head.vocabulary,
            gram_weights=head.gram_weights,
            vector_weights=head.vector_weights,
            dense_weights=head.dense_weights,
            bias=head.bias,
            threshold=threshold,
            data_digest=data_digest(files),
        )
        head.save(POLICY_HEAD_FILE)
        print(f"wrote {POLICY_HEAD_FILE} ({len(head.vocabulary)} grams, digest {head.data_digest})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
