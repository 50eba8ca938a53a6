"""Menus and shortcuts of the main window, in one table-like place."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from .i18n import tr


def _action(window, menu, text: str, slot, shortcut=None, checkable: bool = False) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcuts([QKeySequence(s) for s in (shortcut if isinstance(shortcut, tuple) else (shortcut,))])
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(w) -> dict[str, QAction]:
    """Create every action on main window `w`; returns them by name (for tests and state)."""
    bar, a = w.menuBar(), {}
    file = bar.addMenu(tr("&File"))
    a["new"] = _action(w, file, tr("&New project…"), w.files.new_project, QKeySequence.New)
    a["open"] = _action(w, file, tr("&Open project…"), w.files.open_project_dialog, QKeySequence.Open)
    w.recent_menu = file.addMenu(tr("Open &recent"))
    file.addSeparator()
    a["import"] = _action(w, file, tr("&Import documents…"), w.files.import_dialog, "Ctrl+I")
    a["import_folder"] = _action(w, file, tr("Import a &folder…"), w.files.import_folder_dialog)
    a["export"] = _action(w, file, tr("&Export…"), w.files.export_dialog, "Ctrl+E")
    file.addSeparator()
    a["switch"] = _action(w, file, tr("S&witch annotator…"), w.files.switch_annotator)
    a["quit"] = _action(w, file, tr("&Quit"), w.close, QKeySequence.Quit)

    edit = bar.addMenu(tr("&Edit"))
    a["undo"] = _action(w, edit, tr("&Undo"), w.workspace.undo, QKeySequence.Undo)
    a["redo"] = _action(w, edit, tr("&Redo"), w.workspace.redo, ("Ctrl+Shift+Z", "Ctrl+Y"))
    edit.addSeparator()
    a["find"] = _action(w, edit, tr("&Find in the article…"), w.find.open, QKeySequence.Find)
    a["find_next"] = _action(w, edit, tr("Find &next"), lambda: w.find.step(1), "F3")
    a["find_previous"] = _action(w, edit, tr("Find &previous"), lambda: w.find.step(-1), "Shift+F3")
    edit.addSeparator()
    a["delete"] = _action(w, edit, tr("&Delete span") + "\tDelete", w.delete_span)  # the view's key
    a["tag_all"] = _action(w, edit, tr("Tag &all occurrences of the selected span"), w.tag_all, "Ctrl+Shift+A")
    a["link"] = _action(w, edit, tr("&Link selected span to… (then click)"), w.start_link, "L")
    a["snap"] = _action(w, edit, tr("&Snap selections to whole words"), w.set_snapping, "Ctrl+W", checkable=True)
    a["snap"].setChecked(True)
    a["clitic"] = _action(w, edit, tr("Trim or restore a &proclitic (و ف ب ل ك ال) at the span's start"),
                          w.proclitics.toggle, "Ctrl+T")
    a["note"] = _action(w, edit, tr("Edit the selected span's &note"), w.edit_note, "F2")

    layers = bar.addMenu(tr("La&yers"))  # keys handled by the article view: shown, not bound, here
    a["copy"] = _action(w, layers, tr("&Copy the selected span into my layer") + "\tEnter", w.layers.copy_selected)
    a["accept_links"] = _action(w, layers, tr("Accept the selected suggestion &with its links and their spans")
                                + "\tShift+Enter", w.layers.accept_with_links)
    a["reject"] = _action(w, layers, tr("&Reject the selected suggestion") + "\tDelete", w.layers.reject_selected)
    a["accept_label"] = _action(w, layers, tr("&Accept every suggestion with its label") + "\tCtrl+Enter",
                                w.layers.accept_label)
    a["next_other"] = _action(w, layers, tr("&Next span of a shown layer") + "\tF8", lambda: w.layers.step(1))
    a["prev_other"] = _action(w, layers, tr("&Previous span of a shown layer") + "\tShift+F8",
                              lambda: w.layers.step(-1))
    a["copy_layer"] = _action(w, layers, tr("Copy all of the selected span's &layer into mine"),
                              w.layers.copy_selected_layer)
    layers.addSeparator()
    a["recommenders"] = _action(w, layers, tr("Re&commenders…"), w.layers.choose_recommenders)
    a["suggest_now"] = _action(w, layers, tr("&Suggest again for this document"), w.layers.suggest_now, "Ctrl+Shift+S")
    layers.addSeparator()
    a["layers_panel"] = w.layers_dock.toggleViewAction()
    a["layers_panel"].setText(tr("Layers &panel"))
    layers.addAction(a["layers_panel"])

    view = bar.addMenu(tr("&View"))
    a["zoom_in"] = _action(w, view, tr("&Larger text"), lambda: w.view.zoom(+1), ("Ctrl+=", "Ctrl++"))
    a["zoom_out"] = _action(w, view, tr("&Smaller text"), lambda: w.view.zoom(-1), "Ctrl+-")
    a["adjudication"] = toggle = w.adjudication_dock.toggleViewAction()
    toggle.setText(tr("A&djudication panel"))
    toggle.setShortcut("Ctrl+J")
    view.addAction(toggle)
    view.addSeparator()
    a["arabic"] = _action(w, view, tr("&Arabic interface (from the next start)"), w.set_arabic_interface,
                          checkable=True)
    a["arabic"].setChecked(w.layoutDirection() == Qt.RightToLeft)

    doc = bar.addMenu(tr("&Document"))
    a["done"] = _action(w, doc, tr("Mark &done"), lambda: w.set_status("done"), "Ctrl+D")
    a["skip"] = _action(w, doc, tr("&Skip"), lambda: w.set_status("skipped"), "Ctrl+K")
    a["flag"] = _action(w, doc, tr("&Flag for review"), lambda: w.set_status("flagged"), "Ctrl+G")
    doc.addSeparator()
    a["next"] = _action(w, doc, tr("&Next document"), lambda: w.step_document(1), ("Ctrl+PgDown", "Alt+N"))
    a["prev"] = _action(w, doc, tr("&Previous document"), lambda: w.step_document(-1), ("Ctrl+PgUp", "Alt+P"))
    a["go_to"] = _action(w, doc, tr("&Go to document…"), w.docs.search_titles, "Ctrl+L")

    help_menu = bar.addMenu(tr("&Help"))
    a["keys"] = _action(w, help_menu, tr("&Keys and mouse"), lambda: _keys(w), QKeySequence.HelpContents)
    a["about"] = _action(w, help_menu, tr("&About Isnad"), lambda: _about(w))
    return a


def _keys(window) -> None:
    from .key_help import KeyHelpDialog
    KeyHelpDialog.show_for(window)


def _about(window) -> None:
    from .about import AboutDialog  # read when asked: the licence texts are not needed at start
    AboutDialog.show_for(window)
