"""Semantic triage: escalation signals for reworded posts the rules miss.

The rules are precise but literal: "I don't want to wake up tomorrow" or "your CEO deserves
a bullet" match no pattern. This pass splits the post into sentences and clauses, embeds
them and decides per category, in one of two ways:

- **trained head** (default): a per-category logistic regression over the clause vectors
  (`semantic_head.py`), fitted on the labelled posts by
  ``benchmarks/train_semantic_head.py``. One head per embedder: MiniLM (default,
  ``semantic_head.npz``) or the static word-piece table distilled from it
  (`knowledge/static_embeddings.py`, ``semantic_head_static.npz``; policy
  ``semantic: {embedder: static-minilm}``: ~60x cheaper, more false alarms on short posts).
  A category fires when its best clause's probability reaches the category's threshold
  (chosen by cross-validation; ``policy.semantic.thresholds`` overrides it).
- **exemplars** (``head=False``, ``policy.semantic.head: false``, or an embedder no head
  was trained for; MiniLM by default): each clause is compared with short prototypical
  phrasings per category (`semantic_exemplars.yaml`). A category fires when its best
  similarity reaches the category's threshold *and* beats the closest false-friend
  exemplar ("this sale is killing me") by a margin *and*, when ``rival_margin`` is set, is
  not far below another category's match in the same clause (a clause that is clearly a
  legal threat, "je vais porter plainte contre vous", should not also count as a violent
  one).

Signals carry ``source="semantic"`` and the deciding clause as evidence; they are merged
with the rules' signals by union (`merge_signals`), never replacing them.

Cost: with MiniLM one model run per post (a few ms on 2 cores) plus loading the model once
(~0.3 s); with the static table about 0.1 ms per post. It is off by default in
`triage()`:

    triage(post, semantic=True)            # rules + semantic, the policy's embedder
    SemanticTriage(embedder).triage(post)  # same, with your own embedder
    SemanticTriage().signals(text)         # only the semantic signals

`ReplyAssistant` and the ``socialreply triage`` CLI run it unless the policy says
``semantic: {enabled: false}`` (CLI: ``--no-semantic``). onnxruntime is imported only when
a post is first embedded with MiniLM.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

import numpy as np
import numpy.typing as npt

from ..types import Category, Post, Signal, TriageResult
from .clause_neighbours import DEFAULT_K as CLAUSE_K
from .clause_neighbours import FRACTION as CLAUSE_FRACTION
from .clause_neighbours import clause_additions
from .head_inputs import head_inputs
from .neighbours import ADD_FRACTION, CRISIS_MARGIN, DEFAULT_K, DEFAULT_TO_ADD, neighbour_text
from .policy import DEFAULT_LEVELS
from .semantic_clauses import Clause, split_clauses, whole_post, with_whole_post
from .semantic_exemplars import EXEMPLARS_FILE, CategoryScore, Exemplars
from .semantic_gates import SECONDARY_THRESHOLDS, semantic_signal_stands

if TYPE_CHECKING:
    from ..knowledge.embeddings import Embedder, Vectors
    from .neighbours import LabelledNeighbours
    from .ngram_head import NgramHead
    from .policy import TriagePolicy
    from .rule_veto import RuleVeto
    from .semantic_head import SemanticHead

# Imported from here by the tests and the benchmark scripts; the clause cutting lives in
# `semantic_clauses.py`, the exemplars reading in `semantic_exemplars.py`.
__all__ = [
    "EXEMPLARS_FILE",
    "CategoryScore",
    "Exemplars",
    "HeadScore",
    "SemanticTriage",
    "default_semantic_triage",
    "semantic_signals",
    "split_clauses",
    "whole_post",
    "with_whole_post",
]

# What the head reads of a post: its clauses (and whole-post unit), their vectors and the
# head's probabilities (units x categories).
HeadUnits: TypeAlias = "tuple[list[Clause], Vectors, npt.NDArray[np.float64]]"
_Prefetched: TypeAlias = "tuple[SemanticHead | None, Embedder, HeadUnits | None]"


@dataclass(frozen=True)
class HeadScore:
    """The trained head's best clause for one category and its probability."""

    category: Category
    probability: float
    clause: Clause


