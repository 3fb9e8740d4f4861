"""Split documents into token-bounded chunks (tiktoken ``cl100k_base``).

Every chunk starts with the document title, and every piece of a section starts with the
section's heading path, so a chunk never loses the heading that gives its text meaning.
Small neighbouring sections are packed together up to `max_tokens`; a long section is cut
at sentence boundaries with `overlap` tokens repeated between consecutive pieces.

Chunk ids are content hashes (document id + text + metadata), so re-chunking an unchanged
document yields the same ids and a changed one yields new ids.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .documents import Chunk, Document, MetaValue, Section
from .tokens import encoding

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(\[])|\n{2,}|\n(?=- )")


@dataclass(frozen=True)
class ChunkingOptions:
    max_tokens: int = 200
    overlap: int = 32

    def __post_init__(self) -> None:
        if self.max_tokens < 32:
            raise ValueError("max_tokens must be at least 32")
        if not 0 <= self.overlap < self.max_tokens // 2:
            raise ValueError("overlap must be between 0 and max_tokens / 2")


def _tokens(text: str) -> int:
    return len(encoding().encode_ordinary(text))


def _heading_line(section: Section, title: str) -> str:
    headings = list(section.headings)
    if headings and headings[0].strip().lower() == title.strip().lower():
        headings = headings[1:]  # the H1 repeats the title line
    return " > ".join(headings)


def _split_long(text: str, limit: int, overlap: int) -> list[str]:
    """Pieces of at most `limit` tokens, cut at sentence ends where possible, with about
    `overlap` tokens of the previous piece repeated at the start of the next."""
    sentences = [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]
    units: list[tuple[str, int]] = []
    enc = encoding()
    for sentence in sentences:
        ids = enc.encode_ordinary(sentence)
        if len(ids) <= limit:
            units.append((sentence, len(ids)))
            continue
        step = max(1, limit - overlap)  # one sentence longer than a chunk: cut by tokens
        for start in range(0, len(ids), step):
            piece = enc.decode(ids[start : start + limit]).strip()
            if piece:
                units.append((piece, min(limit, len(ids) - start)))
            if start + limit >= len(ids):
                break
    pieces: list[str] = []
    current: list[tuple[str, int]] = []
    size = 0
    for unit in units:
        if current and size + unit[1] + 1 > limit:
            pieces.append(" ".join(u for u, _ in current))
            carried: list[tuple[str, int]] = []
            carried_size = 0
            for prev in reversed(current):  # sentences fitting in the overlap budget
                if carried_size + prev[1] > overlap:
                    break
                carried.insert(0, prev)
                carried_size += prev[1]
            if carried_size + unit[1] + 1 > limit:
                carried, carried_size = [], 0
            current, size = carried, carried_size
        current.append(unit)
        size += unit[1] + 1
    if current:
        pieces.append(" ".join(u for u, _ in current))
    return pieces


def chunk_document(doc: Document, options: ChunkingOptions | None = None) -> list[Chunk]:
    opts = options or ChunkingOptions()
    head = doc.title.strip()
    budget = opts.max_tokens - _tokens(head) - 1
    blocks: list[tuple[str, int, bool]] = []  # (text, tokens, splittable-alone)
    for section in doc.sections:
        heading = _heading_line(section, head)
        prefix = f"{heading}\n" if heading else ""
        block = f"{prefix}{section.text}".strip()
        if not block:
            continue
        size = _tokens(block)
        if size <= budget:
            blocks.append((block, size, False))
            continue
        limit = max(16, budget - _tokens(prefix))
        for piece in _split_long(section.text, limit, opts.overlap):
            text = f"{prefix}{piece}"
            blocks.append((text, _tokens(text), True))
    texts: list[tuple[str, int]] = []
    current: list[str] = []
    size = 0
    for text, tokens, alone in blocks:
        if current and (alone or size + tokens + 1 > budget):
            texts.append(("\n\n".join(current), size))
            current, size = [], 0
        current.append(text)
        size += tokens + 1
        if alone:
            texts.append(("\n\n".join(current), size))
            current, size = [], 0
    if current:
        texts.append(("\n\n".join(current), size))
    return _make_chunks(doc, [(f"{head}\n{body}" if head else body) for body, _ in texts])


def base_metadata(doc: Document) -> dict[str, MetaValue]:
    meta: dict[str, MetaValue] = dict(doc.metadata)
    meta.update(
        doc_id=doc.id,
        source=doc.source,
        title=doc.title,
        doc_type=doc.doc_type,
        tags=",".join(doc.tags),
    )
    # One boolean key per tag, because Chroma filters cannot match inside a string.
    for tag in doc.tags:
        meta[f"tag:{tag}"] = True
    return meta


def _make_chunks(doc: Document, texts: list[str]) -> list[Chunk]:
    meta = base_metadata(doc)
    meta_key = json.dumps(meta, sort_keys=True, ensure_ascii=False)
    chunks: list[Chunk] = []
    seen: set[str] = set()
    enc = encoding()
    for text in texts:
        digest = hashlib.sha256(f"{doc.id}\0{text}\0{meta_key}".encode()).hexdigest()[:16]
        chunk_id = f"{doc.id}#{digest}"
        if chunk_id in seen:  # the same text twice in one document
            continue
        seen.add(chunk_id)
        tokens = len(enc.encode_ordinary(text))
        chunks.append(
            Chunk(
                id=chunk_id,
                doc_id=doc.id,
                text=text,
                metadata={**meta, "tokens": tokens},
                tokens=tokens,
            )
        )
    return chunks


def chunk_documents(
    docs: Iterable[Document], options: ChunkingOptions | None = None
) -> list[Chunk]:
    out: list[Chunk] = []
    for doc in docs:
        out.extend(chunk_document(doc, options))
    return out
