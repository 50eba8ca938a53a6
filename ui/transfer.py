"""Import and export on a worker thread, with a progress dialog and a cancel button.

Cancelling an import raises inside the record stream, before the single write
transaction, so the project is unchanged; a cancelled export removes its partial file.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QProgressDialog

from .i18n import tr

# The importer and exports load at the first import or export, not with the window (issue 13).


class Cancelled(Exception):
    pass


class TransferThread(QThread):
    progressed = Signal(int)
    succeeded = Signal(object)  # what the job returned
    failed = Signal(object)

    def __init__(self, job, parent=None):
        super().__init__(parent)
        self._job, self.cancelled = job, False

    def counted(self, records):
        for n, record in enumerate(records, 1):
            if self.cancelled:
                raise Cancelled()
            self.progressed.emit(n)
            yield record

    def run(self) -> None:
        try:
            self.succeeded.emit(self._job(self))
        except Cancelled:
            self.failed.emit(None)
        except Exception as e:  # noqa: BLE001 — shown to the user as a dialog
            self.failed.emit(e)


def import_job(project, fmt, path: Path, annotator: str, options=None):
    """`options`: exports.options.ReadOptions (the encoding of files that are not UTF-8)."""
    from annotator.importing import import_records

    def job(thread: TransferThread) -> str:
        report = import_records(project, thread.counted(fmt.read(path, options)), annotator)
        return report.summary()
    return job


def export_job(project, fmt, path: Path, options=None):
    """exports.run.export (as `isnad export` runs it): a failed or cancelled export leaves nothing.
    The job returns (ExportSummary, the line `isnad export` prints)."""
    from exports.options import ExportOptions
    from exports.run import export_summary, written
    options = options or ExportOptions()

    def job(thread: TransferThread):
        records = thread.counted(project.records(options.layers or None))
        summary = export_summary(records, fmt.name, path, project.schema, options)
        return summary, "; ".join(written(summary.report, path, options))
    return job


def overlap_job(project, options):
    """Counts, by label, the spans a token format would leave out (exports.run.overlap_drops)."""
    from exports.run import overlap_drops

    def job(thread: TransferThread):
        return overlap_drops(thread.counted(project.records(options.layers or None)), options)
    return job


class ProgressDialog(QProgressDialog):
    """A bar for `total` records, or, when their number is not known (an import reads a
    stream), a busy bar and how many documents were read so far."""
    EVERY = 100  # records between two updates of the count

    def __init__(self, title: str, total: int, parent):
        super().__init__(title, tr("Cancel"), 0, max(total, 0), parent)
        self.title = title
        self.setMinimumDuration(300)
        self.setValue(0)  # starts the wait: a dialog never given a value never shows

    def count(self, n: int) -> None:
        if n % self.EVERY == 0:
            self.setLabelText(self.title + "\n" + tr("{count} documents read").format(count=f"{n:,}"))


def run_with_progress(parent, title: str, job, total: int, done, failed, finished) -> TransferThread:
    """Start `job` on a thread; `done(summary)` or `failed(error or None if cancelled)` after.

    Thread signals go only to bound methods of QObjects living in the GUI thread (queued);
    a lambda would run in the worker thread and touch widgets from there.
    """
    dialog = ProgressDialog(title, total, parent)
    thread = TransferThread(job, parent)
    thread.progressed.connect(dialog.setValue if total else dialog.count)
    dialog.canceled.connect(lambda: setattr(thread, "cancelled", True))
    thread.succeeded.connect(done)
    thread.failed.connect(failed)
    thread.finished.connect(dialog.reset)  # (the window takes the keys back: ui/focus_return.py)
    thread.finished.connect(finished)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread

