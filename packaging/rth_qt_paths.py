# PyInstaller run-time hook (packaging/isnad.spec): where the bundled Qt keeps its plugins.
# It replaces PyInstaller's own PySide6 hook, which imports QtCore at every start to register
# a qt.conf that the PySide6 wheels already embed: 0.3 s more for `isnad --version`.
import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6", *(() if sys.platform == "win32" else ("Qt",)),
                                            "plugins")
