"""`KnowledgeBase`: ingest knowledge files into Chroma and search them.

Ingest is incremental and safe to interrupt: chunk ids are content hashes, so only chunks
that are not stored yet are embedded and written; chunks of changed or deleted documents
are removed only after the new ones are written, and documents whose file failed to load
are never removed. Embedded stores take a file lock for the whole write phase (two
processes ingesting at once take turns); on a Chroma server, writes are idempotent upserts
and deletes by id, so concurrent ingests converge to the same contents.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import KnowledgeBaseNotFoundError, UserError
from ..surrogates import replace_lone_surrogates
from ..types import Fact
from .documents import Skipped

if TYPE_CHECKING:
    from ..config import Settings
    from .chunking import ChunkingOptions
    from .embeddings import Embedder, Vectors
    from .retrieval import CorpusIndex, SearchMode
    from .store import ChromaStore

Progress = Callable[[int, int], None]
_WRITE_BATCH = 256  # chunks embedded and written per step (bounds memory, drives progress)
_LOCK_NAME = ".socialreply-ingest.lock"


def knowledge_base_not_found(
    folder: Path, collection: str = "socialreply"
) -> KnowledgeBaseNotFoundError:
    """The error for a read-only use of a knowledge base folder that does not exist (a
    mistyped --kb): raised by `KnowledgeBase.open(..., create=False)` and the draft CLI.
    The command it suggests fills the collection that was asked for."""
    return KnowledgeBaseNotFoundError(
        f"knowledge base not found: {folder} "
        f"(run `socialreply kb ingest PATH --kb {folder}{collection_option(collection)}` first)"
    )


def collection_option(collection: str | None) -> str:
    """`` --collection NAME`` for a suggested command, when NAME is not the collection
    the command uses without the option; else nothing."""
    from ..config import Settings

    default = Settings.model_fields["collection"].default
    return f" --collection {collection}" if collection and collection != default else ""


@dataclass
class IngestReport:
    """What an ingest did. Document counts are by document id."""

    docs_added: list[str] = field(default_factory=list)
    docs_updated: list[str] = field(default_factory=list)
    docs_unchanged: int = 0
    docs_removed: list[str] = field(default_factory=list)
    chunks_added: int = 0
    chunks_unchanged: int = 0
    chunks_removed: int = 0
    embedded: int = 0  # distinct texts run through the embedder
    skipped: list[Skipped] = field(default_factory=list)
    files: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.chunks_added or self.chunks_removed)

    def summary(self) -> str:
        lines = [
            f"{self.files} files: documents {len(self.docs_added)} added, "
            f"{len(self.docs_updated)} updated, {self.docs_unchanged} unchanged, "
            f"{len(self.docs_removed)} removed, {len(self.skipped)} skipped",
            f"chunks {self.chunks_added} added, {self.chunks_unchanged} unchanged, "
            f"{self.chunks_removed} removed ({self.embedded} embedded) in {self.seconds:.1f}s",
        ]
        lines += [f"skipped {item}" for item in self.skipped]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs_added": self.docs_added,
            "docs_updated": self.docs_updated,
            "docs_unchanged": self.docs_unchanged,
            "docs_removed": self.docs_removed,
            "chunks_added": self.chunks_added,
            "chunks_unchanged": self.chunks_unchanged,
            "chunks_removed": self.chunks_removed,
            "embedded": self.embedded,
            "files": self.files,
            "seconds": round(self.seconds, 3),
            "skipped": [
                {"source": s.source, "line": s.line, "reason": s.reason} for s in self.skipped
            ],
        }


class KnowledgeBase:
    """A Chroma collection of knowledge chunks with hybrid search.

    Open with `KnowledgeBase.open(DIR)` (embedded), `KnowledgeBase.connect(URL)` (server)
    or `KnowledgeBase.from_settings(settings)`. Thread-safe for concurrent searches.
    """

    def __init__(
        self,
        opener: Callable[[Embedder | None], ChromaStore],
        *,
        lock_path: Path | None,
        file_lock: Any = None,
        chunking: ChunkingOptions | None = None,
        refresh_seconds: float = 2.0,
        relevance_threshold: float | None = None,
    ) -> None:
        from .retrieval import RELEVANCE_THRESHOLD

        self._opener = opener
        self._store = opener(None)
        self._lock_path = lock_path
        self._file_lock = file_lock
        self.chunking = chunking
        self.refresh_seconds = refresh_seconds
        self.relevance_threshold = (
            RELEVANCE_THRESHOLD if relevance_threshold is None else relevance_threshold
        )
        self._index: CorpusIndex | None = None
        self._generation: str | None = None
        self._checked_at = 0.0
        self._index_lock = threading.Lock()

    # --- opening --------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str] = ".socialreply/kb",
        *,
        collection: str = "socialreply",
        embedder: Embedder | None = None,
        create: bool = True,
        **options: Any,
    ) -> KnowledgeBase:
        """An embedded knowledge base in folder `path`.

        A missing folder is created (ready for `ingest`) unless ``create=False``, which
        raises `KnowledgeBaseNotFoundError` instead: a read-only caller that names a folder
        that does not exist (a typo) must hear so, not get a new empty store.
        """
        from filelock import FileLock

        from ..errors import StoreError
        from .store import ChromaStore

        folder = Path(path)
        if not create and not folder.is_dir():
            raise knowledge_base_not_found(folder, collection)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the knowledge base folder {folder}: {exc}") from None
        lock = FileLock(str(folder / _LOCK_NAME))

        def opener(reuse: Embedder | None) -> ChromaStore:
            # Chroma sets up a new folder's database on first open; two processes doing
            # that at once collide, so opening takes the same (re-entrant) lock as ingest.
            with lock:
                return ChromaStore.open_persistent(folder, collection, reuse or embedder)

        return cls(opener, lock_path=folder / _LOCK_NAME, file_lock=lock, **options)

    @classmethod
    def connect(
        cls,
        url: str,
        *,
        collection: str = "socialreply",
        embedder: Embedder | None = None,
        **options: Any,
    ) -> KnowledgeBase:
        """A knowledge base on a Chroma server (``chroma run --path DIR --port N``)."""
        from .store import ChromaStore

        return cls(
            lambda reuse: ChromaStore.open_http(url, collection, reuse or embedder),
            lock_path=None,
            **options,
        )

    @classmethod
    def from_settings(
        cls, settings: Settings, *, embedder: Embedder | None = None, create: bool = True
    ) -> KnowledgeBase:
        """`settings.chroma_url` if set, else the embedded store in `settings.kb_dir`
        (`create` as for `open`; a server's collection is not affected)."""
        if embedder is None and settings.embedder != "minilm":
            from .embeddings import make_embedder

            embedder = make_embedder(settings.embedder)
        if settings.chroma_url:
            return cls.connect(
                settings.chroma_url, collection=settings.collection, embedder=embedder
            )
        return cls.open(
            settings.kb_dir, collection=settings.collection, embedder=embedder, create=create
        )

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def location(self) -> str:
        return self._store.location

    @property
    def collection_name(self) -> str:
        return str(self._store.collection.name)

    @property
    def embedder(self) -> Embedder:
        return self._store.embedder

    # --- ingest ---------------------------------------------------------------------------

    def ingest(
        self,
        paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
        *,
        strict: bool = False,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Load, chunk, embed and store the files under `paths` (files or folders).

        Documents previously ingested from these files, or from under these folders, that
        are gone now are removed. In strict mode the first broken file raises `SourceError`
        and nothing is written.
        """
        from .chunking import chunk_documents
        from .sources import load_sources

        started = time.perf_counter()
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        loaded = load_sources(list(paths), strict=strict)
        chunks = chunk_documents(loaded.documents, self.chunking)
        report = IngestReport(skipped=loaded.skipped, files=len(loaded.files))
        broken_sources = {s.source for s in loaded.skipped}
        with self._write_lock():
            store = self._store
            existing = store.records(documents=False)
            stored: dict[str, dict[str, Any]] = dict(
                zip(existing.ids, existing.metadatas, strict=True)
            )
            new_ids = {c.id for c in chunks}
            stored_docs = {str(m.get("doc_id")) for m in stored.values()}
            to_add = [c for c in chunks if c.id not in stored]
            loaded_docs = {d.id for d in loaded.documents}
            scope_files = set(loaded.files)
            roots = tuple(r.rstrip("/") + "/" for r in loaded.roots if r != ".")
            whole_cwd = "." in loaded.roots  # `ingest(".")`: every relative source
            to_delete: list[str] = []
            removed_docs: set[str] = set()
            for chunk_id, meta in stored.items():
                doc_id, source = str(meta.get("doc_id")), str(meta.get("source", ""))
                if doc_id in loaded_docs:
                    if chunk_id not in new_ids:
                        to_delete.append(chunk_id)
                elif (
                    source in scope_files
                    or source.startswith(roots)
                    or (whole_cwd and not source.startswith("/"))
                ) and source not in broken_sources:
                    to_delete.append(chunk_id)
                    removed_docs.add(doc_id)
            changed_docs = {c.doc_id for c in to_add} | {
                str(stored[i].get("doc_id")) for i in to_delete
            }
            for doc in loaded.documents:
                if doc.id not in changed_docs:
                    report.docs_unchanged += 1
                elif doc.id in stored_docs:
                    report.docs_updated.append(doc.id)
                else:
                    report.docs_added.append(doc.id)
            report.docs_removed = sorted(removed_docs)
            report.chunks_unchanged = len(chunks) - len(to_add)
            # Write new chunks first and delete old ones last: a failure halfway leaves
            # the previous contents in place (plus some new chunks the next ingest keeps).
            embedder = store.embedder
            calls_before = getattr(embedder, "calls", None)
            if progress is not None:
                progress(0, len(to_add))
            try:
                for start in range(0, len(to_add), _WRITE_BATCH):
                    batch = to_add[start : start + _WRITE_BATCH]
                    vectors = embedder.embed([c.text for c in batch])
                    store.upsert(
                        [c.id for c in batch],
                        vectors,
                        [c.text for c in batch],
                        [c.metadata for c in batch],
                    )
                    report.chunks_added += len(batch)
                    if progress is not None:
                        progress(report.chunks_added, len(to_add))
                store.delete(to_delete)
                report.chunks_removed = len(to_delete)
            finally:
                if report.chunks_added or to_delete:
                    store.bump_generation()
                    self._invalidate()
            calls_after = getattr(embedder, "calls", None)
            if isinstance(calls_before, int) and isinstance(calls_after, int):
                report.embedded = calls_after - calls_before
            else:
                report.embedded = len({c.text for c in to_add})
        report.seconds = time.perf_counter() - started
        return report

    @contextlib.contextmanager
    def _write_lock(self) -> Iterator[None]:
        if self._file_lock is None:  # Chroma server: idempotent upserts, no shared folder
            yield
            return
        with self._file_lock:
            # Another process may have written while we waited: reopen so this client
            # sees (and does not overwrite) the current index files.
            self._reopen()
            yield

    def _reopen(self) -> None:
        # Keep the loaded embedder: rebuilding it would reload the ONNX model.
        embedder = self._store.embedder
        self._store.close()
        self._store = self._opener(embedder)
        self._invalidate()

    def _invalidate(self) -> None:
        with self._index_lock:
            self._index = None
            self._generation = None

    # --- search ---------------------------------------------------------------------------

    def _corpus(self) -> CorpusIndex:
        from .retrieval import CorpusIndex

        with self._index_lock:
            now = time.monotonic()
            if self._index is not None and now - self._checked_at < self.refresh_seconds:
                return self._index
            generation = self._store.generation()
            self._checked_at = now
            if self._index is not None and generation == self._generation:
                return self._index
            if self._index is not None and self._lock_path is not None:
                # Changed by another process: a fresh client sees its new index files.
                embedder = self._store.embedder
                self._store.close()
                self._store = self._opener(embedder)
            records = self._store.records(documents=True)
            self._index = CorpusIndex(records.ids, records.documents, records.metadatas)
            self._generation = generation
            return self._index

    def _query_vector(self, query: str) -> Vectors:
        """The query's embedding, through the process's batching and caching front
        (`query_embedding`): concurrent searches share model runs, repeats are free."""
        from .query_embedding import query_embedder

        vector: Vectors = query_embedder(self._store.embedder).embed([query])[0]
        return vector

    def search(
        self,
        query: str,
        k: int = 5,
        *,
        filters: Mapping[str, Any] | None = None,
        mode: SearchMode = "hybrid",
    ) -> list[Fact]:
        """The `k` best facts (at most one per document), best first.

        `filters`: ``{"tags": [...]}`` (any of), ``{"doc_type": "policy"}``, or any other
        metadata key (``doc_id``, ``handle``, ``vendor`` …) with a value or list of values.
        `Fact.score` is the fused score; ``Fact.metadata["similarity"]`` the dense cosine.
        """
        import numpy as np

        from .retrieval import (
            SEARCH_MODES,
            best_per_document,
            chroma_where,
            fuse,
            normalise_filters,
        )

        if mode not in SEARCH_MODES:
            raise UserError(f"unknown search mode {mode!r}; use one of {', '.join(SEARCH_MODES)}")
        if k < 1:
            raise UserError("k must be at least 1")
        if not isinstance(query, str):
            raise UserError(f"the query must be a string, not {type(query).__name__}")
        # Lone surrogates (bytes that were not UTF-8 on the command line, kept by Python's
        # "surrogateescape") crash the tokenizer; one U+FFFD each, as triage and draft do.
        query = replace_lone_surrogates(query).strip()
        if not query:
            return []
        index = self._corpus()
        if not len(index):
            return []
        wanted = normalise_filters(filters)
        pool = max(30, 6 * k)
        # A question in another language is translated to English with the store-domain
        # glossary (the embedder and BM25 only match English); an English one has its
        # misspelt words corrected to the corpus's vocabulary. Both rankings use the result.
        translation = index.translate(query)
        if translation is None:
            query = index.correct_spelling(query)
            lexical = query
        else:
            query, lexical = translation.text, translation.expanded
        vector = self._query_vector(query)
        dense: list[tuple[int, float]] = []
        if mode in ("hybrid", "dense"):
            for hit in self._store.query(vector, min(pool, len(index)), chroma_where(wanted)):
                position = index.position.get(hit.id)
                if position is not None:  # stored after our index was built: next refresh
                    dense.append((position, max(0.0, 1.0 - hit.distance)))
        mask = index.mask(wanted)
        bm25 = index.bm25(lexical, pool, mask) if mode != "dense" else []
        boosted: list[int] = []
        exact: list[int] = []
        if mode == "hybrid":
            named = index.exactly_named_products(query)
            target = exact if named else boosted
            for doc_id in named or index.partly_named_products(query):
                target += [i for i in index.chunks_by_doc[doc_id] if mask is None or mask[i]]
        fused = fuse(dense, bm25, boosted=boosted, exact=exact, mode=mode)
        ranked = best_per_document(fused, index.doc_ids, k)
        missing = [index.ids[c.index] for c in ranked if c.similarity is None]
        if missing:
            vectors = self._store.embeddings(missing)
            for c in ranked:
                if c.similarity is None and index.ids[c.index] in vectors:
                    sim = float(np.dot(vectors[index.ids[c.index]], vector))
                    c.similarity = max(0.0, sim)
        facts = []
        for c in ranked:
            meta = index.metadatas[c.index]
            facts.append(
                Fact(
                    id=index.ids[c.index],
                    doc_id=index.doc_ids[c.index],
                    source=str(meta.get("source", "")),
                    title=str(meta.get("title", "")),
                    score=round(c.score, 6),
                    text=index.texts[c.index],
                    metadata={
                        **{k_: v for k_, v in meta.items() if not k_.startswith("tag:")},
                        "similarity": round(c.similarity or 0.0, 4),
                        "dense_rank": c.dense_rank,
                        "bm25_rank": c.bm25_rank,
                        "boosted": c.boosted,
                    },
                )
            )
        return facts

    def is_relevant(self, facts: Sequence[Fact]) -> bool:
        """Whether the facts answer the query, judged by the best dense similarity against
        the threshold calibrated on the labelled no-answer questions."""
        from .retrieval import is_relevant

        return is_relevant(facts, self.relevance_threshold)

    def count(self) -> int:
        """How many chunks are stored (0: drafts get no facts)."""
        return self._store.count()

    def stats(self) -> dict[str, Any]:
        records = self._store.records(documents=False)
        docs = {str(m.get("doc_id")) for m in records.metadatas}
        types = Counter(
            str(m.get("doc_type"))
            for m in {str(m.get("doc_id")): m for m in records.metadatas}.values()
        )
        tokens = [int(m.get("tokens", 0)) for m in records.metadatas]
        return {
            "location": self._store.location,
            "collection": self._store.collection.name,
            "embedder": self._store.embedder.spec,
            "documents": len(docs),
            "chunks": len(records.ids),
            "sources": len({str(m.get("source")) for m in records.metadatas}),
            "doc_types": dict(sorted(types.items())),
            "chunk_tokens": {
                "mean": round(sum(tokens) / len(tokens), 1) if tokens else 0,
                "max": max(tokens, default=0),
            },
        }
