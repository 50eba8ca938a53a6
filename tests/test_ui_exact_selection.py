"""What you see is what you tag: thousands of real drags over every word, checked on screen
and in the project file.

Every word of the seed article, the sample text and a generated article of 50 wrapped
paragraphs (Arabic with Latin, digits, emoji) is dragged over with real mouse events at
pixel positions taken from the drawn glyphs, at three window widths and two text sizes; over
these six layouts each word is dragged in both directions, with snapping off (edge to edge)
and on (roughly, ending in the gap after the word). After each drag a label key stores the span. Counted as failures: a stored span
that differs from the word; a selection painted anywhere but over the word; a highlight of
the stored span that differs from the selection's; and, on the rendered pixels, a selection
tint that misses the pointer or the word, or ink inside the gap between two words.
"""
from __future__ import annotations

import json
import math
import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.importing import import_records
from annotator.model import Document, DocumentRecord
from annotator.resources import resource
from annotator.store import Project
from tests.conftest import CORPUS
from tests.ui_gestures import (best_shift, centre, drag, generated_article, gesture_points, ink_columns, merge, pixels, place, runs_of,
                               tint_over_white, tinted_columns, words)
from ui.main_window import MainWindow
from ui.snapping import is_mark

WIDTHS = (800, 1100, 1400)
ZOOM_STEPS = (0, 5)  # 16 pt and 21 pt (Ctrl+= five times)
PIXEL_EVERY = 7      # the rendered-pixel check on every 7th drag (a grab costs more than the drag)
TOLERANCE = 1.0      # px: a fill at fractional coordinates may tint one more column
MAX_SHIFT = 2        # px, see ui_gestures.best_shift: glyph tails give -2 at most, the Qt bug 6


def texts() -> dict[str, str]:
    sample = json.loads(resource("sample", "sample.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"]
    return {"seed": (CORPUS / "seed" / "sirte-washington-post.txt").read_text(encoding="utf-8"),
            "sample": sample, "generated": generated_article(50)}


@pytest.fixture
def window(qtbot, tmp_path):
    with Project.create(tmp_path / "p.isnad") as project:
        import_records(project, [DocumentRecord(Document(name, "", text, title=name)) for name, text in texts().items()])
    w = MainWindow(Project.open(tmp_path / "p.isnad", exclusive=True), "amal")
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)  # not waitActive: alone, that context manager waits for nothing
    return w


