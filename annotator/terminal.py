"""Arabic for places with no shaping engine: the terminal and plain-text reports.

arabic-reshaper picks the joined letter forms and python-bidi puts each line in visual
order. Never use this for text that Qt draws: Qt shapes Arabic itself.

- Ligatures: only the lam-alef forms Arabic script requires (لا is never two glyphs); the
  word and phrase ligatures (الله as ﷲ, which would also turn عبدالله into عبدﷲ) are off.
- Mirroring: python-bidi's pure-Python algorithm applies rule L4, so ( ) [ ] « » in
  right-to-left runs are drawn mirrored; its faster Rust one does not mirror.
- Span markers (`show`): `[` before a span and `]LABEL` after it are held to the paragraph's
  direction with directional marks (removed after reordering), so on a line mixing Arabic and
  Latin they stay beside their span, and a Latin label never joins the Latin words next to
  it; wrapping never breaks between a span and its label.
"""
from __future__ import annotations

import re
import textwrap
import unicodedata

import arabic_reshaper
from arabic_reshaper.ligatures import SENTENCES_LIGATURES, WORDS_LIGATURES
from bidi.algorithm import get_display

from .model import Span

_OPEN, _CLOSE = "[", "]"
_RTL = {"R", "AL", "AN"}
_LRM, _RLM, _NBSP = "\u200e", "\u200f", "\u00a0"
# markers while a marked text is wrapped (private-use code points: no text holds them)
_M_OPEN, _M_CLOSE, _M_END = "\ue000", "\ue001", "\ue002"
_GLUED = re.compile(f" +(?={_M_CLOSE})|(?<={_M_OPEN}) +")  # spaces at a span's edges: never a line break
_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={name: False for name, _ in (*SENTENCES_LIGATURES, *WORDS_LIGATURES)})


def visual(line: str, rtl: bool | None = None) -> str:
    """One logical line, shaped and in visual (left-to-right display) order, brackets mirrored
    where they read right to left. `rtl`: the paragraph direction (default: its first strong
    character's)."""
    rtl = _is_rtl(line) if rtl is None else rtl
    shown = get_display(_RESHAPER.reshape(line), base_dir="R" if rtl else "L")
    return shown.replace(_LRM, "").replace(_RLM, "")


def visual_block(text: str, width: int = 80, align_right: bool = True) -> str:
    """Wrap logical lines to `width`, then shape and reorder each display line. `text` is
    plain or from `mark_spans(..., for_display=True)`."""
    out = []
    for paragraph in text.split("\n"):
        rtl = _is_rtl(paragraph.translate(_NO_MARKERS))
        glued = _GLUED.sub(lambda m: _NBSP * len(m[0]), paragraph)
        for line in textwrap.wrap(glued, width, break_long_words=False, break_on_hyphens=False) or [""]:
            shown = visual(_held(line, _RLM if rtl else _LRM), rtl)
            out.append(shown.rjust(width) if align_right and rtl else shown)
    return "\n".join(out)


_NO_MARKERS = str.maketrans("", "", _M_OPEN + _M_CLOSE + _M_END)


def _held(line: str, mark: str) -> str:
    """Markers as brackets between directional marks of the paragraph's direction."""
    return (line.replace(_M_OPEN, f"{mark}{_OPEN}{mark}").replace(_M_CLOSE, f"{mark}{_CLOSE}")
            .replace(_M_END, mark))


def mark_spans(text: str, spans: list[Span], for_display: bool = False) -> str:
    """The logical text with each span as [words]LABEL (nested spans nest). `for_display`:
    markers `visual_block` keeps beside their spans (for a terminal, never printed as is)."""
    opening, closing, end = (_M_OPEN, _M_CLOSE, _M_END) if for_display else (_OPEN, _CLOSE, "")
    label = (lambda s: s.label.replace(" ", _NBSP)) if for_display else (lambda s: s.label)
    inserts: dict[int, list[str]] = {}
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        inserts.setdefault(s.start, []).append(opening)
    for s in sorted(spans, key=lambda s: (-s.start, s.end)):  # the inner span closes first
        inserts.setdefault(s.end, []).append(closing + label(s) + end)
    pieces, last = [], 0
    for pos in sorted(inserts):
        closes = [m for m in inserts[pos] if m != opening]
        opens = [m for m in inserts[pos] if m == opening]
        pieces += [text[last:pos], *closes, *opens]
        last = pos
    pieces.append(text[last:])
    return "".join(pieces)


def _is_rtl(line: str) -> bool:
    """The paragraph direction: that of its first strong character (UAX #9, P2)."""
    for ch in line:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return True
