"""The article's context menu, driven as a user does: a right button pressed at a span's or
the selection's laid-out position (through the window, where Qt makes the menu event from
it), then a click on an entry of the menu that opens."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.test_ui_window import source_and_claim, stored, window  # noqa: F401 (the fixture)
from tests.ui_helpers import offsets, point_at


def right_click(qtbot, view, point: QPoint, entry: str | None) -> list[str]:
    """Press the right button at a viewport point; click the menu entry named `entry` (None:
    close the menu with Esc). Returns the entries the menu showed, without their keys."""
    window = view.window().windowHandle()
    # The pointer comes from elsewhere, as a hand's does: a press where the last test's window
    # last saw the pointer gave no menu event in a new window (offscreen Qt 6.11).
    QTest.mouseMove(window, QPoint(1, 1))
    return choose(qtbot, view, entry, lambda: QTest.mouseClick(
        window, Qt.RightButton, Qt.NoModifier, view.viewport().mapTo(view.window(), point)))


def choose(qtbot, view, entry: str | None, open_menu) -> list[str]:
    """Open the menu with `open_menu`, then click its entry `entry` (see `right_click`)."""
    shown: list[str] = []

    def choose(tries=200):  # 2 s for the menu to open; then none is waited for (nor closed later)
        menu = QApplication.activePopupWidget()
        if menu is None:
            return tries and QTimer.singleShot(10, lambda: choose(tries - 1))
        actions = [a for a in menu.actions() if a.text()]  # sections too, not bare separators
        names = [a.text().split("\t")[0].replace("&", "").replace("\u2068", "").replace("\u2069", "")
                 for a in actions]
        shown.extend(names)
        if entry not in names:  # closed, so that the test goes on to fail on what it showed
            return QTest.keyClick(menu, Qt.Key_Escape)
        where = menu.actionGeometry(actions[names.index(entry)]).center()
        QTest.mouseClick(menu, Qt.LeftButton, Qt.NoModifier, where)

    QTimer.singleShot(0, choose)
    open_menu()
    qtbot.waitUntil(lambda: bool(shown) and QApplication.activePopupWidget() is None, timeout=2000)
    assert entry is None or entry in shown, shown
    view.window().windowHandle().requestActivate()  # as a window system does once a popup closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.window())
    view.setFocus()
    return shown


def test_right_click_in_a_selection_tags_it_and_on_a_span_relabels_and_deletes_it(qtbot, window):
    view = window.view
    start, end = offsets("بطرابلس")
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=point_at(view, start + 3))
    shown = right_click(qtbot, view, point_at(view, start + 2), "LOC")
    assert shown[:4] == ["Tag as", "PER", "ORG", "LOC"]
    assert stored(window) == [(start, end, "LOC")]

    span = window.project.spans("doc-1", ["amal"])[0]
    view.select_span(None)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=point_at(view, offsets("هادئ")[0] + 1))  # elsewhere
    middle = view.span_rects(span.id)[0].center().toPoint()
    shown = right_click(qtbot, view, middle, "PER")  # the span under the pointer is picked
    assert "Relabel" in shown and "Delete span" in shown and "Select All" not in shown
    assert stored(window) == [(start, end, "PER")]

    right_click(qtbot, view, middle, "Delete span")
    assert stored(window) == []
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert stored(window) == [(start, end, "PER")]


def test_right_click_elsewhere_clears_the_selection_and_offers_no_select_all(qtbot, window):
    """Qt's menu offered Select All: a label key then tagged the whole article."""
    view = window.view
    start, _ = offsets("الوضع")
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=point_at(view, start + 2))
    assert view.selection_offsets()
    shown = right_click(qtbot, view, point_at(view, offsets("المتحدثة")[0] + 2), None)
    assert "Select All" not in shown and "Find in the article…" in shown
    assert view.selection_offsets() is None and view.selected_span_id is None
    qtbot.keyClick(view, "3")
    assert stored(window) == []


