"""The Arabic interface leaves nothing in English: the dialogs the tests open (error,
read-only, name, export) and the main window's menus, with parameters in Unicode isolates."""
from __future__ import annotations

import string

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QTreeView

from annotator.errors import IsnadError
from annotator.messages import M, catalogue
from annotator.model import Relation, Span
from annotator.store import Project
from tests.arabic_ui import arabic, english_words, menu_texts, shown_texts, untranslated  # noqa: F401
from tests.ui_helpers import click_span, make_project, tag_by_drag
from ui.article_view import ArticleView
from ui.bidi import FSI, LRI, PDI, ShortcutStyle, menu_item_text, shortcut_text
from ui.dialogs import ErrorDialog, NameDialog, ReadOnlyDialog
from ui.error_text import dialog_text
from ui.export_dialog import ExportDialog


def while_open(qtbot, inspect) -> list:
    """Run `inspect(dialog)` on the next modal dialog once it shows, then close it."""
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append(inspect(dialog))
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
    QTimer.singleShot(0, look)
    return seen


def test_every_catalogue_message_reads_in_arabic(arabic):
    for message in catalogue():
        fields = {name for t in (message.what, message.todo) for _, name, _, _ in string.Formatter().parse(t) if name}
        text = dialog_text(IsnadError.of(message, "news/a.txt", 3, **{f: "value" for f in fields}))
        assert english_words(text) == [], (message.code, text)
        assert "ما العمل" in text and f"{LRI}{LRI}{FSI}news{PDI}/{FSI}a.txt{PDI}{PDI}:3{PDI}" in text and f"{LRI}{message.code}{PDI}" in text


def test_error_dialog_is_arabic_and_keeps_each_run_in_order(arabic, qtbot):
    error = IsnadError.of(M.PROJECT_MISSING, file="/home/amal/مشاريع/news 2.isnad")
    box = ErrorDialog.build(None, error)
    qtbot.addWidget(box)
    box.show()
    assert untranslated(shown_texts(box)) == []
    assert box.windowTitle() == "إسناد"
    path = f"{LRI}/{FSI}home{PDI}/{FSI}amal{PDI}/{FSI}مشاريع{PDI}/{FSI}news\u00a02.isnad{PDI}{PDI}"
    assert box.text().startswith(f"لا يوجد ملف مشروع في {path}.")
    assert f"ما العمل: تحقَّق من المسار، أو أنشئ مشروعًا بالأمر {LRI}isnad\u00a0init{PDI}" in box.text()


def test_error_dialog_shown_for_real(arabic, qtbot):
    error = IsnadError.of(M.NOT_DECODABLE, "news/a.txt", encoding="utf-8", byte=0, line_number=1, sample="b'\\xc7'")
    seen = while_open(qtbot, lambda box: (untranslated(shown_texts(box)), box.text()))
    ErrorDialog.show(None, error)
    assert seen and seen[0][0] == [] and "لملفات ويندوز العربية" in seen[0][1]


def test_read_only_dialog(arabic, qtbot, tmp_path):
    error = IsnadError.of(M.PROJECT_LOCKED, name="news.isnad")
    seen = while_open(qtbot, lambda box: untranslated(shown_texts(box)))
    assert ReadOnlyDialog.ask(None, error) is False
    assert seen == [[]]


def test_name_dialog(arabic, qtbot):
    seen = while_open(qtbot, lambda dialog: untranslated(shown_texts(dialog)))
    assert NameDialog.ask(None) is None
    assert seen == [[]]


def test_export_dialog_and_its_inline_error(arabic, qtbot, tmp_path):
    make_project(tmp_path / "p.isnad").close()
    with Project.open(tmp_path / "p.isnad") as project:
        dialog = ExportDialog(project)
        qtbot.addWidget(dialog)
        dialog.show()
        assert untranslated(shown_texts(dialog)) == []
        for i in range(dialog.statuses.count()):
            dialog.statuses.item(i).setCheckState(Qt.Unchecked)
        dialog.accept()
        assert dialog.isVisible() and dialog.error.text().startswith("لم تُحدَّد أي حالة")
        assert untranslated(shown_texts(dialog)) == []


