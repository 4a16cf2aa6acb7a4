"""Excel building blocks for reports: styles, text cells that stay text, and `SummarySheet`, a sheet written
top to bottom (lines, headed count tables, free tables, notes) in openpyxl's write-only mode."""

from __future__ import annotations

from datetime import date
from typing import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from desmig_desktop.core.i18n import _
from desmig_desktop.core.privacy import FORMULA_PREFIXES
from desmig_desktop.reports.tables import CountTable, Line

DATE_FORMAT = "DD/MM/YYYY"


COUNT_FORMAT = "#,##0"  # 1.067 in an Indonesian Excel, 1,067 in an English one


HEADER_FILL = PatternFill("solid", start_color="FFD9E2F3")


TOTAL_FILL = PatternFill("solid", start_color="FFF2F2F2")


THIN = Side(style="thin", color="FF808080")


GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


FONT_NAME = "Calibri"  # the workbook's default font: explicit fonts must name it too


def font(**kw: object) -> Font:
    return Font(name=FONT_NAME, **kw)  # type: ignore[arg-type]


BOLD = font(bold=True)


WRAP_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


CENTER = Alignment(horizontal="center")


LABEL = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=1)


def clean(text: str) -> str:
    """Control characters cannot be stored in xlsx: drop them rather than fail the whole export."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def text_cell(ws: Worksheet, value: str, **style: object) -> WriteOnlyCell:
    """A cell that always holds text: `=HYPERLINK(...)` or `+62...` stays text (type "s", quote prefix)."""
    cell = WriteOnlyCell(ws, value=clean(value))
    cell.data_type = "s"
    if value.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True
    for name, val in style.items():
        setattr(cell, name, val)
    return cell


def number_cell(ws: Worksheet, value: int | None, bold: bool = False, fill: PatternFill | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = COUNT_FORMAT
    cell.border = GRID
    cell.alignment = Alignment(horizontal="right", vertical="center", indent=1)
    if bold:
        cell.font = BOLD
    if fill is not None:
        cell.fill = fill
    return cell


class SummarySheet:
    """The "Ringkasan" sheet, written top to bottom; sections call `count_table`, `table` and `note`."""

    def __init__(self, workbook: Workbook, ws: Worksheet, width: int = 5):
        self.workbook = workbook
        self.ws = ws
        self.width = width
        self.row = 0
        self.number = 0  # tables are numbered 1, 2, 3, ... across all sections

    def _append(self, cells: Sequence[object], height: float | None = None) -> None:
        self.row += 1
        if height is not None:
            self.ws.row_dimensions[self.row].height = height
        self.ws.append(list(cells))

    def _merge_row(self, last_col: int | None = None) -> None:
        row = self.row + 1
        self.ws.merged_cells.add(CellRange(min_col=1, min_row=row, max_col=last_col or self.width, max_row=row))

    def line(self, text: str, style: Font | None = None, height: float | None = None, wrap: bool = False) -> None:
        """A line of text across the table's width."""
        self._merge_row()
        cell = text_cell(self.ws, text, alignment=Alignment(vertical="top", wrap_text=wrap))
        if style is not None:
            cell.font = style
        self._append([cell], height)

    def blank(self) -> None:
        self._append([])

    def heading(self, title: str) -> None:
        self.number += 1
        self.line(f"{self.number}. {title}", font(bold=True, size=11), height=20)

    def header(self, headers: Iterable[str]) -> None:
        cells = [text_cell(self.ws, h, font=BOLD, fill=HEADER_FILL, border=GRID, alignment=WRAP_CENTER) for h in headers]
        self._append(cells, height=20)

    def count_table(self, table: CountTable) -> None:
        self.heading(table.title)
        self.header([_("No."), table.first_header, *table.sex_headers])
        if not table.rows:
            self._merge_row()
            self._append([text_cell(self.ws, _("(tidak ada data)"), font=font(italic=True), border=GRID,
                                    alignment=Alignment(horizontal="center"))])
        for n, line in enumerate(table.rows, 1):
            self._count_row(line, n)
        if table.total is not None:
            self._count_row(table.total, None)
        self.blank()

    def _count_row(self, line: Line, n: int | None) -> None:
        total = n is None
        fill = TOTAL_FILL if total else None
        style = BOLD if total else font()
        no = WriteOnlyCell(self.ws, value=n)
        no.border, no.alignment = GRID, Alignment(horizontal="center", vertical="center")
        if fill is not None:
            no.fill = fill
        label = text_cell(self.ws, line.label, font=style, border=GRID, alignment=LABEL)
        if fill is not None:
            label.fill = fill
        self._append([no, label, *(number_cell(self.ws, v, total, fill) for v in (line.male, line.female, line.total))])

    def table(self, title: str, headers: Sequence[str], rows: Iterable[Sequence[object]],
              formats: Sequence[str | None] = ()) -> None:
        """A free table for later sections: values as given, `formats[i]` an Excel number format or None."""
        self.heading(title)
        self.header(headers)
        for row in rows:
            cells: list[object] = []
            for i, value in enumerate(row):
                if isinstance(value, str):
                    cell = text_cell(self.ws, value, border=GRID, alignment=LABEL)
                else:
                    cell = WriteOnlyCell(self.ws, value=value)
                    cell.border = GRID
                    fmt = formats[i] if i < len(formats) else None
                    if fmt or isinstance(value, (int, date)):
                        cell.number_format = fmt or (DATE_FORMAT if isinstance(value, date) else COUNT_FORMAT)
                cells.append(cell)
            self._append(cells)
        self.blank()

    def note(self, text: str, lines: int = 2) -> None:
        self.line(text, font(italic=True, size=9, color="FF404040"), height=14.5 * lines, wrap=True)


def page_setup(ws: Worksheet, landscape: bool) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = _("Halaman &P dari &N")
    ws.oddFooter.center.size = 8
