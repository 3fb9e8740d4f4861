"""Generate a synthetic Shopify product-export CSV (for the ingest and latency benchmarks).

Deterministic for a given size and seed. Products have 1-6 variants (sizes x colours),
short HTML descriptions of varying length, tags and prices, like a real outdoor-store
export. Not committed: benchmarks write it to a temporary folder.

    .venv/bin/python benchmarks/gen_catalog.py OUT_DIR [--products 10000]
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

COLUMNS = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Variant SKU",
    "Variant Grams", "Variant Inventory Qty", "Variant Price", "Variant Compare At Price",
    "Status",
]  # fmt: skip
SERIES = [
    "Ridgeline",
    "Summit",
    "Basecamp",
    "Trailhead",
    "Alpine",
    "Cascade",
    "Granite",
    "Timber",
    "Glacier",
    "Canyon",
    "Tundra",
    "Meadow",
    "Harbor",
    "Boulder",
    "Juniper",
    "Sierra",
    "Aspen",
    "Cedar",
    "Falcon",
    "Osprey",
    "Condor",
    "Beacon",
    "Ember",
    "Drift",
    "Horizon",
    "Pioneer",
    "Ranger",
    "Voyager",
    "Nomad",
    "Traverse",
    "Switchback",
    "Skyline",
    "Northstar",
    "Redwood",
    "Bristle",
]
KINDS = {
    "Jackets": ["rain jacket", "down jacket", "softshell jacket", "insulated parka", "wind shell"],
    "Tents": ["backpacking tent", "family tent", "solo tent", "tarp shelter"],
    "Footwear": ["hiking boots", "trail runners", "camp sandals", "winter boots"],
    "Packs": ["daypack", "backpacking pack", "hydration pack", "duffel"],
    "Sleep": ["sleeping bag", "sleeping pad", "camp pillow", "quilt"],
    "Accessories": ["beanie", "gloves", "trekking poles", "headlamp", "water bottle", "socks"],
}
FEATURES = [
    "Made from recycled {m} with a PFC-free water-repellent finish.",
    "Weighs just {g} g and packs into its own pocket.",
    "Rated for temperatures down to {t} °F.",
    "Reinforced seams and YKK zippers built for years of trail use.",
    "Covered by our {y}-year warranty against manufacturing defects.",
    "Adjustable fit with a {n}-point harness for all-day comfort.",
    "Tested by our guides on the {s} traverse in wet, cold conditions.",
    "Breathable {m} lining keeps you dry when the pace picks up.",
    "Ships free on orders over $75; returns are accepted within 30 days.",
    "Bluesign-approved fabrics and a fully traceable supply chain.",
]
MATERIALS = ["nylon ripstop", "polyester", "merino wool", "Primaloft", "800-fill down", "canvas"]
SIZES = ["XS", "S", "M", "L", "XL", "XXL"]
COLORS = ["Black", "Moss", "Lake Blue", "Rust", "Sand", "Slate", "Berry"]


def _description(rng: random.Random, kind: str, series: str) -> str:
    use = rng.choice(["day hikes", "thru-hikes", "winter camping", "travel", "trail running"])
    sentences = [f"The {series} {kind} is built for {use}."]
    for template in rng.sample(FEATURES, rng.randint(1, 3)):
        sentences.append(
            template.format(
                m=rng.choice(MATERIALS),
                g=rng.randint(90, 2400),
                t=rng.choice([-10, 0, 15, 20, 30]),
                y=rng.choice([1, 2, 5]),
                n=rng.randint(2, 6),
                s=rng.choice(SERIES),
            )
        )  # fmt: skip
    items = "".join(f"<li>{s}</li>" for s in sentences[1:])
    return f"<p>{sentences[0]}</p><ul>{items}</ul>"


def write_catalog(folder: Path, products: int, *, seed: int = 7) -> Path:
    """Write ``catalog.csv`` with `products` products into `folder`; returns the folder."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "catalog.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for i in range(products):
            category = rng.choice(list(KINDS))
            kind = rng.choice(KINDS[category])
            series = rng.choice(SERIES)
            model = rng.randint(1, 99)
            title = f"{series} {model} {kind.title()}"
            handle_id = f"{series}-{model}-{kind}-{i}".lower().replace(" ", "-")
            price = rng.choice([19, 24, 39, 59, 89, 129, 149, 199, 249, 349, 499]) + 0.0
            sizes = rng.sample(SIZES, rng.randint(1, 3)) if rng.random() < 0.6 else []
            colors = rng.sample(COLORS, rng.randint(1, 2))
            variants = [(s, c) for s in sizes for c in colors] or [("", c) for c in colors]
            tags = ", ".join(
                sorted(
                    {
                        category.lower(),
                        kind,
                        series.lower(),
                        rng.choice(["new", "bestseller", "sale", "classic"]),
                    }
                )
            )
            for n, (size, color) in enumerate(variants):
                sku = f"NW-{i:05d}-{size or 'OS'}-{color[:3].upper()}"
                compare = f"{price * 1.25:.2f}" if n == 0 and rng.random() < 0.2 else ""
                first = n == 0
                writer.writerow([
                    handle_id, title if first else "",
                    _description(rng, kind, series) if first else "",
                    "Northwind Outfitters" if first else "", "", category if first else "",
                    tags if first else "", "TRUE" if first else "",
                    "Size" if size else "Color", size or color,
                    "Color" if size else "", color if size else "",
                    sku, rng.randint(80, 3000), rng.randint(0, 200), f"{price:.2f}", compare,
                    "active" if first else "",
                ])  # fmt: skip
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--products", type=int, default=10_000)
    args = parser.parse_args()
    path = write_catalog(args.out, args.products)
    print(path / "catalog.csv")


if __name__ == "__main__":
    main()
