"""The article's context menu: what the keys do, for the words or the span under the pointer.

A right-click on a span selects it, as a click does; in a selection it keeps the selection.
The menu then offers the selection's labels, or what the keys do to the selected span: my
span relabelled, deleted, linked or unlinked, its note typed, its other occurrences tagged,
a proclitic trimmed; another layer's span copied into mine, a suggestion accepted (alone,
with its links, or one link with its other end) or rejected; its words copied. Each entry
shows its key. (Qt's own menu offered Select All, after which a label key tagged the
whole article.)
"""
from __future__ import annotations

from PySide6.QtWidgets import QMenu

from annotator import commands as cmd
from annotator.layers import is_suggestion_layer
from .bidi import isolate
from .i18n import tr
from .label_palette import colour_icon
from .span_panel import excerpt

LINK_TARGETS = 8  # "Link to" entries at most: the nearest spans a link may join


def article_menu(window) -> QMenu:
    """The menu for the article as it is now: its selection, else its selected span."""
    view, ws, actions = window.view, window.workspace, window.actions
    menu = QMenu(window)
    if view.selection_offsets():
        _labels(menu, window, tr("Tag as"), current=None)
        menu.addSeparator()
        menu.addAction(actions["find"])
        menu.addAction(tr("Copy the words") + "\tCtrl+C", view.copy)
        return menu
    mine, other = ws.span(view.selected_span_id), ws.other_span(view.selected_span_id)
    if mine:
        _labels(menu, window, tr("Relabel"), current=mine.label)
        menu.addSeparator()
        for name in ("delete", "link", "note", "tag_all", "clitic"):
            menu.addAction(actions[name])
        _links(menu, window, mine)
        _unlinks(menu, window, mine)
    elif other:
        suggestion = is_suggestion_layer(other.annotator)
        links = window.layers.suggested_links(other) if suggestion else []
        for name in ("copy", "accept_links", "reject", "accept_label") if suggestion else ("copy",):
            if name != "accept_links" or links:
                menu.addAction(actions[name])
        _accept_links(menu, window, other, links)
        menu.addAction(actions["copy_layer"])
    if mine or other:
        menu.addAction(tr("Copy the words") + "\tCtrl+C", view.copy_span_text)
    else:
        menu.addAction(actions["find"])
    return menu


def _labels(menu: QMenu, window, title: str, current: str | None) -> None:
    """One entry per label of the schema, with its colour and key (the current one checked)."""
    menu.addSection(title)
    for label in window.project.schema.labels:
        key = f"\t{label.hotkey}" if label.hotkey else ""
        action = menu.addAction(colour_icon(label.colour), isolate(label.name) + key)
        action.setCheckable(current is not None)
        action.setChecked(label.name == current)
        action.setEnabled(not window.project.read_only)  # as the palette, and the actions below
        action.triggered.connect(lambda _checked=False, name=label.name: window.apply_label(name))


def _links(menu: QMenu, window, span) -> None:
    """One "Link to" entry per span of mine that a link may join to this one, nearest first:
    linking without the pointer (the Menu key opens this menu on the selected span)."""
    ws = window.workspace
    linked = {r.to_id if r.from_id == span.id else r.from_id for r in ws.relations if span.id in (r.from_id, r.to_id)}
    targets = []
    for other in ws.spans:
        kind = None if other.id == span.id or other.id in linked else ws.relation_kind(span, other)
        if kind:
            targets.append((abs(other.start - span.start), other, kind))
    for _, other, kind in sorted(targets, key=lambda t: t[0])[:LINK_TARGETS]:
        action = menu.addAction(tr("Link to: {type} {label} {text}").format(
            type=kind, label=other.label, text=excerpt(ws.doc.text, other)))
        action.setEnabled(not window.project.read_only)
        action.triggered.connect(lambda _checked=False, o=other: ws.link(span.id, o.id))


def _accept_links(menu: QMenu, window, span, links) -> None:
    """One "Accept the link" entry per suggested link of a suggestion: the link with its two spans."""
    ws = window.workspace
    for relation in links:
        other_id = relation.to_id if relation.from_id == span.id else relation.from_id
        other = ws.other_span(other_id) or ws.span(other_id)
        if other is None:
            continue
        action = menu.addAction(tr("Accept the link: {type} {label} {text}").format(
            type=relation.type, label=other.label, text=excerpt(ws.doc.text, other)))
        action.setEnabled(not window.project.read_only)
        action.triggered.connect(lambda _checked=False, r=relation: window.layers.accept_link(span, r))


def _unlinks(menu: QMenu, window, span) -> None:
    """One "Remove link" entry per link of my span, naming the span at its other end."""
    ws = window.workspace
    for relation in ws.relations:
        if span.id not in (relation.from_id, relation.to_id):
            continue
        other = ws.span(relation.to_id if relation.from_id == span.id else relation.from_id)
        if other is None:
            continue
        action = menu.addAction(tr("Remove link: {type} {label} {text}").format(
            type=relation.type, label=other.label, text=excerpt(ws.doc.text, other)))
        action.triggered.connect(lambda _checked=False, r=relation: ws.run(cmd.Unlink(r)))
