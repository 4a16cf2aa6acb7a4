"""Import of an existing person register (CSV or XLSX) — the columns are a public contract.

`NIK, No KK, Nama, Jenis Kelamin (L/P), Tempat Lahir, Tanggal Lahir, Hubungan Keluarga, Dusun, RW, RT,
No HP, Status PMI, Negara Tujuan, Sektor, Jabatan, Jalur, Tanggal Berangkat, Tanggal Pulang`

Headers match case-insensitively, ignoring spaces, punctuation and a parenthesised hint ("No KK",
"No. KK", "no_kk"; "Jenis Kelamin" or "Jenis Kelamin (L/P)"). Columns it does not know are skipped
(with a warning, except the `Status` column our own export adds). All rows are checked; if any is
invalid nothing is written and every error is listed as `baris N, kolom X: pesan`.

A NIK cell reading "belum ada" (any case; the English export's "not yet known") is a person whose NIK is not known
yet: registered without a NIK (PersonInput.nik_missing), never with an invented one. An empty NIK stays an error.

Cancellation: `import_persons` raises `ImportCancelled` when `cancelled()` turns true (nothing written).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from desmig_desktop.core import i18n
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.i18n import _
from desmig_desktop.registry import enums
from desmig_desktop.registry.exchange.tabular import Table, TableError, read_table
from desmig_desktop.registry.services.importing import (
    ImportCancelled,
    ImportResult,
    ImportRow,
    RowError,
    file_error,
    import_rows,
)

__all__ = ["COLUMNS", "HEADERS", "Column", "ImportCancelled", "ImportResult", "RowError", "header_key", "import_persons"]

HEADER_SCAN_ROWS = 20  # a title or blank lines may stand above the header row
IGNORED_HEADERS = {"status", "no", "nourut", "keterangan", "ket"}
TEXT_FIELDS = ("nik", "no_kk", "name", "birth_place", "dusun", "phone", "country", "job")
DATE_FIELDS = ("birth_date", "departed_on", "returned_on")
_TIME = r"(?:[ T]\d\d:\d\d(?::\d\d(?:\.\d+)?)?)?$"
_YMD = re.compile(r"^(\d{4})([-/])(\d{1,2})\2(\d{1,2})" + _TIME)
_DMY = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})" + _TIME)
_SCIENTIFIC = re.compile(r"^\d[.,]\d+e\+?\d+$", re.IGNORECASE)
_DECIMAL = re.compile(r"^\d{6,}[.,]\d+$")  # 3307091205850001.0: a number written out as text
_SEXES = {"l": "L", "lk": "L", "laki": "L", "lakilaki": "L", "pria": "L",
          "p": "P", "pr": "P", "perempuan": "P", "wanita": "P"}


@dataclass(frozen=True)
class Column:
    key: str  # field key of services.importing
    header: str  # the header our export writes and our messages name
    required: bool = False
    aliases: tuple[str, ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column("nik", "NIK", True, ("Nomor Induk Kependudukan", "No NIK", "Nomor NIK")),
    Column("no_kk", "No KK", True, ("Nomor KK", "No Kartu Keluarga", "Nomor Kartu Keluarga", "KK")),
    Column("name", "Nama", True, ("Nama Lengkap",)),
    Column("sex", "Jenis Kelamin (L/P)", True, ("JK", "L/P", "Kelamin")),
    Column("birth_place", "Tempat Lahir", False, ("Tmp Lahir", "Tpt Lahir")),
    Column("birth_date", "Tanggal Lahir", True, ("Tgl Lahir",)),
    Column("relationship", "Hubungan Keluarga", False, ("Hubungan", "SHDK", "Hubungan dalam Keluarga",
                                                        "Status Hubungan dalam Keluarga")),
    Column("dusun", "Dusun"),
    Column("rw", "RW"),
    Column("rt", "RT"),
    Column("phone", "No HP", False, ("Nomor HP", "HP", "No Telepon", "Telepon", "No Telp", "No WA")),
    Column("stage", "Status PMI", False, ("Tahap PMI",)),
    Column("country", "Negara Tujuan", False, ("Negara", "Negara Penempatan")),
    Column("sector", "Sektor"),
    Column("job", "Jabatan", False, ("Pekerjaan di Luar Negeri",)),
    Column("route", "Jalur", False, ("Jalur Keberangkatan",)),
    Column("departed_on", "Tanggal Berangkat", False, ("Tgl Berangkat",)),
    Column("returned_on", "Tanggal Pulang", False, ("Tgl Pulang",)),
)
HEADERS = tuple(c.header for c in COLUMNS)


def header_key(text: str) -> str:
    """`No. KK` / `no_kk` / ` NO KK ` -> `nokk`; a parenthesised hint is dropped (`Jenis Kelamin (L/P)`)."""
    text = re.sub(r"\([^)]*\)", " ", text) if re.sub(r"\([^)]*\)", "", text).strip() else text
    return re.sub(r"[^0-9a-z]", "", text.casefold())


_BY_KEY: dict[str, Column] = {}
for _col in COLUMNS:
    for _name in (_col.header, _col.key, *_col.aliases):
        _BY_KEY.setdefault(header_key(_name), _col)


def _header_text(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _find_header(table: Table) -> tuple[int, tuple[object, ...]]:
    """The first row naming at least three known columns (else the first row)."""
    for number, cells in table.rows[:HEADER_SCAN_ROWS]:
        if sum(1 for c in cells if header_key(_header_text(c)) in _BY_KEY) >= 3:
            return number, cells
    return table.rows[0]


def _match(header_row: int, cells: tuple[object, ...]) -> tuple[dict[str, int], dict[str, str], list[RowError], list[RowError]]:
    positions: dict[str, int] = {}
    labels = {c.key: c.header for c in COLUMNS}
    errors: list[RowError] = []
    warnings: list[RowError] = []
    for index, cell in enumerate(cells):
        text = _header_text(cell)
        key = header_key(text)
        if not key:
            continue
        column = _BY_KEY.get(key)
        if column is None:
            if key not in IGNORED_HEADERS:
                warnings.append(RowError(header_row, text, _("Kolom \"{column}\" tidak dikenal dan diabaikan. Kolom yang "
                                                             "dikenal: {known}.").format(column=text, known=", ".join(HEADERS)), True,
                                         "column_unknown"))
            continue
        if column.key in positions:
            errors.append(RowError(header_row, text, _("Kolom {column} muncul dua kali (kolom ke-{first} dan ke-{second}): "
                                                       "hapus salah satu.").format(column=text, first=positions[column.key] + 1,
                                                                                  second=index + 1),
                                   code="column_repeated", field=column.key))
            continue
        positions[column.key] = index
        labels[column.key] = text
    for column in COLUMNS:
        if column.required and column.key not in positions:
            errors.append(RowError(header_row, column.header, _("Kolom wajib \"{column}\" tidak ada di baris judul: tambahkan "
                                                                "kolom itu (judul boleh huruf besar/kecil).").format(column=column.header),
                                   code="column_missing", field=column.key))
    return positions, labels, errors, warnings


def cell_value(value: object) -> object:
    """A cell as the import checks it: stripped text, or a date for real date cells."""
    if value.__class__ is str:  # every CSV cell, most XLSX cells: the short way
        text = value.strip()  # type: ignore[attr-defined]
        if text[:1] == "'":
            text = text[1:].lstrip()  # a spreadsheet's text marker ('3307…, our exports' '=…): not part of the value
        return text
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value).strip()
    return text[1:].lstrip() if text[:1] == "'" else text


def parse_date(value: object) -> date | None:
    """A date cell, or text as YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY (also DD.MM.YYYY, YYYY/MM/DD; a time part is
    ignored). None for empty; ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    m = _YMD.match(text)
    if m:
        y, mo, d = m.group(1, 3, 4)
    else:
        m = _DMY.match(text)
        if not m:
            raise ValueError(text)
        d, mo, y = m.group(1, 3, 4)
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        raise ImpossibleDate(int(d), int(mo), int(y)) from None