def test_menus_labels_and_guidelines(arabic, qtbot, tmp_path):
    from ui.label_palette import LabelPalette
    from ui.main_window import MainWindow
    make_project(tmp_path / "p.isnad").close()
    window = MainWindow(Project.open(tmp_path / "p.isnad"), "amal")
    qtbot.addWidget(window)
    for action in window.menuBar().actions():
        assert untranslated([action.text(), *menu_texts(action.menu())]) == []
    palette = window.findChild(LabelPalette)
    texts = [palette.list.item(i).text() for i in range(palette.list.count())]
    assert any(t.endswith("كيان") for t in texts) and any(t.endswith("ادعاء") for t in texts)
    assert untranslated(texts) == []
    palette.show_label("LOC")
    assert "لا تُدخل السوابق" in palette.guideline.text()
    assert "لا تُدخل السوابق" in palette.list.currentItem().toolTip()
    window.close()


def test_menu_shortcuts_read_left_to_right(arabic):
    assert isinstance(QApplication.style(), ShortcutStyle)
    assert menu_item_text("نص أكبر\tCtrl+=") == f"نص أكبر\t{LRI}Ctrl+={PDI}"
    assert menu_item_text("خروج") == "خروج"
    assert shortcut_text("Ctrl+=") == f"{LRI}Ctrl+={PDI}"  # for key help and tooltips


def test_english_is_back_after_the_arabic_tests(qapp):
    assert dialog_text(IsnadError.of(M.PROJECT_READ_ONLY)).startswith("this project is open read-only.")
    assert not isinstance(QApplication.style(), ShortcutStyle)


