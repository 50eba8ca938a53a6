"""Proclitic splits before ال by `--clitics` against UD Arabic-PUD's segmentation.

    python scripts/evaluate_clitics.py [--json]

Precision and recall of split points (scripts/clitic_gold.py), on the tune half the lexicon
was built from and on the held-out half, for: the article rule alone (before), the rules
without the lexicon, and what `--clitics` does (rules + lexicon). Targets on held-out:
precision >= 0.98, recall >= 0.9.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from annotator.clitic_split import Lexicon, lexicon  # noqa: E402
from annotator.tokens import build_token_pattern  # noqa: E402
from clitic_gold import halves, score, sentences  # noqa: E402


def evaluate() -> dict:
    parts = halves(sentences())
    systems = {"article rule alone (before)": build_token_pattern(None, rules=False),
               "rules, no lexicon": build_token_pattern(Lexicon()),
               "--clitics (rules + lexicon)": build_token_pattern(lexicon())}
    return {name: {part: score(sents, pattern) for part, sents in parts.items()} for name, pattern in systems.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = evaluate()
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
        return
    print(f"{'system':<30} {'part':<8} {'precision':>9} {'recall':>7} {'gold':>5} {'split':>5}  wrong / missed")
    for name, parts in results.items():
        for part, r in parts.items():
            print(f"{name:<30} {part:<8} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['gold']:>5} {r['predicted']:>5}  "
                  f"{' '.join(r['wrong'][:6]) or '-'} / {' '.join(r['missed'][:6]) or '-'}")


if __name__ == "__main__":
    main()
