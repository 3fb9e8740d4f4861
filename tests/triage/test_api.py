from __future__ import annotations

import subprocess
import sys
import time

import pytest

from socialreply.errors import InvalidOutputError, InvalidPostError, UnknownPlatformError
from socialreply.types import Author, Post, PostMetrics


def test_top_level_triage_is_the_function_even_after_submodule_imports() -> None:
    code = (
        "import socialreply.triage.rules, socialreply.triage.pii, socialreply.triage.batch\n"
        "from socialreply.triage import llm\n"
        "import socialreply\n"
        "from socialreply import triage, TriagePolicy\n"
        "assert callable(triage) and callable(socialreply.triage), socialreply.triage\n"
        "assert triage('I will sue you').escalation.level == 'urgent'\n"
        "assert TriagePolicy.default().level_of('self_harm') == 'crisis'\n"
        "heavy = [m for m in ('lingua', 'phonenumbers', 'yaml') if m in sys.modules]\n"
    )
    subprocess.run([sys.executable, "-c", "import sys\n" + code], check=True)


def test_import_stays_light() -> None:
    code = (
        "import sys; from socialreply import triage; "
        "print(','.join(m for m in ('lingua', 'phonenumbers', 'yaml') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_post_or_string() -> None:
    from socialreply import triage

    post = Post(text="I'll sue", platform="linkedin")
    assert triage(post).escalation.categories == ["legal_threat"]
    assert triage("I'll sue", platform="tiktok").escalation.categories == ["legal_threat"]


def test_bad_input() -> None:
    from socialreply import triage

    with pytest.raises(InvalidPostError, match="empty"):
        triage("  \n\t ")
    with pytest.raises(UnknownPlatformError, match="myspace"):
        triage("hello", platform="myspace")


def test_long_post_is_fast_and_still_triaged() -> None:
    from socialreply import triage

    text = ("lorem ipsum dolor sit amet, the tent arrived fine. " * 2100)[:100_000]
    text = "My lawyer will call you. " + text + " the stove burned my hand"
    start = time.perf_counter()
    result = triage(text)
    assert time.perf_counter() - start < 1.0
    assert {"legal_threat", "safety_injury"} <= set(result.escalation.categories)
    # Spans in the analysed tail map back to the original post.
    for signal in result.escalation.signals:
        assert signal.start is not None and signal.end is not None
        assert text[signal.start : signal.end] == signal.evidence


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Where is my order? It has been two weeks", "en"),
        ("¿Dónde está mi pedido? Ya pasaron dos semanas", "es"),
        ("Où est ma commande ? Cela fait deux semaines", "fr"),
        ("Wo ist meine Bestellung? Es sind schon zwei Wochen", "de"),
        ("Habt ihr die Jacke auch in Grosse XL?", "de"),
        ("Dov'è il mio ordine? Sono passate due settimane", "it"),
        ("ok", None),
        ("@brand 👍", None),
        # Short English without function words: the vocabulary fast path, not lingua.
        ("killer price on the 2-person tent", "en"),
        ("your ceo deserves a bullet", "en"),
        ("TT-FUEL-450G price and weight?", "en"),  # product codes say nothing
        # Two function words of one language and none of another decide short posts.
        ("¿Tienen esta mochila en verde?", "es"),
        ("hola quiero devolver mis botas", "es"),
        ("bonjour je voudrais un remboursement", "fr"),
        ("wo ist meine bestellung", "de"),
        ("ciao grazie mille, sono contenta", "it"),
        ("obrigado, você pode me ajudar com o meu pedido?", "pt"),
        ("bedankt, ik wacht nog op mijn bestelling", "nl"),
        # Dutch "je" is a French marker's look-alike: not counted for French.
        ("Leuk dat je gaat kamperen! Verzending naar je huis is gratis", "nl"),
        ("je hebt vandaag besteld, dus het komt morgen naar je huis", "nl"),
        ("je voudrais savoir si vous livrez en Belgique", "fr"),
    ],
)
def test_language(text: str, language: str | None) -> None:
    from socialreply import triage

    assert triage(text).language == language


def test_language_markers_need_one_language() -> None:
    from socialreply.triage.language import _marked_language

    langs = ("en", "es", "fr", "de", "it", "pt", "nl")
    assert _marked_language("hola, tienen envío?", langs) == "es"
    assert _marked_language("hola merci", langs) is None  # one word each: no vote
    assert _marked_language("hola gracias je vous", langs) is None  # two languages
    assert _marked_language("hola gracias", ("en", "fr")) is None  # es not configured


def test_given_language_wins() -> None:
    from socialreply import triage

    assert triage(Post(text="where is my order", language="fr")).language == "fr"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Do you ship to Canada", True),
        ("what sizes are there", True),
        ("¿Tienen talla M?", True),
        ("Thanks, got it.", False),
        ("Love it! Can't wait to wear it", False),
        ("Great jacket. How do I wash it", True),
    ],
)
def test_is_question(text: str, expected: bool) -> None:
    from socialreply.triage import is_question

    assert is_question(text) is expected


def test_viral_tiers() -> None:
    from socialreply import triage

    def viral(text: str, **metrics: object) -> bool:
        post = Post(text=text, metrics=PostMetrics.model_validate(metrics))
        return "viral_risk" in triage(post).escalation.categories

    assert viral("still waiting for my refund", followers=80_000)
    assert viral("still waiting for my refund", likes=1200)
    assert viral("still waiting for my refund", likes=400, age_minutes=10)  # 40/min
    assert viral("the new catalogue is out", likes=8000)  # neutral, very high engagement
    assert not viral("love my new parka!", likes=12_000, followers=900_000)
    assert not viral("still waiting for my refund", likes=3, followers=200)
    author = Post(text="still no refund", author=Author(followers=20_000, verified=True))
    assert "viral_risk" in triage(author).escalation.categories


async def test_llm_classifier_merges_by_policy() -> None:
    from socialreply import triage
    from socialreply.generation.providers.test import TestModel
    from socialreply.triage import TriagePolicy
    from socialreply.triage.llm import aclassify, atriage_with_llm
    from socialreply.triage.policy import LlmPolicy

    post = Post(text="my kid hasn't been right since using the bottle, email a@example.com")
    model = TestModel(
        [
            "not json",
            {
                "categories": [
                    {"category": "safety_injury", "evidence": "my kid hasn't been right"},
                    {"category": "made_up", "evidence": "x"},
                ]
            },
        ]
    )
    result = await atriage_with_llm(post, model)
    assert triage(post).escalation.level == "review"  # rules alone: privacy only
    assert result.escalation.level == "crisis"
    assert [s.source for s in result.escalation.signals] == ["rule", "llm"]
    # The model never saw the e-mail address, and was re-asked once.
    assert len(model.calls) == 2
    assert "a@example.com" not in model.calls[0].messages[-1].content
    assert "[email]" in model.calls[0].messages[-1].content

    ignore = TriagePolicy(llm=LlmPolicy(merge="ignore"))
    model = TestModel([{"categories": [{"category": "legal_threat", "evidence": "x"}]}])
    assert (await atriage_with_llm(post, model, policy=ignore)).escalation.level == "review"

    with pytest.raises(InvalidOutputError) as info:
        await aclassify(TestModel(["nope", "still nope"]), post)
    assert info.value.last_output == "still nope"
