"""Agent decisions exported as an eval suite: valid for the suite loader, runnable by
`socialreply eval run`, and the CLI around it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import yaml

from socialreply.cli.main import main
from socialreply.errors import FeedbackError
from socialreply.evaluation.suites import load_suite
from socialreply.feedback import FeedbackStore
from socialreply.feedback.export import build_suite, claims, validate_suite
from socialreply.feedback.migrations import MIGRATIONS
from socialreply.types import Draft, Escalation, Post

from .stub import FACT
from .test_service_pipeline import MemoryRetriever


def draft(text: str, platform: str = "x") -> Draft:
    return Draft(
        platform=platform,  # type: ignore[arg-type]
        text=text,
        length=len(text),
        limit=280,
        provider="macros",
        prompt_version="sha256:v1",
        escalation=Escalation(),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Refunds within 30 days.", ["30 days"]),
        ("Shipping is $5.99 or free over $75", ["$5.99", "$75"]),
        ("Save 15% today, 15 % tomorrow", ["15%", "15 %"]),
        ("Arrives in 3-5 business days", ["3-5 business days"]),
        ("Order 12345 ships soon", []),
        ("30 days, then 30 days again", ["30 days"]),
    ],
)
def test_claims(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


def seeded(store: FeedbackStore) -> dict[str, str]:
    ids = {}
    for name, text in {
        "edited": "You can return it within 60 days for $5.",
        "rejected": "Please calm down.",
        "accepted": "Thanks!",
    }.items():
        d = draft(text, platform="facebook" if name == "edited" else "x")
        post = Post(text=f"post for {name}", platform=d.platform)
        ids[name] = store.save_draft(d, post=post, intent="returns", facts=[FACT]).id
    store.record_feedback(
        ids["edited"], "edited", "ana", final_text="You can return it within 30 days for $5."
    )
    store.record_feedback(ids["rejected"], "rejected", "bo", reason="Rude")
    store.record_feedback(ids["accepted"], "accepted", "bo")
    return ids


def test_export_edited_and_rejected(store: FeedbackStore) -> None:
    ids = seeded(store)
    suite = build_suite(store.decided(), name="from-agents")
    validate_suite(suite)
    cases = {c["id"]: c for c in suite["cases"]}
    assert set(cases) == {f"fb-edited-{ids['edited']}", f"fb-rejected-{ids['rejected']}"}
    edited = cases[f"fb-edited-{ids['edited']}"]
    assert edited["post"] == {"text": "post for edited", "platform": "facebook"}
    assert edited["expect"] == {
        "reference": "You can return it within 30 days for $5.",
        "must_include_facts": ["30 days", "$5"],
        "must_not_include": ["60 days"],
    }
    assert edited["knowledge"][0]["id"] == FACT.id
    assert "intent:returns" in edited["tags"] and "assert" not in edited
    rejected = cases[f"fb-rejected-{ids['rejected']}"]
    assert rejected["assert"] == [
        {"type": "not-equals", "value": "Please calm down.", "metric": "not_rejected_draft"}
    ]
    assert "Rude" in rejected["description"]
    with_judge = build_suite(store.decided(), judge="openai:gpt-4o-mini")
    validate_suite(with_judge)
    assert with_judge["judge"] == "openai:gpt-4o-mini"


def test_nothing_to_export(store: FeedbackStore) -> None:
    with pytest.raises(FeedbackError, match="no edited or rejected"):
        build_suite(store.decided())


def test_old_database_is_migrated(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        "applied_at TEXT NOT NULL)"
    )
    for statement in MIGRATIONS[0].statements:
        conn.execute(statement)
    conn.execute("INSERT INTO schema_migrations VALUES (1, 'drafts and feedback', 'then')")
    old = draft("Hello")
    conn.execute(
        "INSERT INTO drafts VALUES (?, 'default', 'p1', ?, ?, NULL, 'macros', 'v', 'x', "
        "'none', '2026-01-01T00:00:00.000000+00:00')",
        (old.id, Post(text="hi").model_dump_json(), old.model_dump_json()),
    )
    conn.commit()
    conn.close()
    with FeedbackStore.open(f"sqlite:///{db}") as store:
        stored = store.get_draft(old.id)
        assert stored.draft == old and stored.facts == []


def test_cli_stats_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'fb.db'}"
    with FeedbackStore.open(url) as store:
        seeded(store)
    assert main(["feedback", "stats", "--database-url", url, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["accepted"], stats["edited"], stats["rejected"]) == (1, 1, 1)
    assert main(["feedback", "stats", "--database-url", url, "--since", "1d"]) == 0
    text = capsys.readouterr().out
    assert "accepted 1 (33.3%)" in text and "by platform:" in text
    out = tmp_path / "suites" / "agents.yaml"
    assert main(["feedback", "export", "--out", str(out), "--database-url", url]) == 0
    assert "2 case(s) (1 edited, 1 rejected)" in capsys.readouterr().err
    suite = load_suite(out)
    assert suite.name == "agents" and len(suite.cases) == 2
    assert (
        main(["feedback", "export", "--out", str(out), "--database-url", url, "--since", "x"]) == 1
    )
    assert "invalid since value" in capsys.readouterr().err


def test_exported_suite_runs_with_eval_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Drafts from the real pipeline (macros), decided, exported and replayed: the rejected
    draft is reproduced by the unchanged pipeline, so its case fails."""
    from socialreply.config import Settings
    from socialreply.generation.assistant import ReplyAssistant

    url = f"sqlite:///{tmp_path / 'fb.db'}"
    helper = ReplyAssistant.from_settings(
        Settings(provider="macros", database_url=url), knowledge_base=MemoryRetriever()
    )
    posts = [
        Post(text="Can I return unworn boots?", platform="x"),
        Post(text="What's your returns window?", platform="facebook"),
    ]
    store = helper.feedback_store
    decided = []
    for post in posts:
        trace = helper._run_sync(helper.adraft_trace(post))
        store.save_draft(trace.draft, post=post, intent=trace.intent, facts=trace.facts)
        decided.append(trace.draft)
    store.record_feedback(decided[0].id, "rejected", "ana", reason="too generic")
    store.record_feedback(
        decided[1].id, "edited", "ana", final_text=decided[1].text + " Happy trails!"
    )
    helper.close()
    suite_path = tmp_path / "feedback.yaml"
    assert main(["feedback", "export", "--out", str(suite_path), "--database-url", url]) == 0
    run_dir = tmp_path / "run"
    capsys.readouterr()
    code = main(
        ["eval", "run", str(suite_path), "--provider", "macros", "--output", str(run_dir), "--json"]
    )
    assert code == 0, capsys.readouterr().err
    results = [
        json.loads(line)
        for line in (run_dir / "results.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    by_case = {r["case"]: r for r in results}
    assert by_case[f"fb-rejected-{decided[0].id}"]["passed"] is False
    assert set(by_case) == {f"fb-rejected-{decided[0].id}", f"fb-edited-{decided[1].id}"}
    assert yaml.safe_load(suite_path.read_text(encoding="utf-8"))["cases"][0]["knowledge"]
