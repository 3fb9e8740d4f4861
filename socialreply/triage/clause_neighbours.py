"""Clause neighbours: crises the trained head scored too low, added when the labelled
sentences nearest one of the post's clauses all told that crisis.

The head is one linear boundary per category over clause vectors; a writer's new way of
saying a crisis ("Ya no aguanto más.", "the nozzle cracked and it sprayed backward into
my face") often lands just on the wrong side of it while sitting in a pocket of labelled
crisis sentences. The index holds the project's labelled posts clause by clause, as the
head reads them (each clause through the glossaries in the post's language, plus the
whole-post unit of a post of several sentences):

* a **witness** per crisis category of a post: the unit the head scores highest for that
  category (the sentence that tells the crisis); the post's other units are left out, as
  they may be a greeting or an order number;
* every unit of a post with no crisis category that the head gives at least
  `PRUNE_BELOW` for some crisis category (the ordinary sentences that look most like
  crises: false friends, questions about bear spray); units the head scores lower are
  far from every crisis and only made the file bigger.

A crisis category the head scored at least `FRACTION` of its threshold on some unit is
added when all but `DISSENT` of the `DEFAULT_K` labelled units nearest that unit are
witnesses of it (4 of 5; all 5 until session 20). Never a removal; a rule's signal and
the head's own are unaffected.

Chosen in session 13 (`benchmarks/README.md`, "Clause neighbours") on blind26-blind41 and
checked on blind42-blind50, each batch compared only with the other batches' units, as
the whole-post neighbours were (`neighbours.py`).

The index is stored as `LabelledNeighbours` (int8 vectors, one bit per category the unit
witnesses, its batch) in ``semantic_clause_neighbours.npz``, built by
``benchmarks/build_triage_neighbours.py``.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..types import Category
from .neighbours import LabelledNeighbours

CLAUSE_NEIGHBOURS_FILE = Path(__file__).with_name("semantic_clause_neighbours.npz")
DEFAULT_K = 5
# How many of the k nearest units may witness something else. Session 20
# (`benchmarks/triage_crisis_sweep.py`): 4 of 5 instead of all 5 found +12 of the crises
# the rules of the day missed on blind42-66 (chosen there) for +30 false crisis signals
# (the whole system: +10 false signals, +3 of 1,500 false friends), and +13 for +22 on
# blind67-82; 9 or 10 of 10 found fewer.
DISSENT = 1
# A unit is looked up only when the head gave it this share of the category's threshold.
FRACTION = 0.1
# Units of posts with no crisis below this head probability for every crisis category are
# not stored (build time).
PRUNE_BELOW = 0.02


@dataclass(frozen=True)
class ClauseAddition:
    """A crisis category the clause neighbours add, and the unit (index) that told it."""

    category: Category
    unit: int


def clause_additions(
    index: LabelledNeighbours,
    vectors: npt.NDArray[np.float32],
    probabilities: npt.NDArray[np.float64],
    columns: Mapping[Category, int],
    thresholds: Mapping[Category, float],
    candidates: Collection[Category],
    k: int = DEFAULT_K,
) -> list[ClauseAddition]:
    """The `candidates` (crisis categories the post does not have yet) that the clause
    neighbours add: for each, the unit with the highest probability among those scored at
    least `FRACTION` of its threshold whose `k` nearest labelled units all witness it but
    `DISSENT` of them.
    `vectors` and `probabilities` are the post's units as the head read them (rows)."""
    if k <= 0 or not len(index):
        return []
    wanted: dict[Category, list[int]] = {}
    for category in candidates:
        column = columns.get(category)
        if column is None or category not in thresholds:
            continue
        floor = FRACTION * thresholds[category]
        order = np.argsort(-probabilities[:, column], kind="stable")
        units = [int(u) for u in order if probabilities[u, column] >= floor]
        if units:
            wanted[category] = units
    if not wanted:
        return []
    looked_up = sorted({u for units in wanted.values() for u in units})
    nearest = dict(zip(looked_up, index.nearest_many(vectors[looked_up], k), strict=True))
    out: list[ClauseAddition] = []
    for category, units in wanted.items():
        for unit in units:
            found = nearest[unit]
            agree = sum(category in labels for labels in found)
            if len(found) == k and agree >= max(k - DISSENT, 1):
                out.append(ClauseAddition(category, unit))
                break
    return out


def witness_units(
    probabilities: npt.NDArray[np.float64],
    columns: Mapping[Category, int],
    categories: Collection[str],
    crisis: Sequence[Category],
) -> dict[int, set[Category]]:
    """Build time: which of a labelled post's units to store, and which crisis categories
    each witnesses. A post with crisis categories keeps only its witnesses (per category,
    the unit the head scores highest); a post with none keeps every unit the head gives at
    least `PRUNE_BELOW` for some crisis category, witnessing nothing."""
    told = [c for c in crisis if c in categories and c in columns]
    if told:
        kept: dict[int, set[Category]] = {}
        for category in told:
            unit = int(np.argmax(probabilities[:, columns[category]]))
            kept.setdefault(unit, set()).add(category)
        return kept
    crisis_columns = [columns[c] for c in crisis if c in columns]
    if not crisis_columns:
        return {}
    highest = probabilities[:, crisis_columns].max(axis=1)
    return {int(u): set() for u in np.flatnonzero(highest >= PRUNE_BELOW)}


_LOCK = threading.Lock()
_DEFAULT: list[LabelledNeighbours] = []


def default_clause_neighbours() -> LabelledNeighbours:
    """The shipped clause index, loaded once per process."""
    with _LOCK:
        if not _DEFAULT:
            _DEFAULT.append(LabelledNeighbours.load(CLAUSE_NEIGHBOURS_FILE))
        return _DEFAULT[0]