class ImpossibleDate(ValueError):
    """A date written in a known way that no calendar has (31-02-1990, 12-13-1990)."""

    def __init__(self, day: int, month: int, year: int):
        super().__init__(f"{day}-{month}-{year}")
        self.day, self.month, self.year = day, month, year

    def message(self) -> str:
        if not 1 <= self.month <= 12:
            return _("tanggal tidak ada: bulan {month} tidak ada (tulis tanggal dulu, lalu bulan 1–12, lalu tahun).").format(
                month=self.month)
        from babel.dates import get_month_names

        month = get_month_names("wide", locale="en_GB" if i18n.get_language() == "en" else "id_ID")[self.month]
        return _("tanggal tidak ada: {day} {month} {year}. Periksa lagi tanggalnya di dokumen.").format(
            day=self.day, month=month, year=self.year)


def parse_sex(text: str) -> str | None:
    """L / P from `L`, `Laki-laki`, `Perempuan`, `P`, `LK`, `PR`, `pria`, `wanita` (None if unknown)."""
    return _SEXES.get(re.sub(r"[^a-z]", "", text.lower()))


def parse_choice(vocabulary: dict[str, str], text: str) -> str | None:
    """core.i18n.parse_choice, also forgiving of missing dashes or spaces (`nonprosedural`)."""
    found = i18n.parse_choice(vocabulary, text)
    if found is not None:
        return found
    squeeze = re.sub(r"[^a-z0-9]", "", text.lower())
    for key, lab in vocabulary.items():
        if squeeze in (re.sub(r"[^a-z0-9]", "", key), re.sub(r"[^a-z0-9]", "", lab.lower())):
            return key
    return None


