"""Cross-language queries: non-English questions translated to English with the store-domain
glossary before retrieval; English queries untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialreply.errors import GlossaryError
from socialreply.knowledge import KnowledgeBase
from socialreply.knowledge.crosslingual import (
    QueryTranslator,
    fold,
    load_glossary,
    translator,
)
from socialreply.knowledge.retrieval import CorpusIndex


@pytest.mark.parametrize(
    ("query", "language", "english"),
    [
        ("¿Cuánto cuesta la tarjeta de regalo?", "es", ["how much", "gift card"]),
        ("¿Puedo devolver unas botas usadas?", "es", ["can", "return", "boots", "used"]),
        ("Est-ce que la veste est imperméable ?", "fr", ["jacket", "waterproof"]),
        ("Je veux un remboursement", "fr", ["want", "refund"]),
        # "mon", "marche" and "pas" are in MiniLM's English vocabulary too.
        ("Mon code promo ne marche pas", "fr", ["promo code", "defect"]),
        ("Wie lange dauert der Versand nach Österreich?", "de", ["how long", "shipping"]),
        ("Gibt es die Regenjacke in Größe M?", "de", ["rain", "jacket", "size", "M"]),
        ("Ist der Schlafsack wasserdicht?", "de", ["sleeping bag", "waterproof"]),
        ("Vocês têm mochilas à prova d'água?", "pt", ["backpack", "waterproof"]),
        ("Qual é o prazo de devolução?", "pt", ["return window"]),
        ("Quanto costa la spedizione in Spagna?", "it", ["how much", "shipping", "Spain"]),
        ("Hoe lang duurt de levering naar België?", "nl", ["how long", "delivery"]),
    ],
)
def test_foreign_questions_are_translated_to_english_terms(
    query: str, language: str, english: list[str]
) -> None:
    translation = translator().translate(query)
    assert translation is not None
    assert translation.language == language
    for term in english:
        assert term in translation.text, (term, translation.text)
    assert translation.evidence or translation.changed


@pytest.mark.parametrize(
    "query",
    [
        "do you ship to canada?",
        "how long do refunds take",
        "retrun windw for shoos?",  # typos: lingua may call it German
        "cloudrest wide long price",  # product words: lingua may call it French
        "NW-RJW-S-BERR whats the price on this one",
        "is the beanie real wool?",
        "Klarna",
        "",
    ],
)
def test_english_queries_are_not_translated(query: str) -> None:
    assert translator().translate(query) is None


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        ("¿el NW-RJW-S-BERR es impermeable?", "NW-RJW-S-BERR"),  # SKU
        ("¿la chaqueta está en talla XL?", "XL"),  # size
        ("le réchaud NW-ST200 est-il rappelé ?", "NW-ST200"),  # model number
        ("Gibt es den Northstar 20 Schlafsack auch in Lang?", "Northstar 20"),
        # An English word is matched only as the glossary writes it, not by its stem
        # (French "pays", country).
        ("Est-ce que je peux payer avec Apple Pay ?", "Apple Pay"),
    ],
)
def test_codes_sizes_and_product_names_are_kept_as_written(query: str, kept: str) -> None:
    translation = translator().translate(query, keep=lambda word: word == "northstar")
    assert translation is not None
    assert kept in translation.text
    assert kept in translation.expanded


def test_a_product_word_is_not_translated_even_when_the_glossary_has_it() -> None:
    # "solo" is Spanish for "only"; in this store it is part of a tent's name.
    plain = translator().translate("¿la tienda de campaña solo es impermeable?")
    kept = translator().translate(
        "¿la tienda de campaña solo es impermeable?", keep=lambda word: word == "solo"
    )
    assert plain is not None and kept is not None
    assert "only" in plain.text
    assert "solo" in kept.text and "only" not in kept.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Wie lange habe ich Zeit, etwas zurückzuschicken?", "return"),  # zu-infinitive
        ("Ist die Damenregenjacke warm?", "women's rain jacket"),  # three parts
        ("Habt ihr Kinderhandschuhe?", "kids gloves"),  # linking -er- stays in "kinder"
        ("Is de regenbroek waterdicht?", "rain pants"),
    ],
)
def test_german_and_dutch_compounds_are_split_into_known_words(query: str, expected: str) -> None:
    translation = translator().translate(query)
    assert translation is not None
    assert expected in translation.text, translation.text


def test_elided_articles_and_accentless_spelling() -> None:
    translation = translator().translate("J'ai reçu le mauvais article, l'etiquette de retour?")
    assert translation is not None
    assert translation.text.split()[0] != "J"  # "J'" is an elided pronoun, not a size
    assert "wrong item" in translation.text
    assert "return label" in translation.text
    unaccented = translator().translate("cuanto tarda el envio a mexico")
    assert unaccented is not None
    assert "shipping" in unaccented.text and "Mexico" in unaccented.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Wie funktioniert die Rueckgabe?", "return"),
        ("Welche Groesse soll ich nehmen?", "size"),
        ("Wo bleibt meine Rueckerstattung?", "refund"),
        ("Ist die Damenregenjacke warm genug fuer den Winter?", "women's rain jacket"),
    ],
)
def test_german_umlauts_typed_as_two_letters(query: str, expected: str) -> None:
    translation = translator().translate(query)
    assert translation is not None and translation.language == "de"
    assert expected in translation.text, translation.text


def test_a_long_post_is_translated_only_at_its_start() -> None:
    tail = " ".join(["devolución"] * 2000)
    query = "¿Puedo devolver las botas? " + tail
    translation = translator().translate(query)
    assert translation is not None
    assert translation.text.startswith("can return boots return return")
    assert translation.text.endswith("devolución devolución")
    assert translation.matched < 200


def test_expanded_query_adds_the_glossary_synonyms() -> None:
    translation = translator().translate("¿Cuánto tarda el envío?")
    assert translation is not None
    assert "shipping" in translation.text and "delivery" not in translation.text
    assert "delivery" in translation.expanded


def test_detection_and_evidence_rules_with_an_injected_detector() -> None:
    glossary = {"es": [("devolución", ("return",)), ("gas", ("gas",))]}
    english = frozenset({"gas"})
    says_german = QueryTranslator(glossary, english=english, detect=lambda q: "de")
    # Detected language has no glossary: the best-explaining glossary decides.
    result = says_german.translate("devolución")
    assert result is not None and result.language == "es" and result.text == "return"
    # A matched word that is English too ("gas") is no evidence of another language.
    assert says_german.translate("gas") is None
    # lingua's "en" on a non-plain text needs two foreign words.
    says_english = QueryTranslator(glossary, english=english, detect=lambda q: "en")
    assert says_english.translate("devolución gas") is None
    plain = QueryTranslator(glossary, english=english, detect=lambda q: "en-plain")
    assert plain.translate("devolución devolución") is None


def test_the_glossary_that_explains_most_words_overrules_a_misdetection() -> None:
    glossary = {
        "es": [("dos", ("2",)), ("la", ())],
        "fr": [("sac à dos", ("backpack",)), ("garanti", ("warranty",)), ("le", ())],
    }
    says_spanish = QueryTranslator(glossary, detect=lambda q: "es")
    result = says_spanish.translate("le sac à dos est-il garanti")
    assert result is not None
    assert result.language == "fr"
    assert result.text == "backpack est il warranty"
    # On a tie the detected language wins.
    tie = QueryTranslator(
        {"es": [("dos", ("2",))], "fr": [("dos", ("back",))]}, detect=lambda q: "fr"
    )
    tied = tie.translate("dos")
    assert tied is not None and tied.language == "fr"


def test_fold_removes_accents_and_sharp_s() -> None:
    assert fold("Rückgabe") == "ruckgabe"
    assert fold("Größe") == "grosse"
    assert fold("Devolução") == "devolucao"


def test_packaged_glossary_covers_every_language_with_hundreds_of_entries() -> None:
    glossary = load_glossary()
    assert set(glossary) == {"es", "fr", "de", "pt", "it", "nl"}
    for language, entries in glossary.items():
        meanings = {english for _, english in entries if english}
        assert len(meanings) >= 300, language


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("# only a comment\n", "is empty"),
        ("es\ten\n", "header"),
        ("en\tes\txx\n", "header"),
        ("en\tes\nreturn\tdevolución\textra\n", "line 2: 3 columns"),
        ("en\tes\n\tdevolución\n", "line 2: no English term"),
    ],
)
def test_malformed_glossary_files_are_rejected(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "terms.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError, match=message):
        load_glossary(path)


# Questions written for these tests (not the benchmark's), with the pages that answer them.
SAMPLE_STORE_QUESTIONS = [
    ("Mi pedido llegó dañado, ¿qué hago?", {"damaged-wrong-items"}),
    ("¿Aceptan tarjetas de regalo para pagar?", {"gift-cards", "payment-methods"}),
    ("¿Cómo lavo la chaqueta de plumas?", {"product-care"}),
    ("Quels sont vos horaires du service client ?", {"support-hours", "faq-support-hours"}),
    ("J'ai reçu le mauvais article", {"damaged-wrong-items", "faq-wrong-size-received"}),
    ("Puis-je annuler ma commande ?", {"order-changes-cancellation", "faq-cancel-order"}),
    ("Welche Zahlungsarten akzeptiert ihr?", {"payment-methods"}),
    ("Wie lange dauert die Rückerstattung?", {"refund-policy", "faq-refund-timing"}),
    ("Vocês aceitam cartão de crédito?", {"payment-methods"}),
    ("Como apago minha conta e meus dados?", {"privacy-data-requests", "faq-delete-account"}),
    ("Meu fogareiro foi recolhido?", {"product-safety-recalls", "faq-stove-recall"}),
    ("Come funziona il programma fedeltà?", {"loyalty-program", "faq-points-expire"}),
    ("La garanzia copre la cerniera rotta?", {"warranty-repairs", "faq-zipper-repair"}),
    ("Wanneer is de klantenservice bereikbaar?", {"support-hours", "faq-support-hours"}),
    ("Mijn bestelling is beschadigd aangekomen", {"damaged-wrong-items"}),
]


@pytest.mark.parametrize(("question", "gold"), SAMPLE_STORE_QUESTIONS)
def test_foreign_question_finds_its_page_in_the_sample_store(
    sample_kb: KnowledgeBase, question: str, gold: set[str]
) -> None:
    found = [fact.doc_id for fact in sample_kb.search(question, k=5)]
    assert gold & set(found[:3]), found


def test_english_search_results_do_not_depend_on_the_translator(
    sample_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = ["can I return worn boots?", "gift card expiry", "retrun windw for shoos?"]
    before = [[f.doc_id for f in sample_kb.search(q, k=5)] for q in queries]
    monkeypatch.setattr(CorpusIndex, "translate", lambda self, query: None)
    after = [[f.doc_id for f in sample_kb.search(q, k=5)] for q in queries]
    assert after == before


def test_plain_english_never_reaches_the_glossary(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(self: QueryTranslator, units: object, code: str) -> None:
        raise AssertionError("glossary consulted for plain English")

    monkeypatch.setattr(QueryTranslator, "_translate", fail)
    for query in ("can I return worn boots?", "do you ship to canada", "how long do refunds take"):
        assert translator().translate(query) is None


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("can I return worn boots?", True),
        ("do you ship to canada", True),
        ("¿Puedo devolver las botas?", False),
        ("Kann ich mit Klarna zahlen?", False),
        ("is it waterproof", False),  # too few function words: lingua decides
    ],
)
def test_is_plain_english_is_the_detectors_fast_path(text: str, plain: bool) -> None:
    from socialreply.triage.language import is_plain_english

    assert is_plain_english(text) is plain
