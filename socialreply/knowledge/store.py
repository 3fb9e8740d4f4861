"""Chroma storage: the only module that imports chromadb.

`ChromaStore` wraps one collection, embedded (`chromadb.PersistentClient`, a folder) or on
a Chroma server (`chromadb.HttpClient`). Vectors are computed by our `Embedder` and passed
in explicitly; the collection also records a registered embedding function
(``socialreply``), so Chroma (and any other client) reopens it without being handed one.
A ``generation`` counter in the collection metadata tells readers in other processes that
the contents changed.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.config import Settings as ChromaSettings
from chromadb.utils.embedding_functions import register_embedding_function

from ..errors import StoreError
from .documents import MetaValue
from .embeddings import Embedder, Vectors
from .query_embedding import shared_embedder

_PAGE = 5000


@register_embedding_function
class SocialReplyEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma adapter for an `Embedder`; its config is the embedder spec."""

    def __init__(self, embedder: Embedder | None = None, *, spec: str = "minilm") -> None:
        self.embedder = embedder if embedder is not None else shared_embedder(spec)

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.embedder.embed(list(input)))

    @staticmethod
    def name() -> str:
        return "socialreply"

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> SocialReplyEmbeddingFunction:
        return SocialReplyEmbeddingFunction(spec=str(config.get("embedder", "minilm")))

    def get_config(self) -> dict[str, Any]:
        return {"embedder": self.embedder.spec}

    def default_space(self) -> Any:
        return "cosine"

    def supported_spaces(self) -> list[Any]:
        return ["cosine"]

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        if not isinstance(config.get("embedder", "minilm"), str):
            raise ValueError("socialreply embedding function: 'embedder' must be a string")


@dataclass(frozen=True)
class Records:
    ids: list[str]
    metadatas: list[dict[str, MetaValue]]
    documents: list[str]


@dataclass(frozen=True)
class Hit:
    id: str
    distance: float  # cosine distance, 1 - similarity


class ChromaStore:
    def __init__(self, client: Any, collection: Any, *, location: str, embedded: bool) -> None:
        self._client = client
        self.collection = collection
        self.location = location
        self.embedded = embedded
        self._lock = threading.RLock()
        self._embedder: Embedder | None = None

    # --- opening --------------------------------------------------------------------------

    @classmethod
    def open_persistent(
        cls, path: Path, name: str, embedder: Embedder | None, *, create: bool = True
    ) -> ChromaStore:
        try:
            path.mkdir(parents=True, exist_ok=True)
            client = chromadb.PersistentClient(
                path=str(path), settings=ChromaSettings(anonymized_telemetry=False)
            )
        except Exception as exc:
            raise StoreError(f"cannot open the knowledge base in {path}: {exc}") from exc
        return cls(
            client,
            _collection(client, name, embedder, create=create, where=str(path)),
            location=str(path),
            embedded=True,
        )

    @classmethod
    def open_http(
        cls, url: str, name: str, embedder: Embedder | None, *, create: bool = True
    ) -> ChromaStore:
        invalid = f"invalid Chroma URL {url!r}; expected e.g. http://127.0.0.1:8000"
        try:  # urlparse and .port raise ValueError ('[::1', ':99999', ':port')
            parsed = urlparse(url if "://" in url else f"http://{url}")
            port = parsed.port
        except ValueError as exc:
            raise StoreError(f"{invalid} ({exc})") from None
        if not parsed.hostname:
            raise StoreError(invalid)
        ssl = parsed.scheme == "https"
        try:
            client = chromadb.HttpClient(
                host=parsed.hostname,
                port=port or (443 if ssl else 8000),
                ssl=ssl,
                settings=ChromaSettings(anonymized_telemetry=False),
            )
            client.heartbeat()
        except Exception as exc:
            raise StoreError(f"cannot reach the Chroma server at {url}: {_short(exc)}") from exc
        return cls(
            client,
            _collection(client, name, embedder, create=create, where=url),
            location=url,
            embedded=False,
        )

    def close(self) -> None:
        close = getattr(self._client, "close", None)
        if callable(close):
            try:
                close()
            except Exception:
                pass

    @property
    def embedder(self) -> Embedder:
        if self._embedder is not None:
            return self._embedder
        # The embedder we were handed wins (same spec, checked on open), so callers can
        # share or instrument one instance; else the one rebuilt from the stored config
        # (Chroma rebuilds it on every `configuration` access, so keep it).
        ef = self.collection._embedding_function
        if not isinstance(ef, SocialReplyEmbeddingFunction):
            ef = _stored_function(self.collection)
        if ef is not None:
            embedder: Embedder = ef.embedder
            self._embedder = embedder
            return embedder
        raise StoreError(
            f"collection {self.collection.name!r} was not created by socialreply "
            "(no socialreply embedding function); pass an embedder or use another collection"
        )

    # --- reading --------------------------------------------------------------------------

    def count(self) -> int:
        return int(self._call("count", self.collection.count))

    def generation(self) -> str:
        """Changes whenever an ingest changed the collection (possibly in another process)."""
        collection = self._call("read", self._client.get_collection, self.collection.name)
        meta = collection.metadata or {}
        return f"{meta.get('socialreply:generation', '')}:{collection.count()}"

    def bump_generation(self) -> None:
        meta = dict(self.collection.metadata or {})
        meta["socialreply:generation"] = uuid.uuid4().hex
        meta.pop("hnsw:space", None)  # fixed at creation; Chroma refuses to modify it
        self._call("update", self.collection.modify, metadata=meta)

    def records(self, *, documents: bool = True) -> Records:
        """Every record's id and metadata (and text), read page by page."""
        include = ["metadatas", "documents"] if documents else ["metadatas"]
        ids: list[str] = []
        metas: list[dict[str, MetaValue]] = []
        docs: list[str] = []
        offset = 0
        while True:
            page = self._call(
                "read", self.collection.get, include=include, limit=_PAGE, offset=offset
            )
            ids.extend(page["ids"])
            metas.extend(cast(list[dict[str, MetaValue]], page["metadatas"] or []))
            if documents:
                docs.extend(page["documents"] or [])
            if len(page["ids"]) < _PAGE:
                break
            offset += _PAGE
        return Records(ids, metas, docs)

    def query(self, vector: Vectors, n: int, where: dict[str, Any] | None) -> list[Hit]:
        """The `n` nearest chunks (ids and cosine distances only: callers keep the texts).
        Chroma returns fewer when the collection is smaller, so no count() round trip."""
        if n < 1:
            return []
        result = self._call(
            "query",
            self.collection.query,
            query_embeddings=[vector],
            n_results=n,
            where=where or None,
            include=["distances"],
        )
        return [
            Hit(id_, float(dist))
            for id_, dist in zip(result["ids"][0], (result["distances"] or [[]])[0], strict=True)
        ]

    def embeddings(self, ids: Sequence[str]) -> dict[str, Vectors]:
        if not ids:
            return {}
        page = self._call("read", self.collection.get, ids=list(ids), include=["embeddings"])
        vectors = page["embeddings"]
        if vectors is None:
            return {}
        return {
            i: np.asarray(v, dtype=np.float32) for i, v in zip(page["ids"], vectors, strict=True)
        }

    # --- writing --------------------------------------------------------------------------

    def upsert(
        self,
        ids: Sequence[str],
        vectors: Vectors,
        texts: Sequence[str],
        metadatas: Sequence[dict[str, MetaValue]],
    ) -> None:
        for start, end in self._batches(len(ids)):
            self._call(
                "write",
                self.collection.upsert,
                ids=list(ids[start:end]),
                embeddings=vectors[start:end],
                documents=list(texts[start:end]),
                metadatas=list(metadatas[start:end]),
            )

    def delete(self, ids: Sequence[str]) -> None:
        for start, end in self._batches(len(ids)):
            self._call("delete", self.collection.delete, ids=list(ids[start:end]))

    def _batches(self, total: int) -> Iterator[tuple[int, int]]:
        try:
            size = int(self._client.get_max_batch_size())
        except Exception:
            size = 1000
        size = max(1, min(size, 5000))
        for start in range(0, total, size):
            yield start, min(total, start + size)

    def _call(self, what: str, func: Any, *args: Any, **kwargs: Any) -> Any:
        with self._lock:  # chromadb clients are not documented as thread-safe
            try:
                return func(*args, **kwargs)
            except StoreError:
                raise
            except Exception as exc:
                raise StoreError(f"Chroma {what} failed ({self.location}): {_short(exc)}") from exc


