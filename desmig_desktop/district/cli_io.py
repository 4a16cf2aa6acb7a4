"""What the district commands share: the `--db` of a district, aligned text columns, times for people and for
JSON, the password and villages files (district/cli_district.py holds the commands)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Sequence

from desmig_desktop.core.commands import EXIT_USAGE
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import _


def district_url_of(args: argparse.Namespace) -> str:
    from desmig_desktop.district.database import district_url

    if not args.db:
        print(_("--db wajib untuk perintah distrik: alamat PostgreSQL (postgresql+psycopg://…) atau path berkas "
                "SQLite basis data distrik."), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)
    return district_url(args.db)


def shown_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


class DistrictDB:
    """The district database of `--db`, opened after the models of every pillar are loaded; disposed on exit."""

    def __init__(self, args: argparse.Namespace, pillars: Sequence[Any]):
        self.url = district_url_of(args)
        self.pillars = pillars

    def __enter__(self) -> Any:
        from desmig_desktop.core.pillar import load_all_models
        from desmig_desktop.district.database import open_district

        load_all_models(self.pillars)
        self.engine = open_district(self.url)
        return self.engine

    def __exit__(self, *exc: object) -> None:
        self.engine.dispose()


def utc_text(value: datetime | None) -> str | None:
    """ISO 8601 UTC with `Z` (JSON); None stays None."""
    if value is None:
        return None
    value = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def local_text(value: datetime | None) -> str:
    """`03/11/2026 15.15` in this computer's time zone (WIB at a Disnaker office)."""
    from desmig_desktop.core.formatting import short_date

    if value is None:
        return ""
    local = (value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value).astimezone()
    return f"{short_date(local.date())} {local:%H.%M}"


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], right: Sequence[int] = ()) -> Iterator[str]:
    """Aligned text columns: a header line, then one line per row (`right`: the columns aligned right)."""
    cells = [[str(c) for c in headers]] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for r in cells:
        parts = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))]
        yield "  ".join(parts).rstrip()


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], right: Sequence[int] = ()) -> None:
    for line in table(headers, rows, right):
        print(line)


def yes(flag: bool) -> str:
    return _("ya") if flag else _("tidak")


def read_password_file(path: str) -> str:
    """The first line of a password file (scripts keep the password out of the command line)."""
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    password = lines[0].strip() if lines else ""
    if not password:
        raise ValidationError([Issue("password_file", _(
            "Berkas kata sandi {path} kosong: tulis kata sandinya di baris pertama.").format(path=path))])
    return password


def read_villages_csv(path: Path) -> list[tuple[str, str, str]]:
    """(code, name, kecamatan) rows of a CSV `kode,nama,kecamatan` (any delimiter, header optional); every bad
    row named before anything is written."""
    import csv

    text = path.read_text(encoding="utf-8-sig")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    out, issues = [], []
    for n, row in enumerate(csv.reader(text.splitlines(), dialect), start=1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        code = cells[0].replace(".", "")
        if n == 1 and not code.isdigit():
            continue  # the header
        name = cells[1] if len(cells) > 1 else ""
        if len(code) != 10 or not code.isdigit():
            issues.append(Issue("villages", _("{file} baris {n}: kode desa \"{code}\" harus 10 angka kode wilayah "
                                              "Kemendagri, mis. 3307092001.").format(file=path.name, n=n,
                                                                                     code=cells[0])))
        elif not name:
            issues.append(Issue("villages", _("{file} baris {n}: nama desa kosong; tulis kode,nama,kecamatan.")
                                .format(file=path.name, n=n)))
        else:
            out.append((code, name, cells[2] if len(cells) > 2 else ""))
    if issues:
        raise ValidationError(issues)
    return out
