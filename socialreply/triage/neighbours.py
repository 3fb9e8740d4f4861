"""Labelled neighbours: a check on the trained head's signals the rules did not find.

The head reads a post's meaning from clause vectors and is fooled by false friends ("this
sale is killing me", "I know where your warehouse is, can I pick my order up there?"):
most of its false alarms are categories no rule found. The project's labelled posts
(`benchmarks/data/triage_*.jsonl`, every category a writer gave each post) are a second
opinion: the whole post is embedded (MiniLM, as the head reads it: `neighbour_text`) and
compared with theirs. A category only the head found stands when at least one of the `k`
nearest labelled posts carries it; a post whose neighbours are all ordinary questions,
false friends or other categories loses it.

The same neighbours add what the head nearly found: a crisis-level category the head
scored at least `ADD_FRACTION` of its threshold is added when `DEFAULT_TO_ADD` of the
`DEFAULT_K` nearest labelled posts carry it ("is the first aid kit enough to close up cuts
on my arms? i do it to myself", a leak reported by a "security researcher").

A crisis-level category only the head found is checked among `CRISIS_MARGIN` more posts
than the others (7 by default): a missed crisis is the worst failure, and a crisis that
rested on the fifth neighbour alone was lost in session 19 when labelled posts were added
to the index. Session 20 chose the margin, `ADD_FRACTION` 0.65 (was 0.75) and
`DEFAULT_TO_ADD` 3 (was 4) on blind42-blind66 and checked them on blind67-blind82 by
replaying the crisis decisions (`benchmarks/triage_crisis_sweep.py`).

Never removed: a rule's signal, and a crisis-level category on a post not in English (the
model is English-only, its neighbourhoods of Portuguese or German posts are poor, and a
missed crisis is the worst failure; on the posts it was chosen on this exemption kept
three real crises for 14 false alarms).

Measured in session 12 (`benchmarks/README.md`, "Labelled neighbours"), each batch
compared only with the *other* writers' posts (`without`), as an unseen post is: k = 5
was chosen on blind26-blind41 and checked on blind42-blind48.

The index (``semantic_neighbours.npz``, built by ``benchmarks/build_triage_neighbours.py``)
stores each post's vector as int8 (scale 127), its categories as a bit mask and the name
of its batch; not its text.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import cast

import numpy as np
import numpy.typing as npt

from ..errors import ConfigError
from ..types import CATEGORIES, Category
from .head_inputs import head_inputs

NEIGHBOURS_FILE = Path(__file__).with_name("semantic_neighbours.npz")
# The embedder the index was built with; only a head reading the same vectors may use it.
NEIGHBOURS_EMBEDDER = "minilm"
DEFAULT_K = 5
# A crisis category only the head found stands when one of the k + `CRISIS_MARGIN`
# nearest labelled posts carries it (other categories: one of the k nearest). Chosen in
# session 20: on blind42-66 the same crises kept with no crisis resting on the last
# neighbour alone (4 did at k = 5), on blind67-82 +2 crises found without rules, +1 false.
CRISIS_MARGIN = 2
# A crisis category the head scored at least this share of its threshold is added when
# `DEFAULT_TO_ADD` of the `DEFAULT_K` nearest labelled posts carry it. Session 20 (with
# the margin): 0.65 and 3 of 5 instead of 0.75 and 4 of 5 found +9 of the crises the
# rules of the day missed on blind42-66 for +13 false crisis signals, +11 for +8 on
# blind67-82.
ADD_FRACTION = 0.65
DEFAULT_TO_ADD = 3
# MiniLM reads at most 256 word pieces; the cut keeps embedding a 100 KB post cheap.
MAX_CHARS = 2000
_SCALE = 127.0


def neighbour_text(text: str, language: str | None) -> str:
    """The text embedded for a post (at build time and at triage time alike)."""
    return head_inputs([text[:MAX_CHARS]], language)[0]


@dataclass(frozen=True, eq=False)
class LabelledNeighbours:
    """Labelled posts as vectors: `vectors` (int8, one row per post, L2-normalised x 127),
    `masks` (bit i set: the post carries ``categories[i]``), `groups` (index into
    `group_names`: the batch the post came from) and the `digest` of the source data."""

    vectors: npt.NDArray[np.int8]
    masks: npt.NDArray[np.uint32]
    groups: npt.NDArray[np.uint16]
    categories: tuple[str, ...]
    group_names: tuple[str, ...]
    digest: str = ""

    def __post_init__(self) -> None:
        n = len(self.vectors)
        if self.vectors.ndim != 2 or len(self.masks) != n or len(self.groups) != n:
            raise ConfigError("labelled neighbours: vectors, masks and groups differ in length")
        if len(self.categories) > 32:
            raise ConfigError("labelled neighbours: at most 32 categories")

    def __len__(self) -> int:
        return len(self.vectors)

    @classmethod
    def build(
        cls,
        vectors: npt.ArrayLike,
        labels: Sequence[Collection[str]],
        groups: Sequence[str],
        digest: str = "",
    ) -> LabelledNeighbours:
        """From float vectors (normalised here), each post's categories and its batch."""
        matrix = np.asarray(vectors, dtype=np.float32)
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        matrix = (matrix / np.where(norms == 0, 1.0, norms)).astype(np.float32)
        categories = tuple(CATEGORIES)
        unknown = {label for post in labels for label in post} - set(categories)
        if unknown:
            raise ConfigError(f"labelled neighbours: unknown categories {sorted(unknown)}")
        bit = {category: np.uint32(1 << i) for i, category in enumerate(categories)}
        masks = np.array(
            [sum((bit[label] for label in set(post)), np.uint32(0)) for post in labels],
            dtype=np.uint32,
        )
        names = tuple(sorted(set(groups)))
        index = {name: i for i, name in enumerate(names)}
        return cls(
            vectors=np.round(matrix * _SCALE).astype(np.int8),
            masks=masks,
            groups=np.array([index[g] for g in groups], dtype=np.uint16),
            categories=categories,
            group_names=names,
            digest=digest,
        )

    @classmethod
    def load(cls, path: str | Path = NEIGHBOURS_FILE) -> LabelledNeighbours:
        try:
            with np.load(path, allow_pickle=False) as data:
                return cls(
                    vectors=data["vectors"].astype(np.int8),
                    masks=data["masks"].astype(np.uint32),
                    groups=data["groups"].astype(np.uint16),
                    categories=tuple(str(c) for c in data["categories"]),
                    group_names=tuple(str(g) for g in data["group_names"]),
                    digest=str(data["digest"]),
                )
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigError(f"cannot read labelled neighbours {path}: {exc}") from exc

    def save(self, path: str | Path) -> None:
        np.savez_compressed(
            path,
            vectors=self.vectors,
            masks=self.masks,
            groups=self.groups,
            categories=np.array(self.categories),
            group_names=np.array(self.group_names),
            digest=np.array(self.digest),
        )

    def without(self, groups: Collection[str]) -> LabelledNeighbours:
        """This index minus the posts of `groups` (to score a labelled batch as unseen)."""
        left_out = set(groups)
        drop = [i for i, name in enumerate(self.group_names) if name in left_out]
        keep = ~np.isin(self.groups, drop)
        return LabelledNeighbours(
            vectors=self.vectors[keep],
            masks=self.masks[keep],
            groups=self.groups[keep],
            categories=self.categories,
            group_names=self.group_names,
            digest=self.digest,
        )

    def nearest(self, vector: npt.ArrayLike, k: int = DEFAULT_K) -> list[frozenset[Category]]:
        """The categories of each of the `k` posts nearest `vector` (cosine; `vector`
        L2-normalised), nearest first."""
        return self.nearest_many(np.asarray(vector, dtype=np.float32).reshape(1, -1), k)[0]

    def nearest_many(
        self, vectors: npt.ArrayLike, k: int = DEFAULT_K
    ) -> list[list[frozenset[Category]]]:
        """`nearest` for each row of `vectors` (L2-normalised), in one product."""
        queries = np.asarray(vectors, dtype=np.float32)
        if queries.ndim != 2:
            raise ConfigError("nearest_many takes one vector per row")
        if k <= 0 or not len(self) or not len(queries):
            return [[] for _ in range(len(queries))]
        if queries.shape[1] != self.vectors.shape[1]:
            raise ConfigError(
                f"labelled neighbours hold {self.vectors.shape[1]}-d vectors, "
                f"not {queries.shape[1]}-d"
            )
        keys = [(k, row.tobytes()) for row in queries]
        found = self._memo.get(keys)
        missing = [i for i in range(len(keys)) if i not in found]
        if missing:
            # One product for every row not answered before (a 20k-row index is read
            # once for all of them: `SemanticTriage.prefetch` asks for a batch of posts).
            sims = queries[missing] @ self._matrix.T
            top_k = min(k, sims.shape[1])
            for i, row in zip(missing, sims, strict=True):
                top = np.argpartition(-row, top_k - 1)[:top_k]
                top = top[np.argsort(-row[top], kind="stable")]
                found[i] = tuple(self._categories_of(int(mask)) for mask in self.masks[top])
            self._memo.put({keys[i]: found[i] for i in missing})
        return [list(found[i]) for i in range(len(keys))]

    def carried(self, vector: npt.ArrayLike, k: int = DEFAULT_K) -> frozenset[Category]:
        """The categories carried by at least one of the `k` posts nearest `vector`."""
        return frozenset().union(*self.nearest(vector, k))

    def _categories_of(self, mask: int) -> frozenset[Category]:
        return frozenset(cast(Category, c) for i, c in enumerate(self.categories) if mask >> i & 1)

    @cached_property
    def _matrix(self) -> npt.NDArray[np.float32]:
        # float32 once (BLAS); the int8 rows are what is stored and shipped.
        return self.vectors.astype(np.float32) / np.float32(_SCALE)

    @cached_property
    def _memo(self) -> _Answers:
        return _Answers()

    def forget(self) -> None:
        """Drop the remembered answers (the next lookups read the index again)."""
        self.__dict__.pop("_memo", None)


