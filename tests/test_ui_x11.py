"""The whole app on a real X server (Xvfb), driven by xdotool as a hand would: drags over the
first, middle and last words of wrapped right-to-left lines store exactly those words.

.ci/run installs Xvfb and xdotool; without them this test is skipped."""
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.importing import import_records
from annotator.model import Document, DocumentRecord
from annotator.store import Project
from tests.conftest import CORPUS

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                                reason="needs Xvfb and xdotool (apt-get install xvfb xdotool)")]


@pytest.fixture
def display():
    number = 90 + os.getpid() % 9
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "2600x1700x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


@pytest.mark.parametrize("language, scale", [("C.UTF-8", "1"), ("ar_EG.UTF-8", "1"), ("C.UTF-8", "1.5"),
                                             ("ar_EG.UTF-8", "2")], ids=["english", "arabic", "english-150%", "arabic-200%"])
def test_xdotool_drags_on_wrapped_lines_store_the_words(tmp_path, display, language, scale):
    """In the English interface and in the Arabic one (the whole window mirrored), on a plain
    screen and on a scaled one (a laptop's 150 % or 200 %: X's pixels are not Qt's)."""
    seed = (CORPUS / "seed" / "sirte-washington-post.txt").read_text(encoding="utf-8")
    with Project.create(tmp_path / "p.isnad") as project:
        import_records(project, [DocumentRecord(Document("seed", "", seed, title="seed"))])
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT),
           "LANG": language, "LC_ALL": language, "QT_SCALE_FACTOR": scale,
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    app = subprocess.Popen([sys.executable, str(ROOT / "tests" / "x11_window.py"), str(tmp_path / "p.isnad")],
                           cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        shown = json.loads(app.stdout.readline())
        targets = shown["targets"]
        assert shown["mirrored"] == language.startswith("ar") and len(targets) >= 12
        xdo = lambda *args: subprocess.run(["xdotool", *map(str, args)], env=env, check=True)  # noqa: E731
        for start, end, x0, y0, x1, y1 in targets:
            xdo("mousemove", x0, y0, "mousedown", 1, "mousemove", (x0 + x1) // 2, y0, "mousemove", x1, y1,
                "mouseup", 1)
            time.sleep(0.15)
            xdo("key", "1")  # PER
            time.sleep(0.15)
        app.stdin.write("quit\n")
        app.stdin.flush()
        stored = json.loads(app.stdout.readline())
    finally:
        app.kill() if app.poll() is None else None
        app.wait(timeout=10)
    wanted = sorted({(s, e) for s, e, *_ in targets})
    assert [tuple(x) for x in stored] == wanted, [seed[s:e] for s, e in stored]
