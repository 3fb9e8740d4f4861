"""Hybrid retrieval: dense (Chroma) + BM25 (bm25s) fused by reciprocal rank fusion.

The BM25 index, the metadata used for filters and the product-name lookup are built once
from the collection and cached (`CorpusIndex`); the knowledge base rebuilds them only when
the collection's generation changes. Dense search goes to Chroma with the filters as a
``where`` clause; BM25 applies the same filters as a mask.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from ..errors import UserError
from ..types import Fact
from .documents import MetaValue
from .spelling import SpellingCorrector

if TYPE_CHECKING:
    import bm25s
    from bm25s.tokenization import Tokenizer

    from .crosslingual import Translation

SearchMode = Literal["hybrid", "dense", "bm25"]
SEARCH_MODES: tuple[SearchMode, ...] = ("hybrid", "dense", "bm25")
# Weighted reciprocal rank fusion: score = sum(weight / (RRF_K + rank)). Chosen on the
# labelled set's dev split (benchmarks/bench_retrieval.py): MiniLM alone is already strong
# on paraphrased questions, so BM25 and the product-name boost count half as much as the
# dense ranking, and a small K lets a first place in one list matter more.
RRF_K = 10
DENSE_WEIGHT = 1.0
BM25_WEIGHT = 0.5
BOOST_WEIGHT = 0.5  # a product named by a few words of its title
EXACT_BOOST_WEIGHT = 1.0  # a product named exactly: its handle, full title or a SKU
# Dense cosine similarity below which the best fact is treated as "the store has no
# answer". Calibrated on the labelled set's no-answer questions (dev split) by
# benchmarks/bench_retrieval.py, which prints the value it would choose.
RELEVANCE_THRESHOLD = 0.37
_WORD = re.compile(r"[a-z0-9]+")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # bm25s's default word pattern
# Codes joined by hyphens or dots: SKUs ("NW-RJW-S-BERR"), model numbers ("NW-ST200"),
# order and phone numbers ("1-800-555-0199"), "2.5-layer".
_CODE = re.compile(r"(?u)\w+(?:[-.]\w+)+")
_SEPARATOR = re.compile(r"[-.]")


def split_words(text: str) -> list[str]:
    """BM25 tokens: the words of `text` (lower case, two characters or more) plus every
    hyphen- or dot-joined code whole and, for codes of three parts or more, their leading
    parts ("nw-rjw-s-berr", "nw-rjw-s", "nw-rjw"). A pasted SKU or style code then matches
    its own product exactly instead of only the parts every SKU shares ("nw")."""
    lowered = text.lower()
    words = _TOKEN.findall(lowered)
    for code in _CODE.findall(lowered):
        words.append(code)
        cuts = [m.start() for m in _SEPARATOR.finditer(code)]
        words += [code[:cut] for cut in cuts[1:]]
    return words


@runtime_checkable
class Retriever(Protocol):
    """Anything that finds facts for a query; the pipeline depends only on this."""

    def search(
        self, query: str, k: int = 5, *, filters: Mapping[str, Any] | None = None
    ) -> list[Fact]: ...


Filters = Mapping[str, Any]


def _as_list(value: Any) -> list[MetaValue]:
    if isinstance(value, list | tuple | set | frozenset):
        return list(value)
    return [value]


def normalise_filters(filters: Filters | None) -> dict[str, list[MetaValue]]:
    """``{"tags": "returns"}`` or ``{"doc_type": ["policy", "faq"]}`` → lists of accepted
    values. Tags match if the chunk has any of them; other keys match metadata exactly."""
    out: dict[str, list[MetaValue]] = {}
    for key, value in (filters or {}).items():
        name = "tags" if key == "tag" else "doc_type" if key == "type" else key
        values = _as_list(value)
        if not values or not all(isinstance(v, str | int | float | bool) for v in values):
            raise UserError(f"filter {key!r} needs a value or a list of values")
        out[name] = [v.lower() if name == "tags" and isinstance(v, str) else v for v in values]
    return out


def chroma_where(filters: dict[str, list[MetaValue]]) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = []
    for key, values in filters.items():
        if key == "tags":
            ors = [{f"tag:{v}": True} for v in values]
            clauses.append(ors[0] if len(ors) == 1 else {"$or": ors})
        elif len(values) == 1:
            clauses.append({key: values[0]})
        else:
            clauses.append({key: {"$in": values}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _name_key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


@dataclass
class Candidate:
    index: int
    score: float = 0.0
    dense_rank: int | None = None
    bm25_rank: int | None = None
    similarity: float | None = None
    boosted: bool = False


class CorpusIndex:
    """Everything retrieval needs from the collection except the vectors."""

    def __init__(
        self,
        ids: Sequence[str],
        texts: Sequence[str],
        metadatas: Sequence[dict[str, MetaValue]],
    ) -> None:
        import bm25s
        import Stemmer  # type: ignore[import-not-found]  # PyStemmer ships no stubs
        from bm25s.tokenization import Tokenizer

        self.ids = list(ids)
        self.texts = list(texts)
        self.metadatas = list(metadatas)
        self.position = {chunk_id: i for i, chunk_id in enumerate(self.ids)}
        self.doc_ids = [str(m.get("doc_id", "")) for m in self.metadatas]
        self.chunks_by_doc: dict[str, list[int]] = defaultdict(list)
        for i, doc_id in enumerate(self.doc_ids):
            self.chunks_by_doc[doc_id].append(i)
        stemmer = Stemmer.Stemmer("english")
        self._tokenizer: Tokenizer = Tokenizer(
            splitter=split_words, stemmer=stemmer, stopwords="en"
        )
        self.speller = SpellingCorrector(self.texts, stem=stemmer.stemWord)
        self._bm25: bm25s.BM25 | None = None
        if self.texts:
            tokens = self._tokenizer.tokenize(self.texts, return_as="ids", show_progress=False)
            self._bm25 = bm25s.BM25()
            self._bm25.index(tokens, show_progress=False)
        self._names: dict[str, set[str]] = defaultdict(set)
        self._max_words = 1
        style_codes: dict[str, set[str]] = defaultdict(set)
        for meta in self.metadatas:
            if meta.get("doc_type") != "product":
                continue
            doc_id = str(meta.get("doc_id", ""))
            names = [str(meta.get("handle", "")), str(meta.get("title", ""))]
            skus = [sku for sku in str(meta.get("skus", "")).split(",") if sku]
            names += skus
            for sku in skus:  # "NW-RJW" names the product behind NW-RJW-S-BERR
                parts = _name_key(sku).split()
                for end in range(2, len(parts)):
                    style_codes[" ".join(parts[:end])].add(doc_id)
            for name in names:
                key = _name_key(name)
                # One-word names only when they are distinctive (SKU-like or long).
                if not key or (
                    " " not in key and len(key) < 5 and not any(c.isdigit() for c in key)
                ):
                    continue
                self._names[key].add(doc_id)
                self._max_words = max(self._max_words, key.count(" ") + 1)
        for key, docs in style_codes.items():
            if len(docs) == 1 and key not in self._names:
                self._names[key] = docs

        # Partial names ("the Ridgeline jacket"): a word found in few product titles plus
        # one more word of the same title.
        title_words: dict[str, set[str]] = {}
        for meta in self.metadatas:
            if meta.get("doc_type") == "product":
                words = set(_name_key(str(meta.get("title", ""))).split())
                words |= set(_name_key(str(meta.get("handle", ""))).split())
                title_words[str(meta.get("doc_id", ""))] = words
        frequency: dict[str, int] = defaultdict(int)
        for words in title_words.values():
            for word in words:
                frequency[word] += 1
        self._distinctive: dict[str, set[str]] = defaultdict(set)
        limit = max(2, len(title_words) // 200)
        for doc_id, words in title_words.items():
            for word in words:
                if len(word) >= 4 and not word.isdigit() and frequency[word] <= limit:
                    self._distinctive[word].add(doc_id)
        self._title_words = title_words

    def __len__(self) -> int:
        return len(self.ids)

    def mask(self, filters: dict[str, list[MetaValue]]) -> npt.NDArray[np.bool_] | None:
        if not filters:
            return None
        keep = np.ones(len(self.ids), dtype=bool)
        for i, meta in enumerate(self.metadatas):
            for key, values in filters.items():
                if key == "tags":
                    ok = any(meta.get(f"tag:{v}") is True for v in values)
                else:
                    ok = meta.get(key) in values
                if not ok:
                    keep[i] = False
                    break
        return keep

    def bm25(
        self, query: str, n: int, mask: npt.NDArray[np.bool_] | None
    ) -> list[tuple[int, float]]:
        if self._bm25 is None:
            return []
        tokens = self._tokenizer.tokenize(
            [query], update_vocab=False, return_as="ids", show_progress=False
        )
        n = min(n, len(self.ids))
        weights = mask.astype(np.float32) if mask is not None else None
        docs, scores = self._bm25.retrieve(
            tokens, k=n, show_progress=False, n_threads=0, weight_mask=weights
        )
        return [(int(d), float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]

    def correct_spelling(self, query: str) -> str:
        """`query` with words that are not in the corpus (nor common English) replaced by
        the corpus word one edit away ("retrun windw" -> "return window")."""
        return self.speller.correct(query)

    def translate(self, query: str) -> Translation | None:
        """`query` in English when it is written in another language the glossary covers
        (`crosslingual`), else ``None``; words naming a product here are kept as written."""
        from .crosslingual import translator

        return translator().translate(query, keep=self.names_product)

    def names_product(self, word: str) -> bool:
        """True for a word (lower case) that is, or is distinctive in, a product's handle,
        title or SKU ("northstar", "nw-rjw-s-berr", "cloudrest")."""
        return word in self._distinctive or _name_key(word) in self._names

    def named_products(self, query: str) -> set[str]:
        """Products whose handle, title or SKU appears in the query (whole words)."""
        exact = self.exactly_named_products(query)
        return exact if exact else self.partly_named_products(query)

    def exactly_named_products(self, query: str) -> set[str]:
        """Products whose handle, full title, SKU or style code (a SKU's leading parts that
        belong to this product only) appears in the query, as whole words."""
        words = _name_key(query).split()
        found: set[str] = set()
        for size in range(min(self._max_words, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                found |= self._names.get(" ".join(words[start : start + size]), set())
        return found

    def partly_named_products(self, query: str) -> set[str]:
        """The products sharing most title words with the query (at least two, one of
        them found in few product titles): "the Ridgeline jacket"."""
        words = _name_key(query).split()
        # Otherwise the best partial matches: most title words shared with the query.
        present = set(words)
        overlap: dict[str, int] = {}
        for word in present:
            for doc_id in self._distinctive.get(word, ()):
                shared = len(present & self._title_words[doc_id])
                if shared >= 2:
                    overlap[doc_id] = shared
        top = max(overlap.values(), default=0)
        return {doc_id for doc_id, shared in overlap.items() if shared == top}


def fuse(
    dense: Sequence[tuple[int, float]],
    bm25: Sequence[tuple[int, float]],
    *,
    boosted: Sequence[int] = (),
    exact: Sequence[int] = (),
    mode: SearchMode = "hybrid",
) -> list[Candidate]:
    """Reciprocal rank fusion of the dense and BM25 rankings (positions into the corpus).
    In hybrid mode chunks of a product named in the query count as an extra first-place
    ranking, so "does the Summit 2 tent…" finds that tent even when both lists miss it:
    `exact` (named by SKU, handle or full title) with the dense ranking's weight, `boosted`
    (named by part of its title) lighter."""
    candidates: dict[int, Candidate] = {}

    def get(index: int) -> Candidate:
        if index not in candidates:
            candidates[index] = Candidate(index)
        return candidates[index]

    if mode in ("hybrid", "dense"):
        for rank, (index, similarity) in enumerate(dense, start=1):
            c = get(index)
            c.dense_rank, c.similarity = rank, similarity
            c.score += DENSE_WEIGHT / (RRF_K + rank)
    if mode in ("hybrid", "bm25"):
        for rank, (index, _) in enumerate(bm25, start=1):
            c = get(index)
            c.bm25_rank = rank
            c.score += (BM25_WEIGHT if mode == "hybrid" else 1.0) / (RRF_K + rank)
    if mode == "hybrid":
        for indexes, weight in ((exact, EXACT_BOOST_WEIGHT), (boosted, BOOST_WEIGHT)):
            for index in indexes:
                c = get(index)
                c.boosted = True
                c.score += weight / (RRF_K + 1)
    return sorted(candidates.values(), key=lambda c: (-c.score, c.index))


def best_per_document(
    candidates: Sequence[Candidate], doc_ids: Sequence[str], k: int
) -> list[Candidate]:
    seen: set[str] = set()
    out: list[Candidate] = []
    for c in candidates:
        doc = doc_ids[c.index]
        if doc in seen:
            continue
        seen.add(doc)
        out.append(c)
        if len(out) == k:
            break
    return out


def is_relevant(facts: Sequence[Fact], threshold: float = RELEVANCE_THRESHOLD) -> bool:
    """True when the best fact's dense similarity reaches the calibrated threshold."""
    return any(float(f.metadata.get("similarity", 0.0)) >= threshold for f in facts)


def calibrate_threshold(answerable: Sequence[float], unanswerable: Sequence[float]) -> float:
    """The threshold on the best fact's similarity that best separates questions the store
    answers from those it does not (maximum balanced accuracy; ties → the lower value)."""
    if not answerable or not unanswerable:
        raise ValueError("calibration needs answerable and unanswerable questions")
    pos = np.asarray(answerable)
    neg = np.asarray(unanswerable)
    best, best_score = float(pos.min()), -1.0
    for t in sorted(set(np.round(np.concatenate([pos, neg]), 4).tolist())):
        score = ((pos >= t).mean() + (neg < t).mean()) / 2
        if score > best_score + 1e-12:
            best, best_score = float(t), float(score)
    return best
