"""An agreement Report as a terminal table or a self-contained HTML page with SVG charts.

The terminal has no shaping engine, so Arabic cells go through `terminal.visual`; the HTML
is left in logical order (browsers shape and order Arabic themselves) with `dir` set.
"""
from __future__ import annotations

import unicodedata
from html import escape

from .agreement import Report

_SHOWN_DOCS = 50


def fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def text_table(report: Report, shape=lambda s: s) -> str:
    """Plain-text tables; `shape` makes Arabic cells displayable (terminal.visual in a tty)."""
    lines = [f"{len(report.annotators)} annotators, {report.documents_compared} documents annotated by two or more",
             "", _table(["", "alpha", "F1 exact", "F1 overlap", "kappa"],
                        [["overall", *map(fmt, (report.overall["alpha"], report.overall["f1_exact"],
                                                report.overall["f1_overlap"], report.overall["kappa"]))]]
                        + [[shape(l), fmt(v["alpha"]), fmt(v["f1_exact"]), fmt(v["f1_overlap"]), ""]
                           for l, v in report.labels.items()])]
    if report.pairs:
        lines += ["", _table(["A", "B", "docs", "F1 exact", "F1 overlap", "kappa", "relations F1"],
                             [[shape(p.a), shape(p.b), str(p.documents), fmt(p.f1_exact), fmt(p.f1_overlap),
                               fmt(p.kappa), fmt(p.relations_f1)] for p in report.pairs])]
    if report.relations:
        lines += ["", _table(["relation", "F1", "matched"],
                             [[shape(t), fmt(v["f1"]), str(v["matches"])] for t, v in report.relations.items()])]
    labels, matrix = report.confusion["labels"], report.confusion["matrix"]
    if any(map(any, matrix)):
        lines += ["", "label confusion (spans with the same boundaries):",
                  _table(["", *map(shape, labels)], [[shape(l), *map(str, row)] for l, row in zip(labels, matrix)])]
    if report.documents:
        lines += ["", "most disagreement:",
                  _table(["document", "title", "annotators", "disagreement"],
                         [[d["id"], shape(d["title"][:40]), str(d["annotators"]), fmt(d["disagreement"])]
                          for d in report.documents[:10]])]
    return "\n".join(lines)


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    out = ["  ".join(c.ljust(w) for c, w in zip(header, widths)).rstrip(),
           "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(out)


# -- HTML ------------------------------------------------------------------------------
_CSS = """body{font-family:"Amiri","Noto Naskh Arabic","DejaVu Sans",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:start}
td.n{text-align:end;font-variant-numeric:tabular-nums}h2{margin-top:1.5em}svg text{font-size:12px}"""


def html_report(report: Report, title: str) -> str:
    parts = [f"<h1>{_bidi(title)}</h1>",
             f"<p>{len(report.annotators)} annotators ({', '.join(map(_bidi, report.annotators))}); "
             f"{report.documents_compared} documents annotated by two or more.</p>",
             "<h2>Overall</h2>", _html_table(["alpha", "F1 exact", "F1 overlap", "mean kappa"],
                                             [[fmt(report.overall[k]) for k in ("alpha", "f1_exact", "f1_overlap",
                                                                                "kappa")]]),
             "<h2>By label</h2>", _bar_chart(report.labels),
             _html_table(["label", "alpha", "F1 exact", "F1 overlap"],
                         [[_bidi(l), fmt(v["alpha"]), fmt(v["f1_exact"]), fmt(v["f1_overlap"])]
                          for l, v in report.labels.items()])]
    if report.pairs:
        parts += ["<h2>Pairs of annotators (Cohen's kappa on tokens)</h2>", _pair_heatmap(report),
                  _html_table(["A", "B", "documents", "F1 exact", "F1 overlap", "kappa", "relations F1"],
                              [[_bidi(p.a), _bidi(p.b), str(p.documents), fmt(p.f1_exact), fmt(p.f1_overlap),
                                fmt(p.kappa), fmt(p.relations_f1)] for p in report.pairs])]
    if report.relations:
        parts += ["<h2>Relations</h2>", _html_table(["type", "F1", "matched"],
                                                    [[_bidi(t), fmt(v["f1"]), str(v["matches"])]
                                                     for t, v in report.relations.items()])]
    parts += ["<h2>Label confusion (spans with the same boundaries)</h2>", _confusion_heatmap(report.confusion)]
    if report.documents:
        parts += [f"<h2>Documents by disagreement (top {min(_SHOWN_DOCS, len(report.documents))})</h2>",
                  _html_table(["document", "title", "annotators", "disagreement"],
                              [[escape(d["id"]), _bidi(d["title"]), str(d["annotators"]), _meter(d["disagreement"])]
                               for d in report.documents[:_SHOWN_DOCS]])]
    return (f'<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>\n"
            + "\n".join(parts) + "\n</body></html>\n")


def _is_rtl(s: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in s)


def _bidi(s: str) -> str:
    """Arabic text marked as such, isolated so it cannot reorder its neighbours."""
    return f'<bdi lang="ar" dir="rtl">{escape(s)}</bdi>' if _is_rtl(s) else escape(s)


def _html_table(header, rows) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f'<td class="n">{c}</td>' if _numeric(c) else f"<td>{c}</td>" for c in r)
                   + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _numeric(c: str) -> bool:
    return c.replace(".", "", 1).replace("-", "", 1).isdigit() or c == "—"