class SemanticTriage:
    """Embedding-based escalation signals; thread-safe, the model loads on first use.

    `embedder` is any `Embedder` (default: the offline MiniLM one); `exemplars` defaults
    to the shipped ``semantic_exemplars.yaml``. `head`: ``True`` (default) decides with
    the shipped trained head when the embedder is the one it was trained on (MiniLM), a
    `SemanticHead` uses that one, ``False`` decides with the exemplars. Thresholds come
    from the head (probabilities) or the exemplars file (similarities), overridden per
    category by ``policy.semantic.thresholds``.
    """

    def __init__(
        self,
        embedder: Embedder | None = None,
        exemplars: Exemplars | None = None,
        head: SemanticHead | bool = True,
        neighbours: LabelledNeighbours | bool = True,
        clause_neighbours: LabelledNeighbours | bool = True,
        ngram: NgramHead | bool = True,
        rule_veto: RuleVeto | bool = True,
    ) -> None:
        self._embedder = embedder
        self._ngram = ngram
        self._rule_veto = rule_veto
        self._neighbours = neighbours
        self._clause_neighbours = clause_neighbours
        self.exemplars = exemplars or _default_exemplars()
        self.head: SemanticHead | None
        if head is True:
            from .semantic_head import DEFAULT_EMBEDDER, HEAD_FILES, default_head

            # The shipped head trained on this embedder's vectors, if there is one.
            spec = DEFAULT_EMBEDDER if embedder is None else embedder.spec
            self.head = default_head(spec) if spec in HEAD_FILES else None
        else:
            self.head = head or None
        self._lock = threading.Lock()
        self._matrix: Vectors | None = None
        self._labels: list[Category] = []
        self._phrases: list[str] = []
        self._negatives: Vectors | None = None
        # The last `prefetch` chunk's head units by (text, language), with the head and
        # embedder that made them: `signals` then reads them instead of splitting,
        # looking up and scoring the same clauses a second time.
        self._prefetched: dict[tuple[str, str | None], _Prefetched] = {}

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            from ..knowledge.query_embedding import query_embedder, shared_embedder

            # The head's own embedder (the static one costs microseconds: no cache in
            # front); the exemplars' thresholds are MiniLM similarities, so without a
            # head it is the process-wide MiniLM the knowledge base also uses, behind the
            # cached front shared by concurrent posts (adraft_many, the service).
            if self.head is not None and self.head.embedder != "minilm":
                self._embedder = shared_embedder(self.head.embedder)
            else:
                self._embedder = query_embedder(shared_embedder("minilm"))
        return self._embedder

    @property
    def neighbours(self) -> LabelledNeighbours | None:
        """The labelled posts that check the head's signals the rules did not find
        (`neighbours.py`): by default the shipped index, for a head reading MiniLM
        vectors (None for another embedder's head); None without a head."""
        from .neighbours import NEIGHBOURS_EMBEDDER, default_neighbours

        if self.head is None:
            return None
        if self._neighbours is True:
            if self.head.embedder != NEIGHBOURS_EMBEDDER:
                return None
            self._neighbours = default_neighbours()
        return self._neighbours or None

    @property
    def clause_neighbours(self) -> LabelledNeighbours | None:
        """The labelled clauses that add crises the head scored too low
        (`clause_neighbours.py`): by default the shipped index, for a head reading MiniLM
        vectors; None without a head."""
        from .clause_neighbours import default_clause_neighbours
        from .neighbours import NEIGHBOURS_EMBEDDER

        if self.head is None:
            return None
        if self._clause_neighbours is True:
            if self.head.embedder != NEIGHBOURS_EMBEDDER:
                return None
            self._clause_neighbours = default_clause_neighbours()
        return self._clause_neighbours or None

    def with_neighbours(
        self,
        neighbours: LabelledNeighbours | bool,
        clause_neighbours: LabelledNeighbours | bool | None = None,
    ) -> SemanticTriage:
        """The same pass (embedder, exemplars, head) checked against `neighbours` and
        `clause_neighbours` (None: this pass's), e.g. the shipped indexes ``.without({batch})``
        to score a labelled batch."""
        clauses = self._clause_neighbours if clause_neighbours is None else clause_neighbours
        return SemanticTriage(
            self._embedder,
            self.exemplars,
            self.head or False,
            neighbours,
            clauses,
            self._ngram,
            self._rule_veto,
        )

    @property
    def ngram(self) -> NgramHead | None:
        """The n-gram head that drops and adds this pass's categories (`ngram_head.py`):
        by default the shipped one; None when off or missing."""
        from .ngram_head import default_ngram_head

        if self._ngram is True:
            self._ngram = default_ngram_head() or False
        return None if isinstance(self._ngram, bool) else self._ngram

    @property
    def rule_veto(self) -> RuleVeto | None:
        """The learned veto of rule-fired categories (`rule_veto.py`): by default the
        shipped one, measured beside the MiniLM head (None beside another head or the
        exemplars unless one was passed); None when off or missing."""
        from .rule_veto import default_rule_veto

        if self._rule_veto is True:
            measured = self.head is not None and self.head.embedder == "minilm"
            self._rule_veto = (default_rule_veto() if measured else None) or False
        return None if isinstance(self._rule_veto, bool) else self._rule_veto

    def veto_rules(
        self, text: str, signals: Sequence[Signal], policy: TriagePolicy | None = None
    ) -> list[Signal]:
        """`signals` (the rules' and this pass's for `text`) without the categories only a
        rule found that the rule veto reads as false, when policy ``semantic.rule_veto``
        is on."""
        veto = self.rule_veto if policy is not None and policy.semantic.rule_veto else None
        if veto is None:
            return list(signals)
        return veto.review(text, signals, policy.disabled if policy is not None else ())

    def _prepare(self) -> tuple[Vectors, Vectors | None]:
        with self._lock:
            if self._matrix is None:
                labels: list[Category] = []
                phrases: list[str] = []
                for category, items in self.exemplars.positive.items():
                    labels += [category] * len(items)
                    phrases += list(items)
                vectors = self.embedder.embed([*phrases, *self.exemplars.negative])
                self._labels, self._phrases = labels, phrases
                self._negatives = vectors[len(phrases) :] if self.exemplars.negative else None
                self._matrix = vectors[: len(phrases)]
            return self._matrix, self._negatives

    def scores(self, text: str) -> list[CategoryScore]:
        """Best match per category (every category with exemplars), highest first."""
        clauses = split_clauses(text)
        if not clauses:
            return []
        matrix, negatives = self._prepare()
        vectors = self.embedder.embed(_unit_texts(clauses, None, head=False))
        sims = vectors @ matrix.T  # clauses x exemplars (vectors are L2-normalised)
        neg = (vectors @ negatives.T).max(axis=1) if negatives is not None else None
        best: dict[Category, CategoryScore] = {}
        labels = np.array(self._labels)
        categories = list(self.exemplars.positive)
        columns = [np.flatnonzero(labels == category) for category in categories]
        # clauses x categories: each clause's best match per category (for `rival`).
        per_category = np.stack([sims[:, cols].max(axis=1) for cols in columns], axis=1)
        for k, category in enumerate(categories):
            block = sims[:, columns[k]]
            row, col = np.unravel_index(int(np.argmax(block)), block.shape)
            others = np.delete(per_category[int(row)], k)
            best[category] = CategoryScore(
                category=category,
                similarity=float(block[row, col]),
                negative=float(neg[row]) if neg is not None else -1.0,
                clause=clauses[int(row)],
                exemplar=self._phrases[int(columns[k][col])],
                rival=float(others.max()) if others.size else -1.0,
            )
        return sorted(best.values(), key=lambda s: -s.similarity)

    def head_scores(self, text: str, language: str | None = None) -> list[HeadScore]:
        """The trained head's best clause per category, highest probability first
        (empty without a head). `language` (the post's ISO code) makes a non-English
        post read through the glossaries (`head_inputs`)."""
        units = self._head_units(text, language)
        return [] if units is None else self._best_scores(units)

    def _best_scores(self, units: HeadUnits) -> list[HeadScore]:
        assert self.head is not None
        clauses, _, probs = units
        best = probs.argmax(axis=0)
        out = [
            HeadScore(category, float(probs[best[k], k]), clauses[int(best[k])])
            for k, category in enumerate(self.head.categories)
        ]
        return sorted(out, key=lambda s: -s.probability)

    def _head_units(self, text: str, language: str | None) -> HeadUnits | None:
        """What the head reads of `text`: its clauses (plus the whole-post unit), their
        vectors and the head's probabilities (units x categories); None without a head
        or clauses."""
        hit = self._prefetched.get((text, language))
        if hit is not None and hit[0] is self.head and hit[1] is self.embedder:
            return hit[2]
        clauses = split_clauses(text)
        if self.head is None or not clauses:
            return None
        vectors = self.embedder.embed(_unit_texts(clauses, language, head=True))
        whole = whole_post(text, clauses)
        if whole is not None:
            vectors = with_whole_post(vectors)
            clauses = [*clauses, whole]
        return clauses, vectors, self.head.probabilities(vectors)

    def prefetch(
        self, posts: Sequence[tuple[str, str | None]], policy: TriagePolicy | None = None
    ) -> None:
        """Embed what `signals` will embed for `posts` ((text, language) pairs, as
        `triage()` passes them) in one batched call, and look up in one product the clause
        neighbours of every unit `signals` may look up, so that the posts triaged one by
        one afterwards find both in the caches (the embedder's front, `LabelledNeighbours`).

        Why: one MiniLM run per post costs about twice the CPU per text of a padded batch
        (4.1 vs 1.9 ms on the eval benchmark's posts), and one lookup in the 20k-row clause
        index reads all of it (~10 ms) where a product of many units reads it once. No
        result changes: the caches hold what the per-post path computes (a text's MiniLM
        vector is the same alone or in a padded batch). An embedder without a cache in
        front (the static table, microseconds a post) is left alone."""
        from ..knowledge.query_embedding import CachingEmbedder

        head = self.head if policy is None or policy.semantic.head else None
        if not posts or not isinstance(self.embedder, CachingEmbedder):
            return
        split = [(text, language, split_clauses(text)) for text, language in posts]
        texts = [
            unit
            for _, language, clauses in split
            for unit in _unit_texts(clauses, language, head=head is not None)
        ]
        if texts:
            self.embedder.embed(list(dict.fromkeys(texts)))
        if head is None:
            return
        k = CLAUSE_K if policy is None else policy.semantic.clause_neighbours
        index = self.clause_neighbours if k > 0 else None
        post_k = DEFAULT_K if policy is None else policy.semantic.neighbours
        posts_index = self.neighbours if post_k > 0 else None
        levels = DEFAULT_LEVELS if policy is None else policy.levels
        rows, wholes = [], []
        prefetched: dict[tuple[str, str | None], _Prefetched] = {}
        for text, language, _ in split:
            units = self._head_units(text, language)
            prefetched[(text, language)] = (self.head, self.embedder, units)
            if units is None:
                continue
            _, vectors, probabilities = units
            thresholds = _head_thresholds(head, language, policy)
            known = [c for c in head.categories if c in thresholds]
            # Supersets of what `_head_signals` looks up (a unit or post asked for and not
            # looked up here is looked up then, as before): the clause neighbours of units
            # scored `CLAUSE_FRACTION` of a crisis threshold, whatever the rules found;
            # the whole post when a category reaches `ADD_FRACTION` of its threshold.
            crises = [c for c in known if levels.get(c) == "crisis"]
            if index is not None and crises:
                floors = np.array([CLAUSE_FRACTION * thresholds[c] for c in crises])
                columns = [head.columns[c] for c in crises]
                rows.append(vectors[(probabilities[:, columns] >= floors).any(axis=1)])
            best = probabilities[:, [head.columns[c] for c in known]].max(axis=0)
            floors = np.array([ADD_FRACTION * thresholds[c] for c in known])
            if posts_index is not None and known and (best >= floors).any():
                wholes.append(neighbour_text(text, language))
        self._prefetched = prefetched
        if index is not None and rows:
            index.nearest_many(np.concatenate(rows), k)
        if posts_index is not None and wholes:
            vectors = self.embedder.embed(list(dict.fromkeys(wholes)))
            posts_index.nearest_many(vectors, post_k + CRISIS_MARGIN)

    def forget_lookups(self) -> None:
        """Drop the neighbour indexes' remembered answers and the last prefetch's head
        units (for measuring or comparing the per-post path against `prefetch`; results
        never depend on them)."""
        self._prefetched = {}
        for index in (self.neighbours, self.clause_neighbours):
            if index is not None:
                index.forget()

    def signals(
        self,
        text: str,
        policy: TriagePolicy | None = None,
        language: str | None = None,
        rule_categories: Collection[Category] = (),
    ) -> list[Signal]:
        """``source="semantic"`` signals for `text` (a post in `language`), per the head's
        or the exemplars' thresholds (and margin). `rule_categories` are those the rules
        found on the post: the head's other categories then need the policy's
        ``secondary_threshold``. The n-gram head (policy ``semantic.ngram``) then drops
        what only this pass found and it scores very low, and adds what neither found."""
        trained = self.head is not None and (policy is None or policy.semantic.head)
        if trained and self.head is not None:
            found = self._head_signals(text, self.head, policy, language, rule_categories)
        else:
            found = self._exemplar_signals(text, policy)
        # The shipped n-gram head was measured beside the MiniLM head; beside another head
        # or the exemplars only a head passed explicitly reviews the signals.
        measured = trained and self.head is not None and self.head.embedder == "minilm"
        wanted = policy is None or policy.semantic.ngram
        given = not isinstance(self._ngram, bool)  # before `self.ngram` loads the default
        ngram = self.ngram if wanted and (measured or given) else None
        if ngram is None:
            return found
        disabled = () if policy is None else policy.disabled
        return ngram.review(text, found, rule_categories, disabled)

    def _exemplar_signals(self, text: str, policy: TriagePolicy | None) -> list[Signal]:
        """The exemplar decision (no trained head): best match per category over its
        threshold and the false-friend margin."""
        thresholds = dict(self.exemplars.thresholds)
        margin = self.exemplars.margin
        disabled: set[str] = set()
        if policy is not None:
            thresholds.update(policy.semantic.thresholds)
            if policy.semantic.margin is not None:
                margin = policy.semantic.margin
            disabled = set(policy.disabled)
        out: list[Signal] = []
        for score in self.scores(text):
            threshold = thresholds.get(score.category)
            if threshold is None or score.category in disabled:
                continue
            if score.fires(threshold, margin, self.exemplars.rival_margin):
                out.append(_clause_signal(score.category, score.clause))
        return out

    def _head_signals(
        self,
        text: str,
        head: SemanticHead,
        policy: TriagePolicy | None,
        language: str | None,
        rule_categories: Collection[Category],
    ) -> list[Signal]:
        thresholds = _head_thresholds(head, language, policy)
        disabled: set[str] = set()
        secondary = SECONDARY_THRESHOLDS.get(head.embedder, 0.0)
        if policy is not None:
            disabled = set(policy.disabled)
            if policy.semantic.secondary_threshold is not None:
                secondary = policy.semantic.secondary_threshold

        def threshold(category: Category) -> float:
            if rule_categories and category not in rule_categories:
                return max(thresholds[category], secondary)
            return thresholds[category]

        units = self._head_units(text, language)
        if units is None:
            return []
        scores = self._best_scores(units)
        found = [
            score
            for score in scores
            if score.category not in disabled
            and score.category in thresholds
            and score.probability >= threshold(score.category)
            and semantic_signal_stands(score.category, text)
        ]
        # Crises scored just under their threshold: candidates for the neighbours to add.
        levels = DEFAULT_LEVELS if policy is None else policy.levels
        near = [
            score
            for score in scores
            if levels.get(score.category) == "crisis"
            and score not in found
            and score.category not in disabled
            and score.category in thresholds
            and score.probability >= ADD_FRACTION * thresholds[score.category]
            and semantic_signal_stands(score.category, text)
        ]
        kept = self._with_neighbours(found, near, text, policy, language, rule_categories)
        have = {s.category for s in kept} | set(rule_categories) | disabled
        return [_clause_signal(s.category, s.clause) for s in kept] + self._clause_signals(
            units, have, thresholds, levels, policy, text
        )

    def _clause_signals(
        self,
        units: HeadUnits,
        have: Collection[str],
        thresholds: Mapping[Category, float],
        levels: Mapping[Category, str],
        policy: TriagePolicy | None,
        text: str,
    ) -> list[Signal]:
        """Crises the post does not `have` that the head scored lower still, told the way
        labelled crises were (`clause_neighbours.py`)."""
        assert self.head is not None
        unfound = [
            c
            for c in self.head.categories
            if levels.get(c) == "crisis" and c not in have and c in thresholds
        ]
        k = CLAUSE_K if policy is None else policy.semantic.clause_neighbours
        index = self.clause_neighbours if k > 0 and unfound else None
        if index is None:
            return []
        clauses, vectors, probabilities = units
        added = clause_additions(
            index, vectors, probabilities, self.head.columns, thresholds, unfound, k
        )
        return [
            _clause_signal(a.category, clauses[a.unit])
            for a in added
            if semantic_signal_stands(a.category, text)
        ]

    def _with_neighbours(
        self,
        found: list[HeadScore],
        near: list[HeadScore],
        text: str,
        policy: TriagePolicy | None,
        language: str | None,
        rule_categories: Collection[Category],
    ) -> list[HeadScore]:
        """`found` minus the categories only the head found that none of the post's
        labelled neighbours carries (a crisis category is checked among `CRISIS_MARGIN`
        more of them, and not at all on a post not in English), plus the crisis categories
        of `near` (scored just under their threshold) that `to_add` of the `k` nearest
        carry (`neighbours.py`)."""
        k, to_add = DEFAULT_K, DEFAULT_TO_ADD
        if policy is not None:
            k, to_add = policy.semantic.neighbours, policy.semantic.neighbours_to_add
        neighbours = self.neighbours if k > 0 else None
        if neighbours is None:
            return found
        levels = DEFAULT_LEVELS if policy is None else policy.levels
        doubtful = {
            score.category
            for score in found
            if score.category not in rule_categories
            and not (levels.get(score.category) == "crisis" and language not in (None, "en"))
        }
        candidates = near if to_add > 0 else []
        if not doubtful and not candidates:
            return found
        vector = self.embedder.embed([neighbour_text(text, language)])[0]
        wider = neighbours.nearest(vector, k + CRISIS_MARGIN)
        nearest = wider[:k]
        carried = frozenset().union(*nearest)
        carried_crisis = frozenset().union(*wider)
        unsupported = {
            c
            for c in doubtful
            if c not in (carried_crisis if levels.get(c) == "crisis" else carried)
        }
        kept = [score for score in found if score.category not in unsupported]
        added = [s for s in candidates if sum(s.category in n for n in nearest) >= to_add]
        return kept + added

    def triage(
        self, post: Post | str, *, platform: str = "x", policy: TriagePolicy | None = None
    ) -> TriageResult:
        """Rules plus this semantic pass, merged by union (`triage(..., semantic=self)`)."""
        from .engine import triage

        return triage(post, platform=platform, policy=policy, semantic=self)


