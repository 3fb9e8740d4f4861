"""Prompt pack: sandbox, literal user text, version hash, lint, per-platform snapshots."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from socialreply.config import BrandSettings
from socialreply.errors import PromptError
from socialreply.generation.prompting import PromptPack, default_prompts_dir
from socialreply.platforms import get_profile
from socialreply.types import PLATFORMS, Fact

SNAPSHOTS = Path(__file__).parent / "snapshots"
FACTS = [
    Fact(
        id="returns-policy#1",
        doc_id="returns-policy",
        source="knowledge/policies/returns.md",
        title="Returns Policy",
        text="You have 30 days from the delivery date to start a return.",
    )
]


@pytest.fixture
def pack() -> PromptPack:
    return PromptPack()


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    target = tmp_path / "prompts"
    shutil.copytree(default_prompts_dir(), target)
    return target


def test_shipped_pack_lints_clean(pack: PromptPack) -> None:
    assert pack.lint() == []


@pytest.mark.parametrize(
    "post",
    ["{{ 7*7 }}", "{% raw %}", "{% for x in y %}", "{{ brand.__class__ }}", "{# c #} }} {%"],
)
def test_post_text_stays_literal(pack: PromptPack, post: str) -> None:
    messages = pack.render(post=post, profile=get_profile("x"), facts=FACTS)
    assert post in messages[1].content
    assert "49" not in messages[1].content


def test_fact_text_stays_literal(pack: PromptPack) -> None:
    fact = FACTS[0].model_copy(update={"text": "Save {{ 10*10 }}% {% if %}"})
    user = pack.render(post="hi", profile=get_profile("x"), facts=[fact])[1].content
    assert "Save {{ 10*10 }}% {% if %}" in user


def test_templates_do_not_branch_on_platform_names() -> None:
    for path in default_prompts_dir().rglob("*.j2"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"platform(\.name)?\s*(==|!=|\bin\b)", source), path


def test_every_platform_renders_its_profile(pack: PromptPack) -> None:
    for name in PLATFORMS:
        profile = get_profile(name)
        system, user = pack.render(post="Hello?", profile=profile, facts=FACTS)
        assert (system.role, user.role) == ("system", "user")
        assert f"at most {profile.limit} characters" in system.content
        assert profile.display_name in system.content
        assert ("PUBLIC" in system.content) == profile.public


def test_limit_override_reaches_prompt(pack: PromptPack) -> None:
    profile = get_profile("x", {"x": 200})
    assert "at most 200 characters" in pack.render(post="a", profile=profile, facts=[])[0].content


def test_version_depends_on_templates_and_brand(pack_copy: Path) -> None:
    base = PromptPack(pack_copy)
    assert base.version.startswith("sha256:") and len(base.version) == 7 + 64
    assert PromptPack(pack_copy).version == base.version
    assert PromptPack(pack_copy, brand=BrandSettings(name="Other")).version != base.version
    (pack_copy / "x.j2").write_text(
        (pack_copy / "x.j2").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )
    assert PromptPack(pack_copy).version != base.version


def test_sandbox_blocks_unsafe_template(pack_copy: Path) -> None:
    (pack_copy / "x.j2").write_text(
        '{% extends "_base.j2" %}{% block platform_guidance %}'
        "{{ brand.__class__.__mro__ }}{% endblock %}",
        encoding="utf-8",
    )
    with pytest.raises(PromptError, match=r"x\.j2"):
        PromptPack(pack_copy).render(post="a", profile=get_profile("x"), facts=[])


def test_lint_reports_unknown_variable_and_missing_template(pack_copy: Path) -> None:
    (pack_copy / "tiktok.j2").unlink()
    (pack_copy / "macros" / "order_status.j2").write_text("{{ order_id }}", encoding="utf-8")
    issues = [str(i) for i in PromptPack(pack_copy).lint()]
    assert "tiktok.j2: missing platform template" in issues
    assert "macros/order_status.j2: unknown variable 'order_id'" in issues


def test_lint_reports_syntax_error(pack_copy: Path) -> None:
    (pack_copy / "x.j2").write_text("{% block %}", encoding="utf-8")
    issues = [str(i) for i in PromptPack(pack_copy).lint()]
    assert any(i.startswith("x.j2: syntax error") for i in issues)


def test_not_a_pack(tmp_path: Path) -> None:
    with pytest.raises(PromptError, match="not a prompt pack"):
        PromptPack(tmp_path)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_rendered_prompt_snapshot(pack: PromptPack, platform: str) -> None:
    """The full prompt per platform; rerun with UPDATE_SNAPSHOTS=1 after editing templates
    and review the diff like code."""
    system, user = pack.render(
        post="Do you ship to Canada? {{ 7*7 }}",
        profile=get_profile(platform),
        facts=FACTS,
        language="en",
        thread=["Hi there"],
        author="Sam",
        escalation={"level": "review", "categories": ["high_anger"]},
    )
    text = f"=== system ===\n{system.content}\n=== user ===\n{user.content}\n"
    path = SNAPSHOTS / f"{platform}.txt"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1" or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def _system(pack: PromptPack, platform: str = "x", language: str = "en") -> str:
    messages = pack.render(post="Hi", profile=get_profile(platform), facts=FACTS, language=language)
    return messages[0].content


def test_system_message_cached_per_platform_and_language(pack: PromptPack) -> None:
    fresh = PromptPack()
    for platform, language in [("x", "en"), ("x", "de"), ("facebook", "en"), ("x", "en")]:
        expected = fresh._render(
            f"{platform}.j2",
            {
                "brand": fresh._brand_vars,
                "platform": get_profile(platform).model_dump(mode="json"),
                "language": language,
                "output_schema": fresh._output_schema,
            },
        )
        assert _system(pack, platform, language) == expected
    assert set(pack._system_cache) == {
        (get_profile("x"), "en"),
        (get_profile("x"), "de"),
        (get_profile("facebook"), "en"),
    }


@pytest.mark.parametrize(
    "tail",
    ["{{ [1, 2, 3, 4, 5, 6, 7, 8] | random }}", "{{ lipsum(1) }}", "{{ brand.update({}) }}"],
)
def test_system_message_not_cached_when_template_is_not_pure(pack_copy: Path, tail: str) -> None:
    base = pack_copy / "_base.j2"
    base.write_text(base.read_text(encoding="utf-8") + tail + "\n", encoding="utf-8")
    pack = PromptPack(pack_copy)
    _system(pack)
    _system(pack)
    assert pack._system_cache == {}


def test_system_message_rerenders_after_brand_changes(pack: PromptPack) -> None:
    before = _system(pack)
    pack._brand_vars["name"] = "Changed Brand"
    after = _system(pack)
    assert after != before
    assert "Changed Brand" in after
