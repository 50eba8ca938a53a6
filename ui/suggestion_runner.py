"""Machine suggestions for the document just opened: the project's recommenders (chosen in
Layers > Recommenders…) run on a worker thread, so the window never waits for a model;
their output is written to the suggestion layers on the UI thread (one transaction each,
no undo step) and shown outlined beside my spans, for Enter to accept and Delete to reject.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annotator.errors import IsnadError, ProjectBusy
from annotator.suggestions import default_layer, own_layer, recommender_specs, write_suggestions
from .transfer import TransferThread


class SuggestionRunner(QObject):
    ready = Signal(str)  # document id: its suggestions are written and shown

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self._recommenders: dict[str, object] = {}  # spec -> recommender, built once (a model loads slowly)
        self._thread: TransferThread | None = None
        self._busy = False
        self._pending: str | None = None  # a document opened while the thread was busy
        self._failed: set[str] = set()  # specs whose error was shown: said once, not at every document

    def document_opened(self, doc_id: str) -> None:
        if self.w.project.read_only:
            return
        try:
            specs = [s for s in recommender_specs(self.w.project) if s not in self._failed]
        except IsnadError as e:
            self.w.workspace.failed.emit(e)
            return
        if not specs:
            return
        if self._busy:
            self._pending = doc_id
            return
        self._busy = True
        text = self.w.workspace.doc.text
        self._thread = TransferThread(self._job(specs, text), self)
        self._thread.succeeded.connect(self._write)
        self._thread.failed.connect(self._fail)
        self._thread.finished.connect(self._next)
        self._doc_id = doc_id
        self._thread.start()

    def _job(self, specs: list[str], text: str):
        def job(_thread) -> list:
            from annotator.recommenders import make_recommender
            out = []
            for spec in specs:
                try:
                    if spec not in self._recommenders:
                        self._recommenders[spec] = make_recommender(spec, self.w.project)
                    recommender = self._recommenders[spec]
                    out.append((spec, recommender, recommender.suggest(text)))
                except Exception as e:  # noqa: BLE001 — a broken recommender is reported once, not at every document
                    out.append((spec, None, e))
            return out
        return job

    def _write(self, results: list) -> None:
        """On the UI thread: each recommender's suggestions into its layer, then the view."""
        ws = self.w.workspace
        if ws.doc is None or ws.doc.id != self._doc_id:
            return  # another document is open by now: its own run follows
        for spec, recommender, found in results:
            try:
                if recommender is None:
                    raise found
                layer = default_layer(recommender)
                if self.w.project.shared:  # a server lets each person write only layers of their own
                    layer = own_layer(layer, ws.annotator)
                write_suggestions(self.w.project, self._doc_id, layer, found, recommender.name)
            except ProjectBusy:
                continue  # another program writes (an import): they are made again at the next opening
            except Exception as e:  # noqa: BLE001 — shown (a bug still gets a dialog), then that spec rests
                self._failed.add(spec)
                ws.failed.emit(e)
        self.w.layers.adopt_new_layers()
        self.w.layers.refresh()
        ws.reload()
        self.w.view.make_room_if_untouched()  # their names need room too: made before they are aimed at
        self.ready.emit(self._doc_id)

    def _fail(self, error) -> None:
        if error is not None:
            self.w.workspace.failed.emit(error)

    def _next(self) -> None:
        self._busy = False
        if self._pending is not None:
            doc_id, self._pending = self._pending, None
            if self.w.workspace.doc is not None and self.w.workspace.doc.id == doc_id:
                self.document_opened(doc_id)

    def forget(self) -> None:
        """The recommenders were chosen again: build them anew."""
        self._recommenders.clear()
        self._failed.clear()

    def stop(self) -> None:
        if self._thread is not None and self._thread.isRunning():
            self._thread.wait()
