"""The import template ("Unduh contoh", `desmig import template PATH`): the public import columns as the header
row, one invented example row, and in XLSX the NIK and No KK columns formatted as Text, so that Excel keeps all 16
digits of what the officer types there (a number cell keeps 15)."""

from __future__ import annotations

import csv
from pathlib import Path

from desmig_desktop.core.files import atomic_output
from desmig_desktop.core.i18n import _
from desmig_desktop.registry.exchange.persons_import import HEADERS

# An invented family (the NIKs agree with the birth dates and sexes; no real person).
EXAMPLE_ROWS = (
    ("3307091204787001", "3307091503127001", "Slamet Riyadi", "L", "Wonosobo", "12/04/1978", "Kepala Keluarga",
     "Kuripan", "5", "2", "081227345611", "", "", "", "", "", "", ""),
    ("3307094309837002", "3307091503127001", "Sularmi", "P", "Wonosobo", "03/09/1983", "Istri", "Kuripan", "5", "2",
     "", "aktif", "Hong Kong", "informal", "Penata Laksana Rumah Tangga", "prosedural", "14/02/2023", ""),
)
TEXT_COLUMNS = ("NIK", "No KK", "No HP", "Tanggal Lahir", "Tanggal Berangkat", "Tanggal Pulang", "RW", "RT")
FORMATS = ("xlsx", "csv")


def template_format(path: Path, chosen: str | None = None) -> str:
    """`xlsx` or `csv`: the one chosen, else the file's suffix (xlsx when it is neither)."""
    if chosen:
        return chosen
    return "csv" if path.suffix.lower() in (".csv", ".txt") else "xlsx"


def write_template(path: str | Path, fmt: str | None = None, rows: int = 1) -> Path:
    """Write the template (the header and `rows` example rows) to `path`, whole or not at all."""
    path = Path(path)
    fmt = template_format(path, fmt)
    examples = EXAMPLE_ROWS[:max(0, rows)]
    with atomic_output(path) as tmp:
        if fmt == "csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh, lineterminator="\r\n")
                writer.writerow(HEADERS)
                writer.writerows(examples)
        else:
            _write_xlsx(tmp, examples)
    return path


def _write_xlsx(path: Path, examples: tuple[tuple[str, ...], ...]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = _("Penduduk")
    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for values in examples:
        ws.append(list(values))
    for index, header in enumerate(HEADERS, 1):
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = max(12, len(header) + 4, 20 if header in ("NIK", "No KK", "Nama") else 0)
        if header in TEXT_COLUMNS:
            # Every cell of the column down to row 1000 is Text: what is typed there later stays text too.
            for row in range(2, 1001):
                ws.cell(row=row, column=index).number_format = "@"
    ws.freeze_panes = "A2"
    wb.save(path)
