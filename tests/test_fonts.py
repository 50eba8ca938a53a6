import json
import unicodedata
from pathlib import Path

from PySide6.QtGui import QFontInfo, QRawFont

from annotator.resources import resource
from ui.fonts import EMOJI_FILE, FONT_FILES, article_families, article_family, article_font

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_bundled_amiri_is_loaded_and_used(qapp):
    assert article_family() == "Amiri"
    assert QFontInfo(article_font(14)).family() == "Amiri"


def test_emoji_fall_back_to_the_bundled_noto_emoji(qapp):
    assert article_families() == ["Amiri", "Noto Emoji"]
    assert article_font(14).families() == ["Amiri", "Noto Emoji"]


def documents() -> list[str]:
    """Every text the sample and the test corpus hold (not their licence files)."""
    texts = [json.loads(line)["text"] for line in resource("sample", "sample.jsonl").open(encoding="utf-8")]
    for path in CORPUS.rglob("*.jsonl"):
        texts += [json.loads(line).get("text", "") for line in path.open(encoding="utf-8") if line.strip()]
    texts += [p.read_text(encoding="utf-8") for p in CORPUS.rglob("*.txt") if "licenses" not in p.parts]
    texts += [p.read_text(encoding="utf-8") for p in CORPUS.rglob("*.conll")]
    return texts


def test_no_character_of_the_sample_or_the_corpus_draws_as_a_box(qapp):
    fonts = [QRawFont(str(resource("fonts", name)), 16) for name in (FONT_FILES[0], EMOJI_FILE)]
    chars = {c for text in documents() for c in text if unicodedata.category(c)[0] not in "CZ"}
    assert "🚨" in chars and len(chars) > 100
    assert sorted(c for c in chars if not any(f.supportsCharacter(ord(c)) for f in fonts)) == []
    assert not fonts[0].supportsCharacter(ord("🚨"))  # the fallback is what draws it
