"""Write resources/clitics/lexicon.json, the lexicon `--clitics` consults (annotator/clitic_split.py).

    python scripts/build_clitic_lexicon.py

From the tune half of UD Arabic-PUD only (scripts/clitic_gold.py; the held-out half scores it):
`whole`, the words the article rule splits but UD keeps whole; and `keep`, definite words
(ال + at least two letters) that the rules would keep attached although they are attested
as words of their own: UD tokens of the tune half, and the words of the other texts of
tests/corpus (ANERcorp passages, the seed article, AQMAR). The file is data derived from
those corpora and keeps their licence (CC BY-SA; tests/corpus/LICENSES.md).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from annotator.clitic_split import Lexicon, blocked_rest  # noqa: E402
from annotator.tokens import build_token_pattern, punctuation_class  # noqa: E402
from clitic_gold import gold_splits, halves, predicted_splits, sentences  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
OUT = ROOT / "resources" / "clitics" / "lexicon.json"


def other_texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in
             (CORPUS / "articles" / "anercorp_news_passages.jsonl").open(encoding="utf-8")]
    texts.append((CORPUS / "seed" / "sirte-washington-post.txt").read_text(encoding="utf-8"))
    texts += [line.split("\t")[0] for line in (CORPUS / "aqmar" / "aqmar_sample.conll").open(encoding="utf-8")
              if line.strip()]
    return texts


def build() -> dict:
    tune = halves(sentences())["tune"]
    rules_only = build_token_pattern(Lexicon(), rules=True)
    whole = sorted({word for s in tune for word, tokens in s.words
                    if predicted_splits(word, rules_only) - gold_splits(tokens)})
    word_char = rf"[^\s{punctuation_class()}]"
    definite = {t for s in tune for _, tokens in s.words for t in tokens}
    definite |= {w for text in other_texts() for w in re.findall(rf"{word_char}+", text)}
    blocked = re.compile(blocked_rest(word_char))
    keep = sorted(w for w in definite if re.fullmatch(rf"ال{word_char}{{2,}}", w) and blocked.fullmatch(w))
    return {"about": "built by scripts/build_clitic_lexicon.py from the tune half of UD Arabic-PUD and the other "
                     "texts of tests/corpus (CC BY-SA 3.0 and 4.0, see tests/corpus/LICENSES.md)",
            "whole": whole, "keep": keep}


def main() -> None:
    data = build()
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(data['whole'])} whole words, {len(data['keep'])} definite words kept")


if __name__ == "__main__":
    main()
