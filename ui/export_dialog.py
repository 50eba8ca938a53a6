"""File > Export: a format, where to write, and the options `isnad export` takes
(layers, document statuses, labels, renaming, splits, clitics); the question a token format
asks before leaving overlapping spans out; the summary shown once the files are written."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QWidget)

from annotator.errors import IsnadError
from annotator.layers import is_suggestion_layer
from annotator.messages import M
from annotator.model import STATUSES
from exports.options import ExportOptions, check_status, parse_rename, parse_splits
from exports.registry import formats
from .document_list import STATUS_NAMES
from .bidi import isolate, ltr
from .error_text import inline_text
from .i18n import term, tr
from .plain_text import plain_box, plain_label


class ExportDialog(QDialog):
    """`ExportDialog.ask(parent, project, folder)` -> (format, path, ExportOptions) or None.

    The path starts in `folder` (default: the project's folder) as PROJECT-export.jsonl.
    """

    def __init__(self, project, parent=None, folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Export"))
        self.formats = formats("write")
        self.format_box = QComboBox()
        for f in self.formats:
            self.format_box.addItem(f"{isolate(f.name)} — {term(f.description)}", f.name)
        self.path = QLineEdit()
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        layers = project.annotators()  # machine suggestions are no training data: unticked at first
        self.layers = _checklist(layers, ticked=[not is_suggestion_layer(l) for l in layers])
        self.statuses = _checklist(STATUSES, [tr(STATUS_NAMES[s]) for s in STATUSES])
        self.labels = _checklist([label.name for label in project.schema.labels])
        self.rename = QLineEdit(placeholderText=ltr("PERS=PER, LOC=GPE"))
        self.splits = QLineEdit(placeholderText=ltr("train=0.8, dev=0.1, test=0.1"))
        self.clitics = QCheckBox(tr("Split the clitics و ف ب ل ك before ال into tokens of their own"))
        self.error = plain_label(styleSheet="color: #b00020", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        project_path = Path(project.path)
        self.path.setText(str((folder or project_path.parent) / (project_path.stem + "-export.jsonl")))
        self.format_box.setCurrentIndex(self.format_box.findData("jsonl"))
        self._format_changed()

        where = QHBoxLayout()
        where.addWidget(self.path)
        where.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(tr("Format"), self.format_box)
        form.addRow(tr("Write to"), _wrap(where))
        form.addRow(tr("Layers (annotators)"), self.layers)
        form.addRow(tr("Documents with status"), self.statuses)
        form.addRow(tr("Labels"), self.labels)
        form.addRow(tr("Rename labels"), self.rename)
        form.addRow(tr("Train/dev/test split"), self.splits)
        form.addRow("", self.clitics)
        form.addRow(self.error)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent, project, folder: Path | None = None):
        dialog = cls(project, parent, folder)
        return dialog.choice() if dialog.exec() == QDialog.Accepted else None

    def fmt(self):
        return self.formats[self.format_box.currentIndex()]

    def _format_changed(self) -> None:
        self.clitics.setEnabled(self.fmt().tokens)
        path = self.path.text().strip()
        if path:  # keep the name, follow the format's suffix (none: a folder)
            self.path.setText(str(Path(path).with_suffix(self.fmt().suffix)))

    def _browse(self) -> None:
        f = self.fmt()
        kind = f"{term(f.description)} (*{f.suffix})" if f.suffix else tr("Folder (*)")
        start = self.path.text().strip() or str(Path.home() / f"export{f.suffix}")
        path, _ = QFileDialog.getSaveFileName(self, tr("Export"), start, kind)
        if path:
            self.path.setText(path)

    def choice(self) -> tuple:
        """(format, path, options) as entered; IsnadError says what to mend."""
        path = self.path.text().strip()
        if not path:
            raise IsnadError.of(M.EXPORT_NO_PATH)
        options = ExportOptions(layers=_chosen(self.layers, M.NO_LAYER_TICKED),
                                statuses=check_status(_chosen(self.statuses, M.NO_STATUS_TICKED)),
                                labels=_chosen(self.labels, M.NO_LABEL_TICKED),
                                rename=parse_rename(p.strip() for p in self.rename.text().split(",") if p.strip()),
                                splits=parse_splits(self.splits.text()),
                                clitics=self.clitics.isEnabled() and self.clitics.isChecked())
        return self.fmt(), Path(path).expanduser(), options

    def accept(self) -> None:
        try:
            self.choice()
        except IsnadError as e:
            self.error.setText(inline_text(e))
            return
        super().accept()


class OverlapDialog:
    """Before a token format writes: spans overlapping a longer one would be left out."""
    ENTITIES, ANYWAY = "entities", "anyway"

    @classmethod
    def ask(cls, parent, fmt, drops, entities: tuple[str, ...]) -> str | None:
        """ENTITIES (keep only `entities`, offered if not empty), ANYWAY, or None (stop)."""
        box, keep, anyway = cls.build(parent, fmt, drops, entities)
        box.exec()
        clicked = box.clickedButton()
        return cls.ENTITIES if keep is not None and clicked is keep else cls.ANYWAY if clicked is anyway else None

    @classmethod
    def build(cls, parent, fmt, drops, entities):
        """The question box and its 'keep entities' (or None) and 'export anyway' buttons."""
        count = sum(drops.values())
        if fmt.name == "spacy":
            text = tr("1 span overlaps a longer span: spaCy's doc.ents would leave it out.") if count == 1 else \
                tr("{count} spans overlap a longer span: spaCy's doc.ents would leave them out.")
            why = tr("doc.spans still keeps every span.")
        else:
            text = tr("1 span overlaps a longer span: the {format} file would leave it out.") if count == 1 else \
                tr("{count} spans overlap a longer span: the {format} file would leave them out.")
            why = tr("Each token has one label in {format}.")
        by_label = ", ".join(f"{label} {n}" for label, n in drops.most_common())
        box = QMessageBox(QMessageBox.Warning, tr("Spans would be left out"), text.format(count=count, format=fmt.name),
                          QMessageBox.NoButton, parent)
        box.setInformativeText(why.format(format=fmt.name) + "\n"
                               + tr("Left out, by label: {labels}").format(labels=by_label))
        keep = box.addButton(tr("Keep only entity labels ({labels})").format(labels=", ".join(entities)),
                             QMessageBox.AcceptRole) if entities else None
        anyway = box.addButton(tr("Export anyway"), QMessageBox.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.Cancel))
        return plain_box(box), keep, anyway


class ExportSummaryDialog:
    """After an export: the files, what they hold, and what was left out and why. It stays
    until dismissed (the status bar message vanishes)."""

    @classmethod
    def show(cls, parent, summary) -> QMessageBox:
        written, dropped = summary.written(), summary.dropped()
        text = tr("Exported {documents} documents, {spans} spans and {relations} relations ({format}).").format(
            format=summary.format, **written)
        files = "\n".join(_isolated(str(f)) for f in summary.files)
        details = tr("Written:") + "\n" + files + "\n\n"
        if dropped:
            details += tr("Left out:") + "\n" + "\n".join("• " + _why(d, summary.format) for d in dropped)
        else:
            details += tr("Nothing was left out.")
        box = QMessageBox(QMessageBox.Warning if dropped else QMessageBox.Information, tr("Export finished"),
                          text, QMessageBox.Ok, parent)
        box.setInformativeText(details)
        plain_box(box)
        box.setTextInteractionFlags(Qt.TextSelectableByMouse)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()  # window-modal, without blocking: the worker's signals still arrive
        return box


def _why(drop, fmt: str) -> str:
    texts = {
        "overlapping": tr("{count} spans that overlap a longer span (each token has one label in {format})"),
        "blank": tr("{count} spans holding no token (only spaces or invisible characters)"),
        "not_in_ents": tr("{count} spans left out of doc.ents: they overlap a longer span (doc.spans keeps all)"),
        "no_relations": tr("{count} relations: {format} holds no relations"),
    }
    one = {
        "overlapping": tr("1 span that overlaps a longer span (each token has one label in {format})"),
        "blank": tr("1 span holding no token (only spaces or invisible characters)"),
        "not_in_ents": tr("1 span left out of doc.ents: it overlaps a longer span (doc.spans keeps all)"),
        "no_relations": tr("1 relation: {format} holds no relations"),
    }
    return (one if drop.count == 1 else texts)[drop.reason].format(count=drop.count, format=fmt)


def _isolated(text: str) -> str:
    """A path or name kept in its own direction inside a right-to-left sentence."""
    return f"\u2068{text}\u2069"


def _checklist(values, shown=None, ticked=None) -> QListWidget:
    """Items ticked (`ticked`: which; default every one): ticked all means no filter."""
    box = QListWidget()
    for value, text, on in zip(values, shown or values, ticked or [True] * len(values)):
        item = QListWidgetItem(text)
        item.setData(Qt.UserRole, value)
        item.setCheckState(Qt.Checked if on else Qt.Unchecked)
        box.addItem(item)
    box.setMaximumHeight(96)
    return box


def _chosen(box: QListWidget, none_ticked) -> tuple[str, ...]:
    """The ticked values; () when all are ticked (no filter); `none_ticked` (a message) if none is."""
    items = [box.item(i) for i in range(box.count())]
    ticked = tuple(i.data(Qt.UserRole) for i in items if i.checkState() == Qt.Checked)
    if items and not ticked:
        raise IsnadError.of(none_ticked)
    return () if len(ticked) == len(items) else ticked


def _wrap(layout) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w
