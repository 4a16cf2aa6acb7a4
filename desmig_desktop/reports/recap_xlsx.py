"""The recap as an Excel workbook: sheet "Ringkasan" (summary tables) and "Register PMI" (one row a person).

openpyxl (write-only) writes the summary, the styles and the register's header and settings; the register
rows themselves are streamed in by `xlsx_stream` (tens of thousands of rows in under a second).
Every figure is a value, never a formula; every text that starts like a formula is stored as text.
A pillar adds its section with a writer `(sheet: SummarySheet, section, data) -> None` in SECTION_WRITERS.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Callable, Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from desmig_desktop.domain import enums
from desmig_desktop.domain.formatting import long_date
from desmig_desktop.domain.privacy import FORMULA_PREFIXES, mask_number
from desmig_desktop.files import atomic_output
from desmig_desktop.i18n import _
from desmig_desktop.reports.common import (
    CREATOR, CountTable, Line, document_title, period_line, region_line, register_note,
    sex_headers, summary_tables, village_title,
)
from desmig_desktop.reports.groups_section import write_groups_xlsx
from desmig_desktop.reports.xlsx_stream import RowWriter, splice_rows
from desmig_desktop.services.recap import RecapData, RegisterRow

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


def _clean(text: str) -> str:
    """Control characters cannot be stored in xlsx: drop them rather than fail the whole export."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def text_cell(ws: Worksheet, value: str, **style: object) -> WriteOnlyCell:
    """A cell that always holds text: `=HYPERLINK(...)` or `+62...` stays text (type "s", quote prefix)."""
    cell = WriteOnlyCell(ws, value=_clean(value))
    cell.data_type = "s"
    if value.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True
    for name, val in style.items():
        setattr(cell, name, val)
    return cell


def _number_cell(ws: Worksheet, value: int | None, bold: bool = False, fill: PatternFill | None = None) -> WriteOnlyCell:
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
        self.header([_("No."), table.first_header, *sex_headers()])
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
        self._append([no, label, *(_number_cell(self.ws, v, total, fill) for v in (line.male, line.female, line.total))])

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


SectionWriter = Callable[[SummarySheet, object, RecapData], None]
# (key in RecapData.sections, writer). Keys not listed here are ignored.
SECTION_WRITERS: list[tuple[str, SectionWriter]] = []
SECTION_WRITERS.append(("groups", write_groups_xlsx))  # type: ignore[arg-type]  # Usaha Produktif


def _page_setup(ws: Worksheet, landscape: bool) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = _("Halaman &P dari &N")
    ws.oddFooter.center.size = 8


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
    _page_setup(ws, landscape=False)
    sheet = SummarySheet(wb, ws)
    v = data.village
    sheet.line(_("Rekap Desmigratif"), font(bold=True, size=15), height=24)
    sheet.line(_("Data PMI Desa Migran Produktif"), font(size=11, color="FF404040"), height=16)
    sheet.line(village_title(v), font(bold=True, size=13), height=20)
    sheet.line(_("Kode Kemendagri: {code}").format(code=v.formatted_code))
    sheet.line(region_line(v))
    sheet.line(_("Periode: {period}").format(period=period_line(data)))
    sheet.line(_("Tanggal dibuat: {day}").format(day=long_date(data.generated_on)))
    sheet.line(_("Petugas: {name}").format(name=data.officer))
    sheet.blank()
    for table in tables:
        sheet.count_table(table)
    for key, writer in SECTION_WRITERS:
        if key in data.sections:
            writer(sheet, data.sections[key], data, include_nik=include_nik)
    sheet.note(register_note(data, include_nik, in_workbook=True))


REGISTER_HEADERS = ("No.", "NIK", "No. KK", "Nama", "L/P", "Tanggal Lahir", "Dusun", "RW", "RT", "Status",
                    "Negara", "Sektor", "Jalur", "Jabatan", "P3MI", "Tgl Berangkat", "Tgl Pulang", "Hilang Kontak")
DATE_COLUMNS = (6, 16, 17)  # 1-based columns that hold dates
CENTRED_COLUMNS = (1, 5, 6, 8, 9, 16, 17, 18)  # No., L/P, dates, RW, RT, Hilang Kontak
MAX_WIDTH = 40


def _register_values(rows: Sequence[RegisterRow], include_nik: bool) -> list[list[object]]:
    stage = {k: enums.label(enums.STAGES, k) for k in enums.STAGES}
    sector = {k: enums.label(enums.SECTORS, k) for k in enums.SECTORS}
    route = {k: enums.label(enums.ROUTES, k) for k in enums.ROUTES}
    yes, no = _("Ya"), _("Tidak")
    hide = (lambda s: s) if include_nik else mask_number
    return [
        [n, hide(r.nik), hide(r.no_kk), r.name, r.sex, r.birth_date, r.dusun, r.rw, r.rt,
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
    _page_setup(ws, landscape=True)
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