class Checker:
    def __init__(self, window):
        self.w, self.view = window, window.view
        self.tint = tint_over_white(self.view._selection_colour)
        self.failures: list[str] = []
        self.gestures = self.pixel_checks = self.ink_checks = 0

    def fail(self, what: str) -> None:
        self.failures.append(what)

    def show(self, start: int, end: int):
        """The word's place on screen, scrolling (as a reader would) when it is out of view."""
        p = place(self.view, start, end)
        if p is None:
            return None
        height = self.view.viewport().height()
        if p.band[0] < 0 or p.band[1] >= height:
            bar = self.view.verticalScrollBar()
            bar.setValue(bar.value() + p.band[0] - height // 3)
            self.check_ink()
            p = place(self.view, start, end)
        return p

    def check_ink(self) -> None:
        """On the rendered page, the drawn words (what the drags aim at) lie over the ink:
        no shift of them by more than glyph tails explain covers more of it."""
        image = pixels(self.view)
        height = self.view.viewport().height()
        lines: dict[tuple[int, int], list] = {}
        top, bottom = self.view.verticalScrollBar().value(), self.view.verticalScrollBar().value() + height
        for start, end in self.page_words:
            block = self.view.document().findBlock(self.view.qt_position(start))
            rect = self.view.document().documentLayout().blockBoundingRect(block)
            if rect.bottom() < top or rect.top() > bottom:
                continue
            p = place(self.view, start, end)
            if p is not None and p.band[0] >= 0 and p.band[1] < height:
                lines.setdefault(p.band, []).extend(p.extent)
        if lines:
            shift = best_shift([(ink_columns(image, band), boxes) for band, boxes in lines.items()])
            self.ink_checks += len(lines)
            if abs(shift) > MAX_SHIFT:
                self.fail(f"the words on the page are drawn {shift} px off the boxes the drags aim at")

    def drag_word(self, start: int, end: int, exact: bool, reverse: bool) -> None:
        view, text = self.view, self.text
        p = self.show(start, end)
        if p is None:
            return
        press, release = gesture_points(p, exact)
        if reverse:
            press, release = release, press
        drag(view, press, release)
        self.gestures += 1
        word = text[start:end]
        where = (f"{word!r} [{start},{end}) {'exact' if exact else 'rough'}{' reversed' if reverse else ''} "
                 f"at {self.view.width()} px, {self.view.font().pointSizeF():g} pt")
        got = view.selection_offsets()
        if got != (start, end):
            self.fail(f"{where}: selected {got and text[got[0]:got[1]]!r}")
        painted = merge([(r.left(), r.right()) for r in view.selection_rects()])
        if not _same(painted, p.extent):
            self.fail(f"{where}: selection painted at {painted}, word drawn at {p.extent}")
        if self.gestures % PIXEL_EVERY == 0:
            on_word = [press, release] if exact else [release if reverse else press]
            self.check_pixels(p, on_word, where)
        QTest.keyClick(view, "1")
        span = self.w.workspace.span(view.selected_span_id)  # read back from the project file
        if span is None or (span.start, span.end) != (start, end):
            self.fail(f"{where}: stored {span and text[span.start:span.end]!r}")
            return
        drawn = merge([(r.left(), r.right()) for r in view.span_rects(span.id)])
        if not _same(drawn, painted):
            self.fail(f"{where}: stored span drawn at {drawn}, selection at {painted}")
        QTest.keyClick(view, Qt.Key_Delete)

    def expect(self, start: int, end: int, how: str) -> None:
        """After a selection gesture: the label key stores exactly [start, end)."""
        self.gestures += 1
        QTest.keyClick(self.view, "1")
        span = self.w.workspace.span(self.view.selected_span_id)
        if span is None or (span.start, span.end) != (start, end):
            self.fail(f"{self.text[start:end]!r} [{start},{end}) by {how}: stored {span and self.text[span.start:span.end]!r}")
        if span is not None:
            QTest.keyClick(self.view, Qt.Key_Delete)

    def check_pixels(self, p, on_word, where: str) -> None:
        """The tint on screen covers the word's glyphs, and the pointer where it was on them."""
        self.pixel_checks += 1
        tinted = tinted_columns(pixels(self.view), p.band, self.tint)
        shown = runs_of(tinted, gap=2)
        if not _same([(a, b + 1) for a, b in shown], p.extent, TOLERANCE + 1):
            self.fail(f"{where}: tint on screen at {shown}, word drawn at {p.extent}")
        for point in on_word:  # within a pixel: an edge pixel less than half covered stays untinted
            if not any(a - TOLERANCE <= point.x() <= b + TOLERANCE for a, b in shown):
                self.fail(f"{where}: no tint under the pointer at x={point.x()}")

    def run_document(self, doc_id: str, layout_index: int) -> None:
        self.w.workspace.open_document(doc_id)
        self.text = self.view.text()
        self.page_words = words(self.text)
        doc = self.view.document()
        doc.documentLayout().blockBoundingRect(doc.lastBlock())  # Qt lays out lazily: finish, so the
        QApplication.processEvents()                               # scroll range is final before we scroll
        self.view.verticalScrollBar().setValue(0)
        self.check_ink()
        for i, (start, end) in enumerate(self.page_words):
            # each word meets all four kinds of drag over the six layouts
            kind = (i + layout_index) % 4
            exact, reverse = kind < 2, kind % 2 == 1
            if self.view.snap_to_words == exact:
                self.w.set_snapping(not exact)
            self.drag_word(start, end, exact, reverse)


def _same(a: list[tuple[float, float]], b: list[tuple[float, float]], tolerance: float = TOLERANCE) -> bool:
    return len(a) == len(b) and all(abs(x0 - y0) <= tolerance and abs(x1 - y1) <= tolerance
                                    for (x0, x1), (y0, y1) in zip(sorted(a), sorted(b)))


@pytest.mark.slow
def test_every_word_dragged_is_the_word_highlighted_and_stored(qtbot, window):
    check = Checker(window)
    layout = 0
    for zoom in ZOOM_STEPS:
        for _ in range(zoom):
            QTest.keyClick(window.view, Qt.Key_Equal, Qt.ControlModifier)
        for width in WIDTHS:
            window.resize(width, 860)
            qtbot.waitUntil(lambda: window.width() == width)
            for doc_id in ("seed", "sample", "generated"):
                check.run_document(doc_id, layout)
            layout += 1
    assert check.failures[:20] == [] and len(check.failures) == 0
    assert check.gestures >= 5000, check.gestures
    assert check.pixel_checks >= 700 and check.ink_checks >= 1000
    assert window.project.spans("seed", ["amal"]) == []  # every span was deleted again


@pytest.mark.parametrize("stride", [7, pytest.param(1, marks=pytest.mark.slow)])
def test_double_click_shift_click_and_shift_arrows_select_the_word(qtbot, window, stride):
    """The other ways to select, on every word (the quick subset: every 7th word) of the seed
    article and the sample: double-click on its first letter; click at its start then
    Shift+click at its end; click at its start then Shift+arrows over its letters (Arabic
    words: Left moves on)."""
    check = Checker(window)
    view, port = window.view, window.view.viewport()
    window.resize(1100, 860)
    window.set_snapping(False)
    for doc_id in ("seed", "sample"):
        window.workspace.open_document(doc_id)
        check.text = text = view.text()
        check.page_words = words(text)
        for start, end in check.page_words[::stride]:
            p = check.show(start, end)
            if p is None:
                continue
            first, last = gesture_points(p, exact=True)
            QTest.mouseDClick(port, Qt.LeftButton, Qt.NoModifier, QPoint(centre(p.first), p.y))
            check.expect(start, end, "double-click")
            QTest.mouseClick(port, Qt.LeftButton, Qt.NoModifier, first)
            QTest.mouseClick(port, Qt.LeftButton, Qt.ShiftModifier, last)
            check.expect(start, end, "Shift+click")
            if all(not c.isascii() for c in text[start:end]):  # right to left: Left moves on
                QTest.mouseClick(port, Qt.LeftButton, Qt.NoModifier, first)
                for _ in range(sum(not is_mark(c) for c in text[start:end])):
                    QTest.keyClick(view, Qt.Key_Left, Qt.ShiftModifier)
                check.expect(start, end, "Shift+Left")
    assert check.failures[:20] == [] and len(check.failures) == 0
    assert check.gestures > 1200 // stride


def _ltr_tokens(text: str) -> list[tuple[int, int]]:
    """Numbers and Latin words standing alone between spaces in Arabic text."""
    return [m.span() for m in re.finditer(r"(?<=\s)[0-9A-Za-z]+(?=\s)", text)]


def _numbers_and_latin_words(window, check: Checker):
    """(start, end, where drawn) of the first 25 numbers and Latin words of the seed and the
    generated article, each shown on the page in turn."""
    for doc_id in ("seed", "generated"):
        window.workspace.open_document(doc_id)
        check.text = text = window.view.text()
        check.page_words = words(text)
        for start, end in _ltr_tokens(text)[:25]:
            p = check.show(start, end)
            if p is not None:
                yield start, end, p


def test_a_drag_across_a_number_or_latin_word_takes_it_from_either_side(qtbot, window):
    """In Arabic text a number's left edge is where it starts, and the space right of it ends
    there too: a drag from inside one edge of "4" or "2019" to just past the other (or from
    just outside to just outside), or a click there and a Shift+click here, must take the
    number, not stop where it started."""
    view = window.view
    window.resize(1100, 860)
    check = Checker(window)
    tried = 0
    for start, end, p in _numbers_and_latin_words(window, check):
        left, right = p.extent[0][0], p.extent[-1][1]
        gestures = {"from its left": (math.floor(left) + 1, math.ceil(right) + 1),
                    "from its right": (math.ceil(right) - 1, math.floor(left) - 1),
                    "over it, left to right": (math.floor(left) - 1, math.ceil(right) + 1)}
        for snap in (True, False):
            window.set_snapping(snap)
            for how, (x0, x1) in gestures.items():
                drag(view, QPoint(x0, p.y), QPoint(x1, p.y))
                check.expect(start, end, f"a drag {how} (snapping {'on' if snap else 'off'})")
                QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(x0, p.y))
                QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.ShiftModifier, QPoint(x1, p.y))
                check.expect(start, end, f"a click and Shift+click {how} (snapping {'on' if snap else 'off'})")
                tried += 1
    assert tried >= 60, tried
    assert check.failures == []


