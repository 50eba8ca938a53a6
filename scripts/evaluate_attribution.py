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

from annotator.evaluation import Annotations, evaluate  # noqa: E402
from annotator.recommenders.attribution import make  # noqa: E402
from exports.jsonl import read  # noqa: E402

GOLD = ROOT / "tests" / "corpus" / "attribution"


def scores(split: str, errors: bool = False) -> dict:
    recommender = make(None)
    pairs = []
    for record in read(GOLD / f"{split}.jsonl"):
        gold = Annotations.of_record(record)
        predicted = Annotations.of_suggestions(recommender.suggest(record.document.text))
        pairs.append((gold, predicted))
        if errors:
            _print_errors(record, gold, predicted)
    return evaluate(pairs)


def _print_errors(record, gold: Annotations, predicted: Annotations) -> None:
    text = record.document.text

    def overlaps(k, keys):
        return any(o[2] == k[2] and o[0] < k[1] and k[0] < o[1] for o in keys)

    extra = [k for k in sorted(predicted.spans) if not overlaps(k, gold.spans)]
    missed = [k for k in sorted(gold.spans) if not overlaps(k, predicted.spans)]
    if extra or missed:
        print(f"== {record.document.id}")
        for sign, keys in (("+", extra), ("-", missed)):
            for s, e, label in keys:
                print(f"  {sign} {label:6} {text[s:e][:100]}")


def table(result: dict) -> str:
    rows = [f"{'':14} {'P':>6} {'R':>6} {'F1':>6}   (matched / predicted / gold)"]
    for label, modes in result["spans"].items():
        for mode in ("exact", "overlap"):
            rows.append(_row(f"{label} {mode}", modes[mode]))
    for kind, modes in result["relations"].items():
        rows.append(_row(f"{kind}", modes["overlap"]))
    rows.append(_row("relations", result["overall"]["relations"]["overlap"]))
    return "\n".join(rows)


def _row(name: str, s: dict) -> str:
    def f(x):
        return "   -  " if x is None else f"{x:6.3f}"
    return f"{name:14} {f(s['precision'])} {f(s['recall'])} {f(s['f1'])}   ({s['matched']} / {s['predicted']} / {s['reference']})"


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