def _head_thresholds(
    head: SemanticHead, language: str | None, policy: TriagePolicy | None
) -> dict[Category, float]:
    """The head's thresholds for `language`, with the policy's overrides: what
    `_head_signals` fires on and `prefetch` prepares for, kept the same by construction."""
    thresholds = dict(head.thresholds_for(language))
    if policy is not None:
        thresholds.update(policy.semantic.thresholds)
    return thresholds


def _unit_texts(clauses: Sequence[Clause], language: str | None, *, head: bool) -> list[str]:
    """What is embedded for a post's `clauses`: as the trained head reads them (through
    the glossaries for a post not in English), or as written for the exemplars."""
    if head:
        return head_inputs([c.text for c in clauses], language)
    return [c.text for c in clauses]


def _clause_signal(category: Category, clause: Clause) -> Signal:
    """A semantic signal: the deciding clause is the evidence, with its offsets."""
    return Signal(
        category=category,
        evidence=clause.text,
        source="semantic",
        start=clause.start,
        end=clause.end,
    )


# Re-entrant: building the default `SemanticTriage` loads the default exemplars.
_DEFAULT_LOCK = threading.RLock()
_DEFAULTS: dict[str, Any] = {}


def _default_exemplars() -> Exemplars:
    with _DEFAULT_LOCK:
        if "exemplars" not in _DEFAULTS:
            _DEFAULTS["exemplars"] = Exemplars.load()
        found: Exemplars = _DEFAULTS["exemplars"]
        return found


