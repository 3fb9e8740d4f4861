"""The labelled set's dev part must meet the quality targets, so a rule change that breaks
them fails CI. (The holdout part is reported by benchmarks/triage_metrics.py.)"""

from __future__ import annotations

from types import ModuleType

import pytest

from .support import load_benchmark


def _metrics() -> ModuleType:
    return load_benchmark("triage_metrics")


@pytest.fixture(scope="module")
def metrics() -> ModuleType:
    return _metrics()


def test_labelled_set_is_well_formed(metrics: ModuleType) -> None:
    from socialreply.types import CATEGORIES, LEVELS, PLATFORMS

    rows = metrics.load()
    assert len(rows) >= 300
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    covered = {c for r in rows for c in r["categories"]}
    # no_knowledge comes from retrieval, not from the text of a post.
    assert covered == set(CATEGORIES) - {"no_knowledge"}
    for row in rows:
        assert row["split"] in metrics.SPLITS
        assert row["level"] in LEVELS and row["platform"] in PLATFORMS
        assert set(row["categories"]) <= set(CATEGORIES)
    languages = {r["language"] for r in rows}
    assert {"es", "fr", "de"} <= languages
    assert sum(r["hard_negative"] for r in rows) >= 80
    # The holdout (written before any rule) was 40% of the first version of the set; later
    # dev batches, written to probe generalisation, brought it to about 25%.
    labelled = [r for r in rows if r["split"] in ("dev", "holdout")]
    holdout = sum(r["split"] == "holdout" for r in labelled) / len(labelled)
    assert 0.2 <= holdout <= 0.45


def test_dev_part_meets_targets(metrics: ModuleType) -> None:
    report = metrics.evaluate(metrics.load(), "dev")
    failed = {name: check for name, check in report.checks().items() if not check[2]}
    assert not failed, (failed, report.errors)
    # lingua is not perfect on one-line posts ("Me quemé la mano con la estufa…" -> pt).
    assert report.language_correct >= 0.95 * report.language_total