def _svg_text(x, y, s: str, anchor="middle", extra="") -> str:
    rtl = ""
    if _is_rtl(s):  # under direction=rtl "start" is the right edge: swap to keep the same placement
        rtl = ' direction="rtl" unicode-bidi="embed"'
        anchor = {"start": "end", "end": "start"}.get(anchor, anchor)
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{rtl}{extra}>{escape(s)}</text>'


def _bar_chart(labels: dict[str, dict]) -> str:
    """Grouped bars: alpha, F1 exact, F1 overlap per label, on a 0..1 axis."""
    keys, colours = ("alpha", "f1_exact", "f1_overlap"), ("#4363d8", "#3cb44b", "#f58231")
    group, bar, height, top, left = 90, 22, 200, 20, 40
    width = left + group * max(len(labels), 1) + 20
    out = [f'<svg role="img" aria-label="agreement by label" width="{width}" height="{height + top + 60}" '
           f'xmlns="http://www.w3.org/2000/svg">']
    for tick in (0, 0.5, 1):
        y = top + height * (1 - tick)
        out += [f'<line x1="{left}" x2="{width - 10}" y1="{y}" y2="{y}" stroke="#ddd"/>',
                _svg_text(left - 5, y + 4, f"{tick:g}", "end")]
    for i, (name, scores) in enumerate(labels.items()):
        x0 = left + 10 + group * i
        for j, (k, colour) in enumerate(zip(keys, colours)):
            v = max(scores[k] or 0.0, 0.0)
            out.append(f'<rect x="{x0 + j * bar}" y="{top + height * (1 - v):.1f}" width="{bar - 3}" '
                       f'height="{height * v:.1f}" fill="{colour}"><title>{escape(name)} {k}: {fmt(scores[k])}'
                       f"</title></rect>")
        out.append(_svg_text(x0 + 1.5 * bar, top + height + 16, name))
    for j, (k, colour) in enumerate(zip(keys, colours)):
        out += [f'<rect x="{left + 110 * j}" y="{top + height + 32}" width="10" height="10" fill="{colour}"/>',
                _svg_text(left + 110 * j + 14, top + height + 41, k, "start")]
    return "".join(out) + "</svg>"


def _heatmap(row_names, col_names, value, label, scale_max: float = 1.0) -> str:
    cell, left, top = 46, 110, 90
    out = [f'<svg role="img" aria-label="{escape(label)}" width="{left + cell * len(col_names) + 10}" '
           f'height="{top + cell * len(row_names) + 10}" xmlns="http://www.w3.org/2000/svg">']
    for j, c in enumerate(col_names):
        x = left + cell * j + cell / 2
        out.append(_svg_text(x, top - 8, c, "start", f' transform="rotate(-45 {x:.1f} {top - 8})"'))
    for i, r in enumerate(row_names):
        out.append(_svg_text(left - 6, top + cell * i + cell / 2 + 4, r, "end"))
        for j, c in enumerate(col_names):
            v = value(i, j)
            shade = 0.0 if v is None or scale_max <= 0 else max(min(v / scale_max, 1.0), 0.0)
            out.append(f'<rect x="{left + cell * j}" y="{top + cell * i}" width="{cell - 2}" height="{cell - 2}" '
                       f'fill="rgba(67,99,216,{shade:.2f})" stroke="#eee"/>')
            shown = "—" if v is None else (f"{v:.2f}" if isinstance(v, float) else str(v))
            out.append(_svg_text(left + cell * j + cell / 2 - 1, top + cell * i + cell / 2 + 4, shown))
    return "".join(out) + "</svg>"


def _pair_heatmap(report: Report) -> str:
    names = report.annotators
    kappa = {(p.a, p.b): p.kappa for p in report.pairs} | {(p.b, p.a): p.kappa for p in report.pairs}
    return _heatmap(names, names, lambda i, j: 1.0 if i == j else kappa.get((names[i], names[j])), "kappa")


def _confusion_heatmap(confusion: dict) -> str:
    labels, m = confusion["labels"], confusion["matrix"]
    biggest = max((v for row in m for v in row), default=0)
    return _heatmap(labels, labels, lambda i, j: m[i][j], "label confusion", float(biggest))


def _meter(v: float) -> str:
    return (f'<svg width="104" height="12" role="img" aria-label="{v:.3f}"><rect width="{100 * v:.0f}" height="10" '
            f'fill="#e6194b"/></svg> {v:.3f}')