@pytest.mark.parametrize("snap", [True, False])
def test_shift_click_extends_from_where_the_keys_left_the_caret(qtbot, window, snap):
    """The caret put at a number's start by Ctrl+Left (from the word before it, on the same
    line or the line above) is drawn on one side of "2019" or the other. A Shift+click just
    past the far side takes the number, as a drag from the caret would. Extended from the
    caret's place in the text instead, it took nothing where the number begins a line: the
    point clicked, left of it, is where it starts."""
    view, port = window.view, window.view.viewport()
    window.resize(1100, 860)
    window.set_snapping(snap)
    check = Checker(window)
    tried = 0
    for start, end, p in _numbers_and_latin_words(window, check):
        text = check.text
        before = text.rfind(" ", 0, start - 1) + 1
        if re.search(r"[0-9A-Za-z]", text[before:start]) or re.match(r"\s[0-9A-Za-z]", text[end:]):
            continue  # a number or Latin word alone among Arabic ones
        q = place(view, before, start - 1)
        if q is None:
            continue
        QTest.mouseClick(port, Qt.LeftButton, Qt.NoModifier, QPoint(centre(q.extent[0]), q.y))
        QTest.keyClick(view, Qt.Key_Left, Qt.ControlModifier)  # right to left: on to the next word
        if view.textCursor().position() != view.qt_position(start):
            continue  # a comma or a mark between: Ctrl+Left stops before the number
        left, right = p.extent[0][0], p.extent[-1][1]
        caret = view.cursorRect().center().x()
        far = math.floor(left) - 1 if abs(caret - right) < abs(caret - left) else math.ceil(right) + 1
        QTest.mouseClick(port, Qt.LeftButton, Qt.ShiftModifier, QPoint(far, p.y))
        check.expect(start, end, f"Ctrl+Left, then Shift+click at {far} (caret drawn at {caret})")
        tried += 1
    assert check.failures == [] and tried >= 10, (tried, check.failures)


