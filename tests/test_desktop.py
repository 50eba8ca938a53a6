"""`isnad install-desktop` / `uninstall-desktop` in a temporary HOME, checked by the desktop's
own tools: desktop-file-validate (desktop-file-utils) and xdg-mime (xdg-utils)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from annotator.desktop import MIME_TYPE, XdgDirs, desktop_entry, exec_arg
from tests.helpers import ROOT, isnad

needs_tools = pytest.mark.skipif(not (shutil.which("desktop-file-validate") and shutil.which("xdg-mime")),
                                 reason="apt-get install desktop-file-utils xdg-utils (.ci/run does)")


def user_env(home) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    return {**env, "HOME": str(home)}


def run(home, *args, check=True) -> subprocess.CompletedProcess:
    """`isnad ARGS` (in this process) as the user whose home is `home`, with no XDG_* set."""
    with pytest.MonkeyPatch.context() as env:
        for name in [k for k in os.environ if k.startswith("XDG_")]:
            env.delenv(name)
        env.setenv("HOME", str(home))
        proc = isnad(*args, check=False)
    assert not check or proc.returncode == 0, proc.stderr
    return proc


def xdg_mime(home, *args) -> str:
    return subprocess.run(["xdg-mime", *args], env=user_env(home), capture_output=True, text=True,
                          check=True).stdout.strip()


def files_under(folder) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


@needs_tools
def test_install_registers_a_valid_launcher_and_the_file_type_and_uninstall_takes_them_back(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    project = home / "news.isnad"
    run(home, "init", project)
    before = files_under(home)

    out = run(home, "install-desktop").stdout
    launcher = home / ".local" / "share" / "applications" / "isnad.desktop"
    assert f"installed the launcher {launcher}" in out
    check = subprocess.run(["desktop-file-validate", str(launcher)], capture_output=True, text=True)
    assert check.returncode == 0 and check.stdout == "", check.stdout
    entry = launcher.read_text(encoding="utf-8")
    assert f"Exec={sys.executable} -m annotator.cli gui %f" in entry and f"Path={ROOT}" in entry
    assert "MimeType=application/x-isnad-project;" in entry and "Icon=isnad\n" in entry
    assert xdg_mime(home, "query", "default", MIME_TYPE) == "isnad.desktop"
    assert xdg_mime(home, "query", "filetype", str(project)) == MIME_TYPE  # *.isnad, not just any SQLite file
    icons = home / ".local" / "share" / "icons" / "hicolor"
    assert (icons / "48x48" / "apps" / "isnad.png").is_file()
    assert (icons / "scalable" / "apps" / "isnad.svg").is_file()
    assert (icons / "48x48" / "mimetypes" / "application-x-isnad-project.png").is_file()
    assert run(home, "install-desktop").returncode == 0  # again: the same state
    assert xdg_mime(home, "query", "default", MIME_TYPE) == "isnad.desktop"

    assert "removed" in run(home, "uninstall-desktop").stdout
    assert xdg_mime(home, "query", "default", MIME_TYPE) == ""
    assert xdg_mime(home, "query", "filetype", str(project)) != MIME_TYPE
    left = files_under(home) - before
    # What remains is the desktop's own caches, rebuilt without Isnad in them.
    assert all(p.startswith((".local/share/mime/", ".local/share/applications/mimeinfo.cache")) for p in left), left
    assert not any("isnad" in p for p in left)
    assert "nothing to remove" in run(home, "uninstall-desktop").stdout


def test_uninstall_keeps_the_user_s_other_associations(tmp_path):
    dirs = XdgDirs(tmp_path / "data", tmp_path / "config")
    dirs.config.mkdir()
    mimeapps = dirs.config / "mimeapps.list"
    mimeapps.write_text(f"[Default Applications]\ntext/plain=gedit.desktop\n{MIME_TYPE}=other.desktop;\n",
                        encoding="utf-8")
    from annotator.desktop import install, uninstall
    install(dirs, ["/opt/isnad/isnad"])
    assert f"{MIME_TYPE}=isnad.desktop;other.desktop;" in mimeapps.read_text(encoding="utf-8")
    uninstall(dirs)
    text = mimeapps.read_text(encoding="utf-8")
    assert "text/plain=gedit.desktop" in text and f"{MIME_TYPE}=other.desktop;" in text and "isnad.desktop" not in text
    assert "[Added Associations]" not in text  # the section install added, empty again
    assert not (dirs.data / "applications" / "isnad.desktop").exists()


def test_exec_quotes_paths_as_the_desktop_entry_spec_says():
    assert exec_arg("/opt/isnad/isnad") == "/opt/isnad/isnad"
    assert exec_arg("/home/amal/My Apps/isnad") == '"/home/amal/My Apps/isnad"'
    assert exec_arg('/a "b"/$x') == '"/a \\\\"b\\\\"/\\\\$x"'  # escaped in quotes, then for the file
    assert exec_arg("/100%/isnad") == "/100%%/isnad"
    entry = desktop_entry(["/home/amal/My Apps/isnad/isnad"], None)
    assert 'Exec="/home/amal/My Apps/isnad/isnad" gui %f\n' in entry and "Path=" not in entry


@needs_tools
def test_a_launcher_with_a_space_in_its_path_is_valid(tmp_path):
    dirs = XdgDirs(tmp_path / "data", tmp_path / "config")
    from annotator.desktop import install
    install(dirs, [str(tmp_path / "My Apps" / "isnad")])
    launcher = dirs.data / "applications" / "isnad.desktop"
    check = subprocess.run(["desktop-file-validate", str(launcher)], capture_output=True, text=True)
    assert check.returncode == 0 and check.stdout == "", check.stdout


def test_desktop_commands_refuse_other_systems_in_two_parts():
    from annotator.desktop import check_platform
    from annotator.errors import IsnadError
    with pytest.raises(IsnadError) as caught:
        check_platform("isnad install-desktop", "win32")
    assert caught.value.code == "E532" and "installer" in caught.value.todo
    check_platform("isnad install-desktop", "linux")
