"""Run reports: JUnit XML (for CI) and a self-contained HTML page (inline CSS and SVG, no
external assets, no scripts fetching anything), both written by streaming results.jsonl.

The HTML shows per-metric charts per suite and variant, then every case with failures
first: the post, the draft, the facts and each assertion's reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from pathlib import Path
from typing import Any, TextIO
from xml.sax.saxutils import quoteattr

from .runner import read_results

JUNIT_FILE = "junit.xml"
HTML_FILE = "report.html"
_MAX_PASSED_SHOWN = 2000  # passing cases beyond this are counted, not rendered


def write_junit(run_dir: Path, summary: dict[str, Any]) -> Path:
    """One <testsuite> per suite x variant, one <testcase> per case (and repeat)."""
    path = run_dir / JUNIT_FILE
    groups = {(g["suite"], g["variant"]): g for g in summary["groups"]}
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        o = summary["overall"]
        out.write(
            f'<testsuites name="socialreply-eval" tests="{o["cases"]}" '
            f'failures="{o["failed"] - o["errors"]}" errors="{o["errors"]}">\n'
        )
        for (suite, variant), group in sorted(groups.items()):
            out.write(
                f"  <testsuite name={quoteattr(f'{suite} [{variant}]')} "
                f'tests="{group["cases"]}" failures="{group["failed"] - group["errors"]}" '
                f'errors="{group["errors"]}">\n'
            )
            for r in read_results(run_dir):
                if r.get("suite") != suite or r.get("variant") != variant:
                    continue
                name = r["case"] + (f" #{r['repeat'] + 1}" if r.get("repeat") else "")
                secs = float(r.get("latency_ms") or 0) / 1000
                out.write(
                    f"    <testcase classname={quoteattr(f'{suite}.{variant}')} "
                    f'name={quoteattr(name)} time="{secs:.3f}"'
                )
                if r.get("error"):
                    out.write(f">\n      <error message={quoteattr(r['error'])}/>\n")
                    out.write("    </testcase>\n")
                elif not r.get("passed"):
                    reasons = [
                        f"{a['type']}: {a['reason']}"
                        for a in r.get("assertions") or []
                        if not a.get("passed")
                    ]
                    msg = "; ".join(reasons) or "below threshold"
                    out.write(f">\n      <failure message={quoteattr(msg)}>")
                    out.write(escape(_draft_text(r)))
                    out.write("</failure>\n    </testcase>\n")
                else:
                    out.write("/>\n")
            out.write("  </testsuite>\n")
        out.write("</testsuites>\n")
    return path


def _draft_text(record: dict[str, Any]) -> str:
    draft = record.get("draft") or {}
    return str(draft.get("text", ""))


_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1f2328;
background:#f6f8fa}
header{background:#24292f;color:#fff;padding:16px 24px}
header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;color:#c9d1d9}
main{padding:16px 24px;max-width:1200px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:16px}
.card{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:10px 14px;min-width:120px}
.card b{display:block;font-size:22px}
.pass{color:#1a7f37}.fail{color:#cf222e}.warn{color:#9a6700}
table{border-collapse:collapse;background:#fff;margin-bottom:16px;width:100%}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eaeef2}
section.charts{display:flex;flex-wrap:wrap;gap:16px;margin-bottom:16px}
figure{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:0;padding:8px}
figcaption{font-weight:600;margin-bottom:4px}
details{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:6px 0;padding:6px 10px}
details.failed{border-left:4px solid #cf222e}details.passed{border-left:4px solid #1a7f37}
summary{cursor:pointer}
.post,.draft{white-space:pre-wrap;background:#f6f8fa;border-radius:4px;padding:6px 8px}
.draft{background:#ddf4ff}
.fact{font-size:12px;color:#57606a;white-space:pre-wrap}
.tag{display:inline-block;background:#eaeef2;border-radius:10px;padding:0 8px;font-size:12px;
margin-right:4px}
"""


