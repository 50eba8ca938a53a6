"""`isnad show` in a terminal (issue 15): paired punctuation mirrored, span markers beside
their spans on mixed Arabic/Latin lines, a label never alone at a line break, no ligature
in place of letters (عبدالله is never printed with ﷲ)."""
from __future__ import annotations

import pytest

from annotator.model import Span
from annotator.terminal import mark_spans, visual, visual_block
from helpers import isnad, isnad_in_terminal, write_jsonl

ALLAH = "\ufdf2"  # ARABIC LIGATURE ALLAH ISOLATED FORM


def spans(text: str, *marked: tuple[str, str]) -> list[Span]:
    out = []
    for n, (words, label) in enumerate(marked):
        start = text.index(words)
        out.append(Span(f"s{n}", "d", start, start + len(words), label, "ali"))
    return out


def test_paired_punctuation_is_mirrored_in_right_to_left_lines():
    shown = visual("قال (حفتر) إن «الوضع» [مستقر]")
    # read right to left, each pair opens before its words: ( on the left of the shaped, reversed word
    assert "(ﺮﺘﻔﺣ)" in shown and "«ﻊﺿﻮﻟﺍ»" in shown and "[ﺮﻘﺘﺴﻣ]" in shown
    assert visual("Reuters (AFP) said") == "Reuters (AFP) said"  # left to right: unchanged


def test_no_ligature_replaces_letters_but_lam_alef_joins():
    shown = visual("قال عبدالله إن الله والإسلام لا")
    assert ALLAH not in shown and "ﻪﻠﻟﺍﺪﺒﻋ" in shown  # عبدالله: its own letters, joined
    assert "ﻻ" in shown  # lam-alef, which Arabic script requires, stays one glyph


def test_markers_stay_beside_their_spans_on_a_mixed_line():
    text = "قالت صحيفة Washington Post إن حفتر في CNN سرت"
    shown = visual_block(mark_spans(text, spans(text, ("Washington Post", "ORG"), ("حفتر", "PER")), True), 80)
    # right to left: ] opens, the Latin name reads left to right, [ closes, then its label
    assert "ORG[Washington Post]" in shown
    assert "CNN ﻲﻓ PER[ﺮﺘﻔﺣ]" in shown  # the label between its span and the next words, not after CNN


def test_nested_spans_close_inner_first():
    text = "قال المتحدث باسم الحكومة محمد حمودة إن"
    marked = spans(text, ("المتحدث باسم الحكومة محمد حمودة", "SOURCE"), ("محمد حمودة", "PER"))
    assert mark_spans(text, marked) == "قال [المتحدث باسم الحكومة [محمد حمودة]PER]SOURCE إن"
    assert "SOURCE[PER[ﺓﺩﻮﻤﺣ" in visual_block(mark_spans(text, marked, True), 80)


@pytest.mark.parametrize("width", range(12, 48))
def test_a_label_is_never_alone_at_a_line_break(width):
    """A span ending in a space could end one line and its ]LABEL start the next."""
    text = "أعلنت الوزارة أن الوضع مستقر في المدينة حسب ما قاله Ahmed Saleh للصحفيين"
    claim_end = text.index("في")
    marked = [Span("c", "d", text.index("الوضع"), claim_end, "CLAIM", "ali"),
              *spans(text, ("Ahmed Saleh", "PER"))]
    lines = visual_block(mark_spans(text, marked, True), width).split("\n")
    claim_line = next(line for line in lines if "CLAIM" in line)
    per_line = next(line for line in lines if "PER" in line)
    assert "ﺮﻘﺘﺴﻣ" in claim_line  # مستقر, the claim's last word
    assert "Saleh" in per_line


def test_show_in_a_terminal(tmp_path):
    project = tmp_path / "p.isnad"
    isnad("init", project)
    text = "قال عبدالله (المتحدث) لـ Washington Post إن «الوضع مستقر»"
    start = text.index("Washington Post")
    write_jsonl(tmp_path / "in.jsonl", [{"id": "d1", "text": text,
                                         "spans": [{"start": start, "end": start + 15, "label": "ORG"}]}])
    isnad("import", project, tmp_path / "in.jsonl")
    out = isnad_in_terminal("show", project, "d1")
    assert ALLAH not in out and "ORG[Washington Post]" in out and "(ﺙﺪﺤﺘﻤﻟﺍ)" in out
    assert "\u200e" not in out and "\u200f" not in out and "\ue000" not in out  # helpers never printed
