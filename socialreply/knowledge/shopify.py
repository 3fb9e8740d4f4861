"""Shopify product-export CSV: several rows per `Handle` (variants, extra images) become one
product `Document`; `Body (HTML)` becomes plain text; prices, SKUs, options and tags are
kept both as metadata and in the text (so BM25 and the embedder see them)."""

from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..errors import SourceError
from .documents import Document, MetaValue, Section, Skipped

REQUIRED_COLUMNS = ("Handle", "Title")
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}
_SKIP_TAGS = {"script", "style"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n- " if tag == "li" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(value: str) -> str:
    """Readable text from product HTML: block elements become lines, list items bullets."""
    parser = _TextExtractor()
    parser.feed(value)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


@dataclass
class _Variant:
    options: tuple[str, ...]
    sku: str
    price: float | None
    compare_at: float | None


@dataclass
class _Product:
    handle: str
    row: int
    fields: dict[str, str]
    option_names: list[str] = field(default_factory=list)
    variants: list[_Variant] = field(default_factory=list)


def _price(value: str, source: str, row: int, column: str) -> float | None:
    value = value.strip().replace("$", "").replace(",", "")
    if not value:
        return None
    try:
        return round(float(value), 2)
    except ValueError:
        raise SourceError(source, f"{column} {value!r} is not a number", line=row) from None


def parse_shopify_csv(text: str, source: str) -> tuple[list[Document], list[Skipped]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise SourceError(
            source,
            "not a Shopify product export: missing column(s) "
            + ", ".join(repr(c) for c in missing),
            line=1,
        )
    reader.fieldnames = header
    products: dict[str, _Product] = {}
    skipped: list[Skipped] = []
    while True:
        try:
            raw = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise SourceError(source, f"malformed CSV: {exc}", line=reader.line_num) from None
        row = reader.line_num
        if None in raw:  # more cells than header columns
            skipped.append(Skipped(source, "row has more cells than the header", row))
            continue
        cells = {k: (v or "").strip() for k, v in raw.items()}
        if not any(cells.values()):
            continue
        handle = cells.get("Handle", "")
        if not handle:
            skipped.append(Skipped(source, "row without a Handle", row))
            continue
        try:
            _add_row(products, handle, cells, source, row)
        except SourceError as exc:
            skipped.append(Skipped(source, exc.reason, exc.line))
    docs: list[Document] = []
    for product in products.values():
        if not product.fields.get("Title"):
            skipped.append(Skipped(source, f"product {product.handle!r} has no Title", product.row))
            continue
        docs.append(_document(product, source))
    if not docs and not skipped:
        raise SourceError(source, "no product rows after the header", line=2)
    return docs, skipped


def _add_row(
    products: dict[str, _Product], handle: str, cells: dict[str, str], source: str, row: int
) -> None:
    product = products.get(handle)
    if product is None:
        product = products[handle] = _Product(handle=handle, row=row, fields={})
    # The first row carries the product fields; later rows fill in only what was blank.
    for key, value in cells.items():
        if value and not product.fields.get(key):
            product.fields[key] = value
    for n in (1, 2, 3):
        name = cells.get(f"Option{n} Name", "")
        if name and name not in product.option_names and name != "Title":
            product.option_names.append(name)
    options = tuple(
        cells.get(f"Option{n} Value", "")
        for n in (1, 2, 3)
        if cells.get(f"Option{n} Value", "") and cells.get(f"Option{n} Value") != "Default Title"
    )
    sku = cells.get("Variant SKU", "")
    price = _price(cells.get("Variant Price", ""), source, row, "Variant Price")
    compare = _price(
        cells.get("Variant Compare At Price", ""), source, row, "Variant Compare At Price"
    )
    if sku or price is not None or options:
        product.variants.append(_Variant(options, sku, price, compare))


def _money(value: float) -> str:
    return f"${value:,.2f}"


def _document(product: _Product, source: str) -> Document:
    f = product.fields
    title = f["Title"]
    tags = tuple(
        dict.fromkeys(t.strip().lower() for t in f.get("Tags", "").split(",") if t.strip())
    )
    description = html_to_text(f.get("Body (HTML)", ""))
    prices = [v.price for v in product.variants if v.price is not None]
    skus = [v.sku for v in product.variants if v.sku]
    metadata: dict[str, MetaValue] = {"handle": product.handle}
    for column, key in (("Vendor", "vendor"), ("Type", "product_type"), ("Status", "status")):
        if f.get(column):
            metadata[key] = f[column]
    if prices:
        metadata["price_min"] = min(prices)
        metadata["price_max"] = max(prices)
    if skus:
        metadata["skus"] = ",".join(skus)
    option_values: dict[str, list[str]] = {name: [] for name in product.option_names}
    for variant in product.variants:
        for name, value in zip(product.option_names, variant.options, strict=False):
            if value not in option_values[name]:
                option_values[name].append(value)
    options_text = "; ".join(
        f"{name}: {', '.join(values)}" for name, values in option_values.items() if values
    )
    if options_text:
        metadata["options"] = options_text

    facts = []
    if f.get("Vendor"):
        facts.append(f"Brand: {f['Vendor']}.")
    if f.get("Type"):
        facts.append(f"Category: {f['Type']}.")
    if prices:
        low, high = min(prices), max(prices)
        facts.append(
            f"Price: {_money(low)}." if low == high else f"Price: {_money(low)} to {_money(high)}."
        )
    if options_text:
        facts.append(f"Options: {options_text}.")
    if tags:
        facts.append(f"Tags: {', '.join(tags)}.")
    overview = "\n".join(x for x in (description, " ".join(facts)) if x)
    sections = [Section((), overview or title)]
    if len(product.variants) > 1 or skus:
        lines = []
        for v in product.variants:
            label = " / ".join(v.options) or "Default"
            bits = [label]
            if v.sku:
                bits.append(f"SKU {v.sku}")
            if v.price is not None:
                price = _money(v.price)
                if v.compare_at and v.compare_at > v.price:
                    price += f" (was {_money(v.compare_at)})"
                bits.append(price)
            lines.append("- " + " — ".join(bits))
        sections.append(Section(("Variants",), "\n".join(lines)))
    return Document(
        id=product.handle,
        source=source,
        title=title,
        doc_type="product",
        sections=tuple(sections),
        tags=tags,
        metadata=metadata,
        line=product.row,
    )