def _collection(
    client: Any, name: str, embedder: Embedder | None, *, create: bool, where: str
) -> Any:
    try:
        if embedder is None:
            try:
                return client.get_collection(name)
            except Exception as exc:
                if not create or "does not exist" not in str(exc).lower():
                    raise
            embedder = shared_embedder("minilm")
        ef = SocialReplyEmbeddingFunction(embedder)
        collection = client.get_or_create_collection(
            name, embedding_function=ef, configuration={"hnsw": {"space": "cosine"}}
        )
    except Exception as exc:
        raise StoreError(f"cannot open collection {name!r} in {where}: {_short(exc)}") from exc
    stored = _stored_function(collection)
    if stored is not None and stored is not ef and stored.embedder.spec != embedder.spec:
        raise StoreError(
            f"collection {name!r} in {where} was built with embedder {stored.embedder.spec!r}, "
            f"not {embedder.spec!r}; re-ingest into a new collection to switch embedders"
        )
    return collection


def _stored_function(collection: Any) -> SocialReplyEmbeddingFunction | None:
    """The embedding function Chroma rebuilt from the collection's stored configuration
    (our registered class), or the one we passed when opening."""
    configured = (collection.configuration or {}).get("embedding_function")
    if isinstance(configured, SocialReplyEmbeddingFunction):
        return configured
    ef = collection._embedding_function
    return ef if isinstance(ef, SocialReplyEmbeddingFunction) else None


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


def wait_for_server(url: str, timeout: float = 30.0) -> None:
    """Poll a Chroma server's heartbeat until it answers (used by tests and benchmarks)."""
    parsed = urlparse(url)
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            chromadb.HttpClient(
                host=parsed.hostname or "127.0.0.1",
                port=parsed.port or 8000,
                settings=ChromaSettings(anonymized_telemetry=False),
            ).heartbeat()
            return
        except Exception as exc:
            last = exc
            time.sleep(0.2)
    raise StoreError(f"Chroma server at {url} did not start: {last}")