def default_semantic_triage(embedder: str | None = None) -> SemanticTriage:
    """The process-wide `SemanticTriage` for the policy's `semantic.embedder` (default:
    MiniLM), with that embedder's shipped head; built once per embedder."""
    from .semantic_head import DEFAULT_EMBEDDER, default_head

    spec = embedder or DEFAULT_EMBEDDER
    with _DEFAULT_LOCK:
        key = f"triage:{spec}"
        if key not in _DEFAULTS:
            # The embedder follows the head (`SemanticTriage.embedder`).
            _DEFAULTS[key] = SemanticTriage(head=default_head(spec))
        found: SemanticTriage = _DEFAULTS[key]
        return found


def semantic_signals(
    text: str,
    policy: TriagePolicy,
    semantic: SemanticTriage | bool,
    language: str | None = None,
    rule_categories: Collection[Category] = (),
) -> Sequence[Signal]:
    """Used by `triage()`: the semantic signals when enabled by the caller and policy."""
    if semantic is False or not policy.semantic.enabled:
        return ()
    runner = (
        semantic
        if isinstance(semantic, SemanticTriage)
        else default_semantic_triage(policy.semantic.embedder)
    )
    return runner.signals(text, policy, language, rule_categories)


def rule_vetoed(
    text: str, signals: list[Signal], policy: TriagePolicy, semantic: SemanticTriage | bool
) -> list[Signal]:
    """Used by `triage()`: `signals` after the rule veto (policy ``semantic.rule_veto``)."""
    if semantic is False or not policy.semantic.enabled or not policy.semantic.rule_veto:
        return signals
    runner = (
        semantic
        if isinstance(semantic, SemanticTriage)
        else default_semantic_triage(policy.semantic.embedder)
    )
    return runner.veto_rules(text, signals, policy)
