"""Suggestions in the real window: the project's recommender runs when a document opens
(off the UI thread), its suggestions show outlined beside mine, and Enter / Delete /
Ctrl+Enter accept, reject and accept all of a label, each one undo step; a rejected
suggestion stays away when the recommender runs again."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.importing import import_records
from annotator.model import Document, DocumentRecord, Span
from annotator.store import Project
from annotator.suggestions import set_recommender_specs
from tests.test_ui_workday import open_window
from ui.recommenders_dialog import RecommendersDialog

TAGGED = "قال خليفة حفتر إن قواته دخلت سرت."
FRESH = "وأكد حفتر أن سرت هادئة، ثم زار حفتر طرابلس وبسرت التقى الأهالي."



@pytest.fixture
def project(tmp_path):
    """amal tagged حفتر (PER) and سرت (LOC) in one article; a second one is untouched."""
    with Project.create(tmp_path / "p.isnad") as p:
        per, loc = TAGGED.index("حفتر"), TAGGED.index("سرت")
        import_records(p, [DocumentRecord(Document("tagged", "", TAGGED, title="a"),
                                          [Span("p", "", per, per + 4, "PER", "amal"),
                                           Span("l", "", loc, loc + 3, "LOC", "amal")]),
                           DocumentRecord(Document("fresh", "", FRESH, title="b"))])
        set_recommender_specs(p, ["lexicon"])
    return tmp_path / "p.isnad"


def open_fresh(qtbot, path):
    w = open_window(qtbot, path)
    with qtbot.waitSignal(w.suggestions.ready, timeout=10_000):
        w.workspace.open_document("fresh")
    assert QTest.qWaitForWindowActive(w)
    return w


def suggested(w) -> list[tuple[str, str]]:
    text = w.workspace.doc.text
    return sorted((s.label, text[s.start:s.end]) for s in w.view.others() if s.annotator == "suggest:lexicon")


def test_suggestions_appear_apart_and_accept_reject_undo(qtbot, project, errors):
    w = open_fresh(qtbot, project)
    view, ws = w.view, w.workspace
    assert suggested(w) == [("LOC", "سرت"), ("LOC", "سرت"), ("PER", "حفتر"), ("PER", "حفتر")]
    assert ws.spans == [] and w.project.spans("fresh", ["amal"]) == []  # nothing in my layer unasked
    QTest.keyClick(view, Qt.Key_F8)
    first = ws.other_span(view.selected_span_id)
    assert first.annotator == "suggest:lexicon" and FRESH[first.start:first.end] == "حفتر"
    QTest.keyClick(view, Qt.Key_Return)  # accept
    assert [(s.start, s.end, s.label) for s in ws.spans] == [(first.start, first.end, "PER")]
    assert len(suggested(w)) == 3
    QTest.keyClick(view, Qt.Key_F8)
    nxt = ws.other_span(view.selected_span_id)
    QTest.keyClick(view, Qt.Key_Delete)  # reject
    assert len(suggested(w)) == 2 and len(ws.spans) == 1
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier)  # the rejection is undone
    assert len(suggested(w)) == 3
    QTest.keyClick(view, Qt.Key_Z, Qt.ShiftModifier | Qt.ControlModifier)
    assert len(suggested(w)) == 2
    with qtbot.waitSignal(w.suggestions.ready, timeout=10_000):  # the lexicon runs again
        QTest.keyClick(view, Qt.Key_S, Qt.ShiftModifier | Qt.ControlModifier)
    assert (nxt.start, nxt.end) not in {(s.start, s.end) for s in view.others()}  # stays away


def test_accept_all_of_a_label_is_one_step(qtbot, project, errors):
    w = open_fresh(qtbot, project)
    view, ws = w.view, w.workspace
    loc = next(s for s in view.others() if s.label == "LOC")
    view.select_span(loc.id)
    QTest.keyClick(view, Qt.Key_Return, Qt.ControlModifier)
    assert sorted(FRESH[s.start:s.end] for s in ws.spans) == ["سرت", "سرت"]
    assert suggested(w) == [("PER", "حفتر"), ("PER", "حفتر")]
    w.actions["undo"].trigger()
    assert ws.spans == [] and len(suggested(w)) == 4
    assert w.project.status("fresh", "amal").status == "new"  # accepting and undoing left no trace


def test_choosing_recommenders_in_the_window(qtbot, project, errors, monkeypatch):
    w = open_fresh(qtbot, project)
    monkeypatch.setattr(RecommendersDialog, "ask", classmethod(lambda cls, parent, specs: []))
    w.actions["recommenders"].trigger()  # none: nothing more runs, earlier suggestions stay until accepted
    from annotator.suggestions import recommender_specs
    assert recommender_specs(w.project) == []
    dialog = RecommendersDialog(w, ["lexicon", "spacy:/models/ner"])
    qtbot.addWidget(dialog)
    assert dialog.lexicon.isChecked() and not dialog.attribution.isChecked()
    assert dialog.specs() == ["lexicon", "spacy:/models/ner"]


def test_a_broken_recommender_is_reported_once_and_changes_nothing(qtbot, tmp_path, project, errors):
    with Project.open(project) as p:
        set_recommender_specs(p, ["lexicon", f"spacy:{tmp_path / 'no-such-model'}"])
    w = open_window(qtbot, project)
    with qtbot.waitSignal(w.suggestions.ready, timeout=10_000):
        w.workspace.open_document("fresh")
    assert [e.code for e in errors] == ["E701"]  # the model folder is missing: said with its code
    assert len(suggested(w)) == 4  # the lexicon still suggests
    with qtbot.waitSignal(w.suggestions.ready, timeout=10_000):
        w.workspace.open_document("tagged")
    assert len(errors) == 1  # not again at every document
    assert w.project.spans("fresh", ["amal"]) == []


@pytest.fixture
def sample(tmp_path):
    """The app's sample project (its layer `sample`), with the attribution recommender chosen."""
    from annotator.resources import resource
    from exports import jsonl
    with Project.create(tmp_path / "s.isnad") as p:
        import_records(p, jsonl.read(resource("sample", "sample.jsonl")), "sample")
        set_recommender_specs(p, ["attribution"])
    return tmp_path / "s.isnad"


