"""The district recap as an Excel workbook (never queries): "Ringkasan kabupaten" (the kabupaten's figures),
"Per kecamatan" and "Per desa" (one row each, the same stable columns), "Desa belum lapor".

Every figure is a value, never a formula; every text is stored as text, a name that starts like a formula included
(as `reports.xlsx_kit.text_cell`). No NIK: the district recap has figures only.

Speed (500 villages x ~60 columns): openpyxl's write-only mode, and each combination of styles registered with the
workbook once (`_Cells`): openpyxl hashes a style object at every assignment, which cost seconds per workbook.
"""

from __future__ import annotations

from copy import copy
from pathlib import Path
from typing import Any, Callable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desmig_desktop.core.files import atomic_output
from desmig_desktop.core.formatting import long_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.privacy import FORMULA_PREFIXES
from desmig_desktop.district.recap import DistrictRecap, column_heading, document_title, kabupaten_lines
from desmig_desktop.recap.common import sex_headers
from desmig_desktop.reports.letterhead import CREATOR, period_line
from desmig_desktop.reports.xlsx_kit import (
    BOLD,
    COUNT_FORMAT,
    GRID,
    HEADER_FILL,
    TOTAL_FILL,
    WRAP_CENTER,
    SummarySheet,
    clean,
    font,
    page_setup,
    text_cell,
)

MONEY_FORMAT = '"Rp"#,##0'


def _value(ws: Worksheet, value: int | None, money: bool = False, total: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = MONEY_FORMAT if money else COUNT_FORMAT
    cell.border = GRID
    if total:
        cell.font, cell.fill = BOLD, TOTAL_FILL
    return cell


def _text(ws: Worksheet, value: str, total: bool = False) -> WriteOnlyCell:
    cell = text_cell(ws, value, border=GRID, alignment=Alignment(vertical="center", wrap_text=True))
    if total:
        cell.font, cell.fill = BOLD, TOTAL_FILL
    return cell


class _Cells:
    """The cells of one sheet, each made from the style of a prototype cell of its kind (figure or text, money,
    total row, quote prefix), the prototype styled once through `_value` / `_text`."""

    def __init__(self, ws: Worksheet):
        self.ws = ws
        self.styles: dict[tuple[Any, ...], Any] = {}

    def _style(self, key: tuple[Any, ...], make: Callable[[], WriteOnlyCell]) -> Any:
        found = self.styles.get(key)
        if found is None:
            found = self.styles[key] = make()._style
        return copy(found)

    def value(self, value: int | None, money: bool = False, total: bool = False) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value=value)
        cell._style = self._style(("value", money, total), lambda: _value(self.ws, None, money, total))
        return cell

    def text(self, value: str, total: bool = False) -> WriteOnlyCell:
        quote = value.startswith(FORMULA_PREFIXES)
        cell = WriteOnlyCell(self.ws, value=clean(value))
        cell.data_type = "s"  # `=HYPERLINK(...)` or `+62...` stays text
        cell._style = self._style(("text", total, quote), lambda: _text(self.ws, value, total))
        return cell


def _header(ws: Worksheet, headings: Sequence[str]) -> None:
    ws.append([text_cell(ws, h, font=BOLD, fill=HEADER_FILL, border=GRID, alignment=WRAP_CENTER) for h in headings])


def _widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width


