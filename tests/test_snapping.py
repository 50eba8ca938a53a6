from ui.snapping import snap, word_at, keep_clusters

TEXT = "قالت صحيفة “واشنطن بوست” الأمريكية، إن الحرب 😀 بطرابلس"


def cut(s, e):
    return TEXT[slice(*snap(TEXT, s, e))]


def test_partial_word_grows_to_whole_words_and_drops_punctuation():
    s = TEXT.index("واشنطن") + 2
    e = TEXT.index("الأمريكية") + 3
    assert cut(s, e) == "“واشنطن بوست” الأمريكية"  # its closing quotation mark inside: the opening one too
    e2 = TEXT.index("،") + 2  # selection runs over the comma and a space
    assert cut(TEXT.index("الأمريكية"), e2) == "الأمريكية"


def test_selection_of_only_spaces_or_emoji_tags_nothing():
    i = TEXT.index("😀")
    s, e = snap(TEXT, i - 1, i + 2)
    assert s == e


def test_snapping_off_keeps_edges_inside_a_word():
    s = TEXT.index("بطرابلس") + 1
    assert TEXT[slice(*snap(TEXT, s, s + 6, words=False))] == "طرابلس"


def test_diacritics_stay_with_their_letter():
    text = "حَذَّرَ المسؤول"
    # an edge right after ذ (before its shadda+fatha) moves past the marks
    s, e = keep_clusters(text, 0, 3)
    assert text[s:e] == "حَذَّ"
    s, e = keep_clusters(text, 1, 4)   # start on a fatha moves back to ح
    assert s == 0


def test_word_at_double_click():
    i = TEXT.index("الحرب") + 2
    assert TEXT[slice(*word_at(TEXT, i))] == "الحرب"
    assert word_at(TEXT, TEXT.index("😀")) == (TEXT.index("😀"),) * 2


def test_edges_step_over_a_letter_with_its_marks_both_ways():
    from ui.snapping import step_edge
    text = "وأكَّد"  # و أ ك َ ّ د
    assert step_edge(text, 6, -1, 1, 6) == 5          # end shrinks off د
    assert step_edge(text, 5, -1, 1, 6) == 2          # then off كَّ whole, never onto a mark
    assert step_edge(text, 2, +1, 1, 6) == 5          # and grows back over كَّ
    assert step_edge(text, 2, +1, 0, 4) == 2          # start may not pass the end
    assert step_edge("كَ", 0, +1, 0, 1) == 0           # a one-letter span stays whole


def test_a_number_is_one_word_with_its_separators():
    """A double-click on 3.5 takes 3.5, not 3; a rough drag over 1,200 or ٣٫٥ snaps to the
    whole number; punctuation after a number (or a separator with no digit after it) is left out."""
    text = "بلغ 3.5 مليار، أي 1,200 دولار بنسبة ٣٫٥ في الساعة 10:30 يوم 4/4/2019. ثم 3. و"
    for number in ("3.5", "1,200", "٣٫٥", "10:30", "4/4/2019"):
        i = text.index(number)
        assert text[slice(*word_at(text, i + len(number) - 1))] == number
        assert text[slice(*snap(text, i + 1, i + 2))] == number  # over its separator only
    i = text.index("4/4/2019")
    assert text[slice(*snap(text, i, i + len("4/4/2019") + 2))] == "4/4/2019"  # not its full stop
    i = text.index("3. و")
    assert text[slice(*word_at(text, i))] == "3"


def test_a_bracket_or_quotation_mark_whose_other_half_is_inside_stays():
    def snapped(text, chosen):
        i = text.index(chosen)
        return text[slice(*snap(text, i, i + len(chosen)))]
    assert snapped("He said: no comment (for now). Then", "comment (for now).") == "comment (for now)"
    assert snapped("الوضع «هادئ» اليوم", "الوضع «هادئ» ") == "الوضع «هادئ»"
    assert snapped("قال (الوضع هادئ)، ثم", "(الوضع هادئ)،") == "الوضع هادئ"  # both halves out
    assert snapped('said: "We will not" then', 'We will not"') == "We will not"  # both halves out: both out
    assert snapped("قال «الوضع هادئ» اليوم", "«الوضع هادئ»") == "الوضع هادئ"
    assert snapped("الوضع، قال", "الوضع، ") == "الوضع"


def test_sentence_at_a_triple_click():
    from ui.snapping import sentence_at
    text = "قالت الصحيفة إن العجز بلغ 3.5 مليار دولار. وأضافت: «الوضع هادئ»! ثم غادر؟ نعم\nسطر جديد"
    got = {w: text[slice(*sentence_at(text, text.index(w)))] for w in ("العجز", "الوضع", "غادر", "نعم", "جديد")}
    assert got == {"العجز": "قالت الصحيفة إن العجز بلغ 3.5 مليار دولار", "الوضع": "وأضافت: «الوضع هادئ»",
                   "غادر": "ثم غادر", "نعم": "نعم", "جديد": "سطر جديد"}


def test_a_full_stop_inside_a_quotation_comes_with_its_closing_mark():
    from ui.snapping import sentence_at
    text = 'The spokesperson said: "We will not comment (for now)." Talks resume.'
    assert text[slice(*sentence_at(text, 5))] == 'The spokesperson said: "We will not comment (for now)."'
    text = "قال: «الوضع هادئ.» ثم غادر. وأضاف"
    assert text[slice(*snap(text, 0, text.index("ثم")))] == "قال: «الوضع هادئ.»"
    assert text[slice(*sentence_at(text, text.index("غادر")))] == "ثم غادر"