def _bar_chart(title: str, rows: list[tuple[str, float]]) -> str:
    """A horizontal bar chart (values in [0, 1]) as inline SVG."""
    width, bar_h, label_w = 420, 18, 190
    height = 8 + len(rows) * (bar_h + 6)
    parts = [
        f"<figure><figcaption>{escape(title)}</figcaption>"
        f'<svg width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(title)}">'
    ]
    for i, (label, value) in enumerate(rows):
        y = 4 + i * (bar_h + 6)
        w = max(0.0, min(1.0, value)) * (width - label_w - 50)
        colour = "#1a7f37" if value >= 0.9 else "#9a6700" if value >= 0.7 else "#cf222e"
        parts.append(
            f'<text x="0" y="{y + 13}" font-size="12">{escape(label[:28])}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{colour}"/>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + 13}" font-size="12">{value:.0%}</text>'
        )
    parts.append("</svg></figure>")
    return "".join(parts)


def write_html(run_dir: Path, summary: dict[str, Any], *, title: str = "Evaluation") -> Path:
    path = run_dir / HTML_FILE
    o = summary["overall"]
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        )
        run = summary.get("run") or {}
        variants = ", ".join(v["label"] for v in run.get("variants", []))
        out.write(
            f"<header><h1>{escape(title)}</h1><p>{escape(variants)} · "
            f"started {escape(str(run.get('started', '')))}</p></header><main>"
        )
        _cards(out, o, summary)
        _group_table(out, summary)
        _charts(out, summary)
        _escalation(out, summary)
        out.write("<h2>Cases (failures first)</h2>")
        shown = 0
        for r in _ordered(run_dir):
            if r.get("passed"):
                shown += 1
                if shown > _MAX_PASSED_SHOWN:
                    continue
            out.write(_case_html(r))
        if shown > _MAX_PASSED_SHOWN:
            out.write(f"<p>{shown - _MAX_PASSED_SHOWN} more passing cases not shown.</p>")
        out.write("</main></body></html>\n")
    return path


def _ordered(run_dir: Path) -> Iterator[dict[str, Any]]:
    # Two streaming passes instead of sorting in memory.
    for r in read_results(run_dir):
        if not r.get("passed"):
            yield r
    for r in read_results(run_dir):
        if r.get("passed"):
            yield r


def _cards(out: TextIO, o: dict[str, Any], summary: dict[str, Any]) -> None:
    usage = o["usage"]
    cls = "pass" if o["pass_rate"] >= 0.9 else "warn" if o["pass_rate"] >= 0.7 else "fail"
    cards = [
        ("Cases", str(o["cases"]), ""),
        ("Pass rate", f"{o['pass_rate']:.1%}", cls),
        ("Failed", str(o["failed"]), "fail" if o["failed"] else ""),
        ("Errors", str(o["errors"]), "fail" if o["errors"] else ""),
        ("Model requests", str(usage["requests"]), ""),
        ("Cache hits", str(usage["cache_hits"]), ""),
        ("Tokens", f"{usage['prompt_tokens'] + usage['completion_tokens']:,}", ""),
        ("Cost", f"${usage['cost_usd']:.4f}", ""),
    ]
    flaky = summary.get("flaky") or {}
    if flaky.get("checked"):
        cards.append(("Flaky cases", str(len(flaky.get("cases", []))), "warn"))
    out.write('<div class="cards">')
    for label, value, c in cards:
        out.write(f'<div class="card">{escape(label)}<b class="{c}">{escape(value)}</b></div>')
    out.write("</div>")


def _group_table(out: TextIO, summary: dict[str, Any]) -> None:
    metrics = sorted({m for g in summary["groups"] for m in g["metrics"]})
    out.write("<h2>Suites</h2><table><tr><th>Suite</th><th>Variant</th><th>Cases</th>")
    out.write("<th>Pass rate</th>" + "".join(f"<th>{escape(m)}</th>" for m in metrics))
    out.write("<th>Most failed checks</th></tr>")
    for g in summary["groups"]:
        worst = ", ".join(f"{k} ({v})" for k, v in list(g["failed_assertions"].items())[:4])
        cells = "".join(
            f"<td>{g['metrics'][m]:.2f}</td>" if m in g["metrics"] else "<td>–</td>"
            for m in metrics
        )
        out.write(
            f"<tr><td>{escape(g['suite'])}</td><td>{escape(g['variant'])}</td>"
            f"<td>{g['cases']}</td><td>{g['pass_rate']:.1%}</td>{cells}"
            f"<td>{escape(worst)}</td></tr>"
        )
    out.write("</table>")


