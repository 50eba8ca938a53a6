"""Mouse gestures aimed at words as they are drawn, and what the screen shows afterwards.

Targets come from QTextLine.glyphRuns (the runs Qt paints), never from Qt's hit-testing,
and the rendered pixels are checked against them: the space between two words holds no
ink, and the selection's tint lies exactly over the dragged word and under the pointer.
"""
from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from ui.snapping import in_word, is_mark
from tests.conftest import CORPUS


def words(text: str) -> list[tuple[int, int]]:
    """Maximal runs of word characters (letters, marks, digits; a number with its
    separators, 3.5 or 10:30): what an annotator tags."""
    out, i = [], 0
    while i < len(text):
        if in_word(text, i):
            j = i
            while j < len(text) and in_word(text, j):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def generated_article(paragraphs: int = 50, seed: int = 7) -> str:
    """News-like paragraphs from UD Arabic-PUD sentences with Latin names, digits, emoji and
    quotes mixed in, each long enough to wrap at any window width."""
    rng = random.Random(seed)
    sentences = [json.loads(line)["text"] for line in (CORPUS / "pud" / "ar_pud_news.jsonl").open(encoding="utf-8")]
    extras = ["Reuters", "BBC News", "Washington Post", "2019", "3.5", "١٢", "🚨", "😀", "🇱🇾", "«عاجل»",
              "(AFP)", "COVID-19", "٢٠٢٠م", "نقلًا عن CNN"]
    out = []
    for _ in range(paragraphs):
        parts = []
        for sentence in rng.sample(sentences, 1):
            words_ = sentence.split(" ")
            for _ in range(2):
                words_.insert(rng.randrange(len(words_) + 1), rng.choice(extras))
            parts.append(" ".join(words_))
        out.append(" ".join(parts))
    return "\n".join(out)


@dataclass(frozen=True)
class Place:
    """Where a word is drawn, in viewport coordinates."""
    y: int                 # the middle of its line's glyphs
    band: tuple[int, int]  # the line's glyph rows (top, bottom)
    first: tuple[float, float, bool]  # first letter: left, right, right-to-left
    last: tuple[float, float, bool]
    after: tuple[float, float] | None  # what follows it, drawn next to its end (a space, a comma), if any
    extent: list[tuple[float, float]]  # the word's drawn pieces (left, right)


def _line_of(view, qpos: int):
    block = view.document().findBlock(qpos)
    view.document().documentLayout().blockBoundingRect(block)  # lays the block out if Qt has not yet
    layout = block.layout()
    return block, layout, layout.lineForTextPosition(qpos - block.position())


def _box(line, rel: int, length: int, x0: float) -> tuple[float, float, bool] | None:
    runs = line.glyphRuns(rel, length)
    if not runs:
        return None
    rects = [r.boundingRect() for r in runs]
    return x0 + min(r.left() for r in rects), x0 + max(r.right() for r in rects), runs[0].isRightToLeft()


def place(view, start: int, end: int) -> Place | None:
    """The drawn geometry of the word [start, end) (code points), or None when it does not sit on one line."""
    qs, qe = view.qt_position(start), view.qt_position(end)
    block, layout, line = _line_of(view, qs)
    if qe - block.position() > line.textStart() + line.textLength():
        return None
    dx, dy = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    origin = layout.position() - QPointF(dx, dy)
    rel = qs - block.position()
    text = view.text()
    first_end, last_start = start + 1, end - 1
    while first_end < end and is_mark(text[first_end]):  # a letter with its harakat
        first_end += 1
    while last_start > start and is_mark(text[last_start]):
        last_start -= 1
    first_len = view.qt_position(first_end) - qs
    last_len = qe - view.qt_position(last_start)
    first = _box(line, rel, first_len, origin.x())
    last = _box(line, qe - last_len - block.position(), last_len, origin.x())
    after = None  # the character after the word (a space, a comma...) if drawn next to its end
    if end < len(text) and text[end] != "\n":
        if qe - block.position() < line.textStart() + line.textLength():
            box = _box(line, qe - block.position(), view.qt_position(end + 1) - qe, origin.x())
            end_edge = last[0] if last[2] else last[1]
            # not the space after "Post" in "Washington Post" within Arabic: drawn left of "Washington"
            after = box[:2] if box and min(abs(box[0] - end_edge), abs(box[1] - end_edge)) < 2 else None
    pieces = [(origin.x() + r.boundingRect().left(), origin.x() + r.boundingRect().right())
              for r in line.glyphRuns(rel, qe - qs)]
    top = origin.y() + line.y()
    return Place(int(top + (line.ascent() + line.descent()) / 2), (math.ceil(top), int(top + line.ascent() + line.descent())),
                 first, last, after, merge(pieces))


