"""Time to a painted window from the bundled app (dist/isnad, `python scripts/build_app.py`),
cold (the page cache dropped first: needs root) and warm, on a real X server (Xvfb), next to
the same window started from this checkout with Python. Also `isnad --help` / `--version`.

    python benchmarks/bench_bundle.py [--runs 5]

Without dist/isnad (not built) only the checkout is measured.

"Painted": the window is mapped and a screenshot of it holds the drawn article (hundreds of
colours: anti-aliased Arabic), polled with xdotool and ImageMagick's `import` (~30 ms steps).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dist" / "isnad" / "isnad"


def painted_after(command: list[str], home: Path, cold: bool, display: str) -> float:
    """Seconds from the start of `command` (an `isnad gui` on the sample) to its painted window."""
    if cold:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "LANG": "C.UTF-8"}
    t0 = time.perf_counter()
    proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        while True:
            if proc.poll() is not None or time.perf_counter() - t0 > 60:
                said = proc.stderr.read() if proc.poll() is not None else "(still running)"
                raise RuntimeError(f"no window from {command} after {time.perf_counter() - t0:.1f} s: {said}")
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Isnad — "], env=env,
                                   capture_output=True, text=True).stdout.split()
            if found:
                colours = subprocess.run(["import", "-window", found[0], "-format", "%k", "info:"], env=env,
                                         capture_output=True, text=True).stdout.strip()
                if colours.isdigit() and int(colours) > 100:
                    return time.perf_counter() - t0
            time.sleep(0.01)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def user_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="isnad-bench-"))
    (home / ".config" / "Isnad").mkdir(parents=True)
    (home / ".config" / "Isnad" / "Isnad.conf").write_text("[General]\nannotator=amal\n", encoding="utf-8")
    return home


def command_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not APP.exists():
        print(f"no {APP} (python scripts/build_app.py builds it): the checkout only")
    can_drop = os.access("/proc/sys/vm/drop_caches", os.W_OK)
    read, write = os.pipe()  # Xvfb picks a free display and writes its number here
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp",
                             "-noreset"],  # no reset when the last client leaves: a start then finds no server
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    display = ":" + os.read(read, 16).decode().strip()
    home = user_home()
    try:
        commands = {"bundle": [str(APP), "gui"]} if APP.exists() else {}
        commands["checkout"] = [sys.executable, "-m", "annotator.cli", "gui"]
        painted_after(next(iter(commands.values())), home, False, display)  # builds the sample project once
        cold, warm = {name: [] for name in commands}, {name: [] for name in commands}
        for _ in range(args.runs):  # taking turns: the machine's load weighs on both alike
            for name, command in commands.items():
                if can_drop and len(cold[name]) < 2:
                    cold[name].append(painted_after(command, home, True, display))
                warm[name].append(painted_after(command, home, False, display))
        for name in commands:
            print(f"{name}: painted window, cold {_ms(cold[name]) if can_drop else 'n/a (not root)'}, "
                  f"warm median {statistics.median(warm[name]) * 1000:.0f} ms (runs {_ms(warm[name])})")
        for what in ("--help", "--version") if APP.exists() else ():
            print(f"bundle isnad {what}: median {command_seconds([str(APP), what], args.runs) * 1000:.0f} ms; "
                  f"checkout: {command_seconds([sys.executable, '-m', 'annotator.cli', what], args.runs) * 1000:.0f} ms")
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(home, ignore_errors=True)


def _ms(values: list[float]) -> str:
    return ", ".join(f"{v * 1000:.0f}" for v in values) + " ms"


if __name__ == "__main__":
    main()
