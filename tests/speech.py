"""Short Arabic reports of speech that small test models learn in seconds."""

PEOPLE = ["جو بايدن", "ريبيكا فارمر", "خليفة حفتر", "فايز السراج", "أنطونيو غوتيريش", "غسان سلامة"]
PLACES = ["بغداد", "طرابلس", "سرت", "بنغازي", "القاهرة", "تونس"]
CUES = ["قالَ", "أكّد", "أعلن"]


def reported_speech() -> list[dict]:
    """Twelve short reports, emoji (astral code points) and harakat before every span:
    entities (PER, LOC) for ner, overlapping CUE/SOURCE/CLAIM for spancat."""
    rows = []
    for i, (person, place) in enumerate(zip(PEOPLE * 2, PLACES[::-1] + PLACES)):
        claim = f"القوات وصلت إلى {place} مساء أمس"
        text = f"{'🚨🇱🇾' if i % 2 else '😀'} {CUES[i % 3]} {person} إن {claim}."
        spans = [(CUES[i % 3], "CUE"), (person, "PER"), (person, "SOURCE"), (claim, "CLAIM"), (place, "LOC")]
        rows.append({"id": f"report-{i}", "text": text, "spans": [
            {"start": text.index(sub), "end": text.index(sub) + len(sub), "label": label} for sub, label in spans]})
    return rows
