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
from ..config import Settings
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


# The fields that take one of two shapes. pydantic names a union's members in its error
# locations ("facts.1._FactIn.text", "facts.1.str") and complains once per member; the
# user wrote a JSON value, so an error speaks of the field (``facts[1].text``) and of the
# shape it takes. Per field: whether the union applies to each list item, the JSON type
# meant for the non-string member (None: no member has parts to point into), the shapes.
_UNIONS: dict[str, tuple[bool, type | None, str]] = {
    "id": (False, None, "a string or a whole number"),
    "facts": (True, dict, "a string or an object with 'id' and 'text'"),
    "expected_facts": (True, list, "a string or a list of strings"),
}


def draft_line(data: object) -> DraftLine:
    """`data` (one decoded JSON line) as a `DraftLine`, or `InputError` with one readable
    reason naming the input's fields (``facts[2].text: Field required``)."""
    if not isinstance(data, dict):
        raise InputError("expected a JSON object with 'id', 'post' and 'draft'")
    try:
        return DraftLine.model_validate(data)
    except ValidationError as exc:
        raise InputError(_field_errors(exc, data)) from None


def _field_errors(exc: ValidationError, data: dict[str, Any]) -> str:
    messages: list[str] = []
    for error in exc.errors():
        loc = list(error["loc"])
        message = error["msg"]
        union = _UNIONS.get(str(loc[0])) if loc else None
        at = 2 if union and union[0] else 1  # where the member's name is in `loc`
        if union and len(loc) > at and (at == 1 or isinstance(loc[1], int)):
            _, shape, shapes = union
            if shape is not None and isinstance(_value_at(data, loc[:at]), shape):
                if loc[at] == "str":
                    continue  # the string member's complaint about an object or a list
                loc = loc[:at] + loc[at + 1 :]
            else:
                loc, message = loc[:at], f"must be {shapes}"
        text = f"{_where(loc)}: {message}"
        if text not in messages:
            messages.append(text)
    return "; ".join(messages)


def _value_at(data: Any, loc: list[Any]) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _where(loc: list[Any]) -> str:
    """``facts[2].text``: list items as the input indexes them."""
    where = ""
    for part in loc:
        where += f"[{part}]" if isinstance(part, int) else f".{part}" if where else str(part)
    return where or "(root)"


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
        for number, raw in utf8_lines(fh, path):
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
                yield number, draft_line(data), line_id
            except InputError as exc:
                yield number, str(exc), line_id


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
