"""Train the learned blame check (`socialreply/evaluation/blame_head.npz`).

    .venv/bin/python benchmarks/train_blame_head.py             # CV report, no write
    .venv/bin/python benchmarks/train_blame_head.py --write     # also write the weights
    .venv/bin/python benchmarks/train_blame_head.py --split 41  # train <= 41, test the rest

Training data: every labelled scorer batch ``scorer_meta_blind*.jsonl`` (one writer or
batch per file). Each group ``gNN-KK`` holds one good draft and two broken ones, and a
broken draft changes only what its defect needs, so the sentences of a ``blame`` or
``rude`` draft that are not (near-)verbatim in its group's good draft (similarity < 0.9)
are where the defect is: one positive *bag* per draft (a multiple-instance problem: the
rewrite may also have touched a neutral sentence). Every sentence of the good drafts and
of the drafts broken in other ways is a negative.

Features per sentence (`blame_head.py`): its word 1- to 3-grams seen in at least two
training sentences (unit-length rows) and its MiniLM vector (read through the glossaries
for drafts not in English), embedded one sentence at a time. One weighted logistic
regression (positives weighted to half the total, L2 ``L2`` on every weight but the
bias) fitted by full-batch Adam from zero weights for ``ITERATIONS`` steps; then, per
positive draft, only its highest-scoring changed sentence is kept and the model refitted
(one multiple-instance round). The threshold is the lowest at which the out-of-fold
scores (5 folds grouped by file: file i of the batches sorted by number goes to fold
i mod 5) flag at most ``MAX_GOOD_FP`` (0.5%) of the good drafts; a draft's score is its
best sentence's. ``--split N`` instead fits on the files numbered <= N (threshold by the
same CV on them) and reports the files after N, beside the current rule scorers.
Deterministic: no random state; rerunning on the same data writes the same file.
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

from socialreply.evaluation.blame_head import (
    BLAME_HEAD_FILE,
    BlameHead,
    embedding_inputs,
    minilm_embed,
    ngrams,
    sentences,
)
from socialreply.evaluation.surface_text import language_of
from socialreply.knowledge.crosslingual import GLOSSARY
from socialreply.triage.head_inputs import CRISIS_GLOSSARY

sys.path.insert(0, str(Path(__file__).resolve().parent))
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

BLAME_DEFECTS = frozenset({"blame", "rude"})
SAME_SENTENCE = 0.9  # similarity at or above which a sentence is the good draft's own
MIN_DF = 2  # an n-gram enters the vocabulary when this many training sentences have it
L2 = 1e-6
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
    sentences: list[str]
    changed: list[bool]  # not (near-)verbatim in the group's good draft
    language: str | None
    rows: list[int] = field(default_factory=list)  # into the sentence table

    @property
    def good(self) -> bool:
        return not self.defects

    @property
    def blame(self) -> bool:
        return bool(BLAME_DEFECTS & set(self.defects))


def load_drafts(files: Sequence[Path]) -> list[Draft]:
    drafts: list[Draft] = []
    for path in files:
        for members in groups_of(path).values():
            good = [
                _key(s) for r in members if not r["defects"] for s in sentences(str(r["draft"]))
            ]
            for row in members:
                text = str(row["draft"])
                parts = sentences(text)
                changed = [similarity(s, good) < SAME_SENTENCE for s in parts]
                defects = row["defects"]
                assert isinstance(defects, list)
                drafts.append(
                    Draft(
                        path.stem,
                        str(row["id"]),
                        tuple(defects),
                        parts,
                        changed,
                        language_of(text),
                    )
                )
    return drafts


@dataclass
class Table:
    """Every distinct (sentence, language) of the drafts: its n-grams and vector."""

    texts: list[str]
    grams: list[set[str]]
    vectors: Matrix


def build_table(drafts: list[Draft]) -> Table:
    index: dict[tuple[str, str | None], int] = {}
    keys: list[tuple[str, str | None]] = []
    for draft in drafts:
        for s in draft.sentences:
            key = (s, draft.language)
            if key not in index:
                index[key] = len(keys)
                keys.append(key)
            draft.rows.append(index[key])
    inputs: list[str] = []
    for s, language in keys:
        inputs.extend(embedding_inputs([s], language))
    unique = sorted(set(inputs))
    start = time.perf_counter()
    vectors = minilm_embed(unique).astype(np.float64)
    print(
        f"embedded {len(unique)} sentences in {time.perf_counter() - start:.0f} s", file=sys.stderr
    )
    where = {t: i for i, t in enumerate(unique)}
    return Table(
        texts=[s for s, _ in keys],
        grams=[ngrams(s) for s, _ in keys],
        vectors=vectors[[where[t] for t in inputs]],
    )


def _fit(
    table: Table, vocab: dict[str, int], positives: list[int], negatives: list[int]
) -> tuple[Matrix, float]:
    """Weighted L2 logistic regression by full-batch Adam from zero; (weights, bias),
    n-gram weights first, then the vector weights."""
    rows = positives + negatives
    return fit_grams_and_dense(
        [table.grams[row] for row in rows],
        table.vectors[rows],
        vocab,
        len(positives),
        l2=L2,
        iterations=ITERATIONS,
        learning_rate=LEARNING_RATE,
        positive_share=POSITIVE_SHARE,
    )


def fit_head(table: Table, drafts: Sequence[Draft], threshold: float = 0.5) -> BlameHead:
    bags = [
        tuple(r for r, c in zip(d.rows, d.changed, strict=True) if c) for d in drafts if d.blame
    ]
    bags = [b for b in bags if b]
    positives = sorted({r for b in bags for r in b})
    taken = set(positives)
    negatives = sorted({r for d in drafts if not d.blame for r in d.rows} - taken)
    counts = collections.Counter(g for row in positives + negatives for g in table.grams[row])
    vocabulary = tuple(sorted(g for g, k in counts.items() if k >= MIN_DF))
    vocab = {g: i for i, g in enumerate(vocabulary)}

    def head(weights: Matrix, bias: float) -> BlameHead:
        return BlameHead(
            vocabulary=vocabulary,
            ngram_weights=weights[: len(vocabulary)].astype(np.float32),
            vector_weights=weights[len(vocabulary) :].astype(np.float32),
            bias=bias,
            threshold=threshold,
        )

    fitted = head(*_fit(table, vocab, positives, negatives))
    for _ in range(MIL_ROUNDS):
        p = sentence_scores(fitted, table)
        chosen = sorted({b[int(np.argmax(p[list(b)]))] for b in bags})
        fitted = head(*_fit(table, vocab, chosen, negatives))
    return fitted


def sentence_scores(head: BlameHead, table: Table) -> Matrix:
    """Every table sentence's probability under `head` (vectors from the table, computed
    exactly as `BlameHead.scores` computes them at scoring time)."""
    logits = head.ngram_logits(table.texts)
    logits += table.vectors @ head.vector_weights.astype(np.float64) + head.bias
    out: Matrix = 0.5 * (1.0 + np.tanh(0.5 * logits))
    return out


def draft_scores(head: BlameHead, table: Table, drafts: Sequence[Draft]) -> Matrix:
    p = sentence_scores(head, table)
    return np.array([float(p[d.rows].max()) if d.rows else 0.0 for d in drafts])


def threshold_for(scores: Matrix, drafts: Sequence[Draft]) -> float:
    """The lowest threshold flagging at most MAX_GOOD_FP of the good drafts."""
    return lowest_threshold(scores[[d.good for d in drafts]], MAX_GOOD_FP)


def out_of_fold(table: Table, drafts: Sequence[Draft]) -> Matrix:
    fold = folds_of((d.file for d in drafts), FOLDS)
    scores = np.zeros(len(drafts))
    for k in range(FOLDS):
        train = [d for d in drafts if fold[d.file] != k]
        test = [i for i, d in enumerate(drafts) if fold[d.file] == k]
        scores[test] = draft_scores(fit_head(table, train), table, [drafts[i] for i in test])
    return scores


def report(title: str, flagged: npt.NDArray[np.bool_], drafts: Sequence[Draft]) -> None:
    def share(mask: list[bool]) -> str:
        m = np.array(mask)
        return f"{int(flagged[m].sum())}/{int(m.sum())} ({flagged[m].mean():.1%})"

    print(
        f"| {title} | {share([d.blame for d in drafts])} "
        f"| {share(['blame' in d.defects for d in drafts])} "
        f"| {share(['rude' in d.defects for d in drafts])} "
        f"| {share([not d.good and not d.blame for d in drafts])} "
        f"| {share([d.good for d in drafts])} |"
    )


def rule_flags(files: Sequence[Path]) -> dict[tuple[str, str], set[str]]:
    """The current scorers' failed checks per (file, draft id) (`no-blame`: its phrase
    rules, the default)."""
    from socialreply.config import Settings
    from socialreply.evaluation.assertions import run_deterministic
    from socialreply.evaluation.score_file import DEFAULT_CHECKS, DraftLine
    from socialreply.evaluation.suites import AssertionSpec

    settings = Settings()
    specs = [AssertionSpec(type=c) for c in DEFAULT_CHECKS]
    out: dict[tuple[str, str], set[str]] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            ctx = DraftLine.model_validate_json(line).context(settings)
            results = [run_deterministic(spec, ctx) for spec in specs]
            key = (path.stem, str(json.loads(line)["id"]))
            out[key] = {r.type for r in results if not r.passed}
    return out


# The glossaries non-English sentences are read through before embedding.
INPUT_FILES = (GLOSSARY, CRISIS_GLOSSARY)


def data_digest(files: Sequence[Path]) -> str:
    """A hash of the training files, the glossaries and the training settings."""
    h = hashlib.sha256()
    hash_files(h, [*files, *INPUT_FILES])
    settings = (SAME_SENTENCE, MIN_DF, L2, ITERATIONS, LEARNING_RATE, POSITIVE_SHARE)
    h.update(repr((settings, MIL_ROUNDS, FOLDS, MAX_GOOD_FP)).encode())
    return h.hexdigest()[:16]


HEADER = (
    "| | blame/rude drafts flagged | blame | rude | other broken flagged | good flagged |\n"
    "|---|---:|---:|---:|---:|---:|"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {BLAME_HEAD_FILE.name}")
    parser.add_argument("--split", type=int, help="fit on files numbered <= N, test the rest")
    args = parser.parse_args()
    files = training_files()
    drafts = load_drafts(files)
    table = build_table(drafts)
    if args.split is not None:
        train = [d for d in drafts if file_number(Path(d.file)) <= args.split]
        test = [d for d in drafts if file_number(Path(d.file)) > args.split]
        threshold = threshold_for(out_of_fold(table, train), train)
        head = fit_head(table, train, threshold)
        flagged = draft_scores(head, table, test) >= threshold
        print(
            f"fitted on {len(train)} drafts (files <= {args.split}); threshold "
            f"{threshold:.3f} from their 5-fold CV; scored {len(test)} unseen drafts"
        )
        print(HEADER)
        report(f"learned check alone, files > {args.split}", flagged, test)
        rules = rule_flags([f for f in files if file_number(f) > args.split])
        tone = np.array([bool({"no-blame", "no-shouting"} & rules[(d.file, d.id)]) for d in test])
        any_check = np.array([bool(rules[(d.file, d.id)]) for d in test])
        report("no-blame + no-shouting rules", tone, test)
        report("rules + learned check", tone | flagged, test)
        extra = [
            d.id for d, f, a in zip(test, flagged, any_check, strict=True) if f and d.good and not a
        ]
        print(f"good drafts the learned check fails and no rule check does: {extra}")
        return 0
    scores = out_of_fold(table, drafts)
    threshold = threshold_for(scores, drafts)
    print(f"5-fold CV grouped by file, {len(drafts)} drafts; threshold {threshold:.3f}")
    print(HEADER)
    report("learned check alone, out of fold", scores >= threshold, drafts)
    if args.write:
        head = fit_head(table, drafts, threshold)
        head = BlameHead(
            vocabulary=head.vocabulary,
            ngram_weights=head.ngram_weights,
            vector_weights=head.vector_weights,
            bias=head.bias,
            threshold=threshold,
            data_digest=data_digest(files),
        )
        head.save(BLAME_HEAD_FILE)
        print(
            f"wrote {BLAME_HEAD_FILE} ({len(head.vocabulary)} n-grams, digest {head.data_digest})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
