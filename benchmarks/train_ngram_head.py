"""Train and measure the n-gram triage head (`socialreply/triage/ngram_head.py`).

    .venv/bin/python benchmarks/train_ngram_head.py --system /tmp/system.jsonl --build-system
    .venv/bin/python benchmarks/train_ngram_head.py --system /tmp/system.jsonl          # reuse
    .venv/bin/python benchmarks/train_ngram_head.py --system ... --no-write  # measure only

The protocol (numbers, not impressions):

1. Out-of-fold probabilities for every labelled post up to blind72, folds by batch: batch
   ``i`` (in `triage_metrics.SPLITS` order) is in fold ``i % FOLDS``, and each post is
   scored by a model fitted without its whole batch (and without the LATE batches). The
   LATE batches (blind73-74, written after round 1 shipped) are scored by one model fitted
   on every earlier batch: a second held-out set no threshold was chosen on; the NEWEST
   (blind75-76) by one fitted through blind74, a third; the LATEST (blind77-82) by one fitted
   through blind76, a fourth. Each post is
   also scored clause by clause (the best clause kept) for the `CLAUSES` reading.
2. The full system's categories per post, scored as unseen (`triage_metrics.as_unseen`:
   the batch left out of the neighbour indexes) and without the n-gram head, cached as
   JSON lines in ``--system`` (``--build-system`` computes the missing batches; ~25 min for
   all of them with MiniLM).
3. The policy: add a category the system missed when its probability reaches the
   category's threshold and the semantic gates let it stand; drop a category only the
   semantic pass found when its probability is under the category's veto. Thresholds are
   chosen on the batches up to blind66 only (the highest one whose additions were right at
   least `COST` times as often as wrong, at least `MIN_ADDED` right), then reported on
   blind67-blind72 and on blind73-blind74, batch by batch and pooled: precision, crisis and
   urgent recall, false friends flagged, and every post the head changes.
4. The shipped model is fitted on every labelled post with the thresholds of step 3
   (categories without one never fire), written to ``ngram_head.npz`` and the protocol
   table to the marked section of ``benchmarks/README.md``, unless ``--no-write``.

Round 2 (session 17) measured on both held-out sets and kept round 1's features and
reading. Lost or gained nothing: the best clause's probability (instead of the whole
post's: blind67-72 +5 TP -5 FP and blind73-74 +0 -4, against +7 -12 and +2 -6; beside it,
with thresholds of its own, none earned one on the tuning batches), categories beyond
`ADDABLE` (prompt_injection earned a threshold there, 5 right, but changed no held-out
post; privacy_exposure none) and higher veto ceilings (no veto moved). Mixed, not
shipped: feature set 1 (`FEATURES = 1`): blind73-74 +5 TP -6 FP (crisis R 0.950 -> 0.963,
urgent R 0.912 -> 0.950), but blind67-72 +8 TP -11 FP (P 0.933 against 0.934: one false
signal fewer removed), about 15% more CPU per post and two to four times the training
time.

Round 3 (session 18) added a third held-out set, blind75-76 (written in session 17 after
the head shipped, scored by one model fitted through blind74, the shipped one's data),
and measured on all three (right and false signals gained, A blind67-72 / B blind73-74 /
C blind75-76): set 0, whole post (shipped): +7 -12 / +2 -6 / +8 +-0. Feature set 2
(spaced 3-6-grams across word boundaries, elongations folded; ``--features 2``): +8 -11 /
+6 -6 / +9 +1 -- six more right signals in all but two more false ones (blind75-76 added
a false discrimination_harassment; blind67-72 removed one fewer), so not shipped. Best
clause (``--clauses 1``): +5 -5 / +0 -4 / +6 +-0, lost on all three. More categories
(``--addable prompt_injection,privacy_exposure,media_inquiry,regulatory,legal_threat``):
media_inquiry, prompt_injection and legal_threat earned thresholds on the tuning
batches, none changed a held-out post. Multiple-instance clause training (``--mil 1``,
`fit_model`) is written and tested but was not measured: its eight-fold protocol (four
times the rows) did not fit that session's shared CPU. The cached system output
(``--system``) of blind67-72 is session 16's code's, that of blind73-76 session 17's.
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
from trainer_common import categories_of, write_section

from socialreply.triage.ngram_features import DEFAULT_BITS, feature_matrix
from socialreply.triage.ngram_head import NGRAM_FILE, NgramHead
from socialreply.triage.ngram_training import FitSettings, fit, scores, select_rows, stack_rows
from socialreply.triage.semantic_clauses import split_clauses
from socialreply.triage.semantic_gates import semantic_signal_stands

README = Path(__file__).with_name("README.md")
MARKER = ("<!-- ngram-head:start -->", "<!-- ngram-head:end -->")
# The section goes after the triage tables (the rules + semantic pass's).
AFTER = "<!-- triage-semantic:end -->"

FOLDS = 8
HARD_NEGATIVE_WEIGHT = 3.0
SETTINGS = FitSettings(epochs=12)
# Never added (still vetoed): legal_threat's threshold rested on 3 right posts of the
# tuning batches and added none on either held-out set, and the model refitted with
# blind73-74 ("my sister-in-law does consumer law and she's already drafting the letter")
# scored an invented false friend, "my sister is a lawyer and she loves your boots",
# 0.77 (0.18 without them) against a threshold of 0.59.
NOT_ADDED = ("legal_threat",)
# Categories the head may add (the crisis and urgent ones first).
ADDABLE = tuple(
    c
    for c in (*tm.CRISIS, *tm.URGENT, "human_request", "fraud_payment", "high_anger")
    if c not in NOT_ADDED
)
HELD_OUT = tuple(f"blind{n}" for n in range(67, 73))
# Written after round 1 shipped: scored by one model fitted without them (and left out of
# every out-of-fold model), a second held-out set.
LATE = ("blind73", "blind74")
# Written in session 17 after the head shipped: scored by one model fitted on every batch
# before them (through blind74), a third held-out set.
NEWEST = ("blind75", "blind76")
# Written in session 18 after round 3 shipped (the head fitted through blind76): scored by one
# model fitted on every batch through blind76, a fourth held-out set, left out of the folds
# and of the threshold choice like the other three.
LATEST = tuple(f"blind{n}" for n in range(77, 83))
# Feature set (`ngram_features.FEATURES`) and whether a post reads as the higher of its
# own and its best clause's probability (`NgramHead.clauses`).
FEATURES = 0
CLAUSES = False
# Whether the model is also fitted on clauses, multiple-instance (`fit_model`), going on
# from the posts-only model for MIL_EPOCHS over posts and clauses (four times the rows).
MIL = False
MIL_EPOCHS = 3
COST = 2.0
MIN_ADDED = 2
# A veto that removes a right crisis signal costs more than one that removes another.
VETO_COST = {**dict.fromkeys(tm.CRISIS, 3.0)}
VETO_CEILING = 0.5
# Below this no threshold is considered: additions must be likely on their own.
FLOOR = 0.3

Rows = list[dict[str, Any]]
System = dict[str, dict[str, Any]]


def clause_matrix(
    rows: Rows, features: int = FEATURES
) -> tuple[tuple[Any, Any, Any], npt.NDArray[np.int64]]:
    """The clauses of every post with more than one, as a feature matrix, and each clause's
    post (row index)."""
    texts: list[str] = []
    owner: list[int] = []
    for i, row in enumerate(rows):
        clauses = split_clauses(row["text"])
        if len(clauses) > 1:
            texts += [c.text for c in clauses]
            owner += [i] * len(clauses)
    return feature_matrix(texts, DEFAULT_BITS, features), np.array(owner, dtype=np.int64)


def fit_rows(
    rows: Rows, matrix: tuple[Any, Any, Any], chosen: npt.NDArray[np.int64], cats: list[str]
) -> tuple[Any, Any]:
    ids, indptr, values = select_rows(*matrix, chosen)
    labels = np.array([[c in rows[i]["categories"] for c in cats] for i in chosen])
    weight = [HARD_NEGATIVE_WEIGHT if rows[i].get("hard_negative") else 1.0 for i in chosen]
    return fit(ids, indptr, values, labels, 2**DEFAULT_BITS, weight, SETTINGS)


def probabilities(weights: Any, bias: Any, matrix: tuple[Any, Any, Any], chosen: Any) -> Any:
    return 1.0 / (1.0 + np.exp(-scores(weights, bias, *select_rows(*matrix, chosen))))


def fit_model(
    rows: Rows,
    matrix: tuple[Any, Any, Any],
    clauses: tuple[tuple[Any, Any, Any], npt.NDArray[np.int64]],
    train: npt.NDArray[np.int64],
    cats: list[str],
    mil: bool,
) -> tuple[Any, Any]:
    """The model of the `train` posts. With `mil` (multiple-instance), the posts-only model
    goes on learning from the posts and their clauses: a clause of a post without a
    category is a negative of it, the clause the first model scores highest for a category
    of its post a positive, and the other clauses of that post are left out of that
    category's fit."""
    weights, bias = fit_rows(rows, matrix, train, cats)
    clause_rows, owner = clauses
    mine = np.flatnonzero(np.isin(owner, train))
    if not mil or not len(mine):
        return weights, bias
    each = probabilities(weights, bias, clause_rows, mine)
    top = np.zeros((len(rows), len(cats)), dtype=np.float32)
    np.maximum.at(top, owner[mine], each)
    gold = np.array([[c in r["categories"] for c in cats] for r in rows])
    best = each >= top[owner[mine]]
    labels = gold[owner[mine]] & best
    hard = np.array([HARD_NEGATIVE_WEIGHT if r.get("hard_negative") else 1.0 for r in rows])
    cell = np.where(gold[owner[mine]] & ~best, 0.0, 1.0) * hard[owner[mine], None]
    stacked = stack_rows(select_rows(*matrix, train), select_rows(*clause_rows, mine))
    post_weight = np.repeat(hard[train, None], len(cats), axis=1)
    return fit(
        *stacked,
        np.concatenate((gold[train], labels)),
        2**DEFAULT_BITS,
        np.concatenate((post_weight, cell)),
        FitSettings(SETTINGS.l2, MIL_EPOCHS, SETTINGS.batch, SETTINGS.rate, SETTINGS.seed),
        (weights, bias),
    )


