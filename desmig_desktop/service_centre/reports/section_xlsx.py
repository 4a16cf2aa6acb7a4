"""The Pusat Layanan Migrasi section on its own workbook sheet "Layanan Migrasi" (wider than the five columns of
"Ringkasan", which points to it), in the kit's look: numbered headings, shaded wrapped headers, a grid, a grey
total row and a note under each table; figures are numbers (a median is a text such as `22 hari`). Counts only."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange

from desmig_desktop.core.i18n import _
from desmig_desktop.reports import xlsx_kit as rx
from desmig_desktop.reports.letterhead import period_line, village_title
from desmig_desktop.service_centre.reports.section_tables import DASH, SectionTable, section_title, service_tables

SHEET_WIDTHS = (6, 46)  # No., the text column; then each figure FIGURE_WIDTH
FIGURE_WIDTH = 14


def _cell(ws: Any, value: object, bold: bool, text: bool = False) -> Any:
    if text or isinstance(value, str) or value is None:
        shown = DASH if value is None else str(value)
        align = rx.LABEL if text else Alignment(horizontal="right", vertical="center", indent=1)
        c = rx.text_cell(ws, shown, border=rx.GRID, alignment=align)
    else:
        c = rx.WriteOnlyCell(ws, value=value)
        c.border, c.number_format = rx.GRID, rx.COUNT_FORMAT
        c.alignment = Alignment(horizontal="right", vertical="center", indent=1)
    c.font = rx.BOLD if bold else rx.font()
    if bold:
        c.fill = rx.TOTAL_FILL
    return c


def _header(out: rx.SummarySheet, t: SectionTable) -> None:
    ws = out.ws
    heads = [_("No."), *t.headers]

    def head(text: str) -> Any:
        return rx.text_cell(ws, text, font=rx.BOLD, fill=rx.HEADER_FILL, border=rx.GRID, alignment=rx.WRAP_CENTER)

    if not t.band:
        out._append([head(h) for h in heads], height=32)
        return
    first, last = 2 + t.band_skip, len(heads) - 1 - t.band_after
    top = out.row + 1
    ws.merged_cells.add(CellRange(min_col=first + 1, min_row=top, max_col=last + 1, max_row=top))
    for i in range(len(heads)):
        if not first <= i <= last:
            ws.merged_cells.add(CellRange(min_col=i + 1, min_row=top, max_col=i + 1, max_row=top + 1))
    out._append([head(t.band if i == first else "" if first <= i <= last else h) for i, h in enumerate(heads)],
                height=20)
    out._append([head(h if first <= i <= last else "") for i, h in enumerate(heads)], height=32)


def _write_table(out: rx.SummarySheet, t: SectionTable) -> None:
    ws = out.ws
    out.heading(t.title)
    _header(out, t)
    if not t.rows:
        out._merge_row(len(t.headers) + 1)
        out._append([rx.text_cell(ws, _("(tidak ada data)"), font=rx.font(italic=True), border=rx.GRID,
                                  alignment=Alignment(horizontal="center"))])
    for n, values in enumerate(t.rows, 1):
        no = rx.WriteOnlyCell(ws, value=n)
        no.border, no.alignment, no.font = rx.GRID, Alignment(horizontal="center", vertical="center"), rx.font()
        out._append([no, _cell(ws, values[0], False, text=True), *(_cell(ws, v, False) for v in values[1:])])
    if t.total is not None and t.rows:
        out._append([_cell(ws, "", True, text=True), _cell(ws, t.total[0], True, text=True),
                     *(_cell(ws, v, True) for v in t.total[1:])])
    if t.note:
        out.note(t.note, lines=2 if len(t.note) > 110 else 1)
    out.blank()


def write_service_xlsx(sheet: rx.SummarySheet, section: Any, data: Any, include_nik: bool = False) -> None:
    """Sheet "Layanan Migrasi" (tables numbered on from "Ringkasan") and a pointer to it on "Ringkasan".
    `section`: a services.recap.ServiceSection. No personal data in these tables: `include_nik` changes nothing."""
    tables = service_tables(section)
    name = _("Layanan Migrasi")
    ws = sheet.workbook.create_sheet(name)
    columns = max(len(t.headers) + 1 for t in tables)
    widths = [*SHEET_WIDTHS, *([FIGURE_WIDTH] * (columns - len(SHEET_WIDTHS)))]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    rx.page_setup(ws, landscape=True)
    out = rx.SummarySheet(sheet.workbook, ws, width=columns)
    out.number = sheet.number
    out.line(section_title(), rx.font(bold=True, size=15), height=24)
    out.line(village_title(data.village), rx.font(bold=True, size=13), height=20)
    out.line(_("Periode: {period}").format(period=period_line(data.period)))
    out.blank()
    for t in tables:
        _write_table(out, t)
    pointer = _("{first}\u2013{last}. Pusat Layanan Migrasi: lihat lembar \u201c{sheet}\u201d")
    sheet.line(pointer.format(first=sheet.number + 1, last=out.number, sheet=name), rx.font(bold=True, size=11),
               height=20)
    sheet.blank()
    sheet.number = out.number
