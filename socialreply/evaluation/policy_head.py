"""The learned back-up of `no-unauthorized-promises`: a sentence classifier for invented policy.

The promise rules (`promises.py`, `policy_flips.py`, `waivers.py`, ...) are phrase families;
each new writer invents policy in words they have not seen ("we'll send you a brand-new
jacket straight away" under a repair warranty, "per il tuo primo ordine la spedizione te la
offriamo noi"). What such a sentence has in common is not its words but that the row's
facts do not back it. So this head scores each sentence of a draft by a logistic regression
over the sentence's words AND its support:

- its word 1- to 3-grams (`blame_head.ngrams`, as written, so a Spanish sentence is read
  through its Spanish words);
- its content words, read through the glossaries into English (`triage/head_inputs.py`),
  each marked supported (the facts or the post have it, prefix match) or not: "¬free" is a
  different feature from "free", so a free repair the facts grant is not an offence;
- its MiniLM vector (read through the glossaries, one sentence at a time, as the blame head
  does);
- dense support features: the best MiniLM cosine between the sentence and any fact, the
  share of its content words and its numbers the facts and post do not have, commitment
  cues (free, we'll send, waive, always, any, even if ...) and their products with the
  lack of support.

A draft fails when one sentence reaches the threshold. Weights and threshold are fitted by
``benchmarks/train_policy_head.py`` (numpy only, deterministic) and shipped as
``policy_head.npz`` next to this file. The weights and the embedding model load on first
use, never at import. Opt-in (`no-unauthorized-promises` with value "learned"): on unseen
batches it caught as many more defects as it newly failed good drafts, and it fails 12
curated look-alikes the rules are tested to pass (benchmarks/README.md, "Learned
invented-policy check").
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .blame_head import Embed, embedding_inputs, minilm_embed, ngrams, sentences
from .head_store import Codec, Shipped, load_head, save_head, weights_digest

POLICY_HEAD_FILE = Path(__file__).with_name("policy_head.npz")
POLICY_HEAD_VERSION = 1

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*", re.UNICODE)
_NUMBER = re.compile(r"\d+")
# Function words and the words every support reply uses whatever the facts say: their
# support says nothing.
_STOP_WORDS = (
    "the a an and or but if so to of in on at for from by with as is are was were be been "
    "it its it's this that these those there here we we'll we're we've you you'll you're "
    "your yours our ours us i i'm i'll me my he she they them their his her not no yes "
    "can could will would should may might do does did don't can't won't just also too "
    "all any some very really more most than then when what which who how why where "
    "have has had get got about into out up down over after before again once only own "
    "same such other each both few many much one two let let's please thanks thank hi "
    "hey hello sorry dm message order number know help happy glad sure"
)
_STOP = frozenset(_STOP_WORDS.split(" "))
# Words that commit the brand to something: an offer, a waiver, a guarantee, an
# exception. Read on the English reading of the sentence.
_CUE = re.compile(
    r"\b(?:free|for free|on us|no charge|at no (?:extra )?cost|waive[sd]?|guarantee[sd]?|"
    r"always|any|anything|whatever|no matter|even if|even though|either way|anyway|"
    r"straight away|right away|immediately|brand[- ]new|new one|replace(?:ment)?|refund(?:ed)?|"
    r"cover(?:ed|s)?|bonus|extra|upgrade[sd]?|exception|also|too|as well|on top|"
    r"we'll|we will|i'll|we can|we'd|let you|won't need|no need|don't need|doesn't matter|"
    r"never|unlimited|lifetime|every|automatic(?:ally)?|still|later)\b",
    re.IGNORECASE,
)
DENSE_FEATURES = (
    "fact_cosine",
    "unsupported_share",
    "unsupported_numbers",
    "cues",
    "cues_x_unsupported",
    "cues_x_far",
    "log_words",
)


def _stem(word: str) -> str:
    return word[:5]


def support_words(texts: Sequence[str]) -> set[str]:
    """The stems of every word of `texts` (the facts and the post), lower-cased."""
    return {_stem(w.lower()) for t in texts for w in _WORD.findall(t.replace("\u2019", "'"))}


def content_words(reading: str) -> list[str]:
    """The words of the English reading of a sentence that can carry a claim."""
    words = [w.lower() for w in _WORD.findall(reading.replace("\u2019", "'"))]
    return [w for w in words if len(w) >= 3 and w not in _STOP]


def support_grams(reading: str, supported: set[str]) -> set[str]:
    """One feature per content word: "+word" when the facts or post have it, "¬word" not."""
    return {("+" if _stem(w) in supported else "\u00ac") + w for w in content_words(reading)}


def dense_row(
    sentence: str,
    reading: str,
    supported: set[str],
    numbers: set[str],
    fact_cosine: float,
) -> list[float]:
    """The dense support features of one sentence (`DENSE_FEATURES`, in order)."""
    words = content_words(reading)
    unsupported = sum(_stem(w) not in supported for w in words) / len(words) if words else 0.0
    new_numbers = min(3, sum(n not in numbers for n in _NUMBER.findall(sentence)))
    cues = min(3, len(_CUE.findall(reading)))
    return [
        fact_cosine,
        unsupported,
        float(new_numbers),
        float(cues),
        cues * unsupported,
        cues * (1.0 - fact_cosine),
        math.log1p(len(_WORD.findall(sentence))),
    ]


def fact_cosines(
    sentence_vectors: npt.NDArray[np.float64], fact_vectors: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Each sentence's best cosine with any fact (0 when there are no facts)."""
    if not len(fact_vectors) or not len(sentence_vectors):
        return np.zeros(len(sentence_vectors))
    a = sentence_vectors / np.maximum(np.linalg.norm(sentence_vectors, axis=1, keepdims=True), 1e-9)
    b = fact_vectors / np.maximum(np.linalg.norm(fact_vectors, axis=1, keepdims=True), 1e-9)
    out: npt.NDArray[np.float64] = (a @ b.T).max(axis=1)
    return out


