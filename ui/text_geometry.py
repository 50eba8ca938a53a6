"""Where text is drawn, and which text position a point is on, from the glyphs themselves.

Qt's own hit-testing (QTextLine.xToCursor, hence QTextEdit's mouse selection) is off by
one space width on wrapped right-to-left lines: it places the line as if its trailing
space were drawn, while the glyphs are not moved (measured with PySide6 6.11: every
letter of a wrapped Arabic line hit one letter early, the stored span lost its first
letter and gained a space). Everything here is computed from QTextLine.glyphRuns, the
runs Qt paints, so a position found under the pointer is the one drawn there.

A drag selects what it passed over (`GlyphMap.swept`), not the text between the caret
positions of its two ends: where a number or a Latin name sits in Arabic, one x is two
positions (the number's edge and the space's), and a drag across "2019" from its left to
past its right went from the number's start to the space's end, the same place: nothing.

Positions are Qt positions (UTF-16 units); `ArticleView` converts to code points.
Coordinates are document coordinates (add the scroll offsets for the viewport).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt


@dataclass(frozen=True, slots=True)
class Cluster:
    """One grapheme cluster (a letter with its marks, an emoji, a flag) as drawn."""
    start: int  # Qt position in the document
    end: int
    left: float
    right: float
    rtl: bool

    def contains(self, x: float) -> bool:
        return self.left <= x <= self.right

    @property
    def middle(self) -> float:
        return (self.left + self.right) / 2

    def edge_position(self, x: float) -> int:
        """The text position at the edge of this cluster nearer to x."""
        on_right = x >= self.middle
        return self.start if on_right == self.rtl else self.end


def line_at(doc, point: QPointF):
    """(block, line index) of the line under a document point; labels drawn under a line
    belong to it. Never None for a non-empty document."""
    block = _block_at(doc, point)
    layout = block.layout()
    y = point.y() - layout.position().y()
    count = layout.lineCount()
    index = max(0, bisect_right(range(count), y, key=lambda i: layout.lineAt(i).y()) - 1)
    return block, min(index, count - 1)


def _block_at(doc, point: QPointF):
    """The block drawn at a document point's height. Qt lays blocks out lazily, as it paints,
    and guesses where the others are: the block found is laid out, then looked for again until
    the answer stands (found before the scroll settled, one far below could answer)."""
    layout, block = doc.documentLayout(), None
    for _ in range(4):
        found = doc.findBlock(max(layout.hitTest(point, Qt.FuzzyHit), 0))  # only the block: found by y
        if not found.isValid():
            found = doc.lastBlock()
        if block is not None and found.blockNumber() == block.blockNumber():
            break
        block = found
        layout.blockBoundingRect(block)  # lays it out, and every block before it
    return block


def clusters(block, index: int) -> list[Cluster]:
    """The clusters of one line, in logical order, with their drawn extents.

    A space always starts a cluster of its own (Qt may join it to the letter before); the
    space ending a wrapped line is not drawn, so it is no cluster: the pointer past the end
    of a line lands before it."""
    layout = block.layout()
    line = layout.lineAt(index)
    base, x0 = block.position(), layout.position().x()
    out: list[Cluster] = []
    a, stop = line.textStart(), line.textStart() + line.textLength()
    doc = block.document()
    while a < stop:
        b = min(layout.nextCursorPosition(a), stop)
        b = next((j for j in range(a + 1, b) if doc.characterAt(base + j).isspace()), b)
        runs = line.glyphRuns(a, b - a)
        if runs:
            rects = [r.boundingRect() for r in runs]
            out.append(Cluster(base + a, base + b, x0 + min(r.left() for r in rects),
                               x0 + max(r.right() for r in rects), runs[0].isRightToLeft()))
        elif out and not doc.characterAt(base + a).isspace():
            c = out[-1]  # an undrawn joiner goes with the cluster before it
            out[-1] = Cluster(c.start, base + b, c.left, c.right, c.rtl)
        a = b
    return out


def cluster_at(found: list[Cluster], x: float) -> Cluster | None:
    """The cluster drawn under x, else the nearest one on the line."""
    if not found:
        return None
    return min(found, key=lambda c: (0.0 if c.contains(x) else min(abs(x - c.left), abs(x - c.right)),
                                     abs(x - c.middle)))


@dataclass(frozen=True, slots=True)
class Hit:
    """What is under a point: the nearest gap between clusters, and the cluster drawn there
    (None when the point is beside the text, in a margin or past a line's end)."""
    position: int
    cluster: Cluster | None


class GlyphMap:
    """Hit-testing by the glyphs, with each line's clusters kept until the layout changes
    (a drag asks for the same line dozens of times)."""

    def __init__(self):
        self._lines: dict[tuple[int, int], list[Cluster]] = {}

    def clear(self) -> None:
        self._lines.clear()

    def clusters(self, block, index: int) -> list[Cluster]:
        key = (block.blockNumber(), index)
        if key not in self._lines:
            self._lines[key] = clusters(block, index)
        return self._lines[key]

    def hit(self, doc, point: QPointF) -> Hit:
        block, index = line_at(doc, point)
        nearest = cluster_at(self.clusters(block, index), point.x())
        if nearest is None:  # an empty line
            return Hit(block.position() + block.layout().lineAt(index).textStart(), None)
        return Hit(nearest.edge_position(point.x()), nearest if nearest.contains(point.x()) else None)

    def swept(self, doc, press: QPointF, point: QPointF) -> tuple[int, int] | None:
        """(start, end): the text a drag from `press` to `point` (document points) passed
        over, or None if it passed over no cluster's middle (a click).

        On one line: the clusters whose middles lie between the two points, whatever their
        direction. Over several lines: the first line from the press on in its reading order,
        the lines between, and the last line up to the point."""
        first, last = line_at(doc, press), line_at(doc, point)
        if _order(last) < _order(first):
            first, last, press, point = last, first, point, press
        if _order(first) == _order(last):
            low, high = sorted((press.x(), point.x()))
            return _extent([c for c in self.clusters(*first) if low < c.middle < high])
        head = [c for c in self.clusters(*first) if _reading_after(first[0], c.middle, press.x())]
        tail = [c for c in self.clusters(*last) if _reading_after(last[0], point.x(), c.middle)]
        start = min(c.start for c in head) if head else _line_end(*first)
        end = max(c.end for c in tail) if tail else _line_start(*last)
        return (start, end) if start < end else None


def _order(line: tuple) -> tuple[int, int]:
    block, index = line
    return block.blockNumber(), index


def _reading_after(block, x: float, than: float) -> bool:
    """Whether x comes after `than` in the reading order of the block's lines."""
    return x < than if block.textDirection() == Qt.RightToLeft else x > than


def _extent(chosen: list[Cluster]) -> tuple[int, int] | None:
    return (min(c.start for c in chosen), max(c.end for c in chosen)) if chosen else None


def _line_start(block, index: int) -> int:
    return block.position() + block.layout().lineAt(index).textStart()


def _line_end(block, index: int) -> int:
    line = block.layout().lineAt(index)
    return block.position() + line.textStart() + line.textLength()
