"""Run by test_ui_crash.py: tag a word in the real window (and mark the document done), the
store's crash hook armed once the window shows (`KILL_AT`: before-commit:N or after-commit:N,
annotator/store/kill_at.py), so the process dies by SIGKILL exactly at that COMMIT."""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtTest import QTest  # noqa: E402

from annotator.store import Project, kill_at  # noqa: E402
from tests.ui_helpers import offsets  # noqa: E402
from ui.app import make_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

path, word, key, kill, *then = sys.argv[1:]
app = make_application()
window = MainWindow(Project.open(path, exclusive=True), "amal")
window.show()
kill_at.arm(kill)  # counts the write transactions from here: the tag is the first
window.view.select_offsets(*offsets(word))
QTest.keyClick(window.view, key)
if then == ["done"]:
    window.actions["done"].trigger()
sys.exit(f"still alive: no write transaction reached {kill}")