@dataclass(frozen=True)
class SentenceInputs:
    """What the head reads of each sentence of one draft."""

    grams: list[set[str]]
    vectors: npt.NDArray[np.float64]  # (n, 384)
    dense: npt.NDArray[np.float64]  # (n, len(DENSE_FEATURES))


def draft_inputs(
    parts: Sequence[str],
    language: str | None,
    facts: Sequence[str],
    post: str,
    vectors_of: Embed,
) -> SentenceInputs:
    """The head's inputs for the sentences `parts` of a draft in `language`, given the row's
    fact texts and post. `vectors_of` embeds texts (MiniLM; the trainer passes its cache)."""
    readings = embedding_inputs(list(parts), language)
    post_reading = " ".join(embedding_inputs([post], language)) if post else ""
    supported = support_words([*facts, post, post_reading])
    numbers = {n for t in (*facts, post) for n in _NUMBER.findall(t)}
    vectors = np.asarray(vectors_of(readings), dtype=np.float64)
    fact_vectors = np.asarray(vectors_of(list(facts)), dtype=np.float64) if facts else vectors[:0]
    cosines = fact_cosines(vectors, fact_vectors)
    grams = [ngrams(s) | support_grams(r, supported) for s, r in zip(parts, readings, strict=True)]
    dense = np.array(
        [
            dense_row(s, r, supported, numbers, float(c))
            for s, r, c in zip(parts, readings, cosines, strict=True)
        ],
        dtype=np.float64,
    ).reshape(len(parts), len(DENSE_FEATURES))
    return SentenceInputs(grams, vectors, dense)


