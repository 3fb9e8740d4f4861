"""The knowledge base: load sources, chunk, embed, store in Chroma, retrieve.

Nothing heavy (chromadb, onnxruntime, tiktoken, bm25s) is imported until it is used.
"""

from __future__ import annotations

from .knowledge_base import IngestReport, KnowledgeBase
from .retrieval import Retriever

__all__ = ["IngestReport", "KnowledgeBase", "Retriever"]