def open_from_list(qtbot, w, doc_id: str) -> None:
    table = w.docs.table
    with qtbot.waitSignal(w.suggestions.ready, timeout=10_000):
        QTest.mouseClick(table.viewport(), Qt.LeftButton, Qt.NoModifier,
                         table.visualRect(table.model().index(w.doc_model.row_of(doc_id), 0)).center())


def test_suggestions_that_come_after_the_article_opened_get_room_for_their_names(qtbot, sample, errors):
    """On ANERcorp p008 the sample's names and the suggestions' stack four rows deep under the
    first line; made room for when the document opened, before the suggestions came, they ran
    over the next line's words."""
    w = open_window(qtbot, sample)
    open_from_list(qtbot, w, "sirte-washington-post")  # the first suggestions: their layer is shown
    open_from_list(qtbot, w, "anercorp-test-p008")
    view = w.view
    assert any(s.annotator == "suggest:attribution" for s in view.others())
    qtbot.wait(20)
    names = view._painter.names(view._boxes)
    first_line = min(n.rect.top() for n in names)
    under_first = [n for n in names if n.rect.top() < first_line + 4 * view._painter.label_height]
    second = view.document().firstBlock().layout().lineAt(1)
    second_top = second.y() + view.document().firstBlock().layout().position().y() - view.verticalScrollBar().value()
    assert len({round(n.rect.top()) for n in under_first}) >= 3  # rows of names under the first line
    assert max(n.rect.bottom() for n in under_first) <= second_top
    assert view.verticalScrollBar().value() == 0  # the first line and the curves above it stay in sight


def test_no_room_is_made_once_the_article_was_touched(qtbot, sample, errors):
    """Suggestions that come after a click in the article (a slow model) leave the text where
    the pointer aims."""
    w = open_window(qtbot, sample)
    open_from_list(qtbot, w, "sirte-washington-post")
    w.suggestions._busy = True  # the worker is taken: the next document waits for it
    w.workspace.open_document("anercorp-test-p008")
    height = w.view._line_height
    QTest.mouseClick(w.view.viewport(), Qt.LeftButton, Qt.NoModifier, w.view.viewport().rect().center())
    with qtbot.waitSignal(w.suggestions.ready, timeout=10_000):
        w.suggestions._next()  # the worker is free: this document's suggestions come now
    assert any(s.annotator == "suggest:attribution" for s in w.view.others())
    assert w.view._line_height == height < w.view._room_needed()


def test_right_click_on_a_suggestion_accepts_or_rejects_it(qtbot, project, errors):
    from tests.test_ui_article_menu import right_click
    w = open_fresh(qtbot, project)
    view, ws = w.view, w.workspace
    per = next(s for s in view.others() if s.label == "PER")
    shown = right_click(qtbot, view, view.span_rects(per.id)[0].center().toPoint(),
                        "Reject the selected suggestion")
    assert "Copy the selected span into my layer" in shown and "Accept every suggestion with its label" in shown
    assert ("PER", "حفتر") not in [(s.label, FRESH[s.start:s.end]) for s in view.others()
                                  if (s.start, s.end) == (per.start, per.end)]
    loc = next(s for s in view.others() if s.label == "LOC")
    right_click(qtbot, view, view.span_rects(loc.id)[0].center().toPoint(), "Copy the selected span into my layer")
    assert [(s.start, s.end, s.label) for s in ws.spans] == [(loc.start, loc.end, "LOC")]