def out_of_fold(
    rows: Rows, matrix: tuple[Any, Any, Any], cats: list[str], features: int, mil: bool
) -> tuple[npt.NDArray[Any], npt.NDArray[Any]]:
    """Probabilities (posts x categories) of each post and of its best clause (0 for a
    post of one clause): a post of an earlier batch from the fold without its batch (and
    without the LATE and NEWEST ones), a LATE post from one model fitted on every earlier
    batch, a NEWEST post from one fitted on every batch before them (LATE included), a LATEST
    post from one fitted through the NEWEST."""
    order = {s: i for i, s in enumerate(tm.SPLITS)}
    folds = np.array(
        [
            -1
            if r["split"] in LATE
            else -2
            if r["split"] in NEWEST
            else -3
            if r["split"] in LATEST
            else order[r["split"]] % FOLDS
            for r in rows
        ]
    )
    clauses = clause_matrix(rows, features)
    owner = clauses[1]
    probs = np.zeros((len(rows), len(cats)), dtype=np.float32)
    best = np.zeros_like(probs)
    for fold in (*range(FOLDS), -1, -2, -3):
        started = time.time()
        if fold >= 0:
            train = np.flatnonzero((folds != fold) & (folds >= 0))
        else:
            train = np.flatnonzero(folds > fold)
        weights, bias = fit_model(rows, matrix, clauses, train, cats, mil)
        test = np.flatnonzero(folds == fold)
        probs[test] = probabilities(weights, bias, matrix, test)
        mine = np.flatnonzero(np.isin(owner, test))
        if len(mine):
            np.maximum.at(best, owner[mine], probabilities(weights, bias, clauses[0], mine))
        print(f"fold {fold}: {len(test)} posts, {time.time() - started:.0f} s", file=sys.stderr)
    return probs, best


