""""Ekspor daftar" of the Buku Tamu and AK-1 pages: the rows shown now (search and filters apply), with the
headings of the screen, to an Excel file the officer chooses."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableView, QWidget

from desmig_desktop.service_centre.reports.desk_lists import write_list_xlsx
from desmig_desktop.ui.feedback import notify
from desmig_desktop.ui.files import ask_save_path
from desmig_desktop.ui.widgets import default_output_dir

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def shown_rows(table: QTableView) -> tuple[list[str], list[list[str]]]:
    """The headings and the cell texts of `table`, in the order shown."""
    model = table.model()
    cols = range(model.columnCount())
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in cols]
    rows = [[str(model.index(r, c).data() or "") for c in cols] for r in range(model.rowCount())]
    return headers, rows


def ask_xlsx_path(parent: QWidget, file_name: str) -> Path | None:
    return ask_save_path(parent, translate("ListExport", "Ekspor daftar"), default_output_dir() / file_name,
                         translate("ListExport", "Excel (*.xlsx)"))


def export_shown(page: QWidget, table: QTableView, title: str, ask_path: Callable[[], Path | None]) -> Path | None:
    path = ask_path()
    if path is None:
        return None
    headers, rows = shown_rows(table)
    try:
        write_list_xlsx(path, title, headers, rows)
    except OSError as err:
        notify(page, translate("ListExport", "Daftar tidak dapat ditulis ke %1: %2").replace("%1", str(path))
               .replace("%2", err.strerror or str(err)))
        return None
    notify(page, translate("ListExport", "%Ln baris diekspor ke %1.", "", len(rows)).replace("%1", path.name))
    return path
