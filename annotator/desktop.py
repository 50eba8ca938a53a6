"""Registering Isnad with the current user's Linux desktop (XDG folders), reversibly: the
launcher (resources/desktop/isnad.desktop), its icon, the file type application/x-isnad-project
for *.isnad, and Isnad as the program that opens it. No Qt: `isnad install-desktop` runs this.

Written (DATA = $XDG_DATA_HOME or ~/.local/share, CONFIG = $XDG_CONFIG_HOME or ~/.config):
  DATA/applications/isnad.desktop, DATA/mime/packages/isnad.xml,
  DATA/icons/hicolor/{N}x{N}/{apps,mimetypes}/..., DATA/icons/hicolor/scalable/apps/isnad.svg,
  and the two application/x-isnad-project lines of CONFIG/mimeapps.list.
`uninstall` removes exactly these; the desktop's caches are refreshed after both.
"""
from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import IsnadError
from .messages import M
from .resources import resource

MIME_TYPE = "application/x-isnad-project"
DESKTOP_ID = "isnad.desktop"
APP_ICON, MIME_ICON = "isnad", "application-x-isnad-project"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # resources/icons/isnad-N.png
MIMEAPPS_SECTIONS = ("Default Applications", "Added Associations")


@dataclass(frozen=True)
class XdgDirs:
    data: Path
    config: Path

    @classmethod
    def of(cls, environ=os.environ) -> "XdgDirs":
        """The base directories as the XDG spec defines them (a relative value is ignored)."""
        home = Path(environ.get("HOME") or Path.home())

        def base(var: str, default: Path) -> Path:
            value = environ.get(var, "")
            return Path(value) if value and Path(value).is_absolute() else default
        return cls(base("XDG_DATA_HOME", home / ".local" / "share"), base("XDG_CONFIG_HOME", home / ".config"))

    def files(self) -> dict[Path, Path | None]:
        """Each file installed -> the bundled file it copies (None: written, not copied)."""
        icons = self.data / "icons" / "hicolor"
        out: dict[Path, Path | None] = {
            self.data / "applications" / DESKTOP_ID: None,
            self.data / "mime" / "packages" / "isnad.xml": resource("desktop", "isnad-mime.xml"),
            icons / "scalable" / "apps" / f"{APP_ICON}.svg": resource("icons", "isnad.svg"),
        }
        for n in ICON_SIZES:
            png = resource("icons", f"isnad-{n}.png")
            out[icons / f"{n}x{n}" / "apps" / f"{APP_ICON}.png"] = png
            out[icons / f"{n}x{n}" / "mimetypes" / f"{MIME_ICON}.png"] = png
        return out

    @property
    def mimeapps(self) -> Path:
        return self.config / "mimeapps.list"


def check_platform(command: str, platform: str = sys.platform) -> None:
    if platform in ("win32", "cygwin", "darwin"):
        raise IsnadError.of(M.DESKTOP_NOT_LINUX, command=command, system=platform)


def launcher_command() -> tuple[list[str], Path | None]:
    """What the launcher runs (before `gui %f`), and the folder to run it in (a checkout).

    The bundled app is its own executable; an install has the `isnad` script that runs this;
    from a checkout (`python -m annotator.cli`) the interpreter runs the module in the checkout.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable], None
    script = Path(sys.argv[0])
    if script.name in ("isnad", "isnad.exe") and script.is_file():
        return [str(script.absolute())], None
    return [sys.executable, "-m", "annotator.cli"], Path(__file__).resolve().parent.parent


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_arg(arg: str) -> str:
    """One argument of a desktop entry's Exec key, quoted and escaped as the spec says."""
    arg = arg.replace("%", "%%")
    if any(c in _RESERVED for c in arg):
        arg = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
    return arg.replace("\\", "\\\\")  # the desktop file's own string escaping, on top


def desktop_entry(command: list[str], workdir: Path | None) -> str:
    """resources/desktop/isnad.desktop with the Exec line that runs this Isnad."""
    lines = []
    for line in resource("desktop", DESKTOP_ID).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(map(exec_arg, [*command, "gui"])) + " %f"
            if workdir is not None:
                line += "\nPath=" + str(workdir).replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(dirs: XdgDirs, command: list[str], workdir: Path | None = None) -> list[Path]:
    """Write the launcher, file type, icons and association; return the files written."""
    written = []
    for target, source in dirs.files().items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            _write_text(target, desktop_entry(command, workdir))
        else:
            shutil.copyfile(source, target)
        written.append(target)
    _edit_mimeapps(dirs.mimeapps, add=True)
    refresh_caches(dirs)
    return written + [dirs.mimeapps]


def uninstall(dirs: XdgDirs) -> list[Path]:
    """Remove what `install` wrote (and only that); return the files removed or edited."""
    removed = [p for p in dirs.files() if p.exists()]
    for path in removed:
        path.unlink()
    if _edit_mimeapps(dirs.mimeapps, add=False):
        removed.append(dirs.mimeapps)
    refresh_caches(dirs)
    return removed


def _edit_mimeapps(path: Path, add: bool) -> bool:
    """Make Isnad the default for its file type in mimeapps.list, or take that back (only
    where the line still names Isnad). Other lines are kept; returns whether it changed."""
    config = configparser.ConfigParser(interpolation=None, strict=False, delimiters=("=",))
    config.optionxform = str  # MIME types and desktop ids are case-sensitive
    if path.exists():
        config.read(path, encoding="utf-8")
    changed = False
    for section in MIMEAPPS_SECTIONS:
        if add:
            if not config.has_section(section):
                config.add_section(section)
            ours = [a for a in config.get(section, MIME_TYPE, fallback="").split(";") if a and a != DESKTOP_ID]
            config.set(section, MIME_TYPE, ";".join([DESKTOP_ID, *ours]) + ";")
            changed = True
        elif config.has_option(section, MIME_TYPE):
            rest = [a for a in config.get(section, MIME_TYPE).split(";") if a and a != DESKTOP_ID]
            if rest:
                config.set(section, MIME_TYPE, ";".join(rest) + ";")
            else:
                config.remove_option(section, MIME_TYPE)
                if not config.items(section, raw=True):
                    config.remove_section(section)
            changed = True
    if changed and not add and not config.sections():
        path.unlink()  # nothing but our lines was in it
    elif changed:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".isnad-tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            config.write(f, space_around_delimiters=False)
        os.replace(tmp, path)
    return changed


def refresh_caches(dirs: XdgDirs) -> None:
    """The desktop reads file types and launchers through caches: rebuild the user's (the
    tools come with shared-mime-info and desktop-file-utils; without them there is no cache)."""
    for tool, folder in (("update-mime-database", dirs.data / "mime"),
                         ("update-desktop-database", dirs.data / "applications")):
        if shutil.which(tool) and folder.is_dir():
            subprocess.run([tool, str(folder)], capture_output=True, check=False)


def _write_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".isnad-tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