def build_system(rows: Rows, path: Path) -> System:
    """The full system's categories and their sources per post, scored as unseen and
    without the n-gram head or the rule veto (policy ``semantic.ngram: false``,
    ``semantic.rule_veto: false``: both are measured on top of this output, and the cached
    batches through blind76 were scored before the veto shipped); batches already in `path`
    are kept."""
    from socialreply.triage import triage
    from socialreply.triage.policy import TriagePolicy
    from socialreply.triage.semantic import default_semantic_triage
    from socialreply.types import Post

    policy = TriagePolicy.from_dict({"semantic": {"ngram": False, "rule_veto": False}})

    have = read_system(path)
    done = {d["split"] for d in have.values()}
    base = default_semantic_triage()
    splits = [s for s in (*HELD_OUT, *LATE, *NEWEST, *LATEST, *tm.SPLITS) if s not in done]
    with path.open("a", encoding="utf-8") as fh:
        for split in dict.fromkeys(splits):
            semantic = tm.as_unseen(base, split)
            for row in rows:
                if row["split"] != split:
                    continue
                fields = ("id", "text", "platform", "metrics")
                post = Post.model_validate({k: row[k] for k in fields if k in row})
                result = triage(post, semantic=semantic, policy=policy)
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
    rows: Rows,
    system: System,
    probs: npt.NDArray[Any],
    cats: list[str],
    addable: tuple[str, ...] = ADDABLE,
) -> list[tuple[int, str, float]]:
    """(row, category, probability) for every addable category a post's system output
    lacks and the gates let stand, at probability >= FLOOR."""
    out: list[tuple[int, str, float]] = []
    for i, row in enumerate(rows):
        have = set(system[row["id"]]["cats"])
        for c in addable:
            p = float(probs[i, cats.index(c)])
            if c not in have and p >= FLOOR and semantic_signal_stands(c, row["text"]):  # type: ignore[arg-type]
                out.append((i, c, p))
    return out