def test_ctrl_c_or_the_menu_copies_a_clicked_spans_words(qtbot, window):
    from PySide6.QtGui import QGuiApplication
    view = window.view
    start, end = offsets("الوضع بطرابلس هادئ")
    qtbot.mousePress(view.viewport(), Qt.LeftButton, pos=point_at(view, start))
    qtbot.mouseMove(view.viewport(), point_at(view, end))
    qtbot.mouseRelease(view.viewport(), Qt.LeftButton, pos=point_at(view, end))
    qtbot.keyClick(view, "c")
    claim = view.selected_span_id
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("")
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=point_at(view, offsets("قالت")[0] + 1))  # elsewhere
    middle = view.span_rects(claim)[0].center().toPoint()
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=middle)
    assert view.selected_span_id == claim
    qtbot.keyClick(view, Qt.Key_C, Qt.ControlModifier)
    assert clipboard.text() == "الوضع بطرابلس هادئ"
    clipboard.setText("")
    right_click(qtbot, view, middle, "Copy the words")
    assert clipboard.text() == "الوضع بطرابلس هادئ"


def test_right_click_on_a_linked_span_removes_one_of_its_links(qtbot, window):
    view = window.view
    source, claim = source_and_claim(qtbot, window)
    window.link_to(source.id)
    assert len(window.project.relations("doc-1")) == 1
    shown = right_click(qtbot, view, view.span_rects(source.id)[0].center().toPoint(),  # the link's other end
                        "Remove link: attributed_to CLAIM الوضع بطرابلس هادئ")
    assert "Delete span" in shown and window.project.relations("doc-1") == []
    assert len(window.project.spans("doc-1")) == 2  # the spans stay
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert len(window.project.relations("doc-1")) == 1


def test_a_read_only_project_offers_no_label_in_the_menu(qtbot, tmp_path, errors):
    from annotator.store import Project
    from tests.ui_helpers import make_project
    from ui.main_window import MainWindow
    make_project(tmp_path / "p.isnad").close()
    w = MainWindow(Project.open(tmp_path / "p.isnad", read_only=True), "amal")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    view = w.view
    start, _ = offsets("بطرابلس")
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=point_at(view, start + 3))
    names = {l.name for l in w.project.schema.labels}
    labels: list[bool] = []  # whether each label entry can be chosen

    def look(tries=200):
        menu = QApplication.activePopupWidget()
        if menu is None:
            return tries and QTimer.singleShot(10, lambda: look(tries - 1))
        labels.extend(a.isEnabled() for a in menu.actions() if a.text().split("\t")[0].strip("\u2068\u2069") in names)
        QTest.keyClick(menu, Qt.Key_Escape)
    QTest.mouseMove(w.windowHandle(), QPoint(1, 1))  # as in right_click
    QTimer.singleShot(0, look)
    QTest.mouseClick(w.windowHandle(), Qt.RightButton, Qt.NoModifier, view.viewport().mapTo(w, point_at(view, start + 2)))
    qtbot.waitUntil(lambda: bool(labels))
    assert labels == [False] * 7
    assert w.project.spans("doc-1") == [] and errors == []


def menu_key(view) -> None:
    """What Qt sends the focused widget for the Menu key (offscreen Qt makes no menu event
    of the key itself; on X11 it does, checked with xdotool)."""
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Keyboard, QPoint(0, 0), view.mapToGlobal(QPoint(0, 0))))


def test_the_menu_key_links_the_selected_span_without_the_pointer(qtbot, window):
    """The Menu key on a selected claim offers the spans a link may join it to, nearest first."""
    view = window.view
    source, claim = source_and_claim(qtbot, window)  # the claim selected
    shown = choose(qtbot, view, "Link to: attributed_to SOURCE المتحدثة باسم الأفريكوم",
                   lambda: menu_key(view))
    assert [(r.from_id, r.to_id, r.type) for r in window.project.relations("doc-1")] == \
        [(claim.id, source.id, "attributed_to")]
    assert "Remove link: attributed_to CLAIM الوضع بطرابلس هادئ" not in shown  # offered on the source now
    shown = choose(qtbot, view, None, lambda: menu_key(view))
    assert not any(name.startswith("Link to") for name in shown)  # linked already: nothing more to offer
