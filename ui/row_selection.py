"""Selecting a table's row from code, in either direction of the interface.

Not QTableView.selectRow: in a mirrored (Arabic) interface it looks for the row's cell at
the viewport's right edge, one pixel past the last column, finds none and selects nothing.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView


def select_row(table: QTableView, row: int) -> None:
    """Make `row` the table's one selected row, and scroll it into sight."""
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    table.scrollTo(index)
