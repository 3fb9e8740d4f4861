"""The structured output every LLM provider must return: the contract with the model."""

from __future__ import annotations

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
