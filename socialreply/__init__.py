"""socialreply: draft replies to customer posts on social media for e-commerce brands.

The public API is re-exported here. Heavy parts (Chroma, the embedder, LLM SDKs) load
lazily on first use, so ``import socialreply`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .config import BrandSettings, Settings
from .errors import (
    ConfigError,
    EmbeddingError,
    EvaluationError,
    IngestError,
    InputError,
    InvalidOutputError,
    InvalidPostError,
    KnowledgeBaseNotFoundError,
    KnowledgeError,
    ModelNotFoundError,
    PromptError,
    ProviderError,
    ProviderTimeoutError,
    ProviderUnavailableError,
    RateLimitedError,
    SocialReplyError,
    SourceError,
    StoreError,
    SuiteError,
    UnknownPlatformError,
    UnknownProviderError,
    UserError,
)
from .platforms import PlatformProfile, count_length, get_profile

# `triage` is the function. Imported eagerly, not through _LAZY: importing the subpackage
# socialreply.triage would otherwise rebind this attribute to the module. The subpackage
# imports nothing heavy (regexes compile on first use; lingua/phonenumbers load lazily).
from .triage import TriagePolicy, triage
from .types import (
    Author,
    Citation,
    Draft,
    DraftWarning,
    Escalation,
    Fact,
    PIIMatch,
    Post,
    PostMetrics,
    Signal,
    TriageResult,
    Usage,
)

__version__ = "0.1.0"

# name -> module that defines it; imported on first attribute access.
_LAZY: dict[str, str] = {
    "DraftTrace": "socialreply.generation.assistant",
    "FeedbackStore": "socialreply.feedback",
    "IngestReport": "socialreply.knowledge",
    "KnowledgeBase": "socialreply.knowledge",
    "ReplyAssistant": "socialreply.generation.assistant",
}

if TYPE_CHECKING:
    from .feedback import FeedbackStore
    from .generation.assistant import DraftTrace, ReplyAssistant
    from .knowledge import IngestReport, KnowledgeBase


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'socialreply' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "Author",
    "BrandSettings",
    "Citation",
    "ConfigError",
    "Draft",
    "DraftTrace",
    "DraftWarning",
    "EmbeddingError",
    "Escalation",
    "EvaluationError",
    "Fact",
    "FeedbackStore",
    "IngestError",
    "IngestReport",
    "InputError",
    "InvalidOutputError",
    "InvalidPostError",
    "KnowledgeBase",
    "KnowledgeBaseNotFoundError",
    "KnowledgeError",
    "ModelNotFoundError",
    "PIIMatch",
    "PlatformProfile",
    "Post",
    "PostMetrics",
    "PromptError",
    "ProviderError",
    "ProviderTimeoutError",
    "ProviderUnavailableError",
    "RateLimitedError",
    "ReplyAssistant",
    "Settings",
    "Signal",
    "SocialReplyError",
    "SourceError",
    "StoreError",
    "SuiteError",
    "TriagePolicy",
    "TriageResult",
    "UnknownPlatformError",
    "UnknownProviderError",
    "Usage",
    "UserError",
    "count_length",
    "get_profile",
    "triage",
]
