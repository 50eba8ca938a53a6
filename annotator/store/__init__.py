"""The project store: the only package that talks SQL."""
from .project import DocumentListRow, Project

__all__ = ["Project", "DocumentListRow"]