def _text(value: object) -> str:
    if value.__class__ is str:
        return " ".join(value.split())  # type: ignore[attr-defined]
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split()) if value is not None else ""


def parse_row(number: int, cells: dict[str, object], labels: dict[str, str],
              numbers: frozenset[str] = frozenset()) -> ImportRow:
    """Typed values of one data row, and the cells that cannot be read (with the fix). `numbers`: the fields
    whose cell the spreadsheet stored as a number (not text)."""
    values: dict[str, object] = {key: _text(cells.get(key)) for key in TEXT_FIELDS}
    problems: dict[str, str] = {}
    for key in DATE_FIELDS:
        try:
            values[key] = parse_date(cells.get(key))
        except ImpossibleDate as exc:
            values[key] = None
            problems[key] = exc.message()
        except ValueError:
            values[key] = None
            problems[key] = _("Tanggal \"{value}\" tidak dikenal: tulis seperti 22/11/1990, 22-11-1990 atau "
                              "1990-11-22.").format(value=_text(cells.get(key)))
    if is_nik_missing(str(values["nik"])):
        values["nik"], values["nik_missing"] = "", True  # "NIK belum ada": registered with no NIK, never invented
    for key in ("nik", "no_kk"):
        problem = _number_problem(labels[key], str(values[key]), key in numbers)
        if problem:
            problems[key] = problem
    for key in ("rw", "rt"):
        typed = _text(cells.get(key))
        values[key] = int(typed) if typed.isdigit() else None
        if typed and not typed.isdigit():
            problems[key] = _("{column} \"{value}\" harus bilangan bulat, mis. 3.").format(column=labels[key], value=typed)
    typed = _text(cells.get("sex"))
    values["sex"] = parse_sex(typed) or "" if typed else ""
    if typed and not values["sex"]:
        problems["sex"] = _("Jenis kelamin \"{value}\" tidak dikenal: tulis L (laki-laki) atau P (perempuan).").format(value=typed)
    for key, vocabulary, hint in _CHOICES:
        typed = _text(cells.get(key))
        values[key] = parse_choice(vocabulary, typed) if typed else None
        if typed and values[key] is None:
            problems[key] = _("{column} \"{value}\" tidak dikenal: tulis {hint}.").format(column=labels[key], value=typed,
                                                                                     hint=hint())
    return ImportRow(number, values, problems)


