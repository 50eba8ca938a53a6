"""How well the encoding of an Arabic file is guessed when the user gives none (issue 15).

    python benchmarks/bench_encoding_detection.py

For every text of tests/corpus (526: 500 UD Arabic-PUD sentences, 25 ANERcorp passages, the
seed article), whole and cut to its first 40 characters, encoded as cp1256, UTF-16 LE and BE
without a BOM, and UTF-8: charset-normalizer's best guess alone, then Isnad's rule
(annotator/encodings.py: valid UTF-8 without NUL is UTF-8; else charset-normalizer's first
guess among cp1256 and UTF-16, else an error). "wrong" is a silent misreading (the worst
outcome); "refused" asks the user for --encoding. Also: non-Arabic encodings the rule must
refuse rather than misread (English cp1252, European Latin-1, Russian cp1251).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.encodings import decode_file  # noqa: E402
from annotator.errors import IsnadError  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"


def corpus() -> tuple[list[str], list[str]]:
    rows = [json.loads(line) for line in (CORPUS / "pud" / "ar_pud_news.jsonl").open(encoding="utf-8")]
    arabic = [r["text"] for r in rows]
    arabic += [json.loads(line)["text"] for line in
               (CORPUS / "articles" / "anercorp_news_passages.jsonl").open(encoding="utf-8")]
    arabic.append((CORPUS / "seed" / "sirte-washington-post.txt").read_text(encoding="utf-8"))
    return arabic, [r["english"] for r in rows]


def charset_normalizer_alone(data: bytes) -> str | None:
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    return None if best is None else str(best)


def isnad_rule(data: bytes) -> str | None:
    try:
        return decode_file(data, "x.txt").text
    except IsnadError:
        return None


def measure(texts: list[str], encoding: str, decide) -> tuple[int, int, int, float]:
    right = wrong = refused = 0
    start = time.perf_counter()
    for text in texts:
        got = decide(text.encode(encoding, errors="replace"))
        if got is None:
            refused += 1
        elif got == text.encode(encoding, errors="replace").decode(encoding):
            right += 1
        else:
            wrong += 1
    return right, wrong, refused, (time.perf_counter() - start) / len(texts) * 1000


def main() -> None:
    arabic, english = corpus()
    europe = ["Le café était fermé à Noël, déjà très tôt.", "Über die Brücke gehen wir später, sagte Jürgen.",
              "La niña comió paella en Málaga."]
    print(f"{len(arabic)} Arabic texts (median {sorted(map(len, arabic))[len(arabic) // 2]} characters)")
    print(f"{'input':<34} {'decider':<26} {'right':>5} {'wrong':>5} {'refused':>7} {'ms/file':>7}")
    cases = [(f"Arabic {enc}{' first 40' if cut else ''}", [t[:cut] if cut else t for t in arabic], enc)
             for enc in ("cp1256", "utf-16-le", "utf-16-be", "utf-8") for cut in (None, 40)]
    cases += [("English cp1252", english, "cp1252"), ("European Latin-1", europe, "latin-1"),
              ("Russian cp1251", ["Президент заявил, что переговоры продолжатся."], "cp1251")]
    for name, texts, encoding in cases:
        for decider, decide in (("charset-normalizer alone", charset_normalizer_alone), ("Isnad's rule", isnad_rule)):
            right, wrong, refused, ms = measure(texts, encoding, decide)
            print(f"{name:<34} {decider:<26} {right:>5} {wrong:>5} {refused:>7} {ms:>7.2f}")


if __name__ == "__main__":
    main()
