"""Exceptions raised by socialreply.

Every error derives from `SocialReplyError`, so one ``except`` catches them all. The CLI
prints ``error: <message>`` on one line and exits 1 for any of them.

    SocialReplyError
    ├── UserError                 a developer mistake: fix the call or the configuration
    │   ├── ConfigError           invalid settings, policy or brand file
    │   ├── UnknownPlatformError
    │   └── UnknownProviderError  a provider spec nobody understands
    ├── InputError                a post or input file that cannot be processed
    │   └── InvalidPostError
    ├── KnowledgeError
    │   ├── SourceError           a knowledge file that cannot be loaded (file, line/row)
    │   ├── IngestError           an ingest that stopped (strict mode, store failure)
    │   ├── StoreError            Chroma unreachable or unusable
    │   │   └── KnowledgeBaseNotFoundError  a read-only open of a folder that does not exist
    │   ├── EmbeddingError        the embedder failed (model missing, API error)
    │   └── GlossaryError         the query-translation glossary is malformed (line)
    ├── PromptError               a template that fails to render
    ├── ProviderError             an LLM call failed after the SDK's own retries
    │   ├── ProviderTimeoutError
    │   ├── RateLimitedError
    │   ├── ProviderUnavailableError
    │   ├── ModelNotFoundError    e.g. the local GGUF model is not pulled yet
    │   ├── InvalidOutputError    output still invalid after re-asks; keeps ``last_output``
    │   └── ModelRequestsForbiddenError  real model calls in tests (see providers.test)
    ├── EvaluationError
    │   ├── SuiteError            an invalid eval suite file (file, case, field)
    │   └── EvalBelowThresholdError  pass rate under --fail-under (CLI exit code 3)
    └── FeedbackError
        ├── FeedbackStoreError    the feedback database cannot be opened or used
        ├── DraftNotFoundError    no such draft (for this tenant)
        └── FeedbackConflictError the draft already has an agent decision
"""

from __future__ import annotations


class SocialReplyError(Exception):
    """Root of all socialreply errors."""


class UserError(SocialReplyError):
    """The caller or the configuration is wrong; retrying will not help."""


class ConfigError(UserError):
    pass


class UnknownPlatformError(UserError):
    pass


class UnknownProviderError(UserError):
    pass


class InputError(SocialReplyError):
    pass


class InvalidPostError(InputError):
    pass


class KnowledgeError(SocialReplyError):
    pass


class SourceError(KnowledgeError):
    """A knowledge source file that cannot be loaded."""

    def __init__(self, path: str, message: str, *, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class IngestError(KnowledgeError):
    pass


class StoreError(KnowledgeError):
    pass


class KnowledgeBaseNotFoundError(StoreError):
    """`KnowledgeBase.open(..., create=False)` on a folder that does not exist."""


class EmbeddingError(KnowledgeError):
    pass


class GlossaryError(KnowledgeError):
    """The query-translation glossary (knowledge/glossary/terms.tsv) cannot be read or is
    malformed; the message names the line."""


class PromptError(SocialReplyError):
    pass


class ProviderError(SocialReplyError):
    """An LLM call failed. ``provider`` names the provider spec."""

    def __init__(self, message: str, *, provider: str | None = None) -> None:
        self.provider = provider
        super().__init__(message)


class ProviderTimeoutError(ProviderError):
    pass


class RateLimitedError(ProviderError):
    pass


class ProviderUnavailableError(ProviderError):
    pass


class ModelNotFoundError(ProviderError):
    pass


class ModelRequestsForbiddenError(ProviderError):
    pass


class InvalidOutputError(ProviderError):
    """The model's output did not validate after the allowed re-asks."""

    def __init__(
        self, message: str, *, last_output: str | None, provider: str | None = None
    ) -> None:
        self.last_output = last_output
        super().__init__(message, provider=provider)


class EvaluationError(SocialReplyError):
    pass


class SuiteError(EvaluationError):
    def __init__(self, path: str, message: str, *, case: str | None = None) -> None:
        self.path = path
        self.case = case
        where = f"{path} (case {case})" if case else path
        super().__init__(f"{where}: {message}")


class EvalBelowThresholdError(EvaluationError):
    """An evaluation finished but its pass rate is under the gate; the CLI exits 3."""

    exit_code = 3

    def __init__(self, message: str, *, pass_rate: float, threshold: float) -> None:
        self.pass_rate = pass_rate
        self.threshold = threshold
        super().__init__(message)


class FeedbackError(SocialReplyError):
    pass


class FeedbackStoreError(FeedbackError):
    pass


class DraftNotFoundError(FeedbackError):
    pass


class FeedbackConflictError(FeedbackError):
    pass
