"""The main window: wires the article view, the panels and the workspace together."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QKeyCombination, QTimer, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit, QMainWindow, QSplitter, QVBoxLayout, QWidget

from annotator import commands as cmd
from annotator.model import GOLD
from .adjudication import AdjudicationPanel
from .busy import working
from .article_menu import article_menu
from .article_view import ArticleView
from .actions import build_menus
from .dialogs import ErrorDialog
from .error_text import inline_text
from .document_list import STATUS_NAMES, DocumentListModel, DocumentPanel
from .file_menu import FileMenu
from .find_bar import FindBar
from .focus_return import FocusReturn
from .keyboard_layout import latin_key
from .label_palette import LabelPalette
from .layer_control import LayerControl
from .notice import NoticeBar
from .plain_text import plain_label
from .proclitics import ProcliticTools
from .span_panel import RelationList, SpanEditor, SpanTable
from .suggestion_runner import SuggestionRunner
from .undo_fallback import give_undo_to_window
from .workspace import Workspace
from .bidi import isolate
from .i18n import tr


# Qt keeps dock areas where they are in a right-to-left interface: mirrored here like the rest,
# so the document list is where reading starts.
_MIRRORED = {Qt.LeftDockWidgetArea: Qt.RightDockWidgetArea, Qt.RightDockWidgetArea: Qt.LeftDockWidgetArea}


class MainWindow(QMainWindow):
    openRequested = Signal(str)  # another project: the app replaces this window

    def __init__(self, project, annotator: str, settings=None):
        """`settings` (a QSettings) keeps window layout and text size between runs; None keeps nothing."""
        super().__init__()
        self.project, self.settings = project, settings
        self.workspace = ws = Workspace(project, annotator, self)
        self.view = ArticleView()
        self.view.setPlaceholderText(tr("No document yet: File > Import documents… (Ctrl+I), or drop articles "
                                        "(.txt, .jsonl, brat .ann) on the window."))
        self.view.set_schema(project.schema)
        self.view.set_annotator(annotator)
        self.notice = NoticeBar()
        self.find = FindBar(self.view)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.banner = NoticeBar()  # why this project is read-only, for as long as it is open
        column.addWidget(self.banner)
        column.addWidget(self.notice)
        column.addWidget(self.find)
        column.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.proclitics = ProcliticTools(self)
        self.view.word_refiner = self.proclitics.refine
        self.view.linkable = self.workspace.linkable
        self.doc_model = DocumentListModel(project, annotator, self)
        self.docs = DocumentPanel(self.doc_model)
        self.palette = LabelPalette(project.schema)
        self.span_table, self.editor, self.relations = SpanTable(), SpanEditor(), RelationList()
        self._dock(tr("Documents"), self.docs, Qt.LeftDockWidgetArea)
        self._dock(tr("Labels"), self.palette, Qt.RightDockWidgetArea)
        side = QSplitter(Qt.Vertical)
        for widget in (self.span_table, self.editor, self.relations):
            side.addWidget(widget)
        self._dock(tr("Spans · attributes · relations"), side, Qt.RightDockWidgetArea)
        give_undo_to_window(self, self.editor.note, self.docs.search_box, self.find.field)
        self.layers = LayerControl(self)
        self.suggestions = SuggestionRunner(self)
        self.layers_dock = self._dock(tr("Layers"), self.layers.panel, Qt.LeftDockWidgetArea)
        # closable, as Layers > Layers panel offers (a panel that cannot close made it a greyed-out item)
        self.layers_dock.setFeatures(self.layers_dock.features() | QDockWidget.DockWidgetClosable)
        self.adjudication = AdjudicationPanel(project, ws.run)
        # Leads adjudicate (as annotator `gold`); annotators open it from the View menu.
        self.adjudication_dock = self._dock(tr("Adjudication"), self.adjudication, Qt.BottomDockWidgetArea)
        self.adjudication_dock.setFeatures(self.adjudication_dock.features() | QDockWidget.DockWidgetClosable)
        self.adjudication_dock.setVisible(annotator == GOLD)
        self.files = FileMenu(self)
        self._focus_return = FocusReturn(self)
        self.actions = build_menus(self)
        self._status_label = plain_label()
        self.statusBar().addPermanentWidget(self._status_label)
        self._closed = False
        self._panels_due = False
        self._places: dict[str, tuple | None] = {}  # document id -> its line at the top when left (line_at_top)
        self._shown_doc: str | None = None
        if project.read_only:  # edits would only meet "open read-only" errors: offer none
            for name in ("undo", "redo", "delete", "link", "tag_all", "clitic", "copy", "accept_links", "reject",
                         "accept_label", "copy_layer", "recommenders", "suggest_now", "done", "skip", "flag",
                         "import", "import_folder"):
                self.actions[name].setEnabled(False)
            for panel in (self.palette, self.adjudication, self.editor, self.relations):
                panel.setEnabled(False)
        if project.read_only:
            place = tr("Read-only disk or folder: read and export only. To annotate, copy the project elsewhere.")
            elsewhere = tr("Open read-only (another window edits this project): read and export only.")
            self.banner.show_text(place if project.read_only_place else elsewhere)
        self._connect()
        self.files.fill_recent(self.recent_menu)
        self.setWindowTitle(f"Isnad — {Path(project.path).name}" + (tr(" (read-only)") if project.read_only else ""))
        self.setAcceptDrops(not project.read_only)  # files dropped on the window are imported
        self.resize(1400, 860)
        self._restore_layout()
        # The lead adjudicates as gold; an annotator's window never opens on other layers and
        # gold (a layout the lead's run saved showed them), and Ctrl+J opens it when wanted.
        self.adjudication_dock.setVisible(annotator == GOLD)
        self.layers.start()
        resume = self._resume_document()
        if resume:
            ws.open_document(resume)
        self._show_status()

    def _resume_document(self) -> str | None:
        """Where this annotator left off in this project, else the first document."""
        last = self.project.last_opened(self.workspace.annotator)
        if last and self.doc_model.row_of(last) is not None:
            return last
        first = self.doc_model.row(0) if self.doc_model.rowCount() else None
        return first.id if first else None

    def resizeEvent(self, event) -> None:
        """In a small window the article keeps at least half the width: the side panels give way."""
        super().resizeEvent(event)
        width = event.size().width()
        if self.centralWidget().width() < width // 2:
            docks = [d for d in self.findChildren(QDockWidget)
                     if d.isVisible() and self.dockWidgetArea(d) in (Qt.LeftDockWidgetArea, Qt.RightDockWidgetArea)]
            self.resizeDocks(docks, [width // 5] * len(docks), Qt.Horizontal)

    def _dock(self, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable)
        self.addDockWidget(_MIRRORED.get(area, area) if self.layoutDirection() == Qt.RightToLeft else area, dock)
        return dock

    def _connect(self) -> None:
        ws, view = self.workspace, self.view
        ws.documentOpened.connect(self._document_opened)
        ws.annotationsChanged.connect(self._annotations_changed)
        ws.layersShown.connect(self.view.make_room)
        ws.statusChanged.connect(self._status_changed)
        ws.failed.connect(lambda e: ErrorDialog.show(self, e))
        ws.waiting.connect(self._waiting)
        ws.notSaved.connect(lambda e: self.notice.show_text(inline_text(e)))
        ws.changeShown.connect(self._show_change)
        self.docs.documentChosen.connect(ws.open_document)
        self.docs.searchLeft.connect(self.view.setFocus)
        self.adjudication.candidateChosen.connect(self._show_candidate)
        self.adjudication.keyTyped.connect(self._adjudication_key)
        view.hotkeyPressed.connect(self.apply_label)
        self.palette.labelChosen.connect(self.apply_label)
        self.palette.snappingToggled.connect(self.set_snapping)
        view.spanSelected.connect(self._span_selected)
        view.spanLinkRequested.connect(self.link_to)
        view.linkCancelled.connect(lambda: self.statusBar().showMessage(tr("No link made."), 3000))
        view.spanLinkDragged.connect(self._link)
        view.keyCommand.connect(self._key_command)
        view.menuRequested.connect(self._article_menu)
        self.span_table.spanClicked.connect(self._show_span)
        # the claim shown, the keys left in the list: Delete there removes the link, not the claim
        self.relations.relationClicked.connect(lambda span_id: self.view.select_span(span_id, scroll=True))
        self.relations.deleteRequested.connect(lambda r: ws.run(cmd.Unlink(r)))
        self.editor.attributeChanged.connect(lambda i, n, v: ws.run(cmd.SetAttribute(i, n, v)))
        self.editor.noteChanged.connect(lambda i, note: ws.run(cmd.SetNote(i, note)))
        self.editor.noteLeft.connect(self.view.setFocus)

    # ----- showing ---------------------------------------------------------------------
    def _waiting(self, waiting: bool) -> None:
        """Another program writes: say so above the article (no dialog); the edits follow."""
        busy = tr("The project is busy (another program writes to it): your changes are saved once it is free.")
        if waiting:
            self.notice.show_text(busy)
        elif self.notice.text.text() == busy:
            self.notice.hide()

    def _show_span(self, span_id: str) -> None:
        """A span picked in a panel: select and scroll to it, keys go back to the article."""
        self.view.select_span(span_id, scroll=True)
        self.view.setFocus()

    def _show_candidate(self, start: int, end: int, gold_id: str) -> None:
        """An adjudication row clicked or reached with the arrows: its gold span, or its text
        selected for a label key (typed in the list or in the article)."""
        if gold_id:
            self.view.select_span(gold_id, scroll=True)
        else:
            self.view.select_span(None)
            self.view.select_exact(start, end)

    def _adjudication_key(self, text: str) -> None:
        label = self.view.label_of_key(text)
        if label:
            self.apply_label(label)

    def _document_opened(self) -> None:
        ws = self.workspace
        if self._shown_doc is not None:  # where I was in the document I leave: there again when I come back
            self._places[self._shown_doc] = self.view.line_at_top()
        self.view.load(ws.doc.text, ws.spans, ws.relations, ws.others, ws.other_relations)
        self._shown_doc = ws.doc.id
        self.find.document_changed()
        self.layers.refresh()  # other layers' counts: they change with the document, not as I tag
        self.suggestions.document_opened(ws.doc.id)  # on a worker thread; shown when ready
        self._refresh_panels()
        self.docs.show_current(ws.doc.id)
        self._show_status()
        self.view.setFocus()
        if ws.doc.id in self._places:  # last: the layers shown set the room between lines
            self.view.keep_at_top(self._places[ws.doc.id])

    def _show_change(self, span, there: bool) -> None:
        """After Ctrl+Z or Ctrl+Shift+Z: the span it touched, in sight and selected (one taken
        away: its words selected, so a label key tags them again)."""
        if there:
            self.view.select_span(span.id, scroll=True)
        else:
            self.view.select_exact(span.start, span.end, scroll=True)

    def _annotations_changed(self) -> None:
        """The article repaints at once; the side panels follow on the next event-loop turn."""
        ws = self.workspace
        self.view.set_annotations(ws.spans, ws.relations, ws.others, ws.other_relations)
        if not self._panels_due:
            self._panels_due = True
            QTimer.singleShot(0, self._refresh_panels)

    def _refresh_panels(self) -> None:
        self._panels_due = False
        ws = self.workspace
        self.span_table.show_spans(ws.doc.text, ws.spans, self.project.schema)
        self.relations.show_relations(ws.doc.text, ws.spans, ws.relations)
        self._span_selected(self.view.selected_span_id)
        self.adjudication.show_document(ws.doc.id)  # gold may have changed (accept, undo)
        self._update_undo_texts()
        self.doc_model.set_span_count(ws.doc.id, len(ws.spans))

    def _status_changed(self) -> None:
        self.doc_model.refresh()
        self.docs.show_current(self.workspace.doc.id)
        self._show_status()

    def _span_selected(self, span_id) -> None:
        ws = self.workspace
        span = ws.span(span_id)
        self.editor.show_span(span, ws.doc.text if ws.doc else "", self.project.schema, ws.other_span(span_id))
        self.span_table.show_selected(span_id)
        if span:
            self.palette.show_label(span.label)

    def _show_status(self) -> None:
        ws = self.workspace
        doc = f"{ws.doc.title or ws.doc.id} · {tr(STATUS_NAMES.get(ws.status(), ws.status()))}" if ws.doc \
            else tr("no document")
        ro = tr(" · READ-ONLY") if self.project.read_only else ""
        self._status_label.setText(tr("Annotator: {name}").format(name=ws.annotator) + f" · {doc}{ro}")

    def _update_undo_texts(self) -> None:
        h = self.workspace.history
        self.actions["undo"].setText(tr("&Undo") + (f" ({tr(h.undo_text)})" if h.undo_text else ""))
        self.actions["redo"].setText(tr("&Redo") + (f" ({tr(h.redo_text)})" if h.redo_text else ""))

    # ----- annotating ------------------------------------------------------------------
    def apply_label(self, label: str) -> None:
        """Tag the selection with `label`, or relabel the selected span if nothing is selected."""
        ws, view = self.workspace, self.view
        if ws.doc is None:
            return
        chosen = view.selection_offsets()
        if chosen:
            span = ws.add_span(*chosen, label)
            if span:
                view.clear_selection()
                view.select_span(span.id)  # Delete, Alt+arrows and linking act on it at once
                self.notice.hide()
                self.proclitics.warn_nesting(span)
        elif view.selected_span_id:
            span = ws.span(view.selected_span_id)
            if span and span.label != label:
                ws.run(cmd.Relabel(span.id, label))
        else:  # a label key with nothing to act on did nothing, silently
            self.statusBar().showMessage(tr("Select some words first (drag, double-click or Shift+arrows), "
                                            "then press the label's key."), 5000)

    def delete_span(self) -> None:
        """Delete my selected span; on a suggestion, reject it."""
        if self.workspace.span(self.view.selected_span_id):
            self.workspace.run(cmd.DeleteSpan(self.view.selected_span_id))
        else:
            self.layers.reject_selected()

    def dragEnterEvent(self, event) -> None:
        if _dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = _dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files.import_paths(paths)

    def _article_menu(self, where) -> None:
        menu = article_menu(self)
        menu.exec(where)
        menu.deleteLater()

    def _key_command(self, command: str) -> None:
        span = self.workspace.span(self.view.selected_span_id)
        if command == "delete":
            self.delete_span()
        elif command == "copy":
            self.layers.copy_selected()
        elif command == "accept-label":
            self.layers.accept_label()
        elif command == "accept-links":
            self.layers.accept_with_links()
        elif command.startswith("key "):
            self._shortcut_key(command[len("key "):])
        elif span:
            start, end = self.view.moved_edge(span, command)
            if (start, end) != (span.start, span.end):
                self.workspace.run(cmd.Resize(span.id, start, end))

    def _shortcut_key(self, key: str, modifiers=Qt.NoModifier) -> bool:
        """Run the action whose shortcut is `key`, a Latin character, with `modifiers`:
        a key of the Arabic layout read as the Latin letter of its key (L: link; upper case:
        with Shift)."""
        if key.isupper():
            modifiers |= Qt.ShiftModifier
        sequence = QKeySequence(QKeyCombination(modifiers, Qt.Key(ord(key.upper()))))
        action = next((a for a in self.actions.values() if sequence in a.shortcuts()), None)
        if action is None or not action.isEnabled():
            return False
        action.trigger()
        return True

    def keyPressEvent(self, event) -> None:
        """Ctrl+Z typed with the Arabic layout on may reach here unmatched, as Ctrl+ئ (Qt
        reads a shortcut's letter in a Latin layout only when it finds one, and not always
        then): the shortcut of the key's Latin letter runs. Not from a text field, where
        Ctrl+Z would undo the project rather than the typing."""
        text, modifiers = event.text(), event.modifiers() & (Qt.ControlModifier | Qt.AltModifier)
        typing = isinstance(QApplication.focusWidget(), QLineEdit)
        if modifiers and not typing and latin_key(text) != text and self._shortcut_key(latin_key(text), modifiers):
            return
        super().keyPressEvent(event)

    def tag_all(self) -> None:
        """Give every other whole-word occurrence (also after a proclitic: بـ، و، ال…) the same label."""
        ws, span = self.workspace, self.workspace.span(self.view.selected_span_id)
        if span is None:
            self.say_select_a_span()
            return
        with working(self, tr("Tagging every occurrence…"), 3) as steps:
            command = cmd.tag_all_occurrences(self.project, ws.doc.id, span.text_in(ws.doc.text), span.label,
                                              ws.annotator, with_proclitics=True)
            if not command.spans:  # nothing to do: no empty step for Ctrl+Z to undo
                self.statusBar().showMessage(tr("Every occurrence of «{text}» is tagged {label} already.").format(
                    text=isolate(span.text_in(ws.doc.text)), label=span.label), 8000)
                return
            steps.next(tr("Saving {count} spans…").format(count=len(command.spans)))
            done = ws.run(command)
            steps.next(tr("Drawing…"))
        if done:
            said = tr("1 more {label} span (one undo step)") if len(command.spans) == 1 else \
                tr("{count} more {label} spans (one undo step)")
            self.statusBar().showMessage(said.format(count=len(command.spans), label=span.label), 8000)

    def edit_note(self) -> None:
        if not self.editor.edit_note():
            self.statusBar().showMessage(tr("Select one of your spans first: its note is typed below the spans."), 5000)

    def say_select_a_span(self) -> None:
        """A key that acts on the selected span (Ctrl+Shift+A, Ctrl+T), with none selected."""
        self.statusBar().showMessage(tr("Select one of your spans first (click it, or Tab)."), 5000)

    def start_link(self) -> None:
        if self.view.selected_span_id:
            self.view.set_link_mode(True)
            self.statusBar().showMessage(tr("Click the span to link to (e.g. the claim's source); Esc: no link"), 5000)
        else:
            self.statusBar().showMessage(tr("Select the span to link first (click it, or Tab), then L."), 5000)

    def link_to(self, target_id: str) -> None:
        if self.view.selected_span_id:
            self._link(self.view.selected_span_id, target_id)

    def _link(self, span_id: str, target_id: str) -> None:
        """A link drawn to a span: within my layer only (another layer's is read-only)."""
        ws = self.workspace
        if ws.span(target_id) is None and ws.other_span(target_id) is not None:
            self.view.select_span(target_id)  # Enter now copies it
            self.statusBar().showMessage(tr("Links join spans of your own layer: Enter copies the selected span into "
                                            "yours, then draw the link again."), 8000)
            return
        ws.link(span_id, target_id)

    def set_snapping(self, on: bool) -> None:
        self.view.snap_to_words = bool(on)
        for widget in (self.actions["snap"], self.palette.snapping):
            widget.blockSignals(True)
            widget.setChecked(bool(on))
            widget.blockSignals(False)

    def set_arabic_interface(self, on: bool) -> None:
        if self.settings is not None:
            self.settings.setValue("language", "ar" if on else "en")
            self.statusBar().showMessage(tr("The interface language changes at the next start."), 8000)

    def set_status(self, status: str) -> None:
        if self.workspace.doc:
            self.workspace.set_status(status)

    def step_document(self, step: int) -> None:
        ws = self.workspace
        target = self.docs.neighbour(ws.doc.id, step) if ws.doc else None
        if target:
            ws.open_document(target)

    def _restore_layout(self) -> None:
        if self.settings is None:
            return
        for key, restore in (("geometry", self.restoreGeometry), ("window_state", self.restoreState)):
            if self.settings.value(key) is not None:
                restore(self.settings.value(key))
        size = self.settings.value("text_size")
        if size is not None:
            self.view.zoom(float(size) - self.view.font().pointSizeF())

    def _save_layout(self) -> None:
        if self.settings is not None:
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.setValue("window_state", self.saveState())
            self.settings.setValue("text_size", self.view.font().pointSizeF())

    def closeEvent(self, event) -> None:
        if self._closed:  # a second close (tests, app shutdown) must not touch the closed project
            return super().closeEvent(event)
        self._closed = True
        self._save_layout()
        self.workspace.finish()
        self.workspace.record_time()
        self.files.stop()
        self.suggestions.stop()
        self.project.close()
        super().closeEvent(event)


def _dropped_paths(event) -> list[Path]:
    """The local files and folders a drag carries (none if it carries anything else)."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [Path(u.toLocalFile()) for u in urls] if urls and all(u.isLocalFile() for u in urls) else []
