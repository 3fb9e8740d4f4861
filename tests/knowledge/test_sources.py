"""Loaders: Markdown front matter, Shopify CSV, JSON/JSONL, and every broken-input case."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from socialreply.errors import SourceError
from socialreply.knowledge.shopify import html_to_text
from socialreply.knowledge.sources import load_sources

GOOD_MD = "---\nid: good\ntitle: Good page\ntags: [a]\n---\nSome useful text.\n"
CSV_HEADER = (
    "Handle,Title,Body (HTML),Vendor,Type,Tags,Option1 Name,Option1 Value,"
    "Variant SKU,Variant Price\n"
)


@dataclass(frozen=True)
class Broken:
    name: str
    files: dict[str, bytes]
    source: str  # file named in the message
    line: int | None
    reason: str  # substring of the reason
    loaded: tuple[str, ...] = ()  # ids from the broken file that still load


BROKEN = [
    Broken(
        "yaml syntax error",
        {"bad.md": b"---\nid: x\ntitle: [unclosed\ntags: a\n---\nBody\n"},
        "bad.md",
        4,
        "malformed front matter",
    ),
    Broken(
        "front matter never closed",
        {"bad.md": b"---\nid: x\ntitle: T\n\nBody text\n"},
        "bad.md",
        1,
        "never closed",
    ),
    Broken(
        "front matter not a mapping",
        {"bad.md": b"---\n- a\n- b\n---\nBody\n"},
        "bad.md",
        2,
        "must be a mapping",
    ),
    Broken(
        "front matter id not text",
        {"bad.md": b"---\nid: [1, 2]\n---\nBody\n"},
        "bad.md",
        None,
        "'id' must be text",
    ),
    Broken(
        "tags not a list",
        {"bad.md": b"---\nid: x\ntags: {a: 1}\n---\nBody\n"},
        "bad.md",
        None,
        "tags must be a list",
    ),
    Broken(
        "front matter only",
        {"bad.md": b"---\nid: x\n---\n\n"},
        "bad.md",
        5,
        "no text after the front matter",
    ),
    Broken(
        "csv missing columns",
        {"bad.csv": b"Handle,Body (HTML)\nx,<p>hi</p>\n"},
        "bad.csv",
        1,
        "missing column(s) 'Title'",
    ),
    Broken(
        "csv row without handle",
        {
            "bad.csv": (
                CSV_HEADER + "ok,OK product,<p>x</p>,V,T,,,,SKU1,10\n,Orphan,,,,,,,,5\n"
            ).encode()
        },
        "bad.csv",
        3,
        "row without a Handle",
        ("ok",),
    ),
    Broken(
        "csv price not a number",
        {"bad.csv": (CSV_HEADER + "ok,OK,<p>x</p>,V,T,,,,S1,10\nbad,Bad,,,,,,,S2,ten\n").encode()},
        "bad.csv",
        3,
        "Variant Price 'ten' is not a number",
        ("ok",),
    ),
    Broken(
        "csv product without title",
        {"bad.csv": (CSV_HEADER + "notitle,,<p>x</p>,V,T,,,,S1,10\n").encode()},
        "bad.csv",
        2,
        "has no Title",
    ),
    Broken(
        "wrong encoding",
        {"bad.md": "---\nid: x\n---\nline two\nCafé crème\n".encode("latin-1")},
        "bad.md",
        5,
        "not valid UTF-8",
    ),
    Broken(
        "binary file",
        {"bad.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
        "bad.md",
        None,
        "binary file",
    ),
    Broken("empty file", {"bad.md": b""}, "bad.md", None, "empty file"),
    Broken("whitespace only", {"bad.jsonl": b"\n  \n"}, "bad.jsonl", None, "empty file"),
    Broken(
        "duplicate ids",
        {"a.md": b"---\nid: same\n---\nFirst\n", "b.md": b"---\nid: same\n---\nSecond\n"},
        "b.md",
        1,
        "duplicate document id 'same' (first defined in src/a.md:1)",
        ("same",),
    ),
    Broken(
        "duplicate handle vs page id",
        {
            "a.md": b"---\nid: ok\n---\nPage\n",
            "b.csv": (CSV_HEADER + "ok,OK,x,V,T,,,,S,1\n").encode(),
        },
        "b.csv",
        2,
        "duplicate document id 'ok'",
        ("ok",),
    ),
    Broken(
        "invalid json",
        {"bad.json": b'{"id": "x",\n "text": "hi",\n oops}\n'},
        "bad.json",
        3,
        "invalid JSON",
    ),
    Broken(
        "jsonl bad line among good ones",
        {
            "bad.jsonl": b'{"id": "r1", "text": "one"}\n{"id": "r2", "text": \n'
            b'{"id": "r3", "text": "three"}\n'
        },
        "bad.jsonl",
        2,
        "invalid JSON",
        ("r1", "r3"),
    ),
    Broken(
        "jsonl record without text",
        {"bad.jsonl": b'{"id": "r1", "text": "one"}\n{"id": "r2", "price": 3}\n'},
        "bad.jsonl",
        2,
        "no text",
        ("r1",),
    ),
    Broken(
        "json record not an object",
        {"bad.json": b'[{"id": "r1", "text": "one"}, 42]'},
        "bad.json",
        None,
        "record 2: expected a JSON object",
        ("r1",),
    ),
]


def _write(folder: Path, files: dict[str, bytes]) -> None:
    (folder / "good.md").write_text(GOOD_MD, encoding="utf-8")
    for name, data in files.items():
        (folder / name).write_bytes(data)


@pytest.mark.parametrize("case", BROKEN, ids=[c.name for c in BROKEN])
def test_broken_input_is_skipped_with_file_and_line(
    case: Broken, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = Path("src")
    folder.mkdir()
    _write(folder, case.files)
    result = load_sources([folder])
    ids = [d.id for d in result.documents]
    assert "good" in ids  # the rest of the folder still loads
    for doc_id in case.loaded:
        assert doc_id in ids
    assert len(result.skipped) == 1, [str(s) for s in result.skipped]
    skipped = result.skipped[0]
    assert skipped.source == f"src/{case.source}"
    assert skipped.line == case.line
    assert case.reason in skipped.reason
    assert case.reason in str(skipped)


@pytest.mark.parametrize("case", BROKEN, ids=[c.name for c in BROKEN])
def test_broken_input_fails_in_strict_mode(
    case: Broken, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = Path("src")
    folder.mkdir()
    _write(folder, case.files)
    with pytest.raises(SourceError) as info:
        load_sources([folder], strict=True)
    assert info.value.path == f"src/{case.source}"
    assert info.value.line == case.line
    assert case.reason in str(info.value)


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file or folder"):
        load_sources([tmp_path / "nope"])


def test_markdown_front_matter_and_fallbacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "returns.md").write_text(
        "---\nid: returns\ntitle: Returns\ntags: [Returns, refunds, returns]\nowner: ops\n---\n"
        "# Returns\n\nIntro.\n\n## Window\n\n30 days.\n\n```\n# not a heading\n```\n",
        encoding="utf-8",
    )
    (tmp_path / "shipping-times.md").write_text("Ships in 2 days.\n", encoding="utf-8")
    (tmp_path / "h1.md").write_text("# Gift cards\n\nNever expire.\n", encoding="utf-8")
    (tmp_path / ".hidden.md").write_text("secret", encoding="utf-8")
    docs = {d.id: d for d in load_sources([tmp_path]).documents}
    assert set(docs) == {"returns", "shipping-times.md", "h1.md"}
    returns = docs["returns"]
    assert (returns.title, returns.tags, returns.doc_type) == (
        "Returns",
        ("returns", "refunds"),
        "policy",
    )
    assert returns.metadata == {"owner": "ops"}
    assert returns.source == "policies/returns.md"
    assert [s.headings for s in returns.sections] == [("Returns",), ("Returns", "Window")]
    assert "# not a heading" in returns.sections[-1].text
    assert docs["shipping-times.md"].title == "Shipping times"
    assert docs["shipping-times.md"].doc_type == "article"
    assert docs["h1.md"].title == "Gift cards"


def test_shopify_rows_merge_into_products(tmp_path: Path) -> None:
    csv = tmp_path / "catalog.csv"
    csv.write_bytes(
        (Path(__file__).parents[1] / "fixtures" / "kb" / "products" / "catalog.csv").read_bytes()
    )
    docs = {d.id: d for d in load_sources([csv]).documents}
    assert set(docs) == {"trailblazer-rain-jacket", "summit-2-tent", "merino-trail-socks"}
    jacket = docs["trailblazer-rain-jacket"]
    assert jacket.doc_type == "product"
    assert jacket.tags == ("rain", "jackets")
    meta = jacket.metadata
    assert meta["handle"] == "trailblazer-rain-jacket"
    assert (meta["price_min"], meta["price_max"]) == (129.0, 135.0)
    assert meta["skus"] == "NW-TRJ-S-BLU,NW-TRJ-M-BLU,NW-TRJ-L-RED"
    assert meta["options"] == "Size: S, M, L; Color: Blue, Red"
    text = "\n".join(s.text for s in jacket.sections)
    assert "A waterproof shell with taped seams." in text
    assert "- 10,000 mm rating" in text
    assert "<p>" not in text
    assert "Price: $129.00 to $135.00." in text
    assert "- S / Blue — SKU NW-TRJ-S-BLU — $129.00 (was $149.00)" in text
    tent = docs["summit-2-tent"]
    assert "options" not in tent.metadata  # "Default Title" is Shopify's no-options marker
    assert tent.metadata["price_min"] == 349.0


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One</p><p>Two &amp; three</p>", "One\nTwo & three"),
        ("<ul><li>a</li><li>b</li></ul>", "- a\n- b"),
        ("Plain <b>bold</b> text", "Plain bold text"),
        ("<style>p{}</style><p>x</p>", "x"),
        ("", ""),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_json_records(tmp_path: Path) -> None:
    (tmp_path / "faq.jsonl").write_text(
        '{"id": "q1", "question": "Do gift cards expire?", "answer": "Never.",'
        ' "tags": "gift cards"}\n'
        '{"title": "No id", "text": "Falls back to path and line.", "rank": 3}\n',
        encoding="utf-8",
    )
    (tmp_path / "one.json").write_text('{"title": "Single", "body": "Only one."}', encoding="utf-8")
    docs = {d.id: d for d in load_sources([tmp_path]).documents}
    assert set(docs) == {"q1", "faq.jsonl#2", "one.json"}
    q1 = docs["q1"]
    assert (q1.doc_type, q1.title, q1.tags) == ("faq", "Do gift cards expire?", ("gift cards",))
    assert q1.sections[0].text == "Do gift cards expire?\n\nNever."
    assert docs["faq.jsonl#2"].metadata == {"rank": 3}
    assert docs["one.json"].doc_type == "record"


@pytest.mark.parametrize("name", ["notes.txt", "catalog.pdf", "README"])
def test_a_file_named_on_the_command_line_in_another_format(tmp_path: Path, name: str) -> None:
    """Session 20 QA: `kb ingest notes.txt` was parsed as JSON ("notes.txt:1: invalid
    JSON: Expecting value"); under a folder such files are ignored, named alone they are
    skipped with the formats that are read."""
    file = tmp_path / name
    file.write_bytes(b"%PDF-1.4\x00\x01" if name.endswith(".pdf") else b"hello\n")
    result = load_sources([file])
    assert result.documents == []
    [skipped] = result.skipped
    assert (
        "not a knowledge file" in skipped.reason and ".md, .csv, .json or .jsonl" in skipped.reason
    )
    with pytest.raises(SourceError, match="not a knowledge file"):
        load_sources([file], strict=True)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_file_says_so(tmp_path: Path, encoding: str) -> None:
    """Session 22 QA: a page saved as Notepad's 'Unicode' was skipped as 'binary file
    (contains NUL bytes), not text', which hides the fix (re-save it as UTF-8)."""
    file = tmp_path / "page.md"
    text = GOOD_MD if encoding == "utf-16" else "\ufeff" + GOOD_MD
    file.write_bytes(text.encode(encoding))
    [skipped] = load_sources([file]).skipped
    assert "UTF-16" in skipped.reason and "save it as UTF-8" in skipped.reason
