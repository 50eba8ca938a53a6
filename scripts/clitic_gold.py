"""UD Arabic-PUD (tests/corpus/pud/ar_pud_news.conllu) as a gold for proclitic splits.

UD segments proclitics into tokens of their own and joins a word's tokens back with
`SpaceAfter=No`; a surface word is those tokens joined. The gold split points are the
offsets, inside a surface word, after a proclitic token (و ف ب ل ك, alone or in a row at the
word's start) followed by a token beginning with ال. The 500 sentences are halved by their
article (`newdoc id`, by SHA-256) so that the lexicon is built on one half ("tune") and
scored on the other ("heldout"): names recur within an article, not across.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "pud" / "ar_pud_news.conllu"
PROCLITICS = set("وفبلك")


@dataclass
class Sentence:
    doc: str
    id: str
    words: list  # (surface word, [UD tokens])


def sentences(path: Path = GOLD) -> list[Sentence]:
    out, doc, sid, words, tokens = [], "", "", [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id ="):
            doc = line.split("=", 1)[1].strip()
        elif line.startswith("# sent_id ="):
            sid = line.split("=", 1)[1].strip()
        elif not line:
            if words or tokens:
                out.append(Sentence(doc, sid, words + ([("".join(tokens), tokens)] if tokens else [])))
            words, tokens = [], []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:  # multiword ranges and empty nodes
                continue
            tokens.append(cols[1])
            if "SpaceAfter=No" not in cols[9]:
                words.append(("".join(tokens), tokens))
                tokens = []
    if words:
        out.append(Sentence(doc, sid, words))
    return out


def halves(all_sentences: list[Sentence]) -> dict[str, list[Sentence]]:
    parts = {"tune": [], "heldout": []}
    for s in all_sentences:
        parts["heldout" if int(hashlib.sha256(s.doc.encode()).hexdigest(), 16) % 2 else "tune"].append(s)
    return parts


def _letters_from(tokens: list[str]) -> int:
    """Index of the first token holding a letter (quotes and brackets may come first)."""
    return next((i for i, t in enumerate(tokens) if any(c.isalpha() for c in t)), 0)


def gold_splits(tokens: list[str]) -> set[int]:
    first = _letters_from(tokens)
    pos, out = sum(map(len, tokens[:first])), set()
    for i in range(first, len(tokens) - 1):
        pos += len(tokens[i])
        if all(t in PROCLITICS for t in tokens[first:i + 1]) and tokens[i + 1].startswith("ال"):
            out.add(pos)
    return out


def predicted_splits(word: str, pattern) -> set[int]:
    """Split points a token pattern makes after a proclitic token before ال."""
    tokens = [(m.start(), m.group()) for m in pattern.finditer(word)]
    return {start + 1 for (start, tok), (_, nxt) in zip(tokens, tokens[1:])
            if tok in PROCLITICS and nxt.startswith("ال")}


def score(part: list[Sentence], pattern) -> dict:
    tp = fp = fn = 0
    wrong, missed = [], []
    for sentence in part:
        for word, tokens in sentence.words:
            gold, predicted = gold_splits(tokens), predicted_splits(word, pattern)
            tp, fp, fn = tp + len(gold & predicted), fp + len(predicted - gold), fn + len(gold - predicted)
            wrong += [word] * bool(predicted - gold)
            missed += [word] * bool(gold - predicted)
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "gold": tp + fn, "predicted": tp + fp, "wrong": wrong, "missed": missed}
