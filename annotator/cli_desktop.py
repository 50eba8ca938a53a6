"""`isnad install-desktop` / `isnad uninstall-desktop`: register Isnad with the current
user's Linux desktop (a launcher, its icon, *.isnad opened by a double-click), or remove it."""
from __future__ import annotations

from pathlib import Path


def add_parsers(sub) -> None:
    p = sub.add_parser("install-desktop", help="add Isnad to this user's desktop: launcher, icon, .isnad files",
                       description="Add a launcher with Isnad's icon to this user's applications menu and make "
                                   "Isnad open .isnad project files (file type application/x-isnad-project), in "
                                   "the XDG folders ($XDG_DATA_HOME, $XDG_CONFIG_HOME). The launcher runs this "
                                   "Isnad: run the command again after moving it. Linux only.")
    p.set_defaults(run=_install)
    p = sub.add_parser("uninstall-desktop", help="remove what install-desktop added",
                       description="Remove the launcher, icons, file type and association that "
                                   "'isnad install-desktop' added for this user.")
    p.set_defaults(run=_uninstall)


def _install(args) -> int:
    from .desktop import XdgDirs, check_platform, install, launcher_command
    check_platform("isnad install-desktop")
    command, workdir = launcher_command()
    dirs = XdgDirs.of()
    written = install(dirs, command, workdir)
    print(f"installed the launcher {written[0]}")
    print(f"  it runs: {' '.join(command)} gui FILE")
    print(f"  .isnad files (application/x-isnad-project) open in Isnad; {len(written) - 1} more files "
          f"under {_common(written)}")
    return 0


def _uninstall(args) -> int:
    from .desktop import XdgDirs, check_platform, uninstall
    check_platform("isnad uninstall-desktop")
    removed = uninstall(XdgDirs.of())
    print(f"removed {len(removed)} files and settings of Isnad's desktop integration" if removed
          else "nothing to remove: Isnad was not installed on this desktop")
    return 0


def _common(paths: list[Path]) -> Path:
    from os.path import commonpath
    return Path(commonpath([str(p) for p in paths]))
