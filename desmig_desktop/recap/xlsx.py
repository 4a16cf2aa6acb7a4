"""The recap as an Excel workbook: sheet "Ringkasan" (summary tables) and "Register PMI" (one row a person).

openpyxl (write-only) writes the summary, the styles and the register's header and settings; the register
rows themselves are streamed in by `xlsx_stream` (tens of thousands of rows in under a second).
Every figure is a value, never a formula; every text that starts like a formula is stored as text.
Each pillar's section is written after the fixed tables by its writer `(sheet: SummarySheet, section, data)`.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desmig_desktop.core.files import atomic_output
from desmig_desktop.core.formatting import long_date
from desmig_desktop.core.i18n import _, label
from desmig_desktop.core.privacy import mask_number
from desmig_desktop.recap.common import as_of_text, document_title, register_note, summary_tables
from desmig_desktop.recap.dataset import RecapData, RegisterRow
from desmig_desktop.registry import enums
from desmig_desktop.reports.letterhead import CREATOR, period_line, region_line, village_title
from desmig_desktop.reports.tables import CountTable
from desmig_desktop.reports.xlsx_kit import (
    BOLD,
    CENTER,
    DATE_FORMAT,
    GRID,
    HEADER_FILL,
    WRAP_CENTER,
    SummarySheet,
    font,
    page_setup,
    text_cell,
)
from desmig_desktop.reports.xlsx_stream import RowWriter, splice_rows


def _summary_widths(ws: Worksheet, tables: list[CountTable]) -> None:
    labels = [len(line.label) for t in tables for line in (*t.rows, *([t.total] if t.total else []))]
    labels += [len(t.first_header) for t in tables]
    widths = {"A": 6, "B": min(max([34, *labels]) + 3, 60), "C": 13, "D": 13, "E": 13}
    for col, width in widths.items():
        ws.column_dimensions[col].width = width


def write_summary(wb: Workbook, data: RecapData, include_nik: bool) -> None:
    ws = wb.create_sheet(_("Ringkasan"))
    tables = summary_tables(data)
    _summary_widths(ws, tables)
    page_setup(ws, landscape=False)
    sheet = SummarySheet(wb, ws)
    v = data.village
    sheet.line(_("Rekap Desmigratif"), font(bold=True, size=15), height=24)
    sheet.line(_("Data PMI Desa Migran Produktif"), font(size=11, color="FF404040"), height=16)
    sheet.line(village_title(v), font(bold=True, size=13), height=20)
    sheet.line(_("Kode Kemendagri: {code}").format(code=v.formatted_code))
    sheet.line(region_line(v))
    sheet.line(_("Periode: {period}").format(period=period_line(data.period)))
    sheet.line(_("Keadaan per tanggal: {day}").format(day=as_of_text(data)))
    sheet.line(_("Tanggal dibuat: {day}").format(day=long_date(data.generated_on)))
    sheet.line(_("Petugas: {name}").format(name=data.officer))
    sheet.blank()
    for table in tables:
        sheet.count_table(table)
    for section in data.sections:
        section.writer("xlsx")(sheet, section.data, data, include_nik=include_nik)
    sheet.note(register_note(data, include_nik, in_workbook=True))


REGISTER_HEADERS = ("No.", "NIK", "No. KK", "Nama", "L/P", "Tanggal Lahir", "Dusun", "RW", "RT", "Status",
                    "Negara", "Sektor", "Jalur", "Jabatan", "P3MI", "Tgl Berangkat", "Tgl Pulang", "Hilang Kontak")
DATE_COLUMNS = (6, 16, 17)  # 1-based columns that hold dates
CENTRED_COLUMNS = (1, 5, 6, 8, 9, 16, 17, 18)  # No., L/P, dates, RW, RT, Hilang Kontak
MAX_WIDTH = 40


def _register_values(rows: Sequence[RegisterRow], include_nik: bool) -> list[list[object]]:
    stage = {k: label(enums.STAGES, k) for k in enums.STAGES}
    sector = {k: label(enums.SECTORS, k) for k in enums.SECTORS}
    route = {k: label(enums.ROUTES, k) for k in enums.ROUTES}
    yes, no = _("Ya"), _("Tidak")
    hide = (lambda s: s) if include_nik else mask_number
    return [
        [n, hide(r.nik) if r.nik else _("belum ada"), hide(r.no_kk), r.name, r.sex, r.birth_date, r.dusun, r.rw, r.rt,
         stage.get(r.status, r.status), r.country, sector.get(r.sector, r.sector or ""),
         route.get(r.route, r.route or ""), r.job, r.agency, r.departed_on, r.returned_on, yes if r.lost_contact else no]
        for n, r in enumerate(rows, 1)
    ]


def _register_widths(values: list[list[object]], headers: Sequence[str]) -> list[float]:
    widths = []
    for i, head in enumerate(headers):
        if i + 1 in DATE_COLUMNS:
            widths.append(max(12.0, len(head) + 3))
            continue
        column = [row[i] for row in values]
        longest = max(map(len, (v if type(v) is str else str(v) for v in column if v is not None)), default=0)
        widths.append(float(min(max(longest, len(head) + 3) + 2, MAX_WIDTH)))  # + 3: room for the filter button
    return widths


def _style_id(ws: Worksheet, **style: object) -> int:
    """Register a cell style with the workbook (as openpyxl does when it writes a cell) and return its id."""
    cell = WriteOnlyCell(ws)
    for name, val in style.items():
        setattr(cell, name, val)
    return cell.style_id


def write_register(wb: Workbook, data: RecapData, include_nik: bool) -> tuple[Worksheet, RowWriter, list[list[object]]]:
    """The "Register PMI" sheet: openpyxl writes its header and settings; the rows are returned to splice."""
    ws = wb.create_sheet(_("Register PMI"))
    headers = [_(h) for h in REGISTER_HEADERS]
    values = _register_values(data.register, include_nik)
    for i, width in enumerate(_register_widths(values, headers), 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    page_setup(ws, landscape=True)
    ws.print_title_rows = "1:1"
    ws.row_dimensions[1].height = 30
    ws.append([text_cell(ws, h, font=BOLD, fill=HEADER_FILL, border=GRID, alignment=WRAP_CENTER) for h in headers])
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(values) + 1}"
    centred = _style_id(ws, alignment=CENTER)
    dated = _style_id(ws, alignment=CENTER, number_format=DATE_FORMAT)
    styles = [(dated if i in DATE_COLUMNS else centred) if i in CENTRED_COLUMNS else None
              for i in range(1, len(headers) + 1)]
    return ws, RowWriter(len(headers), styles, _style_id(ws, quotePrefix=True)), values


def write_recap_xlsx(data: RecapData, out: str | Path, include_nik: bool = False) -> Path:
    """Write the recap workbook to `out` (replaced atomically) and return its path."""
    target = Path(out)
    wb = Workbook(write_only=True)
    wb.properties.title = document_title(data)
    wb.properties.subject = _("Rekap data PMI Desa Migran Produktif")
    wb.properties.creator = CREATOR
    wb.properties.lastModifiedBy = CREATOR
    wb.properties.keywords = "Desmigratif"
    write_summary(wb, data, include_nik)
    ws, rows, values = write_register(wb, data, include_nik)
    skeleton = BytesIO()
    wb.save(skeleton)
    with atomic_output(target) as tmp:
        splice_rows(skeleton, ws.path.lstrip("/"), rows.rows(2, values), tmp)
    return target
