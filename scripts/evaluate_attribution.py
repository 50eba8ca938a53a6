"""Scores of the `attribution` recommender on its development gold.

    python scripts/evaluate_attribution.py [tune|heldout ...] [--json] [--errors]

Prints precision, recall and F1 per label (CUE exact, SOURCE and CLAIM overlap, and the
other mode too) and per relation type (endpoints overlap-matched). --errors lists, per
document, the suggested spans no gold span overlaps (+) and the gold spans missed (-).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.evaluation import evaluate  # noqa: E402
from annotator.schema import default_schema  # noqa: E402
from annotator.suggestions import to_layer  # noqa: E402
from annotator.recommenders.attribution import make  # noqa: E402
from exports.jsonl import read  # noqa: E402

GOLD = ROOT / "tests" / "corpus" / "attribution"


def scores(split: str, errors: bool = False) -> dict:
    """As `isnad suggest --evaluate` scores (annotator.evaluation): the gold against the suggestions."""
    recommender, schema, documents = make(None), default_schema(), []
    for record in read(GOLD / f"{split}.jsonl"):
        spans, relations = to_layer(record.document, "suggest:attribution",
                                    recommender.suggest(record.document.text), schema, "attribution")
        documents.append((spans, relations, record.spans, record.relations))
        if errors:
            _print_errors(record, spans)
    return evaluate(documents)


def _print_errors(record, suggested) -> None:
    text = record.document.text

    def overlaps(s, others):
        return any(o.label == s.label and o.start < s.end and s.start < o.end for o in others)

    extra = [s for s in suggested if not overlaps(s, record.spans)]
    missed = [s for s in record.spans if not overlaps(s, suggested)]
    if extra or missed:
        print(f"== {record.document.id}")
        for sign, spans in (("+", extra), ("-", missed)):
            for s in spans:
                print(f"  {sign} {s.label:6} {text[s.start:s.end][:100]}")


def table(result: dict) -> str:
    rows = [f"{'':14} {'P':>6} {'R':>6} {'F1':>6}   (matches / suggested / gold)"]
    for label, scores_ in result["spans"]["labels"].items():
        for mode in ("exact", "overlap"):
            rows.append(_row(f"{label} {mode}", scores_[mode], scores_))
    for kind, scores_ in result["relations"]["types"].items():
        rows.append(_row(kind, scores_["overlap"], scores_))
    rows.append(_row("relations", result["relations"]["overlap"], result["relations"]))
    return "\n".join(rows)


def _row(name: str, s: dict, counts: dict) -> str:
    def f(x):
        return "   -  " if x is None else f"{x:6.3f}"
    return (f"{name:14} {f(s['precision'])} {f(s['recall'])} {f(s['f1'])}   "
            f"({s['matches']} / {counts['suggested']} / {counts['gold']})")


def main(argv: list[str]) -> None:
    splits = [a for a in argv if not a.startswith("--")] or ["tune"]
    results = {split: scores(split, "--errors" in argv) for split in splits}
    if "--json" in argv:
        print(json.dumps(results, indent=1))
        return
    for split, result in results.items():
        print(f"\n[{split}]\n{table(result)}")


if __name__ == "__main__":
    main(sys.argv[1:])
