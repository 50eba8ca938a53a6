"""Arabic for places with no shaping engine: the terminal and plain-text reports.

arabic-reshaper picks the joined letter forms and python-bidi puts each line in visual
order. Never use this for text that Qt draws: Qt shapes Arabic itself.
"""
from __future__ import annotations

import textwrap
import unicodedata

import arabic_reshaper
from bidi import get_display

from .model import Span

_OPEN, _CLOSE = "[", "]"
_MIRROR = str.maketrans("[]", "][")
_RTL = {"R", "AL", "AN"}


def visual(line: str) -> str:
    """One logical line, shaped and in visual (left-to-right display) order."""
    return get_display(arabic_reshaper.reshape(line), base_dir="R" if _is_rtl(line) else "L")


def visual_block(text: str, width: int = 80, align_right: bool = True) -> str:
    """Wrap logical lines to `width`, then shape and reorder each display line."""
    out = []
    for paragraph in text.split("\n"):
        rtl = _is_rtl(paragraph)
        for line in textwrap.wrap(paragraph, width) or [""]:
            shown = visual(_mirror_markers(line, rtl))
            out.append(shown.rjust(width) if align_right and rtl else shown)
    return "\n".join(out)


def mark_spans(text: str, spans: list[Span]) -> str:
    """The logical text with each span as [words]LABEL (nested spans nest)."""
    inserts: dict[int, list[str]] = {}
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        inserts.setdefault(s.start, []).append(_OPEN)
    for s in sorted(spans, key=lambda s: (-s.start, s.end)):
        inserts.setdefault(s.end, []).insert(0, _CLOSE + s.label)
    pieces, last = [], 0
    for pos in sorted(inserts):
        closes = [m for m in inserts[pos] if m != _OPEN]
        opens = [m for m in inserts[pos] if m == _OPEN]
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


def _mirror_markers(line: str, rtl: bool) -> str:
    """python-bidi reorders but does not mirror: pre-mirror our brackets in RTL context."""
    chars = list(line)
    for i, ch in enumerate(chars):
        if ch in "[]" and _resolves_rtl(line, i, rtl):
            chars[i] = ch.translate(_MIRROR)
    return "".join(chars)


def _resolves_rtl(line: str, i: int, base_rtl: bool) -> bool:
    before = _strong(reversed(line[:i]))
    after = _strong(line[i + 1:])
    if before == after and before is not None:
        return before
    return base_rtl


def _strong(chars) -> bool | None:
    for ch in chars:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL:
            return True
        if kind == "L":
            return False
    return None
