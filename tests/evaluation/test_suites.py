"""Suite files: defaults merged into cases, validation errors naming file/case/field, and
the shipped suites validate."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialreply.errors import SuiteError
from socialreply.evaluation.suites import load_suite, load_suites

REPO = Path(__file__).resolve().parents[2]
A = "cases:\n  - id: a\n    post: {text: hi}\n"  # one valid case, to extend


def _write(tmp_path: Path, text: str, name: str = "suite.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_are_merged_into_cases(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
name: demo
defaults:
  platform: instagram
  threshold: 0.8
  expect: {must_not_include: ["60 days"]}
  assert:
    - type: within-limit
cases:
  - id: a
    post: {text: "Are returns free?"}
    expect: {must_include_facts: ["free"]}
    assert:
      - {type: not-icontains, value: "lawyer", weight: 2, metric: safety}
  - id: b
    post: {text: "hi", platform: x}
    threshold: 1
""",
    )
    suite = load_suite(path)
    a, b = suite.cases
    assert [s.type for s in a.assert_] == ["within-limit", "not-icontains"]
    assert a.assert_[1].negated and a.assert_[1].base_type == "icontains"
    assert a.assert_[1].weight == 2 and a.assert_[1].metric == "safety"
    assert a.post.platform == "instagram" and b.post.platform == "x"
    assert a.threshold == 0.8 and b.threshold == 1
    assert a.expect.must_include_facts == ["free"]
    assert a.expect.must_not_include == ["60 days"]
    assert [s.type for s in b.assert_] == ["within-limit"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("cases: []", "`cases` must be a non-empty list"),
        # Session 21 QA: these three said only "a suite is a mapping with `cases` ...".
        ("", "the file is empty; a suite is a mapping with `cases`"),
        ("\n\n   \n# a comment\n", "the file is empty; a suite is a mapping with `cases`"),
        (
            "- id: a\n  post: {text: hi}\n",
            "not a list: put the cases under `cases:`",
        ),
        ("just some text", "a suite is a mapping with `cases` (and optional `defaults`), not text"),
        ("cases:\n  - id: a\n    post: {text: hi, platform: myspace}", "case a"),
        ("cases:\n  - id: a\n    post: {text: hi, platform: myspace}", "post.platform"),
        ("cases:\n  - id: a\n    post: {}", "post.text"),
        (A + "    assert: [{type: vibes}]", "unknown assertion"),
        (
            A + "    assert: [{type: contains}]",
            "needs a text `value`",
        ),
        (
            A + "    assert: [{type: regex, value: '('}]",
            "invalid regular expression",
        ),
        (
            A + "    assert: [{type: within-limit, weight: -1}]",
            "assert.0.weight",
        ),
        # Session 20 QA: an infinite weight made every score NaN, written to results.jsonl
        # and summary.json as the non-JSON token NaN.
        (A + "    assert: [{type: within-limit, weight: .inf}]", "assert.0.weight"),
        # An empty expected fact, or an empty any-of list, can never be found.
        (A + "    expect: {must_include_facts: [[]]}", "item 0: an empty fact can never"),
        (A + "    expect: {must_include_facts: [a, ['']]}", "item 1: an empty fact can never"),
        (
            A + "    expect: {escalation: {level: panic}}",
            "expect.escalation.level",
        ),
        (A + "    colour: blue", "colour"),
        (
            "cases:\n  - {id: a, post: {text: hi}}\n  - {id: a, post: {text: yo}}",
            "duplicate case id",
        ),
        ("nme: typo\ncases:\n  - {id: a, post: {text: hi}}", "unknown top-level key"),
        ("defaults: {asert: []}\ncases:\n  - {id: a, post: {text: hi}}", "defaults: unknown key"),
        ("cases: [unclosed", "invalid YAML at line"),
        (
            A + "    assert: [{type: no-blame, grader: 'test'}]",
            "`grader` only applies",
        ),
    ],
)
def test_validation_errors_name_file_case_and_field(
    tmp_path: Path, body: str, message: str
) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(SuiteError) as info:
        load_suite(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_missing_file_is_a_suite_error(tmp_path: Path) -> None:
    with pytest.raises(SuiteError, match="cannot read"):
        load_suite(tmp_path / "nope.yaml")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"cases:\n  - id: caf\xe9\n", "not valid UTF-8 (byte 18)"),
        (b"\xff\xfe\x00\x01", "UTF-16 text (Notepad's 'Unicode'), not UTF-8"),
        ("cases: []\n".encode("utf-16"), "save it as UTF-8"),
        (b"cases: [\n", "invalid YAML at line 2"),
    ],
)
def test_unreadable_suite_bytes_are_a_suite_error(tmp_path: Path, raw: bytes, message: str) -> None:
    path = tmp_path / "suite.yaml"
    path.write_bytes(raw)
    with pytest.raises(SuiteError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_suite(path)


def test_utf8_suite_with_accents_loads(tmp_path: Path) -> None:
    path = tmp_path / "suite.yaml"
    path.write_bytes("cases:\n  - id: cafe\n    post: {text: 'caf\u00e9 cr\u00e8me?'}\n".encode())
    assert load_suite(path).cases[0].post.text == "caf\u00e9 cr\u00e8me?"


def test_shipped_suites_validate_and_are_big_enough() -> None:
    suites = {s.name: s for s in load_suites([REPO / "evals"])}
    assert {"tone", "accuracy", "escalation"} <= set(suites)
    for name in ("tone", "accuracy", "escalation"):
        assert len(suites[name].cases) >= 40, name
    platforms = {c.post.platform for c in suites["tone"].cases}
    from socialreply.types import PLATFORMS

    assert platforms == set(PLATFORMS)
    assert all(c.expect.escalation for c in suites["escalation"].cases)
    assert all(c.expect.must_include_facts for c in suites["accuracy"].cases)
