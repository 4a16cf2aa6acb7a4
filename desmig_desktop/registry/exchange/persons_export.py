"""Export of the person list to XLSX or CSV, with the same column headers as the import (plus `Status`).

An export made with `include_nik=True` re-imports into a fresh village as the same people (a person without a NIK
yet reads "belum ada", which the import reads back as such, never as a NIK). Without it,
NIK and No KK are masked (`3307**********01`): that is the file that may leave the laptop.
Contract columns carry the Indonesian values the import reads back (`Kepala Keluarga`, `aktif`,
`informal`, `non-prosedural`, dates as dates); `Status` is the derived status in the user's language.
No cell is ever a formula: CSV text starting with = + - @ gets a leading quote (`neutralise_formula`),
XLSX stores such text as a string with the quote-prefix style. Files are written atomically.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.files import atomic_output
from desmig_desktop.core.i18n import _, label
from desmig_desktop.core.privacy import FORMULA_PREFIXES, mask_number, neutralise_formula
from desmig_desktop.registry import enums
from desmig_desktop.registry.dto import PersonRow
from desmig_desktop.registry.exchange.persons_import import HEADERS as IMPORT_HEADERS
from desmig_desktop.registry.services.export_rows import PersonExtras, person_extras
from desmig_desktop.registry.services.search import PersonQuery, iter_persons

HEADERS = (*IMPORT_HEADERS, "Status")
PAGE = 1000
DATE_FORMAT = "%d/%m/%Y"
WIDTHS = (20, 20, 28, 10, 16, 13, 18, 14, 5, 5, 15, 11, 16, 10, 18, 15, 13, 13, 16)


def _values(r: PersonRow, extra: PersonExtras | None, include_nik: bool) -> list[object]:
    pl = extra.placement if extra else None
    show = (lambda v: v) if include_nik else mask_number
    status = label(enums.STATUSES, r.status)
    if not r.in_village:
        status = _("{status} (tidak lagi di desa)").format(status=status)
    return [
        show(r.nik) if r.nik else _("belum ada"), show(r.no_kk), r.name, r.sex, extra.birth_place if extra else "", r.birth_date,
        enums.RELATIONSHIPS.get(r.relationship_to_head, r.relationship_to_head), r.dusun, r.rw, r.rt,
        extra.phone if extra else "",
        pl.stage if pl else "", pl.country if pl else "", (pl.sector or "") if pl else "", pl.job if pl else "",
        (pl.route or "").replace("_", "-") if pl else "", pl.departed_on if pl else None,
        pl.returned_on if pl else None, status,
    ]


def _rows(ctx: ServiceContext, query: PersonQuery, include_nik: bool) -> Iterator[list[object]]:
    """The rows in list order, read page by page by key (search.iter_persons), the extras a page at a time."""
    page: list[PersonRow] = []
    for r in iter_persons(ctx, query, PAGE):
        page.append(r)
        if len(page) == PAGE:
            yield from _page(ctx, page, include_nik)
            page = []
    yield from _page(ctx, page, include_nik)


def _page(ctx: ServiceContext, page: list[PersonRow], include_nik: bool) -> Iterator[list[object]]:
    extras = person_extras(ctx, [r.id for r in page]) if page else {}
    for r in page:
        yield _values(r, extras.get(r.id), include_nik)


def _write_csv(path: Path, rows: Iterator[list[object]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=",", lineterminator="\r\n")
        writer.writerow(HEADERS)
        for values in rows:
            writer.writerow([
                v.strftime(DATE_FORMAT) if isinstance(v, date) else "" if v is None else neutralise_formula(v)
                for v in values
            ])
            count += 1
    return count


def _write_xlsx(path: Path, rows: Iterator[list[object]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_("Penduduk"))
    ws.freeze_panes = "A2"
    for i, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")

    def header(text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=text)
        cell.font, cell.fill = bold, fill
        return cell

    def cell(value: object) -> object:
        if isinstance(value, date):
            c = WriteOnlyCell(ws, value=value)
            c.number_format = "DD/MM/YYYY"
            return c
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
            if value.startswith(FORMULA_PREFIXES):
                c = WriteOnlyCell(ws, value=value)
                c.data_type = "s"  # text, never a formula
                c.quotePrefix = True  # and Excel keeps it text when the cell is edited
                return c
        return value

    ws.append([header(h) for h in HEADERS])
    count = 0
    for values in rows:
        ws.append([cell(v) for v in values])
        count += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{count + 1}"
    wb.save(path)
    return count


WRITERS: dict[str, Callable[[Path, Iterator[list[object]]], int]] = {"csv": _write_csv, "xlsx": _write_xlsx}


def export_persons(
    ctx: ServiceContext,
    out: str | Path,
    fmt: str = "xlsx",
    query: PersonQuery | None = None,
    include_nik: bool = False,
) -> int:
    """Write the persons matching `query` (all in-village persons when None) to `out`; returns the row count."""
    writer = WRITERS.get(fmt.lower().lstrip("."))
    if writer is None:
        raise ValidationError([Issue("format", _("Format ekspor harus xlsx atau csv."))])
    out = Path(out)
    if not out.parent.is_dir():
        raise ValidationError([Issue("out", _("Folder tujuan {folder} tidak ada: pilih folder lain.").format(folder=out.parent))])
    rows = _rows(ctx, query or PersonQuery(sort="no_kk"), include_nik)
    with atomic_output(out) as tmp:
        count = writer(tmp, rows)
    return count

