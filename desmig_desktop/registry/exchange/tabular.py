"""Reading a CSV or XLSX register into plain rows, keeping the row numbers a spreadsheet shows.

CSV: `,`, `;` or tab delimited (guessed by `csv.Sniffer` from the first lines), UTF-8 with or without BOM
(Windows-1252 as a fallback for sheets saved by an old Excel). XLSX: the first sheet, cell values as openpyxl
gives them (text, numbers, datetime for real date cells). Blank rows are left out; numbering still counts them,
so row N here is row N in Excel (the header is usually row 1).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from desmig_desktop.core.i18n import _

XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .xls, or a password-protected .xlsx
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
MAX_BLANK_RUN = 10_000  # stop reading a sheet formatted far below its data
DELIMITERS = ",;\t"
SNIFF_LINES = 50  # the delimiter is guessed from the first lines that hold one of DELIMITERS (not a title line)

Cell = object  # str | int | float | bool | datetime | date | time | None


@dataclass(frozen=True)
class Table:
    """Non-blank rows of the file as (row number, cells); row numbers start at 1."""

    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    kind: str  # "csv" / "xlsx"


class TableError(Exception):
    """The file cannot be read as a table. The message (Indonesian) names the problem and the fix."""


def _blank(cells: tuple[Cell, ...] | list[Cell]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def read_table(path: str | Path) -> Table:
    """Read a CSV or XLSX file. Raises TableError (never anything else) when it cannot be read."""
    path = Path(path)
    name = path.name
    try:
        if not path.is_file():
            raise TableError(_("Berkas {file} tidak ditemukan: periksa nama dan foldernya.").format(file=name))
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        raise TableError(_("Berkas {file} tidak dapat dibuka: tutup dulu di Excel atau periksa izin folder.").format(file=name)) from None
    suffix = path.suffix.lower()
    if not head:
        raise TableError(_("Berkas {file} kosong: isi baris judul kolom dan data penduduk dulu.").format(file=name))
    if head.startswith(OLE_MAGIC) or suffix == ".xls":
        raise TableError(_("Berkas {file} berformat Excel lama (.xls) atau berkata sandi: buka di Excel lalu simpan "
                           "sebagai .xlsx tanpa kata sandi, atau sebagai CSV UTF-8.").format(file=name))
    if head.startswith(XLSX_MAGIC):
        table = _read_xlsx(path)
    elif suffix in TEXT_SUFFIXES or suffix == "":
        table = _read_csv(path)
    else:
        raise TableError(_("Berkas {file} bukan CSV atau XLSX: simpan data penduduk sebagai .xlsx atau .csv.").format(file=name))
    if not table.rows:
        raise TableError(_("Berkas {file} kosong: isi baris judul kolom dan data penduduk dulu.").format(file=name))
    return table


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise TableError(_("Berkas {file} bukan teks CSV biasa (mungkin UTF-16 atau berkas lain): simpan ulang "
                           "sebagai \"CSV UTF-8\".").format(file=name))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TableError(_("Berkas {file} bukan teks UTF-8: simpan ulang sebagai \"CSV UTF-8\".").format(file=name))


def sniff_delimiter(sample: str) -> str:
    """`,`, `;` or tab, as `csv.Sniffer` reads `sample` (the first lines of the file, the header first): the
    delimiter next to quoted fields, else the one that occurs the same number of times on (nearly) every line,
    the most frequent of those if several do (a comma in every name of a `;` file does not win); if the lines
    are too few and irregular to tell, the same reading of the header line alone; `,` for one column."""
    steady = _steady_delimiter(sample)
    if steady is not None:
        return steady
    sniffer = csv.Sniffer()
    sniffer.preferred = []  # several steady candidates: the one that occurs most often on a line, not `,` first
    for text in (sample, sample.partition("\n")[0]):  # a few rows too irregular to tell: the header line alone
        try:
            return sniffer.sniff(text, delimiters=DELIMITERS).delimiter
        except csv.Error:
            continue
    return ","


def _steady_delimiter(sample: str) -> str | None:
    """The delimiter that, read as CSV (quotes respected), gives every line of `sample` the same number of fields,
    more than one; the one giving the most fields if several do. None when no candidate is steady: then the
    sniffer decides. (The sniffer alone looks at the characters around quotes, and a quoted cell holding `,\t`
    could make it pick the tab in a comma file.)"""
    lines = [line for line in sample.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    found: list[tuple[int, str]] = []
    for delimiter in DELIMITERS:
        try:
            widths = {len(row) for row in csv.reader(lines, delimiter=delimiter)}
        except csv.Error:
            continue
        if len(widths) == 1 and (width := widths.pop()) > 1:
            found.append((width, delimiter))
    return max(found, key=lambda f: f[0])[1] if found else None


def _read_csv(path: Path) -> Table:
    name = path.name
    try:
        text = _decode(path.read_bytes(), name)
    except OSError:
        raise TableError(_("Berkas {file} tidak dapat dibaca: tutup dulu di Excel lalu coba lagi.").format(file=name)) from None
    sample = islice((line for line in text.splitlines() if any(d in line for d in DELIMITERS)), SNIFF_LINES)
    delimiter = sniff_delimiter("\n".join(sample))
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    try:
        for number, record in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), 1):
            if record and not _blank(record):
                rows.append((number, tuple(record)))
    except csv.Error as exc:
        raise TableError(_("Berkas {file} bukan CSV yang sah ({problem}): simpan ulang dari Excel sebagai CSV UTF-8.")
                         .format(file=name, problem=exc)) from None
    return Table(tuple(rows), "csv")


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    name = path.name
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any reader failure is a file problem for the officer, never a traceback
        raise TableError(_("Berkas {file} rusak atau bukan buku kerja Excel (.xlsx): buka di Excel lalu simpan ulang "
                           "sebagai .xlsx.").format(file=name)) from None
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    try:
        if not wb.worksheets:
            raise TableError(_("Berkas {file} tidak berisi lembar kerja.").format(file=name))
        blank_run = 0
        for number, values in enumerate(wb.worksheets[0].iter_rows(values_only=True), 1):
            if _blank(values):
                blank_run += 1
                if blank_run > MAX_BLANK_RUN:
                    break
                continue
            blank_run = 0
            cells = list(values)
            while cells and cells[-1] is None:
                cells.pop()
            rows.append((number, tuple(cells)))
    except TableError:
        raise
    except Exception:  # noqa: BLE001
        raise TableError(_("Berkas {file} rusak: lembar pertamanya tidak dapat dibaca. Buka di Excel lalu simpan "
                           "ulang sebagai .xlsx.").format(file=name)) from None
    finally:
        wb.close()
    return Table(tuple(rows), "xlsx")
