"""Run by test_ui_x11.py on a real X server: the window on a project, snapping off; prints
whether the interface is mirrored (Arabic) and where chosen words are drawn (X screen
coordinates, in device pixels, of a drag over each, from their glyphs),
then, when told "quit" on stdin, the spans the project holds, and exits."""
import json
import sys

from PySide6.QtCore import QSocketNotifier, QTimer

from annotator.store import Project
from tests.ui_gestures import gesture_points, place, words
from ui.app import make_application
from ui.main_window import MainWindow

app = make_application()
window = MainWindow(Project.open(sys.argv[1], exclusive=True), "amal")
window.setGeometry(0, 0, 1200, 800)
window.show()
window.set_snapping(False)


def line_ends():
    """The first, a middle and the last word of each of the first lines on screen: the
    edges of wrapped right-to-left lines are where Qt's own hit-testing went wrong."""
    view, chosen, seen = window.view, [], {}
    ratio = window.devicePixelRatioF()  # X's pixels per logical one (QT_SCALE_FACTOR: a 150 % or 200 % screen)
    for start, end in words(view.text()):
        p = place(view, start, end)
        if p is not None and 0 <= p.band[0] and p.band[1] < view.viewport().height():
            seen.setdefault(p.y, []).append((start, end, p))
    for line in list(seen.values())[:6]:
        for start, end, p in (line[0], line[len(line) // 2], line[-1]):
            press, release = (view.viewport().mapToGlobal(q) * ratio for q in gesture_points(p, exact=True))
            chosen.append([start, end, round(press.x()), round(press.y()), round(release.x()), round(release.y())])
    print(json.dumps({"mirrored": window.isRightToLeft(), "targets": chosen}), flush=True)


def command() -> None:
    if sys.stdin.readline().strip() == "quit":
        spans = window.project.spans(window.workspace.doc.id, ["amal"])
        print(json.dumps(sorted([s.start, s.end] for s in spans)), flush=True)
        window.close()
        app.quit()


notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Read)
notifier.activated.connect(command)
QTimer.singleShot(1000, line_ends)  # after the window is mapped and laid out
app.exec()
