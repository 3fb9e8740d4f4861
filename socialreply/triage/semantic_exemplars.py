"""The exemplars reading of the semantic pass: short prototypical phrasings per category
and false friends (`semantic_exemplars.yaml`), their calibrated similarity thresholds, and
the best match a post's clauses reach per category (`CategoryScore`).

The trained head (`semantic_head.py`) decides by default; this reading is what decides
with ``head=False`` or an embedder no head was trained for, and what the calibration
script tunes (``benchmarks/triage_semantic_calibrate.py``). It is data plus one firing
rule, so it lives apart from the pass that embeds and merges (`semantic.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..types import CATEGORIES, Category
from .semantic_clauses import Clause

EXEMPLARS_FILE = Path(__file__).with_name("semantic_exemplars.yaml")


@dataclass(frozen=True)
class Exemplars:
    """Positive phrasings per category, false-friend phrasings, calibrated thresholds."""

    positive: Mapping[Category, tuple[str, ...]]
    negative: tuple[str, ...]
    thresholds: Mapping[Category, float]
    margin: float
    rival_margin: float | None = None

    @classmethod
    def load(cls, path: str | Path = EXEMPLARS_FILE) -> Exemplars:
        """Read an exemplars YAML file; raises `ConfigError` naming the file and key."""
        import yaml

        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ConfigError(f"cannot read semantic exemplars {path}: {exc}") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: semantic exemplars must be a mapping")
        positive = data.get("positive")
        if not isinstance(positive, dict) or not positive:
            raise ConfigError(f"{path}: 'positive' must map categories to phrasings")
        pos: dict[Category, tuple[str, ...]] = {}
        for category, phrases in positive.items():
            if category not in CATEGORIES:
                raise ConfigError(f"{path}: positive: unknown category {category!r}")
            if not isinstance(phrases, list) or not all(
                isinstance(p, str) and p.strip() for p in phrases
            ):
                raise ConfigError(f"{path}: positive.{category}: a list of non-empty strings")
            pos[category] = tuple(phrases)
        negative = data.get("negative") or []
        if not isinstance(negative, list) or not all(isinstance(p, str) for p in negative):
            raise ConfigError(f"{path}: 'negative' must be a list of strings")
        thresholds = _thresholds(data.get("thresholds") or {}, f"{path}: thresholds")
        missing = sorted(set(pos) - set(thresholds))
        if missing:
            raise ConfigError(f"{path}: thresholds: missing for {', '.join(missing)}")
        margin = data.get("margin", 0.0)
        if not isinstance(margin, int | float) or not -1.0 <= margin <= 1.0:
            raise ConfigError(f"{path}: margin must be a number between -1 and 1")
        rival = data.get("rival_margin")
        if rival is not None and (not isinstance(rival, int | float) or not 0.0 <= rival <= 1.0):
            raise ConfigError(f"{path}: rival_margin must be a number between 0 and 1")
        return cls(
            pos,
            tuple(negative),
            thresholds,
            float(margin),
            None if rival is None else float(rival),
        )


def _thresholds(data: Any, where: str) -> dict[Category, float]:
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: a mapping of category to similarity (0..1)")
    out: dict[Category, float] = {}
    for category, value in data.items():
        if category not in CATEGORIES:
            raise ConfigError(f"{where}: unknown category {category!r}")
        if not isinstance(value, int | float) or not 0.0 < value <= 1.0:
            raise ConfigError(f"{where}.{category}: a similarity in (0, 1], not {value!r}")
        out[category] = float(value)
    return out


@dataclass(frozen=True)
class CategoryScore:
    """The best match of one category in a post: similarity to the closest positive
    exemplar, to the closest false friend, and the clause that matched. `rival` is the
    best similarity of any *other* category in that clause."""

    category: Category
    similarity: float
    negative: float
    clause: Clause
    exemplar: str
    rival: float = -1.0

    def fires(self, threshold: float, margin: float, rival_margin: float | None) -> bool:
        """Whether this match counts as a signal at `threshold` (see the module doc)."""
        if self.similarity < threshold or self.similarity < self.negative + margin:
            return False
        return rival_margin is None or self.similarity >= self.rival - rival_margin