def choose_thresholds(
    rows: Rows, candidates: Iterable[tuple[int, str, float]], addable: tuple[str, ...] = ADDABLE
) -> dict[str, tuple[float, int, int]]:
    """Per category: (threshold, right, wrong) maximising right - COST * wrong over the
    candidates (tuning batches only); categories where no threshold gains are left out."""
    chosen: dict[str, tuple[float, int, int]] = {}
    by_cat: dict[str, list[tuple[float, bool]]] = {}
    for i, c, p in candidates:
        by_cat.setdefault(c, []).append((p, c in rows[i]["categories"]))
    for c in addable:
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
    kept_out = (*HELD_OUT, *LATE, *NEWEST, *LATEST)
    tune = [i for s, idx in groups.items() if s not in kept_out for i in idx]
    held = [i for s in HELD_OUT for i in groups.get(s, [])]
    late = [i for s in LATE for i in groups.get(s, [])]
    newest = [i for s in NEWEST for i in groups.get(s, [])]
    latest = [i for s in LATEST for i in groups.get(s, [])]
    for name, chosen in [
        *((s, groups.get(s, [])) for s in HELD_OUT),
        ("blind67-72 pooled (out of fold)", held),
        *((s, groups.get(s, [])) for s in LATE),
        ("blind73-74 pooled (model without them)", late),
        *((s, groups.get(s, [])) for s in NEWEST),
        ("blind75-76 pooled (model through blind74)", newest),
        *((s, groups.get(s, [])) for s in LATEST),
        ("blind77-82 pooled (model through blind76)", latest),
        ("tuning (<= blind66)", tune),
    ]:
        if not chosen:
            continue
        b, a = counts(rows, chosen, before), counts(rows, chosen, after)
        gained, added = a["tp"] - b["tp"], a["fp"] - b["fp"]
        out.append(f"| {name} | {line(b)} | {line(a)} | {gained} | {added} |")
    for title, chosen in (
        ("blind67-blind72", held),
        ("blind73-blind74", late),
        ("blind75-blind76", newest),
        ("blind77-blind82", latest),
    ):
        out += ["", f"Posts changed on {title}:", ""]
        for i in chosen:
            gold = rows[i]["categories"]
            text = rows[i]["text"][:100].replace("\n", " ")
            for sign, changed in (("+", after(i) - before(i)), ("-", before(i) - after(i))):
                for c in sorted(changed):
                    verdict = "right" if (c in gold) == (sign == "+") else "wrong"
                    p = probs[i, cats.index(c)]
                    out.append(f"- {rows[i]['id']} {sign}{c} ({verdict}, p={p:.2f}): {text!r}")
    return "\n".join(out)


