import json
import unicodedata
from pathlib import Path

from hypothesis import given, settings, strategies as st

from annotator.tokens import tokenize, tokens_within, token_strings
from helpers import examples

ANERCORP = Path(__file__).parent / "corpus" / "articles" / "anercorp_news_passages.jsonl"


def words(text, **kw):
    return [text[a:b] for a, b in tokenize(text, **kw)]


def anercorp():
    return [json.loads(line) for line in ANERCORP.open(encoding="utf-8")]


def test_arabic_punctuation_is_split_off():
    text = 'قال «الرئيس»، في (طرابلس)؛ هل جاء؟ نعم! "نعم" و“لا”: [بيروت].'
    assert words(text) == ["قال", "«", "الرئيس", "»", "،", "في", "(", "طرابلس", ")", "؛",
                           "هل", "جاء", "؟", "نعم", "!", '"', "نعم", '"', "و", "“", "لا", "”",
                           ":", "[", "بيروت", "]", "."]


def test_numbers_keep_their_separators():
    assert words("بلغ 3.5 مليون و1,000 دينار و٣٫٥ و١٬٠٠٠ عام 2020.") == [
        "بلغ", "3.5", "مليون", "و1,000", "دينار", "و٣٫٥", "و١٬٠٠٠", "عام", "2020", "."]


def test_marks_tatweel_and_joiners_stay_in_words():
    text = "دُمِّرَ الكـــتاب می\u200cخواهم"
    assert words(text) == ["دُمِّرَ", "الكـــتاب", "می\u200cخواهم"]


def test_clitics_split_only_before_the_article():
    text = "والحكومة بالأندية وبالأمس فالقرار كالبحر وزير فرنسا وقال للمجاهدين"
    assert words(text, clitics=True) == [
        "و", "الحكومة", "ب", "الأندية", "و", "ب", "الأمس", "ف", "القرار", "ك", "البحر",
        "وزير", "فرنسا", "وقال", "للمجاهدين"]
    assert words(text) == text.split()


def test_cuts_split_tokens_so_spans_are_whole_tokens():
    text = "وصل بطرابلس، أمس"
    start = text.index("طرابلس")
    toks = tokenize(text, cuts=[start, start + 6])
    assert [text[a:b] for a, b in toks] == ["وصل", "ب", "طرابلس", "،", "أمس"]
    i, j = tokens_within(toks, start, start + 6)
    assert [text[a:b] for a, b in toks[i:j]] == ["طرابلس"]


def test_token_strings_match_offsets():
    text = "أكد «المسؤول»، أن 1,000 جندي."
    assert token_strings(text) == words(text)


def test_anercorp_gold_spans_are_whole_tokens_without_comma_or_full_stop():
    for passage in anercorp():
        text, spans = passage["text"], passage["spans"]
        toks = tokenize(text, cuts=[c for s in spans for c in (s["start"], s["end"])])
        # without cuts the tokens are the same: ANERcorp spans already end between tokens
        assert toks == tokenize(text)
        for s in spans:
            i, j = tokens_within(toks, s["start"], s["end"])
            assert toks[i][0] == s["start"] and toks[j - 1][1] == s["end"]
            for a, b in toks[i:j]:
                token = text[a:b]
                assert token in ("،", ".", "؛") or not any(c in "،.؛" for c in token)


def test_anercorp_tokens_are_the_corpus_tokens_with_punctuation_split():
    # ANERcorp is pre-tokenised: whitespace tokens, except for a few with ؛ or – attached
    for passage in anercorp():
        text = passage["text"]
        ours = words(text)
        theirs = text.split()
        assert len(ours) >= len(theirs)
        assert "".join(ours) == "".join(theirs)
        assert all(t in ours for t in theirs if not any(unicodedata.category(c)[0] in "PS" for c in t))


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.sampled_from(list("بطرلاسو الك،.«»؟ 3,5\n\u064e\u0640😀-(") ),
               max_size=60),
       st.lists(st.integers(0, 60), max_size=6), st.booleans())
def test_tokens_cover_every_non_space_character_once_and_respect_cuts(text, cuts, clitics):
    toks = tokenize(text, cuts=cuts, clitics=clitics)
    covered = []
    for a, b in toks:
        assert a < b and not any(c.isspace() for c in text[a:b])
        assert not any(a < c < b for c in cuts)
        covered.extend(range(a, b))
    assert covered == [i for i, c in enumerate(text) if not c.isspace()]