def _charts(out: TextIO, summary: dict[str, Any]) -> None:
    out.write('<section class="charts">')
    rows = [(f"{g['suite']} · {g['variant']}", g["pass_rate"]) for g in summary["groups"]]
    out.write(_bar_chart("Pass rate", rows))
    metrics = sorted({m for g in summary["groups"] for m in g["metrics"]})
    for m in metrics:
        rows = [
            (f"{g['suite']} · {g['variant']}", g["metrics"][m])
            for g in summary["groups"]
            if m in g["metrics"]
        ]
        out.write(_bar_chart(f"Mean {m} score", rows))
    out.write("</section>")


def _escalation(out: TextIO, summary: dict[str, Any]) -> None:
    groups = [g for g in summary["groups"] if g.get("escalation")]
    if not groups:
        return
    out.write("<h2>Escalation</h2><table><tr><th>Suite</th><th>Variant</th>")
    out.write("<th>Level accuracy</th><th>Precision</th><th>Recall</th></tr>")
    for g in groups:
        e = g["escalation"]
        esc = e["escalate"]
        out.write(
            f"<tr><td>{escape(g['suite'])}</td><td>{escape(g['variant'])}</td>"
            f"<td>{_pct(e['level_accuracy'])}</td><td>{_pct(esc['precision'])}</td>"
            f"<td>{_pct(esc['recall'])}</td></tr>"
        )
    out.write("</table>")


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def _case_html(r: dict[str, Any]) -> str:
    passed = bool(r.get("passed"))
    status = "passed" if passed else "failed"
    mark = '<span class="pass">PASS</span>' if passed else '<span class="fail">FAIL</span>'
    post = r.get("post") or {}
    head = (
        f"<summary>{mark} <b>{escape(str(r.get('case')))}</b> "
        f'<span class="tag">{escape(str(r.get("suite")))}</span>'
        f'<span class="tag">{escape(str(r.get("variant")))}</span>'
        f'<span class="tag">{escape(str(post.get("platform", "")))}</span>'
        f" score {float(r.get('score') or 0):.2f}</summary>"
    )
    body = [f'<p>Post</p><div class="post">{escape(str(post.get("text", "")))}</div>']
    if r.get("error"):
        body.append(f'<p class="fail">Error: {escape(str(r["error"]))}</p>')
    draft = r.get("draft")
    if draft:
        esc = draft.get("escalation") or {}
        cats = ", ".join(esc.get("categories") or []) or "none"
        body.append(
            f"<p>Draft ({escape(str(draft.get('provider')))}, {draft.get('length')}/"
            f"{draft.get('limit')} chars, escalation {escape(str(esc.get('level')))}: "
            f'{escape(cats)})</p><div class="draft">{escape(str(draft.get("text", "")))}</div>'
        )
    assertions = r.get("assertions") or []
    if assertions:
        body.append("<table><tr><th></th><th>Check</th><th>Metric</th><th>Score</th>")
        body.append("<th>Reason</th></tr>")
        for a in sorted(assertions, key=lambda a: bool(a.get("passed"))):
            ok = '<span class="pass">✓</span>' if a.get("passed") else '<span class="fail">✗</span>'
            check = escape(str(a.get("type")))
            if a.get("grader"):
                check += f" <small>({escape(str(a['grader']))})</small>"
            body.append(
                f"<tr><td>{ok}</td><td>{check}</td>"
                f"<td>{escape(str(a.get('metric')))}</td><td>{float(a.get('score', 0)):.2f}</td>"
                f"<td>{escape(str(a.get('reason')))}</td></tr>"
            )
        body.append("</table>")
    facts = r.get("facts") or []
    if facts:
        body.append("<p>Facts</p>")
        for f in facts:
            body.append(
                f'<div class="fact"><b>{escape(str(f.get("id")))}</b> '
                f"{escape(str(f.get('text', '')))}</div>"
            )
    opened = "" if passed else " open"
    return f'<details class="{status}"{opened}>{head}{"".join(body)}</details>'