@pytest.fixture
def seed_only(tmp_path):
    """The sample's Washington Post article without its layer, attribution chosen: what I see
    are the attribution suggestions alone."""
    from annotator.resources import resource
    from exports import jsonl
    seed = next(r.document for r in jsonl.read(resource("sample", "sample.jsonl")) if r.document.id == SEED)
    with Project.create(tmp_path / "w.isnad") as p:
        import_records(p, [DocumentRecord(seed)])
        set_recommender_specs(p, ["attribution"])
    return tmp_path / "w.isnad"


SEED = "sirte-washington-post"


def first_attribution(w):
    """The first suggested claim, with its suggested source and cue: (claim, source, cue)."""
    view, ws = w.view, w.workspace
    claim = next(s for s in view.others() if s.label == "CLAIM")
    ends = {r.type: ws.other_span(r.to_id if r.type == "attributed_to" else r.from_id)
            for r in ws.other_relations if claim.id in (r.from_id, r.to_id)}
    return claim, ends["attributed_to"], ends["cue_of"]


def places(spans) -> list[tuple[int, int, str]]:
    return sorted((s.start, s.end, s.label) for s in spans)


def test_shift_enter_accepts_a_claim_with_its_source_and_cue_in_one_step(qtbot, seed_only, errors):
    w = open_window(qtbot, seed_only)
    open_from_list(qtbot, w, SEED)
    view, ws = w.view, w.workspace
    claim, source, cue = first_attribution(w)
    text = ws.doc.text
    assert (text[cue.start:cue.end], text[source.start:source.start + 5]) == ("قالت", "صحيفة")
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, view.span_rects(claim.id)[0].center().toPoint())
    assert view.selected_span_id == claim.id
    QTest.keyClick(view, Qt.Key_Return, Qt.ShiftModifier)
    assert places(ws.spans) == places([claim, source, cue])
    mine = {s.label: s.id for s in ws.spans}
    assert sorted((r.type, r.from_id, r.to_id) for r in ws.relations) == [
        ("attributed_to", mine["CLAIM"], mine["SOURCE"]), ("cue_of", mine["CUE"], mine["CLAIM"])]
    assert view.selected_span_id == mine["CLAIM"]  # my copy, selected where the suggestion was
    assert not {(s.start, s.end) for s in view.others()} & {(s.start, s.end) for s in ws.spans}
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier)  # one step
    assert ws.spans == [] and ws.relations == []
    assert first_attribution(w) == (claim, source, cue)


def test_a_suggested_link_is_accepted_from_its_spans_menu_with_both_ends(qtbot, seed_only, errors):
    from tests.test_ui_article_menu import right_click
    from ui.span_panel import excerpt
    w = open_window(qtbot, seed_only)
    open_from_list(qtbot, w, SEED)
    view, ws = w.view, w.workspace
    claim, source, cue = first_attribution(w)
    entry = f"Accept the link: attributed_to CLAIM {excerpt(ws.doc.text, claim)}"
    shown = right_click(qtbot, view, view.span_rects(source.id)[0].center().toPoint(),
                        entry.replace("\u2068", "").replace("\u2069", ""))
    assert "Accept the selected suggestion with its links and their spans" in shown
    assert places(ws.spans) == places([claim, source])  # the link and its two ends, not the cue
    [link] = ws.relations
    assert link.type == "attributed_to" and {link.from_id, link.to_id} == {s.id for s in ws.spans}
    [cue_of] = [r for r in ws.other_relations if r.from_id == cue.id]  # the cue's link now ends at my claim
    assert cue_of.to_id == next(s.id for s in ws.spans if s.label == "CLAIM")
    w.actions["undo"].trigger()
    assert ws.spans == [] and w.project.spans(SEED, ["amal"]) == []



def test_deleting_my_span_where_a_suggestion_is_shows_the_suggestion_again(qtbot, project, errors):
    """A suggestion my span hides comes back when my span goes, as it does when the document
    opens again (it is no rejection); it stayed away until then."""
    from tests.test_ui_workday import drag_over
    w = open_fresh(qtbot, project)
    view, ws = w.view, w.workspace
    start = FRESH.index("حفتر")
    drag_over(qtbot, view, start, start + 4)
    QTest.keyClicks(view, "1")  # PER, by hand, where the lexicon suggests it
    assert [(s.start, s.end, s.label) for s in ws.spans] == [(start, start + 4, "PER")]
    assert len(suggested(w)) == 3
    with qtbot.waitSignal(w.suggestions.ready, timeout=10_000):
        w.workspace.open_document("tagged")
    with qtbot.waitSignal(w.suggestions.ready, timeout=10_000):
        w.workspace.open_document("fresh")
    assert len(suggested(w)) == 3
    [mine] = ws.spans
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, view.span_rects(mine.id)[0].center().toPoint())
    QTest.keyClick(view, Qt.Key_Delete)
    assert ws.spans == [] and len(suggested(w)) == 4
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier)  # mine again: the suggestion hides again
    assert len(ws.spans) == 1 and len(suggested(w)) == 3
    assert not {(s.start, s.end, s.label) for s in ws.others} & {(s.start, s.end, s.label) for s in ws.spans}
