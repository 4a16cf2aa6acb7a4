"""Reporting periods: a month `2026-11`, a quarter `2026-Q4` or a year `2026`.

A `Period` is a value: its code and its first and last day. The words (`November 2026`, `Triwulan IV 2026`)
are made when they are read, in the language of that moment, so a period kept by a screen or a recap reads
right after the language changes, and JSON outputs carry the code only.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.formatting import month_year
from desmig_desktop.core.i18n import _

ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class Period:
    code: str
    start: date
    end: date

    @property
    def kind(self) -> str:
        """`month`, `quarter` or `year`."""
        return "quarter" if "Q" in self.code else "month" if "-" in self.code else "year"

    @property
    def label(self) -> str:
        """`November 2026`, `Triwulan IV 2026`, `Tahun 2026` in the current language."""
        if self.kind == "month":
            return month_year(self.start)
        if self.kind == "quarter":
            return _("Triwulan {q} {y}").format(q=ROMAN[(self.start.month - 1) // 3], y=self.start.year)
        return _("Tahun {y}").format(y=self.start.year)

    def contains(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(f"{year}-{month:02d}", date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        return cls(f"{year}-Q{quarter}", date(year, first, 1),
                   date(year, first + 2, calendar.monthrange(year, first + 2)[1]))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(str(year), date(year, 1, 1), date(year, 12, 31))


FIRST_YEAR, LAST_YEAR = 1945, 2100  # the years a period may fall in


def parse_period(text: str) -> Period:
    """A period from its code; a year before FIRST_YEAR or after LAST_YEAR is refused (ValidationError)."""
    t = text.strip().upper()
    period: Period | None = None
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", t):
        if 1 <= int(m[2]) <= 12:
            period = Period.month(int(m[1]), int(m[2]))
    elif m := re.fullmatch(r"(\d{4})-Q([1-4])", t):
        period = Period.quarter(int(m[1]), int(m[2]))
    elif re.fullmatch(r"\d{4}", t):
        period = Period.year(int(t))
    if period is None:
        raise ValidationError([Issue("period", _("Periode '{text}' tidak dikenal: tulis bulan 2026-11, triwulan 2026-Q4 atau tahun 2026.").format(text=text))])
    if not FIRST_YEAR <= period.start.year <= LAST_YEAR:
        raise ValidationError([Issue("period", _("Periode '{text}' di luar jangkauan: tahunnya harus antara {first} dan "
                                                 "{last}.").format(text=text, first=FIRST_YEAR, last=LAST_YEAR))])
    return period
