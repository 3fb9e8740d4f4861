"""Plain data passed between the loaders, the chunker and the store (no heavy imports)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# Metadata values Chroma can store.
MetaValue = str | int | float | bool
DocType = Literal["article", "policy", "product", "faq", "record"]


@dataclass(frozen=True)
class Section:
    """A run of text under one heading path (``("Returns", "Exchanges")``)."""

    headings: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Document:
    """One knowledge document: a Markdown page, a product, or a JSON record."""

    id: str
    source: str  # path as given relative to the working directory, posix separators
    title: str
    doc_type: str
    sections: tuple[Section, ...]
    tags: tuple[str, ...] = ()
    # Scalar extras kept on every chunk (product handle, price range, SKUs, …).
    metadata: dict[str, MetaValue] = field(default_factory=dict)
    line: int | None = None  # where the document starts in its file, for messages


@dataclass(frozen=True)
class Chunk:
    """A piece of a document as stored: ``id`` is a content hash, stable across ingests."""

    id: str
    doc_id: str
    text: str
    metadata: dict[str, MetaValue]
    tokens: int


@dataclass(frozen=True)
class Skipped:
    """A file (or one record in it) that could not be loaded, and why."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"
