"""The structured output every LLM provider must return: the contract with the model."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class DraftOutput(BaseModel):
    """What the model returns for one post. Validated; invalid output is re-asked."""

    model_config = ConfigDict(extra="ignore")

    reply: str = Field(description="The reply text to post, in the customer's language.")
    cited_fact_ids: list[str] = Field(
        default_factory=list, description="Ids of the facts the reply relies on."
    )
    needs_human: bool = Field(
        default=False, description="True when a human agent must handle this post."
    )
    reason: str = Field(default="", description="Why a human is needed, if needs_human.")


@lru_cache(maxsize=64)
def schema_json(schema: type[BaseModel]) -> str:
    """`schema`'s JSON schema as canonical compact text, built once per class: pydantic
    takes about a millisecond to build it, and every model request needs it."""
    return json.dumps(schema.model_json_schema(), sort_keys=True, separators=(",", ":"))


def json_schema(schema: type[BaseModel]) -> dict[str, Any]:
    """A fresh copy of `schema`'s JSON schema (callers may change it), from the cache."""
    out: dict[str, Any] = json.loads(schema_json(schema))
    return out