def write_readme(readme: Path, body: str) -> None:
    """Replace the marked n-gram section of `readme`, or add it after the triage tables."""
    write_section(readme, MARKER, AFTER, "N-gram head (`semantic.ngram`)", body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--system", type=Path, required=True, help="cached system output")
    parser.add_argument("--build-system", action="store_true", help="compute missing batches")
    parser.add_argument("--oof", type=Path, default=None, help="cache of the OOF probabilities")
    parser.add_argument(
        "--no-write", action="store_true", help="write neither ngram_head.npz nor the README"
    )
    parser.add_argument("--out", type=Path, default=NGRAM_FILE)
    parser.add_argument("--readme", type=Path, default=README, help="README to write to")
    parser.add_argument("--features", type=int, default=FEATURES, help="feature set to try")
    parser.add_argument(
        "--clauses", type=int, default=int(CLAUSES), help="1: whole post or best clause"
    )
    parser.add_argument("--mil", type=int, default=int(MIL), help="1: multiple-instance fit")
    parser.add_argument(
        "--addable", default="", help="extra categories the head may add (comma-separated)"
    )
    args = parser.parse_args(argv)
    features, clauses, mil = args.features, bool(args.clauses or args.mil), bool(args.mil)
    addable = (*ADDABLE, *(c for c in args.addable.split(",") if c))
    rows = tm.load()
    cats = categories_of(rows)
    matrix = feature_matrix([r["text"] for r in rows], DEFAULT_BITS, features)
    if args.oof is not None and args.oof.exists():
        with np.load(args.oof) as cached:
            probs, best = cached["P"], cached["C"]
    else:
        probs, best = out_of_fold(rows, matrix, cats, features, mil)
        if args.oof is not None:
            np.savez(args.oof, P=probs, C=best)
    system = build_system(rows, args.system) if args.build_system else read_system(args.system)
    missing = sorted({r["split"] for r in rows if r["id"] not in system})
    if missing:
        print(f"no system output for {len(missing)} batches: {missing}", file=sys.stderr)
        return 1
    read = np.maximum(probs, best) if clauses else probs
    kept_out = (*HELD_OUT, *LATE, *NEWEST, *LATEST)
    tuning = [i for i, r in enumerate(rows) if r["split"] not in kept_out]
    tuned = set(tuning)
    chosen = choose_thresholds(
        rows,
        [(i, c, p) for i, c, p in additions(rows, system, read, cats, addable) if i in tuned],
        addable,
    )
    notes = ["Thresholds chosen on the batches up to blind66:", ""]
    for c, (t, right, wrong) in chosen.items():
        notes.append(f"- add {c} at {t:.3f} ({right} right, {wrong} wrong there)")
    thresholds = {c: t for c, (t, _, _) in chosen.items()}
    chosen_vetoes = choose_vetoes(rows, system, read, cats, tuning)
    notes += ["", "Vetoes (a category only the semantic pass found, dropped under):", ""]
    for c, (t, wrong, right) in chosen_vetoes.items():
        notes.append(f"- drop {c} under {t:.4f} ({wrong} wrong and {right} right dropped there)")
    vetoes = {c: t for c, (t, _, _) in chosen_vetoes.items()}
    table = report(rows, system, read, cats, thresholds, vetoes)
    print("\n".join(notes) + "\n\n" + table)
    if args.no_write:
        return 0
    every = np.arange(len(rows))
    weights, bias = fit_model(rows, matrix, clause_matrix(rows, features), every, cats, mil)
    keep = [c for c in cats if c in thresholds or c in vetoes]
    columns = [cats.index(c) for c in keep]
    head = NgramHead.from_float(
        tuple(keep),  # type: ignore[arg-type]
        weights[:, columns],
        bias[columns],
        thresholds,  # type: ignore[arg-type]
        vetoes,  # type: ignore[arg-type]
        DEFAULT_BITS,
        features,
        clauses,
    )
    head.save(args.out)
    size = args.out.stat().st_size / 1e6
    print(f"\nwrote {args.out} ({size:.2f} MB)", file=sys.stderr)
    intro = (
        f"`benchmarks/train_ngram_head.py` ({len(rows):,} labelled posts; feature set "
        f"{features}, {'whole post or best clause' if clauses else 'whole post'}"
        f"{', fitted on posts and clauses (multiple-instance)' if mil else ''}, "
        f"2^{DEFAULT_BITS} buckets, {SETTINGS.epochs} epochs, hard negatives x"
        f"{HARD_NEGATIVE_WEIGHT:g}; shipped model fitted on every labelled post, {size:.2f} MB). "
        "Before: the full system (rules + semantic pass, each batch scored as unseen) "
        "without the head; after: with it. blind67-72 read out of fold (folds by batch); "
        "blind73-74 by one model fitted without them; blind75-76 by one fitted through "
        "blind74; blind77-82 by one fitted through blind76; thresholds chosen on <= blind66."
    )
    write_readme(args.readme, intro + "\n\n" + "\n".join(notes) + "\n\n" + table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
