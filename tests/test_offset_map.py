from hypothesis import given, strategies as st

from ui.article_view import OffsetMap

TEXT = "أ😀ب𝔸ج"  # two astral characters


def test_round_trip_and_surrogate_snapping():
    m = OffsetMap(TEXT)
    assert [m.to_qt(i) for i in range(6)] == [0, 1, 3, 4, 6, 7]
    assert m.to_cp(2) == 2 and m.to_cp(2, forward=False) == 1   # inside 😀
    assert m.to_cp(5) == 4 and m.to_cp(5, forward=False) == 3   # inside 𝔸
    assert len(TEXT.encode("utf-16-le")) // 2 == m.to_qt(len(TEXT))


@given(st.text(alphabet=st.sampled_from("اب ل😀🇱🇾\u064e𝔸\n"), max_size=40))
def test_every_code_point_offset_survives_a_round_trip(text):
    m = OffsetMap(text)
    for cp in range(len(text) + 1):
        qt = m.to_qt(cp)
        assert qt == len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_cp(qt) == cp


def test_view_positions_match_utf16_of_the_stored_text(qtbot):
    """The document holds the text as plain text: '<b>' stays, each '\\n' is one position."""
    from ui.article_view import ArticleView
    text = "قال 😀 إن <b>x</b> & y < z\nسطر ثانٍ 🇱🇾 في سرت"
    view = ArticleView()
    qtbot.addWidget(view)
    view.load(text, [], [])
    doc = view.document()
    assert doc.characterCount() - 1 == len(text.encode("utf-16-le")) // 2
    assert doc.firstBlock().text() == text.split("\n")[0] and doc.blockCount() == 2
    start = text.index("<b>")
    view.select_offsets(start, start + 3)
    view.snap_to_words = False
    assert view.selection_offsets() == (start, start + 3)
