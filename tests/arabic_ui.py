"""The Arabic interface in a test: a fixture that switches the running application to Arabic
(and back), and a check that a dialog or menu shows no English left untranslated."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget, QMenu,
                               QWidget)

from annotator.schema import default_schema
from ui import i18n

# Latin words that are no English to translate: names of labels and relation types, formats,
# products and keys. Parameters (file names, ids, annotators) arrive inside Unicode isolates
# and are skipped whole.
ALLOWED = {l.name for l in default_schema().labels} | {r.name for r in default_schema().relation_types} | {
    "SHA-256", "SHA", "JSON", "JSONL", "CoNLL", "IOB2", "spaCy", "DocBin", "brat", "doccano", "Label", "Studio",
    "Parquet", "Hugging", "Face", "Ctrl", "Shift", "Alt", "Del", "PgUp", "PgDown", "Esc", "Tab", "Home", "End"}
_ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2066-\u2069]*\u2069")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")


@pytest.fixture
def arabic(qapp):
    assert i18n.install(qapp, "ar")
    yield qapp
    i18n.uninstall(qapp)


def english_words(text: str) -> list[str]:
    """Latin words of `text` outside isolates that are not on the allow-list."""
    previous = None
    while previous != text:  # innermost isolates first
        previous, text = text, _ISOLATED.sub(" ", text)
    return [w for w in _WORD.findall(text.replace("&", "")) if w not in ALLOWED]


def shown_texts(widget: QWidget) -> list[str]:
    """Every interface text a widget and its visible children show (not what the user typed)."""
    texts = [widget.windowTitle()]
    for w in [widget, *widget.findChildren(QWidget)]:
        if w is not widget and not w.isVisibleTo(widget):
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, QMenu):
            texts += menu_texts(w)
    return texts


def menu_texts(menu: QMenu) -> list[str]:
    out = []
    for action in menu.actions():
        out.append(action.text().split("\t")[0])
        if action.menu():
            out += menu_texts(action.menu())
    return out


def untranslated(texts) -> list[str]:
    """The texts that still hold English, each with its offending words."""
    return [f"{t!r}: {english_words(t)}" for t in texts if english_words(t)]
