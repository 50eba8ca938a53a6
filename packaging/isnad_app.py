"""The bundled app's entry point: the `isnad` command line (the window is `isnad gui`, and
what `isnad` alone opens).

Windows and macOS also get a windowed executable, `Isnad`, that a double-click on a .isnad
file or the app's icon starts: it runs `isnad gui [FILE]`.
"""
import multiprocessing
import sys
from pathlib import Path

from annotator.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen app's child processes (isnad suggest forks its workers where it can)
    # Started with nothing to do (a double-click on the executable): the window. The windowed
    # `Isnad` always opens the window, on the file it was given.
    if len(sys.argv) == 1 or (Path(sys.executable).stem == "Isnad" and sys.argv[1] != "gui"):
        sys.argv.insert(1, "gui")
    sys.exit(main())
