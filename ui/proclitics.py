"""Proclitics in the window: Ctrl+T trims or restores one at the selected span's start,
double-click on بطرابلس selects طرابلس when the project already knows that name, and a
new span nesting with one of the same label (LOC بطرابلس over LOC طرابلس) is pointed out."""
from __future__ import annotations

from annotator import commands as cmd
from annotator.clitics import stems, toggle_proclitic
from annotator.model import Span
from annotator.search import fold
from .i18n import tr


def same_label_nesting(spans: list[Span], new: Span) -> list[Span]:
    """My other spans of `new`'s label that it equals, contains or lies within."""
    return [s for s in spans if s.id != new.id and s.label == new.label
            and (s.start <= new.start and new.end <= s.end or new.start <= s.start and s.end <= new.end)]


class ProcliticTools:
    def __init__(self, window):
        self.w = window
        schema = window.project.schema
        self._labels = {l.name for l in schema.labels if l.strip_proclitics}
        self._known: set[str] | None = None  # the project's tagged names, folded (read at first use)

    def toggle(self) -> None:
        """Ctrl+T: one proclitic more left out of the selected span, or all restored."""
        ws = self.w.workspace
        span = ws.span(self.w.view.selected_span_id)
        if span is None:
            self.w.say_select_a_span()
            return
        start = toggle_proclitic(ws.doc.text, span.start, span.end)
        if start != span.start:
            ws.run(cmd.Resize(span.id, start, span.end))

    def refine(self, start: int, end: int) -> tuple[int, int]:
        """A double-clicked word, or its stem when a label that leaves proclitics out (the
        schema's strip_proclitics) already tags that stem here or anywhere in the project."""
        if not self._labels:
            return start, end
        ws = self.w.workspace
        here = {(s.start, s.end) for s in (*ws.spans, *ws.others) if s.label in self._labels}
        known = self._known_names() | {fold(ws.doc.text[a:b])[0] for a, b in here}
        for stem in stems(ws.doc.text, start, end):
            if stem in here or fold(ws.doc.text[stem[0]:stem[1]])[0] in known:
                return stem
        return start, end

    def _known_names(self) -> set[str]:
        if self._known is None:
            self._known = {fold(text)[0] for label, text, _ in self.w.project.tagged_strings()  # people's layers
                           if label in self._labels}
        return self._known

    def warn_nesting(self, span: Span) -> None:
        """After tagging: say so when the new span equals, holds or sits in one of its label."""
        nested = same_label_nesting(self.w.workspace.spans, span)
        if nested:
            text = self.w.workspace.doc.text
            other = nested[0]
            message = tr("This {label} {new} nests with the {label} {old}: Ctrl+Z undoes it, Ctrl+T trims a proclitic.")
            self.w.notice.show_text(message.format(
                label=span.label, new=f"«\u2068{text[span.start:span.end]}\u2069»",
                old=f"«\u2068{text[other.start:other.end]}\u2069»"))
