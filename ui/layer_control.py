"""Other layers in the window: which ones show, and taking their spans into mine.

Shown layers (imported pre-annotations, other annotators, gold, machine suggestions) are
drawn outlined beside my own spans and never edited in place. Enter copies the selected one
into my layer (for a suggestion: accepts it), Shift+Enter accepts a suggestion with its
suggested links and the spans at their other ends (a claim with its cue and its source),
Delete rejects a suggestion, F8 / Shift+F8 step through them, Ctrl+Enter accepts every
suggestion with the selected one's label, and the Layers panel copies a whole layer. Each
is one undoable command of the core.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from annotator import layers as core
from annotator.errors import IsnadError
from .i18n import tr
from .layers_panel import LayersPanel, shown_by_default


class LayerControl(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.panel = LayersPanel()
        self.panel.layersChanged.connect(self.show)
        self.panel.copyRequested.connect(self.copy_layer)
        self._settings_key = f"layers/{window.project.path}/{window.workspace.annotator}"

    # ----- which layers -----------------------------------------------------------------
    def start(self) -> None:
        """Show the layers chosen last time in this project, else imported ones and suggestions."""
        ws, settings = self.w.workspace, self.w.settings
        saved = settings.value(self._settings_key) if settings is not None else None
        layers = self._layers()
        self._known = set(layers)
        chosen = [l for l in (saved or []) if l in layers] if saved is not None else \
            [l for l in layers if shown_by_default(l)]
        ws.show_layers(chosen)

    def adopt_new_layers(self) -> None:
        """Layers that appeared since (a recommender's first suggestions): shown if imported
        or suggested, as at the start."""
        ws = self.w.workspace
        new = [l for l in self._layers() if l not in self._known]
        self._known |= set(new)
        if any(shown_by_default(l) for l in new):
            self.show([*ws.shown, *(l for l in new if shown_by_default(l))])

    def choose_recommenders(self) -> None:
        """Layers > Recommenders…: the project's recommenders, then run on this document."""
        from annotator.suggestions import recommender_specs, set_recommender_specs
        from .recommenders_dialog import RecommendersDialog
        project = self.w.project
        chosen = RecommendersDialog.ask(self.w, recommender_specs(project))
        if chosen is None:
            return
        try:
            set_recommender_specs(project, chosen)
        except IsnadError as e:
            self.w.workspace.failed.emit(e)
            return
        self.suggest_now()

    def suggest_now(self) -> None:
        """Run the recommenders again on this document (the lexicon relearns the project)."""
        self.w.suggestions.forget()
        if self.w.workspace.doc is not None:
            self.w.suggestions.document_opened(self.w.workspace.doc.id)

    def _layers(self) -> list[str]:
        return [l for l in self.w.project.annotators() if l != self.w.workspace.annotator]

    def refresh(self) -> None:
        """The panel's list and counts for the current document."""
        ws = self.w.workspace
        counts = self.w.project.layer_counts(ws.doc.id) if ws.doc else {}
        self.panel.show_layers(self._layers(), counts, set(ws.shown))

    def show(self, layers: list[str]) -> None:
        self.w.workspace.show_layers(layers)
        if self.w.settings is not None:
            self.w.settings.setValue(self._settings_key, list(layers))

    # ----- taking spans -----------------------------------------------------------------
    def selected_other(self):
        ws = self.w.workspace
        return ws.other_span(self.w.view.selected_span_id)

    def copy_selected(self) -> bool:
        """Enter: the selected span of another layer into my layer (for a suggestion: accept
        it), with its relations whose other end is mine already."""
        ws, span = self.w.workspace, self.selected_other()
        if span is None:
            return False
        relations = [r for r in ws.other_relations if span.id in (r.from_id, r.to_id)
                     and self._is_mine(r.to_id if r.from_id == span.id else r.from_id)]
        return self._take(span, [span], relations)

    def accept_with_links(self) -> bool:
        """Shift+Enter: the selected suggestion, its suggested links and the spans at their
        other ends (a whole attribution when it is the claim), in one undo step."""
        span = self.selected_other()
        if span is None or not core.is_suggestion_layer(span.annotator):
            return False
        return self._take(span, [span], self.suggested_links(span))

    def suggested_links(self, span) -> list:
        """The suggested relations shown at either end of another layer's `span`."""
        return [r for r in self.w.workspace.other_relations
                if span.id in (r.from_id, r.to_id) and core.is_suggestion_layer(r.annotator)]

    def accept_link(self, span, relation) -> bool:
        """A suggested relation of `span` with its two ends (the span's menu: "Accept the link")."""
        return self._take(span, [], [relation])

    def _take(self, span, spans: list, relations: list) -> bool:
        """`spans` and `relations` into my layer (one undo step), then my copy of `span` selected."""
        ws = self.w.workspace
        done = ws.run(core.copy_to_layer(self.w.project, ws.doc.id, spans, relations, ws.annotator))
        if done:
            self._select_mine_at(span)
        return done

    def _is_mine(self, span_id: str) -> bool:
        """My span, or another layer's span at the place and with the label of one of mine."""
        ws = self.w.workspace
        other = ws.other_span(span_id)
        place = (other.start, other.end, other.label) if other else None
        return ws.span(span_id) is not None or any((s.start, s.end, s.label) == place for s in ws.spans)

    def _select_mine_at(self, span) -> None:
        mine = next((s for s in self.w.workspace.spans if (s.start, s.end, s.label) == (span.start, span.end,
                                                                                        span.label)), None)
        self.w.view.select_span(mine.id if mine else None)

    def reject_selected(self) -> bool:
        """Delete on a suggestion: it stays away for me in this document."""
        ws, span = self.w.workspace, self.selected_other()
        if span is None or not core.is_suggestion_layer(span.annotator):
            if span is not None:
                self.w.statusBar().showMessage(tr("Another layer's span is read-only: Enter copies it into yours."),
                                               6000)
            return False
        return ws.run(core.reject(self.w.project, ws.doc.id, [span], [], ws.annotator))

    def accept_label(self) -> bool:
        """Ctrl+Enter: every pending suggestion with the selected suggestion's label."""
        ws, span = self.w.workspace, self.selected_other()
        if span is None or not core.is_suggestion_layer(span.annotator):
            return False
        return ws.run(core.accept_label(self.w.project, ws.doc.id, span.label, ws.annotator,
                                        [l for l in ws.shown if core.is_suggestion_layer(l)]))

    def copy_selected_layer(self) -> bool:
        """Every span of the selected span's layer (else the panel's chosen one) into mine."""
        span = self.selected_other()
        layer = span.annotator if span else self.panel.current_layer()
        return self.copy_layer(layer) if layer else False

    def copy_layer(self, layer: str) -> bool:
        ws = self.w.workspace
        if ws.doc is None:
            return False
        return ws.run(core.copy_layer(self.w.project, ws.doc.id, layer, ws.annotator))

    def step(self, direction: int) -> None:
        """F8 / Shift+F8: the next / previous span of a shown layer, in reading order."""
        self.w.view.cycle_others(direction)