def test_a_drag_over_three_lines_takes_from_the_first_word_to_the_last(qtbot, window):
    """From inside the start of a word to inside the end of a word two lines down (and back
    up): everything between, in the text's order, is stored."""
    view = window.view
    window.resize(1100, 860)
    window.set_snapping(False)
    check = Checker(window)
    window.workspace.open_document("seed")
    check.text = text = view.text()
    lines: dict[int, list[tuple[int, int, object]]] = {}
    for start, end in words(text):
        p = place(view, start, end)
        if p is not None and 0 <= p.band[0] and p.band[1] < view.viewport().height():
            lines.setdefault(p.y, []).append((start, end, p))
    rows = [line for line in lines.values() if len(line) >= 3]
    assert len(rows) >= 6
    for top, bottom in ((rows[0], rows[2]), (rows[1], rows[4]), (rows[3], rows[5])):
        for (a, _, pa), (_, b, pb) in ((top[1], bottom[-2]), (top[-1], bottom[0])):
            press, release = gesture_points(pa, exact=True)[0], gesture_points(pb, exact=True)[1]
            drag(view, press, release)
            check.expect(a, b, "a drag down over three lines")
            drag(view, release, press)
            check.expect(a, b, "a drag up over three lines")
    assert check.failures == []


def test_a_double_click_or_rough_drag_on_a_number_takes_it_whole(qtbot, tmp_path):
    """3.5, 1,200, ٣٫٥, 10:30 and 4/4/2019 are one word each: a double-click on any of their
    digits, or a drag from their first digit's middle to their last's, stores the whole number."""
    from tests.test_ui_workday import open_window
    text = "بلغ العجز 3.5 مليار دولار، أي 1,200 دولار للفرد، بنسبة ٣٫٥ في المئة، في الساعة 10:30 يوم 4/4/2019 حسب الوزارة."
    with Project.create(tmp_path / "p.isnad") as project:
        import_records(project, [DocumentRecord(Document("numbers", "", text, title="numbers"))])
    w = open_window(qtbot, tmp_path / "p.isnad")
    view, port = w.view, w.view.viewport()
    for number in ("3.5", "1,200", "٣٫٥", "10:30", "4/4/2019"):
        start = text.index(number)
        p = place(view, start, start + len(number))
        QTest.mouseDClick(port, Qt.LeftButton, Qt.NoModifier, QPoint(centre(p.last), p.y))
        QTest.keyClick(view, "4")
        assert [(s.start, s.end) for s in w.workspace.spans] == [(start, start + len(number))], number
        QTest.keyClick(view, Qt.Key_Delete)
        drag(view, QPoint(centre(p.first), p.y), QPoint(centre(p.last), p.y))
        QTest.keyClick(view, "4")
        assert [(s.start, s.end) for s in w.workspace.spans] == [(start, start + len(number))], number
        QTest.keyClick(view, Qt.Key_Delete)


