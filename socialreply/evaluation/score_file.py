"""Score existing drafts (or a team's past replies) without generating: the deterministic
tone and accuracy checks over a JSON Lines file.

Input line: ``{"id", "platform", "post", "draft", "facts"?, "expected_facts"?,
"must_not_include"?, "language"?}`` where ``facts`` are strings or fact objects
(``{"id", "text", ...}``). Output per line: ``{"id", "scores": {"tone", "accuracy"},
"passed", "failures": [{"assertion", "reason"}]}``; a bad line yields ``{"id", "line",
"error"}`` (``id`` null when the line has none) and the others still run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..batch_lines import NOT_UTF8, utf8_lines
from ..config import Settings, validation_details
from ..errors import InputError
from ..types import Fact, Platform, Post
from .assertions import ACCURACY_CHECKS, TONE_CHECKS, aggregate, bundle, run_deterministic
from .context import AssertionResult, ScoringContext
from .suites import Expectations


class _FactIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str
    text: str
    doc_id: str | None = None
    source: str = "input"


class DraftLine(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str | int
    platform: Platform = "x"
    post: str
    draft: str
    facts: list[str | _FactIn] = Field(default_factory=list)
    expected_facts: list[str | list[str]] = Field(default_factory=list)
    must_not_include: list[str] = Field(default_factory=list)
    language: str | None = None
    complaint: bool | None = None

    def context(self, settings: Settings) -> ScoringContext:
        facts = []
        for i, f in enumerate(self.facts):
            if isinstance(f, str):
                facts.append(
                    Fact(id=f"fact-{i + 1}", doc_id=f"fact-{i + 1}", source="input", text=f)
                )
            else:
                facts.append(
                    Fact(
                        id=f.id, doc_id=f.doc_id or f.id.split("#")[0], source=f.source, text=f.text
                    )
                )
        return ScoringContext(
            post=Post(
                id=str(self.id), text=self.post, platform=self.platform, language=self.language
            ),
            text=self.draft,
            facts=facts,
            expect=Expectations(
                must_include_facts=self.expected_facts,
                must_not_include=self.must_not_include,
                complaint=self.complaint,
            ),
            brand=settings.brand,
            platform_limits=settings.platform_limits,
        )


DEFAULT_CHECKS: tuple[str, ...] = TONE_CHECKS + ACCURACY_CHECKS


def score_draft(
    line: DraftLine, settings: Settings, checks: Sequence[str] = DEFAULT_CHECKS
) -> tuple[dict[str, Any], list[AssertionResult]]:
    ctx = line.context(settings)
    results = [run_deterministic(spec, ctx) for spec in bundle(checks)]
    scores, _, passed = aggregate(results, None)
    out = {
        "id": line.id,
        "scores": {"tone": scores.get("tone", 1.0), "accuracy": scores.get("accuracy", 1.0)},
        "passed": passed,
        "failures": [{"assertion": r.type, "reason": r.reason} for r in results if not r.passed],
    }
    return out, results


def iter_lines(path: Path) -> Iterator[tuple[int, DraftLine | str, str | None]]:
    """(line number, parsed line or an error message, the line's id when it has one) for
    each non-blank line: a bad line is keyed by its id, as in the triage and draft batch
    forms."""
    # Bytes, decoded line by line: one line that is not UTF-8 (a past reply exported
    # from a Latin-1 tool) must be reported as that line's error, not abort the file.
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    with fh:
        for number, raw in utf8_lines(fh):
            if raw is None:
                yield number, NOT_UTF8, None
                continue
            if not raw.strip():
                continue
            try:
                data = json.loads(raw)
            except json.JSONDecodeError as exc:
                yield number, f"invalid JSON: {exc.msg}", None
                continue
            line_id = _line_id(data)
            try:
                yield number, DraftLine.model_validate(data), line_id
            except ValidationError as exc:
                yield number, validation_details(exc), line_id


def _line_id(data: object) -> str | None:
    """The input's id as the batch forms key it (a number becomes its text)."""
    value = data.get("id") if isinstance(data, dict) else None
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return str(value)
    return None


def score_file(path: Path, settings: Settings) -> Iterator[dict[str, Any]]:
    for number, item, line_id in iter_lines(path):
        if isinstance(item, str):
            yield {"id": line_id, "line": number, "error": item}
        else:
            yield score_draft(item, settings)[0]
