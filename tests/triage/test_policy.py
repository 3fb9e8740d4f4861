from __future__ import annotations

from pathlib import Path

import pytest

from socialreply.errors import ConfigError
from socialreply.triage import TriagePolicy, triage


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_default_levels_follow_design() -> None:
    policy = TriagePolicy.default()
    assert policy.level_of("self_harm") == "crisis"
    assert policy.level_of("legal_threat") == "urgent"
    assert policy.level_of("prompt_injection") == "review"


def test_load_overrides_and_keeps_other_defaults(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
levels:
  fraud_payment: urgent
disabled: [high_anger]
anger:
  threshold: 5
keywords:
  - category: safety_injury
    terms: ["TrailBlaze stove", "peanut"]
pii:
  order_number_patterns: ['\\bORD-\\d{4}\\b']
""",
    )
    policy = TriagePolicy.load(path)
    assert policy.level_of("fraud_payment") == "urgent"
    assert policy.level_of("self_harm") == "crisis"
    result = triage("you charged me twice, you CLOWNS, WORST!!!", policy=policy)
    assert result.escalation.categories == ["fraud_payment"]
    assert result.escalation.level == "urgent"
    recall = triage("Is the TRAILBLAZE stove part of the recall?", policy=policy)
    assert recall.escalation.categories == ["safety_injury"]
    assert recall.escalation.signals[0].evidence == "TRAILBLAZE stove"
    assert [m.text for m in triage("ORD-1234", policy=policy).pii] == ["ORD-1234"]


def test_empty_file_is_the_default(tmp_path: Path) -> None:
    assert TriagePolicy.load(_write(tmp_path, "")) == TriagePolicy.default()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("levels:\n  legal_threat: panic\n", "levels.legal_threat"),
        ("levels:\n  not_a_category: urgent\n", "not_a_category"),
        ("disabled: [nope]\n", "disabled.0"),
        ("anger:\n  threshold: -1\n", "anger.threshold"),
        ("colour: blue\n", "colour: Extra inputs are not permitted"),
        ("keywords:\n  - category: safety_injury\n    terms: []\n", "keywords.0.terms"),
        ("keywords:\n  - category: recall\n    terms: [x]\n", "keywords.0.category"),
        ("pii:\n  order_number_patterns: ['(unclosed']\n", "invalid regular expression"),
        ("pii:\n  phone_regions: [usa]\n", "2-letter code"),
        # Session 20 QA: an unknown region silently stopped national-format phone detection.
        ("pii:\n  phone_regions: [ZZ]\n", "phone region 'ZZ' is not a region phonenumbers knows"),
        ("llm:\n  merge: maybe\n", "llm.merge"),
        ("languages: [en, klingon]\n", "unsupported language"),
        ("- just\n- a list\n", "must be a mapping"),
        ("levels: [\n", "invalid YAML (line"),
    ],
)
def test_invalid_policy_files_give_one_clear_line(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        TriagePolicy.load(path)
    error = str(info.value)
    assert message in error
    assert str(path) in error
    assert "\n" not in error


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        TriagePolicy.load(tmp_path / "nope.yaml")


def test_readme_policy_example_is_valid(repo: Path) -> None:
    import yaml

    readme = (repo / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Triage", 1)[1].split("\n## ", 1)[0]
    block = section.split("### Policy file", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    policy = TriagePolicy.from_dict(yaml.safe_load(block), source="README example")
    assert policy.level_of("fraud_payment") == "urgent"
    assert policy.keywords[0].terms == ("TrailBlaze stove", "peanut")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("levels: {}\n".encode("utf-16"), "UTF-16 text (Notepad's 'Unicode'), not UTF-8"),
        (b"# caf\xe9\nlevels: {}\n", "not valid UTF-8 (byte 5)"),
    ],
)
def test_a_policy_file_in_another_encoding_is_named_plainly(
    tmp_path: Path, raw: bytes, message: str
) -> None:
    """Session 22 QA: these read "cannot read triage policy file p.yaml: 'utf-8' codec
    can't decode byte 0xff in position 0: invalid start byte", Python's words, where the
    suites and socialreply.toml say what is wrong in the user's."""
    path = tmp_path / "p.yaml"
    path.write_bytes(raw)
    with pytest.raises(ConfigError) as info:
        TriagePolicy.load(path)
    assert str(info.value).startswith(f"{path}: ") and message in str(info.value)
    assert "codec" not in str(info.value)
