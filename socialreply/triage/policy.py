"""The triage policy: category levels, thresholds, brand keywords, PII patterns, LLM merge.

A policy is data. `TriagePolicy.default()` is the behaviour documented in DESIGN.md;
`TriagePolicy.load(path)` reads a YAML file whose keys override the defaults. Every problem
in the file is reported as one `ConfigError` line naming the file and the field.

```yaml
levels:                       # category -> none | review | urgent | crisis
  fraud_payment: urgent
disabled: [viral_risk]        # categories never raised
anger:
  threshold: 3.0
viral:
  followers: 50000
  engagement: 1000            # likes + replies + reposts
  velocity_per_minute: 20     # engagement per minute since posting
  high_engagement: 5000       # fires even on neutral posts
pii:
  kinds: [email, phone, card_number, order_number, address]
  order_number_patterns: ['\\bNW-\\d{6,8}\\b', '#\\d{6,8}\\b']
  phone_regions: [US, GB, DE, FR, ES]
  redact_for_llm: true
keywords:                     # brand-specific terms -> category
  - category: safety_injury
    terms: ["TrailBlaze stove", "peanut"]
llm:
  merge: union                # union | categories | ignore
  categories: []              # with merge: categories, the ones an LLM may add
semantic:                     # the embedding pass (used by ReplyAssistant and the CLI)
  enabled: true
  head: true                  # decide with the trained head (false: nearest exemplars)
  thresholds:                 # category -> head probability (with head: false, cosine
    self_harm: 0.62           # similarity); overrides the shipped ones
  margin: 0.03                # exemplars only: must beat the closest false friend by this
  neighbours: 5               # a category only the head found needs one of the 5 nearest
                              # labelled posts to carry it (0: off)
  neighbours_to_add: 3        # a crisis the head nearly found is added when 3 of them do
  clause_neighbours: 5        # a crisis is added when 4 of the 5 labelled clauses nearest
                              # one of the post's clauses told it (0: off)
```
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from ..batch_lines import decode_problem
from ..config import format_validation_error
from ..errors import ConfigError
from ..types import Category, EscalationLevel, PIIKind

DEFAULT_LEVELS: dict[Category, EscalationLevel] = {
    "self_harm": "crisis",
    "violence_threat": "crisis",
    "safety_injury": "crisis",
    "data_breach": "crisis",
    "legal_threat": "urgent",
    "regulatory": "urgent",
    "media_inquiry": "urgent",
    "discrimination_harassment": "urgent",
    "fraud_payment": "review",
    "privacy_exposure": "review",
    "human_request": "review",
    "high_anger": "review",
    "viral_risk": "review",
    "no_knowledge": "review",
    "prompt_injection": "review",
}

# Northwind order numbers look like "NW-1048392" or "#1048392" (6 to 8 digits).
DEFAULT_ORDER_PATTERNS: tuple[str, ...] = (r"\bNW-?\d{6,8}\b", r"(?<![\w&])#\d{6,8}\b")

LlmMerge = Literal["union", "categories", "ignore"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AngerPolicy(_Section):
    threshold: float = Field(default=3.0, gt=0)


class ViralPolicy(_Section):
    """Tiered: a complaint from a large or verified account, or with high engagement or
    velocity, is `viral_risk`; `high_engagement` fires whatever the tone."""

    followers: int = Field(default=50_000, ge=0)
    engagement: int = Field(default=1_000, ge=0)
    velocity_per_minute: float = Field(default=20.0, ge=0)
    high_engagement: int = Field(default=5_000, ge=0)
    verified_followers: int = Field(default=10_000, ge=0)


class PIIPolicy(_Section):
    kinds: tuple[PIIKind, ...] = ("email", "phone", "card_number", "order_number", "address")
    order_number_patterns: tuple[str, ...] = DEFAULT_ORDER_PATTERNS
    phone_regions: tuple[str, ...] = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "CA", "AU")
    redact_for_llm: bool = True

    @field_validator("order_number_patterns")
    @classmethod
    def _valid_regexes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
        return value

    @field_validator("phone_regions")
    @classmethod
    def _valid_regions(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for region in value:
            if not re.fullmatch(r"[A-Z]{2}", region):
                raise ValueError(f"phone region {region!r} is not a 2-letter code like 'US'")
        # An unknown code (ZZ) passed the shape check and silently turned off national-
        # format phone detection for it; phonenumbers is only imported when regions are set.
        if value:
            from phonenumbers import SUPPORTED_REGIONS

            for region in value:
                if region not in SUPPORTED_REGIONS:
                    raise ValueError(
                        f"phone region {region!r} is not a region phonenumbers knows "
                        "(ISO 3166 codes such as US, GB, DE)"
                    )
        return value


class KeywordRule(_Section):
    category: Category
    terms: tuple[str, ...] = Field(min_length=1)

    @field_validator("terms")
    @classmethod
    def _non_empty_terms(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not term.strip() for term in value):
            raise ValueError("terms must not be empty strings")
        return value


class LlmPolicy(_Section):
    merge: LlmMerge = "union"
    categories: tuple[Category, ...] = ()


class SemanticPolicy(_Section):
    """The semantic pass (`semantic.py`): on unless disabled. With `head` (default) the
    trained head decides and `thresholds` are its probabilities; with ``head: false``
    the nearest exemplars decide and `thresholds` are cosine similarities. Either way
    they override the shipped, calibrated ones per category."""

    enabled: bool = True
    head: bool = True
    # The clause vectors the head reads: MiniLM (default, ~7 ms per post on 2 cores) or
    # the static table distilled from it (~0.15 ms per post). Each has its own trained
    # head; the static one found as many crises on the blind batch but reads words
    # without context ("any news?" looks like a press inquiry to it), so MiniLM stays the
    # default (benchmarks/README.md, "Trained semantic heads").
    embedder: Literal["minilm", "static-minilm"] = "minilm"
    thresholds: dict[Category, float] = Field(default_factory=dict)
    margin: float | None = Field(default=None, ge=-1.0, le=1.0)
    # The head's probability a category the rules did not find needs on a post where they
    # found another; None: the shipped head's own (`semantic_gates.SECONDARY_THRESHOLDS`),
    # 0: no extra bar.
    secondary_threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    # A category only the head found stands when one of the `neighbours` labelled posts
    # nearest the post carries it (a crisis category: one of `neighbours` +
    # `neighbours.CRISIS_MARGIN`; `neighbours.py`); 0: no such check.
    neighbours: int = Field(default=5, ge=0, le=100)
    # A crisis category the head scored just under its threshold is added when this many
    # of those neighbours carry it; 0: never.
    neighbours_to_add: int = Field(default=3, ge=0, le=100)
    # A crisis category the head scored lower (at least a tenth of its threshold) is added
    # when the `clause_neighbours` labelled clauses nearest one of the post's clauses all
    # told it but `clause_neighbours.DISSENT` (one); 0: never.
    clause_neighbours: int = Field(default=5, ge=0, le=100)
    # The n-gram head (`ngram_head.py`) adds categories the rules and the semantic head
    # both missed, in any language; false: never.
    ngram: bool = True
    # The learned veto of rule-fired categories (`rule_veto.py`): drops a category only a
    # rule found when a per-category n-gram model scores it under the category's rule
    # threshold (benchmarks/README.md, "Rule veto"); false: rule signals always stand.
    rule_veto: bool = True

    @model_validator(mode="after")
    def _to_add_within_neighbours(self) -> SemanticPolicy:
        if self.neighbours_to_add > self.neighbours > 0:
            raise ValueError(
                f"neighbours_to_add ({self.neighbours_to_add}) is more than neighbours "
                f"({self.neighbours})"
            )
        return self

    @field_validator("thresholds")
    @classmethod
    def _similarities(cls, value: dict[Category, float]) -> dict[Category, float]:
        for category, threshold in value.items():
            if not 0.0 < threshold <= 1.0:
                raise ValueError(f"{category}: a similarity in (0, 1], not {threshold}")
        return value


class TriagePolicy(_Section):
    levels: dict[Category, EscalationLevel] = Field(default_factory=lambda: dict(DEFAULT_LEVELS))
    disabled: tuple[Category, ...] = ()
    anger: AngerPolicy = Field(default_factory=AngerPolicy)
    viral: ViralPolicy = Field(default_factory=ViralPolicy)
    pii: PIIPolicy = Field(default_factory=PIIPolicy)
    keywords: tuple[KeywordRule, ...] = ()
    llm: LlmPolicy = Field(default_factory=LlmPolicy)
    semantic: SemanticPolicy = Field(default_factory=SemanticPolicy)
    languages: tuple[str, ...] = ("en", "es", "fr", "de", "it", "pt", "nl")

    @field_validator("levels", mode="before")
    @classmethod
    def _merge_default_levels(cls, value: Any) -> Any:
        # A policy file lists only the levels it changes; the others keep their default.
        if isinstance(value, Mapping):
            return {**DEFAULT_LEVELS, **value}
        return value

    @field_validator("languages")
    @classmethod
    def _known_languages(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        from .language import SUPPORTED_LANGUAGES

        unknown = [code for code in value if code not in SUPPORTED_LANGUAGES]
        if unknown:
            raise ValueError(
                f"unsupported language code(s) {', '.join(unknown)}; "
                f"choose from: {', '.join(sorted(SUPPORTED_LANGUAGES))}"
            )
        if not value:
            raise ValueError("at least one language is required")
        return value

    @classmethod
    def default(cls) -> TriagePolicy:
        return _DEFAULT

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "triage policy") -> TriagePolicy:
        try:
            return cls.model_validate(dict(data))
        except ValidationError as exc:
            raise ConfigError(format_validation_error(exc, source)) from None

    @classmethod
    def load(cls, path: str | Path) -> TriagePolicy:
        """Read a YAML policy file; raises `ConfigError` with the file name and field."""
        import yaml

        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(f"triage policy file not found: {path}") from None
        except UnicodeDecodeError as exc:
            # Worded as for suites and socialreply.toml, not Python's codec message.
            raise ConfigError(f"{path}: {decode_problem(exc)}") from None
        except OSError as exc:
            raise ConfigError(f"cannot read triage policy file {path}: {exc}") from None
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 1})" if mark is not None else ""
            problem = getattr(exc, "problem", None) or str(exc)
            raise ConfigError(f"{path}: invalid YAML{where}: {problem}") from None
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: a triage policy must be a mapping of keys to values")
        return cls.from_dict(data, source=f"triage policy {path}")

    def level_of(self, category: Category) -> EscalationLevel:
        return self.levels.get(category, "review")


_DEFAULT = TriagePolicy()
