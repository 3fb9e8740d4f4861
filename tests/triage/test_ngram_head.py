"""The n-gram head: hashing, deterministic training, the policy switch and the shipped
model's behaviour on invented posts in several languages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from socialreply.triage.ngram_features import feature_matrix, hashed_ngrams
from socialreply.triage.ngram_head import NGRAM_FILE, NgramHead, default_ngram_head
from socialreply.triage.ngram_training import FitSettings, fit, scores, select_rows, stack_rows
from socialreply.triage.policy import TriagePolicy
from socialreply.triage.semantic import SemanticTriage

from .support import load_benchmark

REPO = Path(__file__).resolve().parents[2]

# --- hashing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("Kan iemand mij BELLEN", "kan iemand mij bellen", True),  # case
        ("café très sûr", "cafe tres sur", True),  # accents (normalize)
        ("bellen!!! nu", "bellen nu", True),  # punctuation is not read
        ("bellen nu", "nu bellen", False),  # word pairs keep the order
        ("bellen", "bellen nu", False),
    ],
)
def test_buckets_follow_the_normalised_words(left: str, right: str, same: bool) -> None:
    assert np.array_equal(hashed_ngrams(left), hashed_ngrams(right)) is same


@pytest.mark.parametrize(
    ("first", "second", "extra"),
    [
        ("ab", "cd", 1),  # only the pair "ab cd" is new: no n-gram crosses the space
        ("bellen", "graag", 1),
        ("bellen", "bellen", 1),  # a repeated word adds only the pair "bellen bellen"
    ],
)
def test_character_ngrams_stay_inside_words(first: str, second: str, extra: int) -> None:
    both = set(hashed_ngrams(f"{first} {second}").tolist())
    alone = set(hashed_ngrams(first).tolist()) | set(hashed_ngrams(second).tolist())
    assert alone <= both
    assert len(both - alone) == extra


def test_hashing_does_not_depend_on_the_interpreter_seed() -> None:
    script = (
        "from socialreply.triage.ngram_features import hashed_ngrams;"
        "print(hashed_ngrams('potete farmi richiamare da un operatore?').tolist())"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert outputs.pop().strip() == str(
        hashed_ngrams("potete farmi richiamare da un operatore?").tolist()
    )


@pytest.mark.parametrize(("text", "empty"), [("", True), ("?!  …", True), ("hola", False)])
def test_a_text_without_words_has_no_buckets(text: str, empty: bool) -> None:
    assert (len(hashed_ngrams(text)) == 0) is empty


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("sooooo angry", "soo angry", True),  # elongations folded
        ("sooooo angry", "so angry", False),  # down to two, not one
        ("ik wil bellen", "ik wil bellen", True),
        ("ik wil bellen", "ikwil bellen", False),  # the words themselves still count
    ],
)
def test_feature_set_1_folds_elongations(left: str, right: str, same: bool) -> None:
    assert np.array_equal(hashed_ngrams(left, features=1), hashed_ngrams(right, features=1)) is same


@pytest.mark.parametrize(
    ("features", "crossing"),
    [
        (0, False),  # round 1: no n-gram crosses the space
        (1, True),  # squeezed 3-6-grams ("llsu", "wills") tie the words together
        (2, True),  # spaced 3-6-grams ("l s", "ll su") tie them with the space kept
    ],
)
def test_feature_sets_1_and_2_cross_word_boundaries(features: int, crossing: bool) -> None:
    both = set(hashed_ngrams("will sue", features=features).tolist())
    alone = set(hashed_ngrams("will", features=features).tolist())
    alone |= set(hashed_ngrams("sue", features=features).tolist())
    # besides the word pair, more new buckets only when n-grams cross the space
    assert (len(both - alone) > 1) is crossing


@pytest.mark.parametrize(
    ("features", "ok"), [(0, True), (1, True), (2, True), (3, False), (-1, False)]
)
def test_unknown_feature_sets_are_refused(features: int, ok: bool) -> None:
    if ok:
        assert len(hashed_ngrams("hola", features=features))
    else:
        with pytest.raises(ValueError, match="feature set"):
            hashed_ngrams("hola", features=features)


@pytest.mark.parametrize(
    ("left", "right", "features", "same"),
    [
        ("I WILL SUE!!", "i will sue", 2, True),  # case and punctuation are not read
        ("i will sue", "iwill sue", 2, False),  # spaced: "i w" crosses a boundary
        ("sooooo angry", "soo angry", 2, True),  # elongations folded
        ("sooooo angry", "sooooo angry", 2, True),
        ("will sue", "sue will", 2, False),
    ],
)
def test_feature_set_2_keeps_the_spaces(left: str, right: str, features: int, same: bool) -> None:
    first, second = hashed_ngrams(left, features=features), hashed_ngrams(right, features=features)
    assert np.array_equal(first, second) is same


@pytest.mark.parametrize(
    ("text", "extra"),
    [
        ("sue", 0),  # one word: nothing crosses
        ("ab cd", 8),  # "b c", "ab c", "b cd", " ab c", "ab cd", "b cd ", " ab cd", "ab cd "
    ],
)
def test_feature_set_2_adds_only_the_crossing_ngrams(text: str, extra: int) -> None:
    plain = set(hashed_ngrams(text, features=0).tolist())
    spaced = set(hashed_ngrams(text, features=2).tolist())
    assert plain <= spaced
    assert len(spaced - plain) == extra


# --- training --------------------------------------------------------------------------

_CALL = ("please call me back", "can someone ring me", "bel me even terug", "call me please")
_OTHER = ("the boots are lovely", "where is my parcel", "mooie schoenen", "parcel arrived")


def _tiny_fit(
    bits: int = 12, features: int = 0, clauses: bool = False
) -> tuple[NgramHead, list[str]]:
    texts = [*_CALL, *_OTHER]
    labels = np.array([[True]] * len(_CALL) + [[False]] * len(_OTHER))
    ids, indptr, values = feature_matrix(texts, bits, features)
    weights, bias = fit(
        ids, indptr, values, labels, 2**bits, settings=FitSettings(epochs=30, batch=3)
    )
    head = NgramHead.from_float(
        ("human_request",),
        weights,
        bias,
        {"human_request": 0.5},
        {"human_request": 0.05},
        bits,
        features,
        clauses,
    )
    return head, texts


def test_training_is_deterministic() -> None:
    first, _ = _tiny_fit()
    second, _ = _tiny_fit()
    assert np.array_equal(first.weights, second.weights)
    assert np.array_equal(first.bias, second.bias)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("please ring me back", True),
        ("kan iemand me terugbellen", True),
        ("lovely boots, parcel arrived", False),
        ("mooie boots", False),
    ],
)
def test_tiny_head_learns_its_examples(text: str, fires: bool) -> None:
    head, _ = _tiny_fit()
    assert bool(head.probabilities(text)["human_request"] >= 0.5) is fires


@pytest.mark.parametrize(("flip", "weight", "same"), [(True, 0.0, True), (True, 1.0, False)])
def test_a_zero_cell_weight_leaves_the_post_out_of_that_category(
    flip: bool, weight: float, same: bool
) -> None:
    texts = [*_CALL, *_OTHER]
    labels = np.array([[True, False]] * len(_CALL) + [[False, True]] * len(_OTHER))
    matrix = feature_matrix(texts, 12)
    cells = np.ones(labels.shape)
    cells[0, 0] = weight
    settings = FitSettings(epochs=5, batch=3)
    flipped = labels.copy()
    flipped[0, 0] = not flipped[0, 0] if flip else flipped[0, 0]
    first = fit(*matrix, labels, 2**12, cells, settings)
    second = fit(*matrix, flipped, 2**12, cells, settings)
    assert np.array_equal(first[0][:, 0], second[0][:, 0]) is same
    assert np.array_equal(first[0][:, 1], second[0][:, 1])  # the other category: untouched


@pytest.mark.parametrize(("split", "rows"), [(1, 3), (3, 5), (5, 0)])
def test_stacked_rows_follow_each_other(split: int, rows: int) -> None:
    texts = [*_CALL, *_OTHER]
    whole = feature_matrix(texts, 12)
    parts = stack_rows(feature_matrix(texts[:split], 12), feature_matrix(texts[split:], 12))
    for got, want in zip(parts, whole, strict=True):
        assert np.array_equal(got, want)
    assert len(parts[1]) - 1 == len(texts) and rows >= 0


def test_scores_match_the_head_and_rows_can_be_selected() -> None:
    head, texts = _tiny_fit()
    ids, indptr, values = feature_matrix(texts, head.bits)
    picked = select_rows(ids, indptr, values, np.array([5, 0]))
    logits = scores((head.weights * head.scale).astype(np.float32), head.bias, *picked)
    probs = 1.0 / (1.0 + np.exp(-logits[:, 0]))
    expected = [head.probabilities(texts[i])["human_request"] for i in (5, 0)]
    assert np.allclose(probs, expected, atol=1e-3)


@pytest.mark.parametrize(
    ("have", "disabled", "expected"),
    [
        ((), (), ["human_request"]),
        (("human_request",), (), []),  # already found: nothing to add
        ((), ("human_request",), []),
    ],
)
def test_head_adds_only_what_is_missing(
    have: tuple[str, ...], disabled: tuple[str, ...], expected: list[str]
) -> None:
    head, _ = _tiny_fit()
    found = head.signals("hello. please call me back", have, disabled)
    assert [s.category for s in found] == expected
    for signal in found:
        assert signal.source == "semantic"
        assert signal.evidence == "please call me back"  # the clause that scores highest


_LONG = "where is my parcel. the boots are lovely, mooie schoenen, parcel arrived"


@pytest.mark.parametrize(
    ("text", "clauses", "fires"),
    [
        # one clause of a long post: diluted in the whole post, found in its clause
        (f"{_LONG}. please call me back", True, True),
        (f"{_LONG}. please call me back", False, False),
        (_LONG, True, False),  # no clause asks for a call
        ("please call me back", False, True),  # one clause: the same either way
        ("please call me back", True, True),
    ],
)
def test_clauses_let_one_clause_of_a_long_post_count(text: str, clauses: bool, fires: bool) -> None:
    head, _ = _tiny_fit(clauses=clauses)
    found = head.signals(text)
    assert bool(found) is fires
    if found:
        assert found[0].evidence == "please call me back"


@pytest.mark.parametrize(
    ("clauses", "kept"),
    [(False, False), (True, True)],  # the call-back clause saves the signal from the veto
)
def test_clauses_read_for_the_veto_too(clauses: bool, kept: bool) -> None:
    from socialreply.types import Signal

    head, _ = _tiny_fit(clauses=clauses)
    head = NgramHead(
        head.categories,
        head.weights,
        head.scale,
        head.bias,
        {},
        {"human_request": 0.4},
        head.bits,
        head.features,
        head.clauses,
    )
    text = f"{_LONG}. please call me back"
    signal = Signal(category="human_request", evidence=text, source="semantic")
    assert (signal in head.review(text, [signal])) is kept


@pytest.mark.parametrize(("features", "clauses"), [(0, False), (1, True), (1, False)])
def test_save_and_load_round_trip(tmp_path: Path, features: int, clauses: bool) -> None:
    head, _ = _tiny_fit(features=features, clauses=clauses)
    path = tmp_path / "head.npz"
    head.save(path)
    loaded = NgramHead.load(path)
    assert loaded.categories == head.categories
    assert dict(loaded.thresholds) == pytest.approx(dict(head.thresholds))
    assert dict(loaded.vetoes) == pytest.approx(dict(head.vetoes))
    assert np.array_equal(loaded.weights, head.weights)
    assert (loaded.features, loaded.clauses) == (features, clauses)


def test_a_round_1_file_loads_with_round_1_reading(tmp_path: Path) -> None:
    head, _ = _tiny_fit(features=1, clauses=True)
    path = tmp_path / "head.npz"
    head.save(path)
    with np.load(path) as data:
        old = {k: data[k] for k in data.files if k not in ("features", "clauses")}
    np.savez(path, **old)
    loaded = NgramHead.load(path)
    assert (loaded.features, loaded.clauses) == (0, False)


# --- the benchmark's README section ----------------------------------------------------


@pytest.mark.parametrize(
    ("readme", "expected"),
    [
        # after the triage tables, before what follows them
        (
            "## Triage\n<!-- triage-semantic:end -->\n### Next\n",
            "## Triage\n<!-- triage-semantic:end -->\n\n### N-gram head (`semantic.ngram`)"
            "\n\n<!-- ngram-head:start -->\nBODY\n<!-- ngram-head:end -->\n\n### Next\n",
        ),
        # an existing section is replaced in place, the rest kept
        (
            "a\n<!-- ngram-head:start -->\nold\n<!-- ngram-head:end -->\nb\n",
            "a\n<!-- ngram-head:start -->\nBODY\n<!-- ngram-head:end -->\nb\n",
        ),
    ],
)
def test_readme_section_is_written_in_place(tmp_path: Path, readme: str, expected: str) -> None:
    load_benchmark("triage_metrics")
    script = load_benchmark("train_ngram_head")
    path = tmp_path / "README.md"
    path.write_text(readme, encoding="utf-8")
    script.write_readme(path, "BODY")
    assert path.read_text(encoding="utf-8") == expected
    script.write_readme(path, "BODY")  # idempotent
    assert path.read_text(encoding="utf-8") == expected


@pytest.mark.parametrize(
    ("thresholds", "shape_ok"),
    [({"human_request": 0.5}, True), ({"self_harm": 0.5}, False)],
)
def test_head_checks_its_thresholds(thresholds: dict[str, float], shape_ok: bool) -> None:
    head, _ = _tiny_fit()

    def build() -> NgramHead:
        return NgramHead(
            head.categories,
            head.weights,
            head.scale,
            head.bias,
            thresholds,  # type: ignore[arg-type]
            bits=head.bits,
        )

    if shape_ok:
        build()
    else:
        with pytest.raises(ValueError, match="lacks"):
            build()


# --- the policy switch, with exemplars that never fire (no model) --------------------


class _ConstantEmbedder:
    spec = "constant"

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 4), dtype=np.float32) / 2.0


@pytest.mark.parametrize(("enabled", "expected"), [(True, ["human_request"]), (False, [])])
def test_policy_switch(enabled: bool, expected: list[str]) -> None:
    from socialreply.triage.semantic_exemplars import Exemplars

    head, _ = _tiny_fit()
    quiet = Exemplars(positive={"legal_threat": ("x",)}, negative=(), thresholds={}, margin=0.0)
    runner = SemanticTriage(_ConstantEmbedder(), quiet, head=False, ngram=head)  # type: ignore[arg-type]
    policy = TriagePolicy.model_validate({"semantic": {"ngram": enabled}})
    found = runner.signals("please call me back", policy)
    assert [s.category for s in found] == expected


# --- the shipped model -----------------------------------------------------------------

shipped = pytest.mark.skipif(not NGRAM_FILE.exists(), reason="no shipped n-gram head")


@shipped
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("potreste farmi chiamare da una persona vera? il bot non capisce niente", "human_request"),
        ("siete dei ladri schifosi, un mese senza risposta, vergognatevi", "high_anger"),
        (
            "quand je me connecte je vois les commandes et l'adresse de quelqu'un d'autre",
            "data_breach",
        ),
        ("la lampe frontale a chauffé pendant la charge et m'a brûlé la main", "safety_injury"),
        (
            "de powerbank werd gloeiend heet en nu heb ik een brandwond op mijn hand",
            "safety_injury",
        ),
    ],
)
def test_shipped_head_fires_on_invented_posts(text: str, category: str) -> None:
    head = default_ngram_head()
    assert head is not None
    found = head.signals(text)
    assert category in [s.category for s in found]
    evidence = next(s for s in found if s.category == category)
    assert evidence.source == "semantic" and evidence.evidence
    assert evidence.evidence in text


@shipped
@pytest.mark.parametrize(
    "text",
    [
        "love the new boots, fit perfectly, thanks!",
        "de schoenen zijn mooi, dank jullie wel",
        "las botas llegaron bien, gracias por todo",
        "wo finde ich die Größentabelle für die Jacke?",
        "dove posso trovare la tabella taglie?",
        "no need to call me, all sorted now, thanks",
        "the sale is killing me lol, so many jackets",
    ],
)
def test_shipped_head_stays_quiet_on_invented_posts(text: str) -> None:
    head = default_ngram_head()
    assert head is not None
    assert head.signals(text) == []


@shipped
@pytest.mark.parametrize(
    ("text", "category", "by_rules", "kept"),
    [
        (
            "olviden mi mensaje anterior, ya encontré la talla, gracias",
            "violence_threat",
            (),
            False,
        ),
        # The same signal stands when the rules found the category too: never a rule's.
        (
            "olviden mi mensaje anterior, ya encontré la talla, gracias",
            "violence_threat",
            ("violence_threat",),
            True,
        ),
        ("I will find where you live and hurt you", "violence_threat", (), True),
        ("my kid got a burn from the headlamp battery", "safety_injury", (), True),
    ],
)
def test_shipped_head_vetoes_only_semantic_signals_it_scores_very_low(
    text: str, category: str, by_rules: tuple[str, ...], kept: bool
) -> None:
    from socialreply.types import Signal

    head = default_ngram_head()
    assert head is not None
    signal = Signal(category=category, evidence=text, source="semantic")  # type: ignore[arg-type]
    reviewed = head.review(text, [signal], by_rules)
    assert (signal in reviewed) is kept


# --- multiple-instance training (the benchmark's fit_model) ------------------------------

_MIL_ROWS = [
    {"text": "the boots are lovely. please call me back", "categories": ["human_request"]},
    {"text": "where is my parcel. can someone ring me", "categories": ["human_request"]},
    {"text": "bel me even terug", "categories": ["human_request"]},
    {"text": "the boots are lovely. the parcel arrived", "categories": []},
    {"text": "mooie schoenen. where is my parcel", "categories": []},
    {"text": "parcel arrived, thanks", "categories": [], "hard_negative": True},
]


@pytest.mark.parametrize(("mil", "changed"), [(False, False), (True, True)])
def test_multiple_instance_fit_goes_on_from_the_posts_model(mil: bool, changed: bool) -> None:
    load_benchmark("triage_metrics")
    script = load_benchmark("train_ngram_head")
    matrix = feature_matrix([r["text"] for r in _MIL_ROWS], 18, 0)
    clauses = script.clause_matrix(_MIL_ROWS, 0)
    train = np.arange(len(_MIL_ROWS))
    posts = script.fit_rows(_MIL_ROWS, matrix, train, ["human_request"])
    model = script.fit_model(_MIL_ROWS, matrix, clauses, train, ["human_request"], mil)
    assert (not np.array_equal(posts[0], model[0])) is changed
    if mil:  # the clause that asks for a call now reads as one on its own
        before = script.probabilities(*posts, clauses[0], np.array([1]))[0, 0]
        after = script.probabilities(*model, clauses[0], np.array([1]))[0, 0]
        assert after > before
