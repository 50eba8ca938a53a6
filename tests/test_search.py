from annotator.search import find_all, fold

TEXT = "وصل حفتر إلى طرابلس، ثم غادر بطرابلس وعاد إلى الطرابلسي 😀 في طرابلس."


def _words(text, hits):
    return [text[s:e] for s, e in hits]


def test_whole_words_only_by_default():
    assert _words(TEXT, find_all(TEXT, "طرابلس")) == ["طرابلس", "طرابلس"]


def test_proclitics_when_asked_and_hits_start_after_them():
    hits = find_all(TEXT, "طرابلس", with_proclitics=True)
    assert _words(TEXT, hits) == ["طرابلس"] * 3
    assert TEXT[hits[1][0] - 1] == "ب"  # the ب of بطرابلس stays outside
    assert "الطرابلسي" in TEXT and len(hits) == 3  # never inside a longer word


def test_diacritics_tatweel_and_hamza_are_folded_but_offsets_are_original():
    text = "قال مُحَمَّدٌ إنّ محـــمد وأحمد في الإمارات"
    assert _words(text, find_all(text, "محمد")) == ["مُحَمَّدٌ", "محـــمد"]
    assert _words(text, find_all(text, "الامارات")) == ["الإمارات"]
    assert _words(text, find_all(text, "احمد", with_proclitics=True)) == ["أحمد"]


def test_offsets_after_emoji_are_code_points():
    text = "😀😀 سرت"
    assert find_all(text, "سرت") == [(3, 6)]


def test_fold_maps_back():
    folded, where = fold("مُحَمَّد")
    assert folded == "محمد" and where == [0, 2, 4, 7]


def test_empty_query_finds_nothing():
    assert find_all(TEXT, "  ") == []
