"""The project store: the only package that talks SQL."""
from .project import DocumentListRow, Project, is_database

__all__ = ["Project", "DocumentListRow", "is_database"]
