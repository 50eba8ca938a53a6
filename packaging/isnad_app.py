"""The bundled app's entry point: the `isnad` command line (the window is `isnad gui`).

Windows and macOS also get a windowed executable, `Isnad`, that a double-click on a .isnad
file or the app's icon starts: it runs `isnad gui [FILE]`.
"""
import multiprocessing
import sys
from pathlib import Path

from annotator.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes of `isnad suggest` (spawned on Windows/macOS)
    if Path(sys.executable).stem == "Isnad" and (len(sys.argv) < 2 or sys.argv[1] != "gui"):
        sys.argv.insert(1, "gui")
    sys.exit(main())
