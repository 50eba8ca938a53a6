"""Painting spans and relations over a laid-out QTextDocument, in Qt positions only.

Pieces come from QTextLine glyph runs, so a span covers exactly its glyphs, also inside a
word or across an Arabic/Latin boundary. Highlights go under the text (which is drawn
once, untouched: letters stay joined); underlines, label names and relation curves over it.
The article view converts code-point offsets before handing spans over.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTextBlockFormat

from annotator.model import SUGGEST_PREFIX, Relation, Span
from .relation_style import points_back

UNDERLINE_STEP = 3
UNDERLINE_ROWS = 4  # at most: deeper spans share the last row rather than run into the names below
HIGHLIGHT_ALPHA = 55
GREY = QColor("#999999")


@dataclass(frozen=True, slots=True)
class Box:
    """One visual piece of a span on one line, in viewport coordinates."""
    rect: QRectF
    span: Span
    level: int
    first: bool  # a marker at the span's logical start (where its label goes), not a piece
    line_bottom: float
    rtl: bool  # its paragraph's direction: a name goes under its span, from the start
    room_bottom: float  # where the next line starts: names stay above it


@dataclass(frozen=True, slots=True)
class Name:
    """A span's label name as written under its line, at the span's start."""
    rect: QRectF
    box: Box
    text: str
    font: QFont


NAME_GAP = 4  # pixels kept between two names on one row


def merged(rects) -> list[tuple[float, float]]:
    """Join the horizontal extents of touching glyph runs (script/font changes split runs)."""
    spans: list[list[float]] = []
    for left, right in sorted((r.left(), r.right()) for r in rects):
        if spans and left <= spans[-1][1] + 2:
            spans[-1][1] = max(spans[-1][1], right)
        else:
            spans.append([left, right])
    return [(l, r) for l, r in spans]


class SpanPainter:
    def __init__(self):
        self.colours: dict[str, QColor] = {}
        self._index: list[tuple[int, int, Span]] = []  # (Qt start, Qt end, span) by start
        self._starts: list[int] = []
        self._longest = 0
        self._levels: dict[str, int] = {}
        self.mine: str | None = None  # the annotator whose spans are filled; others are outlined
        self.name_layers = False  # several other layers shown: their names go with their labels
        self._label_font = QFont("DejaVu Sans", 7)
        self._other_font = QFont("DejaVu Sans", 7)
        self._other_font.setItalic(True)
        self.label_height = QFontMetricsF(self._label_font).height()  # a row of names
        self._widths: dict[tuple[str, QFont], float] = {}  # (name, font) -> its width
        self._reach: dict[tuple, float] = {}  # (label, layer, layers named, letter width) -> letters a name takes

    def set_spans(self, placed: list[tuple[int, int, Span]], levels: dict[str, int]) -> None:
        self._index = sorted(placed, key=lambda t: t[0])
        self._starts = [t[0] for t in self._index]
        self._longest = max((e - s for s, e, _ in self._index), default=0)
        self._levels = levels

    def colour(self, span: Span) -> QColor:
        return self.colours.get(span.label, GREY)

    # ----- geometry ----------------------------------------------------------------------
    def boxes(self, doc, block, dx: float, dy: float, height: float) -> list[Box]:
        """Pieces of spans on the lines visible from `block` down, scrolled by (dx, dy)."""
        if not self._index:
            return []
        out: list[Box] = []
        for block, origin, lines in visible_lines(doc, block, dx, dy, height):
            out += self._block_boxes(block, origin, lines)
        return out

    def range_rects(self, doc, block, start: int, end: int, dx: float, dy: float, height: float) -> list[QRectF]:
        """Where the Qt range [start, end) is drawn on the visible lines (the selection)."""
        out: list[QRectF] = []
        for block, origin, lines in visible_lines(doc, block, dx, dy, height):
            bpos = block.position()
            for line in lines:
                out += [r for r, _ in _pieces(line, bpos, origin, start, end)]
        return out

    def _block_boxes(self, block, origin: QPointF, lines: list) -> list[Box]:
        bpos = block.position()
        first, last = bpos + lines[0].textStart(), bpos + lines[-1].textStart() + lines[-1].textLength()
        lo = bisect_left(self._starts, first - self._longest)
        hi = bisect_left(self._starts, last)
        out: list[Box] = []
        rtl = block.textDirection() == Qt.RightToLeft
        fmt = block.blockFormat()
        spacing = fmt.lineHeight() / 100 if fmt.lineHeightType() == QTextBlockFormat.ProportionalHeight.value else 1
        for qs, qe, span in self._index[lo:hi]:
            if qe <= first:
                continue
            level = self._levels.get(span.id, 0)
            for line in lines:
                pieces = _pieces(line, bpos, origin, qs, qe)
                room = origin.y() + line.y() + line.height() * spacing
                out += [Box(rect, span, level, False, bottom, rtl, room) for rect, bottom in pieces]
                if pieces and qs >= bpos + line.textStart():
                    top, bottom = pieces[0][0].top(), pieces[0][1]
                    x = origin.x() + line.cursorToX(qs - bpos)[0]
                    out.append(Box(QRectF(x, top, 0, 0), span, level, True, bottom, rtl, room))
        return out

    # ----- painting ----------------------------------------------------------------------
    def paint_under(self, painter: QPainter, boxes: list[Box]) -> None:
        for box in boxes:
            if not box.first and self.is_mine(box.span):
                colour = QColor(self.colour(box.span))
                colour.setAlpha(HIGHLIGHT_ALPHA)
                painter.fillRect(box.rect, colour)

    def paint_over(self, painter: QPainter, boxes: list[Box], selected: str | None,
                   relations: list[Relation]) -> None:
        painter.setRenderHint(QPainter.Antialiasing)
        self._paint_marks(painter, boxes, selected)
        self._paint_relations(painter, boxes, selected, relations)

    def is_mine(self, span: Span) -> bool:
        return self.mine is None or span.annotator == self.mine

    @staticmethod
    def underline_y(box: Box) -> float:
        """Where my span's underline is drawn under this piece: its nesting level's row."""
        return box.line_bottom + 2 + min(box.level, UNDERLINE_ROWS - 1) * UNDERLINE_STEP

    def _underline_rows(self, boxes: list[Box]) -> int:
        """Rows of my underlines under a line: one per nesting level, at most UNDERLINE_ROWS."""
        return min(max((b.level for b in boxes if self.is_mine(b.span)), default=0) + 1, UNDERLINE_ROWS)

    def names(self, boxes: list[Box]) -> list[Name]:
        """Where the label names go: under each span's line at its start (before it in
        reading order), on the first row where the name overlaps no other name of the
        line; a name is often wider than its word (CUE · sample over قال), and would
        cover its neighbour's. Mine take rows first, then outer spans before inner ones.
        Other layers' names are italic and marked with their layer (or "?" for a
        suggestion), so they are never taken for mine. Where the rows would reach the next
        line (the room is set as a document opens, not as you tag), a name goes on the last
        row that fits, moved on in reading order to the first free place."""
        underlines = 2 + self._underline_rows(boxes) * UNDERLINE_STEP
        lines: dict[float, list[Box]] = {}
        below: dict[float, float] = {}  # line -> how far its underlines and outlines reach below it
        for box in boxes:
            if box.first:
                lines.setdefault(box.line_bottom, []).append(box)
            else:
                reach = underlines if self.is_mine(box.span) else _inset(box) + 2
                below[box.line_bottom] = max(below.get(box.line_bottom, underlines), reach)
        out: list[Name] = []
        for bottom, starts in lines.items():
            top = bottom + below.get(bottom, underlines)
            rows: list[tuple[list[float], list[float]]] = []  # row -> extents of the names on it
            starts.sort(key=lambda b: (not self.is_mine(b.span), b.level, -b.rect.left() if b.rtl else b.rect.left()))
            fit = max(1, int((starts[0].room_bottom - top) // self.label_height))
            for box in starts:
                text, font = name = self._name_of(box.span)
                width = self._width(name)
                left = box.rect.left() - width if box.rtl else box.rect.left()
                row = _free_row(rows, left - NAME_GAP, left + width + NAME_GAP, fit)
                if row is None:
                    row = fit - 1
                    left = _slide(rows[row], left - NAME_GAP, left + width + NAME_GAP, box.rtl) + NAME_GAP
                out.append(Name(QRectF(left, top + row * self.label_height, width, self.label_height),
                                box, text, font))
        return out

    def name_rows(self, spans: list[Span], letter: float) -> int:
        """The rows of names that `spans` (one paragraph's) take, foreseen before the text is
        laid out: `names`' placement in the text's own order, a name as wide as so many
        letters of `letter` pixels. Names of spans on different lines are taken to meet too."""
        levels, mine, reach, shown = self._levels, self.mine, self._reach, self.name_layers
        placed = []
        for span in spans:
            kind = span.label, span.annotator, shown, letter
            letters = reach.get(kind)
            if letters is None:
                letters = reach[kind] = (self._width(self._name_of(span)) + NAME_GAP) / letter
            placed.append((mine is not None and span.annotator != mine, levels.get(span.id, 0), span.start, letters))
        placed.sort()
        rows: list[tuple[list[float], list[float]]] = []
        for _, _, start, letters in placed:
            _free_row(rows, start, start + letters)
        return len(rows)

    def _width(self, name: tuple[str, QFont]) -> float:
        width = self._widths.get(name)
        if width is None:
            width = self._widths[name] = QFontMetricsF(name[1]).horizontalAdvance(name[0])
        return width

    def _name_of(self, span: Span) -> tuple[str, QFont]:
        if self.is_mine(span):
            return span.label, self._label_font
        mark = "?" if span.annotator.startswith(SUGGEST_PREFIX) else f" · {span.annotator}" if self.name_layers else ""
        return span.label + mark, self._other_font

    def _paint_marks(self, painter: QPainter, boxes: list[Box], selected: str | None) -> None:
        """Mine: stacked underlines (one row per nesting level). Other layers: dashed
        outlines (dotted for suggestions). Then every label name (`names`)."""
        for box in boxes:
            if box.first:
                continue
            if not self.is_mine(box.span):
                self._paint_other(painter, box, selected)
                continue
            colour = self.colour(box.span)
            y = self.underline_y(box)
            painter.setPen(QPen(colour, 2))
            painter.drawLine(QPointF(box.rect.left(), y), QPointF(box.rect.right(), y))
            if box.span.id == selected:
                painter.setPen(QPen(colour.darker(150), 2))
                painter.drawRect(box.rect.adjusted(-1, -1, 1, 1))
        direction = painter.layoutDirection()
        painter.setLayoutDirection(Qt.LeftToRight)  # "CLAIM?", not "?CLAIM", in the Arabic interface
        for name in self.names(boxes):
            colour = QColor(self.colour(name.box.span))
            if not self.is_mine(name.box.span):
                colour.setAlpha(200)
            painter.setFont(name.font)
            painter.setPen(colour.darker(130 if self.is_mine(name.box.span) else 120))
            painter.drawText(QPointF(name.rect.left(), name.rect.top() + QFontMetricsF(name.font).ascent()), name.text)
        painter.setLayoutDirection(direction)

    def _paint_other(self, painter: QPainter, box: Box, selected: str | None) -> None:
        colour = QColor(self.colour(box.span))
        suggested = box.span.annotator.startswith(SUGGEST_PREFIX)
        chosen = box.span.id == selected
        pen = QPen(colour.darker(150) if chosen else colour, 2 if chosen else 1.3,
                   Qt.SolidLine if chosen else Qt.DotLine if suggested else Qt.DashLine)
        painter.setPen(pen)
        inset = _inset(box)
        painter.drawRect(box.rect.adjusted(-inset, -inset, inset, inset))

    def handles(self, boxes: list[Box]) -> list[tuple[QRectF, Span]]:
        """Where my spans can be grabbed to draw a link: their underlines and label names."""
        rows = self._underline_rows(boxes)
        out = [(name.rect, name.box.span) for name in self.names(boxes) if self.is_mine(name.box.span)]
        out += [(QRectF(box.rect.left(), box.line_bottom, box.rect.width(), 2 + rows * UNDERLINE_STEP + 2), box.span)
                for box in boxes if self.is_mine(box.span) and not box.first]
        return out

    def paint_rubber_band(self, painter: QPainter, boxes: list[Box], source: Span, pointer: QPointF,
                          target: Span | None = None) -> None:
        """The link being drawn: from the span grabbed to the pointer, and the span it would
        join there (`target`) outlined."""
        piece = next((b for b in boxes if b.span.id == source.id and not b.first), None)
        if piece is None:
            return
        if target is not None:
            painter.setPen(QPen(self.colour(source).darker(140), 2))
            for box in boxes:
                if box.span.id == target.id and not box.first:
                    painter.drawRect(box.rect.adjusted(-1, -1, 1, 1))
        start = QPointF(piece.rect.center().x(), piece.line_bottom + 2)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(self.colour(source).darker(140), 2, Qt.DashLine))
        painter.drawLine(start, pointer)
        painter.setBrush(self.colour(source).darker(140))
        painter.drawEllipse(pointer, 3, 3)
        painter.setBrush(Qt.NoBrush)

    def _paint_relations(self, painter: QPainter, boxes: list[Box], selected: str | None,
                         relations: list[Relation]) -> None:
        """A curve between the two spans of each visible relation; "claim ← source" for attributions."""
        anchors: dict[str, QPointF] = {}
        for box in boxes:
            if not box.first and box.span.id not in anchors:
                anchors[box.span.id] = QPointF(box.rect.center().x(), box.rect.top())
        for rel in relations:
            a, b = anchors.get(rel.from_id), anchors.get(rel.to_id)
            if points_back(rel.type):
                a, b = b, a  # the arrowhead lands on the claim
            if a is None or b is None:
                continue
            strong = selected in (rel.from_id, rel.to_id)
            pen = QPen(QColor(40, 40, 40, 220 if strong else 110), 2 if strong else 1.2)
            if self.mine is not None and rel.annotator != self.mine:
                pen.setStyle(Qt.DashLine)  # another layer's relation
            painter.setPen(pen)
            path = QPainterPath(a)
            path.cubicTo(a + QPointF(0, -12), b + QPointF(0, -12), b)
            painter.drawPath(path)
            painter.setBrush(pen.color())
            painter.drawPolygon([b, b + QPointF(-4, -7), b + QPointF(4, -7)])
            painter.setBrush(Qt.NoBrush)


def visible_lines(doc, block, dx: float, dy: float, height: float):
    """(block, origin, lines on screen) from `block` down; origin is the block's layout
    position in viewport coordinates (scrolled by dx, dy)."""
    layout = doc.documentLayout()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.top() - dy > height:
            break
        if rect.bottom() - dy >= 0:
            text_layout = block.layout()
            origin = text_layout.position() + QPointF(-dx, -dy)
            # Only the lines on screen, found by bisection: one paragraph may hold a whole article.
            count, line_y = text_layout.lineCount(), lambda i: origin.y() + text_layout.lineAt(i).y()
            top = max(0, bisect_right(range(count), 0, key=line_y) - 1)
            bottom = bisect_right(range(count), height, key=line_y)
            lines = [text_layout.lineAt(i) for i in range(top, bottom)]
            if lines:
                yield block, origin, lines
        block = block.next()


def _free_row(rows: list[tuple[list[float], list[float]]], a: float, b: float, limit: int | None = None) -> int | None:
    """The first of `rows` where [a, b) is free, taken now (a new row if none is, unless
    there are `limit` rows already: None). A row is the starts and ends of the extents taken
    on it, sorted (they never overlap): a look at the two neighbours of [a, b) says whether it
    fits, however many names a paragraph has."""
    for row, (starts, ends) in enumerate(rows):
        if _blocker(starts, ends, a, b) is None:
            break
    else:
        if limit is not None and len(rows) >= limit:
            return None
        row = len(rows)
        rows.append(([], []))
    _take(rows[row], a, b)
    return row


def _blocker(starts: list[float], ends: list[float], a: float, b: float) -> int | None:
    """The extent of a row that [a, b) overlaps, if any."""
    i = bisect_right(starts, a)
    if i > 0 and ends[i - 1] > a:
        return i - 1
    return i if i < len(starts) and starts[i] < b else None


def _take(row: tuple[list[float], list[float]], a: float, b: float) -> None:
    starts, ends = row
    i = bisect_right(starts, a)
    starts.insert(i, a)
    ends.insert(i, b)


def _slide(row: tuple[list[float], list[float]], a: float, b: float, leftwards: bool) -> float:
    """[a, b) moved along `row` (leftwards, or rightwards) to the first place it is free,
    taken now; its new start."""
    width = b - a
    while (i := _blocker(*row, a, b)) is not None:
        a = row[0][i] - width if leftwards else row[1][i]
        b = a + width
    _take(row, a, b)
    return a


def _inset(box: Box) -> float:
    """How far another layer's outline sits outside its glyphs: nested outlines of one
    layer sit inside each other."""
    return 1 + box.level * 2


def _pieces(line, bpos: int, origin: QPointF, qs: int, qe: int) -> list[tuple[QRectF, float]]:
    """(rect, line bottom) for each visual piece of the Qt range [qs, qe) on one line."""
    ls = bpos + line.textStart()
    a, b = max(qs, ls), min(qe, ls + line.textLength())
    if a >= b:
        return []
    top = origin.y() + line.y()
    bottom = top + line.ascent() + line.descent()
    return [(QRectF(origin.x() + left, top, right - left, bottom - top), bottom)
            for left, right in merged(r.boundingRect() for r in line.glyphRuns(a - bpos, b - a))]

