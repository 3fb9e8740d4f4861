"""The knowledge base for drafting: opened without creating it, and a note when it has
no facts to give.

Reading must not create a store. Before session 21's QA, the first `draft` or `serve`
without `--kb` created an empty `.socialreply/kb` (Chroma sets a folder up on open), so
the "no knowledge base yet" note appeared once and every later draft silently had no
facts. Drafting now opens a missing folder as `PendingKnowledgeBase` (no facts, nothing
written) and says so on every run, as it does for an existing store with 0 chunks.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..types import Fact

if TYPE_CHECKING:
    from ..config import Settings
    from .knowledge_base import KnowledgeBase
    from .retrieval import Retriever


def open_for_drafting(settings: Settings) -> Retriever:
    """The knowledge base of `settings` for reading: a Chroma server's collection, an
    existing folder, or, for a folder that does not exist, a `PendingKnowledgeBase`
    (created by nobody here; `kb ingest` creates it)."""
    from .knowledge_base import KnowledgeBase

    if settings.chroma_url or settings.kb_dir.is_dir():
        kb: Retriever = KnowledgeBase.from_settings(settings, create=False)
        return kb
    return PendingKnowledgeBase(settings)


class PendingKnowledgeBase:
    """A knowledge base folder that does not exist yet: no facts until an ingest (in any
    process) creates it, then the real one, opened on the next search (a running service
    picks up the first `kb ingest` as it picks up later ones)."""

    def __init__(self, settings: Settings, *, recheck_seconds: float = 2.0) -> None:
        self._settings = settings
        self.folder = settings.kb_dir
        self.recheck_seconds = recheck_seconds
        self._kb: KnowledgeBase | None = None
        self._checked_at = float("-inf")
        self._lock = threading.Lock()

    @property
    def location(self) -> str:
        return str(self.folder)

    @property
    def collection_name(self) -> str:
        return self._settings.collection

    def opened(self) -> KnowledgeBase | None:
        """The real knowledge base once its folder exists (checked at most every
        `recheck_seconds`), else None."""
        with self._lock:
            now = time.monotonic()
            if self._kb is None and now - self._checked_at >= self.recheck_seconds:
                self._checked_at = now
                if self.folder.is_dir():
                    from .knowledge_base import KnowledgeBase

                    self._kb = KnowledgeBase.from_settings(self._settings, create=False)
            return self._kb

    def search(
        self, query: str, k: int = 5, *, filters: Mapping[str, Any] | None = None, **kw: Any
    ) -> list[Fact]:
        kb = self.opened()
        return [] if kb is None else kb.search(query, k, filters=filters, **kw)

    def is_relevant(self, facts: Sequence[Fact]) -> bool:
        kb = self.opened()
        return bool(facts) if kb is None else kb.is_relevant(facts)

    def count(self) -> int:
        kb = self.opened()
        return 0 if kb is None else kb.count()

    def close(self) -> None:
        with self._lock:
            if self._kb is not None:
                self._kb.close()


def no_facts_note(kb: Retriever) -> str | None:
    """Why drafts from `kb` will have no facts (its folder does not exist yet, or it holds
    0 chunks), with the command that fixes it; None when it has facts or cannot tell (a
    retriever that is not a `KnowledgeBase`)."""
    count = getattr(kb, "count", None)
    if not callable(count):
        return None
    location = str(getattr(kb, "location", "the knowledge base"))
    collection = getattr(kb, "collection_name", None)
    if isinstance(kb, PendingKnowledgeBase) and kb.opened() is None:
        state = "does not exist yet"
    elif count() == 0:
        state = "is empty (0 chunks)"
    else:
        return None
    return (
        f"knowledge base {location} {state}; drafts will have no facts "
        f"(run: socialreply kb ingest knowledge/{_target(location, collection)})"
    )


def _target(location: str, collection: str | None) -> str:
    """The ingest options that reach the knowledge base at `location` (its `collection`)."""
    from ..config import Settings
    from .knowledge_base import collection_option

    if "://" in location:
        where = f" --chroma-url {location}"
    else:
        default = Settings.model_fields["kb_dir"].default  # the folder used without --kb
        where = "" if Path(location) == default else f" --kb {location}"
    return where + collection_option(collection)
