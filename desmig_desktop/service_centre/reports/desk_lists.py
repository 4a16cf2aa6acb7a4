"""A list of the service centre's pages (Buku Tamu, AK-1) written to Excel as the officer sees it: a title line,
the column headings and the rows of the screen, every cell text (a masked NIK stays as shown, never a number)."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from desmig_desktop.reports.xlsx_kit import BOLD, GRID, HEADER_FILL, text_cell


def write_list_xlsx(path: Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[str]],
                    sheet: str = "Daftar") -> Path:
    """Write `rows` under `headers` (column widths from the longest text, at most 60 characters)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet[:31])
    widths = [len(h) for h in headers]
    for row in rows:
        for i, value in enumerate(row[:len(widths)]):
            widths[i] = max(widths[i], len(value))
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(w, 6), 60) + 2
    ws.append([text_cell(ws, title, font=BOLD)])
    ws.append([])
    ws.append([text_cell(ws, h, font=BOLD, fill=HEADER_FILL, border=GRID) for h in headers])
    for row in rows:
        ws.append([text_cell(ws, value, border=GRID) for value in row])
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    wb.save(tmp)
    tmp.replace(path)
    return path
