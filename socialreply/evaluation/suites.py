"""Evaluation suites: YAML files of cases, validated into pydantic models.

Concepts follow promptfoo: a suite's ``defaults`` are merged into every case (assertions
are concatenated, expectations merged key by key, scalars overridden by the case), an
assertion has a ``type``, ``value``, ``weight``, ``threshold`` and ``metric``, a ``not-``
prefix negates it, and graded (LLM) assertions name their ``grader``.

Every validation error is a `SuiteError` naming the file, the case and the field.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..batch_lines import decode_problem
from ..errors import SuiteError
from ..types import CATEGORIES, LEVELS, Author, Category, EscalationLevel, Fact, Platform, Post
from ..types import PostMetrics as Metrics


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PostSpec(_Strict):
    text: str = Field(min_length=1)
    platform: Platform = "x"
    author: Author | None = None
    metrics: Metrics | None = None
    thread: list[str] = Field(default_factory=list)
    language: str | None = None


class FactSpec(_Strict):
    """A knowledge override entry; only `text` is required."""

    id: str
    text: str = Field(min_length=1)
    doc_id: str | None = None
    source: str = "suite"
    title: str = ""

    def to_fact(self) -> Fact:
        return Fact(
            id=self.id,
            doc_id=self.doc_id or self.id.split("#", 1)[0],
            source=self.source,
            title=self.title,
            text=self.text,
        )


class EscalationExpectation(_Strict):
    level: EscalationLevel | None = None
    # Categories the draft's escalation must include; `exact` also forbids extra ones.
    categories: list[Category] = Field(default_factory=list)
    exact: bool = False


class Expectations(_Strict):
    # Each entry is a phrase the reply must contain, or a list of alternatives (any one).
    must_include_facts: list[str | list[str]] = Field(default_factory=list)
    must_not_include: list[str] = Field(default_factory=list)
    escalation: EscalationExpectation | None = None
    reference: str | None = None
    complaint: bool | None = None  # overrides the complaint detector for the empathy check

    @field_validator("must_include_facts")
    @classmethod
    def _findable_facts(cls, value: list[str | list[str]]) -> list[str | list[str]]:
        # An empty fact or an empty any-of list can never be found: the case would fail
        # on every draft for a reason that is the suite's, not the draft's.
        for number, fact in enumerate(value):
            options = fact if isinstance(fact, list) else [fact]
            if not options or not all(option.strip() for option in options):
                raise ValueError(f"item {number}: an empty fact can never be found")
        return value


class AssertionSpec(_Strict):
    type: str = Field(min_length=1)
    value: Any = None
    weight: float = Field(default=1.0, ge=0, allow_inf_nan=False)  # inf: NaN scores
    threshold: float | None = Field(default=None, ge=0, le=1)
    metric: str | None = None
    grader: str | None = None  # graded assertions: the judge model spec

    @property
    def negated(self) -> bool:
        return self.type.startswith("not-")

    @property
    def base_type(self) -> str:
        # Not through `negated`: read several times for every assertion of every case
        # (loading, scoring, results), on the eval runner's event loop.
        kind = self.type
        return kind[4:] if kind.startswith("not-") else kind


class CaseSpec(_Strict):
    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.:-]+$")
    description: str = ""
    post: PostSpec
    knowledge: list[FactSpec] | None = None
    expect: Expectations = Field(default_factory=Expectations)
    assert_: list[AssertionSpec] = Field(default_factory=list, alias="assert")
    threshold: float | None = Field(default=None, ge=0, le=1)
    tags: list[str] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_post(self) -> Post:
        return Post(id=self.id, **self.post.model_dump(exclude_none=True))

    def facts_override(self) -> list[Fact] | None:
        return None if self.knowledge is None else [f.to_fact() for f in self.knowledge]


class Suite(_Strict):
    name: str
    description: str = ""
    judge: str | None = None  # default grader for graded assertions in this suite
    path: str = ""
    cases: list[CaseSpec]

    @field_validator("cases")
    @classmethod
    def _unique_ids(cls, cases: list[CaseSpec]) -> list[CaseSpec]:
        seen: set[str] = set()
        for case in cases:
            if case.id in seen:
                raise ValueError(f"duplicate case id {case.id!r}")
            seen.add(case.id)
        return cases


_TOP_KEYS = {"name", "description", "judge", "defaults", "cases"}
_DEFAULT_KEYS = {"post", "knowledge", "expect", "assert", "threshold", "tags", "platform"}


def load_suite(path: str | Path) -> Suite:
    """Read and validate one suite file."""
    p = Path(path)
    try:
        # libyaml's loader when available: 10x faster than the pure-Python one on big suites.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        raw = yaml.load(p.read_text(encoding="utf-8"), Loader=loader)
    except OSError as exc:
        raise SuiteError(str(p), f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        # A suite saved in Latin-1 or a binary file passed by mistake: the user's error,
        # named as such, not "internal error (UnicodeDecodeError)".
        raise SuiteError(str(p), decode_problem(exc)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise SuiteError(str(p), f"invalid YAML{where}") from None
    return parse_suite(raw, str(p), default_name=p.stem)


def parse_suite(raw: Any, path: str, *, default_name: str = "suite") -> Suite:
    if not isinstance(raw, dict):
        raise SuiteError(path, _not_a_mapping(raw))
    unknown = set(raw) - _TOP_KEYS
    if unknown:
        raise SuiteError(path, f"unknown top-level key(s): {', '.join(sorted(unknown))}")
    defaults = raw.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise SuiteError(path, "`defaults` must be a mapping")
    bad = set(defaults) - _DEFAULT_KEYS
    if bad:
        raise SuiteError(path, f"defaults: unknown key(s): {', '.join(sorted(bad))}")
    raw_cases = raw.get("cases")
    if not isinstance(raw_cases, list) or not raw_cases:
        raise SuiteError(path, "`cases` must be a non-empty list")
    cases: list[CaseSpec] = []
    for index, raw_case in enumerate(raw_cases):
        label = (
            str(raw_case.get("id")) if isinstance(raw_case, dict) and raw_case.get("id") else None
        )
        label = label or f"#{index + 1}"
        if not isinstance(raw_case, dict):
            raise SuiteError(path, "a case must be a mapping", case=label)
        merged = merge_defaults(defaults, raw_case)
        merged.setdefault("id", f"case-{index + 1}")
        try:
            case = CaseSpec.model_validate(merged)
        except ValidationError as exc:
            raise SuiteError(path, _describe(exc), case=label) from None
        for spec in case.assert_:
            _check_assertion(path, label, spec)
        cases.append(case)
    try:
        return Suite(
            name=str(raw.get("name") or default_name),
            description=str(raw.get("description") or ""),
            judge=raw.get("judge"),
            path=path,
            cases=cases,
        )
    except ValidationError as exc:
        raise SuiteError(path, _describe(exc)) from None


def merge_defaults(defaults: dict[str, Any], case: dict[str, Any]) -> dict[str, Any]:
    """promptfoo's `defaultTest` semantics: assertions concatenated (defaults first),
    mappings merged key by key, everything else overridden by the case."""
    merged: dict[str, Any] = {k: v for k, v in case.items()}
    platform = defaults.get("platform")
    for key, value in defaults.items():
        if key == "platform":
            continue
        if key == "assert":
            merged["assert"] = list(value or []) + list(case.get("assert") or [])
        elif key in ("post", "expect") and isinstance(value, dict):
            own = case.get(key)
            merged[key] = {**value, **own} if isinstance(own, dict) else (own or dict(value))
        elif key == "tags":
            merged["tags"] = list(value or []) + list(case.get("tags") or [])
        else:
            merged.setdefault(key, value)
    if platform is not None and isinstance(merged.get("post"), dict):
        merged["post"] = {"platform": platform, **merged["post"]}
    return merged


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join("assert" if p == "assert_" else str(p) for p in err["loc"]) or "(root)"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)


def _check_assertion(path: str, case: str, spec: AssertionSpec) -> None:
    # Imported here: the registry imports the scorers, which import this module's models.
    from .assertions import ASSERTION_TYPES, check_value

    if spec.base_type not in ASSERTION_TYPES:
        raise SuiteError(
            path,
            f"assert.type: unknown assertion type {spec.type!r}; known: "
            f"{', '.join(sorted(ASSERTION_TYPES))}",
            case=case,
        )
    problem = check_value(spec)
    if problem:
        raise SuiteError(path, f"assert {spec.type}: {problem}", case=case)


def _not_a_mapping(raw: Any) -> str:
    """What the file holds instead of a suite: an empty file (or only comments) and a bare
    list of cases (the `cases:` line left out) are the usual slips."""
    shape = "a suite is a mapping with `cases` (and optional `defaults`)"
    if raw is None:
        return f"the file is empty; {shape}"
    if isinstance(raw, list):
        return f"{shape}, not a list: put the cases under `cases:`"
    return f"{shape}, not {'text' if isinstance(raw, str) else 'a single value'}"


def load_suites(paths: Iterable[str | Path]) -> list[Suite]:
    """Load several suites; a directory means every ``*.yaml``/``*.yml`` file in it."""
    suites: list[Suite] = []
    for item in paths:
        p = Path(item)
        if p.is_dir():
            files = sorted([*p.glob("*.yaml"), *p.glob("*.yml")])
            if not files:
                raise SuiteError(str(p), "no *.yaml suites in this directory")
            suites.extend(load_suite(f) for f in files)
        else:
            suites.append(load_suite(p))
    names = [s.name for s in suites]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SuiteError(", ".join(sorted(dupes)), "two suites share this name")
    return suites


__all__ = [
    "CATEGORIES",
    "LEVELS",
    "AssertionSpec",
    "CaseSpec",
    "EscalationExpectation",
    "Expectations",
    "FactSpec",
    "PostSpec",
    "Suite",
    "load_suite",
    "load_suites",
    "merge_defaults",
    "parse_suite",
]
