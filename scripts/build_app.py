"""Build the self-contained Isnad app (no Python needed where it runs): dist/isnad/ and
dist/isnad-VERSION-PLATFORM.tar.gz (a .zip on Windows).

    python scripts/build_app.py [--reuse-venv] [--dist DIR]

A fresh virtual environment (build/app/venv) gets the plain install of this checkout and
PyInstaller (`pip install ".[bundle]"`), and PyInstaller runs packaging/isnad.spec in it:
the app holds exactly what `pip install .` brings, less what the spec leaves out. Packages
come from the package index (or pip's cache); nothing is fetched when the app runs.
Linux x86-64 is built and tested here; the same command on Windows and macOS is untested
(README, "Install without Python").
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "app"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--reuse-venv", action="store_true",
                        help="keep build/app/venv from an earlier build (only this checkout is reinstalled)")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz / .zip")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    python = build_env(WORK / "venv", args.reuse_venv)
    env_seconds = time.perf_counter() - started
    app = freeze(python, args.dist.resolve())
    print(f"built {app} in {time.perf_counter() - started:.0f} s ({env_seconds:.0f} s of it preparing the "
          f"build environment); size on disk: {folder_size(app) / 1e6:.0f} MB")
    if not args.no_archive:
        archive = pack(app, args.dist.resolve() / f"isnad-{version(python)}-{platform_tag()}")
        print(f"archive: {archive} ({archive.stat().st_size / 1e6:.0f} MB); "
              f"{time.perf_counter() - started:.0f} s in all")
    return 0


def build_env(folder: Path, reuse: bool) -> Path:
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not (reuse and python.exists()):
        shutil.rmtree(folder, ignore_errors=True)
        venv.create(folder, with_pip=True)
    # --force-reinstall --no-deps: this checkout's code, even when its version did not change
    run([python, "-m", "pip", "install", "-q", ".[bundle]"])
    run([python, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", "."])
    return python


def freeze(python: Path, dist: Path) -> Path:
    # Run outside the checkout: its isnad.egg-info (left by pip's in-tree build) would stand in
    # for the installed package's metadata.
    run([python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(WORK / "pyinstaller"), str(ROOT / "packaging" / "isnad.spec")],
        cwd=WORK)
    return dist / ("Isnad.app" if sys.platform == "darwin" else "isnad")


def version(python: Path) -> str:
    out = subprocess.run([python, "-c", "from importlib.metadata import version; print(version('isnad'))"],
                         capture_output=True, text=True, check=True, cwd=WORK)
    return out.stdout.strip()


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def pack(app: Path, base: Path) -> Path:
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(base), "zip", app.parent, app.name))
    archive = base.with_name(base.name + ".tar.gz")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:  # level 9: 2x the time for 1% less
        tar.add(app, arcname=app.name)
    return archive


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def run(command: list, cwd: Path = ROOT) -> None:
    print("$ " + " ".join(map(str, command)), flush=True)
    subprocess.run([str(c) for c in command], cwd=cwd, check=True)


if __name__ == "__main__":
    sys.exit(main())