@dataclass(frozen=True)
class PolicyHead:
    """Sentence scorer: ``sigmoid(gram_row @ gram_weights + vector @ vector_weights +
    dense @ dense_weights + bias)``; a sentence is flagged at ``threshold``."""

    vocabulary: tuple[str, ...]
    gram_weights: npt.NDArray[np.float32]  # (len(vocabulary),)
    vector_weights: npt.NDArray[np.float32]  # (384,)
    dense_weights: npt.NDArray[np.float32]  # (len(DENSE_FEATURES),)
    bias: float
    threshold: float
    data_digest: str = ""
    version: int = POLICY_HEAD_VERSION

    def __post_init__(self) -> None:
        if self.gram_weights.shape != (len(self.vocabulary),):
            raise ValueError("one gram weight per vocabulary entry")
        if self.dense_weights.shape != (len(DENSE_FEATURES),):
            raise ValueError("one dense weight per DENSE_FEATURES entry")
        if not 0.0 < self.threshold < 1.0:
            raise ValueError("threshold must be a probability")

    @functools.cached_property
    def _index(self) -> dict[str, int]:
        return {gram: i for i, gram in enumerate(self.vocabulary)}

    def logits(self, inputs: SentenceInputs) -> npt.NDArray[np.float64]:
        """Each sentence's logit (gram rows scaled to unit length)."""
        out = np.zeros(len(inputs.grams))
        for row, grams in enumerate(inputs.grams):
            hits = [self._index[g] for g in grams if g in self._index]
            if hits:
                out[row] = float(self.gram_weights[hits].astype(np.float64).sum())
                out[row] /= np.sqrt(len(hits))
        if len(out):
            out += inputs.vectors @ self.vector_weights.astype(np.float64)
            out += inputs.dense @ self.dense_weights.astype(np.float64)
        return out + self.bias

    def flagged(
        self,
        text: str,
        facts: Sequence[str],
        post: str,
        language: str | None = None,
        *,
        embed: Embed | None = None,
    ) -> list[tuple[str, float]]:
        """(sentence, probability) of each sentence of `text` at or over the threshold,
        most probable first."""
        parts = sentences(text)
        if not parts:
            return []
        inputs = draft_inputs(parts, language, facts, post, embed or minilm_embed)
        p = 0.5 * (1.0 + np.tanh(0.5 * self.logits(inputs)))
        hits = [(s, float(q)) for s, q in zip(parts, p, strict=True) if q >= self.threshold]
        return sorted(hits, key=lambda h: -h[1])

    def save(self, path: Path) -> None:
        save_head(path, self, _FIELDS)

    @classmethod
    def load(cls, path: Path = POLICY_HEAD_FILE) -> PolicyHead:
        """Read a head written by `save`; raises `ConfigError` naming the file."""
        return load_head(path, cls, _FIELDS, "policy head", POLICY_HEAD_VERSION)

    def digest(self) -> str:
        """A hash of the weights (tests compare it with a retrained head)."""
        arrays = (self.gram_weights, self.vector_weights, self.dense_weights)
        return weights_digest(
            self.vocabulary, ((a, np.float32) for a in arrays), (self.bias, self.threshold)
        )


# The fields `save` writes, in order (the .npz keys).
_FIELDS = (
    ("vocabulary", Codec.LINES),
    ("gram_weights", Codec.FLOAT32),
    ("vector_weights", Codec.FLOAT32),
    ("dense_weights", Codec.FLOAT32),
    ("bias", Codec.FLOAT),
    ("threshold", Codec.FLOAT),
    ("data_digest", Codec.TEXT),
    ("version", Codec.INT),
)

# The shipped head, loaded on first use.
shipped_head = Shipped(lambda: PolicyHead.load(POLICY_HEAD_FILE))


def learned_policy(text: str, facts: Sequence[str], post: str) -> tuple[str, float] | None:
    """The shipped head's most probable flagged sentence of `text`, or None."""
    from .surface_text import language_of

    flagged = shipped_head().flagged(text, facts, post, language_of(text))
    return flagged[0] if flagged else None