Answer = tuple[frozenset[Category], ...]


class _Answers:
    """The last `size` answers of one index, keyed by ``(k, query vector bytes)``.

    Why: a lookup reads the whole index (about 10 ms for one unit in the 20k-row clause
    index, memory-bound), while a product of many units reads it once. The eval runner
    looks a suite's units up ahead in batches (`SemanticTriage.prefetch`) and each post's
    own lookup then finds its answer here. Thread-safe; bounded (about 1.5 KB a key)."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._answers: OrderedDict[tuple[int, bytes], Answer] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, keys: Sequence[tuple[int, bytes]]) -> dict[int, Answer]:
        """The answers known for `keys`, by position."""
        found: dict[int, Answer] = {}
        with self._lock:
            for i, key in enumerate(keys):
                answer = self._answers.get(key)
                if answer is not None:
                    self._answers.move_to_end(key)
                    found[i] = answer
        return found

    def put(self, answers: Mapping[tuple[int, bytes], Answer]) -> None:
        with self._lock:
            self._answers.update(answers)
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)


_LOCK = threading.Lock()
_DEFAULT: list[LabelledNeighbours] = []


def default_neighbours() -> LabelledNeighbours:
    """The shipped index, loaded once per process."""
    with _LOCK:
        if not _DEFAULT:
            _DEFAULT.append(LabelledNeighbours.load())
        return _DEFAULT[0]