# The choice columns, their vocabulary and the hint of their message (worded only when a cell needs it).
_CHOICES = (
    ("relationship", enums.RELATIONSHIPS, lambda: ", ".join(enums.RELATIONSHIPS.values())),
    ("stage", enums.STAGES, lambda: _("calon, aktif atau purna (kosongkan bila bukan PMI)")),
    ("sector", enums.SECTORS, lambda: _("formal atau informal")),
    ("route", enums.ROUTES, lambda: _("prosedural atau non-prosedural")),
)


# What our export writes in the NIK column for a person whose NIK is not known yet, in either language (squeezed).
_NIK_MISSING = frozenset({"belumada", "nikbelumada", "notyetknown", "niknotyetknown"})


def is_nik_missing(text: str) -> bool:
    """True for the NIK cell of a person registered without a NIK: "belum ada" (any case; "NIK belum ada"; the
    English export's "not yet known")."""
    squeezed = re.sub(r"[^a-z]", "", text.casefold())
    return bool(squeezed) and (squeezed in _NIK_MISSING or squeezed == re.sub(r"[^a-z]", "", _("belum ada").casefold()))


def _number_problem(label: str, text: str, stored_as_number: bool) -> str | None:
    """What is wrong with a NIK / No. KK as read (None if it is digits, or empty): a number cell or number-looking
    text (Excel keeps 15 digits of a number: the 16th turns into 0, never to be saved), or a letter or sign."""
    if stored_as_number or _SCIENTIFIC.match(text) or _DECIMAL.match(text):
        return _("{column} tersimpan sebagai angka di Excel ({value}), yang hanya menyimpan 15 angka pertama: angka "
                 "terakhirnya bisa sudah berubah. Format kolom {column} sebagai Teks, ketik ulang 16 angka dari KTP/KK, "
                 "lalu impor lagi.").format(column=label, value=text)
    digits = "".join(text.split())
    for position, char in enumerate(digits, 1):
        if not char.isdigit() or not char.isascii():
            kind = _("huruf") if char.isalpha() else _("tanda")
            return _("{column} berisi {kind} '{char}' (karakter ke-{position}): {column} hanya 16 angka, periksa lagi "
                     "KTP/KK.").format(column=label, kind=kind, char=char, position=position)
    return None


def import_persons(
    ctx: ServiceContext,
    path: str | Path,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    mode: str = "add",
) -> ImportResult:
    """Import a CSV/XLSX person register: all rows or none. A file that cannot be read gives one error (row 0).
    `mode` "update": a registered NIK updates that person (services/import_update.py) instead of being refused."""
    try:
        table = read_table(path)
    except TableError as exc:
        return file_error(str(exc), "file_unreadable")
    header_row, header_cells = _find_header(table)
    positions, labels, errors, warnings = _match(header_row, header_cells)
    if errors:
        return ImportResult(0, 0, 0, 0, tuple(errors), tuple(warnings), False)
    rows: list[ImportRow] = []
    for number, cells in table.rows:
        if number <= header_row:
            continue
        values = {key: cell_value(cells[i]) if i < len(cells) else "" for key, i in positions.items()}
        numbers = frozenset(key for key in ("nik", "no_kk") if positions[key] < len(cells)
                            and isinstance(cells[positions[key]], (int, float))
                            and not isinstance(cells[positions[key]], bool))
        rows.append(parse_row(number, values, labels, numbers))
    del table  # the raw cells are no longer needed: a 20,000-row register's memory peak is lower without them
    if not rows:
        return file_error(_("Berkas {file} hanya berisi baris judul: tambahkan data penduduk mulai baris {row}.").format(
            file=Path(path).name, row=header_row + 1), "no_rows")
    return import_rows(ctx, rows, labels, dry_run=dry_run, progress=progress, cancelled=cancelled, warnings=warnings,
                       mode=mode, present=tuple(positions))
