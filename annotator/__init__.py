"""Isnad's Qt-free core."""

# The one place the version is written: pyproject.toml reads it (dynamic), so the package
# metadata, `isnad --version` and Help > About always agree; importing it costs nothing at start.
__version__ = "0.1.0"
