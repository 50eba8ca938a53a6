from annotator.model import Span
from ui.span_levels import stack_levels


def sp(i, s, e):
    return Span(i, "d", s, e, "X", "a")


def test_nested_and_overlapping_spans_get_distinct_rows_disjoint_share():
    levels = stack_levels([sp("claim", 0, 40), sp("src", 5, 12), sp("per", 5, 9),
                           sp("later", 50, 60), sp("cross", 30, 55)])
    assert levels["claim"] == 0 and levels["src"] == 1 and levels["per"] == 2
    assert levels["cross"] == 1       # overlaps claim (row 0) but src has ended
    assert levels["later"] == 0       # claim ended at 40, row 0 is free again
