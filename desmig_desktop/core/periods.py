"""Reporting periods: a month `2026-11`, a quarter `2026-Q4` or a year `2026`."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import _

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class Period:
    code: str
    start: date
    end: date
    label: str

    def contains(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end


def parse_period(text: str) -> Period:
    from desmig_desktop.core.i18n import get_language

    months = MONTHS_EN if get_language() == "en" else MONTHS_ID
    t = text.strip().upper()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", t):
        y, mo = int(m[1]), int(m[2])
        if 1 <= mo <= 12:
            return Period(f"{y}-{mo:02d}", date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), f"{months[mo - 1]} {y}")
    elif m := re.fullmatch(r"(\d{4})-Q([1-4])", t):
        y, q = int(m[1]), int(m[2])
        first = 3 * (q - 1) + 1
        end = date(y, first + 2, calendar.monthrange(y, first + 2)[1])
        return Period(f"{y}-Q{q}", date(y, first, 1), end, _("Triwulan {q} {y}").format(q=ROMAN[q - 1], y=y))
    elif re.fullmatch(r"\d{4}", t):
        y = int(t)
        return Period(str(y), date(y, 1, 1), date(y, 12, 31), _("Tahun {y}").format(y=y))
    raise ValidationError([Issue("period", _("Periode '{text}' tidak dikenal: tulis bulan 2026-11, triwulan 2026-Q4 atau tahun 2026.").format(text=text))])
