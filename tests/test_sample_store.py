"""Checks on the sample store in knowledge/ and the labelled retrieval set.

These run without chromadb: they only parse the files, so a broken edit to the sample store is
caught before the slower knowledge-base tests, the benchmarks or the eval suites trip over it.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
POLICIES = KNOWLEDGE / "policies"
CATALOG = KNOWLEDGE / "products" / "catalog.csv"
FAQ = KNOWLEDGE / "faq" / "faq.jsonl"
QUESTIONS = ROOT / "benchmarks" / "data" / "retrieval_questions.jsonl"

REQUIRED_COLUMNS = (
    "Handle",
    "Title",
    "Body (HTML)",
    "Vendor",
    "Type",
    "Tags",
    "Published",
    "Option1 Name",
    "Option1 Value",
    "Option2 Name",
    "Option2 Value",
    "Variant SKU",
    "Variant Price",
    "Variant Compare At Price",
    "Variant Inventory Qty",
    "Variant Grams",
    "Image Src",
    "Status",
)
# Product-level columns: Shopify fills them on the first row of a handle only.
PRODUCT_COLUMNS = ("Title", "Body (HTML)", "Vendor", "Type", "Tags")

REQUIRED_POLICY_IDS = {
    "returns-policy",
    "refund-policy",
    "shipping-domestic",
    "shipping-international",
    "order-changes-cancellation",
    "damaged-wrong-items",
    "warranty-repairs",
    "price-adjustments-promos",
    "payment-methods",
    "privacy-data-requests",
    "loyalty-program",
    "product-safety-recalls",
    "gift-cards",
    "support-hours",
}

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.DOTALL)


def _split_front_matter(path: Path) -> tuple[dict[str, Any], str]:
    match = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
    assert match, f"{path.name}: no front matter block"
    meta = yaml.safe_load(match.group(1))
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    return meta, match.group(2)


def _policy_pages() -> dict[str, tuple[dict[str, Any], str]]:
    pages: dict[str, tuple[dict[str, Any], str]] = {}
    for path in sorted(POLICIES.glob("*.md")):
        meta, body = _split_front_matter(path)
        assert meta.get("id") not in pages, f"duplicate policy id {meta.get('id')!r}"
        pages[str(meta["id"])] = (meta, body)
    return pages


def _catalog_rows() -> list[dict[str, str]]:
    with CATALOG.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _products() -> dict[str, list[dict[str, str]]]:
    products: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in _catalog_rows():
        products[row["Handle"]].append(row)
    return dict(products)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"{path.name}:{number}: blank line"
        records.append(json.loads(line))
    return records


def _store_doc_ids() -> list[str]:
    return [*_policy_pages(), *(r["id"] for r in _jsonl(FAQ)), *_products()]


# --- policy pages -------------------------------------------------------------------------


def test_policy_pages_have_valid_front_matter() -> None:
    paths = sorted(POLICIES.glob("*.md"))
    assert len(paths) >= 14
    for path in paths:
        meta, body = _split_front_matter(path)
        assert isinstance(meta.get("id"), str) and re.fullmatch(r"[a-z0-9-]+", meta["id"])
        assert isinstance(meta.get("title"), str) and meta["title"].strip()
        tags = meta.get("tags")
        assert isinstance(tags, list) and tags and all(isinstance(t, str) for t in tags)
        assert re.search(r"^# ", body, re.MULTILINE), f"{path.name}: no top-level heading"
        assert re.search(r"^## ", body, re.MULTILINE), f"{path.name}: no section headings"
        words = len(body.split())
        assert 250 <= words <= 700, f"{path.name}: {words} words"


def test_required_policy_topics_exist() -> None:
    assert set(_policy_pages()) >= REQUIRED_POLICY_IDS


def test_doc_ids_are_unique_across_the_store() -> None:
    duplicates = [i for i, n in Counter(_store_doc_ids()).items() if n > 1]
    assert duplicates == []


def test_knowledge_folder_holds_only_store_documents() -> None:
    # Everything under knowledge/ is ingested, so a README or stray file would become a "fact".
    allowed = {".md", ".csv", ".jsonl"}
    files = [p for p in KNOWLEDGE.rglob("*") if p.is_file()]
    assert files
    assert [p for p in files if p.suffix not in allowed] == []
    assert [p for p in files if p.stem.lower() == "readme"] == []


def test_store_contains_no_real_urls() -> None:
    for path in [*KNOWLEDGE.rglob("*.md"), CATALOG, FAQ]:
        text = path.read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text and "www." not in text, path.name


# Key numbers that the eval suites and triage cases rely on; a change here must be deliberate
# (update benchmarks/data/store_facts.md and the suites together).
KEY_FACTS = [
    ("returns-policy", "**30 days from the delivery date**"),
    ("returns-policy", "**15% restocking fee**"),
    ("returns-policy", "**60 days**"),
    ("refund-policy", "**issued within 3 business days after the return arrives**"),
    ("refund-policy", "| 5–10 business days |"),
    ("refund-policy", "| PayPal | 3–5 business days |"),
    ("refund-policy", "**10% bonus**"),
    ("shipping-domestic", "**free on orders of $75 or more**"),
    ("shipping-domestic", "**2pm Eastern Time, Monday to Friday**"),
    ("shipping-domestic", "| Overnight | 1 business day | $29.95 |"),
    ("shipping-international", "| Canada | $14.95 | orders of $150 or more | 5–9 business days |"),
    ("order-changes-cancellation", "**change or cancel an order within 60 minutes**"),
    ("damaged-wrong-items", "within **14 days of delivery**"),
    ("warranty-repairs", "**Lifetime Warranty**"),
    ("warranty-repairs", "**2 years** from the purchase date"),
    ("price-adjustments-promos", "**within 14 days of your purchase**"),
    ("price-adjustments-promos", "**One promo code per order.**"),
    ("payment-methods", "orders from **$35 to $1,000**"),
    ("privacy-data-requests", "**within 30 days** of verification"),
    ("loyalty-program", "**100 points = a $5 reward.**"),
    ("loyalty-program", "**expire after 12 months without account activity**"),
    ("product-safety-recalls", "**model number NW-ST200**"),
    ("product-safety-recalls", "**full refund of $64.95**"),
    ("gift-cards", "gift cards **never expire**"),
    ("support-hours", "**Monday to Friday: 8am–8pm Eastern Time**"),
    ("support-hours", "**Saturday: 9am–5pm Eastern Time**"),
]


@pytest.mark.parametrize(("doc_id", "snippet"), KEY_FACTS)
def test_key_fact_is_stated(doc_id: str, snippet: str) -> None:
    # Compare with whitespace collapsed so re-wrapping a paragraph doesn't fail the test.
    _meta, body = _policy_pages()[doc_id]
    assert " ".join(snippet.split()) in " ".join(body.split())


# --- product catalog ----------------------------------------------------------------------


def test_catalog_has_required_columns() -> None:
    with CATALOG.open(newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert [c for c in REQUIRED_COLUMNS if c not in header] == []
    assert len(header) == len(set(header))


def test_catalog_rows_are_well_formed() -> None:
    rows = _catalog_rows()
    with CATALOG.open(newline="", encoding="utf-8") as fh:
        width = len(next(csv.reader(fh)))
        assert all(len(r) == width for r in csv.reader(fh))
    skus = [r["Variant SKU"] for r in rows]
    assert all(skus) and len(skus) == len(set(skus))
    for row in rows:
        price = Decimal(row["Variant Price"])
        assert price >= 0
        if row["Variant Compare At Price"]:
            assert Decimal(row["Variant Compare At Price"]) > price, row["Variant SKU"]
        assert int(row["Variant Inventory Qty"]) >= 0
        assert int(row["Variant Grams"]) >= 0
        assert "://" not in row["Image Src"]


def test_catalog_products_follow_shopify_variant_convention() -> None:
    products = _products()
    assert len(products) >= 45
    with_variants = [h for h, rows in products.items() if len(rows) > 1]
    assert len(with_variants) >= 12
    for handle, rows in products.items():
        first, rest = rows[0], rows[1:]
        assert all(first[c] for c in PRODUCT_COLUMNS), handle
        assert first["Status"] in {"active", "draft", "archived"}, handle
        assert all(not r[c] for r in rest for c in (*PRODUCT_COLUMNS, "Status")), handle
        values = [(r["Option1 Value"], r["Option2 Value"]) for r in rows]
        assert len(values) == len(set(values)), f"{handle}: repeated option values"


def test_catalog_has_sale_and_out_of_stock_items() -> None:
    rows = _catalog_rows()
    assert sum(1 for r in rows if r["Variant Compare At Price"]) >= 5
    assert sum(1 for r in rows if r["Variant Inventory Qty"] == "0") >= 5


def test_recalled_stove_is_in_the_catalog() -> None:
    rows = _products()["ember-2-compact-camp-stove"]
    assert rows[0]["Variant SKU"] == "NW-ST200"
    assert rows[0]["Variant Price"] == "64.95"
    assert "RECALLED" in rows[0]["Body (HTML)"]
    assert rows[0]["Variant Inventory Qty"] == "0"
    assert "ember-2-1-compact-camp-stove" in _products()


# --- FAQ ----------------------------------------------------------------------------------


def test_faq_records_are_complete_and_unique() -> None:
    records = _jsonl(FAQ)
    assert 15 <= len(records) <= 25
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    for record in records:
        assert set(record) == {"id", "title", "question", "answer", "tags"}
        assert all(isinstance(record[k], str) and record[k].strip() for k in record if k != "tags")
        assert isinstance(record["tags"], list) and record["tags"]


# --- labelled retrieval set ---------------------------------------------------------------


def test_retrieval_questions_are_well_formed() -> None:
    questions = _jsonl(QUESTIONS)
    assert len(questions) >= 80
    ids = [q["id"] for q in questions]
    assert len(ids) == len(set(ids))
    for q in questions:
        assert set(q) == {"id", "question", "gold_doc_ids", "split"}
        assert q["split"] in {"dev", "holdout"}
        assert isinstance(q["question"], str) and q["question"].strip()
        assert isinstance(q["gold_doc_ids"], list)
        assert len(q["gold_doc_ids"]) == len(set(q["gold_doc_ids"]))
    texts = [q["question"].strip().lower() for q in questions]
    assert len(texts) == len(set(texts))


def test_every_gold_id_exists_in_the_store() -> None:
    known = set(_store_doc_ids())
    missing = [
        (q["id"], gold)
        for q in _jsonl(QUESTIONS)
        for gold in q["gold_doc_ids"]
        if gold not in known
    ]
    assert missing == []


def test_retrieval_set_has_no_answer_questions_in_both_splits() -> None:
    questions = _jsonl(QUESTIONS)
    no_answer = [q for q in questions if not q["gold_doc_ids"]]
    assert len(no_answer) >= 12
    assert {q["split"] for q in no_answer} == {"dev", "holdout"}


def test_retrieval_splits_are_balanced() -> None:
    splits = Counter(q["split"] for q in _jsonl(QUESTIONS))
    share = splits["dev"] / (splits["dev"] + splits["holdout"])
    assert 0.4 <= share <= 0.6


def test_every_policy_page_is_a_gold_answer_somewhere() -> None:
    gold = {g for q in _jsonl(QUESTIONS) for g in q["gold_doc_ids"]}
    assert set(_policy_pages()) - gold == set()
