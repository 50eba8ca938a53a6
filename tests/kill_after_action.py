"""Run by test_ui_crash.py: tag a word in the real window, then die by SIGKILL at once."""
import os
import signal
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from annotator.store import Project  # noqa: E402
from tests.ui_helpers import offsets  # noqa: E402
from ui.app import make_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

app = make_application()
window = MainWindow(Project.open(sys.argv[1], exclusive=True), "amal")
window.show()
window.view.select_offsets(*offsets(sys.argv[2]))
QTest.keyClick(window.view, sys.argv[3])
if sys.argv[4:] == ["done"]:
    window.actions["done"].trigger()
os.kill(os.getpid(), signal.SIGKILL)
