"""The version `isnad --version` and Help > About show: the package metadata (an install or
the bundled app), or pyproject.toml when this code runs from a checkout."""
from __future__ import annotations

from pathlib import Path

NAME = "isnad"


def version() -> str:
    # A checkout first, as annotator.resources does: an older install in the same environment
    # must not give its version to the checkout's code.
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib
        with open(pyproject, "rb") as f:
            project = tomllib.load(f).get("project", {})
        if project.get("name") == NAME:
            return project["version"]
    from importlib.metadata import PackageNotFoundError, version as installed
    try:
        return installed(NAME)
    except PackageNotFoundError:  # copied files, neither installed nor a checkout
        return "unknown"