def _summary(wb: Workbook, recap: DistrictRecap) -> None:
    ws = wb.create_sheet(_("Ringkasan kabupaten"))
    _widths(ws, (6, 28, 46, 14, 14, 18))
    page_setup(ws, landscape=False)
    sheet = SummarySheet(wb, ws, width=6)
    sheet.line(document_title(recap), font(bold=True, size=14), height=22)
    sheet.line(_("Periode: {period}").format(period=period_line(recap.period)))
    sheet.line(_("Tanggal dibuat: {day}").format(day=long_date(recap.generated_on)))
    reported = sum(1 for v in recap.villages if v.reported)
    expected = reported + len(recap.missing)
    sheet.line(_("Desa yang sudah lapor periode ini: {n} dari {total}").format(n=reported, total=expected))
    sheet.blank()
    sheet.header([_("No."), _("Bidang"), _("Uraian"), *sex_headers()])
    for n, (group, label, total, male, money) in enumerate(kabupaten_lines(recap, recap.kabupaten_total().values), 1):
        female = total - male if male is not None else None
        sheet._append([_value(ws, n), _text(ws, group), _text(ws, label), _value(ws, male), _value(ws, female),
                       _value(ws, total, money)])
    sheet.blank()
    sheet.note(_("Jumlah kabupaten = jumlah baris desa (lembar \u201cPer desa\u201d). PAR30 kabupaten = pokok "
                 "tunggakan > 30 hari dibagi pokok pinjaman beredar, dari jumlah keduanya."))


def _table(wb: Workbook, title: str, first: Sequence[str], rows: list[tuple[list[str | int], Sequence[int], bool]],
           recap: DistrictRecap) -> None:
    ws = wb.create_sheet(title)
    columns = recap.columns()
    _widths(ws, (6, *(22 for _h in first), *(14 for _c in columns)))
    page_setup(ws, landscape=True)
    ws.freeze_panes = f"{get_column_letter(len(first) + 2)}2"  # the header and the village's name stay in view
    _header(ws, [_("No."), *first, *(column_heading(c) for c in columns)])
    cells = _Cells(ws)
    money = [c.money for c in columns]
    for n, (texts, values, total) in enumerate(rows, 1):
        ws.append([cells.value(None if total else n, total=total),
                   *(cells.text(t, total) if isinstance(t, str) else cells.value(t, total=total) for t in texts),
                   *(cells.value(v, m, total) for v, m in zip(values, money))])


def _missing(wb: Workbook, recap: DistrictRecap) -> None:
    ws = wb.create_sheet(_("Desa belum lapor"))
    _widths(ws, (6, 14, 28, 28, 60))
    page_setup(ws, landscape=False)
    _header(ws, [_("No."), _("Kode desa"), _("Desa"), _("Kecamatan"), _("Keterangan")])
    for n, m in enumerate(recap.missing_villages, 1):
        note = _("Angka di rekap ini dari paket terakhir yang diterima") if m.has_data \
            else _("Belum pernah mengirim paket: tidak ada angka")
        ws.append([_value(ws, n), _text(ws, m.code), _text(ws, m.name), _text(ws, m.kecamatan), _text(ws, note)])
    if not recap.missing_villages:
        ws.append([_text(ws, ""), _text(ws, _("Semua desa sudah lapor untuk periode ini."))])


def write_district_xlsx(recap: DistrictRecap, out: str | Path) -> Path:
    """Write the workbook to `out` (replaced atomically) and return its path."""
    wb = Workbook(write_only=True)
    wb.properties.title = document_title(recap)
    wb.properties.creator = CREATOR
    _summary(wb, recap)
    total_label = _("Kabupaten {name}").format(name=recap.kabupaten) if recap.kabupaten else _("Kabupaten")
    kecamatan_rows = [([t.kecamatan or "\u2013", t.villages], t.values, not t.kecamatan)
                      for t in recap.totals()[:-1]]
    kab = recap.kabupaten_total()
    _table(wb, _("Per kecamatan"), [_("Kecamatan"), _("Jumlah desa")],
           [*kecamatan_rows, ([total_label, kab.villages], kab.values, True)], recap)
    village_rows = [([v.kecamatan, v.code, v.name, _("ya") if v.reported else _("belum")], v.values, False)
                    for v in recap.villages]
    _table(wb, _("Per desa"), [_("Kecamatan"), _("Kode desa"), _("Desa"), _("Lapor periode ini")],
           [*village_rows, ([total_label, "", "", ""], kab.values, True)], recap)
    _missing(wb, recap)
    target = Path(out)
    with atomic_output(target) as tmp:
        wb.save(str(tmp))
    return target