def test_layers_suggestions_and_notices_in_arabic(arabic, qtbot, tmp_path):
    """The Layers panel, the read-only span in the editor, the recommenders dialog and the
    nesting notice."""
    from annotator.importing import import_records
    from annotator.model import Document, DocumentRecord, Span
    from ui.main_window import MainWindow
    from ui.recommenders_dialog import RecommendersDialog
    text = "وصل الوفد إلى طرابلس أمس، وفي بطرابلس اجتماع"
    start = text.index("طرابلس")
    with Project.create(tmp_path / "p.isnad") as p:
        import_records(p, [DocumentRecord(Document("d", "", text), [Span("t", "", start, start + 6, "LOC", "")])])
    window = MainWindow(Project.open(tmp_path / "p.isnad"), "amal")
    qtbot.addWidget(window)
    window.show()
    window.view.select_span("t")
    qtbot.wait(20)
    assert untranslated(shown_texts(window.layers.panel)) == []
    assert "للقراءة فقط" in window.editor.title.text() and untranslated([window.editor.title.text()]) == []
    window.view.select_exact(start, start + 6)
    window.apply_label("LOC")
    window.view.select_exact(start - 4, start + 6)  # "إلى طرابلس" over the LOC طرابلس
    window.apply_label("LOC")
    assert window.notice.isVisible() and untranslated(shown_texts(window.notice)) == []
    dialog = RecommendersDialog(window, ["lexicon"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert untranslated(shown_texts(dialog)) == []
    window.close()


def test_label_names_under_the_article_read_the_same_in_the_mirrored_interface(qtbot, qapp):
    """A suggestion's name is "CLAIM?" in both interfaces: drawn in the mirrored (right-to-left)
    one as the widget's direction had it, its question mark came first ("?CLAIM")."""
    text = "قال المتحدث إن الوضع هادئ"
    start = text.index("الوضع")
    crops = []
    try:
        for direction in (Qt.LeftToRight, Qt.RightToLeft):
            qapp.setLayoutDirection(direction)  # as the Arabic interface sets it
            view = ArticleView()
            qtbot.addWidget(view)
            view.set_annotator("amal")
            view.resize(500, 200)
            view.load(text, [], [], [Span("c", "d", start, len(text), "CLAIM", "suggest:attribution")])
            view.show()
            qtbot.waitExposed(view)
            image = view.viewport().grab().toImage()
            names = view._painter.names(view._visible_boxes())
            assert [n.text for n in names] == ["CLAIM?"]
            crops.append(image.copy(names[0].rect.toAlignedRect()))
    finally:
        qapp.setLayoutDirection(Qt.LeftToRight)
    assert crops[0] == crops[1]
    assert any(QColor(crops[1].pixel(x, y)) != QColor(Qt.white) for x in range(crops[1].width())
               for y in range(crops[1].height()))  # the name is drawn there


def test_the_mirrored_window_puts_the_document_list_where_reading_starts(arabic, qtbot, tmp_path):
    from ui.main_window import MainWindow
    make_project(tmp_path / "p.isnad").close()
    window = MainWindow(Project.open(tmp_path / "p.isnad"), "amal")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    documents, labels = window.docs.parentWidget(), window.palette.parentWidget()
    assert window.dockWidgetArea(documents) == Qt.RightDockWidgetArea

    def left(widget) -> int:
        return widget.mapTo(window, widget.rect().topLeft()).x()
    assert left(labels) < left(window.view) < left(documents)
    window.close()


def test_the_mirrored_window_reopens_with_its_document_selected_and_in_sight_in_the_list(arabic, qtbot, tmp_path):
    from annotator.importing import import_records
    from annotator.model import Document, DocumentRecord
    from ui.main_window import MainWindow
    project = Project.create(tmp_path / "p.isnad")
    import_records(project, [DocumentRecord(Document(f"doc-{i:02}", "", f"نص رقم {i}.")) for i in range(60)])
    project.close()
    first = MainWindow(Project.open(tmp_path / "p.isnad"), "amal")
    first.workspace.open_document("doc-45")
    first.close()  # where amal left off is where the next window opens
    window = MainWindow(Project.open(tmp_path / "p.isnad"), "amal")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    table = window.docs.table
    assert [index.row() for index in table.selectionModel().selectedRows()] == [45]
    assert table.viewport().rect().contains(table.visualRect(window.doc_model.index(45, 0)).center())
    window.close()


def test_a_span_clicked_in_the_mirrored_window_is_selected_in_the_span_list(arabic, qtbot, tmp_path):
    from ui.main_window import MainWindow
    make_project(tmp_path / "p.isnad").close()
    window = MainWindow(Project.open(tmp_path / "p.isnad"), "amal")
    qtbot.addWidget(window)
    tag_by_drag(qtbot, window, "المتحدثة", "s")
    tag_by_drag(qtbot, window, "بطرابلس", "3")
    source = next(s for s in window.workspace.spans if s.label == "SOURCE")
    click_span(qtbot, window.view, source.id)
    table = window.span_table
    qtbot.waitUntil(lambda: [table.spans.span_id(i.row()) for i in table.selectionModel().selectedRows()]
                    == [source.id], timeout=2000)
    window.close()


def test_qts_own_file_dialog_reads_in_arabic(arabic, qtbot, tmp_path):
    """Qt's Arabic catalogue leaves "&Look in:", "Files of &type:" and "Folder" in English;
    ours fills them (scripts/build_translations.py, QT_GAPS)."""
    from PySide6.QtWidgets import QFileDialog
    (tmp_path / "folder").mkdir()
    dialog = QFileDialog(None, "", str(tmp_path), "*.jsonl")
    dialog.setOption(QFileDialog.DontUseNativeDialog)  # what Linux without a desktop's dialogs shows
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    interface = [t for t in shown_texts(dialog) if t and str(tmp_path) not in t and not t.startswith("*")]
    assert untranslated(interface) == []
    model = dialog.findChild(QTreeView).model()
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(tmp_path))) == 1)
    kind = model.index(0, 2, model.index(str(tmp_path)))
    assert model.data(kind) == "مجلد"