ENGLISH = "The spokesperson said: \"We will not comment (for now).\" Talks resume on 4 May, 2020, in Geneva."


def test_an_english_paragraph_reads_left_to_right_and_its_words_drag_exactly(qtbot, tmp_path):
    """An English paragraph in an Arabic article: its full stop ends it on the right, a label
    name sits under its span's left (first) end, and every word dragged (four ways) is the word
    stored. "BBC قالت ..." stays right to left."""
    from tests.test_ui_workday import open_window
    text = f"قالت وكالة رويترز إن المحادثات ستستأنف.\n{ENGLISH}\nBBC قالت إن الوضع هادئ."
    with Project.create(tmp_path / "p.isnad") as project:
        import_records(project, [DocumentRecord(Document("mixed", "", text, title="mixed"))])
    w = open_window(qtbot, tmp_path / "p.isnad")
    w.resize(900, 700)
    view = w.view
    english, bbc = view.document().findBlockByNumber(1), view.document().findBlockByNumber(2)
    assert english.textDirection() == Qt.LeftToRight and bbc.textDirection() == Qt.RightToLeft
    stop = len(text.split("\n")[0]) + 1 + len(ENGLISH) - 1
    geneva = place(view, stop - len("Geneva"), stop)
    assert geneva.last[1] <= place(view, stop, stop + 1).first[0] + 1  # "Geneva." not ".Geneva"
    check = Checker(w)
    check.text = view.text()
    check.page_words = words(check.text)
    base = text.index(ENGLISH)
    for i, (start, end) in enumerate(words(ENGLISH)):
        exact, reverse = i % 4 < 2, i % 2 == 1
        w.set_snapping(not exact)
        check.drag_word(base + start, base + end, exact, reverse)
    assert check.failures == []
    start = text.index("spokesperson")
    view.select_offsets(start, start + len("spokesperson"))
    QTest.keyClick(view, "s")
    view.select_span(None)
    qtbot.wait(20)
    span = w.workspace.spans[0]
    name = next(n for n in view._painter.names(view._visible_boxes()) if n.box.span.id == span.id)
    assert abs(name.rect.left() - view.span_rects(span.id)[0].left()) <= 1
    view.select_span(span.id)
    QTest.keyClick(view, Qt.Key_Left, Qt.AltModifier)  # in English, Left moves the end back
    assert [(s.start, s.end) for s in w.workspace.spans] == [(start, start + len("spokesperson") - 1)]
    QTest.keyClick(view, Qt.Key_Right, Qt.AltModifier)
    assert [(s.start, s.end) for s in w.workspace.spans] == [(start, start + len("spokesperson"))]
