"""Deterministic Arabic news-like documents for benchmarks (reusable by any of them).

`records(n)` yields `n` DocumentRecords of ~2,000 characters with 20 spans and 7
relations each, the same on every run and machine: reported speech with cues, sources,
claims in «guillemets», entities glued to proclitics (بطرابلس, tagged طرابلس), nested spans
(a PER inside a SOURCE), numbers such as 1,500 and 3.5, Arabic punctuation, now and then an
emoji. `write_jsonl(path, n)` writes them as Isnad native JSONL import input.

    python benchmarks/synth.py OUT.jsonl [N]
"""
from __future__ import annotations

import json
import random
import sys
from typing import Iterator

from annotator.model import Document, DocumentRecord, Relation, Span
from annotator.text import sha256_of

PEOPLE = ["محمد حمودة", "ريبيكا فارمر", "خليفة حفتر", "فايز السراج", "عبد الله الثني", "ستيفاني وليامز",
          "أحمد المسماري", "غسان سلامة", "عقيلة صالح", "سالم جحا"]
TITLES = ["المتحدث باسم الحكومة", "وزير الخارجية", "قائد القوات", "رئيس المجلس", "الناطق الرسمي",
          "مستشار الأمن", "مبعوث الأمم المتحدة"]
ORGS = ["واشنطن بوست", "الأمم المتحدة", "الأفريكوم", "وكالة الأنباء الليبية", "الجيش الوطني",
        "المجلس الرئاسي", "رويترز", "الجزيرة"]
PLACES = ["طرابلس", "سرت", "بنغازي", "مصراتة", "سبها", "طبرق", "الزاوية", "درنة"]
CUES = ["قال", "أضاف", "أكد", "أعلن", "أوضح", "أشار", "حذّر", "نقلت"]
CLAIMS = ["الوضع الأمني مستقر رغم الاشتباكات الأخيرة", "القوات انسحبت من المواقع المتقدمة",
          "المفاوضات ستستأنف الأسبوع المقبل في جنيف", "عدد النازحين تجاوز 1,500 أسرة",
          "الهدنة صامدة منذ 3.5 أشهر", "المساعدات وصلت إلى المدينة بعد تأخير طويل",
          "الانتخابات لن تجري في موعدها المحدد", "الميليشيات تسيطر على الطريق الساحلي"]
FILLER = ["وتشهد البلاد أزمة سياسية منذ سنوات", "ويأتي ذلك في ظل تصاعد التوتر بين الأطراف",
          "وكانت الأطراف قد وقعت اتفاقا لوقف إطلاق النار", "ولم يصدر أي تعليق رسمي حتى الآن",
          "وتتواصل الجهود الدولية لإيجاد حل سياسي للأزمة", "وارتفعت أسعار الوقود بنسبة 12.5 بالمئة",
          "ويعاني السكان من انقطاع الكهرباء لساعات طويلة 😔", "وأفادت مصادر محلية بسماع دوي انفجارات"]
MISC = ["الربيع العربي", "اتفاق الصخيرات", "مؤتمر برلين"]
PROCLITICS = ["ب", "في ", "من ", "ل"]
TARGET_CHARS = 2000


class _Builder:
    def __init__(self, doc_id: str):
        self.doc_id, self.parts, self.length = doc_id, [], 0
        self.spans: list[tuple[int, int, str]] = []
        self.relations: list[tuple[int, int, str]] = []

    def add(self, text: str, label: str | None = None) -> int | None:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if label is None:
            return None
        self.spans.append((start, self.length, label))
        return len(self.spans) - 1

    def record(self) -> DocumentRecord:
        text = "".join(self.parts)
        d = self.doc_id
        spans = [Span(f"{d}-s{k:02d}", d, a, b, label, "gold") for k, (a, b, label) in enumerate(self.spans)]
        rels = [Relation(f"{d}-r{k:02d}", d, spans[f].id, spans[t].id, kind, "gold")
                for k, (f, t, kind) in enumerate(self.relations)]
        return DocumentRecord(Document(d, sha256_of(text), text, f"خبر {d}"), spans, rels)


def _attribution(b: _Builder, rng: random.Random, with_cue: bool) -> None:
    """[CUE] [SOURCE: title [PER]] {proclitic}[LOC]، إن «[CLAIM]». -> 5 or 4 spans."""
    cue = b.add(rng.choice(CUES), "CUE") if with_cue else b.add("وبحسب")
    b.add(" ")
    source_start = b.length
    b.add(rng.choice(TITLES) + " ")
    b.add(rng.choice(PEOPLE), "PER")
    b.spans.append((source_start, b.length, "SOURCE"))
    source = len(b.spans) - 1
    b.add(" " + rng.choice(PROCLITICS))
    b.add(rng.choice(PLACES), "LOC")
    b.add("، إن «")
    claim = b.add(rng.choice(CLAIMS), "CLAIM")
    b.add("». ")
    b.relations.append((claim, source, "attributed_to"))
    if with_cue:
        b.relations.append((cue, claim, "cue_of"))


def _filler(b: _Builder, rng: random.Random) -> None:
    b.add(rng.choice(FILLER) + " ")


def records(n: int = 10_000, seed: int = 20261126) -> Iterator[DocumentRecord]:
    """n documents x 20 spans (3 attributions of 5 spans, one without cue of 4, an ORG) x 7 relations."""
    rng = random.Random(seed)
    for i in range(n):
        b = _Builder(f"synth-{i:05d}")
        for k in range(4):
            _attribution(b, rng, with_cue=k != 3)
            for _ in range(rng.randint(2, 4)):
                _filler(b, rng)
            if k == 1:
                b.add("وذكرت ")
                b.add(rng.choice(ORGS), "ORG")
                b.add(" أن " + rng.choice(MISC) + " لم يحقق أهدافه.\n")
        while b.length < TARGET_CHARS:
            _filler(b, rng)
        yield b.record()


def write_jsonl(path: str, n: int = 10_000) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for rec in records(n):
            f.write(json.dumps({
                "id": rec.document.id, "title": rec.document.title, "text": rec.document.text,
                "spans": [{"id": s.id, "start": s.start, "end": s.end, "label": s.label,
                           "annotator": s.annotator} for s in rec.spans],
                "relations": [{"id": r.id, "from": r.from_id, "to": r.to_id, "type": r.type,
                               "annotator": r.annotator} for r in rec.relations]}, ensure_ascii=False))
            f.write("\n")


if __name__ == "__main__":
    write_jsonl(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10_000)
