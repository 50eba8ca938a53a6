"""Build resources/sample/sample.jsonl: the bundled sample project's documents, pre-annotated.

Offsets are found with str.find on the real text, so they are code points by construction.
Run: python scripts/build_sample.py  (reads tests/corpus, or $ISNAD_CORPUS)
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "sample" / "sample.jsonl"
CORPUS = Path(os.environ.get("ISNAD_CORPUS", ROOT / "tests" / "corpus"))
ANER_LABELS = {"PERS": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}

# Written for Isnad (not news): a span inside a word, a mixed Arabic/Latin line, an emoji.
SAMPLE_TEXT = ("نص توضيحي كُتب لعينة إسناد.\n"
               "قالت Washington Post إن الاشتباكات تجددت بطرابلس مساء أمس 🚨، حسب ما نقلته الصحيفة عن مسؤول محلي.\n"
               "وأكَّد المتحدث باسم الحكومة أن «الوضع تحت السيطرة».")


class Doc:
    def __init__(self, doc_id: str, title: str, text: str, source: str):
        self.id, self.title, self.text, self.source = doc_id, title, text, source
        self.spans: list[dict] = []
        self.relations: list[dict] = []

    def span(self, label: str, phrase: str, after: str = "", attrs: dict | None = None) -> str:
        """Tag the first `phrase` found after the first `after`; returns the span id."""
        anchor = self.text.find(after) if after else 0
        start = self.text.find(phrase, anchor)
        if anchor < 0 or start < 0:
            sys.exit(f"{self.id}: cannot find {phrase!r} after {after!r}")
        span_id = f"{self.id}-s{len(self.spans) + 1}"
        self.spans.append({"id": span_id, "start": start, "end": start + len(phrase), "label": label,
                           "attrs": attrs or {}})
        return span_id

    def attribution(self, cue: str, source: str, claim: str, kind: str, after: str = "",
                    source_after: str = "") -> None:
        cue_id = self.span("CUE", cue, after)
        source_id = self.span("SOURCE", source, source_after or after, {"type": kind})
        claim_id = self.span("CLAIM", claim, after)
        self.relations += [{"from": claim_id, "to": source_id, "type": "attributed_to"},
                           {"from": cue_id, "to": claim_id, "type": "cue_of"}]

    def json(self) -> dict:
        return {"id": self.id, "title": self.title, "text": self.text, "meta": {"source": self.source},
                "spans": self.spans, "relations": self.relations}


def sample_text() -> Doc:
    d = Doc("sample-text", "Sample text (written for Isnad)", SAMPLE_TEXT, "written for Isnad, CC0")
    d.attribution("قالت", "Washington Post", "الاشتباكات تجددت بطرابلس مساء أمس", "media")
    d.span("ORG", "Washington Post")
    d.span("LOC", "طرابلس")  # inside بطرابلس: the proclitic ب stays out
    d.attribution("وأكَّد", "المتحدث باسم الحكومة", "الوضع تحت السيطرة", "named person")
    return d


def seed() -> Doc:
    text = (CORPUS / "seed" / "sirte-washington-post.txt").read_text(encoding="utf-8")
    d = Doc("sirte-washington-post", text.split("\n", 1)[0], text, "seed article, see resources/sample/README.md")
    d.span("ORG", "واشنطن بوست")
    d.span("LOC", "سرت")
    d.span("PER", "حفتر")
    p1 = "قالت صحيفة"
    d.attribution("قالت", "صحيفة “واشنطن بوست” الأمريكية",
                  "الحرب التي أطلقها حفتر على طرابلس في 4 أبريل الماضي، قد تهيئ الأجواء لعودة تنظيم الدولة إلى ليبيا من جديد",
                  "media", after=p1)
    d.span("ORG", "واشنطن بوست", p1)
    d.span("PER", "حفتر", p1)
    d.span("LOC", "طرابلس", p1)
    d.span("LOC", "ليبيا", p1)
    p2 = "مقتل 43"
    d.attribution("حسب ما أعلنه", "مسؤولون أمريكيون", "مقتل 43 شخصا وهو ما يمثل ثلث مسلحي هذا التنظيم في ليبيا",
                  "anonymous official", after=p2)
    p3 = "ونقلت في المقابل"
    d.attribution("قولها", "المتحدثة باسم الأفريكوم “ريبيكا فارمر”",
                  "القوات الأمريكية نقلت من ليبيا بسبب تدهور الوضع الأمني", "named person", after=p3)
    d.span("ORG", "الأفريكوم", p3)
    d.span("PER", "ريبيكا فارمر", p3)
    return d


def anercorp(passage_id: str, cue: str, source: str, claim: str, kind: str) -> Doc:
    for line in (CORPUS / "articles" / "anercorp_news_passages.jsonl").open(encoding="utf-8"):
        obj = json.loads(line)
        if obj["id"] == passage_id:
            break
    else:
        sys.exit(f"no passage {passage_id}")
    d = Doc(passage_id, f"ANERcorp {passage_id.rsplit('-', 1)[-1]}", obj["text"], "ANERcorp (CC BY-SA 4.0)")
    for i, s in enumerate(obj["spans"], 1):  # gold entities, labels mapped to ours
        d.spans.append({"id": f"{passage_id}-g{i}", "start": s["start"], "end": s["end"],
                        "label": ANER_LABELS[s["label"]], "attrs": {}})
    d.attribution(cue, source, claim, kind)
    return d


def main() -> None:
    docs = [sample_text(), seed(),
            anercorp("anercorp-test-p008", "وقالت", "الصحيفة",
                     "المخابرات العسكرية الإسرائيلية قللت من قدرة دمشق على شن هجوم ذي شأن ضد إسرائيل", "media"),
            anercorp("anercorp-test-p012", "وحذرت", "وزيرة الخارجية الأميركية كوندوليزا رايس",
                     "سيعرض نفسه ل ـ \" عواقب \" إذا اختار المواجهة مع الأمم المتحدة", "named person")]
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d.json(), ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(docs)} documents, {sum(len(d.spans) for d in docs)} spans")


if __name__ == "__main__":
    main()
