"""Recap tables (`tables.ReportTable`) on their own workbook sheet: a section's tables under its title, the
village and the period, numbered on from "Ringkasan", which gets a line pointing to the sheet. Widths by column
position (the widest need of any table), wrapped headers, a grid, a grey total row, a note under each table."""

from __future__ import annotations

import math
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange

from desmig_desktop.core.i18n import _
from desmig_desktop.reports import xlsx_kit as rx
from desmig_desktop.reports.letterhead import period_line, village_title
from desmig_desktop.reports.tables import (
    COUNT,
    DASH,
    DATE,
    MONEY,
    NO,
    PERCENT,
    TEXT,
    Column,
    ReportTable,
    header_grid,
    shown,
)

XLSX_FORMATS = {NO: "0", COUNT: "#,##0", MONEY: '"Rp"#,##0', PERCENT: "0.0%", DATE: "DD/MM/YYYY"}
XLSX_WIDTHS = {NO: 6, COUNT: 12, MONEY: 16, PERCENT: 11, DATE: 13}


def _xlsx_widths(tables: list[ReportTable]) -> list[float]:
    """Widths by column position, the widest need of any table (text: its longest value, within limits; a
    column's own `xlsx_width` if it has one)."""
    widths: dict[int, float] = {}
    for t in tables:
        lines = [*t.rows, *([t.total] if t.total else [])]
        for i, col in enumerate(t.columns):
            need: float = XLSX_WIDTHS.get(col.kind, 16)
            if col.xlsx_width:
                need = col.xlsx_width
            elif col.kind in (TEXT, MONEY):
                need = min(max([need, *(len(shown(r[i], col.kind)) + 3 for r in lines)]), 26)  # a longer text wraps
            widths[i] = max(widths.get(i, 0), need)
    return [widths[i] for i in range(len(widths))]


def _figure_alignment(kind: str) -> Alignment:
    centred = kind in (NO, DATE)
    return Alignment(horizontal="center" if centred else "right", vertical="center", indent=0 if centred else 1)


def write_tables_sheet(sheet: rx.SummarySheet, tables: list[ReportTable], name: str, title: str, data: Any,
                       pointer: str) -> None:
    """A pillar's recap tables on their own sheet `name` under `title`, numbered on from "Ringkasan", and the
    `pointer` line ({first}, {last}, {sheet}) on "Ringkasan"."""
    ws = sheet.workbook.create_sheet(name)
    widths = _xlsx_widths(tables)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    rx.page_setup(ws, landscape=True)
    out = rx.SummarySheet(sheet.workbook, ws, width=len(widths))
    out.number = sheet.number
    out.line(title, rx.font(bold=True, size=15), height=24)
    out.line(village_title(data.village), rx.font(bold=True, size=13), height=20)
    out.line(_("Periode: {period}").format(period=period_line(data.period)))
    out.blank()

    def cell(value: object, col: Column, bold: bool) -> object:
        if value is None and col.kind != TEXT:  # e.g. no retention without members at the start
            c = rx.text_cell(ws, DASH, border=rx.GRID, alignment=Alignment(horizontal="center"))
        elif isinstance(value, str) and value and col.kind != TEXT:  # a figure as a text (`22 hari`)
            c = rx.text_cell(ws, value, border=rx.GRID, alignment=_figure_alignment(col.kind))
        elif isinstance(value, str) or col.kind == TEXT:
            c = rx.text_cell(ws, value if isinstance(value, str) else "", border=rx.GRID, alignment=rx.LABEL)
        else:
            c = rx.WriteOnlyCell(ws, value=value)
            c.border, c.number_format = rx.GRID, XLSX_FORMATS[col.kind]
            c.alignment = _figure_alignment(col.kind)
        c.font = rx.BOLD if bold else rx.font()
        if bold:
            c.fill = rx.TOTAL_FILL
        return c

    for t in tables:
        out.heading(t.title)
        rows, merged = header_grid(t)
        for c0, r0, c1, r1 in merged:
            ws.merged_cells.add(CellRange(min_col=c0 + 1, min_row=out.row + 1 + r0, max_col=c1 + 1,
                                          max_row=out.row + 1 + r1))
        for r, texts in enumerate(rows):  # wrapped headers: about 1.1 width units a letter
            room = list(widths)
            for c0, r0, c1, r1 in merged:
                room[c0] = sum(widths[c0:c1 + 1]) if r0 == r1 == r else room[c0] * (r1 - r0 + 1)
            lines = max(math.ceil(len(h) * 1.1 / max(w - 1, 1)) for h, w in zip(texts, room))
            out._append([rx.text_cell(ws, h, font=rx.BOLD, fill=rx.HEADER_FILL, border=rx.GRID,
                                      alignment=rx.WRAP_CENTER) for h in texts], height=15.0 * lines + 5)
        if not t.rows:
            out._merge_row(len(t.columns))
            out._append([rx.text_cell(ws, _("(tidak ada data)"), font=rx.font(italic=True), border=rx.GRID,
                                      alignment=Alignment(horizontal="center"))])
        for row in t.rows:
            out._append([cell(v, c, False) for v, c in zip(row, t.columns)])
        if t.total is not None and t.rows:
            out._append([cell(v, c, True) for v, c in zip(t.total, t.columns)])
        if t.note:
            out.note(t.note, lines=2 if len(t.note) > 110 else 1)
        out.blank()
    sheet.line(pointer.format(first=sheet.number + 1, last=out.number, sheet=name), rx.font(bold=True, size=11),
               height=20)
    sheet.blank()
    sheet.number = out.number
