import codecs
import re

import pytest
from hypothesis import given, strategies as st

from annotator.errors import IsnadError
from annotator.text import check_text, checked_sha256, decode_bytes, normalise, remap, sha256_of

ARABIC = "قالت صحيفة واشنطن بوست"


@pytest.mark.parametrize("data", [
    ARABIC.encode("utf-8"),
    codecs.BOM_UTF8 + ARABIC.encode("utf-8"),
    ARABIC.encode("utf-16"),  # BOM + native order
    codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"),
])
def test_decodes_utf8_and_bom_marked_utf16(data):
    assert normalise(decode_bytes(data, "a.txt"))[0] == ARABIC


def test_cp1256_when_asked_or_detected_and_error_names_file_and_byte():
    data = ("خبر: " + ARABIC).encode("cp1256")
    assert decode_bytes(data, "a.txt", "cp1256") == "خبر: " + ARABIC
    assert decode_bytes(data, "a.txt") == "خبر: " + ARABIC  # detected (annotator/encodings.py)
    latin = "Le café était fermé".encode("latin-1")  # detected as no Arabic encoding: not guessed
    with pytest.raises(IsnadError) as e:
        decode_bytes(latin, "news/a.txt")
    assert e.value.path == "news/a.txt" and "at byte 6" in e.value.what and "cp1256" in e.value.todo


def test_unknown_encoding_is_a_clear_error():
    with pytest.raises(IsnadError, match="unknown encoding"):
        decode_bytes(b"x", "a.txt", "klingon")


@pytest.mark.parametrize("raw, clean", [
    ("\ufeffسطر\r\nسطر\rسطر\n", "سطر\nسطر\nسطر\n"),
    ("a\r\r\nb", "a\n\nb"),
    ("بلا تغيير", "بلا تغيير"),
])
def test_normalise_bom_and_line_ends(raw, clean):
    assert normalise(raw)[0] == clean


def test_normalise_keeps_what_the_annotator_saw():
    text = "لا إلـــه مُحَمَّد ﻻ 😀 \u200c\u200d\u00a0<b>&amp;</b>"
    assert normalise(text)[0] == text  # no NFC/NFKC, no diacritic or tatweel removal


@given(st.text(alphabet="ab\r\n\ufeffس", max_size=40), st.data())
def test_remap_keeps_every_character_under_its_offset(raw, data):
    clean, removed = normalise(raw)
    kept = [i for i in range(len(raw)) if i not in set(removed)]
    for i in kept:
        ch = "\n" if raw[i] == "\r" else raw[i]
        assert clean[remap(i, removed)] == ch


@pytest.mark.parametrize("bad, what", [("a\x00b", "NUL"), ("a\ud800b", "lone surrogate U+D800")])
def test_refuses_nul_and_lone_surrogates(bad, what):
    for check in (check_text, checked_sha256):  # the import's check and hash in one
        with pytest.raises(IsnadError, match=re.escape(what)) as caught:
            check(bad, "x.jsonl", 3)
        assert caught.value.path == "x.jsonl" and caught.value.line == 3


@given(st.text())
def test_checked_sha256_is_the_identity_of_any_text_check_text_passes(text):
    try:
        check_text(text)
    except IsnadError as e:
        with pytest.raises(IsnadError) as caught:
            checked_sha256(text)
        assert str(caught.value) == str(e)
    else:
        assert checked_sha256(text) == sha256_of(text)


def test_identity_is_sha256_of_utf8():
    assert sha256_of("سرت") == "d8b0a02bac62a8093c69c622ab8f7b262d5832f4a5151b26514afbba85e6aa89"
