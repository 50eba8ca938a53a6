"""File > Export: a format, where to write, and the options `isnad export` takes
(layers, document statuses, labels, renaming, splits, clitics)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget)

from annotator.errors import IsnadError
from annotator.messages import M
from annotator.model import STATUSES
from exports.options import ExportOptions, check_status, parse_rename, parse_splits
from exports.registry import formats
from .document_list import STATUS_NAMES
from .bidi import isolate, ltr
from .error_text import inline_text
from .i18n import term, tr


class ExportDialog(QDialog):
    """`ExportDialog.ask(parent, project)` -> (format, path, ExportOptions) or None."""

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Export"))
        self.formats = formats("write")
        self.format_box = QComboBox()
        for f in self.formats:
            self.format_box.addItem(f"{isolate(f.name)} — {term(f.description)}", f.name)
        self.path = QLineEdit()
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.layers = _checklist(project.annotators())
        self.statuses = _checklist(STATUSES, [tr(STATUS_NAMES[s]) for s in STATUSES])
        self.labels = _checklist([label.name for label in project.schema.labels])
        self.rename = QLineEdit(placeholderText=ltr("PERS=PER, LOC=GPE"))
        self.splits = QLineEdit(placeholderText=ltr("train=0.8, dev=0.1, test=0.1"))
        self.clitics = QCheckBox(tr("Split the clitics و ف ب ل ك before ال into tokens of their own"))
        self.error = QLabel(styleSheet="color: #b00020", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        project_path = Path(project.path)
        self.path.setText(str(project_path.with_name(project_path.stem + "-export.jsonl")))
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
    def ask(cls, parent, project):
        dialog = cls(project, parent)
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


def _checklist(values, shown=None) -> QListWidget:
    """Every item ticked: ticked all means no filter."""
    box = QListWidget()
    for value, text in zip(values, shown or values):
        item = QListWidgetItem(text)
        item.setData(Qt.UserRole, value)
        item.setCheckState(Qt.Checked)
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