def test_relation_arrows_point_onward_in_the_mirrored_interface(arabic, qtbot):
    """"→ CLAIM" under "CUE «قالت»": in the right-to-left list the arrow points left, the
    way the line reads, and attributed_to's points back to the right."""
    from ui.span_panel import RelationList
    text = "قالت المتحدثة إن الوضع هادئ"
    words = (("q", "قالت", "CUE"), ("s", "المتحدثة", "SOURCE"), ("c", "الوضع هادئ", "CLAIM"))
    cue, source, claim = (Span(i, "d", text.index(w), text.index(w) + len(w), label, "amal") for i, w, label in words)
    panel = RelationList()
    qtbot.addWidget(panel)
    panel.show_relations(text, [cue, source, claim], [Relation("r1", "d", "q", "c", "cue_of", "amal"),
                                                      Relation("r2", "d", "c", "s", "attributed_to", "amal")])
    onward, back = (panel.list.item(row).text().split("\n")[1] for row in (0, 1))
    assert onward.startswith("← CLAIM") and back.startswith("→ SOURCE")


def _ink_columns(image, rect) -> dict[int, tuple[int, int]]:
    """{x: (top, bottom)} of the dark pixels in each column of `rect` in `image`."""
    ink: dict[int, tuple[int, int]] = {}
    for x in range(rect.left(), rect.right()):
        ys = [y for y in range(rect.top(), rect.bottom()) if QColor(image.pixel(x, y)).lightness() < 110]
        if ys:
            ink[x] = (min(ys), max(ys))
    return ink


def test_an_elided_english_title_in_the_mirrored_list_ends_with_its_ellipsis(arabic, qtbot, tmp_path):
    from annotator.importing import import_records
    from annotator.model import Document, DocumentRecord
    from ui.main_window import MainWindow
    project = Project.create(tmp_path / "p.isnad")
    long_title = "Sample text written for the tool, far too long to fit in the list"
    import_records(project, [DocumentRecord(Document("doc-1", "", "نص.", title=long_title)),
                             DocumentRecord(Document("doc-2", "", "نص آخر.", title="Short"))])
    project.close()
    window = MainWindow(Project.open(tmp_path / "p.isnad"), "amal")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    table = window.docs.table
    table.selectionModel().clear()  # dark text on a light row
    image = table.viewport().grab().toImage()
    long_ink = _ink_columns(image, table.visualRect(window.doc_model.index(0, 0)))
    short_rect = table.visualRect(window.doc_model.index(1, 0))
    short_ink = _ink_columns(image, short_rect)
    # The row reads from its right edge ("Sample…" from the left, as English reads, with "…"
    # last, at the left): the leftmost ink is a letter's full height, not the ellipsis' dots.
    left = min(long_ink)
    heights = [long_ink[x][1] - long_ink[x][0] for x in range(left, left + 3) if x in long_ink]
    assert max(heights) > 3, "the title's leftmost ink is its ellipsis' dots"
    # and a title that fits stays on the right, as the list's other rows
    assert max(short_ink) > short_rect.center().x()
    window.close()


def test_the_keys_and_mouse_list_reads_in_arabic(arabic, qtbot, tmp_path):
    from ui.main_window import MainWindow
    make_project(tmp_path / "p.isnad").close()
    window = MainWindow(Project.open(tmp_path / "p.isnad"), "amal")
    qtbot.addWidget(window)
    window.show()
    seen = while_open(qtbot, lambda d: [d.windowTitle()] + [d.table.item(r, c).text()
                                                            for r in range(d.table.rowCount()) for c in (0, 1)])
    window.actions["keys"].trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert len(seen[0]) > 80 and untranslated(seen[0]) == []
    window.close()