def merge(pieces: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[list[float]] = []
    for left, right in sorted(pieces):
        if out and left <= out[-1][1] + 0.5:
            out[-1][1] = max(out[-1][1], right)
        else:
            out.append([left, right])
    return [(a, b) for a, b in out]


def inside_near(box: tuple[float, float, bool], edge: str) -> int:
    """The pixel inside `box` nearest its `edge` ('start' or 'end' of the letter in reading
    order): as close to the word's edge as a pointer gets. (Amiri draws some final letters
    with a 2 px advance and the tail overhanging the space.)"""
    left, right, rtl = box
    at_right = (edge == "start") == rtl
    return math.ceil(right) - 1 if at_right else math.floor(left) + 1


def centre(box) -> int:
    return int((box[0] + box[1]) / 2)


def gesture_points(p: Place, exact: bool) -> tuple[QPoint, QPoint]:
    """(press, release) for dragging over the word from its first letter to its last.

    exact (snapping off): from just inside the word's start edge to just inside its end
    edge; a word of both directions, from one end of its drawing to the other, as a hand
    sweeps it (rough: from inside its right end to just past its left end). Rough (snapping on): from the middle of the first letter to the middle of what
    follows the word (a space, a comma; else the end of the last letter), as a hurried
    annotator drags.
    """
    if p.first[2] != p.last[2]:  # "٢٠٢٠م": its first digit is drawn in its middle
        right, left = p.extent[-1][1], p.extent[0][0]
        if exact:
            return QPoint(math.ceil(right) - 1, p.y), QPoint(math.floor(left) + 1, p.y)
        return QPoint(int(right - min(4.0, (right - left) / 4)), p.y), QPoint(math.floor(left) - 1, p.y)
    if exact:
        return QPoint(inside_near(p.first, "start"), p.y), QPoint(inside_near(p.last, "end"), p.y)
    end_x = int((p.after[0] + p.after[1]) / 2) if p.after else inside_near(p.last, "end")
    return QPoint(centre(p.first), p.y), QPoint(end_x, p.y)


def drag(view, press: QPoint, release: QPoint) -> None:
    """A real drag: press, two moves, release (what a hand on a mouse sends)."""
    port = view.viewport()
    QTest.mousePress(port, Qt.LeftButton, Qt.NoModifier, press)
    QTest.mouseMove(port, QPoint((press.x() + release.x()) // 2, press.y()))
    QTest.mouseMove(port, release)
    QTest.mouseRelease(port, Qt.LeftButton, Qt.NoModifier, release)


# ----- pixels ---------------------------------------------------------------------------
def pixels(view) -> np.ndarray:
    """The viewport as drawn, one pixel per logical pixel (the coordinates of the view's
    events and rects): on a scaled screen (QT_SCALE_FACTOR, 150 % or 200 % displays) the
    device pixel under each logical pixel's centre, never a blend of its neighbours."""
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format_RGB32)
    raw = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    rgb = raw[:, :image.width(), 2::-1].astype(np.int16)  # BGRA in memory -> RGB
    ratio = image.devicePixelRatio()
    if ratio == 1:
        return rgb
    size = view.viewport().size()
    rows = np.minimum(((np.arange(size.height()) + 0.5) * ratio).astype(int), rgb.shape[0] - 1)
    cols = np.minimum(((np.arange(size.width()) + 0.5) * ratio).astype(int), rgb.shape[1] - 1)
    return rgb[rows][:, cols]


def tint_over_white(colour: QColor) -> np.ndarray:
    a = colour.alphaF()
    return np.array([round(255 * (1 - a) + c * a) for c in (colour.red(), colour.green(), colour.blue())])


def tinted_columns(image: np.ndarray, band: tuple[int, int], tint: np.ndarray) -> np.ndarray:
    """x of every column whose background in the line's band shows the selection tint."""
    rows = image[max(band[0], 0):band[1] + 1]
    hit = (np.abs(rows - tint).max(axis=2) <= 3).any(axis=0)
    return np.flatnonzero(hit)


def best_shift(lines: list[tuple[np.ndarray, list[tuple[float, float]]]], reach: int = 8) -> int:
    """The horizontal shift that lays the word boxes of a page's lines over the most ink.

    `lines` holds (ink columns, word boxes) per line. 0 when the boxes are where the glyphs
    are drawn; glyph tails overhanging to the left pull it to -1 or -2 at most; boxes a
    space width off (the bug of Qt's hit-testing) give about 6."""
    def covered(shift: int) -> int:
        return sum(int(((ink >= left + shift) & (ink < right + shift)).sum())
                   for ink, boxes in lines for left, right in boxes)
    scores = {shift: covered(shift) for shift in range(-reach, reach + 1)}
    best = max(scores.values())
    return min((abs(s), s) for s, v in scores.items() if v == best)[1]


def ink_columns(image: np.ndarray, band: tuple[int, int]) -> np.ndarray:
    """x of every column with dark (text) pixels in the line's band."""
    rows = image[max(band[0], 0):band[1] + 1]
    return np.flatnonzero((rows.max(axis=2) < 140).any(axis=0))


def runs_of(columns: np.ndarray, gap: int = 1) -> list[tuple[int, int]]:
    """Runs of x values no more than `gap` apart, as inclusive (first, last) pairs (a column
    where a stroke covers the whole line band shows no tint, yet lies within it)."""
    if columns.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(columns) > gap)
    starts = np.r_[columns[0], columns[breaks + 1]]
    ends = np.r_[columns[breaks], columns[-1]]
    return list(zip(starts.tolist(), ends.tolist()))
